"""A name an apposition calls a town is a town, not the country or division sharing its name: "in Montenegro,
a farming town in the far south", "Georgia, a city of 3,000 people", "Victoria, a village near the coast".

The country or the province of the name is the likelier reading of the bare name, but no writer calls a
country "a town"; with the apposition, only the name's populated-place readings are kept (where it has any),
and the document's places choose among them as for any town. Read as geo/island_appositions.py reads "X, the
smaller island": the noun must close the apposition's head ("a town hall", "a city-state" are other things).
"""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan

_TOWN_APPOSITION = re.compile(
    r",\s+(?:the|an?)\s+(?:[a-z][a-z\-]*\s+){0,3}?(?:town|city|village|hamlet|port|municipality|suburb)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:in|of|on|off|near|north|south|east|west|that|which|where|with|about|some|close|"
    r"outside|just|\d))")
_NAME_AFTER_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def town_appositions(text: str, spans: list[NameSpan]) -> None:
    """Keep only the populated-place readings of each name followed by a town apposition, where it has some
    beside readings of another kind."""
    for s in spans:
        if not s.locational or s.unknown or s.demonym or not s.candidates:
            continue
        m = _TOWN_APPOSITION.match(text, s.end)
        if m is None or _NAME_AFTER_OF.match(text, m.end()):
            continue  # "in Russia, the city of Orsk": the noun introduces the next name, not this one
        towns = [c for c in s.candidates if c.feature_code.startswith("PPL")]
        if towns and len(towns) < len(s.candidates):
            s.candidates = towns
