"""The young men, sons and people of a place ("٧ من شبابها", "من أبناء القرية"): its civilians, unless a group's.

A report counts those a raid took or killed as a place's own ("اختطفت ٧ من شبابها", seven of its young men;
"اعتقل ٦ من شبانه", of the camp's): they are its civilians. A movement or a party mourns its fighters the same
way ("نعت الحركة ثلاثة من أبنائها", the movement mourned three of its sons), so the pronoun's antecedent decides:
the nearest of a named armed group or party and a settlement or tribe word before the noun. The construct form
names the place outright ("٩ من شباب القرية"); bare "الشباب" is also al-Shabaab's name and is left alone.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import fold

# The nouns of a place's own people, as written before a pronoun suffix or in construct with the place ("أبناء"
# writes its hamza on a seat before a suffix: "أبنائها")
_KIN_HEADS = frozenset(fold(w) for w in ("شباب", "شبان", "أبناء", "أبنائ", "أهل", "أهالي"))
_SUFFIXES = ("ها", "هم", "ه")
# Words of a settlement, a quarter or a tribe: what "its" people belong to when one stands nearest
_PLACES = frozenset(fold(w) for w in ("قرية", "قرى", "بلدة", "بلدات", "مدينة", "مخيم", "حي", "منطقة", "ريف",
                                      "قبيلة", "عشيرة", "ناحية", "محافظة", "ولاية"))
_WORD = re.compile(r"[\u0621-\u064a]+")
_PROCLITICS = ("وب", "وف", "ول", "و", "ف", "ب", "ل", "ك")


def _stem(word: str) -> str:
    """A folded word less a joined conjunction or preposition and the article ("وبالقرية" -> "قريه")."""
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 3:
            word = word[len(p):]
            break
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _place_word(word: str) -> bool:
    return _stem(word) in _PLACES


def kin_of_a_group(text: str, start: int, group_ends: list[int]) -> bool:
    """Whether a place's-people noun with a pronoun suffix at `start` ("أبنائها") belongs to the armed group or
    party named before it (`group_ends`: where each named actor ends), none of a settlement or tribe word
    standing between: the group mourns or counts its own men, who are no civilians."""
    word = fold(text[start:]).split(None, 1)[0] if text[start:].strip() else ""
    if not any(word.endswith(s) and word[: -len(s)] in _KIN_HEADS for s in _SUFFIXES):
        return False
    before = [e for e in group_ends if e <= start]
    if not before:
        return False
    return not any(_place_word(fold(m.group(0))) for m in _WORD.finditer(text, max(before), start))


def kin_in_construct(text: str) -> list[tuple[int, int]]:
    """The spans of a place's-people noun in construct with a settlement or tribe word ("شباب القرية", "أبناء
    المخيم", "أهل البلدة"): the place's civilians, named outright."""
    out = []
    words = list(_WORD.finditer(fold(text)))
    for a, b in zip(words, words[1:]):
        head = a.group(0)
        head = head[1:] if head[:1] in "وف" and head[1:] in _KIN_HEADS else head
        if head in _KIN_HEADS and not text[a.end():b.start()].strip() and _place_word(b.group(0)):
            out.append((a.start(), b.end()))
    return out
