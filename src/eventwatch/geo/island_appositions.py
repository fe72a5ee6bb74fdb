"""A name an apposition calls an island is the island of that name ("on Pemba, the smaller island").

The curated islands whose bare name is also a town elsewhere are listed only with "Island" ("Pemba Island":
bare, Pemba is a Mozambican port). A paper names the island bare and says what it is in an apposition: "fly
to Wete on Pemba, the smaller island", "Tanna, an island in the south". Read as "the Tigris river" is read
(geo/natural_features.mark_kind_nouns), the apposition's noun names the kind, and the name with "Island"
written after it is the curated island where the gazetteer holds one. "Victoria, the island's capital" is a
town: the noun must close the apposition's head, not own something.
"""
from __future__ import annotations

import re
from typing import Any

from eventwatch.geo.name_span import NameSpan

# The noun closes the apposition's head: punctuation or a preposition or relative follows it ("the island
# state", "the island nation" are a state's and a nation's names).
_ISLAND_APPOSITION = re.compile(r",\s+(?:the|an?)\s+(?:[a-z][a-z\-]*\s+){0,3}?island(?=\s*[,.;:)]|\s*$|\s+(?:in|"
                                r"of|off|near|north|south|east|west|that|which|where|with|to|from|whose)\b)")
_ISLAND_CODES = ("ISL", "ISLS")


def island_appositions(text: str, spans: list[NameSpan], gaz: Any) -> None:
    """Give each name followed by an island apposition the curated island "<name> Island" as its reading."""
    for s in spans:
        if not s.locational or s.unknown or s.demonym or _ISLAND_APPOSITION.match(text, s.end) is None:
            continue
        if any(c.exact and c.feature_code in _ISLAND_CODES for c in s.candidates):
            continue
        found = [c for c in gaz.lookup(f"{text[s.start : s.end]} Island", limit=10)
                 if c.exact and c.source == "curated" and c.feature_code in _ISLAND_CODES]
        if found:
            s.candidates = found
