"""National Latin orthographies whose letters stand for Arabic sounds other than the usual transliteration's.

Somali's official Latin spelling, which GeoNames uses for Somalia's towns, writes the ayn "c" and the
pharyngeal h "x" ("Ceelbuur" for عيل بور, "Xuddur" for حدر, "Gaalkacyo" for جالكعيو): read as an English or
French spelling, its "c" is a k and its "x" a ks, so an Arabic report's name never meets the town's skeleton.
The skeleton bridge (geo/arabic_translit.py) indexes such a name a second time as it sounds.

Somali's "dh" is a retroflex stop that Arabic writers render as ط as often as د ("Dhuusamareeb" طوسمريب,
"Ceel Dheer" عيل طير): where a name writes it, it is indexed once more with the emphatic "t", so both Arabic
spellings meet the town (`spoken_variants`).

Turkish writes the sound of ج "c" ("Kocaeli", كوجالي; "Cizre", جزرة), which the skeleton reads as a k: a Turkish
name is indexed a second time with it as "j". Its "ç" (the "ch" of "Çorum") is a letter of its own and stays.
"""
from __future__ import annotations

from typing import Optional

# country → (Latin letter, the usual transliteration of the Arabic sound it writes); "" for a sound the
# skeleton drops (the ayn)
_ORTHOGRAPHIES: dict[str, tuple[tuple[str, str], ...]] = {
    "SO": (("c", ""), ("x", "h")),
    "TR": (("c", "j"),),  # Turkish "c" is the j of "جيم" ("Kocaeli" كوجالي, "Ceyhan" جيهان); "ç" is another letter
}
# country → (Latin letters, the other Arabic letter's usual transliteration) for a sound Arabic writes two ways
_SECOND_READINGS: dict[str, tuple[str, str]] = {
    "SO": ("dh", "t"),
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


def spoken_variants(surface: str, country: str) -> list[str]:
    """Every rewriting of a Latin name the skeleton bridge indexes beside the name itself: `as_pronounced`'s,
    and the name with every letter pair for a sound Arabic writes two ways rewritten ("Ceel Dheer" → "eel dheer"
    and "eel teer"). The pair is sought in the name as written, before `as_pronounced`'s letters: a Somali "dx"
    (d, then the pharyngeal h) is no "dh". Empty for a country spelled by the usual transliteration."""
    out: list[str] = []
    spoken = as_pronounced(surface, country)
    if spoken is not None:
        out.append(spoken)
    second = _SECOND_READINGS.get(country)
    if second is not None and second[0] in surface.lower():
        rewritten = surface.lower().replace(second[0], second[1])
        out.append(as_pronounced(rewritten, country) or rewritten)
    return out
