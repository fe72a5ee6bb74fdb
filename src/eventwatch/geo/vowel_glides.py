"""The "y" glide between two vowels of an Arabic name, written or left out: "Nabatiyeh" and "Nabatieh".

Arabic's nisba ending -iyya and the like carry a y that one romanisation writes ("-iyeh", "-iya") and another
leaves to the reader ("-ieh", "-ia"). The skeleton key drops vowels but keeps that y ("nbty" against "nbt"), so
the two spellings of one town get different keys: the town held as "Nabatieh" is missed when a report writes
"Nabatiyeh" (and the governorate held as "Nabatiye" is taken instead), and a town held as "Diwaniyah" is missed
when written "Diwania". `glide_forms` makes the other spelling once, at store time, as a derived name of places
in Arabic-speaking countries: "iy" before a vowel loses its y, "i" between a consonant and "a" or "e" gains one.
"""
from __future__ import annotations

import re

from eventwatch.geo.interdental_spellings import ARABIC_NAMED
from eventwatch.geo.normalise import normalise, skeleton

_NAME = re.compile(r"^[A-Za-z][A-Za-z' \-]*$")
_GLIDE = re.compile(r"(?<=i)y(?=[aeiou])")  # "Nabatiyeh" → "Nabatieh"
_HIATUS = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])i(?=[ae])")  # "Nabatieh" → "Nabatiyeh"


def _other_glide(word: str) -> str:
    return _GLIDE.sub("", word) if _GLIDE.search(word) else _HIATUS.sub("iy", word)


def glide_forms(surface: str, country: str | None, *, taken: frozenset[str] = frozenset()) -> list[str]:
    """The name with its y glide left out ("Nabatiyeh" → "Nabatieh") or written in ("Nabatieh" →
    "Nabatiyeh"), for a place in an Arabic-speaking country; none elsewhere. Only a form the skeleton key
    does not already join to the name is made; a word that is an English word (`taken`, folded) keeps its
    spelling, and a form under four letters or an English word is left out."""
    if country not in ARABIC_NAMED or not _NAME.match(surface.strip()):
        return []
    words = [w if normalise(w) in taken else _other_glide(w) for w in surface.split(" ")]
    form = " ".join(words)
    norm = normalise(form)
    if skeleton(form) == skeleton(surface) or len(norm.replace(" ", "")) < 4 or norm in taken:
        return []
    return [form]
