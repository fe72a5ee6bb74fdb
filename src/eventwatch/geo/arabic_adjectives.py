"""A country's adjective written after a town's Arabic name chooses that country's namesake.

Arabic reports tell apart towns two countries share by the country's relative adjective after the name ("رفح
المصرية", the Egyptian Rafah, not Gaza's; "مدينة القائم العراقية"), as an English report writes "Rafah, Egypt".
The adjective is the country's name made a nisba (مصر → المصرية, سوريا → السورية, العراق → العراقية,
موريتانيا → الموريتانية), so its country is found by undoing that derivation and asking the gazetteer for a
country of that name: no table of adjectives is kept beside the gazetteer's (curated) Arabic country names.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.arabic_foreign_divisions import foreign_division
from eventwatch.geo.arabic_state_adjectives import facility_before
from eventwatch.geo.arabic_translit import MIN_CONSONANTS as BRIDGE_MIN
from eventwatch.geo.arabic_words import definite, nisba
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_base

# The nisba endings (folded: ة is written ه) and what a country's name may end with in their place: the name
# itself (مصر), its article (العراق), or the "يا"/"ا" a nisba drops (سوريا, ليبيا, تركيا; مالي keeps its ي).
_ENDINGS = ("يه", "ي")
_RESTORED = ("", "يا", "ا", "ي")


def adjective_country(gaz: Gazetteer, norm: str) -> Optional[str]:
    """The country code a folded definite nisba names ("المصريه" → EG), or None where it names none."""
    if not definite(norm) or not nisba(norm):
        return None
    base = arabic_base(norm)
    stem = next(base[: -len(e)] for e in _ENDINGS if base.endswith(e))
    if len(stem) < 2:
        return None
    for name in (f"{stem}{r}" for r in _RESTORED):
        for written in (name, ARABIC_ARTICLE + name):
            for c in gaz.lookup(written, limit=3):
                if c.exact and c.feature_code.startswith("PCL"):
                    return c.country_code
    return None


# The lands a state holds, occupies or claims against another's rows: its adjective on a name there is the
# claim's ("دونيتسك الروسية", "الجولان الإسرائيلي", "العيون المغربية"), and the name keeps the land's readings.
# Elsewhere the adjective says the report means another place of that name ("الرمادي السورية" is no Iraqi Ramadi).
_CLAIMED: dict[str, frozenset[str]] = {
    "RU": frozenset({"UA", "GE", "MD"}), "IL": frozenset({"PS", "SY", "LB"}), "MA": frozenset({"EH"}),
    "TR": frozenset({"CY"}), "AM": frozenset({"AZ"}), "AZ": frozenset({"AM"}), "CN": frozenset({"TW", "IN"}),
    "IN": frozenset({"PK", "CN"}), "PK": frozenset({"IN"}), "GB": frozenset({"AR"}), "AR": frozenset({"GB", "FK"}),
}
# Readings of a whole country or a first-level division: the adjective qualifies them as a land ("القرم
# الروسية", "كشمير الهندية"), not as one of two towns.
_LANDS = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "ADM1", "TERR"})


def _given_back(c, code: str) -> bool:
    """Whether a reading of a name its state adjective left without one is given back: one in a land the
    adjective's state holds or claims, or a whole land (`_CLAIMED`, `_LANDS`)."""
    return c.feature_code in _LANDS or c.country_code in _CLAIMED.get(code, ())


def adjective_namesakes(gaz: Gazetteer, text: str, tokens: list[Token], found: list[NameSpan],
                        generic: frozenset[str] = frozenset()) -> None:
    """Keep, of each name's readings, those in the country its adjective names when it holds one there ("رفح
    المصرية"): the adjective settles which of two same-named towns the report means, over size. A name left with
    no reading by its adjective (`arabic_context`: "ولاية البنجاب الباكستانية", whose one Arabic reading is an
    Afghan village) is read among that country's first-level divisions held in Latin letters only, as one after
    "شرقي باكستان" is (geo/arabic_foreign_divisions.py); where none is, the name is no place the report can give
    ("كوجالي التركية" is no Algerian Jijel, guessed from a skeleton): it leaves `found`, unless the gazetteer
    reads the name as written in a land the state claims ("دونيتسك الروسية", a contested land: Ukraine's
    Donetsk is kept), or as a land itself; "الرمادي السورية" stays unresolved, no Iraqi Ramadi. After a facility
    noun the adjective is the facility's ("قاعدة X الأمريكية") and is let be."""
    unread = []
    for s in found:
        if s.j >= len(tokens) or text[tokens[s.j - 1].end : tokens[s.j].start].strip() \
                or facility_before(tokens, s.i, text):
            continue  # "قاعدة X الروسية": the adjective is the base's, not the name's
        code = adjective_country(gaz, tokens[s.j].norm)
        if code is None:
            continue
        if not s.candidates:
            got = foreign_division(gaz, [t.norm for t in tokens[s.i : s.j]], frozenset({code}), BRIDGE_MIN, generic)
            written = [c for c in gaz.lookup(s.norm, limit=5) if c.exact and _given_back(c, code)]
            if got is not None and got[0] == s.j - s.i:
                s.candidates = [got[1]]
            elif written:
                # the gazetteer's readings of the name as written, none in the state: the adjective of a contested
                # land ("دونيتسك الروسية") does not unmake Ukraine's Donetsk
                s.candidates = written
            else:
                unread.append(id(s))
            continue
        there = [c for c in s.candidates if c.country_code == code]
        if there and len(there) < len(s.candidates):
            s.candidates = there
    if unread:
        found[:] = [s for s in found if id(s) not in unread]
