"""Resolution where the gazetteer holds the right place: the rules that pick it among its namesakes.

A name written with its container ("Queens, New York") is read with that container; where the container's name
is both a metropolis and the state or prefecture around it, a borough of the metropolis names the city: a large
town lying a few kilometres from the metropolis's centre is part of it, not a town of the division. A town
farther out, or a small one, is a town of the division, and the container stays the division.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.resolve import CITY_DISTRICT_POPULATION, PART_OF_TOWN_KM, city_district


def _town(name: str, lat: float, lon: float, population: int) -> Candidate:
    return Candidate(id=hash(name) & 0xFFFF, name=name, lat=lat, lon=lon, country_code="XX", admin1_code="XX.01",
                     admin2_code=None, admin1="Province", admin2=None, feature_code="PPL", population=population,
                     geonames_id=None, source="geonames", precision=1)


def _read(gaz, text: str) -> dict[str, tuple]:
    return {t.text: (t.place.name, t.place.feature_code) for t in geoparse(gaz, text) if t.place is not None}


# -- the rule on its own ---------------------------------------------------------------------------------------

def test_a_large_town_beside_a_metropolis_centre_is_one_of_its_districts():
    city = _town("Bigcity", 10.0, 20.0, 3_000_000)
    ward = _town("Northward", 10.05, 20.05, 400_000)  # about 8 km out
    assert city_district(ward, city)


@pytest.mark.parametrize("part,city", [
    # A small place that close is a village of the province, not a ward that names the city.
    (_town("Hamlet", 10.05, 20.05, CITY_DISTRICT_POPULATION - 1), _town("Bigcity", 10.0, 20.0, 3_000_000)),
    # A large town farther out than a city's districts reach is a town of the province.
    (_town("Outer", 10.0 + 2 * PART_OF_TOWN_KM / 111, 20.0, 300_000), _town("Bigcity", 10.0, 20.0, 3_000_000)),
    # A city below a metropolis's size has no districts read this way.
    (_town("Westside", 10.05, 20.05, 150_000), _town("Midcity", 10.0, 20.0, 600_000)),
    # The larger of two neighbouring towns is no district of the smaller.
    (_town("Bigcity", 10.0, 20.0, 3_000_000), _town("Twin", 10.05, 20.05, 2_000_000)),
])
def test_small_far_or_larger_towns_are_no_districts(part, city):
    assert not city_district(part, city)


# -- end to end ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,borough", [
    ("The clinic in Brooklyn, New York, treated a dozen patients last week.", "Brooklyn"),
    ("She was born in Queens, New York, and moved west at twenty.", "Queens"),
])
def test_a_borough_written_with_its_metropolis_names_the_city(gaz, text, borough):
    read = _read(gaz, text)
    assert read[borough][1].startswith("PPL")
    assert read["New York"] == ("New York City", "PPL")


@pytest.mark.parametrize("text", [
    "She grew up in Albany, New York, and studied law.",
    "The shop in Yonkers, New York, closed on Friday.",
])
def test_a_town_of_the_state_keeps_the_state_as_its_container(gaz, text):
    assert _read(gaz, text)["New York"][1] == "ADM1"
