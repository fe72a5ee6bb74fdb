"""Ordinary words and group names that only a loose spelling reads as a foreign town are no places
(geo/loose_words.py), nor are the common words of a ministry's portfolio (geo/portfolio_lists.py)."""
from __future__ import annotations

import pytest

from conftest import found_names, toponym


@pytest.mark.parametrize("text, word", [
    # "Navy" ~ Novy: a common word after "into" is the service, not a loose spelling of a Russian village
    ("In all 9,000 recruits had been taken into the Navy, Ghanaian Army and Ghanaian Air Force.", "Navy"),
    # a plural possessive names a team or a people: "the Blues'" ~ Volos
    ("Ortiz scored twice in the Blues' 3-1 win over Hull on Saturday.", "Blues"),
    ("Cholera was reported at the Displaced Peoples' shelter outside Kano.", "Peoples"),
])
def test_a_word_only_loosely_spelled_as_a_town_is_no_place(gaz, text, word):
    assert word not in found_names(gaz, text)


def test_a_place_loosely_spelled_after_a_cue_is_still_read(gaz):
    # a transliterated village the gazetteer spells otherwise stays a place (no English word, no possessive)
    t = toponym(gaz, "Shells hit the villages of Foua and Kefraya in Idlib province on Monday.", "Foua")
    assert t.locational


@pytest.mark.parametrize("text, word", [
    ("The fair was opened by the Minister of Skills, Enterprise and Innovation, Ms Ada Reyes.", "Enterprise"),
    ("The Department of Commerce, Enterprise and Labour said exports rose.", "Enterprise"),
])
def test_a_common_word_in_a_ministrys_portfolio_is_no_place(gaz, text, word):
    assert word not in found_names(gaz, text)


def test_a_country_after_a_portfolio_keeps_its_reading(gaz):
    t = toponym(gaz, "The Minister of Tourism and Enterprise in Kenya said visitor numbers rose.", "Kenya")
    assert t.place is not None and t.place.country_code == "KE"


@pytest.mark.parametrize("text", [
    "The bill passed the US Senate on Tuesday after a long debate.",
    "She served four years as US Secretary of State before retiring.",
])
def test_a_country_code_in_capitals_before_a_title_is_the_country_not_an_article(gaz, text):
    # "US" spells the Arabic article "us-" before an s; in capitals before "Senate" it is the country's code,
    # kept inside the body's name (not where anything happened)
    t = toponym(gaz, text, "US")
    assert t.place is not None and t.place.country_code == "US" and not t.locational


def test_an_arabic_article_before_its_sun_letter_still_opens_a_name(gaz):
    t = toponym(gaz, "Shelling hit As Suwayda on Monday, the monitor said.", "As Suwayda")
    assert t.place is not None and t.place.country_code == "SY"


@pytest.mark.parametrize("text, word", [
    # a loose spelling inside a longer capitalised name: a songbook's title
    ("The choir closed with two hymns from the Great Northern Hymnal.", "Great"),
])
def test_a_loose_spelling_inside_a_longer_name_is_no_place(gaz, text, word):
    assert word not in found_names(gaz, text)


@pytest.mark.parametrize("text", [
    "Shelling hit Brovaria Monday, officials said.",
    "Shelling hit Brovaria on Monday, officials said.",
])
def test_a_weekday_after_a_loose_spelling_opens_no_longer_name(gaz, text):
    # a weekday (or a month, or a common word) is capitalised on its own: the transliteration still reads
    t = toponym(gaz, text, "Brovaria")
    assert t.place is not None and t.place.country_code == "UA"
