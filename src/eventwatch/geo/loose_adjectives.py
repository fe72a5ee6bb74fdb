"""Adjectives of a place's people that the gazetteer only seems to spell.

A word such as "Venetian", "Umbrian" or "Sardinian" names a people or qualifies a noun ("a Venetian town"); the
gazetteer does not hold it, but a loose spelling can still reach a town ("Venetian" ~ "Vientiane"). Such words
are left out of data/gazetteer/inhabitants.yaml when they are more often another word, so nothing else stops
them. A single word with a people's ending that no place spells exactly is read as that adjective, never as a
loose spelling of a place; a place really spelled so (Bastian, Virginia) has an exact reading and is kept.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.gazetteer import Candidate

# Endings of English adjectives and nouns of a people ("Venetian", "Korean", "Milanese"), at least this long
# before the ending so that short names ("Ian", "Dean") are not read as one.
_PEOPLE_ENDINGS = ("ian", "ean", "ese")
_MIN_STEM = 3


def loose_people_adjective(words: Sequence[str], cands: Sequence[Candidate]) -> bool:
    """Whether a one-word name is a people's adjective that only a loose spelling reads as a place."""
    if len(words) != 1 or any(c.exact or c.source == "user" for c in cands):
        return False
    word = words[0]
    return word[:1].isupper() and any(
        word.lower().endswith(e) and len(word) - len(e) >= _MIN_STEM for e in _PEOPLE_ENDINGS)
