"""A seat of power written with "the" is the seat, not a town that shares its name.

Why: GeoNames holds towns named like seats of power ("White House", a Tennessee town beside Greenbrier; a
"Kremlin" or two). A story that writes "a signing held at the White House" and also names a town near the namesake
("Greenbrier") reads the two as neighbours that support each other, and both land in Tennessee though the story
is about the president's house and a West Virginia county. Towns are not written with "the" before them in
English, seats are ("the White House", "the Kremlin", "the Elysee"): where a name is written after "the" and one
of its exact readings is a curated seat (landmarks.yaml's government or international kinds), its readings that
are not landmarks are dropped. Without "the" ("Police in White House, Tennessee") nothing changes.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.landmarks import KIND_FEATURE_CODES, SEAT_KINDS, is_landmark
from eventwatch.geo.name_span import NameSpan

_SEAT_CODES = frozenset(KIND_FEATURE_CODES[k] for k in SEAT_KINDS)
# "the" as a word just before the name ("at the White House", "The Kremlin said").
_THE = re.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)


def drop_seat_namesakes(text: str, spans: Sequence[NameSpan]) -> None:
    """Remove, in place, the non-landmark readings of a name written after "the" that reads exactly as a curated
    seat of power (see the module). Looks at a few characters before each span only."""
    for s in spans:
        if not any(c.exact and c.feature_code in _SEAT_CODES and is_landmark(c.feature_code, c.source)
                   for c in s.candidates):
            continue
        if not _THE.search(text, max(0, s.start - 8), s.start):
            continue
        kept = [c for c in s.candidates if is_landmark(c.feature_code, c.source)]
        if len(kept) < len(s.candidates):
            s.candidates = kept
