"""Coordinates derived for divisions, whose GeoNames tables carry none."""
from __future__ import annotations

import pytest

from eventwatch.geo.derive import area_centre, span_centre
from eventwatch.geo.sources import derived_names


def test_a_division_is_centred_on_the_area_its_towns_span_not_on_where_they_crowd():
    # Forty towns along the southern edge; further north only a town at each end of every row.
    towns = [(43.2, -80.0 + k * 0.2) for k in range(40)]
    towns += [(lat + 0.2, lon) for lat in range(44, 51) for lon in (-80.0, -72.2)]
    lat, lon = span_centre(towns, 0.5)
    crowd_lat, _ = area_centre(towns, 0.25)
    assert lat > crowd_lat + 1.5
    assert -77.0 < lon < -75.0


def test_a_division_across_the_antimeridian_stays_whole():
    towns = [(52.0, 179.0), (52.5, -179.5), (53.0, 178.5), (52.2, -178.0)]
    lat, lon = span_centre(towns, 0.5)
    assert 52.0 <= lat <= 53.5
    assert abs(lon) > 170.0  # near the antimeridian, not near Greenwich


def test_span_centre_of_nothing_is_none():
    assert span_centre([], 0.5) is None


@pytest.mark.parametrize("name,derived", [("Wilkin County", "Wilkin"), ("Idlib Governorate", "Idlib"),
                                          ("Rapides Parish", "Rapides")])
def test_division_words_are_dropped_for_a_derived_name(name, derived):
    assert derived in derived_names(name)
