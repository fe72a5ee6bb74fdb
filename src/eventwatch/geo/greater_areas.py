"""A metropolitan area named for its city: "the Greater Toronto Area", "Greater Sydney", "Greater Vancouver".

Web news names a conurbation by its central city after "Greater", often with "Area" or "Region" after it. The
gazetteer holds a few such names whole (Greater London, Greater Manchester) and most not, so the city's name
was read alone: inside a longer capitalised run it was taken for part of another thing's name ("Toronto" in
"Greater Toronto Area" returned as no place at all), and bare it was free to be any namesake ("Greater
Vancouver" read as Vancouver, Washington). A metropolitan area is that of the largest place of the name, so the
name takes the whole phrase and only its most populous town; a capitalised word after the phrase makes it an
organisation's name ("Greater Toronto Airports Authority", "Greater Manchester Police") and is left alone.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# "Area" or "Region" closing the phrase (a lower-case "area" is no part of the name); then no capitalised word
# that would make it an organisation's name.
_AREA_AFTER = re.compile(r"\s+(?:Area|Region)\b")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")


def greater_areas(text: str, tokens: Sequence[Token], spans: Sequence[NameSpan]) -> None:
    """Widen each "Greater X [Area]" town name to the whole phrase and keep X's most populous reading."""
    for s in spans:
        if s.i == 0 or s.demonym or s.facility or tokens[s.i - 1].text != "Greater" \
                or not text[tokens[s.i - 1].end : s.start].isspace():
            continue
        if s.cue not in (None, "embedded"):
            continue  # read already by its context ("Greater Sydney's council said"): that reading stands
        towns = [c for c in s.candidates if c.exact and c.feature_code.startswith("PPL")]
        if not towns:
            continue  # "Greater Bay Area", "Greater Antilles": not a town's conurbation
        j, end = s.j, s.end
        area = _AREA_AFTER.match(text, end)
        if area is not None:
            j, end = j + 1, area.end()
        if _CAPITALISED_NEXT.match(text, end) is not None:
            continue
        s.i, s.start, s.j, s.end = s.i - 1, tokens[s.i - 1].start, j, end
        s.candidates = [max(towns, key=lambda c: c.population or 0)]
        if s.cue == "embedded":
            s.locational, s.cue = True, None
