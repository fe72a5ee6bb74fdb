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
from eventwatch.geo.settlement_part_heads import names_a_site

# Kinds of town part that "the X <kind> of TOWN" and "TOWN's X <kind>" name.
PART_KINDS_OF = frozenset({"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "quarter",
                           "quarters", "suburb", "suburbs", "area"})
# A compound (Zambia's and Malawi's word for a town's informal settlement), a township (southern Africa's) and a
# slum are parts of the town too ("Lusaka's Kanyama compound", "Nairobi's Mathare slum"); not a ward, which after
# a possessive is as often a hospital's ("Monrovia's Ebola ward"), nor a compound whose name is a site's
# ("Juba's UN compound", "Kabul's Green Village compound": settlement_part_heads.names_a_site). So is a housing
# estate, Britain's and Ireland's word for a town's council-built quarter ("Derry's Creggan estate"); a
# plantation or a country estate after a town's possessive ("Kericho's X tea estate") reads so too, near the town
# (2), which is as near as its point can say.
PART_KINDS_AFTER_POSSESSIVE = PART_KINDS_OF | {"district", "districts", "sector", "outskirts", "compound", "compounds",
                                               "township", "townships", "slum", "slums", "estate", "estates"}
# Kinds of town part that are also walled sites ("the UN compound"): a part only where the name is no site's.
_SITE_KINDS = frozenset({"compound", "compounds"})
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
    if not head.text.islower() or head.norm not in PART_KINDS_AFTER_POSSESSIVE:
        return False
    return head.norm not in _SITE_KINDS or not names_a_site([t.text for t in tokens[j:k]])


def part_named_before_of(kind: str) -> bool:
    """Whether "the X <kind> of TOWN" names a part of TOWN ("the Mezzeh neighbourhood of Damascus")."""
    return kind in PART_KINDS_OF


# Kinds of settlement that "the <kind> of X" names X as ("the town of Diffa", "the city of Tillaberi"); "the
# settlement of X" is how Russian- and Ukrainian-sourced English renders a posyolok or selyshche.
SETTLEMENT_KINDS = frozenset({"town", "city", "village", "hamlet", "towns", "cities", "villages", "settlement",
                              "settlements"})


def names_a_settlement(kind: str) -> bool:
    """Whether "the <kind> of X" says X is a town, not the division of the same name."""
    return kind in SETTLEMENT_KINDS


# "Homs and its surroundings", "Kharkiv and its environs": the town and the ground around it, with no point in
# it named. UCDP codes such an event near the town (2): the town is known, the spot is not. "X and the
# surrounding villages" is not this: it names places of their own beside the town, of which the town is the
# one known, so it stays the town.
_AROUND_NOUNS = frozenset({"surroundings", "environs", "outskirts", "vicinity", "periphery", "hinterland"})


def surroundings_after(tokens: Sequence[Token], j: int) -> int:
    """How many tokens from j (right after a town's name) say "and its surroundings" ("and its environs",
    "and its vicinity"); 0 when they do not."""
    if len(tokens) - j < 3 or tokens[j].norm != "and":  # read first: most names are followed by no "and"
        return 0
    words = tokens[j : j + 3]
    if not all(t.text.islower() for t in words):
        return 0
    if words[0].norm == "and" and words[1].norm in {"its", "their"} and words[2].norm in _AROUND_NOUNS:
        return 3
    return 0


# Divisions whose kind is written in several words after the name ("Kajuru Local Government Area", "Gwoza
# local government area", "Gwoza Local Government"): Nigeria's LGAs, read as the one-word "LGA" is.
# Also "the Idlib de-escalation zone": a truce zone named after the province it was drawn around, read as
# "Idlib countryside" is (the province, not its capital).
_DIVISION_PHRASES = {("local", "government", "area"): "lga", ("local", "government"): "lga",
                     ("de", "escalation", "zone"): "countryside"}
_PHRASE_OPENERS = frozenset(phrase[0] for phrase in _DIVISION_PHRASES)
# Capitalised words after such a phrase that make it an institution ("Gwoza Local Government Council").
_INSTITUTION_AFTER = frozenset({"council", "chairman", "chairperson", "secretariat", "headquarters", "authority",
                                "education", "service", "caretaker", "administration", "election", "elections"})


def division_phrase_after(tokens: Sequence[Token], j: int) -> tuple[str, int]:
    """The one-word division cue a several-word division kind from j stands for, and how many tokens it
    takes ("Local Government Area" → ("lga", 3)); ("", 0) when none follows or it heads an institution's
    name."""
    if j >= len(tokens) or tokens[j].norm not in _PHRASE_OPENERS:
        return "", 0  # most names are followed by no such phrase's first word
    for phrase, word in _DIVISION_PHRASES.items():
        n = len(phrase)
        if tuple(t.norm for t in tokens[j : j + n]) != phrase:
            continue
        nxt = tokens[j + n] if j + n < len(tokens) else None
        if nxt is not None and nxt.norm in _INSTITUTION_AFTER:
            return "", 0
        return word, n
    return "", 0
