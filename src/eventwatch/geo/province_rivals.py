"""A populous province or historic region abroad as the rival a same-named town must beat.

"Normandy", "Tuscany", "Flanders" or "Andalusia" each name a first-level division of millions and a few
towns elsewhere (a Missouri suburb, an Ontario township). A story of one country mentions such a region
abroad often ("the beaches of Normandy", "a villa in Tuscany"), so the story's country, which lends the town
its support, says nothing about which is meant. As with a world city (`namesake_owners.WORLD_CITY_POPULATION`),
the town keeps the name only on evidence of its own ground: a container, a word calling it a town, or
another name of the story lying near it or naming its state (`Resolver._judge` asks).
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.namesake_owners import PROVINCE_OWNER_POPULATION, WORLD_CITY_POPULATION
from eventwatch.geo.reading_priors import ADMIN1_CODES

# A capital, national or of a province ("Victoria", British Columbia), is a prominent place in its own right,
# read by the story's context as before.
_SEATS = frozenset({"PPLC", "PPLA"})


def province_rival(c: Candidate, readings: list[Candidate]) -> Optional[Candidate]:
    """The most populous first-level division of another country spelled exactly like town c, with at least
    PROVINCE_OWNER_POPULATION people, if c is a town smaller than a world city spelled exactly too.

    A capital (`_SEATS`) is no mere town. A division of c's own country is `namesake_owners.division_rival`'s
    business; a small division abroad (an island parish, a rural district) owns nothing against a town of the
    story's country."""
    if not c.exact or c.source == "user" or not c.feature_code.startswith("PPL") \
            or c.feature_code in _SEATS or c.population >= WORLD_CITY_POPULATION:
        return None
    return max((o for o in readings if o.exact and o.source != "user" and o.feature_code in ADMIN1_CODES
                and o.country_code != c.country_code and o.population >= PROVINCE_OWNER_POPULATION),
               key=lambda o: o.population, default=None)
