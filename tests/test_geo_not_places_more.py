"""More names that spell a place but are no place: a person the document keeps taking up with "he" or "his",
a deity, a people or a culture, and an English word inside a longer capitalised name; and the same words
written as places, which must stay places. Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo.false_places import load_false_place_words
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.persons import pronoun_referents


def recognised(rec, text: str) -> list[str]:
    """Every name the recogniser returns, places inside other names included (all are scored as returned)."""
    return [text[s.start : s.end] for s in rec.recognise(text)]


@pytest.fixture(scope="module")
def cues():
    return load_cues()


# -- a person the document takes up with personal pronouns -------------------------------------------------------

def test_a_name_taken_up_by_he_or_his_in_two_sentences_is_a_person(cues):
    text = ("Later the tall Lincoln, wearing his grey coat, waved to the crowd. How did Lincoln earn his "
            "nickname? Lincoln wrote letters.")
    assert "lincoln" in pronoun_referents(text, tokenize(text), cues)


def test_one_sentence_with_a_pronoun_is_not_enough(cues):
    text = "After Oakdale his career took off. Oakdale is a quiet town."
    assert "oakdale" not in pronoun_referents(text, tokenize(text), cues)


def test_a_pronoun_attributing_a_quote_says_nothing_of_the_name(cues):
    text = "Lincoln was calm, he said. Lincoln stayed quiet, she told reporters."
    assert "lincoln" not in pronoun_referents(text, tokenize(text), cues)


def test_a_name_the_document_also_places_stays_a_place(cues):
    # "in Lincoln" and "of Hudson, Ohio, brought her dog": the document writes these as places.
    text = ("Lincoln, wearing his coat, spoke. How did Lincoln get his fame? Fighting reached streets in Lincoln. "
            "Jo Roe of Hudson, Ohio, brought her dog. Ann Poe of Akron, Ohio, brought her cat.")
    found = pronoun_referents(text, tokenize(text), cues)
    assert "lincoln" not in found and "ohio" not in found


def test_bare_uses_of_the_person_are_dropped_but_a_place_cue_keeps_the_town(rec):
    person = ("Lincoln visited the troops. Later the tall Lincoln, wearing his hat, waved. How did Lincoln get "
              "his fame? Lincoln wrote letters.")
    assert "Lincoln" not in recognised(rec, person)
    town = "Fighting reached Lincoln on Monday. Residents of Lincoln fled the shelling."
    assert recognised(rec, town).count("Lincoln") == 2


# -- deities, peoples and cultures ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "She was a firm believer in God and prayed each morning in Dallas.",
    "They said it was all part of God's plan, the pastor in Dallas said.",
])
def test_god_is_no_town(rec, text):
    found = recognised(rec, text)
    assert "God" not in found and "Dallas" in found


def test_a_people_or_a_culture_is_no_town_and_neither_are_its_later_mentions(rec):
    text = ("The Adena people built burial mounds across the valley. The museum shows the Adena Culture's tools. "
            "The Adena buried their dead with shells. Visitors came from Ohio.")
    found = recognised(rec, text)
    assert "Adena" not in found and "Ohio" in found


def test_a_town_named_like_a_people_stays_where_the_text_places_it(rec):
    text = "The Adena people built mounds. Flooding hit homes in Adena, Ohio, on Monday."
    assert "Adena" in recognised(rec, text)


def test_people_nouns_are_listed_in_lower_case():
    words = load_false_place_words()
    assert {"people", "culture", "tribe"} <= words.people_nouns
    assert "god" in words.deity_names


# -- an English word inside a longer capitalised name ---------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Parents met at the Oakdale Independent School District office in Texas on Monday.", "School"),
    ("Shoppers filled the Blue Heron Market District shop in Ohio.", "Market"),
    ("Members of the Riverbend Area Chamber met in Ohio.", "Area"),
])
def test_a_common_word_inside_a_longer_name_is_that_names_word(rec, text, word):
    found = recognised(rec, text)
    assert word not in found
    assert "Ohio" in found or "Texas" in found


@pytest.mark.parametrize("text, town", [
    ("Clashes in Man, western Ivory Coast, killed five.", "Man"),
    ("Gunmen attacked Enterprise, Alabama, on Sunday.", "Enterprise"),
    ("On Thursday the Concord Police searched two homes.", "Concord"),
])
def test_a_town_named_by_a_common_word_stays_a_place_where_the_text_places_it(rec, text, town):
    assert town in recognised(rec, text)


# -- diseases, transit lines, businesses and saints -----------------------------------------------------------

def test_a_disease_named_after_a_place_is_no_place_nor_are_its_bare_mentions(rec):
    text = ("Officials in Ohio confirmed two cases of West Nile virus on Monday. West Nile is spread by "
            "mosquitoes, they said.")
    found = recognised(rec, text)
    assert "West Nile" not in found and "Ohio" in found


def test_a_colour_before_line_is_a_transit_line(rec):
    found = recognised(rec, "Riders take the Orange line to Vienna, Virginia, each morning.")
    assert "Orange" not in found and "Vienna" in found


def test_a_business_named_by_a_given_name_and_a_possessive(rec):
    text = "Jo Roe of Roe Family Farms and Mary's Pies met Mary Pitman at the fair in Ohio."
    assert "Mary" not in recognised(rec, text)


def test_saint_after_a_church_title_ends_no_street(rec):
    text = "A painting of the Martyr of the Faith St. Agnes hangs in the hall."
    assert "Church St." not in recognised(rec, text)
    assert "Church St." in recognised(rec, "He lives at 12 Church St. in Oakdale, Ohio.")
