"""A settlement introduced by its country's adjective: "the south Lebanese village of X", "a Malian town, X".

The adjective is the one thing the report says about where an unknown village lies: it is in that country.
Without it the village would stand in at the nearest town named before it, which in wire copy is the
dateline ("JERUSALEM - ... the south Lebanese village of X") or a capital that speaks, often across a border.
The adjective's reading (a literal modifier, `literal_modifiers.CUE`, placed at its country) holds the name.
"""
from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from eventwatch.geo.literal_modifiers import CUE
from eventwatch.model import Toponym

# What lies between the adjective and the name: the settlement's kind, then "of" or an apposition's comma.
_HEAD_THEN_NAME = re.compile(
    r"\s+(?:(?:border|frontier|farming|mountain|coastal|rural|small|remote)\s+)?"
    r"(?:village|town|hamlet|city|settlement|locality|community)(?:\s+of\s+|\s*,\s+)",
    re.IGNORECASE)


def adjective_holder(toponyms: Sequence[Toponym], k: int,
                     gap_between: Callable[[Sequence[Toponym], int, int], Optional[str]]) -> Optional[int]:
    """The index of the country adjective opening unresolved `k`'s settlement phrase, or None."""
    if k == 0:
        return None
    o, t = toponyms[k - 1], toponyms[k]
    if o.cue != CUE or not o.locational or o.place is None or t.start - o.end > 40:
        return None
    gap = gap_between(toponyms, o.end, t.start)
    return k - 1 if gap is not None and _HEAD_THEN_NAME.fullmatch(gap) else None
