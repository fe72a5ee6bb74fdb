"""A division after a governorate word in a country whose places GeoNames names in Latin letters only.

The skeleton bridge (geo/arabic_translit.py) reads Latin-only names among the countries whose places the Arabic
press names in Arabic (`arabic_name_countries`): that keeps its index small and its guesses near home. The Arabic
press also reports on Turkey, Iran, Pakistan, Afghanistan, Niger or Ukraine, and there names a province after its
word as it names a Syrian one ("ولاية ملاطية شرقي تركيا", "إقليم بلوشستان في باكستان"). Where the report names
that country itself (the country or its capital), a first-level division of it is read through a bridge over
that one country's divisions; each country's index is built once, on first need.
"""
from __future__ import annotations

from typing import Iterable, Optional

from eventwatch.geo.arabic_translit import bridge
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import is_arabic

# The readings that name a country as surely as its name: the country, and its capital.
_COUNTRY_CODES = ("PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PPLC")


def foreign_countries(spans: Iterable[NameSpan], home: frozenset[str]) -> frozenset[str]:
    """The countries outside `home` (the countries of Arabic names) that the report's Arabic names read as
    their first reading name by the country's name or its capital's."""
    out = set()
    for s in spans:
        if s.candidates and s.locational and is_arabic(s.norm):
            best = max(s.candidates, key=lambda c: c.population)
            if best.feature_code in _COUNTRY_CODES and best.country_code not in home:
                out.add(best.country_code)
    return frozenset(out)


def foreign_division(gaz, names: list[str], countries: frozenset[str], min_consonants: int,
                     generic: frozenset[str]) -> Optional[tuple[int, Candidate]]:
    """The first-level division of one of `countries` (the report's foreign countries) that the words after a
    governorate word name through their Latin skeleton; None where none does, or several countries' do."""
    got = [g for cc in sorted(countries)
           if (g := bridge(gaz, names, frozenset({cc}), frozenset({cc}), min_consonants=min_consonants,
                           divisions_only=True, generic=generic)) is not None]
    return got[0] if len(got) == 1 else None
