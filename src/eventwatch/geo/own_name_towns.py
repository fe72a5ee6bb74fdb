"""A town read by another name of a village gives way to the town whose own name it is, in the same division.

GeoNames gives many villages alternate names copied from a nearby city or from the province they are filed under
("Siem Reab", a village near Phnom Penh filed under Siem Reap province, also holds "Siem Reap"). Context then can
pull the name to the village, since the story's other places lie near it, though a writer naming "Siem Reap"
means the city that bears the name as its own. Where the chosen reading is a populated place matched only by an
alternate name, and a populated place of the same country and first-level division holds the name as its own and
is many times larger, the name is that town: the two cannot be told apart by the division a reader would supply,
and the larger own name is what English copy writes. A reading in another division or country is left alone
(that is a namesake context may rightly choose), and so is a town that is itself large.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_ALT, NAME_MAIN

# How many times larger the own-name town must be than the village holding its name as an alternate one.
OWN_NAME_RATIO = 10
# A reading at least this large is a town in its own right, whatever the name it was matched by.
OWN_TOWN_POPULATION = 20_000


def own_name_town(best: Optional[Candidate], ranked: Sequence[tuple[float, Candidate]]) -> Optional[Candidate]:
    """The town holding `best`'s matched name as its own that should replace `best`, or None (see module)."""
    if best is None or best.kind != NAME_ALT or not best.exact or not best.feature_code.startswith("PPL") \
            or best.population >= OWN_TOWN_POPULATION or not best.admin1_code:
        return None
    floor = max(OWN_NAME_RATIO * best.population, OWN_TOWN_POPULATION)
    for _score, c in ranked:
        if c.id != best.id and c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") \
                and c.country_code == best.country_code and c.admin1_code == best.admin1_code \
                and c.population >= floor:
            return c
    return None
