"""Datelines of two or three capitals: "JOS —", "HO —", "GAO —", "ULM —".

A name in capitals of three letters or fewer is an acronym as often as not ("UN", "NHS", "AFP"), so the
recogniser reads only longer ones as datelines, and a short one only with its country after a comma ("PAU,
France —"). Regional papers still open stories with their own short-named towns and a dash alone. Opening a
line before the dateline's dash, such a name is read as the town where the gazetteer spells one exactly so and
it is a city of some size (a big town is what a paper datelines; an acronym's namesake village is not), and the
name is no ordinary word or section label.
"""
from __future__ import annotations

import re
from typing import Iterable

# The dateline's dash after the name (typed as a dash or one or two hyphens), then the story's next word.
_DASH = re.compile(r"[ \t]*(?:[-–—]|--)[ \t]+\S")
# The population a short town needs: Ho (130,000), Jos, Gao, Bo and Ulm pass; a village that shares its
# letters with an acronym ("Un" in India, 30,000, for "UN") does not.
MIN_POPULATION = 50_000


def short_dash_dateline(text: str, start: int, end: int, candidates: Iterable,
                        ordinary: bool = False) -> bool:
    """Whether the name in capitals at [start, end), of two or three letters, is a dateline: it opens its line,
    the dateline's dash follows it, it is no ordinary word or label (`ordinary`), and a town of that exact
    spelling and of some size is among its readings."""
    surface = text[start:end]
    if ordinary or not (2 <= len(surface) <= 3 and surface.isalpha() and surface.isupper()):
        return False
    if text[text.rfind("\n", 0, start) + 1 : start].strip() or _DASH.match(text, end) is None:
        return False
    return any(short_town(c) for c in candidates)


def short_town(c) -> bool:
    """A reading a short dateline may take: a town spelt exactly, with at least MIN_POPULATION people."""
    return c.exact and c.feature_code.startswith("PPL") and (c.population or 0) >= MIN_POPULATION
