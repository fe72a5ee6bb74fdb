""""Crossing to Bimini or Great Harbour Cay": an unheld name listed right after a division or an island is its
sibling, in that division's country.

An unresolved name otherwise stands in at the nearest town named before it (geo/fallback.py), which skips a
division or an island because neither is a point. Where the name is listed straight after one ("Bimini or X",
"Andros and X") the list says the two lie together; a town named before the list that lies in another country
("sailors from Miami, crossing to Bimini or X") is the route's other end, not the name's neighbour. Only then
does the listed division stand in: a town of the division's own country stays the closer stand-in. And only
where the two may be of one kind, as a list's members are: an island's name ("X Island", "X Cay") only beside
an island, an island group or a division of a country with no land border (the Bahamas' districts are its
islands: "Bimini or X Cay"). A list may cross a border ("from Galle to Tamil Nadu and X Island"): an island
listed after a mainland division is no sibling of it. A plain name says nothing of its kind ("Sumatra and
Kalimantan" lists two islands, "Riau and X" two provinces), so it keeps any listed peer.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.division_list_peers import _borders
from eventwatch.model import Place, Toponym

# Only a list's joint between the two names: a comma, "and", "or".
_JOINT = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or)\s+")
# Head words that make an unheld name an island's ("X Island", "the X Cays"), and the kinds of its peers.
_ISLAND_HEADS = frozenset({"island", "islands", "isle", "isles", "islet", "islets", "cay", "cays", "caye", "cayes",
                           "key", "keys", "atoll", "atolls"})
_ISLAND_CODES = frozenset({"ISL", "ISLS"})


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


def _same_kind(name: str, peer: Place) -> bool:
    """Whether the unheld `name` and the listed `peer` may be of one kind: an island's name beside an island, an
    island group or a division of a country with no land border (countries.tsv); a plain name beside any."""
    words = name.split()
    if not (len(words) > 1 and words[-1].lower() in _ISLAND_HEADS):
        return True
    code = peer.feature_code or ""
    return code in _ISLAND_CODES or code.startswith("ADM") and not _borders().get(peer.country_code or "")


def listed_division_peer(toponyms: Sequence[Toponym], k: int) -> Optional[Place]:
    """The resolved division or island listed right before unresolved toponym `k`, of its own kind, or None."""
    if k == 0:
        return None
    o, t = toponyms[k - 1], toponyms[k]
    peer = o.place
    if peer is None or not o.locational or not _division(peer) or not _same_kind(t.text, peer):
        return None
    between = _gap(o, o.end, t.start)
    return peer if between is not None and _JOINT.fullmatch(between) else None


def peer_over_foreign_town(source: Optional[Place], peer: Optional[Place]) -> bool:
    """Whether the listed division should stand in instead of `source`, the town found before it: only where
    that town lies in another country."""
    return peer is not None and source is not None and bool(peer.country_code) \
        and source.country_code != peer.country_code
