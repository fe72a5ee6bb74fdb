"""Runs of one letter are collapsed by a replacement function rather than a `\\1` template (geo/normalise.py,
`collapse_runs`, used by the skeleton key of every new word and by gazetteer.vowel_class): the same strings
as the expression written out here gives, over invented strings of every shape the step cares about (runs of
letters, digits, spaces and hyphens, line breaks, other scripts, the empty string)."""
from __future__ import annotations

import itertools
import re

from eventwatch.geo.gazetteer import vowel_class
from eventwatch.geo.normalise import _DIGRAPHS, collapse_runs, skeleton_token

_RUN = re.compile(r"(.)\1+")
_VOWEL_RUN = re.compile("[aeiouy]+")


def test_collapsed_runs_are_the_ones_the_template_makes():
    made = ["".join(p) for n in range(1, 6) for p in itertools.product("ab-1 ", repeat=n)]
    odd = ["", "Zzyzx", "mmmm", "Hallo  Welt", "a\n\nb", "x\n\ny", "ĞĞöö", "ععراق", "1999", "..", "Oo"]
    for s in made + odd:
        assert collapse_runs(s) == _RUN.sub(r"\1", s), repr(s)


def test_a_run_is_written_once_and_a_line_break_is_no_letter_of_one():
    assert collapse_runs("Mississippi") == "Misisipi"
    assert collapse_runs("Tall\n\nKayf") == "Tal\n\nKayf"  # "." never matches a line break


def test_doubled_letters_make_no_difference_to_a_skeleton_key():
    assert skeleton_token("maarrat") == skeleton_token("marat") == "mrt"
    assert skeleton_token("tallkayf") == skeleton_token("talkayf")


def test_vowel_classes_are_the_ones_the_expressions_make():
    for word in ["maarrat", "shaykhun", "sheikhoun", "tallkayf", "aaiiyy", "mississippi", "kfar", "ouaddai", "x"]:
        t = word
        for a, b in _DIGRAPHS:
            if a in t:
                t = t.replace(a, b)
        assert vowel_class(word) == _VOWEL_RUN.sub("a", _RUN.sub(r"\1", t)), word
