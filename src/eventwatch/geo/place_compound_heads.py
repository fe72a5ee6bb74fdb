"""French place names opened by a kind of place and a hyphen: "Lac-Saint-Jean", "Lac-Beauport", "Mont-Laurier".

Quebec, France, Haiti and French-speaking Africa write many towns and regions as a kind of place ("Lac", "Mont",
"Val", "Pointe", "Rivière", "Île", "Cap", "Baie") joined by hyphens to the rest of the name. The gazetteer
lacks many of them whole, and the head word alone is a place somewhere else ("Lac" is a province of Chad), so
the name was read in pieces: the head as that distant place, the rest as a namesake of its own ("Saint-Jean"
as Saint John, New Brunswick). The head says the whole hyphenated run is one place's name, as a division word
after it does ("the X-Y raion"): the run is read whole (geo/unknown_names.py, whole_hyphenated_names), with or
without a firm cue before it. Saints are left out: "Saint-Exupéry" and "Sainte-Beuve" are people as often.
"""
from __future__ import annotations

from eventwatch.geo.normalise import Token

# Folded forms of the kinds of place that open a hyphenated French name.
PLACE_COMPOUND_HEADS = frozenset({"lac", "mont", "val", "pointe", "riviere", "ile", "cap", "baie", "bois"})


def opens_place_compound(t: Token) -> bool:
    """Whether the capitalised word is a kind of place opening a hyphenated name ("Lac" in "Lac-Etchemin")."""
    return t.text[:1].isupper() and t.norm in PLACE_COMPOUND_HEADS
