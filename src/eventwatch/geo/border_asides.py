"""A sizeable town written "X, across the border in Y" that lies by Y's border but in the next country: the
aside's direction is the writer's, not the map's, and the town keeps its own reading.

"X, across the border in Y" places X in country Y (geo/name_lists.py, geo/stated_containers.py): where none of
X's readings lies in Y, X is taken for a village of Y the gazetteer lacks and stands in at Y. But a reporter on
one side of a border writes the town just over it as lying "across the border", and names the wrong side
("Mutare, across the border in Mozambique", for Zimbabwe's fourth city, a few kilometres from Mozambique's
frontier). A town of some size whose reading lies within BORDER_KM of a town of Y is that town: a namesake of
its size just over that same frontier is far rarer than a slip of direction. A town far from Y (or a
village, whose namesakes are many) is still the unheld place the aside says it is.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import Resolution

# How near a town of the stated country a town's reading must lie to be "by the border": a town over the frontier,
# within a short drive of it.
BORDER_KM = 50.0
# A town this large is known by its own name; smaller ones have namesakes on both sides of many borders.
BORDER_TOWN_POPULATION = 50_000
# ", across the border in", ", just over the frontier in": the aside that gives a direction across a border.
_ACROSS_ASIDE = re.compile(r"\s*,\s+(?:just\s+)?(?:across|over)\s+the\s+(?:border|frontier)\s+in\s+(?:the\s+)?"
                           r"(?:neighbou?ring\s+)?\Z")


def towns_by_the_border(gazetteer: Gazetteer, text: str, spans: Sequence[NameSpan],
                        resolutions: Sequence[Optional[Resolution]], outside: Sequence[int]) -> set[int]:
    """Of the spans `outside` (read outside the country their aside gives), those that keep their reading: a
    town of BORDER_TOWN_POPULATION or more, written before ", across the border in Y", whose reading lies within
    BORDER_KM of a town of Y."""
    kept: set[int] = set()
    for k in outside:
        s, r = spans[k], resolutions[k]
        if s.container is None or r is None or r.candidate is None:
            continue
        c = r.candidate
        if not c.feature_code.startswith("PPL") or c.population < BORDER_TOWN_POPULATION or c.lat is None:
            continue
        holder, held = spans[s.container], resolutions[s.container]
        if held is None or held.candidate is None or not held.candidate.feature_code.startswith("PCL"):
            continue
        country = held.candidate.country_code
        start = holder.phrase_start if holder.phrase_start >= 0 else holder.start
        if not country or country == c.country_code or start <= s.end \
                or _ACROSS_ASIDE.fullmatch(text, max(s.end, s.phrase_end), start) is None:
            continue
        if gazetteer.has_town_of_country_near(c.lat, c.lon, country, BORDER_KM):
            kept.add(k)
    return kept
