"""The noun a number word counts is no place: "هدمت الجرافات ثلاثة مساكن" (three dwellings, not Tunisia's
Msaken), "عدة مخافر" (several police posts).

Arabic puts the counted noun straight after the numbers three to ten, and after "عدة" (several), "عشرات"
(dozens of), "مئات" (hundreds of), "آلاف" (thousands of): a town does not stand there, since a town is not
counted. Many plurals of the things reports destroy or seize are spelt as some small place abroad, so the
word after a number is dropped as a name whatever it spells, unless a settlement word or a preposition
cued it. Only the number written as a word counts: digits also open dates ("٣ حزيران") and datelines.
"""
from __future__ import annotations

from eventwatch.geo.normalise import Token

# folded (ة written ه, hamzas on alef dropped); the feminine and masculine forms of three to ten, and the words
# of an unstated count. "الخمس" (Khoms) carries the article and is not matched.
_COUNTING = frozenset({
    "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه", "ثمان",
    "تسع", "تسعه", "عشر", "عشره", "عده", "عشرات", "مئات", "الاف", "بضع", "بضعه",
})


def counted_by_number(tokens: list[Token], i: int) -> bool:
    """Whether token `i` follows a number word (alone or after "و"), as the noun it counts."""
    if i < 1:
        return False
    before = tokens[i - 1].norm
    return before in _COUNTING or (before[:1] == "و" and before[1:] in _COUNTING)
