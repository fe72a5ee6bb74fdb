"""A county that is a first-order division: "Baringo County" in Kenya, "Nimba County" in Liberia.

A county is a second-order division in most countries the reports come from, and the recogniser reads "X County"
so. Where counties are the first order (Kenya's 47 counties, Liberia's 15), the gazetteer may write the division
without its word ("Baringo") while a town, or a former district ("Lamu District"), has the name too: the county's
word then lands on the town or the old district at district level, a precision finer than the report gives and a
point that is not the county's. The first-order division named like the reading and holding it is the county.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.derive import core_name
from eventwatch.geo.gazetteer import Candidate, Gazetteer, similarity
from eventwatch.geo.name_span import NameSpan

# "X County", not "X sub-county" (a lower division) nor "X county council" (read elsewhere as an institution).
_COUNTY_WORD = re.compile(r"(?i)(?<![\w-])county\b")


def first_order_county(gaz: Gazetteer, text: str, s: NameSpan, c: Candidate,
                       ranked: Sequence[tuple[float, Candidate]]) -> Optional[Candidate]:
    """The first-order division a name written with "County" stands for, when the chosen reading is a town or a
    division not called a county and the first-order division holding it has the name; None otherwise (where a
    second-order reading called a county is among the readings, as a US county is, that one is meant)."""
    if not _COUNTY_WORD.search(text, s.start, max(s.end, s.phrase_end)):
        return None
    fc = c.feature_code
    if not (fc.startswith("PPL") or fc == "ADM2" and not _COUNTY_WORD.search(c.name)):
        return None
    name = core_name(c.name)
    if any(alt.feature_code == "ADM2" and _COUNTY_WORD.search(alt.name) and alt.country_code == c.country_code
           and similarity(core_name(alt.name), name) >= 80 for _sc, alt in ranked):
        return None
    division = gaz.division("ADM1", c.admin1_code or "")
    if division is None or similarity(core_name(division.name), name) < 80:
        return None
    return division
