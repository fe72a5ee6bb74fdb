"""Leftovers of recognition in conflict prose: the level a division word names in the name's country, the
ground around a town, military undertakings' names, rivers as surnames, a municipality's own name.

Sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.division_levels import division_level, load_division_levels, parse_division_levels


def toponym(gaz, text, name):
    [t] = [t for t in geoparse(gaz, text) if t.text == name]
    return t


def place_of(gaz, text, name):
    return toponym(gaz, text, name).place


def located(gaz, text):
    return [t for t in geoparse(gaz, text) if t.locational]


# -- "the department of X": the level the word names in X's country ----------------------------------------
@pytest.mark.parametrize("text, name, country, code, precision", [
    # Peru's and Colombia's departments are their first-level divisions: UCDP 4, not a district's 3.
    ("Gunmen burned a police post in the department of Cusco on Sunday.", "Cusco", "PE", "ADM1", 4),
    ("Troops clashed with dissidents in the department of Antioquia.", "Antioquia", "CO", "ADM1", 4),
    # France's départements and Niger's departments are second-level: UCDP 3.
    ("Two gendarmes were hurt in the department of Dordogne, France.", "Dordogne", "FR", "ADM2", 3),
    ("Jihadists attacked a convoy in the department of Tillaberi.", "Tillaberi", "NE", "ADM2", 3),
    # The word's usual level where the country uses it so.
    ("Airstrikes hit villages in the province of Kandahar overnight.", "Kandahar", "AF", "ADM1", 4),
    ("Militants ambushed an army patrol in the district of Kunduz.", "Kunduz", "AF", "ADM2", 3),
])
def test_a_division_of_a_name_is_read_at_its_countrys_level(gaz, text, name, country, code, precision):
    place = place_of(gaz, text, name)
    assert (place.country_code, place.feature_code, place.precision) == (country, code, precision)


def test_the_department_of_a_name_is_where_departments_are_first_level(gaz):
    # Burkina Faso, France, Cameroon and Haiti all have a first-level "Centre"; only Haiti calls it a department.
    place = place_of(gaz, "Gangs torched homes in the department of Centre overnight.", "Centre")
    assert (place.country_code, place.feature_code, place.precision) == ("HT", "ADM1", 4)


def test_a_town_in_the_department_of_is_read_at_that_countrys_level(gaz):
    # Ouallam is a town in Niger, where departments are second-level divisions named after their seats.
    assert place_of(gaz, "Soldiers repelled an attack in the department of Ouallam.", "Ouallam").precision == 3


@pytest.mark.parametrize("text, name, country", [
    ("Gangs attacked a village in Haiti's Centre department on Monday.", "Centre", "HT"),
    ("Floods cut the road in the Artibonite department, officials said.", "Artibonite", "HT"),
])
def test_a_name_before_department_is_a_division_where_the_gazetteer_holds_one(gaz, text, name, country):
    place = place_of(gaz, text, name)
    assert (place.country_code, place.feature_code, place.precision) == (country, "ADM1", 4)
    assert place.raw.endswith("department")


def test_a_department_store_leaves_the_city_a_city(gaz):
    place = place_of(gaz, "She was robbed outside a Paris department store on Friday.", "Paris")
    assert (place.country_code, place.precision) == ("FR", 1)


def test_every_division_word_has_a_default_level_and_countries_at_one_level_only():
    levels = load_division_levels()
    assert {"department", "province", "district", "region", "governorate", "state"} <= set(levels)
    assert levels["department"].level_in("CO") == "admin1" and levels["department"].level_in("FR") == "admin2"
    assert levels["province"].level_in("PE") == "admin2" and levels["province"].level_in("AF") == "admin1"


@pytest.mark.parametrize("raw", [
    {"department": {"admin1": ["CO"]}},  # no default
    {"department": {"default": "admin3"}},  # no such level
    {"department": {"default": "admin2", "admin1": ["CO"], "admin2": ["CO"]}},  # one country at two levels
    {"department": {"default": "admin2", "admin1": ["Colombia"]}},  # not a country code
    {"Department": {"default": "admin2"}},  # not lower case
])
def test_a_malformed_level_table_is_refused(raw):
    with pytest.raises(ValueError):
        parse_division_levels(raw)


def test_a_name_with_no_exact_reading_takes_the_words_usual_level():
    levels = parse_division_levels({"department": {"default": "admin2", "admin1": ["CO"]}})
    assert division_level(levels["department"], []) == "admin2"


# -- "the rural area of X": the ground around the town ---------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Dissidents killed two farmers in the rural area of Tame, Arauca, on Friday.", "Tame"),
    ("Clashes displaced families from rural areas of Tibu, Colombia, the ombudsman said.", "Tibu"),
])
def test_the_rural_area_of_a_town_is_the_ground_near_it(gaz, text, name):
    place = place_of(gaz, text, name)
    assert (place.feature_code[:3], place.precision) == ("PPL", 2)


def test_rural_before_a_name_still_reads_the_province(gaz):
    place = place_of(gaz, "Shelling hit rural Idlib on Monday, the monitor said.", "Idlib")
    assert (place.feature_code, place.precision) == ("ADM1", 4)


def test_the_area_of_a_town_is_still_the_town(gaz):
    assert place_of(gaz, "Police sealed off the area of Homs after the blast.", "Homs").precision == 1


# -- named military undertakings ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Marines trained in Exercise Silver Falcon in Jordan last week.", "Jordan"),
    ("Jets refuelled twice during Operation Northern Trident over the sea.", None),
    ("Coalition strikes in Operation Steadfast Harbor hit Raqqa.", "Raqqa"),
])
def test_an_operations_or_exercises_name_is_no_place(gaz, text, place):
    names = [t.text for t in located(gaz, text)]
    assert not any(n.startswith(("Exercise", "Operation")) or n in {"Trident", "Falcon", "Harbor"} for n in names)
    if place:
        assert place in names


def test_a_place_inside_an_operations_name_is_not_located(gaz):
    text = "Turkish troops pushed on with Operation Euphrates Shield in Syria."
    assert [t.text for t in located(gaz, text)] == ["Syria"]


def test_operations_as_a_plain_word_leaves_the_place_after_it(gaz):
    assert [t.text for t in located(gaz, "Operations in Syria continued through the night.")] == ["Syria"]


# -- a river's name as a surname ----------------------------------------------------------------------------
def test_a_river_after_a_capitalised_word_is_a_surname(gaz):
    names = [t.text for t in located(gaz, "The envoy Quill Thames met displaced families in Erbil on Monday.")]
    assert names == ["Erbil"]


@pytest.mark.parametrize("text, name", [
    ("Barges were stranded along the Thames after the storm.", "Thames"),
    ("Boats sank on the Blue Nile near Khartoum.", "Blue Nile"),
    ("Fighters crossed the Euphrates River at dawn.", "Euphrates River"),
])
def test_a_river_written_as_rivers_are_stays_a_river(gaz, text, name):
    assert name in [t.text for t in located(gaz, text)]


# -- a capitalised municipality ---------------------------------------------------------------------------
def test_a_capitalised_municipality_is_kept_with_its_name_at_its_division(gaz):
    place = place_of(gaz, "Police in Haninge Municipality said a man was shot.", "Haninge")
    assert (place.country_code, place.precision, place.raw) == ("SE", 3, "Haninge Municipality")
