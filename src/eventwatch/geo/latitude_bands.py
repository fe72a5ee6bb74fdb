"""Whether any of many points lies within some kilometres of a place, reading only those near its latitude.

`_believed` (geo/__init__.py) asks, for every name not yet believed, whether a believed place lies within 300 km,
and the resolver whether a long-tail reading lies near a settling name (geo/sure_countries.py): a scan of every
point per name costs the square of a long report's length. A great-circle distance is
never less than the distance along the meridian, MERIDIAN_KM_PER_DEGREE kilometres a degree of latitude, so a point
farther in latitude than the limit allows is never near: the points are kept in order of latitude and only the
band around the place's latitude is measured, with the same haversine and the same answer.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from typing import Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate

# Kilometres per degree along a meridian on haversine_km's sphere (radius 6371.0088 km): 111.195 km; a band is
# widened by BAND_MARGIN degrees so that rounding can never leave a point within the limit outside it.
MERIDIAN_KM_PER_DEGREE = 6371.0088 * math.pi / 180
BAND_MARGIN = 0.01


def band(lats: Sequence[float], lat: float, km: float) -> tuple[int, int]:
    """(first, past the last) positions in `lats` (in ascending order) of the latitudes that can lie within `km`
    of `lat`: every point outside lies farther along the meridian alone."""
    reach = km / MERIDIAN_KM_PER_DEGREE + BAND_MARGIN
    return bisect_left(lats, lat - reach), bisect_right(lats, lat + reach)


class LatitudeBands:
    """Points (readings with coordinates) in order of latitude, asked which lie near a place."""

    __slots__ = ("_points", "_lats")

    def __init__(self, points: Sequence[Candidate]):
        # One point per place (id and position): a long text believes its towns once per mention, and a
        # repeated point only repeats a distance already measured.
        once = {(p.id, p.lat, p.lon): p for p in points}
        self._points = sorted(once.values(), key=lambda p: p.lat)
        self._lats = [p.lat for p in self._points]

    def any_within(self, c: Candidate, km: float) -> bool:
        """Whether a point other than `c` itself (by id) lies less than `km` from it, by haversine."""
        lo, hi = band(self._lats, c.lat, km)
        points = self._points
        return any(points[i].id != c.id and haversine_km(c.lat, c.lon, points[i].lat, points[i].lon) < km
                   for i in range(lo, hi))
