""""The Gulf" written bare: the Persian Gulf or the Gulf of Mexico, whichever the story's places lie nearer.

English news writes "the Gulf" ("tankers sailing the Gulf", "Gulf security", "the Gulf coast") for one of two
seas: the Persian Gulf in stories of the Middle East, the Gulf of Mexico in stories of the American South.
The gazetteer's entries under the bare word are divisions named for a gulf (Papua New Guinea's Gulf Province,
Florida's Gulf County): the sea whose point lies within GULF_KM of the story's places is meant instead, or,
failing that, within GULF_REACH_KM of its towns and divisions (South Asian and East African news of workers and
donors "in the Gulf"), and a story far from both seas keeps the resolver's reading. A list of divisions ending in a division word
("Gulf and Liberty counties") names the county itself, though it lies on the Gulf of Mexico.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan

BARE_GULFS = ("Persian Gulf", "Gulf of Mexico")
# The sea's point lies this close to one of the story's places: the story is on its shores. A story farther
# from both (Papua New Guinea's) keeps the reading the resolver gave.
GULF_KM = 1200.0
# A town or a division this close is in the lands whose news calls the sea "the Gulf" though they lie off its
# shores (South Asia's migrant workers, the Horn of Africa's donors). A country's point is not asked so far out:
# the United States' centre lies within it of the Gulf of Mexico, and "buyers from China and the Gulf" in a
# story naming it means the other sea.
GULF_REACH_KM = 3500.0
_BARE = frozenset({"gulf"})


# A capitalised word after it makes "Gulf" part of another name ("the Gulf War", "Gulf States", "Gulf Coast"),
# a hyphen part of a compound ("Gulf-era memoirs", "Gulf-based carriers").
_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z]|[-\u2010\u2011\u2013]"
                           # "Gulf and Franklin counties", "Gulf, Bay and Walton counties": a list of divisions
                           r"|(?:,\s+[A-Z][\w.]*)*,?\s+(?:and|or|&)\s+[A-Z][\w.]*\s+(?:counties|parishes|provinces)\b")


def bare_gulf_readings(gaz: Gazetteer, text: str, spans: Sequence[NameSpan],
                       chosen: Sequence[Optional[Candidate]]) -> dict[int, Candidate]:
    """Span index → the gulf a bare "Gulf" means, where that is not its chosen reading."""
    out: dict[int, Candidate] = {}
    gulfs: Optional[list[Candidate]] = None
    for k, s in enumerate(spans):
        if s.norm not in _BARE or s.demonym or _NAME_GOES_ON.match(text, s.end) is not None:
            continue
        points = [c for m, c in enumerate(chosen) if c is not None and c.lat is not None and spans[m].norm not in _BARE
                  and not c.feature_code.startswith(("CONT", "OCN")) and not spans[m].demonym]
        if not points:
            continue
        if gulfs is None:
            gulfs = [c for name in BARE_GULFS for c in gaz.lookup(name, limit=3)[:1] if c.exact and c.lat is not None]
        if not gulfs:
            continue
        nearest = {c.id: min(haversine_km(c.lat, c.lon, p.lat, p.lon) for p in points) for c in gulfs}
        local = [p for p in points if not p.feature_code.startswith("PCL")]
        reach = {c.id: min((haversine_km(c.lat, c.lon, p.lat, p.lon) for p in local), default=float("inf"))
                 for c in gulfs}
        best = min(gulfs, key=lambda c: nearest[c.id])
        if nearest[best.id] > GULF_KM:
            best = min(gulfs, key=lambda c: reach[c.id])
            if reach[best.id] > GULF_REACH_KM:
                continue
        if chosen[k] is None or best.id != chosen[k].id:
            out[k] = best
    return out
