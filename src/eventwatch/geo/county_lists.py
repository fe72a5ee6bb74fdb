"""A list of towns that a written county places: a common word opening it is a town of that county.

A local paper lists a county's towns and then names the county ("Chase and Dallas in Luzerne County,
Pennsylvania", "Hope, Union and Salem in Lowell County"). A town named by a common word ("Chase", "Hope") that
opens such a list has nothing before it to vouch for it, and at a sentence's start its capital proves nothing,
so the word is dropped as the noun or the verb it also is. The county after the list vouches for it where a
town of the word's name lies in one reading of that county and so does every other member of the list the
gazetteer holds: a noun lands in a named county beside the county's own towns only by chance. At least one
other member must be a town of the county, so a lone word before "in X County" ("Hope in Lowell County is
rising") is not read on the county's word alone. The county's readings are those in the state written after
it (", Pennsylvania"), where one is; once the list is accepted the word keeps only its towns of that county.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.store import NAME_MAIN
from eventwatch.geo.town_county_pairs import lies_in
from eventwatch.geo.weights import WEIGHTS

# The joint between two members of the list: "X and Y", "X, Y", "X, Y and Z", "X or Y".
_JOINT = re.compile(r"(?:,?\s+(?:and|or)\s+|,\s+(?!(?:and|or)\b))")
# "... in X County": the preposition that puts the list in the county.
_IN = re.compile(r"\s+in\s+(?:the\s+)?")
# ", Pennsylvania": the county's state after a comma.
_COMMA = re.compile(r",\s+")
# A list a paper writes before its county is short; past this many members the walk stops unread.
_MAX_MEMBERS = 8


def _towns(s: NameSpan) -> list:
    """The populated places with coordinates that the name is, as written, the main name of."""
    return [c for c in s.candidates
            if c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") and c.lat is not None]


def _counties(text: str, county: NameSpan, by_start: Mapping[int, NameSpan]) -> list:
    """The county's second-level readings, cut to the state written after it where one is."""
    counties = [c for c in county.candidates if c.exact and c.feature_code == "ADM2" and c.lat is not None]
    m = _COMMA.match(text, county.end)
    state = by_start.get(m.end()) if m is not None else None
    if state is not None:
        codes = {c.admin1_code for c in state.candidates if c.feature_code == "ADM1"}
        if codes:
            counties = [c for c in counties if c.admin1_code in codes]
    return counties


def placed_by_written_county(text: str, tokens: Sequence, s: NameSpan, by_start: Mapping[int, NameSpan]) -> bool:
    """Whether the one-word name s opens a list of names ("X and Y", "X, Y and Z") followed by "in" and a
    county that holds a town of s's name and a town of every other held member's name, at least one other.
    Where it does, s keeps only its towns lying in that county."""
    if s.j - s.i != 1:
        return False
    members: list[NameSpan] = []
    at = s.end
    while len(members) < _MAX_MEMBERS:
        m = _JOINT.match(text, at)
        nxt = by_start.get(m.end()) if m is not None else None
        if nxt is None:
            break
        members.append(nxt)
        at = nxt.end
    m = _IN.match(text, at)
    county = by_start.get(m.end()) if m is not None and members else None
    if county is None:
        return False
    counties = _counties(text, county, by_start)
    if not counties:
        return False
    held = [_towns(t) for t in members]
    if not any(held):
        return False
    for d in counties:
        near = [c for c in _towns(s) if lies_in(c, d, WEIGHTS.county_km)]
        if near and all(not towns or any(lies_in(c, d, WEIGHTS.county_km) for c in towns) for towns in held):
            s.candidates = near
            return True
    return False
