"""Division words only some countries use say which country a name after them is in.

A writer who says "LGA" means Nigeria (or Australia), "woreda" Ethiopia, "raion" the former Soviet
republics; a namesake elsewhere is not what they meant. Sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.lexicon import load_cues


def place_of(gaz, text, name):
    [t] = [t for t in geoparse(gaz, text) if t.text == name]
    return t.place


def test_a_name_before_lga_is_read_in_nigeria(gaz):
    place = place_of(gaz, "Herders attacked farmers in Guma LGA on Monday night.", "Guma")
    assert (place.country_code, place.feature_code, place.precision) == ("NG", "ADM2", 3)


@pytest.mark.parametrize("text, name, country", [
    ("Floods cut roads across Penrith LGA in western Sydney.", "Penrith", "AU"),  # Australia's LGAs too
    ("Shelling hit villages in Izium raion overnight.", "Izium", "UA"),
])
def test_the_word_keeps_its_countries_readings(gaz, text, name, country):
    assert place_of(gaz, text, name).country_code == country


@pytest.mark.parametrize("word", sorted(load_cues().division_countries))
def test_every_word_with_countries_is_a_division_word(word):
    cues = load_cues()
    assert word in cues.vague_after and cues.division_countries[word]


@pytest.mark.parametrize("text, name, admin1", [
    ("Deputies searched a farm in DeSoto Parish on Tuesday.", "DeSoto Parish", "Louisiana"),
    ("Storms downed trees across LaSalle County overnight.", "LaSalle County", "Illinois"),
])
def test_a_division_written_with_its_particle_joined_is_found(gaz, text, name, admin1):
    # GeoNames' division table spells these "De Soto Parish" and "La Salle County".
    place = place_of(gaz, text, name)
    assert (place.feature_code, place.admin1) == ("ADM2", admin1)


@pytest.mark.parametrize("text", [
    "Shelling hit rural Damascus on Monday, the monitor said.",
    "Shelling hit the western Damascus countryside on Monday, the monitor said.",
])
def test_a_capitals_countryside_is_the_division_named_for_it(gaz, text):
    # Damascus is a governorate of its own; its countryside is Rif Dimashq, "Rural Damascus" in the gazetteer.
    place = place_of(gaz, text, "Damascus")
    assert (place.feature_code, place.precision, place.country_code) == ("ADM1", 4, "SY")
    assert place.name != "Damascus"


def test_a_side_of_the_capital_stays_the_city(gaz):
    place = place_of(gaz, "Shelling hit eastern Damascus on Monday, the monitor said.", "Damascus")
    assert place.feature_code == "PPLC"
