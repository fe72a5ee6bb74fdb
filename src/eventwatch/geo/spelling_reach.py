"""Which of many spellings under one skeleton key can reach a similarity floor, sorted out in one C loop.

A transliterated key holds the spellings of dozens of places, and a text's spelling is scored against each
(`gazetteer.similarity_reaching`): on news text some 40,000 such calls per hundred documents, more than nine
in ten of them turned away by their first test, the plain edit ratio. Made one Python call at a time, those
tests were a fifth of the cost of looking up new names; rapidfuzz's `process.extract` makes them for the
whole list at once, and only the spellings that pass go on to the full score.

The test here is the first test of `similarity_reaching` without its first-sound penalty, and a hair looser:
a spelling it turns away is one `similarity_reaching` would turn away too (the penalty only lowers the
score), so the names picked, and their scores, are the same with or without it.
"""
from __future__ import annotations

from typing import Iterable

from rapidfuzz import fuzz, process

# Below this many spellings a call of `process.extract` costs more than the Python calls it saves.
MIN_SPELLINGS = 12

# The bound is loosened by this much, so that no rounding of the ratio can turn away a spelling that the
# full test, written the other way round, would let through.
_SLACK = 0.01


def spellings_within_reach(text_norm: str, spellings: Iterable[str], floor: float) -> frozenset[str]:
    """The spellings whose plain edit ratio to `text_norm` leaves `similarity_reaching` a chance to reach
    `floor`: 0.5 * ratio + 50 >= floor (the vowel-folded half scores 100 at best). The spellings are already
    folded: `processor=None` keeps rapidfuzz from folding them again (rapidfuzz 2.x's default processor
    lower-cases and strips punctuation, which would change the ratio)."""
    cutoff = 2.0 * (floor - 50.0) - _SLACK
    if cutoff <= 0.0:
        return frozenset(spellings)
    return frozenset(name for name, _, _ in process.extract(
        text_norm, list(spellings), scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, limit=None))
