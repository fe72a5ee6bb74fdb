"""A first-level division's name means the division: "Florida", "Wales" or "Washington" written bare is the
state or nation, not a village of its country that shares the name, unless the text places the village so: a
word that fits a town ("the village of", "mayor"), a container, or small towns of the story close around it.
A big city named in passing near the village ("New York City and Florida"), or the division around the
village ("England and Wales"), names the village's region, not its neighbourhood.

The sentences are invented for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

from eventwatch.geo import geoparse
from eventwatch.geo.namesake_owners import division_rival


def readings(gaz, text):
    return {t.text: (t.place.admin1, t.place.feature_code) if t.place else None for t in geoparse(gaz, text)}


def test_a_state_named_beside_a_big_city_near_its_namesake_village_is_the_state(gaz):
    # New York's village of Florida lies an hour from Manhattan; the senator flies to the state.
    got = readings(gaz, "The senator met donors in Manhattan and Brooklyn before flying to Florida.")
    assert got["Florida"] == ("Florida", "ADM1")
    got = readings(gaz, "Reporters from New York City and Florida covered the hearing in Albany.")
    assert got["Florida"] == ("Florida", "ADM1")


def test_a_nation_named_beside_the_division_holding_its_namesake_village_is_the_nation(gaz):
    got = readings(gaz, "Both England and Wales reported fewer burglaries last year, London officials said.")
    assert got["Wales"] == ("Wales", "ADM1")


def test_a_state_in_a_list_of_states_read_in_another_states_story(gaz):
    text = "Lawmakers in Atlanta studied the Oregon and Washington statutes before the vote in Georgia."
    got = readings(gaz, text)
    assert got["Washington"] == ("Washington", "ADM1") and got["Oregon"] == ("Oregon", "ADM1")


def test_a_village_with_its_neighbours_named_stays_the_village(gaz):
    got = readings(gaz, "The onion fair in Florida drew farmers from Goshen and Warwick on Saturday.")
    assert got["Florida"][1].startswith("PPL")


def test_words_that_fit_a_town_keep_the_village(gaz):
    text = "The village of Florida will repave its main street this summer, New York City officials said."
    assert readings(gaz, text)["Florida"] == ("New York", "PPL")


def test_only_a_division_of_the_villages_own_country_is_its_rival(gaz):
    readings_of = gaz.lookup("Florida", limit=40)
    village = next(c for c in readings_of if c.feature_code.startswith("PPL") and c.admin1 == "New York")
    state = next(c for c in readings_of if c.feature_code == "ADM1" and c.country_code == "US")
    assert division_rival(village, readings_of) is state
    abroad = next(c for c in readings_of if c.feature_code.startswith("PPL") and c.country_code != "US"
                  and c.population < 10_000)
    assert division_rival(abroad, readings_of) is None


def test_a_nigerian_state_known_by_a_short_bare_name_is_the_state(gaz):
    # GeoNames writes "Edo State" and "Imo State"; "Edo" alone is otherwise only an old name of Tokyo.
    text = "The health agency said new cases of the fever were found in Ondo, Edo and Imo states this month."
    places = {t.text: t.place for t in geoparse(gaz, text)}
    assert (places["Edo"].country_code, places["Edo"].feature_code) == ("NG", "ADM1")
    assert (places["Imo"].country_code, places["Imo"].feature_code) == ("NG", "ADM1")
