"""A town named in the possessive before a landmark it holds ("London's Heathrow", "Chicago's O'Hare").

The possessive says the landmark lies in (or serves) the town, and a curated landmark has one reading: the
town is the namesake around it, whatever the story's other places lean to (a story about a Canadian airline
still means England's London in "London's Heathrow").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.distances import flat_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.landmarks import is_landmark
from eventwatch.geo.name_span import NameSpan

# An airport may lie this far from the centre of the town it serves.
SERVES_KM = 60.0
_POSSESSIVE = re.compile(r"['’]s ")


def possessive_holders(text: str, spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]],
                       ranked: Sequence[Sequence[tuple[float, Candidate]]]) -> dict[int, Candidate]:
    """New readings, by span index, for towns written in the possessive right before a landmark that lies
    farther than SERVES_KM from the town's chosen reading, where another exact reading of the town is near it.

    The landmark is the reading of a name starting right after the possessive, or a landmark among the
    readings of a building's name there that stands in unresolved ("London's Heathrow cargo terminal")."""
    moved: dict[int, Candidate] = {}
    starting: dict[int, list[int]] = {}
    for m, s in enumerate(spans):
        starting.setdefault(s.start, []).append(m)
    for k, s in enumerate(spans):
        town = chosen[k]
        if town is None or town.lat is None or not town.feature_code.startswith("PPL"):
            continue
        gap = _POSSESSIVE.match(text, s.end)
        site = _site(starting.get(gap.end(), ()), chosen, ranked) if gap is not None else None
        if site is None or flat_km(town.lat, town.lon, site.lat, site.lon) <= SERVES_KM:
            continue
        near = next((c for _sc, c in ranked[k] if c.exact and c.feature_code.startswith("PPL")
                     and c.lat is not None and flat_km(c.lat, c.lon, site.lat, site.lon) <= SERVES_KM), None)
        if near is not None:
            moved[k] = near
    return moved


def _site(at: Sequence[int], chosen: Sequence[Optional[Candidate]],
          ranked: Sequence[Sequence[tuple[float, Candidate]]]) -> Optional[Candidate]:
    """The landmark read for a name starting at one position: its chosen reading or, for a building left
    unresolved, a landmark among its readings (the building's name holds the landmark's)."""
    for m in at:
        options = [chosen[m]] if chosen[m] is not None else [c for _sc, c in ranked[m]]
        for c in options:
            if c.lat is not None and is_landmark(c.feature_code, c.source):
                return c
    return None
