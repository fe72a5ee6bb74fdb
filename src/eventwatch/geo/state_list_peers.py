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
    a list neighbour ("X and Y", "X, Y and Z", "between X and Y") is read as a town of that state."""
    from eventwatch.geo.resolve import Resolution

    home = dateline_state(text, spans, resolutions)
    if home is None:
        return
    for k in range(2, len(spans)):
        s, r = spans[k], resolutions[k]
        if r is None or r.candidate is None or s.demonym or not s.locational or s.container is not None \
                or _in_state(r.candidate, home) or r.candidate.country_code == home[0] or _world_city(r.candidate):
            continue
        if not any(_in_state_town(spans, resolutions, j, home) and _listed(text, spans, min(j, k), max(j, k))
                   for j in (k - 1, k + 1)):
            continue
        if _FLOWN.search(text, max(0, spans[k - 1].start - 60), spans[k - 1].start) is not None:
            continue  # "flights between Dallas and Malta": a flown route reaches abroad
        town = _state_town(s, home)
        if town is not None:
            resolutions[k] = Resolution(town, town.precision, r.score, r.ranked)


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
