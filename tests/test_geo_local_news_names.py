"""Local news words that spell a place but are no place: "The City Council" (the municipal body, capitalised by
its sentence) and a person whose surname is a feature word ("Marla Hill, 24,"); and the same words written as
places, which must stay places. Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest


def recognised(rec, text: str) -> list[str]:
    """Every name the recogniser returns, places inside other names included (all are scored as returned)."""
    return [text[s.start : s.end] for s in rec.recognise(text)]


# -- "The City" opening a municipal body's name ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The City Council voted 6-1 on Monday to raise water rates in Brackley.",
    "BRACKLEY — The City Commission approved the budget on Tuesday.",
    "The City's Planning Board will meet in Brackley next week.",
])
def test_the_city_before_its_body_is_the_municipal_body_not_a_place(rec, text):
    names = recognised(rec, text)
    assert "The City" not in names
    assert any(n.upper() == "BRACKLEY" for n in names)


def test_the_city_of_a_town_leaves_the_town(rec):
    names = recognised(rec, "The City of Brackley has three tax districts.")
    assert "The City" not in names and "Brackley" in names


def test_the_city_alone_keeps_its_reading(rec):
    assert "The City" in recognised(rec, "The City has feared the loss of bankers to Frankfurt since the vote.")


# -- a surname that is a feature word ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Police found the body of Marla Hill, 24, inside her apartment in Brackley.", "Marla Hill"),
    ("Officers said Megan Hill, a spokeswoman, confirmed the arrest in Brackley.", "Megan Hill"),
    ("Susan Lake, a nurse at the clinic, gave evidence in Brackley.", "Susan Lake"),
])
def test_a_feature_name_given_an_age_a_role_or_a_voice_is_a_person(rec, text, name):
    names = recognised(rec, text)
    assert name not in names and "Brackley" in names


@pytest.mark.parametrize("text, name", [
    ("Hikers climbed Rose Hill near Brackley on Sunday.", "Rose Hill"),
    ("Boats sank in Crystal Lake, a popular spot near Brackley.", "Crystal Lake"),
])
def test_a_feature_name_without_a_person_formula_stays_a_place(rec, text, name):
    assert name in recognised(rec, text)


# -- a place word opening a person's full name ---------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The cyclist, Virginia T. Okafor, 52, was treated after the fall near Framingham.", "Virginia"),
    ("A landlord, Tanga Ruth Obi, 41, was fined in Framingham.", "Tanga"),
    ("Goalkeeper Vaughan Pryce, 16, said the final in Framingham was tense.", "Vaughan"),
])
def test_a_place_word_opening_a_name_with_an_initial_or_an_age_is_a_given_name(rec, text, name):
    names = recognised(rec, text)
    assert name not in names and "Framingham" in names


@pytest.mark.parametrize("text", [
    "Floods hit Virginia and the storm moved on to Framingham.",
    "He moved from Framingham to Virginia in 1990.",
])
def test_the_state_without_a_person_after_it_stays_a_place(rec, text):
    assert "Virginia" in recognised(rec, text)
