"""A march is no drone: "مسيرة" and "مسيرات" are also protest marches, and reports of protests launch and aim them.

The drone forms of data/event_lexicon_ar.yaml and data/weapons.yaml read a bare "مسيرة" as a drone where a verb
follows that a drone does ("مسيرات استهدفت", "مسيرة أطلقتها قوات ..."). But a march is "launched" too ("مسيرة
أطلقتها أحزاب المعارضة"), and "aimed" at a seat of power ("مسيرة استهدفت مقر الحكومة"). The march's own words
decide, in this order:

1. who launched it, the word right after "أطلقتها": a civil body (unions, parties, committees, students, activists)
   makes it a march (`_CIVIL`), an armed one (forces, a militia, a group, factions, the army) a drone (`_ARMED`);
2. harm in its sentence (killed, wounded, destroyed, an explosion, intercepted: `_HARM`) keeps it a drone;
3. otherwise a sentence that tells of a protest (marchers and protesters, a demand, the verb of organising:
   `_PROTEST`, each a whole word, so "المحتجزين" (detainees) is none) reads it as the march.

A drone named as an aircraft ("طائرة مسيرة") or as a strike's instrument ("بضربة مسيرة") stays a drone. The
sentence is the span between the stops around the match, at most `_REACH` characters each way, so a text of many
drone forms is read in time proportional to its length.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import fold, without_short_vowels

_L = r"\u0621-\u064a"
# as a word opens: a conjunction, a preposition and the article
_OPEN = rf"(?:^|[^{_L}])[وفبل]?(?:ال|لل)?"
# words of a protest, folded, whole: marchers and protesters, a protest ("احتجاجا", in protest; "تظاهروا", they
# demonstrated), a demand the march is for ("للمطالبة"), and the verb of organising with its ending ("نظمت",
# "نظموا", "ينظمون"; bare "نظم" is also "systems", as in air defence)
_PROTEST = re.compile(rf"{_OPEN}(?:متظاهر(?:ون|ين|ات|ه)?|محتج(?:ون|ين|ات|ه)?|احتجاج(?:ا|ات|ي|يه)?"
                      rf"|[يت]?تظاهر(?:وا|ت|ون)?|مطالب(?:ه|ات|ين|ون)?|مظاهر(?:ه|ات)|اعتصام)(?![{_L}])"
                      rf"|(?:^|[^{_L}])[وف]?[يت]?نظم(?:ت|وا|ون|ها|تها)(?![{_L}])")
# harm the sentence tells of: a march harms no one, a drone's strike does (the march's own dead are "قتل متظاهرون",
# which (1) has decided already where a civil body launched it)
_HARM = re.compile(rf"(?:^|[^{_L}])[وف]?(?:ال)?(?:قتل|مقتل|اصيب|اصاب|دمر|تدمير|انفجار|اعترض|اعتراض|يعترض|تعترض)")
# the one who launched it, right after "أطلقتها": a civil body, or an armed one
_CIVIL = re.compile(r"^\s*[وف]?(?:ال)?(?:نقاب|احزاب|حزب|لجان|لجنه|طلاب|طلبه|ناشط|هيي|اتحاد|تنسيقي|تجمع|منظمات"
                    r"|جمعي|قوي المعارضه|قوي الحريه|اهالي|سكان|عمال)")
_ARMED = re.compile(r"^\s*[وف]?(?:ال)?(?:قوات|ميليشي|مليشي|جماعه|فصايل|فصيل|جيش|حركه|تنظيم|كتايب|لواء"
                    r"|حوثي|حزب الله|المقاومه|الدعم السريع|الاحتلال|العدو|الحرس)")
# a match that opens on the bare word (after و ف and the article), not on "طائرة", "بضربة" or the like, and goes on
# with a verb a march takes too (launched, aimed at); "مسيرة قصفت" (shelled) and "مسيرة إسرائيلية" stay drones
_BARE_MARCH = re.compile(r"^[وف]?(?:ال)?مسير(?:ه|ات)\s+(اطلق|استهدف)")
_STOP = re.compile(r"[.!?؟\n]")
_REACH = 400  # characters read each way from the match for its sentence
# what a march read so weighs as a protest, as "مسيرة احتجاجية" does in data/event_lexicon_ar.yaml
MARCH_WEIGHT = 6.0


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], folded: from the last stop before it to the first after, within reach."""
    lo = max(0, start - _REACH)
    stops = [m.end() for m in _STOP.finditer(text, lo, start)]
    head = stops[-1] if stops else lo
    tail = _STOP.search(text, end, min(len(text), end + _REACH))
    return fold(without_short_vowels(text[head : tail.start() if tail else min(len(text), end + _REACH)]))


def march_not_drone(text: str, start: int, end: int) -> bool:
    """Whether the drone form matched at text[start:end] is a bare "مسيرة" launched or aiming (`_BARE_MARCH`) that
    its own words make a march: a civil body launched it, or its sentence tells of a protest and of no harm."""
    bare = _BARE_MARCH.match(fold(without_short_vowels(text[start:end])))
    if bare is None:
        return False
    if bare.group(1) == "اطلق":
        after = fold(without_short_vowels(text[end : end + 40]))
        if _CIVIL.match(after):
            return True
        if _ARMED.match(after):
            return False
    sentence = _sentence(text, start, end)
    return not _HARM.search(sentence) and bool(_PROTEST.search(sentence))


__all__ = ["MARCH_WEIGHT", "march_not_drone"]
