"""A held name of the shape "X and Y" right after "between" is the span's two ends: "a fire burned pasture between
Naracoorte and Lucindale", "the bus between Brighton and Hove".

The gazetteer holds divisions named for the two towns they join ("Naracoorte and Lucindale", a South Australian
council; "Brighton and Hove", "Telford and Wrekin", English districts) and a few countries of two parts ("Antigua
and Barbuda"). The longest name wins where names overlap, so "between Naracoorte and Lucindale" was read as the
council: "between" asks for two things, and the "and" inside the name is the one that joins them. The two towns
are read instead where each is a name of its own the gazetteer holds, and no further "and" follows the pair
("between Trinidad and Tobago and Venezuela" names the country and a second party).
"""
from __future__ import annotations

import re

from eventwatch.geo.normalise import Token

_AND = "and"
_BETWEEN = "between"
# A further member joined after the pair: the held name is then one of the two ends, whole.
_ANOTHER_AFTER = re.compile(r"\s+(?:and|or)\s|\s*,")


def between_two_ends(text: str, tokens: list[Token], i: int, j: int, names: frozenset[tuple[int, int]]) -> bool:
    """Whether the held name on tokens i..j-1 is two names joined by its inner "and" after "between", each part a
    held name of its own (in `names`, the spans that may name a place)."""
    if j - i < 3 or i == 0 or tokens[i - 1].text != _BETWEEN:
        return False
    inner = [m for m in range(i + 1, j - 1) if tokens[m].text == _AND]
    if len(inner) != 1:
        return False
    m = inner[0]
    return (i, m) in names and (m + 1, j) in names and _ANOTHER_AFTER.match(text, tokens[j - 1].end) is None
