"""First-level divisions carved out of an older one that reporting still names by the older one's name.

Lebanon made Baalbek-Hermel and Akkar governorates out of the Bekaa and the North; Sudan made East and
Central Darfur out of South and West Darfur, and West Kordofan out of South Kordofan. Reports keep writing "the
northern Bekaa" for Hermel and "South Darfur" for the ground around Ed Daein, and the gazetteer files those
towns under the newer division: a town there still lies in the older division the text names. Keyed by the
gazetteer's admin1 names (data/gazetteer/admin1.tsv).

A reform the other way round: the Central African Republic made Lim-Pendé out of Ouham-Pendé, Ouham-Fafa out
of Ouham and Mambéré out of Mambéré-Kadéï. The gazetteer files some towns under the newer prefecture (Batangafo
under Ouham-Fafa, Carnot under Mambéré) and some still under the older one (Bocaranga under Ouham-Pendé), while
reports name either ("near Bocaranga, in the Lim-Pendé prefecture", "in Batangafo, Ouham prefecture", the
older name being the one many still use): either division of such a pair, named as the container, holds a town
filed under the other (`holds_filed`, keyed by admin1 codes).
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


# A newer division's admin1 code -> the admin1 code of the division it was carved out of.
_CARVED_OUT_OF: dict[str, str] = {
    "CF.21": "CF.13",  # Lim-Pendé, out of Ouham-Pendé
    "CF.20": "CF.12",  # Ouham-Fafa, out of Ouham
    "CF.19": "CF.04",  # Mambéré, out of Mambéré-Kadéï
}
# Each pair both ways: the older name holds the newer one's towns too.
_SPLIT_PAIRS: frozenset[tuple[str, str]] = frozenset(
    pair for newer, older in _CARVED_OUT_OF.items() for pair in ((newer, older), (older, newer)))


def holds_filed(division_code: str, filed_code: str) -> bool:
    """Whether a first-level division (admin1 code `division_code`), named as a container, holds a place the
    gazetteer files under admin1 code `filed_code`: the same division, or the other of a split pair (the one it
    was carved out of, or the one carved out of it)."""
    return division_code == filed_code or (division_code, filed_code) in _SPLIT_PAIRS
