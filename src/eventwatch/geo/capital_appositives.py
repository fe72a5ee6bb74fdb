"""A name the text calls the capital of something is a town, not the district of its name.

"Belet Weyne, the capital of Hiran region", "Kadugli, the state capital": districts, territories and
localities across Africa and Asia are named for their seat, and the gazetteer often spells the district
exactly as the report does while holding the town under another transliteration ("Beledweyne"), so the
district wins on spelling. The apposition says what the name is: a seat of government is a populated place.
The reading then gives way to the best-ranked town of the same country and first-level division that lies
within the district's reach, where the gazetteer holds one.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate

# ", the capital of", ", the provincial capital", ", capital of", ", the regional and commercial capital".
_CAPITAL_APPOSITION = re.compile(r",\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?capital\b")
# How far a district's point may lie from its seat's point: both are the same place, placed by two sources.
_SEAT_KM = 40.0


def called_capital(text: str, end: int) -> bool:
    """Whether the words after a name (ending at `end`) call it a capital ("X, the capital of Y")."""
    return _CAPITAL_APPOSITION.match(text, end) is not None


def capital_town(text: Optional[str], end: int, best: Candidate,
                 ranked: list[tuple[float, Candidate]]) -> Candidate:
    """The town a name called a capital means where `best` is a district of that name; `best` otherwise."""
    if not text or not best.feature_code.startswith("ADM") or best.feature_code == "ADM1" \
            or not called_capital(text, end):
        return best
    for _score, c in ranked:
        if c.feature_code.startswith("PPL") and c.similarity >= 100.0 and c.country_code == best.country_code \
                and c.admin1_code == best.admin1_code and c.lat is not None and best.lat is not None \
                and haversine_km(c.lat, c.lon, best.lat, best.lon) <= _SEAT_KM:
            return c
    return best
