"""Capitalised words that bound a name rather than belong to it: "In Rumbek North County, ...", "On Sunday
Lanyolthang, a village in ...".

A report's sentence opens with a capitalised preposition or time word as often as with a name, and weekdays and
months are capitalised wherever they stand. Rules that read a capitalised word before a name as part of a longer
name, or as a sign of a Title Case line, must stop at these, or every sentence-opening "In X" escapes them.
"""
from __future__ import annotations

import re

from eventwatch.geo.cue_readers import _OPENING_WORDS
from eventwatch.geo.normalise import Token

_SENTENCE_END = re.compile(r"[.!?:;\n]")
# Opening words that bound a name; not the compass words, which open names as often ("East Mbolowa").
_BOUNDING_OPENERS = _OPENING_WORDS - {"north", "south", "east", "west"}


def opens_sentence(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k is the first word of its sentence (or of a line)."""
    return k == 0 or _SENTENCE_END.search(text, tokens[k - 1].end, tokens[k].start) is not None \
        or tokens[k - 1].text in {".", "!", "?", ":", ";"}


def boundary_word(text: str, tokens: list[Token], k: int, months: frozenset[str]) -> bool:
    """Whether the capitalised token k is no part of a name: a month or weekday anywhere, or a preposition or
    conjunction opening the sentence."""
    t = tokens[k]
    return t.norm in months or (t.norm in _BOUNDING_OPENERS and opens_sentence(text, tokens, k))
