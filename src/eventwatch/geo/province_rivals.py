"""A populous province or historic region abroad as the rival a same-named town must beat.

"Normandy", "Tuscany", "Flanders" or "Andalusia" each name a first-level division of millions and a few
towns elsewhere (a Missouri suburb, an Ontario township). A story of one country mentions such a region
abroad often ("the beaches of Normandy", "a villa in Tuscany"), so the story's country, which lends the town
its support, says nothing about which is meant. As with a world city (`namesake_owners.WORLD_CITY_POPULATION`),
the town keeps the name only on evidence of its own ground: a container, a word calling it a town, or
another name of the story lying near it or naming its state (`Resolver._judge` asks).

A province named after its own chief city ("Santa Fe", "Córdoba", "Mendoza" in Argentina) is another matter
for a town of note (`TOWN_OF_NOTE`): its name is that city's first, so a city of its own country ("Santa Fe",
New Mexico) meets a city abroad, not a region, and the contest of a town against a world city (`world_rival`)
decides it by the story's places. A small town still gives way ("a university in Wellington" is New Zealand's,
not an English market town's, in a story of Australia and Scotland).
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.namesake_owners import PROVINCE_OWNER_POPULATION, WORLD_CITY_POPULATION
from eventwatch.geo.reading_priors import ADMIN1_CODES

# A town this large, named like a province abroad that is itself named after its chief city, is a city of note
# at home ("Santa Fe", New Mexico), read against that city rather than the province.
TOWN_OF_NOTE = 50_000
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
    province = max((o for o in readings if o.exact and o.source != "user" and o.feature_code in ADMIN1_CODES
                    and o.country_code != c.country_code and o.population >= PROVINCE_OWNER_POPULATION),
                   key=lambda o: o.population, default=None)
    if province is not None and c.population >= TOWN_OF_NOTE and any(_its_chief_city(o, province) for o in readings):
        return None
    return province


def _its_chief_city(o: Candidate, province: Candidate) -> bool:
    """Whether o is a city of the world's size in the province, spelled exactly as the province is: the city
    the province is named after."""
    return o.exact and o.feature_code.startswith("PPL") and o.country_code == province.country_code \
        and o.admin1_code == province.admin1_code and o.population >= WORLD_CITY_POPULATION
