"""A county that is a first-order division: "Baringo County" in Kenya, "Nimba County" in Liberia.

A county is a second-order division in most countries the reports come from, and the recogniser reads "X County"
so. Where counties are the first order (Kenya's 47 counties, Liberia's 15; known from the gazetteer writing many
of the country's first-order divisions as counties), the gazetteer may write the division
without its word ("Baringo") while a town, or a former district ("Lamu District"), has the name too: the county's
word then lands on the town or the old district at district level, a precision finer than the report gives and a
point that is not the county's. The first-order division named like the reading and holding it is the county.
"""
from __future__ import annotations

import re
from typing import Optional
from weakref import WeakKeyDictionary

from eventwatch.geo.derive import core_name
from eventwatch.geo.gazetteer import Candidate, Gazetteer, similarity
from eventwatch.geo.name_span import NameSpan

# "X County", "X county council", not "X sub-county" (a lower division): the word after the name.
_COUNTY_WORD = re.compile(r"(?i)(?<![\w-])county\b")

# How many of a country's first-order divisions the gazetteer must write as counties ("Kisumu County") for the
# country's counties to be its first order: every such country has several (Kenya 38, Liberia 14, Romania 33,
# Albania 11, Hungary 7, Lithuania 3, Croatia 2), and two keep one stray row from deciding for a country. A count,
# not a share: Croatia writes 2 of its 21 so (the rest bare, "Split-Dalmatia"), a share below Hungary's 7
# of 20, while no country whose counties are second-order (Iran, Poland, the US, Britain) writes one.
_COUNTIES_SEEN = 2
# Countries whose first-order divisions English calls counties though the gazetteer writes none of them so:
# Sweden's län ("Uppsala", not "Uppsala County"), Norway's fylker ("Vestland") and Estonia's maakonnad ("Tartu",
# "Pärnumaa"). Their counties are named after a town in them, so "X County" would land on the town; there is no
# lower county in them for the word to mean.
_BARE_FIRST_ORDER_COUNTIES = frozenset({"SE", "NO", "EE"})


def first_order_county(gaz: Gazetteer, text: str, s: NameSpan, c: Candidate) -> Optional[Candidate]:
    """The first-order division a name written with "County" stands for, when the chosen reading is a town or a
    division not called a county, the first-order division holding it has the name (its own or the one written)
    and the country's first-order divisions are counties; None otherwise. Where counties are second-order
    (Iran's shahrestans, Poland's powiats, US counties) "X County" is the district, even when the province
    holding it is named after the same capital."""
    if not _COUNTY_WORD.search(text, s.start, max(s.end, s.phrase_end)):
        return None
    fc = c.feature_code
    if not (fc.startswith("PPL") or fc == "ADM2" and not _COUNTY_WORD.search(c.name)):
        return None
    if not _counties_first_order(gaz, c.country_code or ""):
        return None
    division = gaz.division("ADM1", c.admin1_code or "")
    if division is None:
        return None
    # the reading may have been found by another of its names ("Nandi County" reads the county's seat,
    # Kapsabet): the division may have the name as written instead of the reading's own
    held = core_name(division.name)
    if max(similarity(held, core_name(c.name)), similarity(held, core_name(text[s.start:s.end]))) < 80:
        return None
    return division


def _counties_first_order(gaz: Gazetteer, country: str) -> bool:
    """Whether the gazetteer writes at least `_COUNTIES_SEEN` of the country's first-order divisions as
    counties: read from the data once per country, so no list of countries needs keeping."""
    if country in _BARE_FIRST_ORDER_COUNTIES:
        return True
    cache = _FIRST_ORDER.setdefault(gaz, {})
    if country not in cache:
        cache[country] = bool(country) and sum(
            1 for d in gaz.first_order_divisions(country) if _COUNTY_WORD.search(d.name)) >= _COUNTIES_SEEN
    return cache[country]


# gazetteer → country → whether its counties are the first order
_FIRST_ORDER: "WeakKeyDictionary[Gazetteer, dict[str, bool]]" = WeakKeyDictionary()
