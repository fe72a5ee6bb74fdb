"""Which one-word names read as towns, and whether two of them can be neighbours: what a list of names after a
preposition of place needs to be a list of a district's towns rather than of people or bodies.

A local paper lists a county's towns ("in Burlington, Hebron and Union", "growers from Norton, Hampton and
Salisbury"). The last or a middle name of such a list may also be a person's (a sergeant called Bristol) or a
body's ("the Union"); it is read as a town only where the list's other names are towns, not states, countries
or unknown words ("in Ohio and Congress", "letters from Garvey, Hampton and Deen"), and a body's name only where
a town of that name lies near the others ("Union" beside Burlington in Kentucky, not "Congress" beside
Sacramento).
"""
from __future__ import annotations

from typing import Iterable

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.store import NAME_MAIN

# Towns a local paper lists together lie in one district: a few tens of kilometres apart.
NEIGHBOUR_KM = 60.0


def _exact_towns(s: NameSpan) -> list:
    """The populated places the name is, as written, the main name of."""
    return [c for c in s.candidates if c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL")]


def reads_as_town(s: NameSpan) -> bool:
    """Whether a one-word name is a town's as written and no state's or country's: "Burlington" is, "Ohio" (a
    state, though a village of Illinois bears the name) and "Georgia" are not."""
    if s.j - s.i != 1 or not _exact_towns(s):
        return False
    return not any(c.exact and (c.feature_code == "ADM1" or c.feature_code.startswith("PCL")) for c in s.candidates)


def town_spans(spans: Iterable[NameSpan]) -> dict[int, NameSpan]:
    """Each one-word name that reads as a town (`reads_as_town`), by its token."""
    return {s.i: s for s in spans if reads_as_town(s)}


def near_every(s: NameSpan, others: Iterable[NameSpan], km: float = NEIGHBOUR_KM) -> bool:
    """Whether some town the name s is the main name of lies within `km` of a town reading of each other name:
    "Union" has one in Kentucky beside Burlington; no "Congress" lies near any Sacramento."""
    mine = [c for c in _exact_towns(s) if c.lat is not None]
    if not mine:
        return False
    for o in others:
        theirs = [c for c in _exact_towns(o) if c.lat is not None]
        if not any(haversine_km(a.lat, a.lon, b.lat, b.lon) <= km for a in mine for b in theirs):
            return False
    return True
