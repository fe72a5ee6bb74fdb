"""Whether a name is the anchor of a measured offset ("15 km east of X", "about 40 miles north-west of Y").

A distance with a compass word says where the event was as firmly as "in" or "near": the event lies at that
offset from the town. The offset's cue is its compass word, which elsewhere also opens a bare direction ("the
town east of X"); only with the distance written is it read as putting the event there. So "15 km east of the
camp X, near the town Y" keeps the event by X, the name the offset measures from, while the "near Y" after it only
says where X lies. (A distance without a compass word, "20 km from X", is already read as "near X".)

An offset set beside another name ("Kafranbel (15 km east of Y) was shelled", "Avdiivka, which lies 15 km north
of Y") only says where that name lies: that name is the event's, and the anchor is no cue of it.
"""
from __future__ import annotations

import re

# a number, a unit (nautical miles too, an aside in brackets: "15 kilometres (9 miles)"), a compass word of up to
# three parts joined by any dash ("north-northwest", "to the east") and "of", closing the words before the name
# ("east of the town of X")
_MEASURED_BEFORE = re.compile(
    r"(?i)\b\d+(?:[.,]\d+)?\s*(?:nautical\s+)?(?:km|kms|kilomet(?:re|er)s?|mi|miles?)\.?(?:\s*\([^)]{0,20}\))?\s+"
    r"(?:to\s+the\s+)?(?:north|south|east|west)(?:[-\u2010\u2011\u2013 ]?(?:north|south|east|west)){0,2}(?:ern)?"
    r"\s+of\s+(?:the\s+(?:(?:town|village|city|camp)\s+of\s+(?:the\s+)?)?)?$")
# enough words before a name to hold "about 150 kilometres (93 miles) north-northwest of the town of "
_REACH = 80
# What sets the offset beside a name written before it: that name, then a bracket, a comma or "which lies",
# and perhaps a hedge on the figure ("Saraqib (15 km", "Avdiivka, which lies some 15 km", "X, a town 15 km").
_APPOSED = re.compile(
    r"[A-Z][\w'\u2019-]*\s*(?:[(,]\s*(?:(?:which|that)\s+(?:lies|is|sits)\s+|a\s+(?:town|village|city)\s+|"
    r"(?:lying|located|situated)\s+)?|(?:which|that)\s+(?:lies|is|sits)\s+|(?:lies|lying|located|situated)\s+)"
    r"(?:(?:about|some|around|roughly|nearly|approximately|just|only)\s+)?$")
# the words before the offset that `_APPOSED` reads
_APPOSED_REACH = 60


def measured_anchor(sentence: str, at: int) -> bool:
    """Whether the name starting at `at` in `sentence` is what a written distance and compass word measure from,
    the offset not set beside another name (`_APPOSED`)."""
    origin = max(0, at - _REACH)
    before = sentence[origin:at]
    # most names have no "of" or "the" right before them, and are not searched at all
    if not before.rstrip().lower().endswith(("of", "the")):
        return False
    found = _MEASURED_BEFORE.search(before)
    if found is None:
        return False
    opens = origin + found.start()
    return _APPOSED.search(sentence, max(0, opens - _APPOSED_REACH), opens) is None
