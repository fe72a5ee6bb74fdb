"""The two ends of a route ("ferries from Dover to Calais", "buses between X and Y"): each end is read within
reach of the other.

Why: a route's ends are named as a pair because one travels between them, and a ferry, a bus or a train runs
between towns a few hundred kilometres apart. The resolver reads each name by the story's support, and a
small namesake of one end can win where the other end supports the wrong state (Calais, Maine, by the Dovers of
the United States, though the story's Dover is England's); the pair itself says which reading is meant. An end
read far from the other gives way only to a reading of its name near the other end that is not far smaller
(a tenth of the people at least): a city stays itself at the end of a long flight ("from Lagos to London").
A flight's end read as a small town where its country holds a city of the name is the city (`_flown_to_cities`).
An end read in the state a dateline writes ("DRUMHELLER, Alta. —") does not follow an end read outside it as a
small town: a local paper's road runs between its own towns, and the other end read as a small town of another
country or state is the resolver's namesake for a hamlet the gazetteer lacks ("between Rosedale and Wayne":
Wayne, N.J. would draw Rosedale to New York). Only a route travelled by a carrier (a train, a ferry, a bus, a
flight, a tour: "the night train between Bath and London" under a Maine dateline) reaches past the paper's area,
and there a world city or a capital at the other end is the place it names, and the end read at home follows it.
A road (a road, highway, route, street, trail or bridge between two towns) stays local whatever the other end
is read as: a state capital of a few tens of thousands ("the road between Coleman and Lansing" under an Alberta
dateline) is the resolver's namesake for the paper's hamlet as readily as a small town is. A vessel "from X"
that docks or berths "at (the port of) Y" names the two ends of its crossing as "from X to Y" does.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.where_precision import where_precision

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate, Gazetteer
    from eventwatch.geo.resolve import Resolution

# How near the other end a reading lies to be within a route's reach.
_REACH_KM = 400.0
# How many times a route end's reading the name's largest town may hold before the reading counts as a small
# namesake, the same ratio `_within_reach` asks of a rival.
_NAMESAKE_RATIO = 10
# "from X to Y", "between X and Y": the word before the first end, and the gap between the two.
_OPENER = re.compile(r"(?:\b(?:from|between)\s+)\Z", re.IGNORECASE)
_GAPS = {"from": re.compile(r"\s+to\s+"), "between": re.compile(r"\s+and\s+")}
# The word right before "between"/"from" naming a road ("the road between X and Y", "the highway from X to Y"): a
# local paper's road joins its own towns, whatever the other end is read as.
_ROAD_BEFORE = re.compile(r"\b(?:roads?|highways?|routes?|streets?|trails?|bridges?)\s+\Z", re.IGNORECASE)
# A carrier named in the clause before "between"/"from" ("rode the bus between", "the freight railroad between",
# "ferries from"): such a route may run past the paper's area to a world city or a capital.
_CARRIER_BEFORE = re.compile(r"\b(?:trains?|railroads?|railways?|rail\s+lines?|freight\s+lines?|ferry|ferries|boats?"
                             r"|ships?|bus|buses|busses|flights?|flew|fly|flying|flies|flown"
                             r"|planes?|tours?|toured)\b[^.!?;\n]*\Z", re.IGNORECASE)
# A vessel's arrival at the route's far end, after "from" its near one ("the ferry from Bari docked at the port of
# Bar", "a ship from Dover berthed at Calais"): the port it docks at is the other end of its crossing, read within
# reach of the port it sailed from as "from X to Y" is. Only a vessel, named right before "from" ("the ferry from"),
# and only a verb of docking: "a minister from Bari arrived in Bar" may have come any way, from any distance.
_VESSEL_BEFORE = re.compile(r"\b(?:ferry|ferries|boats?|ships?|vessels?|trawlers?|tankers?|freighters?|yachts?|"
                            r"liners?|steamers?|barges?)\s+\Z", re.IGNORECASE)
_ARRIVAL_GAP = re.compile(r"\s+(?:docked|berthed|moored|anchored|called|put\s+in|arrived)\s+(?:at|in)\s+"
                          r"(?:the\s+(?:port|harbou?r)\s+of\s+)?")
# A route flown ("flights from Amman to Tripoli", "flew from Dublin to Boston") joins cities across any distance,
# so nearness to the other end says little, and a smaller namesake near it often has no airport: there a rival
# within reach must hold at least the people of the current reading, not a tenth of them.
_FLOWN = re.compile(r"\b(?:flights?|flew|fly|flying|flies|flown|airlines?|airways|air\s+links?|planes?|jets?)\b"
                    r"[^.!?\n]*\Z", re.IGNORECASE)


def route_end_readings(gaz: "Gazetteer", text: str, spans: Sequence[NameSpan],
                       resolutions: list[Optional["Resolution"]]) -> None:
    """Re-read, in place, a route's end that lies out of reach of the other end where a reading of its name of
    comparable size lies within reach."""
    from eventwatch.geo.dateline_state_strays import dateline_state
    from eventwatch.geo.resolve import Resolution

    home = dateline_state(text, spans, resolutions)
    for k in range(len(spans) - 1):
        a, b = spans[k], spans[k + 1]
        m = _OPENER.search(text, max(0, a.start - 10), a.start)
        if m is None or not a.locational or not b.locational:
            continue
        opener = m.group().split()[0].lower()
        if _GAPS[opener].fullmatch(text, a.end, b.start) is None and not (
                opener == "from" and _ARRIVAL_GAP.fullmatch(text, a.end, b.start) is not None
                and _VESSEL_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None):
            continue
        flown = _FLOWN.search(text, max(0, a.start - 60), a.start) is not None
        for near, far in ((k, k + 1), (k + 1, k)):
            anchor, r = _town(spans[near], resolutions[near]), resolutions[far]
            if anchor is None or r is None or r.candidate is None or not r.candidate.feature_code.startswith("PPL"):
                continue
            if home is not None and _in_state(r.candidate, home) and not _in_state(anchor, home) \
                    and (_ROAD_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
                         or _CARRIER_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None
                         or _small_town(anchor)):
                continue  # an end read in the dateline's state stays there: the other end's reading is the stray
            rival = _within_reach(spans[far], anchor, r.candidate, 1 if flown else _NAMESAKE_RATIO)
            if rival is not None:
                best, precision = where_precision(gaz, text, list(spans), spans[far], rival, r.ranked)
                resolutions[far] = Resolution(best, precision, r.score, r.ranked)
                break
    _flown_to_cities(gaz, text, spans, resolutions)


# "flights to X", "flying from X", "flew into X": the end of a flight named right after its verb or noun.
_FLOWN_END = re.compile(r"\b(?:flights?|flew|fly|flying|flies|flown|planes?|jets?)\s+(?:from|to|into|out\s+of)\s+\Z",
                        re.IGNORECASE)
# A town this small is no airport's town where its country holds a city of the name this large.
_SMALL_TOWN = 100_000
# The words after the end that place it themselves ("to Belém, Pernambuco", "to Belém in Pernambuco",
# "to Jacksonville (N.C.)").
_PLACED_AFTER = re.compile(r",\s*[A-Z]|\s+in\s+[A-Z]|\s*\(\s*[A-Z]")
# The word before a route's end ("from Recife", "to Petrolina", "out of Petrolina").
_END_OPENER = re.compile(r"\b(?:from|to|into|out\s+of|via)\s+\Z", re.IGNORECASE)
# The gap between a route's end and the state placing it ("Recife, Pernambuco", "Petrolina in Pernambuco").
_CONTAINER_GAP = re.compile(r",\s*|\s+in\s+|\s*\(\s*")


def _flown_to_cities(gaz: "Gazetteer", text: str, spans: Sequence[NameSpan],
                     resolutions: list[Optional["Resolution"]]) -> None:
    """Re-read, in place, a flight's end read as a small town where its country holds a city of the name ten
    times its size and of over a hundred thousand people: planes fly to the city ("flying to Belém from Recife"),
    and the state named nearby, which drew the resolver to its namesake hamlet, is only the other end's. An end
    the text places itself ("to Belém, Pernambuco", "to Jacksonville (N.C.)") is left as read, and so is one
    whose state the story names anywhere but as another end's container ("as a storm hit North Carolina"):
    there the state supports the town, as it does a real airport town, and the rule would move it to a
    namesake by population figures alone."""
    from eventwatch.geo.resolve import Resolution

    for k, s in enumerate(spans):
        r = resolutions[k]
        c = r.candidate if r is not None else None
        if c is None or not s.locational or not c.feature_code.startswith("PPL") or (c.population or 0) >= _SMALL_TOWN:
            continue
        if _FLOWN_END.search(text, max(0, s.start - 20), s.start) is None \
                or _PLACED_AFTER.match(text, s.end) is not None \
                or _state_supported(text, spans, resolutions, k, c):
            continue
        cities = [t for t in s.candidates if t.exact and t.feature_code.startswith("PPL") and t.lat is not None
                  and t.country_code == c.country_code and (t.population or 0) >= _SMALL_TOWN
                  and (t.population or 0) >= _NAMESAKE_RATIO * (c.population or 0)]
        if cities:
            city = max(cities, key=lambda t: t.population or 0)
            best, precision = where_precision(gaz, text, list(spans), s, city, r.ranked)
            resolutions[k] = Resolution(best, precision, r.score, r.ranked)


def _state_supported(text: str, spans: Sequence[NameSpan], resolutions: list[Optional["Resolution"]], k: int,
                     c: "Candidate") -> bool:
    """Whether a name other than span k is read in the small town's state, other than as another route end or
    the state placing one ("from Recife, Pernambuco"): a state the story names elsewhere ("as a storm hit North
    Carolina", "the North Carolina town") supports the town the resolver chose, and a real airport town keeps
    it. Only a state that belongs to the other end says nothing of this one."""
    if not c.admin1:
        return False
    for m, t in enumerate(spans):
        r = resolutions[m]
        other = r.candidate if r is not None else None
        if m == k or other is None or other.country_code != c.country_code or other.admin1 != c.admin1 \
                or not t.locational:
            continue
        if _route_end(text, t) or any(_CONTAINER_GAP.fullmatch(text, e.end, t.start) is not None and _route_end(text, e)
                                      for e in spans[max(0, m - 2):m]):
            continue
        return True
    return False


def _route_end(text: str, span: NameSpan) -> bool:
    """Whether the span follows a route's word ("from", "to", "out of")."""
    return _END_OPENER.search(text, max(0, span.start - 10), span.start) is not None


def _in_state(c: "Candidate", state: "Candidate") -> bool:
    """Whether reading `c` lies in the first-level division `state`."""
    return c.country_code == state.country_code and bool(c.admin1) and c.admin1 == state.admin1


def _small_town(c: "Candidate") -> bool:
    """Whether the other end of a carrier's route ("the train between X and Y") may be the resolver's namesake of
    a local hamlet: below world-city size and no capital. A world city or a capital there ("the night train
    between Bath and London", "the freight railroad between Portland and Seattle") is what its name means, and
    the end read at home is the namesake. (A road's ends never follow: see the module's docstring.)"""
    return (c.population or 0) < WORLD_CITY_POPULATION and c.feature_code not in ("PPLC", "PPLA")


def _town(span: NameSpan, r: Optional["Resolution"]) -> Optional["Candidate"]:
    """The town a route's end is read as, where it is one with a point and not a small namesake of its name: a
    reading under a tenth of the people of the name's largest town ("from Liverpool", read as the Nova Scotia
    village) may itself be the resolver's mistake, and moving the other end beside it would make the two wrong
    readings confirm each other."""
    c = r.candidate if r is not None else None
    if c is None or r.unsupported or c.lat is None or not c.feature_code.startswith("PPL"):
        return None
    largest = max((t.population or 0 for t in span.candidates if t.exact and t.feature_code.startswith("PPL")),
                  default=0)
    return None if (c.population or 0) * _NAMESAKE_RATIO < largest else c


def _within_reach(span: NameSpan, anchor: "Candidate", current: "Candidate",
                  ratio: int = _NAMESAKE_RATIO) -> Optional["Candidate"]:
    """The most populous exact town reading of the span within reach of the anchor, where the current reading
    lies out of reach and holds no more than `ratio` times its people."""
    if current.lat is None or haversine_km(current.lat, current.lon, anchor.lat, anchor.lon) <= _REACH_KM:
        return None
    near = [c for c in span.candidates if c.exact and c.feature_code.startswith("PPL") and c.lat is not None
            and c.id != anchor.id and haversine_km(c.lat, c.lon, anchor.lat, anchor.lon) <= _REACH_KM]
    if not near:
        return None
    best = max(near, key=lambda c: c.population or 0)
    return best if (best.population or 0) * ratio >= (current.population or 0) and (best.population or 0) >= 1000 \
        else None
