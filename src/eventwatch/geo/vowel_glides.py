"""The "y" glide between two vowels of an Arabic name, written or left out: "Nabatiyeh" and "Nabatieh".

Arabic's nisba ending -iyya and the like carry a y that one romanisation writes ("-iyeh", "-iya") and another
leaves to the reader ("-ieh", "-ia"). The skeleton key drops vowels but keeps that y ("nbty" against "nbt"), so
the two spellings of one town get different keys: the town held as "Nabatieh" is missed when a report writes
"Nabatiyeh" (and the governorate held as "Nabatiye" is taken instead), and a town held as "Diwaniyah" is missed
when written "Diwania". `glide_forms` makes the other spelling once, at store time, as a derived name of places
in Arabic-speaking countries: "iy" before a vowel loses its y, "i" between a consonant and "a" or "e" gains one.

Reports also drop the article of a one-word name ("Hamdania" for Al-Hamdaniya): `article_less_glide_forms`
makes the glide spelling of a held name's last word without its article. It is made from the held name, not
from the article-less names a source derives: those include divisions stripped of their division word ("Tarmia"
of "Al Tarmia District"), whose glide spelling would take a town's report from the town; a held name with
its division word keeps it ("Al-Hamdaniya District" has no one-word form here).
"""
from __future__ import annotations

import re

from eventwatch.geo.interdental_spellings import ARABIC_NAMED
from eventwatch.geo.normalise import FUSABLE_ARTICLES, normalise, skeleton

_NAME = re.compile(r"^[A-Za-z][A-Za-z' \-]*$")
_GLIDE = re.compile(r"(?<=i)y(?=[aeiou])")  # "Nabatiyeh" → "Nabatieh"
_HIATUS = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])i(?=[ae])")  # "Nabatieh" → "Nabatiyeh"
# A held name of the article, a space or hyphen, and one word ("Al-Hamdaniya", "El Mansouriyeh").
_ARTICLE_AND_WORD = re.compile(rf"^(?:{'|'.join(FUSABLE_ARTICLES)})[ \-]([A-Za-z][A-Za-z']*)$", re.IGNORECASE)


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


def article_less_glide_forms(surface: str, country: str | None, *,
                             taken: frozenset[str] = frozenset()) -> list[str]:
    """The glide spelling of a held one-word name without its article ("Al-Hamdaniya" → "Hamdania"), for a
    place in an Arabic-speaking country; none for a longer name or elsewhere (see `glide_forms`)."""
    m = _ARTICLE_AND_WORD.match(surface.strip()) if country in ARABIC_NAMED else None
    return glide_forms(m.group(1), country, taken=taken) if m else []
