"""Recognition traps on the bundled gazetteer: people who share a town's name, words that are towns,
institutions, datelines inside a line, and lists of divisions."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse



def names(gaz, text) -> list[str]:
    return [t.text for t in geoparse(gaz, text) if t.cue != "demonym"]


@pytest.mark.parametrize("text,person", [
    ("The team won, said wrestling coach Darren Ripley. Ripley praised the seniors.", "Ripley"),
    ("Police arrested Matthew D. Flores on Friday. Flores was released on bail.", "Flores"),
    ("Jason Terrell Jones, 23, was charged. Jones told deputies he was at home.", "Jones"),
    ("Historians read letters written to Abraham Lincoln. Lincoln answered few of them.", "Lincoln"),
])
def test_a_surname_that_is_also_a_town_is_read_as_the_person(gaz, text, person):
    assert person not in names(gaz, text)


def test_the_same_word_with_a_firm_place_cue_is_still_a_place(gaz):
    found = names(gaz, "Coach Darren Ripley grew up in Ripley, Tennessee.")
    assert found.count("Ripley") == 1 and "Tennessee" in found


def test_institutions_and_words_the_text_also_writes_in_lower_case_are_not_towns(gaz):
    text = "She studied at University and worked for the State. The flu season began; Flu clinics opened."
    assert names(gaz, text) == []


def test_a_dateline_after_a_headline_on_the_same_line(gaz):
    text = "Volunteers clean the river. CHARLESTON, W.Va. - Dozens of volunteers gathered on Saturday."
    found = {t.text: t for t in geoparse(gaz, text)}
    assert found["CHARLESTON"].cue == "dateline" and found["CHARLESTON"].place.admin1 == "West Virginia"


def test_a_town_in_an_office_or_club_name_is_kept_as_an_embedded_name(gaz):
    found = {t.text: t for t in geoparse(gaz, "The Butler County Auditor said the Concord Police would help.")}
    assert found["Butler County"].locational is False and found["Butler County"].cue == "embedded"
    assert found["Butler County"].place.feature_code == "ADM2"


def test_a_list_of_states_is_not_read_as_towns_inside_each_other(gaz):
    text = "Cases were reported in Idaho, Maine, Montana and Vermont."
    found = {t.text: t.place for t in geoparse(gaz, text)}
    assert {p.feature_code for p in found.values()} == {"ADM1"}


def test_dotted_state_abbreviations_after_a_place_cue_or_a_party_letter(gaz):
    found = {t.text: t for t in geoparse(gaz, "The museum opens in S.C. today, said Rep. Jane Roe, D-Ky.")}
    assert found["S.C."].place.name == "South Carolina" and found["S.C."].locational
    assert found["Ky."].place.name == "Kentucky" and found["Ky."].locational is False  # her state, not a venue
    assert "IN" not in {t.text for t in geoparse(gaz, "He moved to IN last year.")}  # a bare code needs "Town, "


def test_australian_states_by_their_usual_short_names(gaz):
    found = {t.text: t.place for t in geoparse(gaz, "Floods hit NSW and Qld on Monday.")}
    assert found["NSW"].name == "New South Wales" and found["Qld"].name == "Queensland"


@pytest.mark.parametrize("text,town", [
    ("Mortars fell on the southern neighbourhoods of Saraqib overnight.", "Saraqib"),
    ("Fighting spread to the eastern districts of Ariha by noon.", "Ariha"),
    ("Drones circled over the western edges of Kafranbel.", "Kafranbel"),
])
def test_a_small_town_after_a_plural_part_of_a_place_is_still_a_place(gaz, text, town):
    assert town in names(gaz, text)
