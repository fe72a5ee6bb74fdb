"""Prizes named for a metal and an animal or a thing ("the Golden Lion", "the Silver Bear", "the Golden Boot"),
in English or in French and Spanish, where the metal follows ("the Lion d'Or", "the Palme d'Or", "the Bota de
Oro")."""
from __future__ import annotations

import re
from typing import Callable

from eventwatch.geo.normalise import Token

# Metals and stones a festival's or a league's prize is named in; before a capitalised word they name the
# prize ("the Golden Lion", "a Silver Bear", "the Crystal Globe"), as they do not a town.
_PRIZE_METALS = frozenset({"golden", "silver", "bronze", "crystal", "platinum", "diamond"})


def prize_name(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether the one-word name at token i is the second word of a prize's name: a metal written capitalised
    straight before it. A place named so ("Silver Spring", "Golden Bay") is held whole by the gazetteer and
    found as one name, so what is left here is a word the gazetteer holds only as some town's other name
    ("Lion", an old spelling of Lyon)."""
    if j - i != 1 or i == 0:
        return False
    metal = tokens[i - 1]
    return metal.norm in _PRIZE_METALS and metal.text[:1].isupper() and not metal.text.isupper() \
        and text[metal.end : tokens[i].start] == " "


# The metal after the thing, as French and Spanish name a prize: "Lion d'Or", "Palme d’Or", "Bota de Oro".
_METAL_AFTER = re.compile(r" (?:d['’](?:Or|Argent)|de (?:Oro|Plata))\b")


def metal_after(text: str, start: int, end: int, lookup: Callable[[str], list]) -> bool:
    """Whether the name at [start, end) is the first word of a prize named with the metal after it ("the
    Lion d'Or jury"): a town of the name (Lion, an old spelling of Lyon) is not meant, whatever cue stands
    before it, since the cue governs the prize ("in the Lion d'Or race"). A place named so whole ("Côte d'Or",
    "Val-d'Or"), which `lookup` (a gazetteer's) finds as written, is a place."""
    m = _METAL_AFTER.match(text, end)
    return m is not None and not any(c.exact for c in lookup(text[start : m.end()]))
