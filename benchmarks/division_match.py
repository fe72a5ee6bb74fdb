"""Whether a reading's first-level division is the one a probe annotates (benchmarks/news_probe.py,
benchmarks/conflict_probe.py).

Annotators write a division's short name ("Connacht", "Donetsk", "Cauca"); the gazetteer may add a designator
("Connacht Province", "Brussels Capital"), an Arabic article ("Al Anbar") or a Slavic adjective form. Some
adjective forms are matched, those that add an ending to the name ("Donets'ka Oblast'", "Kharkivs'ka"), not those
that change its stem ("Odes'ka" of Odesa, "Zaporiz'ka" of Zaporizhzhia). A match by letters alone takes one
division for another ("Kansas" lies inside "Arkansas", "Cauca" inside "Valle del Cauca", "Wales" inside "New
South Wales"), and so does a match by words that ignores the words left over ("Java" in "Central Java"). So the
two names match when their words, designators and articles set aside, are the same words in the same order: a
compass or position word ("West", "Central", "Upper", "New") is part of the name on both sides or on neither.
"""
from __future__ import annotations

import unicodedata

# Words naming the kind of division, not which one: set aside on both sides before the names are compared. ("city"
# is none: a city often is a division of its own beside the one named like it, "Mexico City" beside the State of
# Mexico, "Kyiv City" beside Kyiv Oblast.)
DESIGNATORS = frozenset({
    "province", "provincia", "state", "estado", "region", "regione", "oblast", "krai", "kray", "okrug",
    "county", "district", "department", "departamento", "governorate", "muhafazah", "prefecture", "territory",
    "municipality", "capital", "autonomous", "republic", "emirate", "voivodeship", "canton", "parish",
    "metropolitan", "special", "federal", "national", "administrative", "division", "of", "the",
})
# The Arabic article, written apart or hyphened ("Al Anbar", "Ar-Raqqah"): set aside as designators are.
_ARTICLES = frozenset({"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az"})
# Endings a division's name may add to the annotated one: a Slavic adjective's ("Donets'ka" of Donetsk,
# "Kharkivs'ka" of Kharkiv) and the "h" some transliterations write for the Arabic final ta ("Raqqah" of Raqqa).
_ENDINGS = frozenset({"h", "a", "ka", "ska", "aya", "kaya", "skaya"})
# Apostrophes and the letters standing for them inside a transliterated word ("Ma'rib", "Donets'ka"): dropped, not
# read as a break between words.
_APOSTROPHES = frozenset("'’‘ʼʻ`´")


def fold(name: str) -> str:
    """A name with accents, apostrophes, hyphens, spaces and case removed: spellings of one transliteration
    ("Ma'arrat an Nu'man", "Ma‘arrat an Nu‘mān") compare equal. Shared by both probes."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c)).lower()


def in_division(annotated: str, admin1: str | None) -> bool:
    """Whether a reading's first-level division `admin1` is the `annotated` one: the same words once designators
    are set aside ("Connacht" and "Connacht Province"), or the annotated name and an adjective ending ("Donetsk"
    and "Donets'ka Oblast'"); never a name inside another word or beside another name's word ("Kansas" and
    "Arkansas", "Virginia" and "West Virginia", "Java" and "Central Java"). An empty annotation matches only an
    empty division."""
    a, b = _words(annotated), _words(admin1 or "")
    if a == b:
        return True
    core_a, core_b = _core(a), _core(b)
    if not core_a or not core_b:
        return False  # a name of designators only ("Capital Region") matches only itself
    if core_a == core_b:
        return True
    joined_a, joined_b = "".join(core_a), "".join(core_b)
    return joined_b.startswith(joined_a) and joined_b[len(joined_a):] in _ENDINGS


def _core(words: list[str]) -> list[str]:
    """A division name's words without its designators and articles."""
    return [w for w in words if w not in DESIGNATORS and w not in _ARTICLES]


def _words(name: str) -> list[str]:
    """A name's words, without accents, apostrophes, other punctuation and case ("Île-de-France": ile, de,
    france; "Ma'rib": marib)."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c if c.isalnum() else " " for c in decomposed
                    if not unicodedata.combining(c) and c not in _APOSTROPHES)
    return plain.lower().split()
