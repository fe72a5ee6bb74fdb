"""The extraction shortcuts taken for speed give exactly what the long way gives.

Dates: only the patterns whose required words occur in a sentence are scanned. Phrases: ASCII text is
lower-cased in one call and text without runs of spaces is not re-indexed. Lemmas: the classifier's lemma
index is read from the lemma column.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract import dates, phrases
from eventwatch.extract.classify_roles import ClassIndex
from eventwatch.model import Sentence

PUBLISHED = datetime(2021, 3, 10, 9, 0)

# One or more sentences per kind of temporal expression, plus sentences with none and odd characters.
SENTENCES = [
    "Gunmen killed four villagers on 3 March 2021 near the border.",
    "The strike on March 3, 2021 hit a market.",
    "Police said the raid took place on 2021-03-04.",
    "The clashes of 04/03/21 left two dead.",
    "On the 5th of March, troops shelled the town.",
    "Since January 2020 the militia has attacked convoys.",
    "Fighting resumed last February in the north.",
    "Attacks have continued since 2019 across the province.",
    "The day before yesterday a drone struck a car.",
    "On Monday morning protesters gathered outside parliament.",
    "Last Tuesday's bombing killed six.",
    "Earlier today soldiers opened fire; late yesterday evening shops burned.",
    "Three days ago a convoy was ambushed; two weeks ago a bridge was blown up.",
    "Over the past few days, over the weekend and earlier this week villages were looted.",
    "Last week, this month and last year the group abducted dozens.",
    "Talks will resume tomorrow and next Monday.",
    "A FIVE DAYS AGO HEADLINE WRITTEN IN CAPITALS SAYS TONIGHT AND OVERNIGHT.",
    "Rebels seized the town without a fight.",
    "Résumé: the army’s “operation” ended ſince Yesterday, the İnternational observers said.",
    "Troops advanced on the hill in the KELVIN sector this Year.",
]


def _all_patterns(text: str) -> set[str]:
    return set(dates._NEEDS)


@pytest.mark.parametrize("text", SENTENCES)
def test_word_check_finds_what_scanning_every_pattern_finds(text, monkeypatch):
    sentence = Sentence(0, len(text), text)
    quick = dates.find_dates(sentence, PUBLISHED)
    monkeypatch.setattr(dates, "_possible_kinds", _all_patterns)
    assert quick == dates.find_dates(sentence, PUBLISHED)


def test_every_date_pattern_names_the_words_it_needs():
    assert {kind for _, kind in dates._PATTERNS} == set(dates._NEEDS)


def test_each_kind_found_contains_one_of_its_words():
    for text in SENTENCES:
        folded = text.translate(dates._IGNORECASE_TWINS).lower()
        for rx, kind in dates._COMPILED:
            for m in rx.finditer(text):
                words = dates._NEEDS[kind]
                assert any(any(c.isdigit() for c in m.group()) if w == dates._DIGIT else w in folded
                           for w in words), (kind, m.group())


def test_explicit_dates_are_remembered_per_text_and_publication_day():
    dates._parse_explicit.cache_clear()
    dates._dates_in.cache_clear()
    first = dates.find_event_date(Sentence(0, 40, "Shelling on 3 March killed two."), PUBLISHED)
    again = dates.find_event_date(Sentence(100, 140, "Shelling on 3 March killed two."), PUBLISHED)
    other_day = dates.find_event_date(Sentence(0, 40, "Shelling on 3 March killed two."), datetime(2021, 2, 1))
    assert first[0] == again[0] == "2021-03-03" and again[2].start == 112
    assert other_day[0] == "2020-03-03"
    # the same sentence again is answered whole (its dates are remembered); another day is parsed anew
    assert dates._dates_in.cache_info().hits == 1
    assert dates._parse_explicit.cache_info().misses == 2


def _normalise_char_by_char(text: str) -> str:
    out = []
    for ch in text:
        ch = phrases._FOLD.get(ch, ch)
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


@pytest.mark.parametrize("text", ["Al-Nusra’s FIGHTERS fired\tTOW missiles", "ΟΔΟΣ Σ İstanbul", "plain ascii", ""])
def test_phrase_normalisation_keeps_length_and_matches_char_by_char(text):
    assert phrases.normalise(text) == _normalise_char_by_char(text)
    assert len(phrases.normalise(text)) == len(text)


@pytest.mark.parametrize("text", ["no runs here", "  leading  and  double   spaces ", "tab\t-\tdash", "x"])
def test_squeezed_text_maps_back_to_the_original(text):
    norm, index = phrases._squeezed_with_index(text)
    assert "  " not in norm and not norm.startswith(" ")
    folded = phrases.normalise(text)
    assert all(folded[i] == c for c, i in zip(norm, index)) and len(norm) == len(index)


def test_phrase_matches_keep_original_offsets():
    matcher: phrases.PhraseMatcher[str] = phrases.PhraseMatcher()
    matcher.add_all(["barrel bomb"], "BB")
    matcher.add("TOW", "ATGM")
    text = "Helicopters  dropped barrel-bombs; a tow truck and TOW missiles"
    found = [(text[s:e], p) for s, e, p, _ in matcher.match(text)]
    assert found == [("barrel-bombs", "BB"), ("TOW", "ATGM")]


def test_lemma_index_returns_tokens_in_order(english):
    doc = english("Rebels attacked the base and attacked a convoy before they fled.")
    index = ClassIndex(doc, [])
    assert [(t.i, t.text) for t in index.with_lemma(["attack", "flee"])] == [(1, "attacked"), (5, "attacked"), (10, "fled")]
    assert index.with_lemma(("nothing",)) == []
