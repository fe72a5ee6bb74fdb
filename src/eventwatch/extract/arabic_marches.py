"""A march is no drone: "مسيرة" and "مسيرات" are also protest marches, and reports of protests launch and aim them.

The drone forms of data/event_lexicon_ar.yaml and data/weapons.yaml read a bare "مسيرة" as a drone where a verb
follows that a drone does ("مسيرات استهدفت", "مسيرة أطلقتها قوات ..."). But a march is "launched" too ("مسيرة
أطلقتها أحزاب المعارضة"), and "aimed" at a seat of power ("مسيرة استهدفت مقر الحكومة"). A sentence that tells of a
protest (its marchers and protesters, its organising, its demands: `_PROTEST`) reads such a bare "مسيرة" as the
march; a drone named as an aircraft ("طائرة مسيرة") or as a strike's instrument ("بضربة مسيرة") stays a drone.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import fold, without_short_vowels

# words of a protest, folded, as a word opens (after و ف ب ل and the article): marchers and protesters, a protest,
# a demand or a condemnation the march is for ("للمطالبة", "تنديدا"), and the verb of organising ("نظم", "نظمت",
# "ينظمون"; not "تنظيم", an organisation, nor "نظام", a regime)
_PROTEST = re.compile(r"(?:^|[^\u0621-\u064a])(?:[وفبل]?(?:ال|لل)?(?:متظاهر|محتج|احتجاج|مطالب|تنديد|تضامن)"
                      r"|[وف]?[يت]?نظم(?:ت|وا|ون|ه|ها)?(?![\u0621-\u064a]))")
# a match that opens on the bare word (after و ف and the article), not on "طائرة", "بضربة" or the like, and goes on
# with a verb a march takes too (launched, aimed at); "مسيرة قصفت" (shelled) and "مسيرة إسرائيلية" stay drones
_BARE_MARCH = re.compile(r"^[وف]?(?:ال)?مسير(?:ه|ات)\s+(?:اطلق|استهدف)")


def protest_told(text: str) -> bool:
    """Whether `text` (a sentence) tells of a protest (`_PROTEST`)."""
    return bool(_PROTEST.search(fold(without_short_vowels(text))))


def march_not_drone(text: str, start: int, end: int) -> bool:
    """Whether the drone form matched at text[start:end] is a bare "مسيرة" launched or aiming (`_BARE_MARCH`) in a
    sentence that tells of a protest."""
    return bool(_BARE_MARCH.match(fold(without_short_vowels(text[start:end])))) and protest_told(text)


__all__ = ["march_not_drone", "protest_told"]
