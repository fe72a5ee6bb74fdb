"""More shortcuts the geoparser takes for speed (see test_geo_speed_shortcuts.py) give the answers of the
plain scans they replace.

The lower-case compound heads are looked up by their last word rather than each tried at every lower-case
token, and road codes are sought only at tokens opening with a capital letter. Each is checked here against
the plain scan, written out in the test, over the project's own sentences."""
from __future__ import annotations

import re

import pytest

from eventwatch.geo.facilities import _gap_in_name, _lowercase_run, _name_start, _title, load_facilities
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.recognise import _title_case_tokens
from eventwatch.geo.roads import _codes

SENTENCES = [
    "Jets struck the Karvani military airport and the Ostrel dam before dawn.",
    "Engineers inspected the Ostrel dam project, said the Belmora air base Commander.",
    "Troops left the Tessaly military air base near the Varno border crossing on Monday.",
    "The convoy reached an air base and a dam after the Lorvin military base was shelled.",
    "Shelling hit the Marad oil refinery; the Kessel army base stayed quiet.",
    "a military airport, the dam, THE KARVANI MILITARY AIRPORT and Karvani's military airport",
]


@pytest.fixture(scope="module")
def words():
    return load_facilities()


@pytest.fixture(scope="module")
def cues():
    return load_cues()


def _plain_lowercase_run(text, tokens, k, cues, words, title_case):
    """The scan before the index: every compound tried at token k, longest first."""
    n = len(tokens)
    for compound in words.lowercase_heads:
        m = k - len(compound) + 1
        if m < 1 or tuple(tokens[x].norm for x in range(m, k + 1)) != compound:
            continue
        if any(not tokens[x].text.islower() or not _gap_in_name(text, tokens[x - 1], tokens[x])
               for x in range(m, k + 1)):
            continue
        if k + 1 < n and _gap_in_name(text, tokens[k], tokens[k + 1]) and (
            _title(tokens[k + 1]) or tokens[k + 1].text.islower() and tokens[k + 1].norm in words.heads
        ):
            return None
        before = tokens[m - 1]
        if not _title(before) or before.start in title_case or text[before.end : tokens[m].start] != " ":
            return None
        st = _name_start(text, tokens, m, cues, title_case)
        if st == m:
            return None
        return st, k + 1, k, True
    return None


def test_every_compound_head_is_filed_under_its_last_word_longest_first(words):
    filed = [c for group in words.by_last_word.values() for c in group]
    assert sorted(filed) == sorted(words.lowercase_heads)
    for last, group in words.by_last_word.items():
        assert all(c[-1] == last for c in group)
        assert [len(c) for c in group] == sorted((len(c) for c in group), reverse=True)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_indexed_compound_scan_finds_what_the_plain_scan_finds(text, words, cues):
    tokens = tokenize(text)
    title_case = frozenset(_title_case_tokens(text, tokens))
    for k, t in enumerate(tokens):
        if t.text.islower():
            assert _lowercase_run(text, tokens, k, cues, words, title_case) == \
                _plain_lowercase_run(text, tokens, k, cues, words, title_case)


def test_a_name_before_a_lower_case_compound_head_is_one_site(words, cues):
    text = SENTENCES[0]
    tokens = tokenize(text)
    title_case = frozenset(_title_case_tokens(text, tokens))
    runs = [r for k in range(len(tokens)) if (r := _lowercase_run(text, tokens, k, cues, words, title_case))]
    assert "Karvani military airport" in {text[tokens[i].start : tokens[j - 1].end] for i, j, _h, _s in runs}


_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}")
_LETTERS = re.compile(r"[A-Z]{1,3}")
_NUMBER = re.compile(r"\d{1,4}")


def test_road_codes_are_found_as_by_the_plain_pattern_scan():
    text = ("Traffic on the A417 and I-95 slowed; flight MH17, route É12, the m4 and N1-bound lorries, "
            "CO2 levels and a B-52 over Route 9.")
    tokens = tokenize(text)
    plain = []
    for k, t in enumerate(tokens):
        if _CODE.fullmatch(t.text):
            plain.append((k, k + 1))
        elif k + 1 < len(tokens) and _LETTERS.fullmatch(t.text) and t.hyphen_after \
                and _NUMBER.fullmatch(tokens[k + 1].text) and t.end + 1 == tokens[k + 1].start:
            plain.append((k, k + 2))
    assert _codes(text, tokens) == plain
    assert [text[tokens[i].start : tokens[j - 1].end] for i, j in plain][:2] == ["A417", "I-95"]
