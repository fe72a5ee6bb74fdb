"""A country named by a compass word and a continent is the continent's side after a word of a group of lands.

"جنوب أفريقيا" is South Africa (aliases.yaml), but "دول جنوب أفريقيا" (the countries of southern Africa), "منطقة
جنوب أفريقيا" and "بلدان شرق أفريقيا" name a side of the continent, as "دول المغرب" names the Maghreb's lands, no
one country (`region_heads`). After such a word the name is read as the continent its second word names, but only
where it was read as a country: "شرق أفريقيا", "شمال أفريقيا" already read as East or North Africa keep that region.
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_base, arabic_candidates

_CONTINENT = "CONT"
_COUNTRY = "PCL"  # PCLI, PCLD, ...: the feature codes of countries


def continent_sides(gaz: Gazetteer, text: str, tokens: list[Token], found: list[NameSpan],
                    words: ArabicReportWords) -> None:
    """Two-word names of a compass word and a continent ("جنوب أفريقيا") right after a word of a group of lands
    ("دول") and read as a country, read as that continent."""
    for s in found:
        if s.j - s.i != 2 or s.i == 0 or not s.candidates \
                or not all(c.feature_code.startswith(_COUNTRY) for c in s.candidates) \
                or arabic_base(tokens[s.i - 1].norm) not in words.region_heads \
                or text[tokens[s.i - 1].end : tokens[s.i].start].strip(" ") \
                or not any(r in words.compass_words for r in arabic_candidates(tokens[s.i].norm)):
            continue
        second = tokens[s.i + 1].norm
        continent = [c for c in gaz.candidates(gaz.keys_for(second), second)
                     if c.exact and c.feature_code == _CONTINENT]
        if continent:
            s.candidates = continent
