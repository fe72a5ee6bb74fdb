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


# Kilometres per degree of latitude in `flat_km`. `KM_PER_DEGREE * abs(lat1 - lat2)` is never more than
# `flat_km` of the same points (to the last bit: the hypotenuse is never shorter than a side, and the product
# rounds monotonically), so a loop over many points may drop those farther apart in latitude alone than its
# limit without the call, and keep every answer it gave.
KM_PER_DEGREE = 111.2


def flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within a few hundred km it is as good as haversine and far cheaper."""
    dlon = abs(lon1 - lon2)
    if dlon > 180:
        dlon = 360 - dlon
    return KM_PER_DEGREE * math.hypot(lat1 - lat2, dlon * math.cos(math.radians((lat1 + lat2) / 2)))


def km_against(lat1: float, lon1: float, lat2: float, lon2: float, reach: float) -> float:
    """A distance to compare with limits up to `reach`: the cheap `flat_km` within twice the reach, where it is as
    good as haversine and no comparison can turn on the difference; haversine beyond, where the flat figure
    drifts. One helper for the namesake and country-only readers, which asked the same of two copies."""
    d = flat_km(lat1, lon1, lat2, lon2)
    return d if d < 2 * reach else haversine_km(lat1, lon1, lat2, lon2)


WIDE_FEATURES = frozenset({"CONT", "RGN", "SEA", "OCN"})


def is_area(c: Candidate) -> bool:
    """Countries, continents, first-level divisions, seas, rivers, regions: too large (or, for a river placed
    at its mouth, too long) for "nearby" to mean anything. Read from the UCDP precision a feature has."""
    fc = c.feature_code
    return fc.startswith("PCL") or fc in {"CONT", "ADM1"} or (
        c.precision >= WHERE_PREC_REGION and not fc.startswith(("PPL", "ADM")))
