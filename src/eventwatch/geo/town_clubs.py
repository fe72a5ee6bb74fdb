"""British football clubs named "<Town> Town" ("Ipswich Town", "Mansfield Town", "Grimsby Town").

A capitalised "Town" after a British town's name is the club in any prose: the town itself is written bare
("in Ipswich") or with a lower-case noun ("Ipswich town centre"), while "Town" with a capital opens the name
of the town's civic bodies and buildings ("Ipswich Town Hall", "Luton Town Council"), which the words after it
say. Unlike "Birmingham City" or "Bristol Rovers" (read as clubs only in a report with words of sport:
"Idlib City" in a war report is the city), "Town" needs no such words: no British town is written with it as
part of its own name. Towns of other countries are left alone: "Orangi Town" in Karachi and a "Kasur town"
report name the place.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# Countries whose clubs are named "<Town> Town".
_CLUB_COUNTRIES = frozenset({"GB"})
# Capitalised words after "Town" that make it a civic body's or building's name, not a club's.
CIVIC_HEADS = frozenset({"hall", "halls", "council", "councils", "councillor", "councillors", "centre", "center",
                         "square", "clerk", "board", "meeting", "manager", "committee", "mayor", "moor", "quay",
                         "green", "wall", "walls", "gate", "bridge", "station", "library", "museum", "park"})


def town_club(span: NameSpan, club_word: Optional[Token], after: Optional[Token]) -> bool:
    """Whether `span`, followed by `club_word` and then `after`, is a "<Town> Town" club: a name read as a
    British town (no country or first-level division of it anywhere) before a capitalised "Town" that no
    civic word follows."""
    if club_word is None or club_word.text != "Town":
        return False
    if after is not None and after.text[:1].isupper() and after.norm in CIVIC_HEADS:
        return False
    exact = [c for c in span.candidates if c.exact]
    if not any(c.country_code in _CLUB_COUNTRIES and c.feature_code.startswith("PPL") for c in exact):
        return False
    return not any(c.feature_code.startswith("PCL") or c.feature_code == "ADM1" for c in exact)
