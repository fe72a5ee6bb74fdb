"""Whether a name is the anchor of a measured offset ("15 km east of X", "about 40 miles north-west of Y").

A distance with a compass word says where the event was as firmly as "in" or "near": the event lies at that
offset from the town. The offset's cue is its compass word, which elsewhere also opens a bare direction ("the
town east of X"); only with the distance written is it read as putting the event there. So "15 km east of the
camp X, near the town Y" keeps the event by X, the name the offset measures from, while the "near Y" after it only
says where X lies. (A distance without a compass word, "20 km from X", is already read as "near X".)
"""
from __future__ import annotations

import re

# a number, a unit, a compass word (one or two parts) and "of", closing the words before the name
_MEASURED_BEFORE = re.compile(
    r"(?i)\b\d+(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:re|er)s?|mi|miles?)\s+"
    r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?\s+of\s+(?:the\s+)?$")
# enough words before a name to hold "150 kilometres north-northwest of the "
_REACH = 48


def measured_anchor(sentence: str, at: int) -> bool:
    """Whether the name starting at `at` in `sentence` is what a written distance and compass word measure from."""
    before = sentence[max(0, at - _REACH) : at]
    # most names have no "of" or "the" right before them, and are not searched at all
    if not before.rstrip().lower().endswith(("of", "the")):
        return False
    return _MEASURED_BEFORE.search(before) is not None
