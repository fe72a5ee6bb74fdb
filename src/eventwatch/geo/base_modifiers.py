"""Whether a name only says where a firm or group is based ("a Rotterdam-based dredging firm").

An unheld name (a beach, a suburb, a village) stands in at the place named just before it (geo/fallback.py),
which is usually where the story is. A base written as a modifier is not: it says where the firm's office or
the monitor's desk is, not where the sentence's work happens ("engineers from a Rotterdam-based firm will pump
sand onto the beach at X", "the London-based monitor said X was shelled"). X lies where the story is, so the
base is passed over for a place nearer still or for the document's focus.
"""
from __future__ import annotations

import re

from eventwatch.model import Toponym

# "Rotterdam-based", "Rotterdam based": the modifier written right after the name.
_BASED_AFTER = re.compile(r"(?i)-?\s?based\b")


def names_a_base(toponym: Toponym) -> bool:
    """Whether the name is written as an "X-based" modifier in the sentence its place was read from."""
    place = toponym.place or toponym.fallback
    evidence = place.evidence if place is not None else None
    if evidence is None or not evidence.sentence:
        return False
    end = toponym.end - evidence.sentence_start
    if not 0 <= end <= len(evidence.sentence):
        return False
    return _BASED_AFTER.match(evidence.sentence, end) is not None
