"""A distance from a town without a compass word: "a village about 20 km from X", "40 miles from Y".

Such a distance places the event as "20 km north of X" does: near the town within UCDP's radius, in its wider
area beyond it (geo/context_reading.py reads the span). Three readings are no place:
- a journey's length: "walked 40 km from X into Y", "the convoy travelled 300 km from X before reaching Z",
  "flew 300 miles from X to Y": a verb of travel before the number, or where they went after the name;
- a distance too long for a town's area ("a ship seized 800 km from X"): the town's wider area would be a
  false precision, and the plain town (or the coder's country) is nearer the truth;
- and the number is read whole: "1,200 km" is not "200 km".
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.directions import offset_km
from eventwatch.geo.normalise import Token

# Beyond this a distance says where the event was no better than the town does (UCDP's wider area of a town is
# some tens of kilometres; a sea or desert incident hundreds of kilometres out is not in it).
FARTHEST_OFFSET_KM = 150.0

# Verbs of travel whose distance is the journey's ("walked 40 km from X"), looked for a few words before the number.
_JOURNEY_VERBS = frozenset({
    "walked", "walking", "walk", "drove", "driven", "driving", "travelled", "traveled", "travelling", "traveling",
    "flew", "flown", "flying", "fled", "fleeing", "marched", "marching", "trekked", "trekking", "sailed", "sailing",
    "journeyed", "rode", "ridden", "cycled", "ran", "moved", "relocated", "evacuated", "carried", "transported",
})
_JOURNEY_LOOKBACK = 5
# What follows a journey's starting town: where it went ("from X to Y", "into Y", "towards Y", "for Y", "via Z").
_JOURNEY_AFTER = re.compile(r"\s+(?:to|and|into|towards?|for|via)\s")
# Digits grouped by a comma or point with no space ("1,200", "1.5"): the groups before the unit's number.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+$")


def distance_from(text: str, tokens: list[Token], unit_at: int, name_end: int) -> Optional[tuple[float, int]]:
    """The distance in kilometres and the start of its phrase ("about 20 km from X" → (20.0, start of "20")) when
    the tokens before "from" (at unit_at + 1) give one that places the name ending at `name_end`; None for a
    journey, a distance beyond `FARTHEST_OFFSET_KM`, or no distance."""
    if _JOURNEY_AFTER.match(text, name_end):
        return None
    km = offset_km(tokens, unit_at + 1)
    if km <= 0:
        return None
    unit = tokens[unit_at]
    number = unit_at - 1 if unit.norm.isalpha() else unit_at  # "20 km" or "20km"
    first = number
    while first > 0 and tokens[first - 1].norm.isdigit() and tokens[first - 1].end + 1 == tokens[first].start \
            and text[tokens[first - 1].end] in ",.":
        first -= 1
    if first < number:
        whole = re.match(r"[\d.,]*\d", text[tokens[first].start : tokens[number].end]).group(0)
        if _GROUPED.match(whole):
            return None  # "1,200 km": a thousand or more, far beyond any town's area
        last = float(re.match(r"\d+", tokens[number].norm).group(0))
        if last == 0:
            return None
        km *= float(whole.replace(",", ".")) / last  # "1.5 km", "2,5 km": the decimal, the unit's factor kept
    if km > FARTHEST_OFFSET_KM:
        return None
    if any(tokens[x].norm in _JOURNEY_VERBS for x in range(max(0, first - _JOURNEY_LOOKBACK), first)):
        return None
    return km, tokens[first].start
