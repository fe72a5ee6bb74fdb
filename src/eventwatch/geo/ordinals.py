"""Ordinal numbers, written out or in figures: "the fifth Avenue gate", "the 3rd Congressional district".

Several readers ask whether a word before a name is an ordinal, which makes the name a numbered thing (a
constituency, a floor, a building's entrance) rather than a place. One list, so the spelled-out ordinals each
reader knows cannot drift apart.
"""
from __future__ import annotations

ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                           "tenth", "eleventh", "twelfth"})


def ordinal(word: str) -> bool:
    """Whether a folded word is an ordinal number ("fifth", "9th", "21st")."""
    return word in ORDINAL_WORDS or (word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"))
