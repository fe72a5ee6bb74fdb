"""A compass word with a capitalised division title: "the Central Division" of Fiji, "the Western Region" of
Ghana, "the Eastern District" of Hong Kong, "the Northern Governorate" of Bahrain.

GeoNames names some countries' first-level divisions by the compass word alone ("Central", "Western"), and
the news writes them with their title. The bare word is an ordinary adjective, so it is never read as a name,
and the phrase is in the gazetteer only where another country holds it whole ("Central Region" of Uganda).
With its title capitalised after it the phrase names a division; which country's is the document's to say:
the phrase is read only where a place the document already names lies in (or is) a country holding such a
division, and only that country's division is kept. Elsewhere the phrase is a league's or a police force's
("the Central Division title", "LAPD's Central Division") and is left alone.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, normalise

_COMPASS = ("Central", "Western", "Eastern", "Northern", "Southern", "Centre", "North", "South", "East", "West",
            "North-East", "North-West", "South-East", "South-West", "North East", "North West")
_TITLES = ("Division", "Region", "Province", "District", "Governorate")
_PHRASE = re.compile(r"\b(" + "|".join(sorted(_COMPASS, key=len, reverse=True)) + r") (" + "|".join(_TITLES) + r")\b")
_ADMIN1 = frozenset({"ADM1", "ADM1H"})
# Capitalised words that open a longer name before a compass word ("Upper East Region", "Far North Region").
_QUALIFIER_BEFORE = re.compile(r"\b(?:Upper|Lower|Far|Greater|Middle|Mid)\s+\Z")


def compass_division_spans(gaz: Gazetteer, text: str, tokens: Sequence[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """`spans` with a name added for each compass-word division phrase no name covers, read as the division of
    that bare name in a country the document's other names support; the list stays in text order."""
    if _PHRASE.search(text) is None:
        return spans
    countries = _document_countries(spans)
    if not countries:
        return spans
    added: list[NameSpan] = []
    for m in _PHRASE.finditer(text):
        start, end = m.start(), m.end()
        if any(s.start < end and start < s.end for s in spans):
            continue
        if _QUALIFIER_BEFORE.search(text[max(0, start - 12) : start]):
            continue  # "Upper East Region", "Far North Region": a longer name, read elsewhere
        if re.match(r" [A-Z]", text[end : end + 2]):
            continue  # "the Central Region Police Command": an institution's name
        readings = [c for cc in sorted(countries) for c in gaz.lookup(m.group(1), country=cc, limit=10)
                    if c.exact and c.feature_code in _ADMIN1
                    and normalise(c.matched or c.name) == normalise(m.group(1))]
        if not readings:
            continue
        i = next((k for k, t in enumerate(tokens) if t.start == start), None)
        j = next((k + 1 for k, t in enumerate(tokens) if t.end == end), None)
        if i is None or j is None:
            continue
        added.append(NameSpan(i, j, start, end, normalise(m.group(0)), readings, cue=m.group(2).lower(),
                              vague="admin1", firm=True, phrase_start=start, phrase_end=end))
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: s.start)


def _document_countries(spans: list[NameSpan]) -> frozenset[str]:
    """The countries the document's names read as places name outright or lie in by their likeliest reading."""
    out: set[str] = set()
    for s in spans:
        if s.demonym or s.unknown or not s.candidates:
            continue
        best: Candidate = s.candidates[0]
        if best.country_code and best.exact:
            out.add(best.country_code)
    return frozenset(out)
