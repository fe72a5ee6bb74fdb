"""A division read by its Arabic alias yields to a town of that spelling in the country the report is about.

Arabic names a first-level division and a town abroad alike: "بابل" is Iraq's Babil governorate (aliases.yaml)
and, in GeoNames, Iran's Babol in its Persian spelling. The curated alias wins the bare name (the town's alternate
name is set aside), which is right in a report on Iraq ("انفجرت عبوة في بابل جنوب بغداد") and wrong in one on Iran
("اعتقلت السلطات ناشطين في مدينة بابل شمالي إيران", in the city of Babol in northern Iran). Where the report's other
names read in the town's country and none in the division's, the town is the reading; a division word before the
name ("محافظة بابل") keeps the division.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_candidates, is_arabic
from eventwatch.geo.store import NAME_CURATED

_DIVISION = "ADM1"


def _country(s: NameSpan) -> Optional[str]:
    return max(s.candidates, key=lambda c: c.population).country_code


def _aliased_division(s: NameSpan) -> bool:
    return bool(s.candidates) and all(c.feature_code == _DIVISION and c.kind == NAME_CURATED for c in s.candidates)


def division_namesakes(gaz: Gazetteer, tokens: list[Token], found: list[NameSpan], words: ArabicReportWords) -> None:
    """A one-word Arabic name read only as a division by a curated alias, read instead as the towns of that spelling
    in the countries the report's other names read in, where none of them reads in the division's country."""
    for s in found:
        if s.j - s.i != 1 or not s.locational or not is_arabic(s.norm) or not _aliased_division(s):
            continue
        if s.i > 0 and any(r in words.governorate_words or r in words.division_words
                           for r in arabic_candidates(tokens[s.i - 1].norm)):
            continue  # "محافظة بابل": the division named as one
        others = {_country(o) for o in found if o is not s and o.candidates and o.locational}
        if not others or any(c.country_code in others for c in s.candidates):
            continue
        towns = [c for c in gaz.candidates(gaz.keys_for(s.norm), s.norm)
                 if c.exact and c.feature_code.startswith("PPL") and c.country_code in others]
        if towns:
            s.candidates = towns
