"""An unheld village under a dateline stands in at the district its own sentence names, not at the dateline town.

A dateline ("JOS —") tells where the paper sits; the village a sentence then names lies wherever the sentence
puts it. Where the next place that sentence names after the village is a second-order division of the
dateline's country, written after a locating word ("the chairman of Mangu local government area said", "a
resident of Askira-Uba LGA said", "X, in Song LGA", "X community under Riyom LGA"), the division is the report's
own word on where the village lies, and the village stands in there, at the division's precision. A division the
sentence sends elsewhere ("fled to Bokkos LGA", "troops from Damboa LGA", "a day after herders attacked Bokkos
LGA") is not, unless the sentence ends by quoting the division's people ("..., residents of Bokkos LGA said"),
who speak of their own ground. A time after "before" or "after" ("before dawn", "after midnight") breaks no
clause. Where another place comes first, or the division is named only in a later sentence (which may be about
something else), the dateline town is still the nearest honest stand-in.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.model import WHERE_PREC_ADMIN2, Place, Toponym

# The cue the recogniser gives a dateline's town ("JOS —", "MAIDUGURI, Nigeria (AP) —").
DATELINE_CUE = "dateline"
# How far after the village (in characters) its sentence's division may be named.
SENTENCE_REACH = 300
# Second-order divisions and the divisions below them: what a sentence names as a village's district.
_DIVISION_CODES = frozenset({"ADM2", "ADM3"})
# A locating word right before the division: "a resident of Mangu", "the chairman of Bokkos", "in Song LGA",
# "X community under Riyom LGA", "within Damboa LGA".
_LOCATING = re.compile(r"\b(?:of|in|under|within)\s+(?:the\s+)?\Z")
# A time of day or a weekday after "before", "after" or "when": a time of the same event, no clause's break.
_TIMES = (r"(?:dawn|daybreak|sunrise|sunset|dusk|nightfall|midnight|noon|midday"
          r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)")
# Between the village and the division, what sends the division elsewhere: a route's or a move's word ("fled to",
# "troops from", "into"), or a clause's break (", and", "after herders", "before", ";"), after which the sentence
# is about another event and its division says nothing of the village.
_ELSEWHERE = re.compile(r"\b(?:to|from|into|towards?|while|but|then)\b|\b(?:after|before|when)\b(?!\s+" + _TIMES
                        + r"\b)|,\s+and\b|;")
# The division's people quoted at the sentence's end ("..., residents of Bokkos LGA said."): an attribution, whose
# speakers speak of their own ground whatever the sentence says between.
_OF_SPEAKERS = re.compile(r"\bof\s+(?:the\s+)?\Z")
_SAID_AFTER = re.compile(r"(?:\s+(?:local\s+government(?:\s+area)?|lga|council|area|district))?,?\s+"
                         r"(?:said|says|told|reported)\b", re.IGNORECASE)


def _locates(p: Place, end: int, start: int, stop: int) -> bool:
    """Whether division p, named at start..stop, is written as where the village ending at `end` lies: a
    locating word right before it and nothing between them that sends it elsewhere (`_ELSEWHERE`), or its
    people quoted ("residents of Bokkos LGA said": `_OF_SPEAKERS`, `_SAID_AFTER`). Read in the sentence p's
    evidence quotes, which holds both (`_in_sentence`)."""
    ev = p.evidence
    if ev is None:
        return False
    between = ev.sentence[end - ev.sentence_start : start - ev.sentence_start]
    if _LOCATING.search(between) is None:
        return False
    if _OF_SPEAKERS.search(between) is not None and _SAID_AFTER.match(ev.sentence, stop - ev.sentence_start):
        return True
    return _ELSEWHERE.search(between) is None


def _in_sentence(t: Toponym, p: Place) -> bool:
    """Whether t lies in the sentence p's evidence quotes."""
    ev = p.evidence
    return ev is not None and bool(ev.sentence) and ev.sentence_start <= t.start \
        and t.end <= ev.sentence_start + len(ev.sentence)


def division_past_dateline(toponyms: Sequence[Toponym], j: int, k: int) -> Optional[Place]:
    """The second-order division of dateline j's country named first after unheld name k in k's own sentence
    (the next place read there being that division, after a locating word: `_locates`), where j (the stand-in k
    would take) is the dateline; else None."""
    dateline = toponyms[j]
    if dateline.cue != DATELINE_CUE or dateline.place is None:
        return None
    t = toponyms[k]
    for x in range(k + 1, len(toponyms)):
        o = toponyms[x]
        if o.start - t.end > SENTENCE_REACH:
            return None  # past any sentence the village's could be: the scan stays short in a long story
        p = o.place
        if p is None or not o.locational:
            continue
        if not _in_sentence(t, p):
            return None
        if p.feature_code in _DIVISION_CODES and p.precision == WHERE_PREC_ADMIN2 \
                and p.country_code == dateline.place.country_code and _locates(p, t.end, o.start, o.end):
            return p
        return None  # another place comes first ("from Ellsworth to Riley counties"): the village is not placed
    return None
