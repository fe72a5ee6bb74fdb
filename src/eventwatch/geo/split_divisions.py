"""First-level divisions carved out of an older one that reporting still names by the older one's name.

Lebanon made Baalbek-Hermel and Akkar governorates out of the Bekaa and the North; Sudan made East and
Central Darfur out of South and West Darfur, and West Kordofan out of South Kordofan. Reports keep writing "the
northern Bekaa" for Hermel and "South Darfur" for the ground around Ed Daein, and the gazetteer files those
towns under the newer division: a town there still lies in the older division the text names. Keyed by the
gazetteer's admin1 names (data/gazetteer/admin1.tsv).
"""
from __future__ import annotations

# (country, older division) -> the divisions made out of it
_CARVED_FROM: dict[tuple[str, str], frozenset[str]] = {
    ("LB", "Béqaa"): frozenset({"Baalbek-Hermel Governorate"}),
    ("LB", "Liban-Nord"): frozenset({"Aakkâr"}),
    ("SD", "Southern Darfur"): frozenset({"Eastern Darfur"}),
    ("SD", "Western Darfur"): frozenset({"Central Darfur"}),
    ("SD", "Southern Kordofan"): frozenset({"West Kordofan State"}),
}


def lies_in_division(country: str, admin1: str, division: str) -> bool:
    """Whether a place filed under first-level division `admin1` lies in `division` as reports name it: the
    same division, or one carved out of it."""
    return admin1 == division or admin1 in _CARVED_FROM.get((country, division), frozenset())
