"""A distance from a town without a compass word: "a village about 20 km from X", "40 miles from Y".

Such a distance places the event as "20 km north of X" does: near the town within UCDP's radius, in its wider
area beyond it (geo/context_reading.py reads the span). Three readings are no place:
- a journey's length: "walked 40 km from X into Y", "the convoy travelled 300 km from X before reaching Z",
  "flew 300 miles from X to Y": a verb of travel governing the number ("fled 20 km", not "fled an attack 20 km"),
  or a named place or the border or bush they went to after the name ("to Y", "into the bush"; not "to the north");
- a distance too long for a town's area ("a ship seized 800 km from X"): the town's wider area would be a
  false precision, and the plain town (or the coder's country) is nearer the truth;
- and the number is read whole, by one strict pattern that never raises: "1,200 km" is not "200 km", and a
  number of any other shape ("1,200.5", "2.500,5", "3.2.1") gives no offset.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.directions import offset_km
from eventwatch.geo.normalise import Token

# Beyond this a distance says where the event was no better than the town does (UCDP's wider area of a town is
# some tens of kilometres; a sea or desert incident hundreds of kilometres out is not in it).
FARTHEST_OFFSET_KM = 150.0

# Verbs of travel whose distance is the journey's ("walked 40 km from X"), right before the number (or its hedge):
# with an object between ("carried out an attack 20 km from X", "fled an attack 20 km from X") the distance places
# the object.
_JOURNEY_VERBS = frozenset({
    "walked", "walking", "walk", "drove", "driven", "driving", "travelled", "traveled", "travelling", "traveling",
    "flew", "flown", "flying", "fled", "fleeing", "marched", "marching", "trekked", "trekking", "sailed", "sailing",
    "journeyed", "rode", "ridden", "cycled", "ran", "moved", "relocated", "evacuated", "carried", "transported",
})
# Hedges a verb of travel may stand before its number with ("walked about 40 km"): the verb still governs it.
_HEDGES = frozenset({"about", "some", "nearly", "almost", "around", "roughly", "over", "than", "more", "up", "to"})
# Where a journey from the town went: a named place ("to Y", "into Y") or the border or bush. "to the north-east",
# "for weeks", "via a track" and "towards Y" (a point on the road towards Y) are asides of the event's own place.
_JOURNEY_AFTER = re.compile(r"\s+(?:to|into)\s+(?:[A-Z]|the\s+(?:border|bush|frontier)\b)")
# A decimal the unit's number ends ("1.5", "2,5"); any other grouped shape ("1,200", "1,200.5", "3.2.1") is no
# distance this module reads: a thousand or more is far beyond any town's area, and the rest are malformed.
_DECIMAL = re.compile(r"(\d+)[.,](\d+)")


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
        unit_number = re.match(r"\d+", tokens[number].text)
        decimal = None if unit_number is None else \
            _DECIMAL.fullmatch(text, tokens[first].start, tokens[number].start + unit_number.end())
        if decimal is None or len(decimal.group(2)) == 3:
            return None  # "1,200 km", "2.000 km", "1,200.5 km", "3.2.1 km": a thousand or more, or no number read
        last = int(unit_number.group(0))
        if last == 0:
            return None
        km *= float(f"{decimal.group(1)}.{decimal.group(2)}") / last  # "1.5 km": the decimal, the unit's factor kept
    if km > FARTHEST_OFFSET_KM:
        return None
    verb = first - 1
    while verb >= 0 and tokens[verb].norm in _HEDGES:
        verb -= 1
    if verb >= 0 and tokens[verb].norm in _JOURNEY_VERBS:
        return None  # "walked 40 km", "fled some 25 km": the journey's length
    return km, tokens[first].start
