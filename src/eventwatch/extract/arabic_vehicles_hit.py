"""A vehicle named right after a verb of attack whose subject is a weapon is what the weapon hit, not a weapon used.

"انفجار عبوة ناسفة استهدفت مدرعة عسكرية" (an IED that hit an armoured vehicle), "صاروخ موجه استهدف آلية للقوات": the
weapon before the verb is its subject, the vehicle after it its object. The owner written after the vehicle
("مدرعة للجيش") was read so before (`_thing_hit` of extract/arabic_events.py); without one, the vehicle was coded as a
second weapon. Only a platform counts (a vehicle, an aircraft, a ship: what carries a weapon), and only with an
indefinite weapon's name ending right before the verb: "قصفت مدرعات الجيش القرية" (the army's armoured vehicles
shelled the village) has none, and the vehicles are the weapon. Arabic mostly writes the verb first, so a weapon
before the verb is its subject only where nothing makes it another word's object: written definite it was named
before ("ردا على الصواريخ قصفت طائرات حربية", in reply to the rockets, warplanes shelled), and after a verbal noun
of firing or falling, a word of time or cause or a preposition ("بعد سقوط قذائف هاجمت دبابات", after shells fell,
tanks attacked) it belongs to that word, and the vehicles after the verb are its subject.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import ArabicLexicon, fold, without_short_vowels
from eventwatch.extract.weapons import default_lexicon

# where a clause ends: a weapon across it is no subject of the verb after it
_CLAUSE_BREAK = re.compile(r"[،,.;؛:!?()\n]")
# words, folded, after which a weapon's name is their object or their construct's end, no subject of the verb after
# it: verbal nouns of firing or falling ("إطلاق", "سقوط"), of time and cause ("بعد", "إثر", "ردا على"), and
# prepositions. Not "انفجار": the device that went off is what hit ("انفجار عبوة استهدفت مدرعة"); nor "قصف": shelling
# hits too ("قصف مدفعي استهدف آلية").
_NOT_A_SUBJECT_AFTER = frozenset(fold(w) for w in (
    "إطلاق", "سقوط", "بعد", "إثر", "عقب", "قبل", "ردا", "رد", "جراء", "بسبب", "على", "من", "في", "إلى", "عن", "مع",
    "ضد"))
# a joined preposition or the article before a weapon's name in its own word ("بقذائف", "الصواريخ")
_JOINED = re.compile(r"(?:^|[وف])(?:ب|ل|ال|بال|لل)$")


# verbal nouns of firing or falling, folded: a weapon after one may head a relative clause written without "التي"
# ("إطلاق صاروخ موجه استهدف دبابة", the firing of a missile that hit a tank), so what follows the vehicle decides
_FIRING_NOUNS = frozenset(fold(w) for w in ("إطلاق", "سقوط"))
# folded words that end a vehicle's phrase as where it was or whose it was: a compass word, a preposition of place
_PLACE_AFTER = frozenset(fold(w) for w in ("شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي", "شمالي", "جنوبي",
                                           "قرب", "بالقرب", "في", "على", "عند", "داخل", "خارج", "أمام", "بين"))


def _vehicle_ends_phrase(after: str) -> bool:
    """Whether the vehicle written first in `after` (the clause from it on) ends its verb's phrase: adjectives,
    one definite owner in construct, then nothing, a place or an owner ("دبابة إسرائيلية شرق ...", "آلية عسكرية
    قرب ...", "مدرعة تابعة ...") — it was hit. An object after it ("مروحيات الجيش قرى") makes it the subject."""
    words = [fold(without_short_vowels(w)) for w in after.split()[1:5]]
    k = 0
    if k < len(words) and words[k].startswith("ال") and not words[k].endswith(("يه", "ي", "يين", "يات")):
        k += 1  # "مروحيات الجيش": the vehicle's owner in construct
    while k < len(words) and words[k].endswith(("يه", "ي", "يين", "يات")):
        k += 1  # "إسرائيلية", "عسكرية": the vehicle's adjectives
    if k >= len(words):
        return True
    w = words[k].lstrip("و")
    return w in _PLACE_AFTER or w.startswith(("تابع", "لل")) or words[k].startswith("ل")


def _subject_weapon(words: list[str], after: str = "") -> bool:
    """Whether an indefinite weapon's name ends at words[-2], right before the verb words[-1], and is preceded by
    no word that governs it (`_NOT_A_SUBJECT_AFTER`); after a verbal noun of firing or falling (`_FIRING_NOUNS`)
    only where the vehicle in `after` ends the verb's phrase (`_vehicle_ends_phrase`)."""
    phrase = " ".join(words[-3:-1])
    ends = [s for s, e, _ in default_lexicon().match_arabic(phrase) if e == len(phrase)]
    if not ends:
        return False
    start = min(ends)
    first = phrase[:start].count(" ")  # the weapon's first word, 0 or 1 in the phrase
    prefix = fold(without_short_vowels(phrase[phrase.rfind(" ", 0, start) + 1 : start]))
    at = len(words) - 3 + first if len(words) >= 3 else first  # the weapon's first word in `words`
    if _JOINED.search(prefix) or fold(without_short_vowels(words[at])).startswith(("ال", "وال", "فال")):
        return False  # "بقذائف", "الصواريخ": a preposition's object, or a weapon named before
    before = fold(without_short_vowels(words[at - 1])) if at >= 1 else ""
    if before.lstrip("و") in _FIRING_NOUNS and not before.startswith("ال"):
        return _vehicle_ends_phrase(after)
    return before not in _NOT_A_SUBJECT_AFTER and not (before.startswith("و") and before[1:] in _NOT_A_SUBJECT_AFTER)


def vehicle_hit_by_weapon(text: str, start: int, lex: ArabicLexicon) -> bool:
    """Whether the platform named at `start` in `text` is written right after a verb of attack (the lexicon's
    `verbs`) with an indefinite weapon's name, its subject, ending right before that verb."""
    words = _CLAUSE_BREAK.split(text[:start])[-1].split()
    if len(words) < 2 or not lex.roles["verbs"].find(words[-1]):
        return False
    return _subject_weapon(words, _CLAUSE_BREAK.split(text[start:])[0])


__all__ = ["vehicle_hit_by_weapon"]
