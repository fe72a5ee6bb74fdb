"""A name right before a kind of weapon is the weapon's model, not a place: "Sherman tanks", "Molotov cocktails",
"Winchester rifles", "Tomahawk missiles", "Grad rockets".

Weapons are named for their makers, designers and towns, and many of those names are places too (Sherman
County, Winchester, Tomahawk in Wisconsin; Molotov was Perm's name once). English writes the model straight
before the weapon's noun, in the lower case. A town whose forces or arsenal the text means is written so only
when it is a country's or a large city's main name ("Gaza rockets", "the Homs tank battalion"), which are kept
(an old name of a city is not: Molotov), as is a name a place cue or its container places. So is a town
before a weapon word that a facility or a unit word follows ("the Anniston tank depot", "a rifle factory",
"missile crews"): the weapon word there is the facility's trade, and the town is where it stands.
"""
from __future__ import annotations

from eventwatch.geo.name_span import NameSpan, strong
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_MAIN

# The arms a make or model names right before them ("Winchester rifles", "Grad rockets"), in the plural: read
# here and by geo/unknown_names among the goods a seized brand names ("seized Kalashnikov rifles"), one list so
# the two cannot disagree on what such arms are.
ARMS_PLURALS = frozenset({"rifles", "pistols", "revolvers", "carbines", "shotguns", "rockets", "missiles"})
_WEAPON_NOUNS = ARMS_PLURALS | {w[:-1] for w in ARMS_PLURALS} | {"cocktail", "cocktails", "tank", "tanks"}
# Lower-case words after the weapon's noun that make it a facility's or a unit's trade ("tank depot", "rifle
# factory", "missile crews", "rocket range"), not a model's name.
_FACILITY_AFTER = frozenset({"plant", "plants", "factory", "factories", "works", "depot", "depots", "arsenal",
                             "center", "centre", "yard", "range", "ranges", "base", "school", "crew", "crews",
                             "battalion", "battalions", "brigade", "brigades", "regiment", "division", "unit",
                             "units", "company", "corps", "maker", "makers", "manufacturer", "workers"})


def weapon_names(text: str, tokens: list[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """The spans without the one-word names that open a weapon's name (see the module's docstring)."""
    drop: set[int] = set()
    for s in spans:
        if s.j - s.i != 1 or s.j >= len(tokens) or s.demonym or s.firm or s.container is not None:
            continue
        noun = tokens[s.j]
        if noun.norm not in _WEAPON_NOUNS or not noun.text.islower() or text[s.end : noun.start] != " ":
            continue
        if any(c.exact and c.kind == NAME_MAIN and strong(c) for c in s.candidates):
            continue
        if _facility_follows(text, tokens, s.j):
            continue
        drop.add(id(s))
    return [s for s in spans if id(s) not in drop] if drop else spans


def _facility_follows(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the weapon noun at token k is followed by a lower-case facility or unit word ("tank depot")."""
    if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] != " ":
        return False
    after = tokens[k + 1]
    return after.text.islower() and after.norm in _FACILITY_AFTER
