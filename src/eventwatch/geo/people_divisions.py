"""A people's name before a division's designator names the division called after them ("the Somali region").

Several countries name first-level divisions after the people who live there: Ethiopia's Somali, Afar and
Amhara regions, Myanmar's Kachin, Shan, Chin and Mon states. The recogniser reads "Somali" as a demonym (the
people of Somalia) and drops the gazetteer's other readings of the word, so "a cholera outbreak in the Somali
region" went to the country next door. A designator written in lower case right after the word ("region",
"state", "zone") says a division is meant; where the gazetteer holds a division spelled exactly as the word,
that division is the reading and the demonym is not. "Somali herders" and "the Somali government" keep the
demonym: no designator follows them, and neither does "the Somali state" where the people has a nation of
its own (the nation-state; Myanmar's Kachin and Shan have none, so "Kachin state" is the division).
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_DEMONYM

# Lower-case words that make the capitalised word before them a division's name.
_DESIGNATORS = frozenset({"region", "state", "province", "zone", "governorate", "prefecture", "division"})
_DIVISION_CODES = ("ADM1", "ADM2")


def people_division_readings(text: str, tokens: Sequence[Token], i: int, j: int,
                             candidates: Sequence[Candidate]) -> list[Candidate]:
    """The exact division readings of the people's name at tokens i..j when a designator follows it, else []."""
    if j >= len(tokens) or tokens[j].text != tokens[j].text.lower() or tokens[j].norm not in _DESIGNATORS:
        return []
    if text[tokens[j - 1].end : tokens[j].start] != " ":
        return []
    if tokens[j].norm == "state" and any(c.kind == NAME_DEMONYM and c.feature_code.startswith("PCL")
                                         for c in candidates):
        return []  # "the Somali state collapsed": a nation's people's state is the nation's
    return [c for c in candidates if c.kind != NAME_DEMONYM and c.exact and c.feature_code in _DIVISION_CODES]
