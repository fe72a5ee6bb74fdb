"""A name an apposition calls an island is the island of that name ("on Pemba, the smaller island").

The curated islands whose bare name is also a town elsewhere are listed only with "Island" ("Pemba Island":
bare, Pemba is a Mozambican port). A paper names the island bare and says what it is in an apposition: "fly
to Wete on Pemba, the smaller island", "Tanna, an island in the south". Read as "the Tigris river" is read
(geo/natural_features.mark_kind_nouns), the apposition's noun names the kind, and the name with "Island"
written after it is the curated island where the gazetteer holds one. "Victoria, the island's capital" is a
town: the noun must close the apposition's head, not own something. The island group written after a comma
("the ferry from Yell, Shetland") says so as plainly: the group's own curated island of the name is meant.
The group reading serves one curated case today: Yell Island is the only curated "<name> Island" whose bare
name is no island of its own and which lies in a group the gazetteer holds as one (ISLS); the Azores' Santa
Maria Island lies in a group held as a first-level division, which this rule does not read.
"""
from __future__ import annotations

import re
from typing import Any

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.name_span import NameSpan

# The noun closes the apposition's head: punctuation or a preposition or relative follows it ("the island
# state", "the island nation" are a state's and a nation's names).
_ISLAND_APPOSITION = re.compile(r",\s+(?:the|an?)\s+(?:[a-z][a-z\-]*\s+){0,3}?island(?=\s*[,.;:)]|\s*$|\s+(?:in|"
                                r"of|off|near|north|south|east|west|that|which|where|with|to|from|whose)\b)")
_ISLAND_CODES = ("ISL", "ISLS")


# ", Shetland": the island group written after the name, as a town's state is.
_COMMA = re.compile(r",\s+")
# An island of a group lies this close to the group's point: the groups a paper names so are a few hundred km across.
GROUP_KM = 200.0


def _group_after(text: str, s: NameSpan, by_start: dict[int, NameSpan]) -> list:
    """The island-group readings of the name written after s and a comma ("Yell, Shetland"), if any."""
    m = _COMMA.match(text, s.end)
    nxt = by_start.get(m.end()) if m is not None else None
    if nxt is None:
        return []
    return [c for c in nxt.candidates if c.exact and c.feature_code == "ISLS" and c.lat is not None]


def island_appositions(text: str, spans: list[NameSpan], gaz: Any) -> None:
    """Give each name followed by an island apposition, or by its island group after a comma ("Yell, Shetland":
    the group places the island as a state places a town), the curated island "<name> Island" as its reading;
    after a group, only an island lying within `GROUP_KM` of it."""
    by_start = {t.start: t for t in spans}
    for s in spans:
        if not s.locational or s.unknown or s.demonym:
            continue
        groups = [] if _ISLAND_APPOSITION.match(text, s.end) is not None else _group_after(text, s, by_start)
        if not groups and _ISLAND_APPOSITION.match(text, s.end) is None:
            continue
        if any(c.exact and c.feature_code in _ISLAND_CODES for c in s.candidates):
            continue
        found = [c for c in gaz.lookup(f"{text[s.start : s.end]} Island", limit=10)
                 if c.exact and c.source == "curated" and c.feature_code in _ISLAND_CODES
                 and (not groups or any(c.lat is not None and haversine_km(c.lat, c.lon, g.lat, g.lon) <= GROUP_KM
                                        for g in groups))]
        if found:
            s.candidates = found
