"""The young men, sons and people of a place ("٧ من شبابها", "من أبناء القرية"): its civilians, unless a group's.

A report counts those a raid took or killed as a place's own ("اختطفت ٧ من شبابها", seven of its young men;
"اعتقل ٦ من شبانه", of the camp's): they are its civilians. A movement or a party mourns its fighters the same
way ("نعت الحركة ثلاثة من أبنائها", the movement mourned three of its sons), so the pronoun's antecedent decides:
the nearest of a named armed group or party, a group's common noun in the same sentence right after a mourning
or claiming verb ("نعت الحركة", "أعلن الحزب"; "شلت الحركة التجارية", trade stopped, names no group) and a
settlement or tribe word before the noun. The construct form
names the place outright ("٩ من شباب القرية"); bare "الشباب" is also al-Shabaab's name and is left alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable, Optional

from eventwatch.extract.arabic_lexicon import fold
from eventwatch.geo.normalise import arabic_base

# The nouns of a place's own people, as written before a pronoun suffix or in construct with the place ("أبناء"
# writes its hamza on a seat before a suffix: "أبنائها")
_KIN_HEADS = frozenset(fold(w) for w in ("شباب", "شبان", "أبناء", "أبنائ", "أهل", "أهالي"))
_SUFFIXES = ("ها", "هم", "ه")
# Words of a settlement, a quarter or a tribe: what "its" people belong to when one stands nearest
_PLACES = frozenset(fold(w) for w in ("قرية", "قرى", "بلدة", "بلدات", "مدينة", "مخيم", "حي", "منطقة", "ريف",
                                      "قبيلة", "عشيرة", "ناحية", "محافظة", "ولاية"))
# Common nouns of an armed group or party, definite, that a report names it by ("نعت الحركة ثلاثة من أبنائها",
# the movement; "الحزب", the party): an owner of "its sons" as a named group is
_GROUP_NOUNS = frozenset(fold(w) for w in ("الحركة", "الحزب", "الجماعة", "التنظيم", "الفصيل", "الكتائب", "السرايا",
                                           "الكتيبة"))
# The verbs a group names itself after when it mourns or claims its men ("نعت الحركة", "أعلنت الجماعة", "تبنى
# التنظيم"): only right after one is the common noun the group ("شلت الحركة", traffic stopped; "صلاة الجماعة",
# the congregational prayer, name none)
_OWNING_VERBS = frozenset(fold(w) for w in ("نعت", "نعى", "تنعى", "ينعى", "زفت", "زف", "تزف", "يزف", "أعلنت", "أعلن",
                                            "تعلن", "يعلن", "أكدت", "أكد", "تبنت", "تبنى", "يتبنى", "تتبنى"))
# Adjectives that make "الحركة" movement of goods or people, no movement ("الحركة التجارية", trade)
_ACTIVITY_ADJECTIVES = frozenset(fold(w) for w in ("التجارية", "المرورية", "الاقتصادية", "الملاحية", "السياحية",
                                                   "الشرائية"))
_WORD = re.compile(r"[\u0621-\u064a]+")
_PROCLITICS = ("وب", "وف", "ول", "و", "ف", "ب", "ل", "ك")
# What ends a sentence: a group noun in an earlier sentence owns nothing in this one
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _place_word(word: str) -> bool:
    """Whether a folded word is a settlement or tribe word, with or without its article, a joined conjunction or
    preposition peeled only where the rest is one ("وبالقرية"); never a word's own first letters ("بلدة",
    "ولاية")."""
    if word in _PLACES or arabic_base(word) in _PLACES:
        return True
    return any(word.startswith(p) and arabic_base(word[len(p):]) in _PLACES for p in _PROCLITICS)


def _owning_verb(word: str) -> bool:
    return word in _OWNING_VERBS or (word[:1] in "وف" and word[1:] in _OWNING_VERBS)


def _group_noun(word: str, before: str, after: str) -> bool:
    """Whether a folded word is a group's common noun named as one: right after a mourning or claiming verb
    (`_OWNING_VERBS`), no activity adjective after it."""
    return word in _GROUP_NOUNS and _owning_verb(before) and after not in _ACTIVITY_ADJECTIVES


@lru_cache(maxsize=8)
def _owners(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where each settlement word, group noun and sentence end of a text starts, in order: read once per text,
    whatever number of "its sons" it holds."""
    folded = fold(text)
    places: list[int] = []
    groups: list[int] = []
    words = list(_WORD.finditer(folded))
    for k, m in enumerate(words):
        word = m.group(0)
        before = words[k - 1].group(0) if k else ""
        after = words[k + 1].group(0) if k + 1 < len(words) else ""
        if _group_noun(word, before, after):
            groups.append(m.start())
        elif _place_word(word):
            places.append(m.start())
    return places, groups, [m.start() for m in _SENTENCE_END.finditer(folded)]


def _last_before(positions: list[int], start: int) -> int:
    k = bisect_left(positions, start)
    return positions[k - 1] if k else -1


def kin_of_a_group(text: str, start: int, group_ends: list[int],
                   acts_on: Optional[Callable[[int], bool]] = None) -> bool:
    """Whether a place's-people noun with a pronoun suffix at `start` ("أبنائها") belongs to the armed group or
    party named before it (`group_ends`: where each named actor ends) or to a group's common noun before it in
    its sentence after a mourning or claiming verb ("نعت الحركة"), no settlement or tribe word standing between: the group mourns or counts its own
    men, who are no civilians. `acts_on` says whether a word at a position is the subject of a verb of violence
    ("اختطفت الجماعة ٦ من أبنائها": the people it took), which then owns none."""
    m = _WORD.match(fold(text[start : start + 24]))
    word = m.group(0) if m else ""
    if not any(word.endswith(s) and word[: -len(s)] in _KIN_HEADS for s in _SUFFIXES):
        return False
    places, groups, ends = _owners(text)
    owner = max((e for e in group_ends if e <= start), default=-1)
    noun = _last_before(groups, start)
    if noun > owner and _last_before(ends, start) < noun and not (acts_on and acts_on(noun)):
        owner = noun  # "نعت الحركة ثلاثة من أبنائها": the movement's own
    return owner >= 0 and _last_before(places, start) < owner


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
