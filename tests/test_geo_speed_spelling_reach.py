"""The gazetteer sorts out, in one call, which transliterated spellings under a key can reach the similarity
floor (geo/spelling_reach.py), and scores only those: the candidates are the same as when every spelling is
scored one by one.

Checked two ways: the cut alone never turns away a spelling that `similarity_reaching` would let through,
over invented spellings; and whole lookups of spellings that land on keys crowded with transliterated
places give the same candidates, in the same order, with the cut and without it."""
from __future__ import annotations

import itertools

import pytest

from eventwatch.geo.gazetteer import FUZZY_MIN, FUZZY_TEXT_MIN, Gazetteer, similarity_reaching
from eventwatch.geo.normalise import normalise
from eventwatch.geo.spelling_reach import spellings_within_reach

SPELLINGS = [
    "kafr tamra", "kfar tamra", "kafar tamrah", "kufr tamra", "kafr tamr", "qafr tamra", "kafr tumra",
    "tall safra", "tell safra", "tel sofra", "tal safrah", "tall asfar", "talsafra", "sufra",
    "dayr qarim", "deir karim", "dair kareem", "dir qarm", "deir", "karim", "q", "",
]


@pytest.mark.parametrize("floor", [FUZZY_MIN, FUZZY_TEXT_MIN])
def test_the_cut_keeps_every_spelling_that_can_reach_the_floor(floor):
    kept_some = turned_some = False
    for text, stored in itertools.product(SPELLINGS, repeat=2):
        if not text:
            continue
        within = stored in spellings_within_reach(text, [stored], floor)
        if similarity_reaching(stored, text, floor) is not None:
            assert within, (text, stored)
            kept_some = True
        turned_some |= not within
    assert kept_some and turned_some  # the cut did both jobs over these spellings


def test_a_floor_under_fifty_cuts_nothing():
    assert spellings_within_reach("kafr tamra", ["zzz", "kafr tamra"], 40.0) == {"zzz", "kafr tamra"}


# Short names common across transliterated countries (given names, "red", "castle", "new"), each spelled two
# ways: each lands on a key shared by dozens of places, the crowded lookups the cut is made for.
LOOKUPS = ["Saida", "Sayda", "Zahra", "Zahrah", "Hamid", "Hameed", "Sahel", "Sahil", "Nasir", "Naser", "Qasr",
           "Kasr", "Hamra", "Salim", "Saleem", "Karim", "Kareem", "Jadida", "Jdeideh", "Mansour", "Bayt Jala"]


def test_lookups_give_the_same_candidates_with_the_cut_and_without_it(gaz: Gazetteer, monkeypatch):
    cases = []
    for name in LOOKUPS:
        keys = tuple(sorted(k for k in gaz.keys_for(name) if k > 0))
        if keys:
            cases.append((keys, (normalise(name),)))
    assert cases
    cut = [gaz._candidates(keys, norms) for keys, norms in cases]
    used = sum(gaz._reachable(keys, norms[0]) is not None for keys, norms in cases)
    monkeypatch.setattr(Gazetteer, "_reachable", lambda self, keys, norm: None)
    plain = [gaz._candidates(keys, norms) for keys, norms in cases]
    assert cut == plain
    assert used  # some of the lookups were crowded enough for the cut to be taken
    assert any(c for c in cut)  # and they found places
