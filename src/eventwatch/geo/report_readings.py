"""The countries and first-level divisions of a report's other Arabic names, counted once per text.

Several Arabic readers (`arabic_names._report_namesakes`, `_governorate_namesakes`, ...) ask, for each name, in
which countries the report's *other* Arabic names read, each by its most populous reading. Asked by a scan of
every name, that costs the square of the report's length: a wire digest of a few hundred short reports spent
most of its time there. A tally counts each name's most populous reading once; a name's others are then the
counts less its own share, read in time independent of the report's length. A reader that changes a name's
readings tells the tally (`note`), so later names see the readings as the scan would have.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import is_arabic


def _top_place(s: NameSpan) -> Optional[tuple[str, Optional[str]]]:
    """(country, first-level division) of the most populous reading of a locational Arabic name (the first of
    equals, as `max` picks), or None for a name that counts for no other (unread, not locational, not Arabic)."""
    if not s.candidates or not s.locational or not is_arabic(s.norm):
        return None
    top = max(s.candidates, key=lambda c: c.population)
    return top.country_code, top.admin1_code


class ReportReadings:
    """Counts of the countries and first-level divisions of the most populous readings of `spans`."""

    __slots__ = ("_own", "_countries", "_admin1s")

    def __init__(self, spans: Iterable[NameSpan]):
        self._own: dict[int, tuple[Optional[tuple[str, Optional[str]]], int]] = {}  # id → (its place, times listed)
        self._countries: Counter[str] = Counter()
        self._admin1s: Counter[Optional[str]] = Counter()
        for s in spans:
            place, times = self._own.get(id(s), (_top_place(s), 0))
            self._own[id(s)] = (place, times + 1)
            self._add(place, 1)

    def _add(self, place: Optional[tuple[str, Optional[str]]], times: int) -> None:
        if place is not None:
            self._countries[place[0]] += times
            self._admin1s[place[1]] += times

    def note(self, s: NameSpan) -> None:
        """Read `s`'s readings again after a reader changed them (a name outside the tally stays outside)."""
        old = self._own.get(id(s))
        if old is None:
            return
        place, times = old
        self._add(place, -times)
        new = _top_place(s)
        self._own[id(s)] = (new, times)
        self._add(new, times)

    def _own_place(self, s: NameSpan) -> tuple[Optional[tuple[str, Optional[str]]], int]:
        return self._own.get(id(s), (None, 0))

    def countries_without(self, s: NameSpan, within: frozenset[str]) -> frozenset[str]:
        """The countries among `within` of the most populous readings of the names other than `s`."""
        place, times = self._own_place(s)
        own = place[0] if place is not None else None
        return frozenset(c for c, n in self._countries.items() if n > (times if c == own else 0)) & within

    def admin1s_without(self, s: NameSpan) -> frozenset[str]:
        """The first-level divisions (codes, none empty) of the most populous readings of the names other than
        `s`."""
        place, times = self._own_place(s)
        own = place[1] if place is not None else None
        return frozenset(a for a, n in self._admin1s.items() if n > (times if a == own else 0)) - {None, ""}
