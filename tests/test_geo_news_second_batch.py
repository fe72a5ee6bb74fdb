"""General errors the news probe's second batch (unseen Canadian/UK local, Indian, African, wire, financial and
disaster stories) found, each pinned with sentences of its own kind written for these tests.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import Gazetteer, geoparse


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


def _found(gazetteer, text: str) -> dict[str, object]:
    return {t.text: t for t in geoparse(gazetteer, text)}


# A locating adjective ("neighbouring", "northern") between a preposition and a name leaves the name the
# preposition's object: the verb after it has another subject.

@pytest.mark.parametrize("text, name", [
    ("Farmers in neighbouring Cusco say dust from the trucks has ruined their maize.", "Cusco"),
    ("Families in neighbouring Bolivia say the river has dried up.", "Bolivia"),
    ("Herders from northern Uganda say the water points are dry.", "Uganda"),
])
def test_a_name_after_a_preposition_and_a_locating_adjective_stays_a_place(gazetteer, text, name):
    assert _found(gazetteer, text)[name].locational is True


@pytest.mark.parametrize("text, name", [
    ("Relations with neighbouring Pakistan have worsened.", "Pakistan"),
    ("Neighbouring Uruguay sent helicopters and water purification units.", "Uruguay"),
])
def test_a_party_to_relations_or_a_state_acting_stays_its_government(gazetteer, text, name):
    assert _found(gazetteer, text)[name].locational is False


# Two one-word town names side by side with nothing between them but a space are one firm's or person's name.

def test_two_bare_town_names_in_a_row_are_a_firms_name(gazetteer):
    found = _found(gazetteer, "Analysts said Wells Fargo would close 40 branches in Ohio next year.")
    assert "Wells" not in found and "Fargo" not in found
    assert found["Ohio"].locational is True


def test_a_town_before_a_facility_word_or_a_region_is_left_alone(gazetteer):
    found = _found(gazetteer, "Boats at the Hammond Marina were moved before the storm reached Indiana.")
    assert "Hammond" in found
    assert "Indiana" in found


def test_towns_joined_by_words_are_each_a_place(gazetteer):
    found = _found(gazetteer, "The bus ran from Dallas to Houston and back on Monday.")
    assert {"Dallas", "Houston"} <= set(found)


# A lower-case class prefix before a capital ("eThekwini", "uMhlathuze") still writes a name.

def test_a_name_with_a_lower_case_prefix_is_read(gazetteer):
    found = _found(gazetteer, "Storm damage was worst in eThekwini, where roads were washed away.")
    place = found["eThekwini"].place
    assert place is not None and place.country_code == "ZA"


def test_a_brand_with_a_lower_case_prefix_is_no_place(gazetteer):
    found = _found(gazetteer, "She bought an iPhone and an eBook reader in Leeds.")
    assert set(found) == {"Leeds"}


# A capitalised compass word between a name and a lower-case division word closes the part's name.

@pytest.mark.parametrize("text, span", [
    ("Cattle died in Marsabit and Turkana North sub-counties last week.", "Turkana North"),
    ("Police said two people were hurt in Kisumu East constituency.", "Kisumu East"),
])
def test_a_compass_word_before_a_division_word_joins_the_name(gazetteer, text, span):
    found = _found(gazetteer, text)
    assert span in found and found[span].locational is True


def test_a_compass_word_without_a_division_word_is_left_outside_the_name(gazetteer):
    # "Columbus North" is as often a school or a team as a township.
    found = _found(gazetteer, "He scored twice for Columbus North on Friday night.")
    assert "Columbus North" not in found


# A division's capitalised designator ("Region", "Governorate") is part of its name.

@pytest.mark.parametrize("text, span, country", [
    ("Floods displaced 3,000 people in the Volta Region on Sunday, officials said.", "Volta Region", "GH"),
    ("Shelling hit three villages in Idlib Governorate overnight.", "Idlib Governorate", "SY"),
])
def test_a_capitalised_designator_joins_the_divisions_name(gazetteer, text, span, country):
    found = _found(gazetteer, text)
    assert span in found
    assert found[span].place is not None and found[span].place.country_code == country


def test_a_designator_opening_an_institutions_name_or_a_universitys_is_left_out(gazetteer):
    assert "Volta Region" not in _found(gazetteer, "The Volta Region Police Command confirmed the arrests.")
    assert "Michigan State" not in _found(gazetteer, "Duke plays Michigan State tonight in the tournament.")
