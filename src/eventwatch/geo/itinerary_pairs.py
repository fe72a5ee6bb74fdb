"""Two towns named as the stops of one trip, each with its own "in" and its own day: "The band played in Lititz on
Friday and in Ephrata on Saturday", "the choir sang in Hershey on Monday and in Gettysburg on Tuesday".

Under a dateline that writes its state, a bare small town the gazetteer holds only in a far state is taken for the
paper's own hamlet (geo/other_state_strays.py), and two such names read in one far state do not vouch for each
other: two hamlets' namesakes often share a large state. An itinerary is another matter: the writer gives each
stop its own preposition and its own day, which a round-up of the paper's hamlets never does ("Crews from Sharon
helped on Monday. Ranchers near Freedom moved cattle" names two places in two sentences; "Schools in Halfway and
Richland closed" hangs both on one "in" and one day). A day for each stop is not enough alone: weather and crews
reach a paper's own hamlets day by day too ("Hail fell in Sharon on Monday and in Freedom on Tuesday", "Crews
worked in Sharon on Monday and then in Freedom on Tuesday"). The sentence must also read as travel: a verb of
touring or performing before the first stop ("played", "sang", "toured", "campaigned"), a noun of a trip or a
tour, or a return home ("before flying home"). Where the two stops' readings lie within a drive of each other,
the story has gone there, and both keep their readings.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.sentences import mention_sentence

# A day or a date after a stop: "on Friday", "on May 3", "on the 12th".
_DAY = (r"on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|evening|morning|"
        r"afternoon))?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
        r"|the\s+\d{1,2}(?:st|nd|rd|th))")
# Between the first stop and the second: its day, "and" (or ", then"), and the second stop's own "in" or "at".
_BETWEEN_STOPS = re.compile(r"\s+" + _DAY + r"\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)(?:in|at)\s+")
# The first stop's own "in" or "at" before it, and the second stop's day after it.
_BEFORE_STOP = re.compile(r"\b(?:in|at)\s+\Z")
_AFTER_STOP = re.compile(r"\s+" + _DAY + r"\b")
# A verb of touring or performing before the first stop: "The band played in", "the senator campaigned in".
_TRAVEL_VERB = re.compile(r"\b(?:(?:play|perform|tour|visit|campaign|preach|compet)(?:s|e|es|ed|ing)?|sang|sing|sings|"
                          r"singing|sung|stopped|stops|stopping|spoke|speak|speaks|speaking)\b", re.IGNORECASE)
# A trip's noun or a return home anywhere in the sentence: "on a tour", "the team's road trip", "before flying home".
_TRIP = re.compile(r"\b(?:trip|trips|tour|tours|journey|itinerary|concerts?|gigs?)\b"
                   r"|\b(?:flying|flew|heading|headed|driving|drove|returning|returned|going|went)\s+(?:back\s+)?home\b",
                   re.IGNORECASE)


def _reads_as_travel(text: str, first: NameSpan, second: NameSpan) -> bool:
    """Whether the sentence of the two stops reads as a trip: a verb of touring or performing before the first
    stop, or a trip's noun or a return home anywhere in it."""
    lo, hi = mention_sentence(text, first.start, second.end)
    return _TRAVEL_VERB.search(text, lo, first.start) is not None or _TRIP.search(text, lo, hi) is not None


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
        if not _reads_as_travel(text, first, second):
            continue  # "Hail fell in Sharon on Monday and in Freedom on Tuesday": the paper's hamlets, day by day
        out.add((a, b))
    return out
