"""A town read by another name of a village gives way to the town whose own name it is, in the same division.

GeoNames gives many villages alternate names copied from a nearby city or from the province they are filed under
("Siem Reab", a village near Phnom Penh filed under Siem Reap province, also holds "Siem Reap"). Context then can
pull the name to the village, since the story's other places lie near it, though a writer naming "Siem Reap"
means the city that bears the name as its own. Where the chosen reading is a populated place matched only by an
alternate name, and a populated place of the same country and first-level division holds the name as its own and
is many times larger, the name is that town: the two cannot be told apart by the division a reader would supply,
and the larger own name is what English copy writes. A reading in another division or country is left alone
(that is a namesake context may rightly choose), and so is a town that is itself large.

A first-level division can be a whole nation ("England"), so sharing it says little. The alternate name is taken
for a copy only where it is the village's own province's name ("Siem Reap" for a village of Siem Reap province)
or the town lies within a short drive: a short name of a village far off is that village's everyday name
("Leigh" for Leigh-on-Sea, "Brent" for South Brent, each hundreds of kilometres from its namesake town). A
village of unknown population (0) is no measure of "many times larger", and a name written with its container
("Leigh, Essex") was placed by the writer.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import normalise
from eventwatch.geo.store import NAME_ALT, NAME_MAIN

# How many times larger the own-name town must be than the village holding its name as an alternate one.
OWN_NAME_RATIO = 10
# A reading at least this large is a town in its own right, whatever the name it was matched by.
OWN_TOWN_POPULATION = 20_000
# Within this distance a village's alternate name may be copied from the town (a suburb's, a satellite's).
OWN_NAME_NEAR_KM = 30.0


def own_name_town(best: Optional[Candidate], ranked: Sequence[tuple[float, Candidate]],
                  contained: bool = False) -> Optional[Candidate]:
    """The town holding `best`'s matched name as its own that should replace `best`, or None (see module).
    `contained`: the name is written with a container of its own ("Leigh, Essex"), which no rule overrides."""
    if contained or best is None or best.kind != NAME_ALT or not best.exact \
            or not best.feature_code.startswith("PPL") or not 0 < best.population < OWN_TOWN_POPULATION \
            or not best.admin1_code:
        return None
    province_name = bool(best.admin1) and normalise(best.matched or "") == normalise(best.admin1 or "")
    floor = max(OWN_NAME_RATIO * best.population, OWN_TOWN_POPULATION)
    for _score, c in ranked:
        if c.id != best.id and c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") \
                and c.country_code == best.country_code and c.admin1_code == best.admin1_code \
                and c.population >= floor and (province_name or _near(best, c)):
            return c
    return None


def _near(a: Candidate, b: Candidate) -> bool:
    """Whether two readings with known points lie within `OWN_NAME_NEAR_KM` of each other."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= OWN_NAME_NEAR_KM
