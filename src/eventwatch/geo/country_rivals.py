"""A country abroad as the rival a same-named town must beat ("Italy", "Egypt", "Jordan", "Lebanon").

Many American towns bear a country's name, and a local story names the countries of the world as often as
any other ("flew bombers over Italy", "the flight from Egypt"). The story's country and its state, which lend
such a town its support, say nothing about which is meant, and a town of the name a county or two away from
the story's places is no evidence either. As with a populous province (geo/province_rivals.py), the town keeps
the name only on evidence of its own ground, here a firmer one: a container ("Italy, Texas"), words calling it
a town ("the town of Egypt", "Jordan police"), or a neighbour or its county named beside it
(`Resolver._placed_as_town`).
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.store import NAME_MAIN

# A capital, national or of a province, is a prominent place in its own right, read by context as before.
_SEATS = frozenset({"PPLC", "PPLA"})


def country_rival(c: Candidate, readings: list[Candidate]) -> Optional[Candidate]:
    """The country of another land whose own name is spelled exactly like town c, if c is a town smaller than
    a world city spelled exactly too."""
    if not c.exact or c.source == "user" or not c.feature_code.startswith("PPL") \
            or c.feature_code in _SEATS or c.population >= WORLD_CITY_POPULATION:
        return None
    return next((o for o in readings if o.exact and o.source != "user" and o.kind == NAME_MAIN
                 and o.feature_code.startswith("PCL") and o.country_code != c.country_code), None)
