"""British and Irish football clubs named "<Town> Town" ("Ipswich Town", "Mansfield Town", "Athlone Town").

A capitalised "Town" after a British or Irish town's name is usually the club: the town itself is written
bare ("in Ipswich") or with a lower-case noun ("Ipswich town centre"), while "Town" with a capital opens the
name of the town's civic bodies, buildings and streets ("Ipswich Town Hall", "Luton Town Council", "Mansfield
Town Market"), which the word after it says. Unlike "Birmingham City" or "Bristol Rovers" (read as clubs only
in a report with words of sport: "Idlib City" in a war report is the city), "Town" needs no such words, with
two exceptions that say a place is meant: a place cue before it ("residents of Newport Town", "the alleys of
Stone Town") in prose of no sport, and a place written after it as its holder ("Stone Town, Zanzibar", "Stone
Town in Zanzibar"). Towns of other countries are left alone: "Orangi Town" in Karachi and a "Kasur town"
report name the place. (GeoNames files Scotland, Wales and Northern Ireland under GB; Ireland's League clubs
are named the same way, so IE is among the club countries.)
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# Countries whose clubs are named "<Town> Town".
_CLUB_COUNTRIES = frozenset({"GB", "IE"})
# Capitalised words after "Town" that make it a civic body's, building's, street's or ground's name, not a
# club's.
CIVIC_HEADS = frozenset({"hall", "halls", "council", "councils", "councillor", "councillors", "centre", "center",
                         "square", "clerk", "board", "meeting", "manager", "committee", "mayor", "moor", "quay",
                         "green", "wall", "walls", "gate", "bridge", "station", "library", "museum", "park",
                         "market", "markets", "street", "road", "lane", "police", "mill", "mills", "end", "cross",
                         "house", "court", "school", "college", "church", "cemetery", "beach", "harbour", "harbor",
                         "pier", "wharf", "dock", "docks", "common", "field", "fields", "hill", "farm", "marsh",
                         "hospital", "hotel", "plan", "planning", "clock", "well"})
# Cues that are no place cue (geo/name_span.py): a span with any other cue is written as a place.
_NOT_PLACE_CUES = frozenset({"demonym", "metonymy", "embedded", "modifier"})
# A holder written after "Town": ", Zanzibar" or " in Zanzibar".
_HOLDER_AFTER = re.compile(r"(?:,| in) [A-Z]")


def town_club(text: str, span: NameSpan, club_word: Optional[Token], after: Optional[Token], sport: bool) -> bool:
    """Whether `span`, followed by `club_word` and then `after`, is a "<Town> Town" club: a name read as a
    British or Irish town (no country or first-level division of it anywhere) before a capitalised "Town"
    that no civic word or holder follows, and not after a place cue in a document of no sport."""
    if club_word is None or club_word.text != "Town":
        return False
    if after is not None and after.text[:1].isupper() and after.norm in CIVIC_HEADS:
        return False
    if _HOLDER_AFTER.match(text, club_word.end):
        return False  # "Stone Town, Zanzibar": the place, held by the name after it
    if not sport and span.cue and span.cue not in _NOT_PLACE_CUES and span.cue != club_word.norm:
        return False  # "residents of Newport Town": a place cue, with no word of sport around
    exact = [c for c in span.candidates if c.exact]
    if not any(c.country_code in _CLUB_COUNTRIES and c.feature_code.startswith("PPL") for c in exact):
        return False
    return not any(c.feature_code.startswith("PCL") or c.feature_code == "ADM1" for c in exact)
