"""A word's skeleton key (geo/normalise.py) is worked out with plain string calls where regular expressions
once did it: the keys are the same, checked here against the expressions, written out in the test, over
invented words of every shape the steps care about (a final h after a vowel or not, vowel runs, doubled
letters, digraphs, words of one or two letters)."""
from __future__ import annotations

import itertools
import re

from eventwatch.geo.normalise import _DIGRAPHS, skeleton_token

_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_VOWELS = re.compile("[aeiou]+")
_DOUBLE = re.compile(r"(.)\1+")


def _plain_skeleton(norm: str) -> str:
    """The key as the expressions make it."""
    if not norm or not norm.isascii() or not norm.isalpha():
        return norm
    t = _FINAL_H.sub("", norm)
    for a, b in _DIGRAPHS:
        if a in t:
            t = t.replace(a, b)
    t = _DOUBLE.sub(r"\1", t)
    t = _VOWELS.sub("", t)
    t = _DOUBLE.sub(r"\1", t)
    return t or norm


WORDS = ["h", "ah", "hh", "bh", "aah", "qalah", "talh", "marooh", "shaykh", "sheikh", "zarqa", "kfar", "aiou",
         "tchelkh", "djaffa", "bayt", "beit", "maarrat", "Oakh", "ABAH", "x1", "", "au", "ouh", "ckh", "ooooh"]


def test_the_skeleton_is_the_one_the_expressions_make():
    letters = "ahkuo"
    made = ["".join(p) for n in range(1, 5) for p in itertools.product(letters, repeat=n)]
    for word in WORDS + made:
        assert skeleton_token(word) == _plain_skeleton(word), word


def test_a_final_h_after_a_vowel_is_dropped_and_vowels_go():
    assert skeleton_token("talah") == "tl"
    assert skeleton_token("kalb") == "klb"
    assert skeleton_token("h") == "h"  # a lone letter keeps itself
