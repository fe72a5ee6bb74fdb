"""Relatives joined to a toll by "و": "وابن عمه" (and his cousin), "وأطفالها الثلاثة" (and her three children),
"وثلاثة من أشقائه" (and three of his brothers).

A report names a victim's kin by a pronoun ("شقيقه", his brother: one person, data/event_lexicon_ar.yaml), and
often joins more kin to the first: a relative in construct with a relative ("ابن عمه", the son of his uncle) is
one more person, and a plural relative with a pronoun is as many as the definite number after it says
("أطفالها الثلاثة", her children the three) or the count before "من" ("ثلاثة من أشقائه"). Without a number a
plural relative ("وأطفالها") counts nobody: how many is not said. The words are a closed class of the language,
kept here folded as `fold` writes them (أ to ا, ة to ه, ؤ to و, ئ to ي).
"""
from __future__ import annotations

from typing import Callable, Mapping, Optional

# Pronoun suffixes on a relative: his, her, their, their two, their (women)
_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
# The head of a construct that names one relative through another ("ابن عمه", "ابنة خالها", "زوجة ابنه")
_CONSTRUCT_HEADS = frozenset({"ابن", "ابنه", "بنت", "زوج", "زوجه", "نجل"})
# Relatives as written before a pronoun suffix (a word in ة writes it ت there: "عمته", his aunt)
_RELATIVES = frozenset({"عم", "عمت", "خال", "خالت", "شقيق", "شقيقت", "اخي", "اخت", "ابن", "ابنت", "زوج", "زوجت"})
# Plural relatives as written before a pronoun suffix ("أبناؤه", "أبنائه", "أبناءه" fold three ways)
_PLURAL_RELATIVES = frozenset({"اطفال", "ابناو", "ابناي", "ابناء", "بنات", "اشقاو", "اشقاي", "اشقاء", "اخوت",
                               "اخوان", "اولاد", "احفاد", "شقيقات", "اخوات"})
_ARTICLE = "ال"


def _with_suffix(word: str, stems: frozenset[str]) -> bool:
    return any(word.endswith(s) and word[: -len(s)] in stems for s in _SUFFIXES)


def plural_relatives(word: str) -> bool:
    """Whether a folded word is a plural relative with a pronoun ("أشقائه", his brothers; "أطفالها")."""
    return _with_suffix(word, _PLURAL_RELATIVES)


def joined_relatives(word_at: Callable[[int], Optional[tuple[str, int]]], pos: int,
                     numbers: Mapping[str, int]) -> Optional[tuple[int, int]]:
    """(people, end) of the relatives written at `pos`, right after a joined "و": one for a relative in construct
    with a relative ("ابن عمه"), the number for a plural relative before a definite number ("أطفالها الثلاثة",
    "بناتها الأربع"); None for anything else. `word_at` gives the folded word at a position and its end."""
    first = word_at(pos)
    if first is None:
        return None
    second = word_at(first[1])
    if second is None:
        return None
    if first[0] in _CONSTRUCT_HEADS and _with_suffix(second[0], _RELATIVES):
        return 1, second[1]
    if plural_relatives(first[0]) and second[0].startswith(_ARTICLE) and second[0][2:] in numbers:
        return numbers[second[0][2:]], second[1]
    return None
