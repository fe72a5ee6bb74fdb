"""A bearing off a land ("south of Tonga", "near Grenada") names the land, not a namesake town abroad.

A name after "near" or a compass bearing ("north of X", "west of X") reads as a town's ground: one says "near
Lebanon" of the Pennsylvania town more often than of the country. But weather and shipping copy takes its
bearings off whole islands and small states ("the cyclone will weaken south of Tonga", "boats sank west of
Jamaica", "the storm passed south of Grenada"), and where a town of some thousands shares the country's name in
another land (Tonga in Cameroon, Grenada in Mississippi, Jamaica in Queens) the bearing alone handed it the
name. The bearing places the town only where the story has ground near it: a place in the town's country, the
town's country or a country bordering it named ("wounded villagers crossed into Nigeria" of Cameroon's Tonga), a
firm place within `NEAR_GROUND_KM` of it, or words that tie the text to its country ("the sheriff's office":
geo/country_register.py). "near Tonga" in a story of Cameroon's West region is the town; in a story of the
South Pacific, the kingdom.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Mapping, Sequence

from eventwatch.geo.derive import read_tsv
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.seats import COUNTRIES_FILE

if TYPE_CHECKING:
    from eventwatch.geo.firm_context import _FirmContext

# The vague levels a bearing or "near" gives a name (geo/context_reading.py): around a place, not in it.
_BEARING_VAGUE = frozenset({"near", "offset"})
# How near a firm place of the story must lie to the town for the story to stand on the town's ground: a region's
# width, not an ocean's (Fiji lies some 800 km from Tonga's islands but 17,000 km from Cameroon's town).
NEAR_GROUND_KM = 1000.0


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    """Each country's neighbours by ISO code, as countries.tsv gives them."""
    return {row[0]: frozenset(x for x in row[8].split(",") if x) for row in read_tsv(COUNTRIES_FILE) if len(row) > 8}


def bearing_off_a_land(s: NameSpan, said: Mapping[str, Sequence[str]], name: str, town: Candidate,
                       firm: "_FirmContext", register: Mapping[str, float]) -> bool:
    """Whether town `town`, read for name `name` whose mention `s` is placed only by a bearing or "near" (no
    word calling it a town: `said`, the levels its mentions' words fit), stands on no ground of the story: the
    story (`firm`, its firm places and the countries it names) places nothing else in the town's country or
    near it, names neither that country nor a neighbour of it, and its words (`register`, the text's country
    votes) point to no such country. Then the town's country's namesake abroad is meant."""
    if s.vague not in _BEARING_VAGUE or "town" in said.get(s.norm, ()):
        return False
    cc = town.country_code
    if not cc or register.get(cc, 0.0) > 0.0:
        return False
    ground = {cc} | _borders().get(cc, frozenset())
    for other, p in firm.points:
        if other == name:
            continue
        if p.country_code == cc or (town.lat is not None and p.lat is not None
                                    and haversine_km(town.lat, town.lon, p.lat, p.lon) <= NEAR_GROUND_KM):
            return False
    return not any(lead.cands and lead.key[0] != name and lead.cands[0].feature_code.startswith("PCL")
                   and lead.cands[0].country_code in ground for lead in firm.groups)
