"""The noun a number word counts is no place: "هدمت الجرافات ثلاثة مساكن" (three dwellings, not Tunisia's
Msaken), "عدة مخافر" (several police posts).

Arabic puts the counted noun straight after the numbers three to ten, and after "عدة" (several), "عشرات"
(dozens of), "مئات" (hundreds of), "آلاف" (thousands of): a town does not stand there, since a town is not
counted. Many plurals of the things reports destroy or seize are spelt as some small place abroad, so the
word after a number is dropped as a name whatever it spells, unless a settlement word or a preposition
cued it. Only the number written as a word counts: digits also open dates ("٣ حزيران") and datelines.

The noun follows its number directly: a full stop, comma or bracket between them ends the number's phrase ("قتل
خمسة. حلب ..."), and a name read with "و" peeled off opens a new conjunct ("على حلب ثلاثة وحماة خمسة"), so neither
is counted. Nor is a city of a hundred thousand people or more: the plurals this rule is for spell small places,
and a number before a big city's name is a toll written without its preposition ("قتل سبعة بنغازي").
"""
from __future__ import annotations

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import Token

# folded (ة written ه, hamzas on alef dropped); the feminine and masculine forms of three to ten, and the words
# of an unstated count. "الخمس" (Khoms) carries the article and is not matched.
_COUNTING = frozenset({
    "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه", "ثمان",
    "تسع", "تسعه", "عشر", "عشره", "عده", "عشرات", "مئات", "الاف", "بضع", "بضعه",
})


# no counted plural spells a city this big (the largest such namesake, Msaken, has under 90,000)
_CITY_POPULATION = 100_000


def counted_by_number(text: str, tokens: list[Token], i: int, norm: str, candidates: list[Candidate]) -> bool:
    """Whether token `i`, read as the name `norm`, follows a number word (alone or after "و") with one space
    between, as the noun it counts."""
    if i < 1 or text[tokens[i - 1].end : tokens[i].start] != " ":
        return False
    if tokens[i].norm[:1] == "و" and not norm.startswith("و"):
        return False  # "وحماة": "and Hama", the conjunct after a count, no noun of it
    if any(c.population >= _CITY_POPULATION for c in candidates):
        return False
    before = tokens[i - 1].norm
    return before in _COUNTING or (before[:1] == "و" and before[1:] in _COUNTING)


def counts_the_next_word(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token `i` is itself a number word without the article (maybe after "و" or "ب"), with one space and
    an Arabic word after it: the number of what follows ("بقوة خمس درجات", five degrees), never the town some
    number word spells with the article (Libya's "الخمس", Al Khums)."""
    if i + 1 >= len(tokens) or text[tokens[i].end : tokens[i + 1].start] != " " \
            or not any("\u0600" <= ch <= "\u06ff" for ch in tokens[i + 1].norm):
        return False
    norm = tokens[i].norm
    return norm in _COUNTING or (norm[:1] in "وب" and norm[1:] in _COUNTING)
