"""An unheld village under a dateline stands in at the district its own sentence names, not at the dateline town.

A dateline ("JOS —") tells where the paper sits; the village a sentence then names lies wherever the sentence
puts it. Where the next place that sentence names after the village is a second-order division of the
dateline's country ("the chairman of Mangu local government area said", "a resident of Askira-Uba LGA said"),
the division is the report's own word on where the village lies, and the village stands in there, at the
division's precision. Where another place comes first, or the division is named only in a later sentence
(which may be about something else), the dateline town is still the nearest honest stand-in.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.model import WHERE_PREC_ADMIN2, Place, Toponym

# The cue the recogniser gives a dateline's town ("JOS —", "MAIDUGURI, Nigeria (AP) —").
DATELINE_CUE = "dateline"
# How far after the village (in characters) its sentence's division may be named.
SENTENCE_REACH = 300
# Second-order divisions and the divisions below them: what a sentence names as a village's district.
_DIVISION_CODES = frozenset({"ADM2", "ADM3"})


def _in_sentence(t: Toponym, p: Place) -> bool:
    """Whether t lies in the sentence p's evidence quotes."""
    ev = p.evidence
    return ev is not None and bool(ev.sentence) and ev.sentence_start <= t.start \
        and t.end <= ev.sentence_start + len(ev.sentence)


def division_past_dateline(toponyms: Sequence[Toponym], j: int, k: int) -> Optional[Place]:
    """The second-order division of dateline j's country named first after unheld name k in k's own sentence
    (the next place read there being that division), where j (the stand-in k would take) is the dateline; else
    None."""
    dateline = toponyms[j]
    if dateline.cue != DATELINE_CUE or dateline.place is None:
        return None
    t = toponyms[k]
    for o in toponyms[k + 1 :]:
        if o.start - t.end > SENTENCE_REACH:
            return None  # past any sentence the village's could be: the scan stays short in a long story
        p = o.place
        if p is None or not o.locational:
            continue
        if not _in_sentence(t, p):
            return None
        if p.feature_code in _DIVISION_CODES and p.precision == WHERE_PREC_ADMIN2 \
                and p.country_code == dateline.place.country_code:
            return p
        return None  # another place comes first ("from Ellsworth to Riley counties"): the village is not placed
    return None
