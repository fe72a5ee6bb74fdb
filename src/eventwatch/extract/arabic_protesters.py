"""The people of a place who protest are the protesters: in a protest, named residents are the side that acts.

An Arabic report of a protest names those who march by who they are as often as by what they do: "تظاهر عشرات من
أهالي بلدة X" (dozens of the people of X demonstrated), "خرج سكان الحي في مسيرة", "احتج شبان عاطلون". The lexicon
reads "أهالي", "سكان", "شبان" as civilians, and civilians are only ever the side acted on; in a peaceful protest no
one is acted on, so those civilians are the protest's own people, coded as ACLED codes them: "Protesters (X)",
the side that acted. A report that names protesters itself ("المتظاهرين") keeps them, and any other type of
event keeps its civilians where they are (a protest fired on has victims).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwatch.extract.actors import CIVILIANS, INTER_TYPES

PROTESTERS = 6
PROTESTERS_ENTRY = "Protesters"


def people_protesting(actors: list, label: str, registry: Any) -> list:
    """The actors with the civilians of a peaceful protest (PEACE_PROTEST) made its protesters (actor1), where
    the report names no protesters of its own; the actors unchanged otherwise."""
    if label != "PEACE_PROTEST" or any(a.inter == PROTESTERS for a in actors):
        return actors
    entry = registry.by_name.get(PROTESTERS_ENTRY)
    if entry is None:
        return actors
    out, seen = [], set()
    for a in actors:
        if a.inter == CIVILIANS:
            made = entry.for_country(a.country)
            a = replace(a, name=made.name, role="actor1", inter=PROTESTERS, type=INTER_TYPES[PROTESTERS])
        if (a.name, a.role) not in seen:
            seen.add((a.name, a.role))
            out.append(a)
    return out
