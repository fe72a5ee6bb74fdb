"""The colonial spelling of South Asian town names ending in "kot" (fort): "Sialkote", "Pathankote", "Surankote".

GeoNames holds the "-kot" towns of India and Pakistan ("Sialkot", "Rājkot", "Surankōt") as modern
romanisations write them; English copy, army statements and older maps often keep the British-era final
"e" ("Rajkote", "Surankote"). The final "e" is silent, but the skeleton key keeps the two spellings apart only
by a vowel, and names in these countries get no loose matching (they are not among the transliterated
countries), so the town is missed and the event falls to its district. `fort_forms` makes the "-kote"
spelling once, at store time, as a derived name: some fifty keys for the region.
"""
from __future__ import annotations

import re

from eventwatch.geo.normalise import fold_token

# Countries whose "-kot" towns the press also writes "-kote".
FORT_SUFFIX_COUNTRIES = frozenset({"IN", "PK", "BD", "NP"})
_NAME = re.compile(r"^[^\W\d_][\w' \-]*$")
# A word shorter than this is the bare word "kot" or a short name ("Akot") whose "-e" form is some other word.
_MIN_WORD = 5


def fort_forms(surface: str, country: str | None, *, taken: frozenset[str] = frozenset()) -> list[str]:
    """The name with each word ending in "kot" written "kote" ("Surankōt" → "Surankōte"), for a place in
    India, Pakistan, Bangladesh or Nepal; none elsewhere. A form that is an English word (`taken`, folded)
    is left out."""
    name = surface.strip()
    if country not in FORT_SUFFIX_COUNTRIES or not _NAME.match(name):
        return []
    words = name.split(" ")
    # the "e" in the word's own case: "SIALKOT" → "SIALKOTE"
    changed = [w + ("E" if w.isupper() else "e") if len(w) >= _MIN_WORD and fold_token(w).endswith("kot") else w
               for w in words]
    if changed == words:
        return []
    form = " ".join(changed)
    return [] if fold_token(form.replace(" ", "")) in taken else [form]
