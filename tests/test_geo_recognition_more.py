"""Recognition in news style: state abbreviations after a town, names inside organisations' names, and a
town named with the division that holds it."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse



def places(gaz, text) -> dict[str, tuple]:
    """Locational names found, with the feature code and country of the place each resolved to."""
    return {t.text: (t.place.feature_code, t.place.country_code) if t.place else None
            for t in geoparse(gaz, text) if t.locational}


def actors(gaz, text) -> list[str]:
    return [t.text for t in geoparse(gaz, text) if not t.locational]


@pytest.mark.parametrize("text,abbreviation", [
    ("The boat sank near his house in Metairie, La., on Sunday night.", "La."),  # "La" is also an article
    ("The family drove to Dothan, Ala. A search began the next morning.", "Ala."),  # a period ends the sentence
    ("Crews were sent to Roanoke, Va. Nobody was hurt in the fire.", "Va."),
    ("The Fulton County (Ga.) Sheriff's Office released the photo.", "Ga."),  # in brackets after a county
])
def test_a_state_abbreviation_after_a_town_is_the_state(gaz, text, abbreviation):
    found = places(gaz, text)
    assert found.get(abbreviation) == ("ADM1", "US")


def test_a_capitalised_word_after_an_abbreviation_is_not_read_into_a_loose_name(gaz):
    found = places(gaz, "The family drove to Dothan, Ala. An alert went out on Monday.")
    assert "Ala. An" not in found


@pytest.mark.parametrize("text,country", [
    ("Passengers stranded by Air Namibia waited two days for seats.", "Namibia"),
    ("Grants from Invest Kenya were paid out on Monday.", "Kenya"),
])
def test_a_country_closing_an_organisations_name_is_not_where_anything_happened(gaz, text, country):
    assert country not in places(gaz, text)
    assert country in actors(gaz, text)


def test_a_country_after_a_sentence_opening_word_is_still_a_place(gaz):
    assert "Norway" in places(gaz, "Trade grew in March. And Norway was among the buyers.")


@pytest.mark.parametrize("text,name", [
    ("The Kerry County Council approved the road plan on Tuesday.", "Kerry"),
    ("Ohio State Police closed the highway after the crash.", "Ohio"),
])
def test_a_division_word_opening_an_institution_makes_the_name_the_institutions(gaz, text, name):
    assert name not in places(gaz, text)
    assert name in actors(gaz, text)


def test_a_division_word_alone_still_makes_a_place(gaz):
    # The designator closes the division's name ("Murang'a County", "Kerry County"): one place, Irish.
    assert places(gaz, "Heavy rain flooded farms in Kerry County on Tuesday.") == {"Kerry County": ("ADM2", "IE")}


def test_a_town_and_the_county_holding_it_vouch_for_each_other(gaz):
    found = places(gaz, "Round three: Wymondham, Norfolk. Round four: Brackley, Northamptonshire.")
    assert found.get("Norfolk") == ("ADM2", "GB")
    assert found.get("Wymondham", (None, None))[1] == "GB"


@pytest.mark.parametrize("text,name", [
    ("Officers of the New Zealand Police Service met on Monday.", "New Zealand"),  # several words, then an institution
    ("Drivers are wanted by North Western Ambulance Service this winter.", "Western"),  # after a capitalised direction
])
def test_a_name_opening_an_institutions_name_is_part_of_it(gaz, text, name):
    assert name not in places(gaz, text)


@pytest.mark.parametrize("text,person", [
    ("The girl was left alone while her father Damascus slept.", "Damascus"),  # kin named in lower case
    ("The mural is by the painter Carlos de Toledo, who lives abroad.", "Toledo"),  # given name, particle, surname
])
def test_kin_words_and_surname_particles_mark_a_person(gaz, text, person):
    assert person not in places(gaz, text)


def test_in_before_a_possessive_governs_the_possessed_noun_not_a_loosely_spelt_name(gaz):
    assert places(gaz, "Farmers voted in Modi's name at the last election.") == {}


def test_in_before_a_possessive_keeps_a_known_town(gaz):
    assert "Saraqib" in places(gaz, "Shelling continued in Saraqib's eastern districts.")


def test_a_place_whose_possessive_is_followed_by_a_persons_full_name_is_a_team(gaz):
    assert "Notre Dame" not in places(gaz, "The lead changed when Notre Dame's Jessica Shepard scored.")
    assert "London" in places(gaz, "Trains left London's Victoria Station late.")
