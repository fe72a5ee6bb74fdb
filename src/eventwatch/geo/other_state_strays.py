"""A small town of another state under a dateline that writes its state: the paper's own place the gazetteer
lacks.

"BAKER CITY, Ore. — Schools in Halfway sent students home": a paper that writes its state in the dateline is a
local one, and it writes the state after every town outside it but the few large cities a reader knows alone
(the wire services' style: "Halfway, Md." or "Omaha"). A bare small town is therefore the paper's own, or its
neighbour's; where the gazetteer holds the name only in other states, the resolver takes a namesake far off (a
Maryland town for an Oregon hamlet). That reading is kept unresolved instead and stands in at the dateline's town
(its state where the town is not held), as a place of the paper's neighbourhood (`stand_in_at_the_dateline`),
not at the name listed before it, which may be another such namesake ("Schools in Halfway and Richland").

A namesake near the dateline (within NEAR_KM: a neighbour across the state line) is the neighbour it says it is;
a city of WORLD_CITY_POPULATION or more, or a state or national capital, is what its name means ("fans flew in
from Omaha"); a name the text places itself ("Halfway, Md.") or after words of someone's origin ("born in
Halfway") keeps its reading; and so does one whose state the story reads any other name in (the story then
reaches that state).

geo/namesakes.py (`far_namesakes`) already unreads a weak reading far from every place of the story; this rule
reads the dateline alone, so that two bare names read as far namesakes lying near each other ("Schools in Halfway
and Richland": Halfway, Md. and Richland, Pa.) do not shield each other as the story's places.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.dateline_state_strays import dateline_state
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.lone_foreign_towns import ORIGIN_BEFORE
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.resolve import Resolution

# How far from the dateline's town (or state) a namesake lies before it is no neighbour across a state line.
NEAR_KM = 400.0


def strays_into_other_states(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                             keep: Optional[Sequence[bool]] = None) -> list[int]:
    """Indices of bare names after a state-written dateline read as a small town of another state of the
    dateline's country, far from it, with no reading in the dateline's state, in a state no other name of the
    story is read in."""
    state = dateline_state(text, spans, resolutions)
    if state is None:
        return []
    keep = keep if keep is not None else [True] * len(spans)
    town = resolutions[0].candidate if resolutions[0] is not None else None
    points = [p for p in (town, state) if p is not None and p.lat is not None]
    states: dict[str, set[str]] = {}  # a state of the dateline's country → the names read there
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        c = r.candidate if r is not None and keep[k] else None
        if c is not None and c.country_code == state.country_code and c.admin1:
            states.setdefault(c.admin1, set()).add(s.norm)
    out = []
    for k in range(2, len(spans)):
        s, r = spans[k], resolutions[k]
        c = r.candidate if r is not None and keep[k] else None
        if c is None or not s.locational or s.demonym or s.container is not None \
                or c.source == "user" or c.country_code != state.country_code or not c.admin1 \
                or c.admin1 == state.admin1 or not c.feature_code.startswith("PPL") \
                or c.feature_code in ("PPLC", "PPLA") or (c.population or 0) >= WORLD_CITY_POPULATION \
                or c.lat is None:
            continue
        if any(x.exact and x.country_code == state.country_code and x.admin1 == state.admin1 for x in s.candidates):
            continue  # a reading in the dateline's state exists: which one to take is the resolver's business
        if states.get(c.admin1, set()) - {s.norm}:
            continue  # the story reaches the town's state
        if any(haversine_km(c.lat, c.lon, p.lat, p.lon) <= NEAR_KM for p in points):
            continue  # a neighbour across the state line
        if s.end < len(text) and text[s.end] == "," and k + 1 < len(spans) and spans[k + 1].start - s.end <= 2:
            continue  # "Halfway, Md.": the writer places it
        if ORIGIN_BEFORE.search(text, max(0, s.start - 60), s.start) is not None:
            continue
        out.append(k)
    return out


def stand_in_at_the_dateline(spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                             strays: Sequence[int]) -> None:
    """Give each stray (in place) the dateline's town as the place that holds it, or the dateline's state where
    the gazetteer lacks the town: the stand-in is read from its container (geo/fallback.py)."""
    if not strays:
        return
    holder = 0 if resolutions[0] is not None and resolutions[0].candidate is not None else 1
    for k in strays:
        spans[k].container = holder
