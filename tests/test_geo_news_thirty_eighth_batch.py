"""Rules found by the news probe's thirty-eighth batch (local papers of the LGL kind from Wyoming, Montana,
Kansas, Oklahoma, New Mexico, Massachusetts, Connecticut, Florida, Washington, South Dakota, Utah, Maryland and
Georgia, and shire and district papers from the Northern Territory, Prince Edward Island, Cornwall, Kerry,
Otago, KwaZulu-Natal and Odisha).

Each is a rule a reader applies to any local paper: a name listed beside a town of the dateline's state ("between
Havre and Malta" under a Montana dateline) is that state's town, not the country or the province abroad that
shares its name, where the gazetteer holds one there; a three-letter town opening a dateline is a town before an
abbreviated state ("ADA, Okla. —") as before a state written in full; a county or a parish that opens or closes
what it runs ("opened its fairground buildings", "closed 14 roads") is its government, as one that pays or
approves is, and so is any council that gives a sum ("the city of X will add $150,000").

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str, str | None]:
    t = toponym(gaz, text, name)
    return t.place.country_code, t.place.admin1


# -- a name listed beside a town of the dateline's state ------------------------------------------------------------

def test_a_country_named_town_listed_beside_an_in_state_town_is_the_states_town(gaz):
    text = "GLASGOW, Mont. — Drifts shut the highway between Havre and Malta on Tuesday, the patrol said."
    assert _where(gaz, text, "Malta") == ("US", "Montana")


def test_a_foreign_provinces_namesake_in_a_list_of_the_states_towns_is_the_town(gaz):
    text = "HAYS, Kan. — Families from Ellis and Victoria drove in for the county fair on Saturday."
    assert _where(gaz, text, "Victoria") == ("US", "Kansas")


def test_a_list_of_countries_keeps_its_country_under_a_state_dateline(gaz):
    # The list's other member is a country, not a town of the state: nothing ties the name to Montana.
    text = "HAVRE, Mont. — The ranch ships beef to Japan and Malta every spring, its owner said."
    assert _where(gaz, text, "Malta")[0] == "MT"


def test_a_name_not_listed_with_a_state_town_keeps_its_reading(gaz):
    # Havre and Malta are in different clauses: no list joins them.
    text = "HAVRE, Mont. — The couple married in Havre in 1990. They spent their honeymoon in Malta."
    assert _where(gaz, text, "Malta")[0] == "MT"


def test_a_world_city_listed_beside_the_papers_town_stays_the_city(gaz):
    text = "AUSTIN, Texas — The quartet has played in Austin and Paris this year and tours Japan next."
    assert _where(gaz, text, "Paris")[0] == "FR"


def test_a_flown_route_from_a_state_town_keeps_its_country(gaz):
    text = "BILLINGS, Mont. — A charter firm will run flights between Billings and Malta for a church group."
    assert _where(gaz, text, "Malta")[0] == "MT"


def test_a_bare_dateline_moves_no_listed_name(gaz):
    from eventwatch.geo.state_list_peers import dateline_state

    # Without its state written the dateline sets no state firmly enough to move a listed name.
    from eventwatch.geo.recognise import Recogniser
    from eventwatch.geo.resolve import Resolver

    text = "HAVRE — Drifts shut the highway between Havre and Chinook on Tuesday."
    spans = Recogniser(gaz).recognise(text)
    assert dateline_state(text, spans, Resolver(gaz).resolve(spans, text=text)) is None


# -- a three-letter dateline town before an abbreviated state -------------------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("ADA, Okla. — The school board met Monday night to weigh a bond issue.", "Oklahoma"),
    ("ADA, Okla. (AP) — A grain elevator burned Friday.", "Oklahoma"),
    ("ELY, Nev. — A copper mine will hire 200 workers, its owners said.", "Nevada"),
])
def test_a_short_dateline_town_before_an_abbreviated_state_is_the_town(gaz, text, state):
    first = text.split(",")[0]
    assert _where(gaz, text, first) == ("US", state)


def test_a_three_letter_acronym_mid_sentence_stays_no_place(gaz):
    text = "Under the ADA, Okla. employers must make room for wheelchairs, the lawyer said."
    assert "ADA" not in found_names(gaz, text)


# -- a county that runs what it opens and closes; a council that gives a sum ---------------------------------------

def test_a_county_that_opens_its_buildings_is_its_government(gaz):
    text = "SIDNEY, Mont. — Richland County opened its fairground barns to stranded drivers overnight."
    assert "Richland County" not in locational_names(gaz, text)


def test_a_list_of_counties_shares_the_verb_it_closes_with(gaz):
    text = "PIERRE, S.D. — Hughes County and Stanley County closed their landfills after the storm."
    names = locational_names(gaz, text)
    assert "Hughes County" not in names and "Stanley County" not in names


def test_a_county_that_closed_a_count_of_roads_is_its_government(gaz):
    text = "OAKLAND, Md. — Garrett County closed 22 roads on Sunday as snow piled up."
    assert "Garrett County" not in locational_names(gaz, text)


def test_a_county_where_something_closes_or_that_is_closed_stays_the_ground(gaz):
    text = "A crash closed two lanes in Garrett County on Sunday, and Allegany County was closed to trucks."
    names = locational_names(gaz, text)
    assert "Garrett County" in names and "Allegany County" in names


def test_a_town_that_closes_a_season_stays_the_ground(gaz):
    # Only counties and parishes are read for opening and closing: a town there is as often a team or the ground.
    text = "GLENDIVE, Mont. — Glendive closed the season with a win over Miles City on Friday."
    assert "Miles City" in locational_names(gaz, text)


def test_a_town_council_that_gives_a_sum_is_the_council(gaz):
    text = "CODY, Wyo. — The county will pay $400,000, and the city of Powell will add $90,000 from its reserves."
    assert "Powell" not in locational_names(gaz, text)


def test_a_town_that_adds_something_other_than_a_sum_stays_the_ground(gaz):
    text = "CODY, Wyo. — Tourists added a stop in Powell to their route, and Powell added a second rodeo night."
    assert "Powell" in locational_names(gaz, text)


# -- what stays wrong -----------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason=(
    "a word first read as a person's surname ('deputy mayor Jim Palmerston said') is kept from the places even "
    "where a list after 'Residents of' names it again beside a town; geo/persons.py reads the later bare word as "
    "the same person, and nothing yet weighs a place cue on the list against the surname"))
def test_a_town_named_like_a_person_of_the_story_is_a_town_in_a_list_of_places(gaz):
    text = ("Visitors stop at the beach on the way north, deputy mayor Jim Palmerston said. Residents of Hampden "
            "and Palmerston asked for money for their own beaches.")
    assert "Palmerston" in locational_names(gaz, text)
