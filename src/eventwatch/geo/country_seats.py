"""A small country's or territory's capital, spelled as the gazetteer writes it: the capital, not a stray village.

The capitals of small states and territories are towns of a few hundred or thousand people (Road Town, Alofi,
Vatican City), and world news names them far from every other place it gives ("ROAD TOWN — ... lawyers in
London said"; "ALOFI — ... people of Niuean descent in Auckland"). The resolver refuses a small town far from
the story's places as the namesake of a village the gazetteer lacks (geo/resolve.py); a country's seat of
government has no such doubt where no larger town bears its exact name: wire copy names it for its dateline
and its government. Where a larger namesake exists (Jamestown in New York beside St Helena's), the capital
earns no exemption: the story's places must still choose it. Nor where a smaller namesake lies in a country the
story places (Cockburn Town in a story that also names Nassau: the Bahamas' own) or nearer the story's places
than the capital (Marigot in a story of the Dominican Republic: Haiti's, not Saint Martin's). And only the
capital's main name earns it: small capitals carry odd alternate names ("Great Bay" for Philipsburg, "Valli"
for The Valley) that mean a bay or a word far more often than the seat.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_MAIN

if TYPE_CHECKING:
    from eventwatch.geo.firm_context import _FirmContext

# How near the story's places a smaller namesake must lie, nearer than the capital, to take the name from it: a
# namesake in the story's own region, not merely one less far across an ocean.
NAMESAKE_NEAR_KM = 500.0


def seat_of_a_country(name: str, town: Candidate, readings: Sequence[tuple[float, Candidate]],
                      firm: "_FirmContext") -> bool:
    """Whether `town`, read for name `name`, is a national capital read by its exact main name, and no other
    populated place among `readings` (the name's ranked (score, candidate) pairs), spelled exactly, is larger,
    lies in a country where the story (`firm`, its firm places) places something, or lies nearer those places
    than the capital (within `NAMESAKE_NEAR_KM`)."""
    if town.feature_code != "PPLC" or not town.exact or town.kind != NAME_MAIN:
        return False
    others = [c for _score, c in readings if c.id != town.id and c.exact and c.feature_code.startswith("PPL")]
    if any(c.population > town.population for c in others):
        return False
    rivals = [c for c in others if c.country_code != town.country_code]
    if not rivals:
        return True
    points = [p for other, p in firm.points if other != name and p.lat is not None]
    placed = {p.country_code for p in points}
    if any(c.country_code in placed for c in rivals):
        return False  # Cockburn Town beside Nassau: the namesake of the story's own country

    def nearest(c: Candidate) -> float:
        return min(haversine_km(c.lat, c.lon, p.lat, p.lon) for p in points)

    if not points or town.lat is None:
        return True
    own = nearest(town)
    return not any(c.lat is not None and (d := nearest(c)) < own and d <= NAMESAKE_NEAR_KM for c in rivals)
