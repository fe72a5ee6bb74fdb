"""A compass word with a capitalised division title: "the Central Division" of Fiji, "the Western Region" of
Ghana, "the Eastern District" of Hong Kong, "the Northern Governorate" of Bahrain.

GeoNames names some countries' first-level divisions by the compass word alone ("Central", "Western"), and
the news writes them with their title. The bare word is an ordinary adjective, so it is never read as a name,
and the phrase is in the gazetteer only where another country holds it whole ("Central Region" of Uganda).
With its title capitalised after it the phrase names a division; which country's is the document's to say:
the phrase is read only where a place the document already names lies in (or is) a country holding such a
division, and only that country's division is kept, where the title is the one that country gives such
divisions (Fiji's "Division", Uganda's "Region": "Kampala's Central Division" is one of the city's own).
Elsewhere the phrase is a league's or a police force's ("the Central Division title", "the NHL's Central
Division", "LAPD's Central Division") and is left alone. Most such phrases are read before this rule by the
division-designator join (geo/division_names.py, "the Eastern Region" of Ghana); this one
reads those it leaves, chiefly where GeoNames holds the division by the compass word alone and no alias carries
the title (Fiji's divisions).
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
_PHRASE = re.compile(r"\b(" + "|".join(sorted((c.replace(" ", r"\s+") for c in _COMPASS), key=len, reverse=True))
                     + r")\s+(" + "|".join(_TITLES) + r")\b")
_ADMIN1 = frozenset({"ADM1", "ADM1H"})
# The title each country gives its compass-named first-level divisions: a title another country uses is another
# body's ("Kampala's Central Division" is one of the city's five divisions, Uganda's is the Central Region).
# Countries whose compass divisions carry a title this rule does not read ("Northern State") are left out.
_COUNTRY_TITLES: dict[str, frozenset[str]] = {
    "FJ": frozenset({"Division"}), "GM": frozenset({"Division"}),
    "GH": frozenset({"Region"}), "UG": frozenset({"Region"}), "MW": frozenset({"Region"}), "CM": frozenset({"Region"}),
    "BF": frozenset({"Region"}),
    "ZM": frozenset({"Province"}), "LK": frozenset({"Province"}), "RW": frozenset({"Province"}),
    "PG": frozenset({"Province"}), "SL": frozenset({"Province"}), "SB": frozenset({"Province"}),
    "SA": frozenset({"Province"}), "NC": frozenset({"Province"}), "ZA": frozenset({"Province"}),
    "BH": frozenset({"Governorate"}), "LB": frozenset({"Governorate"}),
    "HK": frozenset({"District"}), "IL": frozenset({"District"}), "BW": frozenset({"District"}),
    "AS": frozenset({"District"}),
}
# Capitalised words that open a longer name before a compass word ("Upper East Region", "Far North Region").
_QUALIFIER_BEFORE = re.compile(r"\b(?:Upper|Lower|Far|Greater|Middle|Mid)\s+\Z")
# "Kampala's Central Division", "the NHL's Central Division": a possessor that is no country owns another body's
_POSSESSOR = re.compile(r"(\S+)['’]s\s+\Z")
# "the Central Division title", "the Western Division race": a league's table, not land
_LEAGUE_AFTER = re.compile(r"\s+(?:title|titles|race|crown|champions?|championship|standings|leaders|winners?|"
                           r"rivals?|opener|games?|matches|match|final|playoffs?|table|teams?|clubs?|side|sides|"
                           r"of\s+the\s+(?:league|conference|NHL|NBA|NFL|MLB))\b")


def compass_division_spans(gaz: Gazetteer, text: str, tokens: Sequence[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """`spans` with a name added for each compass-word division phrase no name covers, read as the division of
    that bare name in a country the document's other names support and whose divisions carry that title; the
    list stays in text order."""
    # Every phrase ends in one of the titles: a text holding none (most) skips the pattern's try at each position.
    if not any(title in text for title in _TITLES) or _PHRASE.search(text) is None:
        return spans
    countries = _document_countries(text, spans)
    if not countries:
        return spans
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k + 1 for k, t in enumerate(tokens)}
    added: list[NameSpan] = []
    for m in _PHRASE.finditer(text):
        start, end = m.start(), m.end()
        if any(s.start < end and start < s.end for s in spans):
            continue
        if _QUALIFIER_BEFORE.search(text[max(0, start - 12) : start]):
            continue  # "Upper East Region", "Far North Region": a longer name, read elsewhere
        if re.match(r" [A-Z]", text[end : end + 2]) or _LEAGUE_AFTER.match(text, end):
            continue  # "the Central Region Police Command", "the Central Division title": another body's
        owner = _POSSESSOR.search(text[max(0, start - 40) : start])
        if owner is not None and not _country_ending_at(spans, start - len(owner.group(0)) + len(owner.group(1)),
                                                        countries):
            continue  # "Kampala's Central Division", "the NHL's Central Division"
        compass = " ".join(m.group(1).split())
        title = m.group(2)
        held = [cc for cc in countries if title in _COUNTRY_TITLES.get(cc, ())]
        if not held:
            continue
        readings = [c for cc in sorted(held) for c in gaz.lookup(compass, country=cc, limit=10)
                    if c.exact and c.feature_code in _ADMIN1
                    and normalise(c.matched or c.name) == normalise(compass)]
        if not readings:
            continue
        i, j = starts.get(start), ends.get(end)
        if i is None or j is None:
            continue
        added.append(NameSpan(i, j, start, end, normalise(compass + " " + title), readings, cue=title.lower(),
                              vague="admin1", firm=True, phrase_start=start, phrase_end=end))
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: s.start)


def _country_ending_at(spans: list[NameSpan], end: int, countries: frozenset[str]) -> bool:
    """Whether a name ending at `end` reads as one of `countries` itself ("Fiji's Western Division")."""
    return any(s.end == end and s.candidates and s.candidates[0].feature_code.startswith("PCL")
               and s.candidates[0].country_code in countries for s in spans)


def _document_countries(text: str, spans: list[NameSpan]) -> frozenset[str]:
    """The countries the document's names read as places name outright or lie in by their likeliest reading;
    not a name that only modifies a word ("Fiji-born", "Fiji-based"), which says nothing of where the story is."""
    out: set[str] = set()
    for s in spans:
        if s.demonym or s.unknown or not s.candidates or not s.locational or text[s.end : s.end + 1] in ("-", "‐"):
            continue
        best: Candidate = s.candidates[0]
        if best.country_code and best.exact:
            out.add(best.country_code)
    return frozenset(out)
