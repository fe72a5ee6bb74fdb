"""A result's other side after a word of how often, or after a result written once for two sides: "lost twice to
Huron", "won again over Alva", "lost twice to Pierre and once to Yankton".

A result's noun or verb takes the other side by its own preposition ("lost to", "a win over": associative.yaml
`sports_results`), read in geo/associative.py from the word right before the preposition. A sports page counts
its results ("lost twice to", "beaten once by" is another verb's) and, listing a season, writes the result word
once and then only the count and the preposition for the next side ("and once to Yankton"). The count word is no
noun of anything a place could be the end of, and the repeated preposition after "and" belongs to the result
before it, so the names after both are sides, as they are after the plain result. The reading looks back a
fixed number of characters only, so it costs the same on any text.
"""
from __future__ import annotations

import re
from typing import AbstractSet, Mapping

# Words of how often or once more, between a result word and its preposition ("lost twice to", "won again over").
_COUNT = r"(?:once|twice|thrice|again)"
# The result word, a count word, its preposition, then the name: "lost twice to (the) X".
_COUNTED = re.compile(rf"\b([a-z]+)\s+{_COUNT}\s+(to|over|against|with)\s+(?:the\s+)?\Z")
# A result written once, its side, then "and" with a count word (or none) and the same preposition again: "lost
# twice to Pierre and once to X", "lost to Pierre and again to X". The first side is a short run of words with no
# sentence or clause break; the preposition must repeat, so "lost to Pierre and moved to X" is not read.
_REPEATED = re.compile(rf"\b([a-z]+)\s+(?:{_COUNT}\s+)?(to|over|against|with)\s+[^.;:!?()]{{1,40}}?"
                       rf"(?:,\s*|\s+)and\s+(?:{_COUNT}\s+)?\2\s+(?:the\s+)?\Z")
# How far back the result word may lie: the count, the first side and the links fit well inside it.
_REACH = 90


def counted_result_side(text: str, start: int, results: Mapping[str, AbstractSet[str]]) -> bool:
    """Whether the name at `start` is the other side of a result counted or repeated before it ("lost twice to
    X", "lost twice to A and once to X"): the result word must take that preposition (`results`, the keys of
    associative.yaml's `sports_results` mapped to their nouns). The sentence must still read as sport; that is
    the caller's test."""
    window = text[max(0, start - _REACH):start]
    for pattern in (_COUNTED, _REPEATED):
        m = pattern.search(window)
        if m is not None and m.group(1) in results.get(m.group(2), ()):
            return True
    return False
