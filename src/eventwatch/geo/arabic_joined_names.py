"""A name whose second word opens with "و" (and): "جامو وكشمير" (Jammu and Kashmir), "تيزي وزو".

Each Arabic word is read once, with its proclitics peeled as far as the gazetteer has a name opening that way
(`recognise._readings`): "وكشمير" is read "كشمير", Kashmir, since "and" is far more often the clitic than a
letter of a name. Where the word before it and the whole word, "و" kept, open a name the gazetteer holds
("جامو وكشمير", a first-level division of India), the "و" belongs to that name: the word is read unpeeled, so
the two words are matched as the one name, not as the other name's tail. A list of two places ("حلب وإدلب")
makes no such key and is split as before.
"""
from __future__ import annotations

from typing import Any

from eventwatch.geo.normalise import skeleton_token


def keeps_conjunction(automaton: Any, before: str, word: str) -> bool:
    """Whether `before` (the previous word's reading) and `word` (this word as written, "و" on) open a key of
    `automaton` (the gazetteer's names, by skeleton)."""
    if automaton is None or not word.startswith("و"):
        return False
    key = skeleton_token(before) + " " + skeleton_token(word)
    return bool(automaton.exists(key) or automaton.match(key + " "))


__all__ = ["keeps_conjunction"]
