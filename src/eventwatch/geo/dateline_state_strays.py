"""A small town abroad under a dateline that writes its state: a local place the gazetteer lacks.

"ST. ALBANS, Vt. — Farmers from Highgate brought their hay": a paper that writes its town's state in the
dateline ("HAYS, Kan. —", "BRANDON, Man. —") is a local one, and the bare names after it are its neighbourhood's
as a rule. The gazetteer holds few hamlets of that neighbourhood, so such a name may be read as the only town it
holds of the name: a district of London, a village in Wales. Where the name has no reading at all in the
dateline's country, and nothing else in the story (no other place there, no people of it) points to the town's
own country, the dateline outweighs a town far off (ABROAD_KM from the dateline's state and town; one across
the border is the neighbour it says it is), where that town is a bare district of a metropolis abroad (within
METRO_KM of a city of METRO_POPULATION or more under another name: Highgate and Peckham in London): the name is
kept unresolved and stands in at the story's places, as geo/lone_foreign_towns.py does for a story set by three
or more places of one country. A local paper does not name a metropolis's district abroad without its city, but
it does name a town abroad in its own right, where its people served or its sister city lies ("wounded in
Haditha", "the delegation from Tenri", "returned to Bastogne"): those keep their readings.

A world city (WORLD_CITY_POPULATION and up) or a capital is still what its name means ("moved to London"), a name
written with its own container ("Highgate, London") is read there, and a town after words of someone's origin
("born in Hove") is as often abroad as not (geo/lone_foreign_towns.ORIGIN_BEFORE).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from eventwatch.geo.dateline_towns import DATELINE_CUE
from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.lone_foreign_towns import ABROAD_KM, ORIGIN_BEFORE
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.resolve import Resolution
from eventwatch.geo.written_states import STATE_STYLE

# The gap between a dateline town and its state: "ST. ALBANS, Vt."
_STATE_COMMA = re.compile(r",\s*")
# A metropolis whose districts the gazetteer holds as towns of their own, and how far its districts reach.
METRO_POPULATION = 1_000_000
METRO_KM = 15.0


@lru_cache(maxsize=4)
def _metropolises(gaz: Gazetteer) -> tuple[tuple[str, float, float], ...]:
    """(name, lat, lon) of every populated place of METRO_POPULATION or more (some 560; one query, cached); none
    for a gazetteer without a store (a test's stand-in)."""
    if getattr(gaz, "db", None) is None:
        return ()
    rows = gaz.db.execute("SELECT name, lat, lon FROM places WHERE population >= ? AND fcode LIKE 'PPL%' "
                          "AND lat IS NOT NULL AND lon IS NOT NULL", (METRO_POPULATION,)).fetchall()
    return tuple((n, lat, lon) for n, lat, lon in rows)


@lru_cache(maxsize=1)
def settler_name_origins() -> dict[str, frozenset[str]]:
    """Dateline country → the countries its settlers named towns after (data/gazetteer/settler_name_origins.tsv):
    only a district of a metropolis there has local namesakes a paper names alone ("Highgate" in Vermont)."""
    out: dict[str, frozenset[str]] = {}
    for line in (DATA_DIR / "settler_name_origins.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            home, origins = line.split("\t")
            out[home.strip()] = frozenset(origins.split())
    return out


def _district_of_a_metropolis(gaz: Gazetteer, c: Candidate) -> bool:
    """Whether town `c` lies within METRO_KM of a metropolis of another name: a district of it ("Highgate")."""
    return any(name != c.name and abs(lat - c.lat) < 0.2 and haversine_km(c.lat, c.lon, lat, lon) <= METRO_KM
               for name, lat, lon in _metropolises(gaz))


def dateline_state(text: str, spans: Sequence[NameSpan],
                   resolutions: Sequence[Optional[Resolution]]) -> Optional[Candidate]:
    """The country of the state a dateline writes after its town ("ST. ALBANS, Vt. —"): the text opens with the
    dateline, and the next name, right after its comma, is read as a first-level division of a state-style
    country. The town itself may be one the gazetteer lacks."""
    if len(spans) < 3 or spans[0].cue != DATELINE_CUE or text[: spans[0].start].strip() \
            or _STATE_COMMA.fullmatch(text, spans[0].end, spans[1].start) is None:
        return None
    r = resolutions[1]
    state = r.candidate if r is not None else None
    if state is None or state.feature_code != "ADM1" or state.country_code not in STATE_STYLE or state.lat is None:
        return None
    return state


def strays_under_state_datelines(gaz: Gazetteer, text: str, spans: Sequence[NameSpan],
                                 resolutions: Sequence[Optional[Resolution]], keep: Sequence[bool]) -> list[int]:
    """Indices of names after a state-written dateline read as a district of a metropolis abroad below
    world-city size (no capital), with no reading in the dateline's country, in a country no other name of the
    story is read in."""
    state = dateline_state(text, spans, resolutions)
    if state is None:
        return []
    home = state.country_code
    # the dateline's points: its state's, and its town's where the gazetteer holds it
    points = [p for p in (state, resolutions[0].candidate if resolutions[0] is not None else None)
              if p is not None and p.lat is not None]
    countries: dict[str, set[str]] = {}  # country → the names read there (a demonym's too)
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if keep[k] and r is not None and r.candidate is not None and r.candidate.country_code:
            countries.setdefault(r.candidate.country_code, set()).add(s.norm)
    out = []
    for k in range(2, len(spans)):
        s, r = spans[k], resolutions[k]
        c = r.candidate if r is not None and keep[k] else None
        if c is None or r.unsupported or not s.locational or s.demonym or s.container is not None \
                or c.source == "user" or c.country_code == home or not c.feature_code.startswith("PPL") \
                or c.feature_code == "PPLC" or c.population >= WORLD_CITY_POPULATION \
                or ORIGIN_BEFORE.search(text, max(0, s.start - 60), s.start) is not None:
            continue
        if countries.get(c.country_code, set()) - {s.norm}:
            continue  # the story names the town's country, a place there or its people
        if any(x.country_code == home for x in s.candidates):
            continue  # a reading at home exists: which one to take is the resolver's business
        if c.lat is None or any(haversine_km(c.lat, c.lon, p.lat, p.lon) <= ABROAD_KM for p in points):
            continue  # a town across the border ("shoppers from Magog" in a Vermont paper) is the neighbour
        if s.end < len(text) and _STATE_COMMA.match(text, s.end) and k + 1 < len(spans) \
                and _STATE_COMMA.fullmatch(text, s.end, spans[k + 1].start):
            continue  # "Highgate, England": the writer places it
        if c.country_code not in settler_name_origins().get(home, frozenset()) \
                or not _district_of_a_metropolis(gaz, c):
            continue  # "wounded in Haditha", "shown at Le Bourget": a town abroad in its own right
        out.append(k)
    return out
