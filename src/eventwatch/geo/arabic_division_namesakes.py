"""A division read by its Arabic alias yields to a town of that spelling in the country the report is about.

Arabic names a first-level division and a town abroad alike: "بابل" is Iraq's Babil governorate (aliases.yaml)
and, in GeoNames, Iran's Babol in its Persian spelling. The curated alias wins the bare name (the town's alternate
name is set aside), which is right in a report on Iraq ("انفجرت عبوة في بابل جنوب بغداد") and wrong in one on Iran
("اعتقلت السلطات ناشطين في مدينة بابل شمالي إيران", in the city of Babol in northern Iran). Where the report's other
names read in the town's country and none in the division's, the town is the reading; a division word before the
name ("محافظة بابل") keeps the division. Only strong evidence counts: a country placed by a compass word
("شمالي إيران") or a town or province not the capital. A capital alone is where pilgrims and delegations come
from ("وصل زوار من طهران إلى بابل", visitors from Tehran reached Babil) and says nothing of where the name lies.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from eventwatch.geo.arabic_offset_readings import compass_bearing
from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_candidates, is_arabic
from eventwatch.geo.store import NAME_CURATED

_DIVISION = "ADM1"
_CAPITAL = "PPLC"
_COUNTRY = "PCL"  # PCLI, PCLD, ...


def _country(s: NameSpan) -> Optional[str]:
    return max(s.candidates, key=lambda c: c.population).country_code


def _evidence(o: NameSpan, tokens: list[Token], words: ArabicReportWords) -> bool:
    """Whether a found name vouches for its country: a town or province not the capital, or a country after a
    compass word ("شمالي إيران")."""
    code = max(o.candidates, key=lambda c: c.population).feature_code
    if code == _CAPITAL:
        return False
    if code.startswith(_COUNTRY):
        return o.i > 0 and compass_bearing([tokens[o.i - 1].norm]) is not None  # "شمالي إيران"
    return True


def _aliased_division(s: NameSpan) -> bool:
    return bool(s.candidates) and all(c.feature_code == _DIVISION and c.kind == NAME_CURATED for c in s.candidates)


def division_namesakes(gaz: Gazetteer, tokens: list[Token], found: list[NameSpan], words: ArabicReportWords) -> None:
    """A one-word Arabic name read only as a division by a curated alias, read instead as the towns of that spelling
    in the countries the report's other names vouch for (`_evidence`), where none of them reads in the division's
    country."""
    counts: Optional[Counter[str]] = None  # the countries of the report's names, counted once (linear work)
    strong: Counter[str] = Counter()  # those of its names that vouch for a country (`_evidence`)
    for s in found:
        if s.j - s.i != 1 or not s.locational or not is_arabic(s.norm) or not _aliased_division(s):
            continue
        if s.i > 0 and any(r in words.governorate_words or r in words.division_words
                           for r in arabic_candidates(tokens[s.i - 1].norm)):
            continue  # "محافظة بابل": the division named as one
        if counts is None:
            counts = Counter(_country(o) for o in found if o.candidates and o.locational)
            strong = Counter(_country(o) for o in found
                             if o.candidates and o.locational and _evidence(o, tokens, words))
        own = _country(s)  # the span's own entry, subtracted
        others = {c for c, n in counts.items() if n - (c == own) > 0}
        vouched = {c for c, n in strong.items() if n - (c == own and _evidence(s, tokens, words)) > 0}
        if not vouched or any(c.country_code in others for c in s.candidates):
            continue
        towns = [c for c in gaz.candidates(gaz.keys_for(s.norm), s.norm)
                 if c.exact and c.feature_code.startswith("PPL") and c.country_code in vouched]
        if towns:
            s.candidates = towns
