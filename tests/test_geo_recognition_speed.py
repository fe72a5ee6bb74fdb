"""Shortcuts the recogniser takes for speed read the same as the long way round. Every sentence here is
invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo.false_places import firm_name_opener, firm_name_openers, load_false_place_words
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.recognise import Recogniser
from eventwatch.geo.title_case import _title_case_tokens
from eventwatch.geo.town_phrases import division_phrase_after, surroundings_after

TEXTS = [
    "Shelling hit Maaret al-Numan and the countryside of Idlib on Tuesday, officials in Damascus said.",
    "Flooding closed roads between Dar es Salaam and Morogoro.\n\nStorm Damages Homes Around Flemington\n",
    "Kafr Nabl, Saraqib and Ariha were struck; the St. Louis County sheriff and T&T officials met in New York.",
    "",
    "   \n\n",
]


def _full_iteration(automaton, skel, start_at, end_at) -> dict:
    """Every key the automaton finds anywhere in the skeleton, kept where it runs from a word's start to a
    word's end: the reading the word-by-word walk of `Recogniser._scan` must give, in the same order."""
    spans: dict = {}
    for end, value in automaton.iter(skel):
        s = end - (value & 0xFF) + 1
        if s in start_at and end + 1 in end_at:
            spans.setdefault((start_at[s], end_at[end + 1] + 1), []).append(value >> 8)
    return spans


@pytest.mark.parametrize("text", [t for t in TEXTS if t.strip()])
def test_word_walk_finds_what_a_full_scan_finds(rec, text):
    tokens = tokenize(text)
    readings, include, _cap, _arabic = rec._readings(tokens)
    skel, start_at, end_at = rec._hits_text(text, tokens, readings, include)
    walked: dict = {}
    Recogniser._scan(rec.gaz.automaton, 1, skel, start_at, end_at, walked)
    assert walked  # each text names a place the gazetteer holds
    assert list(walked.items()) == list(_full_iteration(rec.gaz.automaton, skel, start_at, end_at).items())


def test_firm_openers_are_the_words_before_a_business_head():
    words = load_false_place_words()
    text = "Shares of Brackley Motors rose. Later Brackley said that Oakdale Heavy Industries would hire in Hull."
    tokens = tokenize(text)
    every_word = {t.norm for k, t in enumerate(tokens)
                  if t.text[:1].isupper() and firm_name_opener(text, tokens, k, k + 1, t.end, words)}
    # (the word between an opener and its head opens the shorter name: "Heavy Industries")
    assert firm_name_openers(text, tokens, words) == every_word == {"brackley", "oakdale", "heavy"}


@pytest.mark.parametrize("text", TEXTS)
def test_title_case_lines_cut_by_line_breaks(text):
    # "Storm Damages Homes Around Flemington" is a headline line; the prose lines are not.
    starts = _title_case_tokens(text, tokenize(text))
    assert ("Flemington" in text) == any(text.startswith("Flemington", s) for s in starts)


def test_phrases_after_a_name_read_first_word_first():
    tokens = tokenize("Gwoza Local Government Area and its environs, Homs and the villages")
    assert division_phrase_after(tokens, 1) == ("lga", 3)
    assert surroundings_after(tokens, 4) == 3
    assert division_phrase_after(tokens, 4) == ("", 0)
    assert surroundings_after(tokens, 8) == 0  # "and the villages": places of their own
    assert surroundings_after(tokens, len(tokens) - 1) == 0 and division_phrase_after(tokens, len(tokens)) == ("", 0)
