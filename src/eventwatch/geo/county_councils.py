"""A county council's name ("Kent County Council", "Antrim County Council"): the British or Irish county, where
the gazetteer holds one of the name.

Britain and Ireland govern their counties by councils named "X County Council", and news from there names them
constantly. Most American counties of the same names ("Kent County", Delaware; "Antrim County", Michigan) are
run by commissioners, a levy court or a board of supervisors, and most American counties that have a council bear
names no British or Irish county has ("Howard", "King", "Richland"); the rare council of a namesake (Ontario's
"Essex County Council") is the price of the rule where the text does not name the namesake's state or province.
Left to the gazetteer, the name written with its designator after it reads as the American "X County", which then carries the whole story to
that country ("the road to Belfast" in Maine). So where the name has no British or Irish reading of its own but
the gazetteer holds a British or Irish county of the name ("County Antrim", "County Durham"), the council's name
reads as that county alone; a name already read there ("Tipperary", "Kent") is left to the resolver.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.geo.name_span import NameSpan

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Gazetteer

_COUNTIES_COUNTRIES = frozenset({"GB", "IE"})
_COUNTY_CODES = frozenset({"ADM2", "ADM2H"})
# "Council" right after a span that took "County" in ("Antrim County" + " Council"), or "County Council" after
# the bare name ("Kent" + " County Council").
_COUNCIL = re.compile(r"[ \t]+Council\b")
_COUNTY_COUNCIL = re.compile(r"[ \t]+County[ \t]+Council\b")


def county_council_readings(text: str, spans: list[NameSpan], gaz: "Gazetteer") -> None:
    """Give each name of a county council the British or Irish county readings of its name, where any exist."""
    for s in spans:
        if s.demonym or not s.candidates or any(c.exact and c.country_code in _COUNTIES_COUNTRIES
                                                  for c in s.candidates):
            continue  # a name read in Britain or Ireland already ("Tipperary") is left to the resolver
        words = s.norm.split()
        if len(words) >= 2 and words[-1] == "county" and _COUNCIL.match(text, s.end):
            bare = " ".join(words[:-1])
        elif _COUNTY_COUNCIL.match(text, s.end):
            bare = s.norm
        else:
            continue
        if _namesake_state_named(text, s):
            continue  # "Antrim County Council in Michigan": the text names the namesake's own state
        seen: set = set()
        counties = []
        for c in gaz.lookup(f"county {bare}", limit=20) + gaz.lookup(bare, limit=40):
            key = (c.name, c.lat, c.lon)
            if c.exact and c.country_code in _COUNTIES_COUNTRIES and c.feature_code in _COUNTY_CODES \
                    and key not in seen:
                seen.add(key)
                counties.append(c)
        if counties:
            s.candidates = counties


def _namesake_state_named(text: str, span: NameSpan) -> bool:
    """Whether the text names the state or province of one of the name's readings outside Britain and Ireland
    ("Kent County Council met in Chestertown, Maryland"): the council is that namesake's, where councils exist
    too (Ontario's, Maryland's)."""
    states = {c.admin1 for c in span.candidates if c.country_code not in _COUNTIES_COUNTRIES and c.admin1}
    return any(re.search(rf"\b{re.escape(a)}\b", text) for a in states)
