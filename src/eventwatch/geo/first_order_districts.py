"""A district that is a first-order division: "Kufra district" in Libya, "Haifa district" in Israel.

Most countries the reports come from have districts as their second order, and the recogniser reads "X district"
so: the district named like the town, or the town's point standing in for it at 3. Some countries' districts are
their first order (Libya's shabiyat, Israel's six, Lesotho's ten, Côte d'Ivoire's districts; known from the
gazetteer writing several of the country's first-order divisions as districts). There "X district" written with a
town the tables hold under its own name (Kufra is filed as Al Jawf) is the first-level division holding the town,
when that division is named as written, not the town's point.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.derive import core_name
from eventwatch.geo.first_order_counties import first_order_named
from eventwatch.geo.gazetteer import Candidate, Gazetteer, similarity
from eventwatch.geo.name_span import NameSpan

# "X district", not "X sub-district" (a lower division): the word after the name.
_DISTRICT_WORD = re.compile(r"(?i)(?<![\w-])district\b")

# How many of a country's first-order divisions the gazetteer must write as districts ("Sabha District") for its
# districts to be the first order: Libya writes 2, Israel 3, Lesotho 5; one stray row decides for no country.
_DISTRICTS_SEEN = 2


def first_order_district(gaz: Gazetteer, text: str, s: NameSpan, c: Candidate, ranked) -> Optional[Candidate]:
    """The first-level division holding town c that "X district" stands for, where the country's districts are
    its first order and the division has the written name, by its own name ("Kufrah" for Al Kufrah) or as one of
    the name's readings; None otherwise (a second-order district keeps the town's stand-in)."""
    if not _DISTRICT_WORD.search(text, s.start, max(s.end, s.phrase_end)):
        return None
    if not _districts_first_order(gaz, c.country_code or ""):
        return None
    division = gaz.division("ADM1", c.admin1_code or "")
    if division is None:
        return None
    if similarity(core_name(division.name), core_name(text[s.start:s.end])) >= 80:
        return division
    return division if any(alt.id == division.id for _score, alt in ranked) else None


def _districts_first_order(gaz: Gazetteer, country: str) -> bool:
    """Whether the gazetteer writes at least `_DISTRICTS_SEEN` of the country's first-order divisions as districts
    (first_order_counties.first_order_named, as for counties)."""
    return first_order_named(gaz, country, _DISTRICT_WORD, _DISTRICTS_SEEN)
