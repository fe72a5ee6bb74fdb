"""A division written bare after a cued town and a comma ("at Scarsdale, Derbyshire", "near Fenwick, Kent").

A single-word county or state is not believed on its own: many are surnames or words as well ("Kent",
"Devon", "Essex"), and "Alan Smith, Kent" is a list of people. After a town the text itself calls a place (a
place word such as "at" or "near" before it), the name after its comma is where that town lies: the
address style of local news. It is believed as the division it reads as, and the town, whatever its own
readings, is then placed in it (geo/stated_containers.py).
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import Resolution

# Division levels a bare name after "Town, " is believed as.
_HOLDER_CODES = frozenset({"ADM1", "ADM2", "ADM2H"})


def divisions_holding_cued_towns(text: str, spans: Sequence[NameSpan],
                                 resolutions: Sequence[Optional[Resolution]], keep: Sequence[bool]) -> list[int]:
    """Indices of unbelieved spans read exactly as a first- or second-level division, written right after a
    comma that follows a town with a place cue of its own and linked as its container."""
    out: list[int] = []
    for s in spans:
        h = s.container
        if h is None or keep[h] or not s.located or s.cue is None:
            continue
        r = resolutions[h]
        if r is None or r.candidate is None or not r.candidate.exact or r.candidate.feature_code not in _HOLDER_CODES:
            continue
        holder = spans[h]
        start = holder.phrase_start if holder.phrase_start >= 0 else holder.start
        if text[max(s.end, s.phrase_end) : start] != ", ":
            continue
        out.append(h)
    return out
