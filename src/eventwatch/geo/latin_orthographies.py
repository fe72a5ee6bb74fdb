"""National Latin orthographies whose letters stand for Arabic sounds other than the usual transliteration's.

Somali's official Latin spelling, which GeoNames uses for Somalia's towns, writes the ayn "c" and the
pharyngeal h "x" ("Ceelbuur" for عيل بور, "Xuddur" for حدر, "Gaalkacyo" for جالكعيو): read as an English or
French spelling, its "c" is a k and its "x" a ks, so an Arabic report's name never meets the town's skeleton.
The skeleton bridge (geo/arabic_translit.py) indexes such a name a second time as it sounds.
"""
from __future__ import annotations

from typing import Optional

# country → (Latin letter, the usual transliteration of the Arabic sound it writes); "" for a sound the
# skeleton drops (the ayn)
_ORTHOGRAPHIES: dict[str, tuple[tuple[str, str], ...]] = {
    "SO": (("c", ""), ("x", "h")),
}


def as_pronounced(surface: str, country: str) -> Optional[str]:
    """A Latin name rewritten in the usual transliteration's letters where its country spells by another
    orthography ("Ceelbuur" → "eelbuur"), or None where it has none or the name has none of its letters."""
    letters = _ORTHOGRAPHIES.get(country)
    if letters is None:
        return None
    out = surface.lower()
    for letter, sound in letters:
        out = out.replace(letter, sound)
    return out if out != surface.lower() else None
