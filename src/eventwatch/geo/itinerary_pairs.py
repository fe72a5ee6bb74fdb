"""Two towns named as the stops of one trip, each with its own "in" and its own day: "The band played in Lititz on
Friday and in Ephrata on Saturday", "the choir sang in Hershey on Monday and in Gettysburg on Tuesday".

Under a dateline that writes its state, a bare small town the gazetteer holds only in a far state is taken for the
paper's own hamlet (geo/other_state_strays.py), and two such names read in one far state do not vouch for each
other: two hamlets' namesakes often share a large state. An itinerary is another matter: the writer gives each
stop its own preposition and its own day, which a round-up of the paper's hamlets never does ("Crews from Sharon
helped on Monday. Ranchers near Freedom moved cattle" names two places in two sentences; "Schools in Halfway and
Richland closed" hangs both on one "in" and one day). Where the two stops' readings lie within a drive of each
other, the story has gone there, and both keep their readings.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan

# A day or a date after a stop: "on Friday", "on May 3", "on the 12th".
_DAY = (r"on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|evening|morning|"
        r"afternoon))?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
        r"|the\s+\d{1,2}(?:st|nd|rd|th))")
# Between the first stop and the second: its day, "and" (or ", then"), and the second stop's own "in" or "at".
_BETWEEN_STOPS = re.compile(r"\s+" + _DAY + r"\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)(?:in|at)\s+")
# The first stop's own "in" or "at" before it, and the second stop's day after it.
_BEFORE_STOP = re.compile(r"\b(?:in|at)\s+\Z")
_AFTER_STOP = re.compile(r"\s+" + _DAY + r"\b")


def itinerary_pairs(text: str, spans: Sequence[NameSpan]) -> set[tuple[int, int]]:
    """Pairs of span indices (a, b), b the next span after a, named as two stops of one trip, each with its own
    "in" and its own day."""
    out: set[tuple[int, int]] = set()
    for a in range(len(spans) - 1):
        b = a + 1
        first, second = spans[a], spans[b]
        if _BEFORE_STOP.search(text, max(0, first.start - 8), first.start) is None:
            continue
        if _BETWEEN_STOPS.fullmatch(text, first.end, second.start) is None:
            continue
        if _AFTER_STOP.match(text, second.end) is None:
            continue
        out.add((a, b))
    return out
