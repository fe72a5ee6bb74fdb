"""A metropolitan area named for its city: "the Greater Toronto Area", "Greater Sydney", "Greater Vancouver".

Web news names a conurbation by its central city after "Greater", often with "Area" or "Region" after it. The
gazetteer holds a few such names whole (Greater London, Greater Manchester) and most not, so the city's name
was read alone: inside a longer capitalised run it was taken for part of another thing's name ("Toronto" in
"Greater Toronto Area" returned as no place at all), and bare it was free to be any namesake ("Greater
Vancouver" read as Vancouver, Washington). A conurbation grows around a city of some size, so the name takes
the whole phrase and keeps its readings as cities of note whose own name it is: the resolver still picks among
them by the story's other places ("Greater Portland, Maine", "Greater Victoria, British Columbia"). Where
nothing else tells, a seat of a country or a first-level division comes first and then the largest: a city
that seats a government is the one a conurbation is named after in the news, where a larger namesake district
of a city abroad ("Victoria" in Hong Kong, inside the city the world calls by another name) is not. Only a city's own name counts, never an alternate one ("Victoria" is
also an old name of Hong Kong), and a name that is a country's or a region's ("Greater China", "Greater
Albania", "Greater Kurdistan") is that land's, never a namesake town abroad. A capitalised word after the
phrase makes it an organisation's name ("Greater Toronto Airports Authority", "Greater Manchester Police") and
is left alone; a day or a month there is only the time of the news ("the Greater Toronto Area Monday").
"""
from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from eventwatch.geo.gazetteer import Candidate, prior_score
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.state_capitals import is_state_capital
from eventwatch.geo.store import NAME_MAIN

# "Area" or "Region" closing the phrase (a lower-case "area" is no part of the name); then no capitalised word
# that would make it an organisation's name, where a day or a month after it is the time of the news.
_AREA_AFTER = re.compile(r"\s+(?:Area|Region)\b")
_TIME_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
               "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
_CAPITALISED_NEXT = re.compile(r"\s+(?!(?:%s)(?:['’]s)?\b)[A-Z]" % "|".join(_TIME_WORDS))
# A conurbation's central city is a city of some size; the hamlets sharing a country's or a word's name are not.
METRO_CITY = 50_000
# Readings that make the name a land's own: a country, a region or a continent ("Greater China", "Greater
# Kurdistan"). A first-level division is not among them: many capitals are their own province ("Greater
# Cairo", "Greater Tokyo"), and a state may share a city's name abroad ("Greater Victoria").
_LAND_CODES = ("PCL", "RGN", "CONT", "TERR")
# Seats of a country or a first-level division (US state capitals the gazetteer codes PPL: `is_state_capital`).
_SEAT_CODES = frozenset({"PPLA", "PPLC"})


# How far a seat's reading of a conurbation's name is lifted above its largest namesake's context-free prior:
# enough to win where nothing else tells, a little, so that a story's own places still choose another.
SEAT_MARGIN = 0.25


def _seat(c: Candidate) -> bool:
    return c.feature_code in _SEAT_CODES or is_state_capital(c)


def _seats_first(towns: list[Candidate]) -> list[Candidate]:
    """The conurbation's readings, a seat of government first and then by size. With nothing else to tell, a
    conurbation named in the news is a government seat's sooner than a larger namesake's ("Greater Victoria"
    is British Columbia's capital region, not a district of Hong Kong, the city the world calls by another
    name): a seat's reading takes a prior just above the largest one's (copied, since readings are shared)."""
    ordered = sorted(towns, key=lambda c: (not _seat(c), -(c.population or 0)))
    if all(_seat(c) for c in towns) or not _seat(ordered[0]):
        return ordered
    top = max(prior_score(c) for c in towns)
    out = []
    for c in ordered:
        if _seat(c):
            c = dataclasses.replace(c)
            c.prior = top + SEAT_MARGIN
        out.append(c)
    return out


def _metro_cities(s: NameSpan) -> list:
    """The name's readings as a city of note whose own name it is, or none where the name is a land's."""
    if any(c.exact and c.feature_code.startswith(_LAND_CODES) for c in s.candidates):
        return []
    return [c for c in s.candidates if c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL")
            and (c.population or 0) >= METRO_CITY]


def greater_areas(text: str, tokens: Sequence[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """Widen each "Greater X [Area]" city name to the whole phrase, keeping X's readings as cities of note, and
    drop any other name read inside the widened phrase ("Area" in "the Greater Toronto Area's")."""
    covered: list[tuple[int, int, NameSpan]] = []
    for s in spans:
        if s.i == 0 or s.demonym or s.facility or tokens[s.i - 1].text != "Greater" \
                or not text[tokens[s.i - 1].end : s.start].isspace():
            continue
        if s.cue not in (None, "embedded"):
            continue  # read already by its context ("Greater Sydney's council said"): that reading stands
        towns = _metro_cities(s)
        if not towns:
            continue  # "Greater Bay Area", "Greater Antilles", "Greater China": not a city's conurbation
        j, end = s.j, s.end
        area = _AREA_AFTER.match(text, end)
        if area is not None:
            j, end = j + 1, area.end()
        if _CAPITALISED_NEXT.match(text, end) is not None:
            continue
        s.i, s.start, s.j, s.end = s.i - 1, tokens[s.i - 1].start, j, end
        s.phrase_start = s.start if s.phrase_start < 0 else min(s.phrase_start, s.start)
        s.phrase_end = s.end if s.phrase_end < 0 else max(s.phrase_end, s.end)
        s.candidates = _seats_first(towns)
        if s.cue == "embedded":
            s.locational, s.cue = True, None
        covered.append((s.start, s.end, s))
    if not covered:
        return spans
    kept = [k for k, o in enumerate(spans)
            if not any(o is not s and start <= o.start < end for start, end, s in covered)]
    if len(kept) == len(spans):
        return spans
    # containers are indices into the list (geo/name_lists.py): point them at the same spans after the drop
    index = {old: new for new, old in enumerate(kept)}
    out = [spans[k] for k in kept]
    for o in out:
        if o.container is not None:
            o.container = index.get(o.container)
    return out
