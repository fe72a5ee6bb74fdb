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
reaches that state; another such bare far name read there does not: two hamlets' namesakes often share a large
state), or one within STORY_NEAR_KM of a town the story reads firmly, itself no such bare far name (the story then
travels there: a tour "in Halfway and Richland, then in Baltimore"), or of two other such names (three names'
namesakes in one small area are a trip there, not chance).

geo/namesakes.py (`far_namesakes`) already unreads a weak reading far from every place of the story; this rule
reads the dateline alone, so that two bare names read as far namesakes lying near each other ("Schools in Halfway
and Richland": Halfway, Md. and Richland, Pa.) do not shield each other as the story's places, nor two read in
one far state ("crews from Sharon", "ranchers near Freedom": both Pennsylvania towns for two Oklahoma hamlets):
only a name of that state the rule does not set aside says the story reaches it, or a third name's namesake in
the same small area, or two names given as one trip's stops, each with its own "in" and day ("played in Lititz
on Friday and in Ephrata on Saturday": geo/itinerary_pairs.py).
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.dateline_state_strays import dateline_state
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.itinerary_pairs import itinerary_pairs
from eventwatch.geo.lone_foreign_towns import ORIGIN_BEFORE
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.point_cells import PointCells
from eventwatch.geo.resolve import Resolution

# How far from the dateline's town (or state) a namesake lies before it is no neighbour across a state line.
NEAR_KM = 400.0
# How near a place the story reads firmly a namesake lies to be of the same area (the 161 km within which the
# corpora count a reading right): closer than NEAR_KM, as a large city the story names far from the dateline may
# itself be the resolver's namesake of a hamlet (a bare "Omaha" under an Arkansas dateline read as Nebraska's city
# does not vouch for a South Dakota town 260 km off).
STORY_NEAR_KM = 161.0


def strays_into_other_states(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                             keep: Optional[Sequence[bool]] = None) -> list[int]:
    """Indices of bare names after a state-written dateline read as a small town of another state of the
    dateline's country, far from it, with no reading in the dateline's state, in a state no other name of the
    story is read in, and far from every town the story reads firmly (one no such name)."""
    state = dateline_state(text, spans, resolutions)
    if state is None:
        return []
    keep = keep if keep is not None else [True] * len(spans)
    town = resolutions[0].candidate if resolutions[0] is not None else None
    points = [p for p in (town, state) if p is not None and p.lat is not None]
    candidates = [k for k in range(2, len(spans))
                  if _far_small_town(text, spans, resolutions, keep, k, state, points)]
    if not candidates:
        return []
    # A state of the dateline's country → the names read there, the candidates themselves left out: two bare far
    # names the resolver read in one state ("Crews came from Sharon", "ranchers near Freedom": two Pennsylvania
    # towns for two Oklahoma hamlets) are the paper's pair of hamlets, and do not vouch for each other's state. A
    # state is large, and a small town's name recurs in many: two of them falling in one is no sign of a trip,
    # while three within STORY_NEAR_KM of each other are (`_clustered`).
    taken = set(candidates)
    clustered = _clustered(spans, resolutions, candidates) | _trip_stops(text, spans, resolutions, taken)
    states: dict[str, set[str]] = {}
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        c = r.candidate if r is not None and keep[k] and k not in taken else None
        if c is not None and c.country_code == state.country_code and c.admin1:
            states.setdefault(c.admin1, set()).add(s.norm)
    # Places the story reads firmly: a town or city read for a name that is no candidate and that the dateline's
    # state holds no town of (a bare "Omaha" under an Arkansas dateline may be the paper's Omaha), or a candidate
    # the story keeps. A candidate near one is a place of the story's trip ("sang in Easton and Phillipsburg on
    # Friday and in Allentown on Saturday": Phillipsburg, N.J. lies 30 km from Allentown), not
    # the paper's hamlet; two candidates near each other do not vouch for each other.
    firm = [c for k, c in enumerate(r.candidate if r is not None and keep[k] else None for r in resolutions)
            if k >= 2 and k not in taken and c is not None and c.lat is not None and spans[k].locational
            and c.feature_code.startswith("PPL") and not _held_at_home(spans[k], state)]
    unkept: list[int] = []
    left: PointCells[int] = PointCells()
    for k in candidates:
        s, c = spans[k], resolutions[k].candidate
        if states.get(c.admin1) or (c.lat, c.lon) in clustered:
            firm.append(c)  # the story reaches the town's state, or the area where two others of its names lie
        else:
            unkept.append(k)
            left.add(k, c.lat, c.lon)
    # Each firm spot is asked once, and only about the candidates in the cells around it (geo/point_cells.py): a
    # long digest naming the same towns again and again costs its length, not its square. A candidate a firm
    # place keeps becomes firm in turn and is asked after it.
    kept: set[int] = set()
    asked: set[tuple[float, float]] = set()
    while firm and left:
        p = firm.pop()
        if (p.lat, p.lon) in asked:
            continue
        asked.add((p.lat, p.lon))
        near = left.take_near(p.lat, p.lon, STORY_NEAR_KM)
        kept.update(near)
        firm.extend(resolutions[k].candidate for k in near)
    return [k for k in unkept if k not in kept]


def _clustered(spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
               candidates: Sequence[int]) -> set[tuple[float, float]]:
    """The spots of candidates with two other names' candidates within STORY_NEAR_KM: "played in Hagerstown and
    Chambersburg, then in Frederick" is a trip to one area, where three hamlets' namesakes would fall only by
    chance. Each distinct spot is asked once, about the candidates in the cells around it (a digest repeating
    two names is still two names)."""
    cells: PointCells[str] = PointCells()
    names_at: dict[tuple[float, float], set[str]] = {}
    for k in candidates:
        c = resolutions[k].candidate
        names = names_at.setdefault((c.lat, c.lon), set())
        if spans[k].norm not in names:
            names.add(spans[k].norm)
            cells.add(spans[k].norm, c.lat, c.lon)
    if len({n for names in names_at.values() for n in names}) < 3:
        return set()
    return {spot for spot, names in names_at.items()
            if len(set(cells.near(spot[0], spot[1], STORY_NEAR_KM)) - names) >= 2}


def _trip_stops(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                candidates: set[int]) -> set[tuple[float, float]]:
    """The spots of two candidates named as one trip's stops ("played in Lititz on Friday and in Ephrata on
    Saturday": geo/itinerary_pairs.py) whose readings lie within STORY_NEAR_KM of each other: the story went there."""
    out: set[tuple[float, float]] = set()
    for a, b in itinerary_pairs(text, spans):
        if a not in candidates or b not in candidates:
            continue
        x, y = resolutions[a].candidate, resolutions[b].candidate
        if haversine_km(x.lat, x.lon, y.lat, y.lon) <= STORY_NEAR_KM:
            out.update({(x.lat, x.lon), (y.lat, y.lon)})
    return out


def _held_at_home(s: NameSpan, state: Candidate) -> bool:
    """Whether the gazetteer holds a place of the span's name in the dateline's state."""
    return any(x.exact and x.country_code == state.country_code and x.admin1 == state.admin1 for x in s.candidates)


def _far_small_town(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                    keep: Sequence[bool], k: int, state: Candidate, points: Sequence[Candidate]) -> bool:
    """Whether name k, bare, is read as a small town of another state of the dateline's country, far from the
    dateline, with no reading in the dateline's state, not placed by the writer nor after words of origin."""
    s, r = spans[k], resolutions[k]
    c = r.candidate if r is not None and keep[k] else None
    if c is None or not s.locational or s.demonym or s.container is not None \
            or c.source == "user" or c.country_code != state.country_code or not c.admin1 \
            or c.admin1 == state.admin1 or not c.feature_code.startswith("PPL") \
            or c.feature_code in ("PPLC", "PPLA") or (c.population or 0) >= WORLD_CITY_POPULATION \
            or c.lat is None:
        return False
    if _held_at_home(s, state):
        return False  # a reading in the dateline's state exists: which one to take is the resolver's business
    if any(haversine_km(c.lat, c.lon, p.lat, p.lon) <= NEAR_KM for p in points):
        return False  # a neighbour across the state line
    if s.end < len(text) and text[s.end] == "," and k + 1 < len(spans) and spans[k + 1].start - s.end <= 2 \
            and _division_or_country(resolutions[k + 1]):
        return False  # "Halfway, Md.": the writer places it ("Sharon, Seiling and Buffalo" is a list of towns)
    return ORIGIN_BEFORE.search(text, max(0, s.start - 60), s.start) is None


def _division_or_country(r: Optional[Resolution]) -> bool:
    """Whether a name right after a town's comma is read as a state, a county or a country, which places the town;
    a town read there is the next item of a list."""
    c = r.candidate if r is not None else None
    return c is not None and (c.feature_code.startswith("ADM") or c.feature_code.startswith("PCL"))


def stand_in_at_the_dateline(spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                             strays: Sequence[int]) -> None:
    """Give each stray (in place) the dateline's town as the place that holds it, or the dateline's state where
    the gazetteer lacks the town: the stand-in is read from its container (geo/fallback.py)."""
    if not strays:
        return
    holder = 0 if resolutions[0] is not None and resolutions[0].candidate is not None else 1
    for k in strays:
        spans[k].container = holder
