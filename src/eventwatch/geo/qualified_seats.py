"""A district's seat whose own name adds its province to the district's: "San Lorenzo de Esmeraldas".

A town sharing its name with namesakes across a country is often filed under a longer own name that adds its
province ("X de Esmeraldas"), the short name one of its spellings. A report writes the short name, which is also
the district's (the canton of "San Lorenzo"): the district, filed under the short name as its own, then outranks
its seat, whose short name is only an alternate, often so far that the seat falls beyond the candidate cut. The
seat is still the town named without a division word (see `Resolver._seats_for_districts`). A longer own name that
adds anything else ("Sinaloa de Leyva" for the Sinaloa municipality of Sinaloa state) is no such spelling: the short
name there is as likely the state's, and the rule keeps out of it.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.derive import core_name
from eventwatch.geo.distances import flat_km
from eventwatch.geo.gazetteer import Candidate

# The words that join a town's name to its province's in its longer own name.
_JOINS = ("de ", "del ", "de la ", "do ", "da ", "di ")


def province_qualified_seat(district: Candidate, readings: Sequence[tuple[float, Candidate]],
                            seat_km: float) -> Optional[Candidate]:
    """The exact town reading lying at the district's point whose own name is the district's followed by "de"
    and the name of the first-order division both lie in; None when there is none."""
    short = core_name(district.name)
    if not short or not district.admin1:
        return None
    province = core_name(district.admin1)
    qualified = {f"{short} {join}{province}" for join in _JOINS}
    for _score, alt in readings:
        if alt.exact and alt.feature_code.startswith("PPL") and alt.country_code == district.country_code \
                and alt.admin1_code == district.admin1_code and alt.lat is not None \
                and flat_km(alt.lat, alt.lon, district.lat, district.lon) <= seat_km \
                and core_name(alt.name) in qualified:
            return alt
    return None
