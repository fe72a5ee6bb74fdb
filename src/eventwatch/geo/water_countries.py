"""The country an event on a cross-border water lies in, read from the story's other places.

The lexicon holds a river or a lake that runs through or between several countries (the Mekong, the Danube, the
Congo, the Cuyuni) with no country: its point is one spot on a line hundreds of kilometres long. Chosen as an
event's place ("gunmen fired on a patrol on the X river near Y village", Y unheld), such a water would leave the
event in no country, where a coder writes the country the story is set in. When the story's other places (its
towns, its divisions, the country a force is named after, the seat a statement came from) all lie in one
country, and that country is one the water runs through or borders (data/gazetteer/water_countries.tsv, true
facts), the event keeps the water at its precision, in that country. Not counted: actors' demonyms and
metonymic names ("Vietnam's foreign ministry said"), which name who speaks, and names after an origin word
("migrants crossing from Serbia"), which name where people left. A story whose places lie in two countries (a
border river between the two named), or in a country off the water's list (a statement from a neighbour's
capital), leaves the water as it is. Only rivers, lakes, reservoirs and canals: a strait or a gulf is the sea
between states, so a speaker's port on its shore ("officials said in Dubai") does not put it in that country.
"""
from __future__ import annotations

import copy
from functools import lru_cache
from typing import Optional, Sequence

from eventwatch.geo.derive import DATA_DIR
from eventwatch.model import Place, Toponym

WATER_COUNTRIES_FILE = DATA_DIR / "water_countries.tsv"

# Codes of inland waters: a river, a lake, a reservoir or a canal runs through or beside a country's land.
_WATER_CODES = frozenset({"STM", "STMS", "LK", "LKS", "RSV", "CNL"})
# Cues of a name that says where someone came from, not where the story is ("from Serbia", "fled Laos").
_ORIGIN_CUES = frozenset({"from", "fled", "born", "origin"})


@lru_cache(maxsize=1)
def _water_countries() -> dict[str, frozenset[str]]:
    """Water name → the ISO codes of the countries it runs through or borders."""
    table: dict[str, frozenset[str]] = {}
    for line in WATER_COUNTRIES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, codes = line.split("\t", 1)
            table[name.strip()] = frozenset(c.upper() for c in codes.split())
    return table


def with_story_country(place: Optional[Place], toponyms: Sequence[Toponym]) -> Optional[Place]:
    """`place`, given the one country the story's other places lie in when it is a water held in none and that
    country is one the water touches."""
    if place is None or place.country_code or place.feature_code not in _WATER_CODES \
            or place.lat is None or place.lon is None:
        return place
    shores = _water_countries().get(place.name)
    if not shores:
        return place
    countries: set[str] = set()
    for t in toponyms:
        p = t.place
        if p is None or not p.country_code or not t.locational or t.cue == "demonym" \
                or (t.cue or "").lower() in _ORIGIN_CUES or p.feature_code in _WATER_CODES:
            continue
        countries.add(p.country_code)
        if len(countries) > 1:
            return place
    if len(countries) != 1 or next(iter(countries)) not in shores:
        return place
    placed = copy.copy(place)
    placed.country_code = countries.pop()
    return placed
