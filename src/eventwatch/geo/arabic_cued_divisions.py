"""A first-level division read by an Arabic alias that is also a common word or a given name is that division only
where the report says so: after a division word, or beside another place of its country.

Mauritania's Hodhs are "الحوض الشرقي" and "الحوض الغربي" (the eastern and western basin), words a report on the
eastern Mediterranean writes too ("تتنافس الدول على الغاز في الحوض الشرقي"); Iran's Gilan is "جيلان", also a woman's
name ("الفنانة جيلان", the actress Jilan); Golestan's "كلستان" is also a city of Tehran province. The aliases
(aliases.yaml) are kept for the divisions listed in `cued_divisions` only after a governorate word ("بولاية الحوض
الشرقي", "محافظة جيلان") or where another name of the report reads in the division's country ("باسكنو ... الحوض
الشرقي"); elsewhere the alias's reading is dropped, and the name with it when it had no other.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from eventwatch.geo.arabic_state_adjectives import state_of_adjective
from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_candidates
from eventwatch.geo.store import NAME_CURATED


def _cued_alias(c: Candidate, words: ArabicReportWords) -> bool:
    """Whether a reading is a listed division reached through a curated alias."""
    return c.kind == NAME_CURATED and c.feature_code == "ADM1" and c.admin1_code in words.cued_divisions


def _governorate_word(reading: str, words: ArabicReportWords) -> bool:
    """Whether a folded, peeled reading is a governorate word or its dual ("ولايتي الحوض الشرقي والحوض الغربي")."""
    return reading in words.governorate_words or reading.endswith(("تي", "تا")) \
        and reading[:-2] + "ه" in words.governorate_words


def _division_word_before(tokens: list[Token], i: int, text: str, words: ArabicReportWords) -> bool:
    """Whether a governorate word ("ولاية", "بمحافظة") is written right before token i."""
    return i > 0 and not text[tokens[i - 1].end : tokens[i].start].strip() \
        and any(_governorate_word(r, words) for r in arabic_candidates(tokens[i - 1].norm))


def _adjective_countries(tokens: list[Token]) -> set[str]:
    """The states a relative adjective of the report names, definite or not ("جيلان الإيرانية", "وفد موريتاني"):
    such an adjective names the division's country as well as a place in it would."""
    out: set[str] = set()
    for t in tokens:
        for r in arabic_candidates(t.norm):
            if r.endswith(("ي", "يه")):
                state = state_of_adjective(r if r.startswith(ARABIC_ARTICLE) else ARABIC_ARTICLE + r)
                if state is not None:
                    out.add(state)
    return out


def _noun_key(tokens: list[Token], s: NameSpan) -> str:
    """The name's first word with its joined "و" peeled ("والحوض" → the "حوض" of "الحوض"): two sides of one noun
    ("الحوض الشرقي والحوض الغربي") share it, two provinces ("كلستان وجيلان") do not."""
    return min(arabic_candidates(tokens[s.i].norm), key=len)


def uncued_divisions(text: str, tokens: list[Token], found: list[NameSpan], words: ArabicReportWords) -> list[NameSpan]:
    """`found` without the readings of a listed division (`cued_divisions`) by its alias where no division word
    stands before the name, no other name of the report reads in the division's country, no adjective of the report
    names that country ("جيلان الإيرانية"), and no other listed province of that country by another noun is named
    ("كلستان وجيلان"; the two sides of one noun, "الحوض الشرقي والحوض الغربي", vouch for each other only where one
    has its division word); a name left with no reading is dropped. Run once every reader has added its names, so a
    place read late ("مخيم امبرة") vouches too. Linear in the report: each country's names are counted once."""
    if not words.cued_divisions:
        return found
    listed = [s for s in found if any(_cued_alias(c, words) for c in s.candidates)]
    if not listed:
        return found
    cued = {s.i for s in listed if _division_word_before(tokens, s.i, text, words)}
    # each name's countries, and how many names read in each: a name is vouched for by another name of its
    # division's country when that country's count exceeds the name's own share
    read_in = {s.i: {c.country_code for c in s.candidates if s.i in cued or not _cued_alias(c, words)}
               for s in found if s.candidates and s.locational}
    counts = Counter(country for countries in read_in.values() for country in countries)
    adjectives: Optional[set[str]] = None  # read only where some alias is not vouched for otherwise
    nouns: dict[str, set[str]] = {}  # a country → the nouns of its listed provinces named in the report
    for s in listed:
        for c in s.candidates:
            if _cued_alias(c, words):
                nouns.setdefault(c.country_code, set()).add(_noun_key(tokens, s))
    dropped: set[int] = set()
    for s in listed:
        if s.i in cued:
            continue
        country = next(c.country_code for c in s.candidates if _cued_alias(c, words))
        if counts[country] - (country in read_in.get(s.i, ())) > 0 \
                or nouns.get(country, set()) - {_noun_key(tokens, s)}:
            continue
        if adjectives is None:
            adjectives = _adjective_countries(tokens)
        if country in adjectives:
            continue
        s.candidates = [c for c in s.candidates if not _cued_alias(c, words)]
        if not s.candidates:
            dropped.add(id(s))
    return [s for s in found if id(s) not in dropped] if dropped else found

__all__ = ["uncued_divisions"]
