"""The side after a verbal noun of attack that did the attacking: its instrument and its object follow it.

"استهداف الحوثيين" alone is most often "targeting the Houthis": the genitive of the verbal noun is its object, and
extract/arabic_events.py reads the side after "استهداف" as the one struck. But Arabic also writes the verbal noun's
subject right after it, then the instrument with "ب", then the object in the indefinite accusative ("استهداف ميليشيا
الحوثي بطائرة مسيرة سوقا شعبيا", the Houthi militia's striking a market with a drone; "قصف قوات النظام بالمدفعية
منزلا"). An object after the instrument leaves no room for the side to be the object too, so there it is the subject.
Without such an object ("استهداف الحوثيين بطائرة مسيرة", targeting the Houthis with a drone) nothing changes.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import fold
from eventwatch.extract.weapons import default_lexicon

_SKIP = "\u064b-\u0652\u0670\u0640"
_WORD = rf"[\u0621-\u064a{_SKIP}]+"
# verbal nouns of attack whose genitive may be their subject or their object
_VERBAL_NOUNS = frozenset(fold(w) for w in ("استهداف", "قصف", "مهاجمة", "ضرب"))
# adverbs of time in the indefinite accusative ("صباحا", "ليلا") and particles ending in alif ("كما", "بينما"): they
# end as an object does but are none
_NOT_OBJECTS = frozenset(fold(w) for w in ("صباحا", "ليلا", "فجرا", "ظهرا", "عصرا", "نهارا", "مجددا", "أيضا", "حاليا",
                                          "مؤخرا", "سابقا", "يوميا", "أسبوعيا", "كما", "بينما", "عندما", "مما", "هذا",
                                          "لذا", "إذا", "حيثما",
                                          # adverbs of purpose ("ردا على هجوم", in reply to an attack; "تمهيدا
                                          # لهجوم") and of direction or means ("شمالا", "جوا"): accusatives, no objects
                                          "ردا", "انتقاما", "تمهيدا", "دعما", "تزامنا", "شرقا", "غربا", "شمالا",
                                          "جنوبا", "جوا", "برا", "بحرا"))
# a preposition or a word of direction ends the instrument's phrase: what follows is where, not whom
# ("بطائرة مسيرة شمال سوريا", "بغارات في صعدة")
_STOPS = frozenset(fold(w) for w in ("في", "قرب", "على", "إلى", "من", "عند", "داخل", "قبالة", "بين", "ضد", "نحو",
                                     "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "محيط"))
_WINDOW = 80  # characters after the side read for its instrument and object
_MAX_WORDS_TO_OBJECT = 2  # words between the end of the instrument's name and the object (its adjectives)


def _bare(word: str) -> str:
    return re.sub(f"[{_SKIP}]", "", fold(word))


def verbal_noun_before(text: str, start: int) -> bool:
    """Whether the word right before `start` (spaces between) is one of the verbal nouns of attack, with or
    without the article or a joined preposition ("جراء استهداف", "باستهداف")."""
    m = re.search(rf"({_WORD})\s+$", text[max(0, start - 20) : start])
    if m is None:
        return False
    word = _bare(m.group(1))
    return any(word == n or word.endswith(n) and len(word) - len(n) <= 3 for n in _VERBAL_NOUNS)


def subject_with_instrument_and_object(text: str, end: int) -> bool:
    """Whether the side ending at `end` is followed by an instrument joined to "ب" that the weapons lexicon names
    ("بطائرة مسيرة مفخخة", "بالمدفعية") and then, within `_MAX_WORDS_TO_OBJECT` words of it, a noun in the
    indefinite accusative that is no adverb of time or particle ("سوقا", "منزلا"): the object of the verbal noun, so
    the side is its subject. The scan stops at a preposition or a word of direction (`_STOPS`): "استهداف القوات
    الأمريكية بطائرة مسيرة شمال سوريا" names where, and no object.

    Limit: an object with no final alif (a feminine or broken-plural indefinite, "سيارة مدنية", "منازل") is not
    seen, so there the side stays the one struck."""
    window = text[end : end + _WINDOW]
    first = re.match(rf"\s+(ب{_WORD})", window)
    if first is None:
        return False
    at = first.start(1)
    hits = [(s, e) for s, e, _ in default_lexicon().match_arabic(window) if s <= at + 2 and e > at]
    if not hits:
        return False
    rest = window[max(e for _, e in hits) :]
    for k, m in enumerate(re.finditer(_WORD, rest)):
        if k > _MAX_WORDS_TO_OBJECT or re.search(r"[،,.]", rest[: m.start()]):
            return False
        word = _bare(m.group(0))
        if word in _STOPS:
            return False
        if word.endswith("ا") and len(word) >= 3 and not word.startswith(("ب", "ال")) and word not in _NOT_OBJECTS:
            return True
    return False
