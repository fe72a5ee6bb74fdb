"""The country register's cheap tests before its expensive ones (geo/country_register.py): shape prechecks for
patterns with no fixed text (postcodes, telephone numbers), and the words and names found by an automaton
exactly where the register's alternations find them.

Sentences are invented for these tests.
"""
from __future__ import annotations

import re

import pytest

from eventwatch.geo.country_register import (
    _alternation,
    _literal_automaton,
    country_evidence,
    load_country_register,
    required_shapes,
    text_shape,
    whole_word_finds,
)

# -- shapes ----------------------------------------------------------------------------------------------


def test_a_texts_shape_writes_digits_capitals_and_small_letters_as_one_symbol_each():
    assert text_shape("Ward 7, OH 43215-0100; £5") == "Aaaa 9, AA 99999-9999; £9".encode("utf-8")


def test_a_text_with_digits_of_another_script_has_no_shape():
    """`\\d` matches "٣" but the shape would keep it as it is: no shape, so every pattern is searched."""
    assert text_shape("الرمز ٣٤٥٦٧") is None
    assert text_shape("Café 12") is not None  # other letters are fine: only digits are a class of their own


def test_runs_of_character_classes_are_read_off_the_pattern():
    assert required_shapes(re.compile(r"\b[A-Z]{2} \d{5}(?:-\d{4})?\b")) == ((b"AA 99999",),)
    assert required_shapes(re.compile(r"\b[2-9]\d{2}-[2-9]\d{2}-\d{4}\b")) == ((b"999-999-9999",),)


def test_a_repeat_of_at_least_m_ends_the_run_and_starts_the_next_with_m_copies():
    # the last capital of "[A-Z]{1,2}" touches the digit; the optional mixed class ends the run
    assert required_shapes(re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")) == ((b"A",), (b"A9",), (b" 9AA",))
    assert required_shapes(re.compile(r"\bX\d{1,3}(?:,\d{3})+\b")) == ((b"A9",), (b"9,999",), (b",999",))


def test_a_choice_gives_the_shapes_of_its_alternatives():
    assert required_shapes(re.compile(r"(?:Ave|St)\. \d")) == ((b"Aa. 9", b"Aaa. 9"),)


def test_a_case_blind_pattern_gets_no_shape_precheck():
    assert required_shapes(re.compile(r"[a-z]{2} \d{5}", re.IGNORECASE)) == ()


@pytest.mark.parametrize("text", [
    "Mail it to 90 Pine Rd., Salem, OR 97301-1234 today.", "Ring 404-555-0134 after six.",
    "The office at QC H3Z 2Y7 reopened.", "Post it to BT7 1NN, please.", "Tenders above N12,500,000 wait.",
    "A budget of R4.5 billion was set.", "Drive the M4 (W) and the A303 home.",
])
def test_the_shape_prechecks_never_skip_a_pattern_that_matches(text):
    register = load_country_register()
    shape = text_shape(text)
    for (_entry, pattern), shapes in zip(register.patterns, register.shapes):
        if pattern.search(text):
            assert all(any(s in shape for s in options) for options in shapes), pattern.pattern


def test_a_text_without_the_shapes_runs_no_shapeless_pattern():
    """No capital touches a digit and no five digits meet: the postcode and ZIP patterns are not searched,
    and the evidence is what the words alone give."""
    register = load_country_register()
    text = "The sheriff's office said 12 people were hurt on Tuesday in the county."
    shape = text_shape(text)
    skipped = [p.pattern for (_e, p), shapes in zip(register.patterns, register.shapes)
               if shapes and not all(any(s in shape for s in o) for o in shapes)]
    assert any("\\d{5}" in p for p in skipped)
    assert {h.text for h in country_evidence(text).hits} == {"sheriff's office"}


# -- words and names by automaton --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "township trustees met in the township hall", "the townships and a township_x and xtownship",
    "high school, high schoolers; HIGH SCHOOL", "felony-felony felony2 (felony)",
])
def test_the_automaton_finds_what_the_alternation_finds(text):
    literals = ["township", "township trustees", "high school", "felony", "town"]
    pattern = _alternation(literals)
    expected = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text.lower())]
    assert whole_word_finds(_literal_automaton(literals), text.lower()) == expected


def test_a_phrase_is_found_whole_not_also_as_its_first_word():
    finds = whole_word_finds(_literal_automaton(["township", "township trustees"]), "the township trustees said")
    assert finds == [(4, 21, "township trustees")]


def test_names_still_match_only_as_written():
    text = "Agents of the FBI and the fbi desk; Sheriff Lee and the sheriff."
    assert {h.text for h in country_evidence(text).hits} == {"FBI", "Sheriff"}
