"""Whether a range lies inside, or meets, any of many ranges, asked without a scan of them all.

Several readers drop the names that lie inside or cross the ranges an earlier step took (a feature's name, a
street's run, a list's members), asking each name against every range: a long text, with ranges and names
both in proportion to its length, paid the square of it. The ranges are kept in order of their starts with the
farthest end reached so far, so each question is a bisection; the answers are the scan's, exactly.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable


class Intervals:
    """Ranges [a, b) (or [a, b]: only the comparisons asked matter), for the two questions below."""

    __slots__ = ("_starts", "_reach", "_nearest")

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        ordered = sorted(ranges)
        self._starts = [a for a, _b in ordered]
        self._reach: list[int] = []  # the largest end among the ranges up to each position
        for _a, b in ordered:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)
        self._nearest: list[int] = []  # the smallest end among the ranges from each position on (reversed)
        for _a, b in reversed(ordered):
            self._nearest.append(min(b, self._nearest[-1]) if self._nearest else b)
        self._nearest.reverse()

    def holds(self, start: int, end: int) -> bool:
        """Whether some range (a, b) has a <= start and end <= b: the scan `any(a <= start and end <= b ...)`."""
        k = bisect_right(self._starts, start)  # the ranges with a <= start
        return k > 0 and self._reach[k - 1] >= end

    def meets(self, start: int, end: int) -> bool:
        """Whether some range (a, b) has start < b and a < end: the scan `any(start < b and a < end ...)`."""
        k = bisect_left(self._starts, end)  # the ranges with a < end
        return k > 0 and self._reach[k - 1] > start

    def inside(self, start: int, end: int) -> bool:
        """Whether some range (a, b) has start <= a and b <= end: the scan `any(start <= a and b <= end ...)`."""
        k = bisect_left(self._starts, start)  # the ranges with a >= start
        return k < len(self._starts) and self._nearest[k] <= end
