"""A report's names by the tokens they cover, with the countries of all their readings counted once per text.

`arabic_names._translated_division_names` asks, at every governorate word or list item, for the countries of
every reading of the report's Arabic names *outside* the words it is reading, and which names lie inside those
words. Asked by a scan of every name, that costs the square of the report's length: a digest of short reports
naming lists of divisions ("ولايات الخرطوم والجزيرة") spent most of its time there. The names are indexed by the
tokens they cover, and the countries counted across all names: the countries outside some words are the counts
less the shares of the few names covering them. A reader that moves a name's bounds outward (`extend`) or
changes its readings (`note`) says so, so later questions are answered as the scan would have answered them.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import is_arabic


def _reading_countries(s: NameSpan) -> frozenset[str]:
    """The countries of every reading of a locational Arabic name; none for a name that counts for no other."""
    if not s.candidates or not s.locational or not is_arabic(s.norm):
        return frozenset()
    return frozenset(c.country_code for c in s.candidates)


class CoveringNames:
    """The names of `spans` (each place it stands in the list counted apart, as a scan of the list counts it)
    by the tokens they cover, and the count of the countries of their readings."""

    __slots__ = ("_spans", "_cover", "_places", "_countries", "_counted")

    def __init__(self, spans: Sequence[NameSpan]):
        self._spans = list(spans)
        self._cover: defaultdict[int, list[int]] = defaultdict(list)  # token → places in the list covering it
        self._places: defaultdict[int, list[int]] = defaultdict(list)  # id of a name → its places in the list
        self._countries: Counter[str] = Counter()
        self._counted: list[frozenset[str]] = []  # place in the list → the countries counted for it
        for x, s in enumerate(self._spans):
            self._places[id(s)].append(x)
            for m in range(s.i, s.j):
                self._cover[m].append(x)
            self._counted.append(_reading_countries(s))
            self._countries.update(self._counted[x])

    def covering(self, lo: int, hi: int) -> list[NameSpan]:
        """The names (as often as the list holds them, in its order) covering some token of lo..hi-1."""
        xs = sorted({x for m in range(lo, hi) for x in self._cover.get(m, ())})
        return [self._spans[x] for x in xs]

    def covers(self, m: int) -> bool:
        """Whether some name covers token m."""
        return bool(self._cover.get(m))

    def extend(self, s: NameSpan, lo: int, hi: int) -> None:
        """`s` now covers tokens lo..hi-1 too (a reader moved its bounds outward over them)."""
        for x in self._places.get(id(s), ()):
            for m in range(lo, hi):
                self._cover[m].append(x)

    def note(self, s: NameSpan) -> None:
        """Count `s`'s readings again after a reader changed them (a name outside the list stays outside)."""
        for x in self._places.get(id(s), ()):
            self._countries.subtract(self._counted[x])
            self._counted[x] = _reading_countries(s)
            self._countries.update(self._counted[x])

    def countries_outside(self, lo: int, hi: int, within: frozenset[str]) -> frozenset[str]:
        """The countries among `within` of every reading of the names covering none of tokens lo..hi-1."""
        inside: Counter[str] = Counter()
        for m_x in sorted({x for m in range(lo, hi) for x in self._cover.get(m, ())}):
            inside.update(self._counted[m_x])
        return frozenset(c for c in within if self._countries[c] > inside[c])
