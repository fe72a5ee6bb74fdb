"""Countries a document's own names settle: each held, spelt exactly, by one country alone.

The resolver weighs only a name's best-ranked readings by prior (`Weights.max_candidates`); for a name borne by
dozens of towns worldwide ("Newport", "Richmond") the small namesake the story means falls in the long tail,
and it is brought back only where the document's country is given. A regional story names that country through
its other names all the same: "from Westport through Newport to Castlebar in County Mayo" names Castlebar and
County Mayo, which only Ireland holds. Two such names of one country (one could be a stray namesake) let the
long tail's readings in that country back in, where the document's places can choose them: only those within
NEAR_KM of a reading of a settling name (Newport of Mayo lies 13 km from Castlebar), for a country settled so is
where the story is, not each far-off hamlet of the name ("from Culiacan and Hermosillo to Santa Cruz" settles
Mexico, but brings back no Santa Cruz of a thousand people at the other end of Sonora).
"""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.latitude_bands import band
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.point_cells import PointCells

# How many names of their own a country needs before it is taken as settled.
MIN_NAMES = 2
# How near a settling name's reading a long-tail reading must lie to be brought back: a province's reach (a
# story's villages lie within a day's drive of its towns; the gazetteer's point for a small one may be off too).
NEAR_KM = 150.0
# A country settled by this many points or more is asked by cell (`_Settled`); fewer are measured in their band,
# which costs less than filing them.
CELLS_FROM = 64


def sure_countries(spans: Sequence[NameSpan]) -> dict[str, _Settled]:
    """The countries that at least MIN_NAMES different names of `spans` are held by alone (every exact
    reading of the name lies in that one country; demonyms and names with no exact reading say nothing), each
    with the points of those names' exact readings (a `_Settled` list, in order of latitude)."""
    names_of: dict[str, set[str]] = {}
    points: dict[str, list[tuple[float, float]]] = {}
    for s in spans:
        if s.demonym:
            continue
        exact = [c for c in s.candidates if c.exact]
        codes = {c.country_code for c in exact}
        if len(codes) == 1:
            (cc,) = codes
            if cc:
                names_of.setdefault(cc, set()).add(s.norm)
                points.setdefault(cc, []).extend((c.lat, c.lon) for c in exact
                                                 if c.lat is not None and c.lon is not None)
    # in order of latitude, so that `near_settled` measures only those near a reading's (geo/latitude_bands.py);
    # each point once: a long text names its towns again and again, and a repeated point only repeats a distance
    return {cc: _Settled(sorted(set(points[cc]))) for cc, names in names_of.items() if len(names) >= MIN_NAMES}


def near_settled(c, sure: Mapping[str, Sequence[tuple[float, float]]]) -> bool:
    """Whether reading `c` lies in a settled country, within NEAR_KM of one of its settling names' readings.

    `sure` is what `sure_countries` returns: each country's points in order of latitude. Where they are a
    `_Settled` list of CELLS_FROM points or more, they are asked by cell (filed once per story); any other
    sequence in order of latitude (fewer points, or a plain list) is measured in the latitude band around `c`.
    Both answer alike."""
    pts = sure.get(c.country_code or "")
    if not pts or c.lat is None or c.lon is None:
        return False
    if len(pts) >= CELLS_FROM and isinstance(pts, _Settled):
        return pts.cells().any_near(c.lat, c.lon, NEAR_KM)
    lo, hi = band(_Lats(pts), c.lat, NEAR_KM)  # the points near c's latitude: no other can lie within NEAR_KM
    return any(haversine_km(c.lat, c.lon, pts[i][0], pts[i][1]) <= NEAR_KM for i in range(lo, hi))


class _Settled(list):
    """A settled country's points in order of latitude, filed in cells of latitude and longitude when first
    asked (geo/point_cells.py): the latitude band around a reading spans the whole country, and a long story
    about one country fills it, so that each long-tail reading measured more points the longer the story."""

    _filed: Optional[PointCells[int]] = None

    def cells(self) -> PointCells[int]:
        """The points filed by cell, once per story."""
        if self._filed is None:
            self._filed = PointCells()
            for k, (lat, lon) in enumerate(self):
                self._filed.add(k, lat, lon)
        return self._filed


class _Lats(Sequence[float]):
    """The latitudes of a list of (lat, lon) points, read in place for a bisection (no copy per question)."""

    __slots__ = ("_points",)

    def __init__(self, points: Sequence[tuple[float, float]]):
        self._points = points

    def __len__(self) -> int:
        return len(self._points)

    def __getitem__(self, i):  # type: ignore[override]
        return self._points[i][0]
