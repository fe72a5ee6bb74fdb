"""A common word that opens a list of towns after a preposition of place: the first of two neighbouring towns.

A local paper lists the towns round it ("officers from Sterling and Rock Falls", "buses from Hope and
Chilliwack"). A town named by a common word ("Sterling", "Hope", "Willow") is kept when it closes such a list
(geo/context_reading.py `_last_of_governed_list`), but when it opens one nothing yet vouches for it, and the
word is dropped as the adjective or the noun it also is. The list's next member vouches for it where that member
reads as a town (geo/town_readings.py `reads_as_town`) lying within a district's reach of a town of the word's
name: an adjective or a noun ("from sterling silver and Gold") lands beside a town of its own name only by
chance, while two towns of one county listed together are the paper's neighbourhood.

The chance is not small for surnames: Chase, Hill, Liberty or Bell have dozens of hamlets each, one of which lies
near a hamlet of nearly any partner's name ("Volunteers from Chase and Dallas"). So the partner is read as its own
largest town (Dallas, Texas; not a Pennsylvania borough), the word's town must lie near that one and hold a town's
people (`MIN_OPENER_POPULATION`), and once the list is accepted both names are pinned to the pair that passed:
the resolver must not later pull either toward another namesake pair the test never checked.

A dateline that writes its state ("SOLDOTNA, Alaska —", "ADA, Okla. —") widens the reach: the paper's lists are
its own state's towns, and in the rural West a county seat's neighbours lie a hundred kilometres off ("members
from Homer and Seward", "troopers from Sulphur and Holdenville"). There the word's town and the partner's must
both lie in that state, within `HOME_REACH_KM` of each other; the partner is read as its town in the state, not
its largest namesake elsewhere. The population floor still holds, and no state written, no wider reach.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.town_readings import NEIGHBOUR_KM, ListTowns
from eventwatch.geo.store import NAME_MAIN
from eventwatch.geo.written_states import STATE_STYLE

# The prepositions that govern a list of places: "from X and Y", "in X and Y", "between X and Y". Not "of", "to"
# or "at", which as often take people or firms ("fans of X and Y", "talked to X and Y", "worked at X and Y").
_GOVERNING = frozenset({"from", "in", "near", "between", "around", "outside", "toward", "towards", "into",
                        "through"})
# The joint between the first two members: "X and Y", "X or Y", "X, Y".
_JOINT = re.compile(r"(?:\s+(?:and|or)\s+|,\s+(?!(?:and|or)\b))")
# The fewest people a town opening a list must hold: a paper lists the towns round it, not hamlets, while a
# surname's namesakes are mostly hamlets of a few hundred (Chase, Pennsylvania; Hill, New Hampshire).
MIN_OPENER_POPULATION = 2_000
# How far apart two towns of a dateline's written state may lie and still be one paper's neighbourhood.
HOME_REACH_KM = 200.0
# The gap between a dateline town and its state: "HAYS, Kan."
_STATE_COMMA = re.compile(r",\s*")


def _town_only(s: NameSpan) -> bool:
    """Whether the name is, as written, a town's main name and no state's or country's ("Rock Falls")."""
    return any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") for c in s.candidates) \
        and not any(c.exact and (c.feature_code == "ADM1" or c.feature_code.startswith("PCL")) for c in s.candidates)


def _towns_of(s: NameSpan) -> list:
    """The populated places with coordinates that the name is, as written, the main name of."""
    return [c for c in s.candidates
            if c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") and c.lat is not None]


def written_dateline_states(text: str, found: Sequence[NameSpan]) -> frozenset[tuple[str, str]]:
    """(country, first-level code) pairs of the state a dateline writes after its town ("SOLDOTNA, Alaska —"):
    the text's first name opens it, the second follows its comma and reads as a state of a state-style country,
    and the first has a town reading in that state. Empty where no dateline writes a state, and also where anything
    stands before the dateline: a headline or a byline set above it turns the rules that lean on it off."""
    if len(found) < 2 or text[: found[0].start].strip() or _STATE_COMMA.fullmatch(text, found[0].end,
                                                                                   found[1].start) is None:
        return frozenset()
    states = {(c.country_code, c.admin1_code) for c in found[1].candidates
              if c.exact and c.feature_code == "ADM1" and c.country_code in STATE_STYLE and c.admin1_code}
    return frozenset(st for st in states if any(c.feature_code.startswith("PPL") and
                                                 (c.country_code, c.admin1_code) == st for c in found[0].candidates))


def dateline_home_towns(found: Sequence[NameSpan], states: frozenset[tuple[str, str]]) -> list:
    """The dateline town's readings in the state its dateline writes (`written_dateline_states`)."""
    if not states:
        return []
    return [c for c in found[0].candidates if c.exact and c.feature_code.startswith("PPL") and c.lat is not None
            and (c.country_code, c.admin1_code) in states]


def _home_towns(s: NameSpan, home: frozenset[tuple[str, str]]) -> list:
    return [c for c in _towns_of(s) if (c.country_code, c.admin1_code) in home]


def opens_a_town_list(text: str, tokens: Sequence, s: NameSpan, towns: ListTowns,
                      by_start: Mapping[int, NameSpan], home: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """Whether the one-word name s follows a preposition of place and opens a list whose next member (`by_start`:
    the recogniser's names by their first character) reads as a town whose largest namesake lies near a town of
    s's name of `MIN_OPENER_POPULATION` or more ("from Sterling and Rock Falls" in one Illinois county). Where it
    does, both names keep only the readings of that neighbourhood."""
    if s.j - s.i != 1 or s.i == 0 or s.i not in towns:
        return False
    before = tokens[s.i - 1]
    if before.norm not in _GOVERNING or not before.text.islower() or not text[before.end : s.start].isspace():
        return False
    m = _JOINT.match(text, s.end)
    nxt = by_start.get(m.end()) if m is not None else None
    if nxt is None or not _town_only(nxt):
        return False
    partner = max(_towns_of(nxt), key=lambda c: c.population, default=None)
    if partner is None:
        return False
    near = [c for c in _towns_of(s) if c.population >= MIN_OPENER_POPULATION
            and haversine_km(c.lat, c.lon, partner.lat, partner.lon) <= NEIGHBOUR_KM]
    reach = NEIGHBOUR_KM
    if not near and home:
        # a state-datelined paper's own towns: the partner's town in the state, the word's within a wider reach
        partners = _home_towns(nxt, home)
        near = [c for c in _home_towns(s, home) if c.population >= MIN_OPENER_POPULATION
                and any(haversine_km(c.lat, c.lon, p.lat, p.lon) <= HOME_REACH_KM for p in partners)]
        reach = HOME_REACH_KM
    if not near:
        return False
    s.candidates = near
    nxt.candidates = [c for c in _towns_of(nxt)
                      if any(haversine_km(c.lat, c.lon, a.lat, a.lon) <= reach for a in near)]
    return True
