"""A name listed beside a town of the dateline's state is that state's town: "between Havre and Malta" under a
"HAVRE, Mont." dateline is Montana's Malta, "parents from Victoria and Ellis" under "HAYS, Kan." is Kansas's
Victoria.

Why: a list joins places of one kind and one scale, and a local paper's lists of towns are its own county's
and its neighbours' ("crews from Cashmere, East Wenatchee and Malaga"). The resolver weighs a small town
against the country, the foreign first-level division or the world city that shares its name, and the list's
other member lies too far for the neighbour tests that protect a hamlet (a county or more away); but a list of
towns in a state-datelined story that reached abroad in mid-list is rare, while small towns named like
countries and world provinces are common across the United States, Canada and Australia. The rule asks for
both ends to be firm: the dateline writes its state ("HAYS, Kan. —", not a bare "HAYS —"), the listed
neighbour is read as a town of that state, and the name itself has an exact town reading there. A name read in
the dateline's own state already, or in its country's other states, is left to the resolver; so is a world city
or a capital ("played in Austin and Paris this year" under a Texas dateline is France's Paris: a tour, a flight
or a twinning names the city abroad, and a state's hamlet is seldom listed beside the paper's own city), and a
list after words of flying ("flights between Dallas and Malta"), which joins places across any distance.

A country's name asks for more. Dealers "in Portland and China" are a market at home and one abroad, so a name
read as a country moves only where the list is plainly the neighbourhood: a road or a stretch between the
towns, the towns' people or the towns themselves before the list ("the highway between Havre and Malta",
"families from Ellis and Victoria"), or two other members read as the state's towns. And a list one member of
which keeps a reading abroad reaches abroad: none of its members moves ("from Portland, China and Mexico"). Each
judgement reads the resolver's readings, not this rule's own moves, so that one move never carries the next.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Sequence

from eventwatch.geo.dateline_towns import DATELINE_CUE
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.route_ends import _FLOWN

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate
    from eventwatch.geo.resolve import Resolution

# Countries whose papers write a dateline town with its state or province ("HAYS, Kan.", "PERTH, Ont.").
_STATE_STYLE = frozenset({"US", "CA", "AU"})
# The gap between two members of a list of names: a comma, "and", "or", or both ("X, Y and Z", "X, Y, and Z").
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# A gap with a conjunction; a bare comma joins a list only where a conjunction closes it later ("X, Y and Z"):
# alone it as often ends a clause ("When the ship left Portland, China was its next port").
_CONJUNCTION = re.compile(r"\b(?:and|or)\s+$")
# A sentence opening with a subordinate clause: its comma may close that clause before the list seems to go on
# ("After the storm hit Orono, Peru and Hermon opened shelters").
_SUBORDINATE_OPENING = re.compile(r"(?:^|[.!?\n\"“—–]\s*)(?:Since|When|After|While|As|If|Because|Although|Though|Once|"
                                  r"Until|Before|Whenever)\s[^,.!?;:\n]*$")
# What makes a list of names a neighbourhood, right before it: a road or a stretch between the towns, or the
# towns' people or the towns themselves ("the highway between Havre and Malta", "families from Ellis and
# Victoria", "the towns of X and Y").
_LOCAL_CUE = re.compile(r"\b(?:[Hh]ighways?|[Rr]oads?|[Rr]outes?|stretch|lanes?|[Ii]nterstate|trails?|commute|"
                        r"residents|families|crews|volunteers|parents|students|farmers|neighbou?rs|townships?|"
                        r"towns|villages|communities)\b[^.;:!?,]{0,24}?\b(?:between|from|of|in)\s+(?:the\s+)?$")
# The gap between a dateline town and its state: "HAYS, Kan."
_DATELINE_STATE_GAP = re.compile(r",\s*")


def dateline_state(text: str, spans: Sequence[NameSpan],
                   resolutions: Sequence[Optional["Resolution"]]) -> Optional[tuple[str, str]]:
    """(country, first-level division code) of a dateline that writes its state ("HAYS, Kan. —"): the first
    name is a dateline read as a town of a state-style country, and the next name, right after its comma, is
    read as that town's own first-level division. None otherwise: a bare dateline ("LOGAN —") tells no state
    firmly enough to move a listed name."""
    if len(spans) < 2 or spans[0].cue != DATELINE_CUE:
        return None
    town, state = (r.candidate if r is not None else None for r in resolutions[:2])
    if town is None or state is None or town.country_code not in _STATE_STYLE \
            or not town.feature_code.startswith("PPL") or state.feature_code != "ADM1" \
            or state.country_code != town.country_code or state.admin1_code != town.admin1_code \
            or _DATELINE_STATE_GAP.fullmatch(text, spans[0].end, spans[1].start) is None:
        return None
    return town.country_code, town.admin1_code


def state_list_readings(text: str, spans: Sequence[NameSpan],
                        resolutions: list[Optional["Resolution"]]) -> None:
    """Re-read, in place, a listed name read outside the dateline's state as its exact town in that state, where
    another member of its list ("X and Y", "X, Y and Z", "between X and Y") is read as a town of that state."""
    from eventwatch.geo.resolve import Resolution

    home = dateline_state(text, spans, resolutions)
    if home is None:
        return
    before = list(resolutions)  # the resolver's readings: a move here must not make the next member's peer
    moves: dict[int, tuple["Candidate", list[int]]] = {}
    for k in range(2, len(spans)):
        s, r = spans[k], before[k]
        if r is None or r.candidate is None or s.demonym or not s.locational or s.container is not None \
                or _in_state(r.candidate, home) or r.candidate.country_code == home[0] or _world_city(r.candidate):
            continue
        members = _list_members(text, spans, k)
        peers = [j for j in members if j != k and _in_state_town(spans, before, j, home)]
        if not peers:
            continue
        first = spans[members[0]].start
        if _FLOWN.search(text, max(0, first - 60), first) is not None:
            continue  # "flights between Dallas and Malta", "flies between Malta and Billings": a flown route
        if r.candidate.feature_code.startswith("PCL") and len(peers) < 2 \
                and _LOCAL_CUE.search(text, max(0, first - 60), first) is None:
            continue  # "dealers in Portland and China": a country beside one town is still the country
        town = _state_town(s, home)
        if town is not None:
            moves[k] = (town, members)
    for k, (town, members) in moves.items():
        if any(j not in moves and _abroad(spans, before, j, home) for j in members):
            continue  # "Portland, China and Mexico": a member kept abroad takes the list abroad
        r = before[k]
        if r is None:
            continue
        top = r.ranked[0][0] if r.ranked else r.score
        ranked = [(top, town)] + [(sc, c) for sc, c in r.ranked if c is not town]
        resolutions[k] = Resolution(town, town.precision, r.score, ranked)


def _list_members(text: str, spans: Sequence[NameSpan], k: int) -> list[int]:
    """The indices of the names in one list with name k, in order (k alone where it is listed with none)."""
    lo = k
    while lo > 2 and _listed(text, spans, lo - 1, lo):
        lo -= 1
    hi = k
    while hi + 1 < len(spans) and _listed(text, spans, hi, hi + 1):
        hi += 1
    # a bare comma joins the list only where a conjunction closes it: cut the list at the last conjunction
    while hi > lo and _CONJUNCTION.search(text, spans[hi - 1].end, spans[hi].start) is None:
        hi -= 1
    if hi > lo and _SUBORDINATE_OPENING.search(text, max(0, spans[lo].start - 120), spans[lo].start) is not None \
            and _CONJUNCTION.search(text, spans[lo].end, spans[lo + 1].start) is None:
        lo += 1  # "After the storm hit Orono, Peru and Hermon ...": the first comma closes the opening clause
    if not lo <= k <= hi or lo == hi:
        return [k]
    return list(range(lo, hi + 1))


def _abroad(spans: Sequence[NameSpan], resolutions: Sequence[Optional["Resolution"]], j: int,
            home: tuple[str, str]) -> bool:
    """Whether list member j is a place read outside the dateline's country."""
    r = resolutions[j]
    c = r.candidate if r is not None else None
    return c is not None and spans[j].locational and not spans[j].demonym and c.country_code != home[0]


def _world_city(c: "Candidate") -> bool:
    """A city known beyond its country by size or as a capital: listed beside a local town it is still itself."""
    return c.feature_code.startswith("PPL") and (c.feature_code == "PPLC" or (c.population or 0) >= WORLD_CITY_POPULATION)


def _in_state(c: "Candidate", home: tuple[str, str]) -> bool:
    return (c.country_code, c.admin1_code) == home


def _in_state_town(spans: Sequence[NameSpan], resolutions: Sequence[Optional["Resolution"]], j: int,
                   home: tuple[str, str]) -> bool:
    """Whether name j is a firm list neighbour: a place (not the dateline) read as a town of the home state."""
    if j < 1 or j >= len(spans) or spans[j].cue == DATELINE_CUE or not spans[j].locational:
        return False
    r = resolutions[j]
    c = r.candidate if r is not None else None
    return c is not None and c.feature_code.startswith("PPL") and _in_state(c, home)


def _listed(text: str, spans: Sequence[NameSpan], a: int, b: int) -> bool:
    """Whether names a and b (a before b) are neighbours in one list: only a comma or a conjunction between."""
    return _LIST_GAP.fullmatch(text, spans[a].end, spans[b].start) is not None


def _state_town(s: NameSpan, home: tuple[str, str]) -> Optional["Candidate"]:
    """The most populous town reading of the name spelled exactly so in the home state, if any."""
    towns = [c for c in s.candidates if c.exact and c.feature_code.startswith("PPL") and _in_state(c, home)]
    return max(towns, key=lambda c: c.population or 0, default=None)
