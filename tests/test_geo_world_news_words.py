"""World, outbreak, business and sport copy: words that spell a place but name a disease, a climate pattern, a
firm, a club or a party to a deal, and oceans and rivers named short. The sentences are the project's own."""
from __future__ import annotations

from conftest import toponyms_by_name


def _read(gaz, text: str) -> dict:
    return {name: (t.locational, t.place.feature_code if t.place else None)
            for name, t in toponyms_by_name(gaz, text).items()}


# Diseases and climate patterns named for places (geo/named_things.py, false_places.yaml).

def test_a_disease_named_for_a_place_is_the_disease_even_after_in(gaz):
    read = _read(gaz, "Doctors in Recife reported a rise in Zika infections among pregnant women this month.")
    assert "Zika" not in read and read["Recife"][0]


def test_a_disease_written_with_disease_or_its_species_word_is_no_place(gaz):
    read = _read(gaz, "Three farmers near Sagar in Karnataka have died of Kyasanur Forest disease, and the lab "
                      "confirmed the Zaire ebolavirus in two samples from a clinic in Mbandaka.")
    assert not any(name.startswith(("Kyasanur", "Zaire")) for name in read)
    assert read["Mbandaka"][0]


def test_a_climate_pattern_named_like_a_town_is_the_pattern(gaz):
    read = _read(gaz, "Forecasters warned that El Niño could bring drought to farms around Bulawayo.")
    assert "El Niño" not in read and read["Bulawayo"][0]
    town = _read(gaz, "A fishing boat sank off El Niño, Baja California, on Tuesday.")
    assert town["El Niño"][0]


# Firms and clubs named for places.

def test_what_has_shares_is_a_firm(gaz):
    read = _read(gaz, "Shares of Delta fell 3% in New York after the airline cut its forecast.")
    assert "Delta" not in read and read["New York"][0]


def test_a_registered_clubs_full_name_is_the_club_in_a_story_with_a_word_of_sport(gaz):
    read = _read(gaz, "Investors from Abu Dhabi bought stakes in Leicester City, whose striker was sold last "
                      "year, and in a port near Liverpool.")
    assert read["Leicester"][0] is False and read["Liverpool"][0]
    council = _read(gaz, "Members of Leicester City Council met in Leicester on Monday to set the budget.")
    assert council["Leicester"][0]


def test_a_clubs_word_that_spells_another_place_is_the_clubs_too(gaz):
    # "Phoenix" in a club's registered name is no Arizona city, in any order the sides are named.
    read = _read(gaz, "Fans cheered as Wellington Phoenix won the away match 2-0 in Gosford on Sunday.")
    # (the word is dropped from the toponyms, geo/registered_clubs.py `club_word_places`, or kept as no place)
    assert read["Wellington"][0] is False and read.get("Phoenix", (False,))[0] is False and read["Gosford"][0]
    read = _read(gaz, "In the second match of the round, Brisbane Roar beat Wellington Phoenix 3-1 at home.")
    assert read.get("Phoenix", (False,))[0] is False


def test_a_side_after_a_result_and_its_score_is_the_team(gaz):
    read = _read(gaz, "In Rome, Italy lost 20-18 to Scotland after a late penalty, and Wales beat France 25-9.")
    assert read["Scotland"][0] is False and read["Rome"][0]


# Countries as parties to deals (associative.yaml relation_objects).

def test_a_country_a_deal_is_signed_with_is_a_party_not_a_place(gaz):
    read = _read(gaz, "Ministers in Lisbon will discuss deals with Ghana and Gambia like those signed with "
                      "Morocco last year.")
    assert not any(read[name][0] for name in ("Ghana", "Gambia", "Morocco")) and read["Lisbon"][0]


# Oceans and rivers named short.

def test_an_ocean_named_by_its_adjective_after_the_is_the_ocean(gaz):
    read = _read(gaz, "The cargo ship crossed the Atlantic in nine days before docking at Halifax.")
    assert read["Atlantic"] == (True, "OCN")
    council = _read(gaz, "A fellow at the Atlantic Council in Washington said the plan would fail.")
    assert "Atlantic" not in council or not council["Atlantic"][0]


def test_names_listed_before_one_plural_rivers_are_each_a_river(gaz):
    read = _read(gaz, "Irrigators near Griffith said inflows to the Murray and Murrumbidgee rivers had fallen "
                      "to their lowest in a decade.")
    assert read["Murray"] == (True, "STM") and read["Murrumbidgee"] == (True, "STM")


def test_a_town_that_offered_a_site_is_its_council(gaz):
    read = _read(gaz, "SUSSEX, N.B. — The dairy said Hampton had offered land for the plant, but the site beside "
                      "the highway in Sussex won out.")
    assert "Hampton" not in read or not read["Hampton"][0]
    assert read["Sussex"][0]


def test_a_clubs_name_after_a_trip_or_a_venue_word_stays_the_ground(gaz):
    read = _read(gaz, "The Bristol side face a long trip to Leicester City on Saturday after a draw at home.")
    assert read["Leicester"][0]
