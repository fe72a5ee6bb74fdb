"""A document's names filed once by their first token and by their end, for rules that ask, per trigger word, which
names overlap a run of tokens or end at a given offset.

Such a rule (a plural street word after a list of names, a road word before an agency's name, a feature's name
around a place name) passed over every name of the document for each trigger: a story of many triggers cost the
square of its length. Filed when first asked, a question costs the names it may concern.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional, Sequence

from eventwatch.geo.name_span import NameSpan


class SpanIndex:
    """The names of one document (a list that must not change while the index is asked), filed when first asked."""

    def __init__(self, spans: Sequence[NameSpan]):
        self._spans = spans
        self._by_first: Optional[list[int]] = None  # span indexes in the order of their first tokens
        self._firsts: list[int] = []
        self._longest = 0  # the most tokens a name spans: how far before a run a name overlapping it may start
        self._by_end: Optional[dict[int, list[NameSpan]]] = None

    def overlapping(self, i: int, j: int) -> list[int]:
        """The indexes, in the list's order, of the names sharing a token with tokens i..j-1 (`s.i < j and
        i < s.j`): those starting from `longest - 1` tokens before i up to j."""
        if self._by_first is None:
            spans = self._spans
            self._by_first = sorted(range(len(spans)), key=lambda k: spans[k].i)
            self._firsts = [spans[k].i for k in self._by_first]
            self._longest = max((s.j - s.i for s in spans), default=0)
        lo = bisect_left(self._firsts, i - self._longest + 1)
        hi = bisect_left(self._firsts, j)
        return sorted(k for k in self._by_first[lo:hi] if i < self._spans[k].j)

    def ending_at(self, end: int) -> list[NameSpan]:
        """The names whose last letter ends at character offset `end`, in the list's order."""
        if self._by_end is None:
            self._by_end = {}
            for s in self._spans:
                self._by_end.setdefault(s.end, []).append(s)
        return self._by_end.get(end, [])
