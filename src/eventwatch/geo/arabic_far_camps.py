"""A camp's name read only as a place thousands of kilometres from every other place of the report is a camp the
gazetteer does not hold.

Camps for the displaced and refugees are named for the spot they stand on ("مخيم الحميدية" by Zalingei, "مخيم
الزعتري" by Mafraq) and a report names them beside the towns around them. GeoNames holds few of them, so the name
after "مخيم" meets some namesake elsewhere (the UAE's al-Hamidiyah for a Darfur camp) and draws the report abroad.
A camp lies near the places it is reported with: where every reading of its name lies further than `FAR_KM` from
every other place the report reads, the name is kept as an unknown camp, which stands in the report's own country.
A camp across a border nearby stays read (Jordan's Zaatari in a report on Daraa: some 100 km).
"""
from __future__ import annotations

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import fold_token

_CAMP = fold_token("مخيم")
FAR_KM = 2000.0  # further than any camp lies from the towns a report names it with


def far_camps(found: list[NameSpan]) -> None:
    """Make unknown, in place, each one-word name read after "مخيم" whose readings all lie more than `FAR_KM` from
    the most populous reading of every other place read in the report (none read: nothing changes)."""
    camps = [s for s in found if s.cue == _CAMP and s.j - s.i == 1 and s.locational and s.candidates and not s.unknown]
    if not camps:
        return
    others = [max(o.candidates, key=lambda c: c.population) for o in found
              if o.locational and o.candidates and not o.unknown and o not in camps]
    if not others:
        return
    for s in camps:
        if all(haversine_km(c.lat, c.lon, o.lat, o.lon) > FAR_KM for c in s.candidates for o in others):
            s.candidates, s.unknown, s.firm = [], True, True
