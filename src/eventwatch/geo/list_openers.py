"""A common word that opens a list of towns after a preposition of place: the first of two neighbouring towns.

A local paper lists the towns round it ("officers from Sterling and Rock Falls", "buses from Hope and
Chilliwack"). A town named by a common word ("Sterling", "Hope", "Willow") is kept when it closes such a list
(geo/context_reading.py `_last_of_governed_list`), but when it opens one nothing yet vouches for it, and the
word is dropped as the adjective or the noun it also is. The list's next member vouches for it where that member
reads as a town (geo/town_readings.py `reads_as_town`) lying within a district's reach of a town of the word's
name: an adjective or a noun ("from sterling silver and Gold") lands beside a town of its own name only by
chance, while two towns of one county listed together are the paper's neighbourhood.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.town_readings import ListTowns, near_every
from eventwatch.geo.store import NAME_MAIN

# The prepositions that govern a list of places: "from X and Y", "in X and Y", "between X and Y". Not "of", "to"
# or "at", which as often take people or firms ("fans of X and Y", "talked to X and Y", "worked at X and Y").
_GOVERNING = frozenset({"from", "in", "near", "between", "around", "outside", "toward", "towards", "into",
                        "through"})
# The joint between the first two members: "X and Y", "X or Y", "X, Y".
_JOINT = re.compile(r"(?:\s+(?:and|or)\s+|,\s+(?!(?:and|or)\b))")


def _town_only(s: NameSpan) -> bool:
    """Whether the name is, as written, a town's main name and no state's or country's ("Rock Falls")."""
    return any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") for c in s.candidates) \
        and not any(c.exact and (c.feature_code == "ADM1" or c.feature_code.startswith("PCL")) for c in s.candidates)


def opens_a_town_list(text: str, tokens: Sequence, s: NameSpan, towns: ListTowns,
                      by_start: Mapping[int, NameSpan]) -> bool:
    """Whether the one-word name s follows a preposition of place and opens a list whose next member (`by_start`:
    the recogniser's names by their first character) reads as a town lying near a town of s's name ("from
    Sterling and Rock Falls" in one Illinois county)."""
    if s.j - s.i != 1 or s.i == 0 or s.i not in towns:
        return False
    before = tokens[s.i - 1]
    if before.norm not in _GOVERNING or not before.text.islower() or not text[before.end : s.start].isspace():
        return False
    m = _JOINT.match(text, s.end)
    nxt = by_start.get(m.end()) if m is not None else None
    return nxt is not None and _town_only(nxt) and near_every(nxt, [s])
