"""Rules found by the news probe's fifth batch (US and Canadian local papers, wire copy on regions and seas,
outbreaks in provinces and districts, regional news from Kenya to Tasmania, sport and business).

Each is a rule a reader applies to any text: a lower-case article form that is also an English word ("es",
"as") sits inside a name only where the gazetteer holds the whole name ("Dar es Salaam"); a preposition
capitalised for opening a sentence is no part of the feature's name after it ("In Pelican Beach, ..."); two
counties joined by "and" share the deed one of them is read doing, and "both" or "each" between subjects and
their verb hides neither; in a sports story a town that is "one win from" a final is the side, and a lake's or a
valley's name after a verb of play is a school's side; a word that heads institutions ("Temple") is a town after
a place cue when a town of size bears that name; a Kenyan county is written with its designator ("Murang'a
County"); an adverb after an auxiliary leaves the verb after it the deed, but a determiner is no verb; a
company's shares are no place's; a name after "bound for" or "set off for" is where a journey goes; and a
country or capital that a deed angers or alarms is its government.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from conftest import toponyms_by_name


# -- an article form that is also an English word ------------------------------------------------------------

def test_a_lower_case_article_inside_a_name_the_gazetteer_holds_whole_joins_it(gaz):
    t = toponyms_by_name(gaz, "The new ferry terminal in Dar es Salaam opened on Monday.")["Dar es Salaam"]
    assert t.locational and t.place.country_code == "TZ"


def test_an_english_word_between_two_names_joins_none(gaz):
    found = toponyms_by_name(gaz, "Reporters at Tampa asked Jones at Orlando about the trade.")
    assert "Tampa" in found and "Orlando" in found and not any(" at " in n for n in found)


# -- a sentence-opening preposition before a feature's name ----------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Storm surge flooded the road. In Pelican Beach, lifeguards closed the shore.", "Pelican Beach"),
    ("Ferries were cancelled. At Coral Bay, divers waited for the wind to drop.", "Coral Bay"),
])
def test_a_capitalised_preposition_opening_the_sentence_is_no_part_of_the_name(gaz, text, name):
    found = toponyms_by_name(gaz, text)
    assert name in found and found[name].locational


# -- coordinated councils and words between subjects and their verb -------------------------------------------

def test_two_counties_joined_by_and_share_the_deed_of_their_councils(gaz):
    found = toponyms_by_name(gaz, "Marion County and Polk County both declared a burn ban on Friday.")
    assert not found["Marion County"].locational and not found["Polk County"].locational


def test_counties_where_something_happens_stay_places(gaz):
    found = toponyms_by_name(gaz, "Hail damaged roofs across Marion County and Polk County on Friday.")
    assert found["Marion County"].locational and found["Polk County"].locational


def test_each_between_countries_and_their_verb_leaves_them_the_reporters(gaz):
    found = toponyms_by_name(gaz, "Chile and Peru have each reported cases among travellers.")
    assert not found["Chile"].locational and not found["Peru"].locational


@pytest.mark.parametrize("text, name, locational", [
    ("Trucks began reaching Bamako again this week after the blockade.", "Bamako", True),
    ("The envoy argued that Peru should instead seek a loan from the fund.", "Peru", False),
])
def test_an_adverb_after_an_auxiliary_leaves_the_verb_the_deed_but_a_determiner_is_no_verb(gaz, text, name,
                                                                                            locational):
    assert toponyms_by_name(gaz, text)[name].locational is locational


# -- sides in a sports story ------------------------------------------------------------------------------------

def test_a_town_one_win_from_a_final_is_the_side(gaz):
    text = ("ODESSA, Texas — Midland is one win from a state final after beating Abilene 35-14 on Friday night. "
            "The team's quarterback threw for 300 yards, and the coach said the players earned the win.")
    found = toponyms_by_name(gaz, text)
    assert not found["Midland"].locational


def test_a_lake_or_valley_named_side_after_a_verb_of_play_is_no_place(gaz):
    text = ("The Tigers routed Cedar Valley 42-7 in the playoff game on Friday and will face Lake Travis "
            "next week. The coach said his players had scored on every drive of the first half.")
    found = toponyms_by_name(gaz, text)
    assert all(not found[n].locational for n in ("Cedar Valley", "Lake Travis") if n in found)


# -- a word that heads institutions, after a place cue ------------------------------------------------------------

def test_a_town_of_size_named_like_an_institution_is_read_after_a_place_cue(gaz):
    t = toponyms_by_name(gaz, "The new coach grew up in Temple and played college football in Waco.")["Temple"]
    assert t.locational and t.place.admin1 == "Texas"


@pytest.mark.parametrize("text", ["She served in Congress for twelve years.", "The motion passed in Council."])
def test_a_legislature_after_in_stays_the_body(gaz, text):
    assert geoparse(gaz, text) == []


# -- a county written with its designator ----------------------------------------------------------------------

def test_a_kenyan_county_is_read_with_its_designator(gaz):
    t = toponyms_by_name(gaz, "Rain closed schools in Murang'a County on Monday.")["Murang'a County"]
    assert t.locational and t.place.country_code == "KE"


def test_an_american_state_before_county_is_another_county(gaz):
    t = toponyms_by_name(gaz, "Deputies in Iowa County arrested two men.")["Iowa County"]
    assert t.place.admin1 == "Iowa" and t.place.name == "Iowa County"


# -- a company's shares ------------------------------------------------------------------------------------------

def test_a_firms_shares_are_no_place(gaz):
    found = toponyms_by_name(gaz, "Nokia's shares fell 2% in Helsinki after the results.")
    assert found["Helsinki"].locational and ("Nokia" not in found or not found["Nokia"].locational)


def test_shares_after_a_bare_name_is_a_verb_and_leaves_the_place(gaz):
    found = toponyms_by_name(gaz, "A baker from Tacoma, Washington shares tips for icing cookies.")
    assert found["Washington"].locational and found["Washington"].place.admin1 == "Washington"


# -- a destination after "bound for", and a government that is angered ---------------------------------------

@pytest.mark.parametrize("text, name, cc", [
    ("The schooner was bound for Canton with a cargo of tin.", "Canton", "CN"),
    ("Two years later the family set off for Canton by sea.", "Canton", "CN"),
])
def test_a_destination_after_setting_out_for_is_a_place(gaz, text, name, cc):
    t = toponyms_by_name(gaz, text)[name]
    assert t.locational and t.place.country_code == cc


@pytest.mark.parametrize("text, name", [
    ("The port lease was signed in secret, angering Mogadishu.", "Mogadishu"),
    ("The missile test alarmed Japan and its neighbours.", "Japan"),
])
def test_a_capital_or_country_that_a_deed_angers_or_alarms_is_its_government(gaz, text, name):
    assert not toponyms_by_name(gaz, text)[name].locational


def test_people_alarmed_in_a_city_leave_it_a_place(gaz):
    assert toponyms_by_name(gaz, "The floods alarmed residents of Cairo.")["Cairo"].locational


def test_a_possessive_after_a_stirring_verb_owns_its_object_and_stays_a_place(gaz):
    found = toponyms_by_name(gaz, "Foreign bases in the region could upset Morocco's eastern neighbour.")
    assert found["Morocco"].locational
