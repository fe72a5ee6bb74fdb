"""Tokenising for the geoparser: every word keeps its exact span, possessives and hyphens are read the same
whichever way the words are found, and folding takes the short road for plain ASCII without changing a key."""
from __future__ import annotations

import pytest

from eventwatch.geo.normalise import fold_token, normalise, tokenize
from eventwatch.geo.recognise import capitalised


@pytest.mark.parametrize("text", [
    "Shelling hit Kafr Zita and al-Lataminah on Tuesday, officials said.",
    "  leading spaces, trailing punctuation!!",
    "Newcastle-under-Lyme's council met in Stoke-on-Trent.",
    "Ma'arrat an-Nu'man — 12 km south of the town – was struck.",
    "قصف على مدينة إدلب، وقتل ٣ أشخاص",
    "",
    "...",
])
def test_every_token_maps_back_to_its_exact_characters(text):
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)


def test_a_possessive_is_cut_from_the_word_and_its_span():
    [russia, army] = tokenize("Russia's army")
    assert (russia.text, russia.start, russia.end, russia.norm) == ("Russia", 0, 6, "russia")
    assert army.text == "army" and army.start == 9


def test_a_hyphen_joins_a_word_to_the_next_only_when_it_is_all_that_separates_them():
    words = tokenize("Newcastle-under-Lyme")
    assert [t.hyphen_after for t in words] == [True, True, False]
    assert [t.hyphen_after for t in tokenize("Idlib - Aleppo")] == [False, False]
    assert [t.hyphen_after for t in tokenize("Idlib -Aleppo")] == [False, False]
    assert [t.hyphen_after for t in tokenize("Idlib–Aleppo road")] == [True, False, False]  # an en dash joins too
    assert [t.hyphen_after for t in tokenize("a hyphen at the end-")] == [False] * 5
    assert [t.hyphen_after for t in tokenize("end-_x")] == [False, False]  # an underscore starts no word


def test_a_word_that_lost_its_possessive_is_joined_to_nothing():
    assert [t.hyphen_after for t in tokenize("Syria's-backed")] == [False, False]


@pytest.mark.parametrize("word, folded", [
    ("Aleppo", "aleppo"), ("Ma'arrat", "maarrat"), ("O`Neil", "oneil"), ("ALEPPO", "aleppo"), ("42", "42"),
    ("Ḩamāh", "hamah"), ("Ma’arrat", "maarrat"), ("Łódź", "lodz"), ("Straße", "strasse"),
])
def test_folding_drops_case_marks_and_apostrophes(word, folded):
    assert fold_token(word) == folded


def test_names_fold_the_same_written_plainly_or_with_marks():
    assert normalise("Ma'arrat al-Nu'man") == normalise("Maʿarrat al-Nuʿman") == "maarrat al numan"


@pytest.mark.parametrize("word, written_as_name", [
    ("Aleppo", True), ("eThekwini", True), ("uMgungundlovu", True), ("syria", False), ("42", False),
    ("ALEPPO", True), ("aLEPPO", False), ("", False),
])
def test_a_word_is_written_as_a_name_by_its_capital_or_a_prefixed_stem(word, written_as_name):
    assert capitalised(word) is written_as_name
