"""A hamlet that shares its name with a major city gives the name to the city unless the story places it.

Local papers name their own state's towns bare, so a bare town of the story's state is read as local ("Albany"
in a Minnesota story is Minnesota's). That reading is right for towns of some size, but a hamlet of a few
hundred people that happens to share a major city's name ("Denver", Iowa, 1,800 people, beside Denver,
Colorado; "Atlanta", Illinois, beside Atlanta, Georgia) wins the same way, from the state alone: "after a decade
in Denver", "moved from Atlanta" in a local story name the city that people move to and from. Only where the
text ties the hamlet to its own ground (a neighbour, its county, "the town of", "near") is the hamlet meant.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.distances import flat_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import normalise
from eventwatch.geo.store import NAME_MAIN

# A populated place this small is known only locally: state support alone does not make it the reading...
HAMLET_POPULATION = 5_000
# ...over a namesake city this large, which the story's readers know by the bare name.
MAJOR_CITY_POPULATION = 200_000
# A local paper's own area, a county or two around its towns: a hamlet this close to a town the story names is
# plausibly the one meant ("Oakland" in a story of Pittsburgh's suburbs), one farther off is only in its state.
LOCAL_AREA_KM = 100.0


def major_city_over_hamlet(best: Candidate, rival: Optional[Candidate], leads: Sequence[Candidate],
                           norm: str, near_km: float = LOCAL_AREA_KM) -> Optional[Candidate]:
    """The major city `rival` where `best` is a hamlet of its name, else None: both populated places of one
    country, the city holding the name as its own (not an old or variant name: "Twickenham" is no Huntsville).
    The hamlet keeps the name where the story's other names (`leads`, their leading readings, places or not)
    tie it to its ground: one lying within `near_km` of it, in the area of the towns the story names ("Oakland"
    beside Bethel Park, Pennsylvania), or a county of its state called by the same name ("Madison" beside
    "Madison County commissioners": a local story's bare name for its county or its seat). The caller asks this
    only where no word of the text places the hamlet itself."""
    if rival is None or not best.feature_code.startswith("PPL") or not rival.feature_code.startswith("PPL") \
            or rival.kind != NAME_MAIN or rival.country_code != best.country_code or best.lat is None:
        return None
    if best.population >= HAMLET_POPULATION or rival.population < MAJOR_CITY_POPULATION:
        return None
    for p in leads:
        if p.feature_code.startswith("ADM2") and p.admin1_code == best.admin1_code \
                and normalise(p.name).startswith(norm + " "):
            return None
        if not p.feature_code.startswith(("ADM", "PCL")) and flat_km(best.lat, best.lon, p.lat, p.lon) <= near_km:
            return None
    return rival
