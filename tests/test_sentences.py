"""Sentence boundaries by rule: where news and press text ends a sentence, and where a full stop does not.

The rule splitter replaces spaCy's statistical recogniser for whole documents (it agrees with it on ~98% of
boundaries and is ~20 times faster; see benchmarks/sentence_agreement.py), so these tests pin the kinds
of boundary it must get right. The recogniser stays available behind `Settings.sentence_splitter`.
"""
from __future__ import annotations

import pytest

from eventwatch.nlp import split_sentences
from eventwatch.nlp.rule_sentences import RuleSplitter, bundled_abbreviations, parse_abbreviations
from eventwatch.resources import Resources, Settings


@pytest.fixture(scope="module")
def rules() -> RuleSplitter:
    return RuleSplitter()


def sentences(rules: RuleSplitter, text: str) -> list[str]:
    return [s.text for s in split_sentences(rules, text)]


def test_terminal_punctuation_before_a_capital_digit_or_quote_ends_a_sentence(rules):
    assert sentences(rules, "Shelling resumed at dawn. Three houses burned! Who fired? 40 were hurt. "
                            "\u201cWe ran,\u201d a farmer said. \"It was loud.\" Police left.") == [
        "Shelling resumed at dawn.", "Three houses burned!", "Who fired?", "40 were hurt.",
        "\u201cWe ran,\u201d a farmer said.", "\"It was loud.\"", "Police left."]


def test_a_lower_case_continuation_is_never_a_new_sentence(rules):
    text = "The convoy left at 5 a.m. and was hit near the bridge (about 3 km. from town) later."
    assert sentences(rules, text) == [text]


def test_titles_ranks_months_and_initials_do_not_end_sentences(rules):
    text = ("Brig. Gen. Musa Bello and Lt. Col. A. K. Dan met Mr. Oduya on Jan. 4 at St. Mary's camp. "
            "Maj.-Gen. Ramos said Dr. Lee was safe.")
    assert sentences(rules, text) == [
        "Brig. Gen. Musa Bello and Lt. Col. A. K. Dan met Mr. Oduya on Jan. 4 at St. Mary's camp.",
        "Maj.-Gen. Ramos said Dr. Lee was safe."]


def test_a_coordinates_hemisphere_letter_ends_a_sentence_where_an_initial_would_not(rules):
    text = ("The crater lies at 35.9312°N 36.6120°E. Separately, a drone hit a bakery. "
            "A second site, 33°47'N 44°30'E. Rescuers arrived. Lt. Col. A. K. Dan was there.")
    assert sentences(rules, text) == [
        "The crater lies at 35.9312°N 36.6120°E.", "Separately, a drone hit a bakery.",
        "A second site, 33°47'N 44°30'E.", "Rescuers arrived.", "Lt. Col. A. K. Dan was there."]


def test_reference_words_hold_only_before_a_number(rules):
    assert sentences(rules, "Resolution No. 12 passed. The envoy said no. Talks ended.") == [
        "Resolution No. 12 passed.", "The envoy said no.", "Talks ended."]


def test_dotted_abbreviations_end_a_sentence_only_before_a_word_that_opens_one(rules):
    assert sentences(rules, "U.S. Army units and U.N. staff left at 9 p.m. Tuesday. They went to the U.S. "
                            "The base closed.") == [
        "U.S. Army units and U.N. staff left at 9 p.m. Tuesday.", "They went to the U.S.", "The base closed."]


def test_closing_quotes_and_brackets_stay_with_their_sentence(rules):
    assert sentences(rules, "He said it was over. \u201d\u201cNo,\u201d she said. (Two died.) "
                            "Rebels withdrew.' '' Fighting stopped.") == [
        "He said it was over. \u201d", "\u201cNo,\u201d she said.", "(Two died.)",
        "Rebels withdrew.' ''", "Fighting stopped."]


def test_a_quoted_question_runs_on_into_its_attribution(rules):
    assert sentences(rules, "\"Where are the bodies?\" Ahmed asked reporters. \"Leave!\" The crowd ran.") == [
        "\"Where are the bodies?\" Ahmed asked reporters.", "\"Leave!\"", "The crowd ran."]


def test_line_breaks_always_end_a_sentence_and_offsets_are_absolute(rules):
    text = "  GAO, Mali (Wire)\nGunmen killed 4 herders. Troops arrived\n\n  Curfew imposed.  "
    got = split_sentences(rules, text)
    assert [s.text for s in got] == ["GAO, Mali (Wire)", "Gunmen killed 4 herders.", "Troops arrived",
                                    "Curfew imposed."]
    assert all(text[s.start : s.end] == s.text for s in got)


def test_only_the_lines_holding_a_named_position_are_split(rules):
    text = "Markets reopened. Prices fell.\nA car bomb exploded in the square. Nine died.\nRain is due."
    got = split_sentences(rules, text, only_at=[text.index("bomb")])
    assert [s.text for s in got] == ["A car bomb exploded in the square.", "Nine died."]


def test_the_abbreviation_list_is_validated():
    words = bundled_abbreviations()
    assert "gen" in words.always and "no" in words.before_numbers and "the" in words.openers
    good = {"always": {"titles": ["dr"]}, "before_numbers": {"refs": ["no"]},
            "before_openers": {"states": ["ky"]}, "openers": ["the"], "reporting_verbs": ["said"]}
    assert parse_abbreviations(good).always == {"dr"}
    with pytest.raises(ValueError, match="lower-case"):
        parse_abbreviations({**good, "before_numbers": {"refs": [False]}})  # a bare YAML `no`
    with pytest.raises(ValueError, match="in both"):
        parse_abbreviations({**good, "before_openers": {"states": ["dr"]}})
    with pytest.raises(ValueError, match="sections"):
        parse_abbreviations({"always": {"titles": ["dr"]}})


def test_the_rule_splitter_is_the_default_and_spacys_recogniser_can_be_chosen(monkeypatch):
    monkeypatch.delenv("EVENTWATCH_SENTENCE_SPLITTER", raising=False)
    assert isinstance(Resources().senter, RuleSplitter)
    assert Settings(sentence_splitter="spacy").sentence_splitter == "spacy"
    with pytest.raises(ValueError):
        Settings(sentence_splitter="nltk")


def test_spacys_recogniser_behind_the_setting_keeps_the_same_contract(rules):
    senter = Resources(Settings(sentence_splitter="spacy")).senter
    text = ("Militants attacked a police post in the district on Monday. Two officers were killed.\n"
            "The provincial governor condemned the attack and promised an inquiry.")
    by_model = split_sentences(senter, text)
    assert [s.text for s in by_model] == [s.text for s in split_sentences(rules, text)]
    assert all(text[s.start : s.end] == s.text for s in by_model)
