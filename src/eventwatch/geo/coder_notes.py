"""A coder's note naming the place an event was coded to: "(coded to Damboa)", "[coded to the town of X]".

Event datasets' notes (ACLED's above all) add it when the report's own place is one their gazetteer lacks, a
stretch of road or a whole district: the coder has already chosen the known place nearest the event. Where the
event's sentence gives only a district, a province or a stand-in for a name the gazetteer cannot place, the
note says more, and the event is near the noted place (UCDP 2); where the sentence names a town itself, the
note adds nothing a coder would prefer.
"""
from __future__ import annotations

import copy
import re
from typing import Optional

from eventwatch.model import WHERE_PREC_ADMIN1, WHERE_PREC_ADMIN2, WHERE_PREC_NEAR, Place, Toponym

_NOTE_BEFORE = re.compile(
    r"(?i)\bcoded\s+(?:to|at)\s+(?:the\s+(?:town|village|city|area|district|vicinity)\s+of\s+)?$"
)


def coded_to(toponym: Toponym) -> bool:
    """Whether the name is the place a coder's note says the event was coded to."""
    place = toponym.place
    evidence = place.evidence if place is not None else None
    if evidence is None or not evidence.sentence:
        return False
    at = toponym.start - evidence.sentence_start
    if not 0 <= at <= len(evidence.sentence):
        return False
    return _NOTE_BEFORE.search(evidence.sentence[max(0, at - 60) : at]) is not None


def noted_place(toponyms: list[Toponym], chosen: Optional[Place], stand_in: bool) -> Optional[Place]:
    """The place a coder's note gives for an event whose sentence chose `chosen` (a stand-in for an unplaced
    name when `stand_in`), when the note is more precise and lies within it; None where the note is absent,
    names several places, lies elsewhere, or the sentence's own place is a town or a point near one."""
    notes = [t for t in toponyms if t.locational and t.place is not None and t.place.precision <= WHERE_PREC_ADMIN2
             and coded_to(t)]
    if chosen is None or not notes or len({(t.place.name, t.place.admin1) for t in notes}) > 1:
        return None
    noted = notes[0].place
    if chosen.precision <= WHERE_PREC_NEAR and not stand_in or noted.precision >= chosen.precision \
            and not stand_in:
        return None
    if noted.country_code != chosen.country_code:
        return None
    if chosen.precision <= WHERE_PREC_ADMIN1 and chosen.admin1 and noted.admin1 != chosen.admin1:
        return None
    out = copy.deepcopy(noted)
    out.precision = max(WHERE_PREC_NEAR, noted.precision)
    if stand_in:
        out.raw = chosen.raw  # the unplaced name (a village, a road) is still what the event is at
    return out
