"""A countryside named by its town's adjective: "الريف الإدلبي" (the Idlib countryside) is "ريف إدلب".

Syrian monitors write a governorate's countryside with the town's nisba after the definite rural word as often as
with the name in construct ("بالريف الحلبي الشمالي" beside "بريف حلب الشمالي"). The adjective is the town's name made
a nisba (إدلب → الإدلبي, حلب → الحلبي, حمص → الحمصي, درعا → الدرعاوي), so the town is found by undoing that
derivation and asking the gazetteer for a town of that Arabic name in a land whose press writes "ريف X": no table
of adjectives is kept. Without it the adjective was read as no place, or through the consonant bridge as a
namesake abroad ("الحلبي" as Egypt's Hala'ib). Only right after the rural word: elsewhere the same adjective is a
family name ("الطبيب محمد الإدلبي"). A country's adjective there ("الريف المصري", the Egyptian countryside) names
the land at large, no town: it is taken, so that the bridge reads no namesake in it either (Morocco's Missour); so
is an adjective of the land's kind ("الريف الساحلي", the coastal countryside: `rural_adjectives` in
arabic_report_words.yaml), though its stem spells a town (Egypt's As Sahil), and a reading another reader made of
it first is dropped (`land_kind_readings`: "الريف البحري" is no Khartoum North). A report names the same countryside
again and again: each stem is looked up once a report.
"""
from __future__ import annotations

from typing import Iterator, Optional

from eventwatch.geo.arabic_adjectives import adjective_country
from eventwatch.geo.arabic_words import ArabicReportWords, cue_readings, definite, nisba, with_article
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_base

# A town whose countryside the press names by its adjective is a governorate seat or a large town: a hamlet that
# happens to spell the stem is no reading, nor a quarter, a historical or an abandoned place (PPLX, PPLH, PPLQ).
_LEAST_POPULATION = 50_000
_TOWN = "PPL"
_SEAT = "PPLA"  # a first-level seat; its numbered kinds (PPLA2...) are lower seats, taken only when large
_CAPITAL = "PPLC"


def _stems(base: str) -> Iterator[str]:
    """The names a nisba's base may come from: less its "ي" ("ادلبي" → "ادلب"), and a name in "ا" whose nisba
    writes "اوي" ("درعاوي" → "درعا")."""
    if base.endswith("اوي"):
        yield base[:-2]
    if base.endswith("ي"):
        yield base[:-1]


def _seat(c: Candidate, words: ArabicReportWords) -> bool:
    """A capital or a first-level seat of any size; a lower seat (PPLA2...) or a town only when large."""
    return c.exact and c.country_code in words.name_countries and c.country_code not in words.unrural_countries \
        and (c.feature_code in (_SEAT, _CAPITAL)
             or (c.feature_code == _TOWN or c.feature_code.startswith(_SEAT)) and c.population >= _LEAST_POPULATION)


def _town(gaz: Gazetteer, norm: str, words: ArabicReportWords) -> Optional[Candidate]:
    """The most populous town (`_seat`) a definite nisba names, or None."""
    for stem in _stems(arabic_base(norm)):
        towns = [c for c in gaz.lookup(stem, limit=10) if _seat(c, words)]
        if towns:
            return max(towns, key=lambda c: c.population)
    return None


def _rural_word(tokens: list[Token], k: int, rural: frozenset[str]) -> bool:
    """Whether token k is the definite rural word ("الريف", "بالريف")."""
    before = tokens[k].norm
    return with_article(before) and any(r in rural for r in cue_readings(before))


def land_kind_readings(tokens: list[Token], found: list[NameSpan], rural: frozenset[str],
                       words: ArabicReportWords, gaz: Optional[Gazetteer] = None) -> None:
    """Drop from `found` the names read in an adjective of the land's kind right after the definite rural word
    ("الريف البحري", the coastal countryside, read first as Khartoum North's Bahri; "الريف القبلي" as Tunisia's
    Kebili): such a word names no town there (`rural_adjectives`), whichever reader took it. With `gaz`, a country's
    adjective read first by another reader is dropped too ("الريف السوري", the Syrian countryside, as Canada's
    Surrey), as `rural_nisba_towns` takes one it meets first."""
    kinds = {s.i for s in found if s.j == s.i + 1 and s.i > 0 and definite(tokens[s.i].norm)
             and _rural_word(tokens, s.i - 1, rural)
             and (arabic_base(tokens[s.i].norm) in words.rural_adjectives
                  or gaz is not None and adjective_country(gaz, tokens[s.i].norm) is not None)}
    if kinds:
        found[:] = [s for s in found if s.i not in kinds]


def rural_nisba_towns(gaz: Gazetteer, tokens: list[Token], taken: list[bool], rural: frozenset[str],
                      words: ArabicReportWords) -> list[NameSpan]:
    """The towns named by their adjective right after the definite rural word ("في الريف الإدلبي", "بالريف
    الحلبي"), as new spans read like "ريف X" (cue "rural", the governorate's countryside); their tokens are taken."""
    out: list[NameSpan] = []
    # (a land's or a kind's adjective, the town) by the adjective's base: a report repeats its countryside
    seen: dict[str, tuple[bool, Optional[Candidate]]] = {}
    for k in range(1, len(tokens)):
        norm = tokens[k].norm
        if taken[k] or not definite(norm) or not nisba(norm):
            continue
        if not _rural_word(tokens, k - 1, rural):
            continue
        base = arabic_base(norm)
        if base not in seen:
            land = base in words.rural_adjectives or adjective_country(gaz, norm) is not None
            seen[base] = (land, None if land else _town(gaz, norm, words))
        land, town = seen[base]
        if land:
            taken[k] = True  # "الريف المصري", "الريف الساحلي": the land's countryside at large, or of its kind
            continue
        if town is None:
            continue
        out.append(NameSpan(k, k + 1, tokens[k].start, tokens[k].end, base, [town], cue="rural",
                            vague="admin1", firm=True, phrase_start=tokens[k - 1].start))
        taken[k] = True
    return out

