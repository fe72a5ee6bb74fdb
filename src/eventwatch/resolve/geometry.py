"""Distances and the tolerances that UCDP precision codes imply."""
from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088

# How far apart two reports of one event may place it, by the coarser of their where_prec codes.
_PLACE_TOLERANCE_KM = {1: 3.0, 2: 25.0, 3: 60.0, 4: 200.0, 5: 400.0, 6: 1500.0, 7: 3000.0}
# How far apart their dates may be, by the coarser of their date precision codes (days).
_DATE_TOLERANCE_DAYS = {1: 1, 2: 6, 3: 7, 4: 31, 5: 366}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def place_tolerance_km(precision_a: int, precision_b: int) -> float:
    return _PLACE_TOLERANCE_KM.get(max(precision_a or 1, precision_b or 1), 3000.0)


def date_tolerance_days(precision_a: int, precision_b: int) -> int:
    return _DATE_TOLERANCE_DAYS.get(max(precision_a or 1, precision_b or 1), 366)


def bbox_around(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) of a box that contains the circle of radius `km`."""
    dlat = km / 111.32
    dlon = km / max(1e-6, 111.32 * math.cos(math.radians(lat)))
    return lon - dlon, lat - dlat, lon + dlon, lat + dlat


# A 1°×1° grid: the store indexes (cell, date) so that finding the events near a mention reads only the
# few cells around it, whatever the size of the store.
def cell_of(lat: float, lon: float) -> int:
    return int(math.floor(lat + 90.0)) * 360 + int(math.floor(lon + 180.0)) % 360


def cells_in_bbox(west: float, south: float, east: float, north: float, limit: int = 400) -> list[int] | None:
    """The grid cells a box touches, or None when there are too many to list (a search that wide scans)."""
    south, north = max(-90.0, south), min(89.999, north)
    rows = range(int(math.floor(south + 90.0)), int(math.floor(north + 90.0)) + 1)
    cols = range(int(math.floor(west + 180.0)), int(math.floor(east + 180.0)) + 1)
    if len(rows) * len(cols) > limit:
        return None
    return sorted({r * 360 + (c % 360) for r in rows for c in cols})
