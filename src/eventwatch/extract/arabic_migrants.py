"""Migrants who fight are no civilians: "مهاجرين" also names foreign fighters and groups named after them.

data/event_lexicon_ar.yaml counts migrants ("قتل أربعة مهاجرين أفارقة") among the Civilians. Its forms match after
the proclitics and the article, as every term does, so "جيش المهاجرين والأنصار" (an armed group) and "مقاتلين
مهاجرين" (foreign fighters) would be civilians too. A migrant word right after a noun of fighters or of an armed
unit (`_FIGHTER_HEADS`), or followed by "من"/"في" and a group ("من تنظيم", "من داعش"), is a fighter, not a civilian.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import fold, without_short_vowels

_WORD = r"[\u0621-\u064a]+"
# nouns of fighters and armed units, folded, as a word opens (after و and the article): "مقاتلين", "عناصر",
# "جيش", "كتيبة", "لواء", "فصيل", "سرايا", "مسلحين"
_FIGHTER_HEADS = re.compile(r"^و?(?:ال)?(?:مقاتل|عناصر|عنصر|جيش|كتيب|لواء|الوي|فصيل|فصائل|سرايا|سريه|مسلح|جهادي)")
_MIGRANT = re.compile(r"^[وفبل]?(?:ال|لل)?مهاجر")
# "من تنظيم", "في داعش", "من جبهة": the group the men belong to, right after them (one adjective may stand between)
_OF_GROUP = re.compile(rf"^(?:\s+{_WORD})?\s+(?:من|في)\s+(?:تنظيم|داعش|جبه|حركه|جماعه|كتائب|صفوف)")


def fighting_migrants(text: str, start: int, end: int) -> bool:
    """Whether the civilian noun at text[start:end] is a migrant word that names fighters: after a noun of
    fighters or a unit, or followed by the group they belong to."""
    word = fold(without_short_vowels(text[start:end]))
    if not _MIGRANT.match(word):
        return False
    before = re.search(rf"({_WORD})\s+$", fold(without_short_vowels(text[max(0, start - 40):start])))
    if before is not None and _FIGHTER_HEADS.match(before.group(1)):
        return True
    return bool(_OF_GROUP.match(fold(without_short_vowels(text[end:end + 60]))))


__all__ = ["fighting_migrants"]
