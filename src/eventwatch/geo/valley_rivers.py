""""The Sava valley", "the Kosi basin": a valley or a basin is a river's, read as the river the gazetteer holds.

A valley, a basin or a delta written in lower case after a bare name is named for the river that drains it,
and the gazetteer often holds that river as "X River" without a valley of the name. Read by its other readings
the bare name lands on a namesake division or town (a Sava province in Madagascar, a Kosi town in India) the
story gives no support. Where the chosen reading lies in no country the story's other names are in (or the
name is unheld), the river is the better place: its point lies on the valley. A valley held under its own name
("the Swat valley": Swat Valley) and a reading in a country the story names are left as read.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Sequence

from eventwatch.geo.resolve import Resolution
from eventwatch.geo.river_verbs import held_river

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Gazetteer
    from eventwatch.geo.name_span import NameSpan

_THE_BEFORE = re.compile(r"(?:^|\W)[Tt]he\s$")
_VALLEY_AFTER = re.compile(r" (?:valley|basin|delta|floodplain|catchment)\b")
# Readings that are already the valley or its water ("Swat Valley", a river, a stream).
_WATER_OR_VALLEY = ("STM", "VAL", "BSND", "DLTA", "LK")


def rivers_of_valleys(gaz: "Gazetteer", text: str, spans: Sequence["NameSpan"],
                      resolutions: list[Optional[Resolution]], keep: Sequence[bool]) -> None:
    """Give each bare name before a lower-case "valley"/"basin" whose reading the story does not support the
    river the gazetteer holds as "X River" (in place, in `resolutions`)."""
    for k, s in enumerate(spans):
        if not keep[k] or not s.locational or s.demonym or s.j - s.i != 1 or _VALLEY_AFTER.match(text, s.end) is None \
                or _THE_BEFORE.search(text, max(0, s.start - 5), s.start) is None:
            continue
        r = resolutions[k]
        if r is not None and r.candidate is not None:
            if r.candidate.feature_code.startswith(_WATER_OR_VALLEY):
                continue
            named = {q.candidate.country_code for n, q in enumerate(resolutions)
                     if n != k and keep[n] and q is not None and q.candidate is not None}
            if r.candidate.country_code in named:
                continue
        rivers = held_river(gaz, text[s.start : s.end])
        if rivers:
            c = rivers[0]
            resolutions[k] = Resolution(c, c.precision, 0.0, [(0.0, c)])
