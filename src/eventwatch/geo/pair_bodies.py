"""Two names joined by a hyphen that open a body's name together ("the Peru-Chile Friendship Group").

A body two countries or towns share is named by both ("the Kenya-Uganda Business Council", "the India-Nepal
Joint Commission"). The reading of a name's context sees the body's head words only after the second name, so
it marks that one embedded and leaves the first as a bare capitalised name, a place: half of one name read
two ways. Both are the body's, as "Ghana" is in "the Ghana Business Council". Only a first name with no cue of
its own follows the second: "the Kenya-Uganda railway" and "the Syria-Turkey border" leave the second a place,
so nothing changes there.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.name_span import NameSpan, mark_embedded

# A bare hyphen or dash between the two names ("Peru-Chile", "Kenya–Uganda").
_HYPHENS = frozenset({"-", "‐", "‑", "–"})


def share_pair_embedding(text: str, spans: Sequence[NameSpan]) -> None:
    """Mark embedded the first of two hyphen-joined names whose second opens a body's name (cue "embedded")."""
    by_start = {s.start: s for s in spans}
    for a in spans:
        if a.cue is not None or not a.locational or a.unknown or a.demonym:
            continue
        b = by_start.get(a.end + 1)
        if b is not None and text[a.end : b.start] in _HYPHENS and b.cue == "embedded" and not b.locational:
            mark_embedded(a)
