"""An island's name read only as a far-off town is an island the gazetteer does not hold by that name.

The island word ("في جزيرة سترة", geo/arabic_names.py `arabic_context`) is a cue as a settlement word is, and a cue
makes a reading believable. But many islands are held in Latin letters only, or not at all, so the name after the
word meets a mainland namesake far away ("جزيرة جربة جنوب تونس" read as Somalia's Garbahaarrey; "جزيرة تيران" beside
Egypt and Saudi Arabia read as an Iranian village). The word vouches for an island: a reading the gazetteer marks
as one (feature code ISL*) stays, and so does any reading in a country the report's other places read in or within
`NEAR_KM` of one of them (Sitra beside Manama). Otherwise the name is kept unresolved, and it stands in the
report's country as it did before the island word was a cue. A report that names no other place keeps the reading.
"""
from __future__ import annotations

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

NEAR_KM = 500.0  # an island lies by the coast of the places it is reported with


def island_word(norm: str, island_heads: frozenset[str]) -> bool:
    """Whether a token is the island word (`island_heads`), bare or with a joined "ب"/"ل" ("بجزيرة سترة", on Sitra
    island)."""
    return norm in island_heads or norm[:1] in "بل" and norm[1:] in island_heads


def far_islands(found: list[NameSpan], tokens: list[Token], island_heads: frozenset[str]) -> None:
    """Make unknown, in place, each name right after the island word whose readings are none an island, none in a country
    of the report's other places and none within `NEAR_KM` of one of them."""
    islands = [s for s in found if s.i > 0 and island_word(tokens[s.i - 1].norm, island_heads) and s.locational and s.candidates and not s.unknown
               and not any(c.feature_code.startswith("ISL") for c in s.candidates)]
    if not islands:
        return
    island_ids = {id(s) for s in islands}
    points: set[tuple[float, float]] = set()
    countries: set[str] = set()
    for o in found:
        if o.locational and o.candidates and not o.unknown and id(o) not in island_ids:
            best = max(o.candidates, key=lambda c: c.population)
            points.add((best.lat, best.lon))
            countries.add(best.country_code)
    if not points:
        return
    for s in islands:
        if not any(c.country_code in countries or any(haversine_km(c.lat, c.lon, lat, lon) <= NEAR_KM
                                                      for lat, lon in points) for c in s.candidates):
            s.candidates, s.unknown, s.firm = [], True, True
