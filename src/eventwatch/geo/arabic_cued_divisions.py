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

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_candidates
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


def uncued_divisions(text: str, tokens: list[Token], found: list[NameSpan], words: ArabicReportWords) -> None:
    """Drop from `found` the readings of a listed division (`cued_divisions`) by its alias where no division word
    stands before the name and no other name of the report reads in the division's country (two such aliases
    vouch for each other only where one has its division word: "ولايتي الحوض الشرقي والحوض الغربي"); a name left
    with no reading is dropped."""
    if not words.cued_divisions:
        return
    listed = [s for s in found if any(_cued_alias(c, words) for c in s.candidates)]
    if not listed:
        return
    cued = {s.i for s in listed if _division_word_before(tokens, s.i, text, words)}
    read_in = {s.i: {c.country_code for c in s.candidates if s.i in cued or not _cued_alias(c, words)}
               for s in found if s.candidates and s.locational}
    for s in listed:
        if s.i in cued:
            continue
        country = next(c.country_code for c in s.candidates if _cued_alias(c, words))
        if any(country in countries for i, countries in read_in.items() if i != s.i):
            continue
        s.candidates = [c for c in s.candidates if not _cued_alias(c, words)]
    found[:] = [s for s in found if s.candidates or s not in listed]


__all__ = ["uncued_divisions"]
