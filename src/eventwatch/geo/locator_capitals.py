"""A capital that locates another place ("X, north of Y") is the capital, not a village abroad named like it.

Reports place a small town by the capital its readers know ("the municipio of X, north of San Salvador",
"X, south of Tegucigalpa"). When the gazetteer lacks the small town, its only reading may be a namesake in a
neighbouring country, and the resolver, looking for names that lie together, then reads the capital by the
alternate name of a village near that namesake. The writer chose the capital as a landmark because it needs
no introduction: a capital matched by its own name outweighs a village matched by another name of it, and the
located town, when none of its readings lies near the capital, is a place the gazetteer lacks and stands in
at the capital.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import Resolution
from eventwatch.geo.store import NAME_ALT, NAME_MAIN

# ", north of ", ", just south-east of ": the gap between a located name's phrase and its capital's name.
_LOCATOR_GAP = re.compile(r",\s*(?:(?:just|due|some|about)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+",
                          re.IGNORECASE)
# Farther than this from the capital, a reading of the located name is not what "north of" the capital means.
LOCATED_KM = 150.0
_CAPITALS = frozenset({"PPLC"})


def capital_locators(text: str, spans: Sequence[NameSpan], resolutions: list[Optional[Resolution]],
                     keep: Sequence[bool]) -> list[int]:
    """Re-read, in place, each locating name read by another place's alternate name while it is a national
    capital's own name; return the indices of the located names left with no reading near that capital (the
    caller unresolves them, and their container is the capital, so they stand in there)."""
    out = []
    for k in range(1, len(spans)):
        x, y = spans[k - 1], spans[k]
        r = resolutions[k]
        if r is None or r.candidate is None or r.candidate.kind != NAME_ALT or not keep[k] or not keep[k - 1]:
            continue
        x_end = max(x.end, x.phrase_end)
        if x_end > y.start or not _LOCATOR_GAP.fullmatch(text[x_end : y.start]):
            continue
        capital = _own_capital(r)
        if capital is None:
            continue
        resolutions[k] = Resolution(capital, r.precision, r.score, r.ranked)
        xr = resolutions[k - 1]
        if xr is not None and xr.candidate is not None and not _near(xr.candidate, capital) \
                and not any(_near(c, capital) for c in x.candidates):
            x.container = k
            out.append(k - 1)
    return out


def _own_capital(r: Resolution) -> Optional[Candidate]:
    """The national capital among the name's readings matched by its own, exact name, if one is."""
    return next((c for _, c in r.ranked if c.feature_code in _CAPITALS and c.kind == NAME_MAIN and c.exact), None)


def _near(c: Candidate, capital: Candidate) -> bool:
    """Whether c lies within LOCATED_KM of the capital; a reading without coordinates is not near."""
    return c.lat is not None and capital.lat is not None and haversine_km(c.lat, c.lon, capital.lat, capital.lon) <= LOCATED_KM
