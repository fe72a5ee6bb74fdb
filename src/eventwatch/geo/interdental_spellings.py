"""The two Latin spellings of Arabic's interdental consonants: "dh" and "th" for ذ, written either way.

Transliteration schemes render ذ (dhal) as "dh", and the press, following the English sound, often as "th"
("Thiban" for the village GeoNames holds as "Dhiban", "Thi Qar" beside "Dhi Qar"); ث (tha) is "th" in both.
The skeleton key folds "dh" to "d" and "th" to "t", so the two spellings get different keys and no loose
spelling bridges them: the village is missed. `interdental_forms` makes the other spelling once, at store
time, as a derived name of places in Arabic-speaking countries (a few thousand keys): the same place under
the spelling the press gives it.
"""
from __future__ import annotations

import re

from eventwatch.geo.normalise import normalise

# Countries whose place names are Arabic (GeoNames' Latin forms follow an Arabic transliteration).
ARABIC_NAMED = frozenset({"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
                          "SD", "SY", "TN", "YE"})
_NAME = re.compile(r"^[A-Za-z][A-Za-z' \-]*$")
_SWAP = {"dh": "th", "th": "dh", "Dh": "Th", "Th": "Dh"}
_INTERDENTAL = re.compile(r"[Dd]h|[Tt]h")


def interdental_forms(surface: str, country: str | None, *, taken: frozenset[str] = frozenset()) -> list[str]:
    """The name with each "dh" written "th" and each "th" written "dh" ("Dhiban" → "Thiban"), for a place
    in an Arabic-speaking country; none elsewhere. A word that is an English word (`taken`, folded) keeps its
    spelling ("North"), and a form under four letters or an English word is left out."""
    if country not in ARABIC_NAMED or not _NAME.match(surface.strip()) or not _INTERDENTAL.search(surface):
        return []
    words = surface.split(" ")
    swapped = [w if normalise(w) in taken else _INTERDENTAL.sub(lambda m: _SWAP[m.group(0)], w) for w in words]
    form = " ".join(swapped)
    norm = normalise(form)
    if norm == normalise(surface) or len(norm.replace(" ", "")) < 4 or norm in taken:
        return []
    return [form]


_DHAL = re.compile(r"[Dd]h")


def sibilant_forms(surface: str, country: str | None, *, taken: frozenset[str] = frozenset()) -> list[str]:
    """The name with each "dh" written "z" ("Dhi Qar" → "Zi Qar"), for a place in an Arabic-speaking country;
    none elsewhere.

    Levantine, Egyptian and Iraqi speech says ذ as z, and copy that follows the spoken name writes it so; the
    skeleton keeps "z" apart from "d" (they are different letters in most names), so only a key for the z
    spelling finds the place. Only "dh", which is ذ alone ("th" is also ث, which is never z); an English word
    (`taken`, folded) keeps its spelling, and a form under four letters or an English word is left out."""
    if country not in ARABIC_NAMED or not _NAME.match(surface.strip()) or not _DHAL.search(surface):
        return []
    words = [w if normalise(w) in taken else _DHAL.sub(lambda m: "Z" if m.group(0) == "Dh" else "z", w)
             for w in surface.split(" ")]
    form = " ".join(words)
    norm = normalise(form)
    if norm == normalise(surface) or len(norm.replace(" ", "")) < 4 or norm in taken:
        return []
    return [form]
