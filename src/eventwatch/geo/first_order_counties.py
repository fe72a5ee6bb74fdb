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
from functools import lru_cache
from typing import Optional
from weakref import WeakKeyDictionary

from eventwatch.geo.derive import DATA_DIR, core_name
from eventwatch.geo.gazetteer import Candidate, Gazetteer, similarity
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.yaml_files import parsed_file

# "X County", "X county council", not "X sub-county" (a lower division): the word after the name.
_COUNTY_WORD = re.compile(r"(?i)(?<![\w-])county\b")

# How many of a country's first-order divisions the gazetteer must write as counties ("Kisumu County") for the
# country's counties to be its first order: every such country has several (Kenya 38, Liberia 14, Romania 33,
# Albania 11, Hungary 7, Lithuania 3, Croatia 2), and two keep one stray row from deciding for a country. A count,
# not a share: Croatia writes 2 of its 21 so (the rest bare, "Split-Dalmatia"), a share below Hungary's 7
# of 20, while no country whose counties are second-order (Iran, Poland, the US, Britain) writes one.
_COUNTIES_SEEN = 2


@lru_cache(maxsize=1)
def _bare_first_order_counties() -> frozenset[str]:
    """Countries whose first-order divisions English calls counties though the gazetteer writes none of them
    so (cues.yaml `bare_first_order_counties`: Sweden's län, Norway's fylker, Estonia's maakonnad). No count
    in the data tells them apart: their divisions are named after a town in them, as many countries' are."""
    raw = parsed_file(DATA_DIR / "cues.yaml") or {}
    return frozenset(str(c).upper() for c in raw.get("bare_first_order_counties") or ())


def bare_first_order_county(s: NameSpan, word: str) -> None:
    """"Stockholm County", "Oslo County": a name before "county" with an exact first-order reading in a country
    whose counties are its first order written bare is that division, not a namesake county abroad (a
    Canadian rural municipality) nor the town the county is named after."""
    if word != "county":
        return
    found = [c for c in s.candidates if c.exact and c.feature_code == "ADM1"
             and c.country_code in _bare_first_order_counties()]
    if found:
        s.candidates, s.vague = found, "admin1"


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
    if country in _bare_first_order_counties():
        return True
    return first_order_named(gaz, country, _COUNTY_WORD, _COUNTIES_SEEN)


def first_order_named(gaz: Gazetteer, country: str, word: "re.Pattern[str]", seen: int) -> bool:
    """Whether the gazetteer writes at least `seen` of the country's first-order divisions with `word` ("County",
    "District"): read from the data once per country and word, so no list of countries needs keeping."""
    cache = _FIRST_ORDER.setdefault(gaz, {})
    key = (word.pattern, country)
    if key not in cache:
        cache[key] = bool(country) and sum(
            1 for d in gaz.first_order_divisions(country) if word.search(d.name)) >= seen
    return cache[key]


# gazetteer → (word, country) → whether the country's first-order divisions are named with the word
_FIRST_ORDER: "WeakKeyDictionary[Gazetteer, dict[tuple[str, str], bool]]" = WeakKeyDictionary()
