"""Distances between readings, and which readings are areas too wide for a distance to mean anything.

Kept apart from the resolver because every stage that compares places (namesakes, fallbacks, the evaluation,
the gazetteer's own checks) needs them without the resolver's machinery.
"""
from __future__ import annotations

import math

from eventwatch.geo.gazetteer import Candidate
from eventwatch.model import WHERE_PREC_REGION


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within a few hundred km it is as good as haversine and far cheaper."""
    dlon = abs(lon1 - lon2)
    if dlon > 180:
        dlon = 360 - dlon
    return 111.2 * math.hypot(lat1 - lat2, dlon * math.cos(math.radians((lat1 + lat2) / 2)))


WIDE_FEATURES = frozenset({"CONT", "RGN", "SEA", "OCN"})


def is_area(c: Candidate) -> bool:
    """Countries, continents, first-level divisions, seas, rivers, regions: too large (or, for a river placed
    at its mouth, too long) for "nearby" to mean anything. Read from the UCDP precision a feature has."""
    fc = c.feature_code
    return fc.startswith("PCL") or fc in {"CONT", "ADM1"} or (
        c.precision >= WHERE_PREC_REGION and not fc.startswith(("PPL", "ADM")))
