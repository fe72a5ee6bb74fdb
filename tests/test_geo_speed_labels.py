"""Shortcuts the geoparser takes on every document give exactly what the plain ways give: a domain label is
split as the full search over its pieces splits it, a piece no place is spelled like is never looked up in
full, and the phrase and colon scans find what a scan per phrase or per token finds.

Labels, phrases and texts are invented for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

import random
import re
import string
from typing import Optional

import pytest

from eventwatch.geo.facilities import _colon_after
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.publisher_home import (
    MastheadWords,
    _home_candidates,
    _key_splits,
    _letters_key,
    _spelling,
    _split_label,
    load_masthead_words,
)
from eventwatch.geo.sports_teams import _said
from eventwatch.geo.store import name_key


@pytest.fixture(scope="module")
def words() -> MastheadWords:
    return load_masthead_words()


def _split_by_every_piece(gaz, label: str, words: MastheadWords) -> list[str]:
    """The cover `_split_label` promises, found by asking every piece: fewest pieces, then most masthead
    letters, names never side by side."""
    n = len(label)
    best: list[list[Optional[tuple]]] = [[None, None] for _ in range(n + 1)]
    best[0][0] = (0, 0, ())
    for i in range(n):
        for state in (0, 1):
            prev = best[i][state]
            if prev is None:
                continue
            for j in range(i + 1, n + 1):
                piece = label[i:j]
                if piece in words.words:
                    cand, to = (prev[0] + 1, prev[1] - len(piece), prev[2]), 0
                elif state == 0 and j - i >= 2:
                    name = _spelling(gaz, piece, words)  # which spelling names it is not at issue here
                    if name is None:
                        continue
                    cand, to = (prev[0] + 1, prev[1], prev[2] + (name,)), 1
                else:
                    continue
                if best[j][to] is None or cand[:2] < best[j][to][:2]:
                    best[j][to] = cand
    ends = [c for c in best[n] if c is not None]
    return list(min(ends, key=lambda c: c[:2])[2]) if ends else []


@pytest.mark.parametrize("label", [
    "springfieldgazette", "lasvegasdailyledger", "kansascityclarion", "thebangoreveningcourier",
    "oxfordandabingdonleader", "mynorfolknewsonline", "wvtribune", "saltlakecityherald", "mtpleasantnews",
    "engineeringweekly", "newsdaily", "dekalbcountynews", "arlingtonnews", "thegazette", "portlandtimesonline",
])
def test_a_label_splits_as_a_search_over_every_piece_splits_it(gaz, words, label):
    assert _split_label(gaz, label, words) == _split_by_every_piece(gaz, label, words)


def test_a_piece_no_place_is_spelled_like_has_no_exact_reading_in_a_full_lookup(gaz):
    pieces = ["springfield", "bangor", "las vegas", "kansas city", "norfolk", "abingdon", "ingfi", "evening",
              "xqzt", "ngfieldg", "rlington", "arlington", "dekalb", "oakdale", "aleppo", "idlib", "lakecit"]
    for piece in pieces:
        exact = [c for c in gaz.lookup(piece, limit=200) if c.exact and c.source != "user"]
        if not gaz.has_spelling(piece):
            assert exact == [], piece
    assert gaz.has_spelling("springfield") and gaz.has_spelling("las vegas")
    assert not gaz.has_spelling("xqzt") and not gaz.has_spelling("ngfieldg")


def test_the_key_of_a_run_of_lower_case_letters_is_its_name_key():
    rng = random.Random(7)
    runs = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    runs += ["al", "el", "ash", "ad", "thth", "shch", "aaa", "ouee"]
    assert all(_letters_key(r) == name_key(r) for r in runs)


@pytest.mark.parametrize("text, phrases", [
    ("The Oakdale Otters beat the visitors in the Premier League on Sunday.", ("premier league", "varsity")),
    ("A varsity-level match", ("varsity",)),  # a hyphen joins it to the next word: not the phrase itself
    ("The junior varsity squad", ("varsity", "junior varsity")),
    ("Nothing about sport here.", ("league", "high school")),
    ("league", ("league",)),
    ("The high schools' final", ("high school", "high schools")),
])
def test_one_pattern_for_a_list_of_phrases_finds_what_a_search_per_phrase_finds(text, phrases):
    lower = text.lower()
    each = any(re.search(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])", lower) for p in phrases)
    assert _said(text, phrases) == each


@pytest.mark.parametrize("text", [
    "7 April: Oakdale Fair, Kent. 12 May : Ridgeway Show.",
    "Time: 10:30 at the hall: open to all:",
    ": a colon first, and one last :",
    "No colon in this one at all.",
    "Results:\nMay 12: Oakdale Stadium",
])
def test_the_tokens_before_a_colon_are_found_from_the_colons(text):
    tokens = tokenize(text)
    by_gap = {b for b in range(len(tokens) - 1) if ":" in text[tokens[b].end : tokens[b + 1].start]}
    assert {b for b in _colon_after(text, tokens) if b < len(tokens) - 1} == by_gap
