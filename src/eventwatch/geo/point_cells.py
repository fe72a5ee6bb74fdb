"""Points kept in cells of latitude and longitude, so that the points near a place are found without measuring
the distance to every point.

Why: a rule that asks, for each of many places, which of many points lie within a few hundred kilometres of it
(geo/other_state_strays.py: which far small towns lie near a town the story reads firmly) costs the product of
the two counts when it measures every pair; a long digest naming the same towns over and over made that square.
Points are filed by cell (CELL_DEGREES on a side), those of one spot together, so a question measures the
distance once per distinct spot in the cells the circle around the place can reach. The cells a circle reaches
are found from the spherical cap's own extent in longitude, so no point within the distance is missed, near a
pole or across the antimeridian included.
"""
from __future__ import annotations

import math
from typing import Generic, Hashable, TypeVar

from eventwatch.geo.distances import haversine_km

# A cell's side in degrees: about the 161 km the story-nearness rule asks, so a question reads a few cells.
CELL_DEGREES = 1.5
_LON_CELLS = math.ceil(360 / CELL_DEGREES)
# The earth's radius `haversine_km` measures with, for the angular radius of a circle.
_EARTH_KM = 6371.0088
# A margin on the circle's extent in degrees, so rounding never leaves out a cell the circle touches.
_MARGIN_DEGREES = 1e-6

K = TypeVar("K", bound=Hashable)


class PointCells(Generic[K]):
    """Keys filed by the point they stand at; `near` returns and `take_near` removes and returns those within a
    distance of a place."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], dict[tuple[float, float], list[K]]] = {}

    def add(self, key: K, lat: float, lon: float) -> None:
        """File `key` at the point (lat, lon)."""
        cell = (math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES) % _LON_CELLS)
        self._cells.setdefault(cell, {}).setdefault((lat, lon), []).append(key)

    def __bool__(self) -> bool:
        return bool(self._cells)

    def any_near(self, lat: float, lon: float, km: float) -> bool:
        """Whether some key is filed within `km` of (lat, lon), by haversine (none is removed): the answer of
        measuring every point, as no point outside the cells the circle reaches lies within it."""
        cells = self._cells
        return any(haversine_km(lat, lon, spot[0], spot[1]) <= km
                   for cell in _cells_within(lat, lon, km) for spot in cells.get(cell, ()))

    def near(self, lat: float, lon: float, km: float) -> list[K]:
        """The keys filed within `km` of (lat, lon), left filed, measuring each distinct point once."""
        found: list[K] = []
        for cell in _cells_within(lat, lon, km):
            for spot, keys in self._cells.get(cell, {}).items():
                if haversine_km(lat, lon, spot[0], spot[1]) <= km:
                    found.extend(keys)
        return found

    def take_near(self, lat: float, lon: float, km: float) -> list[K]:
        """Remove and return the keys filed within `km` of (lat, lon), measuring each distinct point once."""
        found: list[K] = []
        for cell in _cells_within(lat, lon, km):
            spots = self._cells.get(cell)
            if not spots:
                continue
            for spot in [p for p in spots if haversine_km(lat, lon, p[0], p[1]) <= km]:
                found.extend(spots.pop(spot))
            if not spots:
                del self._cells[cell]
        return found


def _cells_within(lat: float, lon: float, km: float) -> list[tuple[int, int]]:
    """The cells a circle of `km` around (lat, lon) may reach: its latitude band, and the longitudes of the
    spherical cap (every longitude where the cap holds a pole)."""
    radius = math.degrees(km / _EARTH_KM) + _MARGIN_DEGREES
    south, north = max(-90.0, lat - radius), min(90.0, lat + radius)
    rows = range(math.floor(south / CELL_DEGREES), math.floor(north / CELL_DEGREES) + 1)
    if abs(lat) + radius >= 90.0 or radius >= 90.0:
        columns = range(_LON_CELLS)
    else:
        reach = math.degrees(math.asin(min(1.0, math.sin(math.radians(radius)) / math.cos(math.radians(lat)))))
        reach += _MARGIN_DEGREES
        west, east = math.floor((lon - reach) / CELL_DEGREES), math.floor((lon + reach) / CELL_DEGREES)
        columns = range(_LON_CELLS) if east - west + 1 >= _LON_CELLS \
            else sorted({c % _LON_CELLS for c in range(west, east + 1)})
    return [(row, column) for row in rows for column in columns]
