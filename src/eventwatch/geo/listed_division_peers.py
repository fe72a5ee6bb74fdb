""""Crossing to Bimini or Great Harbour Cay": an unheld name listed right after a division or an island is its
sibling, in that division's country.

An unresolved name otherwise stands in at the nearest town named before it (geo/fallback.py), which skips a
division or an island because neither is a point. Where the name is listed straight after one ("Bimini or X",
"Andros and X") the list says the two lie together; a town named before the list that lies in another country
("sailors from Miami, crossing to Bimini or X") is the route's other end, not the name's neighbour. Only then
does the listed division stand in: a town of the division's own country stays the closer stand-in.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.model import Place, Toponym

# Only a list's joint between the two names: a comma, "and", "or".
_JOINT = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or)\s+")


def _division(p: Optional[Place]) -> bool:
    """A place that is no point and no country: a first- or second-level division, an island, a region."""
    code = (p.feature_code or "") if p is not None else ""
    return p is not None and not code.startswith(("PPL", "PCL", "OCN", "SEA", "CONT")) \
        and code in {"ADM1", "ADM2", "ADM3", "ISL", "ISLS", "RGN", "AREA", "PEN"}


def _gap(o: Toponym, start: int, end: int) -> Optional[str]:
    """The text between two offsets, read from the sentence kept on resolved toponym `o` where it holds both
    (one look, however long the document)."""
    ev = o.place.evidence if o.place is not None else None
    if ev is None or not ev.sentence or not ev.sentence_start <= start <= end <= ev.sentence_start + len(ev.sentence):
        return None
    return ev.sentence[start - ev.sentence_start : end - ev.sentence_start]


def listed_division_peer(toponyms: Sequence[Toponym], k: int) -> Optional[Place]:
    """The resolved division or island listed right before unresolved toponym `k`, or None."""
    if k == 0:
        return None
    o, t = toponyms[k - 1], toponyms[k]
    if not o.locational or not _division(o.place):
        return None
    between = _gap(o, o.end, t.start)
    return o.place if between is not None and _JOINT.fullmatch(between) else None


def peer_over_foreign_town(source: Optional[Place], peer: Optional[Place]) -> bool:
    """Whether the listed division should stand in instead of `source`, the town found before it: only where
    that town lies in another country."""
    return peer is not None and source is not None and bool(peer.country_code) \
        and source.country_code != peer.country_code
