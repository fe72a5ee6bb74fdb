"""Which readings a natural feature keeps from the place name inside it ("Lake Manassas", "the Minnesota River").

A feature named after a town lies by it, and keeps the town's readings as weak ones (geo/features.py). A lake or
river named after a state or a country ("Lake Vermont", a lake in Minnesota; "the Iowa River") may lie anywhere
in it or beyond it: neither the polity's centre nor a village sharing the polity's name locates it, and a weak
reading of either wins wherever the story's places lie nearer to it than to anything else. Such a lake or river
keeps no reading; unresolved, it stands in at the story's places. A town matched only by a variant spelling
of its own (GeoNames lists many a state's or a town's name among some village's other names) is no namesake of a
feature either, where some reading bears the name as its own.
"""
from __future__ import annotations

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_MAIN

# First-level divisions and countries: a feature named after one is named after the polity.
POLITY_CODES = ("ADM1", "PCL")


# The kind words of a lake or a river, before or after the name ("Lake Vermont", "the Iowa River").
WATER_WORDS = frozenset({"lake", "river", "creek", "bayou"})


def feature_readings(candidates: list[Candidate], water: bool = False) -> list[Candidate]:
    """The readings of a feature's inner place name it inherits: none for a lake or river (`water`) whose name is
    a state's or a country's own (the most populous reading that bears it), else those bearing the name as their
    own where any does, else all of them.

    Only water is read so: a name with another kind word is as often an institution's ("the Texas Forest
    Service") or a region's that a town shares ("the Salinas Valley", where a Puerto Rican municipality is a
    first-level division of the name), and keeps its readings."""
    own = [c for c in candidates if c.exact and c.kind == NAME_MAIN]
    if water and own and max(own, key=lambda c: c.population).feature_code.startswith(POLITY_CODES):
        return []
    if not own or len(own) == len(candidates):
        return list(candidates)
    return [c for c in candidates if c.kind == NAME_MAIN]
