"""Rules found by the news probe's thirtieth batch (US small-town papers of the LGL kind from the states the probe
held least, full of people, firms, ships and teams named like places, with Ontario, Shropshire, County Clare,
New South Wales and Tasman local news).

Each is a rule a reader applies to any paper: a country's name that the story gives a person as a surname,
after a given name ("Marcus Jordan") or before an age ("Holland, 39,"), is that person wherever it stands bare
with no place cue, while "moved to Jordan" stays the country; a ship's name after a lower-case word for a
vessel ("the ferry Columbia") is the ship, and so is the same name after "the" later in the story; a country's
name opening a sentence where the story also writes the word in lower case ("Chile growers" beside "green
chile") is the word; "in Nelson and Motueka" lists two places, whoever else is called Nelson; and a town the
story has used for its team is the town again where an apposition calls it one ("Harrisburg, a fast-growing
suburb").

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import found_names, locational_names, toponym

from eventwatch.geo import geoparse
from eventwatch.geo.country_surnames import country_as_surname
from eventwatch.geo.vessel_names import vessel_names

_GIVEN = frozenset({"marcus", "charlotte", "ann"})


# -- a country's name given to a person ---------------------------------------------------------------------------

def test_a_country_name_after_a_given_name_is_a_surname():
    assert country_as_surname("The coach, Marcus Jordan, retired.", "Jordan", _GIVEN)


def test_a_country_name_before_an_age_is_a_surname():
    assert country_as_surname("Holland, 39, ran a market for six years.", "Holland", _GIVEN)


def test_a_country_name_after_an_unlisted_capitalised_word_is_no_surname():
    assert not country_as_surname("Trade with Hashemite Jordan grew.", "Jordan", _GIVEN)


def test_a_bare_country_name_that_the_story_gives_a_coach_is_the_coach(gaz):
    text = ("OGDEN, Utah — The girls' basketball coach, Marcus Jordan, will retire in June. Jordan, who grew up in "
            "Logan, won two titles at the school.")
    assert "Jordan" not in found_names(gaz, text)
    assert "Logan" in locational_names(gaz, text)


def test_a_country_name_before_an_age_is_the_person_it_names(gaz):
    text = ("PETOSKEY, Mich. — Charlotte Holland will run the summer festival. Holland, 39, managed a farmers "
            "market in Cadillac for six years.")
    assert "Holland" not in found_names(gaz, text)


def test_a_country_with_a_place_cue_stays_the_country_beside_a_namesake_person(gaz):
    text = ("Marcus Jordan, a coach from Provo, spent two summers teaching in Jordan before he returned to Utah.")
    assert toponym(gaz, text, "Jordan").locational


def test_a_country_without_a_person_of_its_name_stays_the_country(gaz):
    text = "Jordan, which borders Syria, has taken in more refugees this year, aid groups said."
    assert "Jordan" in found_names(gaz, text)


# -- ships named like places ------------------------------------------------------------------------------------

def test_the_name_after_a_word_for_a_vessel_is_the_vessels():
    assert vessel_names("The ferry Columbia sails at noon; the tug Hudson follows.") >= {"Columbia", "Hudson"}


def test_a_ferry_named_for_a_place_is_no_place(gaz):
    text = ("SITKA, Alaska — The ferry Columbia returns to service next month after repairs in Ketchikan. While "
            "the Columbia was in dry dock, a smaller ship covered the run to Juneau.")
    names = found_names(gaz, text)
    assert "Columbia" not in names
    assert {"Ketchikan", "Juneau"} <= set(locational_names(gaz, text))


def test_a_ferry_route_to_a_place_keeps_the_place(gaz):
    text = "The ferry to Victoria leaves Port Angeles, Wash., twice a day in summer."
    assert "Victoria" in locational_names(gaz, text)


# -- a country's name that opens a sentence as a common word --------------------------------------------------------

def test_a_country_name_opening_a_sentence_is_the_word_the_story_writes_in_lower_case(gaz):
    text = ("HATCH, N.M. — Chile growers expect a small harvest this year. Roasters in Deming said green chile "
            "prices could rise.")
    assert "Chile" not in found_names(gaz, text)
    assert "Deming" in locational_names(gaz, text)


def test_a_country_name_with_a_place_cue_stays_the_country_beside_the_word(gaz):
    text = "Growers in Chile picked early. Roasters said green chile prices could rise."
    assert "Chile" in locational_names(gaz, text)


# -- a list of places after "in" -----------------------------------------------------------------------------------

def test_two_names_joined_by_and_after_in_are_places_whoever_shares_the_first(gaz):
    text = ("Trust chairman Nelson Reid said most riders were visitors staying in Nelson and Motueka, on New "
            "Zealand's South Island.")
    assert "Motueka" in locational_names(gaz, text)


# -- a team's town called a town ----------------------------------------------------------------------------------

def test_a_town_used_for_its_team_is_the_town_where_an_apposition_calls_it_one(gaz):
    text = ("SIOUX FALLS, S.D. — Harrisburg beat Yankton 61-57 on Saturday to win the Class AA title. Harrisburg, "
            "a fast-growing suburb south of Sioux Falls, opened its high school in 2006.")
    uses = [t for t in geoparse(gaz, text) if t.text == "Harrisburg"]
    side = text.index("Harrisburg beat")
    town = text.index("Harrisburg, a")
    assert all(not t.locational for t in uses if t.start == side)  # the side (returned or not) is no place
    assert [t.locational for t in uses if t.start == town] == [True]
