"""Limits of this round's apposition and identity rules, found in review: each rule reads only what its
apposition or compound says, and leaves the place when the words say something else.

- A firm's noun makes the name before it a firm's only where it heads the apposition: "the home of the software
  giant" is a city's apposition, and the city stays a place in every mention (geo/firm_appositions.py).
- An island's noun makes the name an island's only where it closes the apposition's head: "the island state"
  and "the island nation" are a state's and a nation's (geo/island_appositions.py).
- "Anglo" names an identity only in the people's plural: "Anglo-American relations" are two countries'
  (geo/identity_compounds.py).

Every sentence here is invented.
"""
from __future__ import annotations

import pytest

from conftest import found_names, toponyms_by_name


@pytest.mark.parametrize("text, name", [
    ("Redmond, the home of the software giant, voted on Tuesday. Traffic in Redmond slowed.", "Redmond"),
    ("Wolfsburg, the city where the carmaker builds its vans, braced for job cuts.", "Wolfsburg"),
    ("Everett, the port city of the plane maker, cleared the snow.", "Everett"),
])
def test_a_place_noun_or_preposition_before_the_firm_s_noun_keeps_the_place(gaz, text, name):
    assert name in found_names(gaz, text)


def test_a_firm_noun_heading_the_apposition_still_makes_the_name_a_firm_s(gaz):
    text = "Rio Tinto, the Anglo-Australian miner, said output rose at its mines in Western Australia."
    assert "Rio Tinto" not in found_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Hawaii, the island state, braced for the storm on Sunday.", "Hawaii"),
    ("Malta, the island nation, held an election on Saturday.", "Malta"),
])
def test_an_island_noun_before_another_head_is_no_island_apposition(gaz, text, name):
    place = toponyms_by_name(gaz, text)[name].place
    assert place is not None and place.feature_code not in ("ISL", "ISLS")


def test_anglo_american_relations_name_both_countries(gaz):
    found = toponyms_by_name(gaz, "Anglo-American relations cooled after the summit in Ottawa.")
    assert "American" in found


def test_anglo_americans_are_an_identity_not_a_country(gaz):
    assert "Americans" not in found_names(gaz, "Anglo-Americans made up most of the town's early settlers.")


def test_anglo_american_written_apart_is_a_firm_s_name_not_a_country(gaz):
    text = "The furnaces were built for the miners Anglo American and Vale in northern Brazil."
    assert "American" not in found_names(gaz, text)


@pytest.mark.parametrize("text", [
    "Jo Kent, a graduate of Wesleyan, Ohio, spoke first.",
    "Jo Kent, author of Lonesome Dove, Texas, signed books.",
])
def test_a_role_s_of_takes_a_body_or_a_work_not_a_home_town(gaz, text):
    assert len(found_names(gaz, text)) == 1  # the state alone


def test_a_town_s_own_officer_s_of_still_takes_the_unknown_town(gaz):
    assert "Quillmoor" in found_names(gaz, "The mayor of Quillmoor, Kan., spoke first.")


def test_a_nation_s_people_s_state_is_the_nation(gaz):
    place = toponyms_by_name(gaz, "The Somali state collapsed in 1991.")["Somali"].place
    assert place is not None and place.country_code == "SO"


def test_a_people_without_a_nation_names_its_state(gaz):
    place = toponyms_by_name(gaz, "Troops moved into Kachin state on Monday.")["Kachin"].place
    assert place is not None and (place.country_code, place.feature_code) == ("MM", "ADM1")


@pytest.mark.parametrize("text, name, a1", [
    ("In Denver, Virginia told reporters the plan had failed.", "Denver", "Colorado"),
    ("At Houston, Indiana beat the Cougars 72-60 on Saturday.", "Houston", "Texas"),
])
def test_a_state_s_name_opening_the_next_clause_holds_no_town(gaz, text, name, a1):
    place = toponyms_by_name(gaz, text)[name].place
    assert place is not None and place.admin1 == a1


@pytest.mark.parametrize("text", [
    "Nokia, the country's biggest company, cut jobs in Espoo, Finland.",
    "Nokia, the state-run company, cut jobs in Espoo, Finland.",
])
def test_a_firm_apposition_may_open_with_a_word_joined_to_a_place_noun(gaz, text):
    assert "Nokia" not in found_names(gaz, text)


def test_a_one_word_town_named_like_an_office_s_subject_is_still_a_home_town(gaz):
    assert "Security" in found_names(gaz, "Dana Ruiz, 30, of Security, Colo., was hurt in the crash.")
