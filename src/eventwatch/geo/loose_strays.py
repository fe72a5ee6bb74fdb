"""A capitalised word the gazetteer matched only as another spelling of a place, with nothing in the text
placing it and no reading left after resolution: no place at all, not an unresolved one.

Loose matching finds transliteration variants ("Atarib" for Al-Atarib, "Brovaria" ~ Brovary), which is how a
village written in a reporter's spelling is found, and a reading kept near the story's places still stands.
But a firm's, a brand's, a group's or a person's name is as close to some place's spelling. Where every
reading of such a name is refused (too far from the story's places: geo/namesakes.py and the like), a name
with a cue, or one the gazetteer holds as written, still stands in at the document's places; one that is only
like a place's name, with no cue, has nothing left that says it is a place, and is dropped. A name the document
writes again with a cue ("insurgent-held X ... insurgents who fled X") is one place: its uncued mention stays
with the cued one.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.name_span import NameSpan


def loose_strays(spans: Sequence[NameSpan], resolutions: Sequence[Optional[object]], keep: Sequence[bool]
                 ) -> list[int]:
    """Indices of the kept names to drop: no reading after resolution, no cue, not a facility, a demonym, an
    unknown or a contained name, and no candidate spelled as the text writes it."""
    cued = {s.norm for k, s in enumerate(spans) if keep[k] and (s.cue is not None or s.located or s.firm)}
    out = []
    for k, s in enumerate(spans):
        r = resolutions[k]
        if not keep[k] or r is None or getattr(r, "candidate", None) is not None:
            continue
        if s.cue is not None or s.located or s.firm or s.unknown or s.facility or s.demonym or not s.candidates:
            continue
        if s.container is not None or any(c.exact for c in s.candidates) or s.norm in cued:
            continue
        out.append(k)
    return out
