"""A result's other side after a word of how often, or after a result written once for two sides: "lost twice to
Huron", "won again over Alva", "lost twice to Pierre and once to Yankton".

A result's noun or verb takes the other side by its own preposition ("lost to", "a win over": associative.yaml
`sports_results`), read in geo/associative.py from the word right before the preposition. A sports page counts
its results ("lost twice to", "beaten once by" is another verb's) and, listing a season, writes the result word
once and then only the count and the preposition for the next side ("and once to Yankton"). The count word is no
noun of anything a place could be the end of, and the repeated preposition after "and" belongs to the result
before it, so the names after both are sides, as they are after the plain result. The first side holds no
other of the same preposition: "the defeat to Samoa sent the squad home to Auckland and to Wellington" repeats the
homeward "to", not the result's. A passive loss or win ("the meet was lost again to Rapid City") tells what a
place took, a bid or a title, not who played; a passive tie ("are tied again with") still names a side. The
reading looks back a fixed number of characters only, so it costs the same on any text.
"""
from __future__ import annotations

import re
from typing import AbstractSet, Mapping

# Words of how often or once more, between a result word and its preposition ("lost twice to", "won again over").
_COUNT = r"(?:once|twice|thrice|again)"
# A passive's auxiliary before the result word, one adverb allowed between ("was narrowly lost again to X"): a
# title or a bid lost or won is what X took, not whom it played. A tie or a draw is not: "the Falcons are tied
# again with X" is a league table naming the other side.
_PASSIVE = r"(?:\b(was|were|is|are|be|been|being)\s+(?:[a-z]+ly\s+)?)?"
_PASSIVE_RESULTS = frozenset({"lost", "won"})
# The result word, a count word, its preposition, then the name: "lost twice to (the) X".
_COUNTED = re.compile(rf"{_PASSIVE}\b([a-z]+)\s+{_COUNT}\s+(to|over|against|with)\s+(?:the\s+)?\Z")
# A result written once (its score may follow it: "lost 12-9 to"), its side, then "and" with a count word (or
# none) and the same preposition again: "lost twice to Pierre and once to X", "lost to Pierre and again to X".
# The first side is a short run of words with no sentence or clause break and no other of the preposition, so the
# result is the word right before the last such preposition: "lost to Pierre and moved to X" is not read, nor is
# "the loss to Hays sent them home to Colby and to X".
_REPEATED = re.compile(rf"{_PASSIVE}\b([a-z]+)\s+(?:\d{{1,3}}[-–]\d{{1,3}}\s+)?(?:{_COUNT}\s+)?"
                       rf"(to|over|against|with)\s+(?:(?!\b\3\b)[^.;:!?()]){{1,40}}?"
                       rf"(?:,\s*|\s+)and\s+(?:{_COUNT}\s+)?\3\s+(?:the\s+)?\Z")
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
        if m is None or (m.group(1) is not None and m.group(2) in _PASSIVE_RESULTS):
            continue
        if m.group(2) in results.get(m.group(3), ()):
            return True
    return False
