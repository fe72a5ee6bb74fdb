"""Prizes named for a metal and an animal or a thing ("the Golden Lion", "the Silver Bear", "the Golden Boot")."""
from __future__ import annotations

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
