"""Words around a town's name that say which ground it names: the town itself, or a part of it.

"The town of Diffa" is the town, though a region shares its name and outnumbers it. UCDP codes an event in
a named part of a town ("the Mezzeh neighbourhood of Damascus", "Tripoli's Souq al-Jumaa district",
"Beirut's southern suburbs") at precision 2: the town is known, the point within it is not. These phrases
come in two shapes: the part's name and kind before "of TOWN", and the town's possessive before the part.
Only kinds that are parts of towns count here: "the X district of Y" also names a district of a province
("Andarab district of Baghlan"), where Y is the province, not a town.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.normalise import Token

# Kinds of town part that "the X <kind> of TOWN" and "TOWN's X <kind>" name.
PART_KINDS_OF = frozenset({"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "quarter",
                           "quarters", "suburb", "suburbs", "area"})
PART_KINDS_AFTER_POSSESSIVE = PART_KINDS_OF | {"district", "districts", "sector", "outskirts"}
# Lower-case words inside a part's name ("Souq al-Jumaa", "Bab el-Tabbaneh", "Hay de la Paix").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "en", "de", "del",
                             "la", "le", "les", "du", "des", "bin", "ibn", "abu", "umm", "bab"})
# Lower-case words that place the part within the town ("Beirut's southern suburbs").
_SIDES = frozenset({"southern", "northern", "eastern", "western", "central", "south", "north", "east", "west",
                    "northeastern", "northwestern", "southeastern", "southwestern", "outer", "inner"})


def part_after_possessive(tokens: Sequence[Token], j: int) -> bool:
    """Whether tokens from j (after "TOWN's") are a part of the town: a capitalised name, possibly with Arabic
    or Romance particles, or a side of the town, then a kind of town part ("Souq al-Jumaa district",
    "southern suburbs")."""
    k = j
    named = False
    while k < len(tokens) and k - j < 6:
        t = tokens[k]
        if t.text[:1].isupper():
            named = True
        elif not (named and t.norm in _NAME_PARTICLES) and not (k == j and t.norm in _SIDES):
            break
        k += 1
    if k == j or k >= len(tokens):
        return False
    head = tokens[k]
    return head.text.islower() and head.norm in PART_KINDS_AFTER_POSSESSIVE


def part_named_before_of(kind: str) -> bool:
    """Whether "the X <kind> of TOWN" names a part of TOWN ("the Mezzeh neighbourhood of Damascus")."""
    return kind in PART_KINDS_OF


# Kinds of settlement that "the <kind> of X" names X as ("the town of Diffa", "the city of Tillaberi").
SETTLEMENT_KINDS = frozenset({"town", "city", "village", "hamlet", "towns", "cities", "villages"})


def names_a_settlement(kind: str) -> bool:
    """Whether "the <kind> of X" says X is a town, not the division of the same name."""
    return kind in SETTLEMENT_KINDS
