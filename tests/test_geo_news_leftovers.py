"""Readings the news probe's leftover recognition and resolution classes asked for: a country's short name
written as its adjective before an organisation's unit is no place, a town a conduit supplies is a literal
place, not a party to a transfer, a city bearing a name as its own keeps it against a bigger city abroad that
holds it only as a variant spelling, a club's name held in shares is the club in any story, and "along the X" is
a line (a river, a coast), not a village of the name.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import toponym


@pytest.mark.parametrize("text", [
    "The insurer said it would close its Saudi office at the end of the year.",
    "A courier firm has sold the Saudi arm of its business to a local rival.",
    "Our Saudi subsidiary doubled its sales, the chairman told shareholders.",
])
def test_a_country_alias_written_as_an_adjective_before_a_unit_is_no_place(gaz, text):
    assert not toponym(gaz, text, "Saudi").locational


@pytest.mark.parametrize("text", [
    "The engineer went back to Saudi last month to finish the contract.",
    "Nurses working in Saudi send much of their pay home.",
    "The Saudi capital was quiet on the first day of the holiday.",
])
def test_the_same_alias_after_a_place_cue_or_before_a_place_noun_stays_the_country(gaz, text):
    t = toponym(gaz, text, "Saudi")
    assert t.locational and t.place.country_code == "SA"


@pytest.mark.parametrize("text, name", [
    ("The reservoirs that supply Madrid are at a quarter of their capacity after a dry spring.", "Madrid"),
    ("A pipeline supplying Minsk with gas was shut for repairs on Tuesday.", "Minsk"),
    ("The river which supplies Cairo with drinking water is at its lowest level in years.", "Cairo"),
])
def test_a_town_a_conduit_supplies_is_a_literal_place(gaz, text, name):
    assert toponym(gaz, text, name).locational


@pytest.mark.parametrize("text, name", [
    ("The arms maker that supplies Ukraine with shells won a new order.", "Ukraine"),
    ("The ministry agreed to supply Egypt with wheat for another year.", "Egypt"),
])
def test_a_country_a_firm_or_a_government_supplies_is_still_a_party(gaz, text, name):
    assert not toponym(gaz, text, name).locational


@pytest.mark.parametrize("text", [
    "Buses were held at the frontier near Puno, and Chile said it would open a second crossing.",
    "Pilgrims travelled from Puno and Chile to the shrine.",
])
def test_a_city_bearing_the_name_as_its_own_keeps_it_against_a_variant_abroad(gaz, text):
    # A larger Indian city lists the spelling only as a variant of its own name.
    assert toponym(gaz, text, "Puno").place.country_code == "PE"


def test_a_world_city_written_by_its_old_name_is_still_read_so_in_a_list_abroad(gaz):
    text = "Flights to Bombay and Karachi were cancelled because of the monsoon."
    assert toponym(gaz, text, "Bombay").place.country_code == "IN"


@pytest.mark.parametrize("text, name", [
    ("A Gulf fund bought a stake in Leicester City last year, its annual report shows.", "Leicester"),
    ("The owners of Norwich City met bankers in the spring.", "Norwich"),
])
def test_a_club_held_in_shares_is_the_club_without_a_word_of_sport(gaz, text, name):
    assert not toponym(gaz, text, name).locational


def test_a_city_centre_named_after_the_town_stays_the_town(gaz):
    text = "Police were called to a bar in Manchester City centre late on Friday."
    assert toponym(gaz, text, "Manchester").locational


def test_along_the_name_is_the_river_not_a_village_near_the_story(gaz):
    # A village of the river's name lies near the town named beside it.
    text = "Sheep grazed on the dykes along the Elbe near Stade until the spring floods."
    assert toponym(gaz, text, "Elbe").place.feature_code == "STM"


def test_along_the_name_without_a_line_reading_stays_the_town(gaz):
    text = "A cafe along the Brisbane waterfront reopened on Saturday."
    assert toponym(gaz, text, "Brisbane").place.country_code == "AU"
