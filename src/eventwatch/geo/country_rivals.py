"""A country abroad as the rival a same-named town must beat ("Italy", "Egypt", "Jordan", "Lebanon").

Many American towns bear a country's name, and a local story names the countries of the world as often as
any other ("flew bombers over Italy", "the flight from Egypt"). The story's country and its state, which lend
such a town its support, say nothing about which is meant, and a town of the name a county or two away from
the story's places is no evidence either. As with a populous province (geo/province_rivals.py), the town keeps
the name only on evidence of its own ground, here a firmer one: a container ("Italy, Texas"), words calling it
a town ("the town of Egypt", "Jordan police"), or a neighbour or its county named beside it
(`Resolver._placed_as_town`). Two more of a town's own words are read here (`town_ground`): a street address
before the name ("12 Mill St., Jordan"), which only a town's streets have, and the name as a bare modifier of a
person ("a Lebanon woman", "the Jordan resident"), where a country is written as its people's adjective
("a Lebanese woman").
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.store import NAME_MAIN

# A house number, a street's name and its kind, then the comma before the name: "18 W. Birch Rd., X".
_ADDRESS_BEFORE = re.compile(
    r"\b\d+[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'’.-]*\s+){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Boulevard|Ct|Court|Pl|Place|Way|Hwy|Highway|Pike|Terrace)"
    r"\.?,\s*\Z")
# A person the name modifies bare, as only a town's name is written ("the X man", "two X teens").
_PERSON_AFTER = re.compile(
    r"\s+(?:resident|residents|man|men|woman|women|teen|teens|teenager|teenagers|boy|girl|couple|family|"
    r"driver|student|students|native)\b")


def town_ground(text: str, spans: Iterable) -> frozenset[str]:
    """The names (normalised) some mention of which the text writes as a town's by the words around it: after a
    street address, or as the bare modifier of a person."""
    out = set()
    for s in spans:
        # An address ends in a comma and spaces right before the name: a name with no comma there, most of them,
        # is not searched for one (the search tried every position of its 60 characters).
        lo = max(0, s.start - 60)
        if (text[lo : s.start].rstrip().endswith(",") and _ADDRESS_BEFORE.search(text, lo, s.start)) \
                or _PERSON_AFTER.match(text, s.end):
            out.add(s.norm)
    return frozenset(out)


# A capital, national or of a province, is a prominent place in its own right, read by context as before.
_SEATS = frozenset({"PPLC", "PPLA"})


def country_rival(c: Candidate, readings: list[Candidate]) -> Optional[Candidate]:
    """The country of another land whose own name is spelled exactly like town c, if c is a town smaller than
    a world city spelled exactly too."""
    if not c.exact or c.source == "user" or not c.feature_code.startswith("PPL") \
            or c.feature_code in _SEATS or c.population >= WORLD_CITY_POPULATION:
        return None
    return next((o for o in readings if o.exact and o.source != "user" and o.kind == NAME_MAIN
                 and o.feature_code.startswith("PCL") and o.country_code != c.country_code), None)
