""""Boats on the Aras", "the Aras burst its banks": whether a bare "the X" of a river or a range is set as ground.

A story that wrote a river or a mountain range whole ("the Kura River", "the Nuba Mountains") may write it again
as "the Kura", "the Nuba"; but "the X" is as often something else named for the feature: its people ("the Nuba
rose up against Khartoum", "aid reached the Nuba by air"), a party, a forest, a body ("the Kura elders"). The
sentence sets the bare name as the feature only after a locating preposition ("along the Kura", "villages in
the Nuba") or before a verb only that kind of feature does: a river flows, floods and bursts its banks, a range
stretches and towers. Verbs that people do as well (ran, met) are no sign, and "rose" is a river's only where it
does not go on "up" or "against" (a people's uprising). Used by geo/bare_river_mentions (which adds the bare
mention) and geo/bare_feature_names (which carries the feature's kind onto a bare name the recogniser found).
"""
from __future__ import annotations

import re

# Prepositions before "the X" that set the bare name as ground.
LOCATING = frozenset({"on", "along", "across", "in", "into", "near", "of", "up", "down", "from", "over", "beyond",
                      "below", "above", "beside", "by", "under", "through", "to", "towards", "toward", "past",
                      "onto", "off", "at", "around", "alongside", "within"})
# Verbs only a river does, after "the X" as their subject.
RIVER_VERBS = frozenset({"flows", "flowed", "flow", "burst", "bursts", "rose", "rises", "rise", "swelled", "swells",
                         "flooded", "floods", "overflowed", "overflows", "drains", "drained", "froze", "freezes",
                         "dried", "dries", "crested", "crests", "peaked", "peaks", "winds", "wound", "receded",
                         "recedes", "meanders", "meandered"})
# Verbs only a range does, after "the X" as their subject.
RANGE_VERBS = frozenset({"stretch", "stretches", "stretched", "tower", "towers", "towered", "separate", "separates",
                         "rise", "rises", "straddle", "straddles"})
# Words after "rose"/"rises" that make it a people's rising ("rose up against Khartoum").
_RISING = frozenset({"up", "against"})
_PREP_BEFORE = re.compile(r"\b([a-z]+)\s+the\s+\Z")
_WORDS_AFTER = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")


def set_as_ground(text: str, start: int, end: int, river: bool) -> bool:
    """Whether the bare name at text[start:end], written after "the", is the feature (a river when `river`,
    else a range): a locating preposition before "the", or the feature's own verb after the name."""
    m = _PREP_BEFORE.search(text, max(0, start - 30), start)
    if m is not None and m.group(1) in LOCATING:
        return True
    a = _WORDS_AFTER.match(text, end)
    if a is None:
        return False
    verb, nxt = a.group(1), a.group(2)
    if verb in ("rose", "rises", "rise") and nxt in _RISING:
        return False
    return verb in (RIVER_VERBS if river else RANGE_VERBS)


def after_the(text: str, start: int) -> bool:
    """Whether the name at `start` is written straight after "the" ("the Kura", "The Nuba")."""
    return re.search(r"\b[Tt]he\s+\Z", text[max(0, start - 5) : start]) is not None
