"""Facilities named in a labelled list: "Schools: Maple Elementary, Jefferson Middle, Liberty High".

Property listings, council notices and guides name buildings under a plural label and a colon, with no
place cue for any one of them; the label is the cue for all. Such lists also shorten school names to their
level ("X Elementary", "Y High", an Irish "Z NS"), words that head no name outside such a list ("High",
"Middle" close titles and headlines as often). An item is taken only where its last word is a facility's
head or a school level, so a list of people or firms under the same label is left alone.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from eventwatch.geo.name_span import JOIN_GAPS
from eventwatch.geo.normalise import Token

if TYPE_CHECKING:  # facilities.py calls this module
    from eventwatch.geo.facilities import FacilityWords

# An item is a short name: at most this many words ("Ronald Wilson Reagan Middle" is four).
MAX_ITEM_WORDS = 5

# What may stand between two words of one item ("Al-Nour Primary", "St Luke's Hospital").
_WORD_GAPS = JOIN_GAPS | {" ", "'s ", "’s "}
# What closes an item of the list: a comma, a semicolon, or "and" between commas ("A, B and C").
_ITEM_GAP = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
# What closes the list: the end of its sentence or line.
_LIST_END = re.compile(r"[.!?\n:]")


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper()


def labelled_items(text: str, tokens: list[Token], words: "FacilityWords") -> Iterator[tuple[int, int]]:
    """Token ranges [i, j) of the facilities listed after a plural label and a colon ("Schools: ...",
    "the following buildings: ..."), each ending in a head word or a school level, in text order."""
    n = len(tokens)
    for b, label in enumerate(tokens[:-1]):
        if label.norm not in words.list_labels or text[label.end : tokens[b + 1].start].strip() != ":":
            continue
        k = b + 1
        while k < n:
            i = k
            while k < n and k - i < MAX_ITEM_WORDS and _capitalised(tokens[k]) and (
                    k == i or text[tokens[k - 1].end : tokens[k].start] in _WORD_GAPS):
                k += 1
            if k == i:
                break  # not a name: the list is over
            last = tokens[k - 1]
            if k - i >= 2 and (last.norm in words.school_levels or last.norm in words.heads):
                yield i, k
            if k >= n:
                break
            gap = text[tokens[k - 1].end : tokens[k].start]
            if _LIST_END.search(gap) or not _ITEM_GAP.fullmatch(gap):
                break
