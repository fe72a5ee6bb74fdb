"""Migrants who fight are no civilians: "مهاجرين" also names foreign fighters and groups named after them.

data/event_lexicon_ar.yaml counts migrants ("قتل أربعة مهاجرين أفارقة") among the Civilians. Its forms match after
the proclitics and the article, as every term does, so "جيش المهاجرين والأنصار" (an armed group) and "مقاتلين
مهاجرين" (foreign fighters) would be civilians too. A migrant word is a fighter where

- it closes a construct on a unit (`_UNIT_HEADS`): the unit without the article, the migrants with it ("كتيبة
  المهاجرين"); "قتل الجيش مهاجرين" (the army killed migrants) is a verb, its subject and its object;
- it agrees with a noun of fighters before it (`_FIGHTER_HEADS`) in case and article ("مقاتلين مهاجرين", "المسلحين
  المهاجرين"): "اختطف مسلحون مهاجرين" (gunmen abducted migrants) is a subject in "ون" and an object in "ين", and
  "مقاتلة" (a fighter jet) is no head;
- or it is followed by "من"/"في" and an armed group ("من تنظيم", "من داعش", "في صفوف": `_OF_GROUP`); "من جماعة
  الأورومو" is a people, not a group of fighters.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import fold, without_short_vowels

_WORD = r"[\u0621-\u064a]+"
# nouns of armed units, folded, without the article (after "و"): "جيش", "كتيبة", "لواء", "سرايا", "فصيل", "عناصر"
_UNIT_HEADS = re.compile(r"^و?(?:جيش|كتيبه|كتايب|لواء|الويه|فصيل|فصايل|سرايا|سريه|عناصر)$")
# nouns of fighters, folded, with their plural ending: "مقاتلين", "المسلحون", "جهاديين"
_FIGHTER_HEADS = re.compile(r"^و?(ال)?(?:مقاتل|مسلح|جهادي)(ين|ون)$")
_MIGRANT = re.compile(r"^[وفبل]?(ال|لل)?مهاجر(ين|ون)?$")
# "من تنظيم", "في داعش", "في صفوف": the armed group the men belong to, right after them (one adjective may stand
# between)
_OF_GROUP = re.compile(rf"^(?:\s+{_WORD})?\s+(?:من|في)\s+(?:تنظيم|داعش|كتايب|صفوف|القاعده|النصره)")


def _is_fighter_word(before: str, migrant: re.Match) -> bool:
    """Whether `before` (the folded word before the migrant word) makes it a fighter: a unit in construct with it
    or a noun of fighters agreeing with it."""
    article = migrant.group(1) is not None
    if _UNIT_HEADS.match(before):
        return article
    head = _FIGHTER_HEADS.match(before)
    return head is not None and (head.group(1) is not None) == article and head.group(2) == migrant.group(2)


def fighting_migrants(text: str, start: int, end: int) -> bool:
    """Whether the civilian noun at text[start:end] is a migrant word that names fighters: in a unit's construct,
    agreeing with a noun of fighters, or followed by the armed group they belong to."""
    migrant = _MIGRANT.match(fold(without_short_vowels(text[start:end])))
    if migrant is None:
        return False
    before = re.search(rf"({_WORD})\s+$", fold(without_short_vowels(text[max(0, start - 40):start])))
    if before is not None and _is_fighter_word(before.group(1), migrant):
        return True
    return bool(_OF_GROUP.match(fold(without_short_vowels(text[end:end + 60]))))


__all__ = ["fighting_migrants"]
