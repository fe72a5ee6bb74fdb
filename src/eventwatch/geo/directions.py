"""Compass words around names: capitalised ones that belong to a region's name ("West Wales", "North Africa"),
and the distance written before one ("15 km south of X")."""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token


def join_capitalised_directions(text: str, tokens: list[Token], spans: list[NameSpan],
                                 directions: frozenset[str]) -> list[NameSpan]:
    """"West Wales", "North Africa", "Western US": a capitalised direction is part of the name it precedes.

    Written with a capital, the direction names a region ("West Wales" is a part of Wales with its own
    name), not a town called "West" next to Wales; the name keeps its readings and the direction.
    """
    by_start = {s.i: s for s in spans}
    drop: set[int] = set()
    for s in spans:
        k = s.i - 1
        if k < 0 or s.demonym or s.direction is None or tokens[k].norm not in directions:
            continue
        t = tokens[k]
        if not t.text[:1].isupper() or t.text.isupper() or text[t.end : s.start] != " ":
            continue
        single = by_start.get(k)
        if single is not None and single.j == k + 1:
            drop.add(id(single))
        elif any(o.i <= k < o.j for o in spans if o is not s):
            continue
        s.i, s.start = k, t.start
        s.phrase_start = min(s.phrase_start, t.start) if s.phrase_start >= 0 else t.start
    return [s for s in spans if id(s) not in drop]


# UCDP's "near a known place" radius: an offset given beyond it puts the event in the place's wider area.
NEAR_KM = 25.0
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometers": 1.0,
            "mi": 1.609, "mile": 1.609, "miles": 1.609}
_NUMBER_UNIT = re.compile(r"(\d+(?:[.,]\d+)?)(km|kms|mi)?$")


def offset_km(tokens: list[Token], direction: int) -> float:
    """The distance written before the compass word at token `direction` ("50 km northwest of Goma" → 50.0),
    0.0 when none is written.

    Kilometres or miles, the number and unit apart ("30 km", "12 miles") or joined ("30km"); a range or an
    "about" before the number changes nothing, the number nearest the unit counts.
    """
    if direction < 1:
        return 0.0
    unit = tokens[direction - 1].norm
    if unit in _UNIT_KM and direction >= 2:
        m = _NUMBER_UNIT.match(tokens[direction - 2].norm)
        if m and m.group(2) is None:
            return float(m.group(1).replace(",", ".")) * _UNIT_KM[unit]
        return 0.0
    m = _NUMBER_UNIT.match(unit)
    if m and m.group(2):
        return float(m.group(1).replace(",", ".")) * _UNIT_KM[m.group(2)]
    return 0.0
