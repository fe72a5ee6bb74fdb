"""A list of three or more towns of one neighbourhood is believed whole, cue or none: "Tamworth, Lichfield and
Cannock lost power overnight".

A town of some tens of thousands named without a place cue is believed only when another believed place supports
it (geo/__init__._believed). A list opening a sentence has no cue, and where none of its members is strong
enough alone, nothing seeds the support: the whole list was dropped. But three names whose readings are towns of
a district's size, each lying within a neighbour's reach of the others, are no chance: surnames and words
("Jordan, Bryant and Durham") scatter over the map, while a local story lists the towns around it. So each
member's reading must be a town by its own main name, of SMALL_TOWN_POPULATION people or more, and lie within
NEIGHBOUR_KM of every other member's.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.firm_context import SMALL_TOWN_POPULATION
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import Resolution
from eventwatch.geo.store import NAME_MAIN
from eventwatch.geo.town_readings import NEIGHBOUR_KM

# The joint between two members of a list: "X, Y", "X and Y", "X, and Y".
_JOINT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# The fewest members a list needs to vouch for itself: two towns side by side may be a pair of surnames.
_MIN_MEMBERS = 3


def _town(s: NameSpan, r: Optional[Resolution]) -> bool:
    """Whether the name reads as a town of a district's size by its own main name."""
    c = r.candidate if r is not None else None
    return c is not None and c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") \
        and c.population >= SMALL_TOWN_POPULATION and c.lat is not None and s.locational and not s.demonym


def _neighbours(runs: list[int], resolutions: Sequence[Optional[Resolution]]) -> bool:
    """Whether every member's reading lies within NEIGHBOUR_KM of every other's."""
    points = [resolutions[k].candidate for k in runs]
    return all(haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEIGHBOUR_KM
               for n, a in enumerate(points) for b in points[n + 1 :])


def neighbour_town_lists(text: str, spans: Sequence[NameSpan],
                         resolutions: Sequence[Optional[Resolution]]) -> list[int]:
    """Indices of the members of lists of `_MIN_MEMBERS` or more neighbouring towns (see the module's docstring).
    A list longer than a handful is checked by its first members' span only: a run of dozens names a region, and
    the pairwise test stays small."""
    out: list[int] = []
    run: list[int] = []

    def close() -> None:
        if len(run) >= _MIN_MEMBERS and _neighbours(run[:8], resolutions):
            out.extend(run)

    for k, s in enumerate(spans):
        if not _town(s, resolutions[k]):
            close()
            run = []
            continue
        if run and _JOINT.fullmatch(text, spans[run[-1]].end, s.start) is None:
            close()
            run = []
        run.append(k)
    close()
    return out
