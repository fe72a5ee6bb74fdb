"""The geoparser's shortcuts give exactly what the long way gives: a fuzzy score skipped only where it could
not reach the floor, a cached prior never stale, the store's rows read in one batch the same as name by name."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.dumps import build_from_dump
from eventwatch.geo.gazetteer import (
    FUZZY_MIN,
    FUZZY_TEXT_MIN,
    Gazetteer,
    _prior_score,
    prior_score,
    similarity,
    similarity_reaching,
    vowel_class,
)
from eventwatch.geo.normalise import normalise

FIXTURES = Path(__file__).parent / "fixtures" / "geo"

# Transliteration variants and near misses, spelled as the gazetteer folds them.
SPELLINGS = ["maarat", "maaret", "marat", "merit", "shaykhun", "sheikhoun", "shekhun", "khan", "kan", "halab",
             "aleppo", "idlib", "edleb", "adlib", "saraqib", "sarakeb", "atarib", "al atarib", "tarib", "aba",
             "abba", "zabadani", "zebdani", "each", "such", "shah", "numan", "nouman", "omar", "umar"]


@pytest.fixture(scope="module")
def syria(tmp_path_factory) -> Gazetteer:
    store = build_from_dump(FIXTURES / "SY_sample.txt", tmp_path_factory.mktemp("geo-speed") / "store",
                            alternate_names=FIXTURES / "alternateNames_sample.txt", countries=["SY", "AE"])
    return Gazetteer.load(str(store))


@pytest.mark.parametrize("floor", [FUZZY_MIN, FUZZY_TEXT_MIN])
def test_a_fuzzy_score_is_skipped_only_where_it_cannot_reach_the_floor(floor):
    for a in SPELLINGS:
        for b in SPELLINGS:
            full = similarity(a, b)
            assert similarity_reaching(a, b, floor) == (full if full >= floor else None), (a, b)


def test_vowel_folding_merges_doubled_letters_vowel_runs_and_digraphs():
    assert vowel_class("maarrat") == vowel_class("marat") == "marat"
    assert vowel_class("zabbadani") == vowel_class("zabadani")
    assert vowel_class("sheikhoun") == vowel_class("shaykhun")


def test_a_cached_prior_equals_a_fresh_one_and_a_changed_copy_gets_its_own(syria):
    c = syria.lookup("Aleppo")[0]
    assert prior_score(c) == _prior_score(c)
    assert c.prior == _prior_score(c)
    variant = dataclasses.replace(c, similarity=85.0)
    assert variant.prior is None
    assert prior_score(variant) == _prior_score(variant) < prior_score(c)


def test_rows_read_for_a_whole_text_are_those_read_name_by_name(tmp_path_factory, syria):
    text = ("Shelling hit Saraqib, Idlib, and Maaret al-Numan on Tuesday. Residents of Khan Sheikhoun fled "
            "towards Aleppo City, while Damascus said the attack on Atarib was repelled.")
    batch = geoparse(syria, text, document_id="d")
    again = Gazetteer.load(str(syria.directory))  # a fresh store: no rows read yet
    one_by_one = []
    for t in batch:
        if t.place is not None:
            found = again.candidates(again.keys_for(normalise(t.text)), normalise(t.text))
            one_by_one.append({c.id for c in found})
    assert [t.place is not None for t in batch].count(True) >= 5
    assert geoparse(again, text, document_id="d") == batch
    cached = [{c.id for c in syria.candidates(syria.keys_for(normalise(t.text)), normalise(t.text))}
              for t in batch if t.place is not None]
    assert cached == one_by_one
