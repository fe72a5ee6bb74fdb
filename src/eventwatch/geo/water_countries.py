"""The country an event on a cross-border water lies in, read from the story's other places.

The lexicon holds a river or a lake that runs through or between several countries (the Mekong, the Danube, the
Congo, the Cuyuni) with no country: its point is one spot on a line hundreds of kilometres long. Chosen as an
event's place ("gunmen fired on a patrol on the X river near Y village", Y unheld), such a water would leave the
event in no country, where a coder writes the country the story is set in. When the story's other places (its
towns, its divisions, the country a force is named after, the seat a statement came from; actors' demonyms
aside, which name where people come from) all lie in one country, and that country holds a place within
`_REACH_KM` of the water's point, the event keeps the water at its precision, in that country. A story whose
places lie in two countries (a border river between the two named) leaves the water as it is.
"""
from __future__ import annotations

import copy
from typing import Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.model import Place, Toponym

# Codes of waters a lexicon may hold across borders.
_WATER_CODES = frozenset({"STM", "STMS", "LK", "LKS", "RSV", "CNL", "BAY", "GULF", "STRT"})
# A river's point sits at its mouth: the story's country must hold a place no farther from it than a long river's
# middle reaches are (the Congo's mouth to Kisangani is 1,600 km), so a story set on another continent is left.
_REACH_KM = 2500.0


def with_story_country(place: Optional[Place], toponyms: Sequence[Toponym]) -> Optional[Place]:
    """`place`, given the one country the story's other places lie in when it is a water held in none."""
    if place is None or place.country_code or place.feature_code not in _WATER_CODES or place.lat is None:
        return place
    countries: set[str] = set()
    near = False
    for t in toponyms:
        p = t.place
        if p is None or not p.country_code or t.cue == "demonym" or p.feature_code in _WATER_CODES:
            continue
        countries.add(p.country_code)
        if len(countries) > 1:
            return place
        if not near and p.lat is not None and p.lon is not None:
            near = haversine_km(place.lat, place.lon, p.lat, p.lon) <= _REACH_KM
    if not countries or not near:
        return place
    placed = copy.copy(place)
    placed.country_code = countries.pop()
    return placed
