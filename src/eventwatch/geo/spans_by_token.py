"""A list of name spans asked by token position, in the list's order, without a scan of the list per question.

The facility reader (geo/facilities.py) asks, for each capitalised run ending in a head word, which known names
open at its first token, cross its edges or lie inside it, and on each facility accepted which names it holds:
a scan of every name per run cost a long text (runs and names both in proportion to its length) the square of
it. Names are filed once by their first token; a question reads the few positions it can concern and answers
with the spans the scan would have found, in the scan's order.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.name_span import NameSpan


class SpansByToken:
    """Spans (with token ranges [i, j)) filed by their first token."""

    __slots__ = ("_spans", "_at", "_longest")

    def __init__(self, spans: Sequence[NameSpan]):
        self._spans = spans
        self._at: dict[int, list[int]] = {}  # first token -> positions in `spans`, in order
        for k, s in enumerate(spans):
            self._at.setdefault(s.i, []).append(k)
        self._longest = max((s.j - s.i for s in spans), default=0)  # how far back a span crossing a token opens

    def opening(self, i: int) -> list[NameSpan]:
        """The spans with s.i == i, in the list's order."""
        return [self._spans[k] for k in self._at.get(i, ())]

    def inside(self, i: int, j: int) -> list[NameSpan]:
        """The spans with i <= s.i and s.j <= j, in the list's order."""
        got = [k for a in range(i, j) for k in self._at.get(a, ()) if self._spans[k].j <= j]
        got.sort()
        return [self._spans[k] for k in got]

    def crossing(self, i: int, j: int) -> list[NameSpan]:
        """The spans across token edge i or j (s.i < i < s.j or s.i < j < s.j), in the list's order: each opens
        before the edge it crosses, by less than the longest span's length."""
        lo, hi = min(i, j) - self._longest, max(i, j)
        got = [k for a in range(lo, hi) for k in self._at.get(a, ())
               if (s := self._spans[k]).i < i < s.j or s.i < j < s.j]
        got.sort()
        return [self._spans[k] for k in got]
