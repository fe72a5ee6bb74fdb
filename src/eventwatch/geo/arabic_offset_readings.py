"""Which readings of a name a report places by a compass word from a town may stand beside that town.

"في X شمال شرقي بعقوبة", "مخيم X شرق الحسكة": a name placed so lies a few kilometres from the town, and a reading
of it in another country is then a namesake abroad (geo/arabic_names.py `_offset_namesakes` keeps the name
unknown in the town's country). But a border runs a few kilometres from many towns: Nusaybin lies across from
Qamishli, Kilis from Azaz, Ramtha from Daraa, and "في X شمال Y" names such a twin town as often as a village. A
reading within `OFFSET_KM` of the town, on the side the compass word names, is no namesake abroad, whatever its
country ("قرية الطيبة شرق درعا" is no Jordanian Tayyibah, which lies west of Daraa). Nor is a country, a first-level
division or a wide natural area ("في مالي جنوب الجزائر", Mali south of Algeria; "مزارع شبعا جنوب شرق لبنان", the
Shebaa Farms), nor a landmark: they are placed from a neighbour, not read as its villages.
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

from eventwatch.geo.distances import is_area, km_against
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.landmarks import LANDMARK_FEATURES

# how far from the town a reading placed by a compass word may lie: a few tens of kilometres (twin towns lie within
# ~45 km), with room for a town's spread and GeoNames' points
OFFSET_KM = 50.0
# within so many kilometres any side will do: a town's own spread, and GeoNames' points
_ANY_SIDE_KM = 10.0
# how far (degrees) the bearing from the town to the reading may stray from the side written: a half-quadrant
# beyond the side's own eighth, as reports round a direction to the nearest of four
_SIDE_SLACK = 67.5
# the compass words' bearings, clockwise from north ("وسط", the middle, names no side)
_BEARINGS = {"شمال": 0.0, "شرق": 90.0, "جنوب": 180.0, "غرب": 270.0}


def compass_bearing(words: Sequence[str]) -> Optional[float]:
    """The bearing the folded compass words name ("شمال غرب", "جنوب شرقي" → 315, 135), None where none does."""
    sides = [b for w in words for k, b in _BEARINGS.items() if k in w]
    if not sides:
        return None
    x = sum(math.sin(math.radians(b)) for b in sides)
    y = sum(math.cos(math.radians(b)) for b in sides)
    return math.degrees(math.atan2(x, y)) % 360


def _on_side(lat: float, lon: float, from_lat: float, from_lon: float, bearing: Optional[float]) -> bool:
    if bearing is None:
        return True
    dx = (lon - from_lon) * math.cos(math.radians((lat + from_lat) / 2))
    dy = lat - from_lat
    got = math.degrees(math.atan2(dx, dy)) % 360
    return abs((got - bearing + 180) % 360 - 180) <= _SIDE_SLACK


def _wide(c: Candidate) -> bool:
    return is_area(c) or c.feature_code in LANDMARK_FEATURES


def near_or_wide(readings: Sequence[Candidate], holder: Sequence[Candidate], country: str,
                 bearing: Optional[float]) -> list[Candidate]:
    """The readings of a placed name that may stand: a country, division, area or landmark, or one within
    `OFFSET_KM` of a reading of its `holder` in the holder's `country`, on the side `bearing` names (an area
    holder, a country or division, gives no point to measure from). Only these, never all: one Taybeh near the
    town lets no far Tayyibah through."""
    points = [(h.lat, h.lon) for h in holder
              if h.country_code == country and h.lat is not None and h.lon is not None and not is_area(h)]
    return [c for c in readings if _wide(c) or _near(c, points, bearing)]


def _near(c: Candidate, points: Sequence[tuple[float, float]], bearing: Optional[float]) -> bool:
    if c.lat is None or c.lon is None:
        return False
    for lat, lon in points:
        km = km_against(c.lat, c.lon, lat, lon, OFFSET_KM)
        if km <= _ANY_SIDE_KM or km <= OFFSET_KM and _on_side(c.lat, c.lon, lat, lon, bearing):
            return True
    return False
