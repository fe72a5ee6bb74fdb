"""Faster ways the geoparser splits text and weighs country names give exactly what the plain ways give: the
tokenizer the same tokens, and the once-per-round country votes the same term as a scan over every other name.
(The C YAML parser is checked against the pure-Python one on every bundled file in tests/test_yaml_data.py.)"""
from __future__ import annotations

import random

import pytest

from eventwatch.geo.normalise import _APOSTROPHES, TOKEN_RE, Token, fold_token, tokenize
from eventwatch.geo.reading_context import _Group, _Terms
from eventwatch.geo.resolve import WEIGHTS, nation_votes

def _tokens_by_match(text: str) -> list[Token]:
    """The tokenizer as first written: offsets from match objects, possessive cut and hyphen read per match."""
    out = []
    n = len(text)
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        word = m.group()
        if len(word) > 2 and word[-1] in "sS" and word[-2] in _APOSTROPHES:
            end -= 2
            word = word[:-2]
        hyphen = end < n - 1 and text[end] in "-‐‑–" and text[end + 1].isalnum()
        out.append(Token(start, end, word, fold_token(word), hyphen))
    return out


TEXTS = [
    "Shelling hit Kafr-Nabl and al-Bara; Turkey's army said the town’s hospital was closed.",
    "IDLIB, Syria (Reuters) - Ma'arrat al-Nu'man, 12 km south: 3rd strike since 2019-05-06.",
    "snake_case words __init__ and under_scores_ are not names; co-operation, re-entry–exit.",
    "Qasr Ibn Wardan ‐ Deir ez‑Zor – Raqqa —  Hama's",
    "قصف في حلب وريف إدلب الجنوبي يوم الثلاثاء",
    "ends with a hyphen-",
    "",
    "  \n\t ",
    "Ōsaka, Zürich, Kraków, São Paulo, Đà Nẵng and Ærøskøbing's harbour",
    "A'B ' ' s's Jones's JONES'S x's ab's",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_are_those_read_match_by_match(text: str):
    assert tokenize(text) == _tokens_by_match(text)


def test_tokens_of_random_text_are_those_read_match_by_match():
    alphabet = "ab Zé'’-‐_.,1\n ‑–sS حل"
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert tokenize(text) == _tokens_by_match(text), text


def test_a_token_is_still_a_named_tuple():
    t = tokenize("Aleppo's")[0]
    assert isinstance(t, Token)
    assert (t.start, t.end, t.text, t.norm, t.hyphen_after) == (0, 6, "Aleppo", "aleppo", False)


def _group(name: str, nation_of: dict[str, float], wide: bool = False) -> _Group:
    g = _Group((name, None, False, frozenset()), 1.0)
    g.nation_of, g.wide = nation_of, wide
    return g


def _named_by_scan(g: _Group, others: list[_Group], cc: str) -> float:
    """The term as first written: the largest vote among all groups of other names."""
    if g.wide:
        return 0.0
    return WEIGHTS.named_country * min(1.0, max((2 * o.nation_of.get(cc, 0.0) for o in others), default=0.0))


def test_the_country_named_term_is_the_largest_vote_of_another_name():
    rng = random.Random(3)
    names = ["canada", "london", "ontario", "georgia", "jordan", "congo"]
    for _ in range(200):
        groups = [_group(rng.choice(names), {cc: rng.random() for cc in rng.sample(["CA", "GB", "GE", "US", "JO", "CD", "CG"],
                                                                                  rng.randint(0, 3))},
                         wide=rng.random() < 0.2)
                  for _ in range(rng.randint(1, 7))]
        votes = nation_votes(groups)
        for g in groups:
            others = [o for o in groups if o is not g and o.key[0] != g.key[0]]
            terms = _Terms(g, others, [], 1.0, WEIGHTS, {}, {}, {}, votes)
            for cc in ["CA", "GB", "GE", "US", "JO", "CD", "CG", "FR"]:
                assert terms.named(cc) == _named_by_scan(g, others, cc)


def test_a_name_never_supports_its_own_namesakes_as_the_country():
    # "Georgia" the country and "Georgia" the state: the name's own vote for GE does not count for it.
    georgia = _group("georgia", {"GE": 0.9})
    also_georgia = _group("georgia", {"GE": 0.4})
    tbilisi = _group("tbilisi", {})
    votes = nation_votes([georgia, also_georgia, tbilisi])
    assert votes["GE"] == [(1.8, "georgia"), (0.8, "georgia")]
    terms = _Terms(georgia, [tbilisi], [also_georgia], 1.0, WEIGHTS, {}, {}, {}, votes)
    assert terms.named("GE") == 0.0
    terms = _Terms(tbilisi, [georgia, also_georgia], [], 1.0, WEIGHTS, {}, {}, {}, votes)
    assert terms.named("GE") == WEIGHTS.named_country * 1.0
