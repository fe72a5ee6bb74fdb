"""A noun of pretext joined to "ب" before what it names is "on the pretext of", not "in" a town of that name.

Arabic writes "on the pretext of" as "ب" joined to "حجة" (or "ذريعة"): "هدمت الجرافات منزلين بحجة البناء دون
ترخيص" (bulldozers demolished two houses on the pretext of building without a permit), "اعتقلت القوات شابين بحجة
أنهما مطلوبان" (on the pretext that they were wanted). Peeled of its "ب", "حجة" is Yemen's Hajjah (and a West Bank
village), so the idiom read as "in Hajjah" and pulled a Palestinian report's event to Yemen or to the wrong village.
The noun is the idiom when the word right after it opens what the pretext is (`pretext_openers`: "أن" that, "عدم"
the lack of) or is a definite noun that is no word of time ("بحجة الأسبوع الماضي" stays in Hajjah last week) and no
relative adjective ("بحجة اليمنية"). A comma, a compass word, "and", or a preposition after it leaves the town:
"قصف الحوثيون قرى بحجة، وأصيب ..." and "سقطت قذائف بحجة شمالي اليمن" are in Hajjah. So does a definite settlement or
division word ("بحجة المدينة", in Hajjah city; "بحجة المحافظة") or a participle of lying somewhere ("بحجة الواقعة
شمال غرب اليمن", `pretext_keepers`): they say what the town is and where, no pretext.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_base


def _adjacent(tokens: list[Token], a: int, b: int, text: str) -> bool:
    """Whether tokens a and b (a < b) are both in range and written with only spaces between."""
    return 0 <= a and b < len(tokens) and not text[tokens[a].end : tokens[b].start].strip()


# folded prepositions of place a participle of lying somewhere is followed by ("الواقعة في", "الواقعة قرب")
_PLACE_PREPOSITIONS = frozenset(("في", "علي", "قرب", "بالقرب", "بين", "الي", "عند"))
# "on" folded: "المحافظة على" is "preserving", a verbal noun, no governorate
_ON = "علي"


def _says_where(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded token says where something lies: a compass word ("شمال", "شمالي"), a preposition or
    locative of place ("في", "قرب", "على بعد", `firm_locatives`, `locative_nouns`)."""
    base = arabic_base(norm)
    return norm in _PLACE_PREPOSITIONS or base in words.firm_locatives or base in words.locative_nouns \
        or base in words.compass_words or base.endswith("ي") and base[:-1] in words.compass_words


def _opens_the_pretext(norm: str, after: Optional[str], words: ArabicReportWords) -> bool:
    """Whether a folded token may open what a pretext is: a word of `pretext_openers`, or a definite noun that is
    no word of time, no compass word, no relative adjective (its "ي"/"ية" ending), no settlement or division word
    (unless "على" follows it: "بحجة المحافظة على الأمن", on the pretext of preserving security) and no participle of
    lying somewhere (`pretext_keepers`) followed by where (`_says_where`: "الواقعة الأمنية" is the incident).
    `after` is the folded token written right after it, if any."""
    if norm in words.pretext_openers:
        return True
    if not norm.startswith(ARABIC_ARTICLE):
        return False
    base = arabic_base(norm)
    if base in words.settlement_words or base in words.governorate_words or base in words.division_words:
        return after == _ON  # "بحجة المدينة": the town, then what it is; "المحافظة على": preserving
    if base in words.pretext_keepers:
        return after is None or not _says_where(after, words)  # "بحجة الواقعة شمال اليمن": where the town lies
    return base not in words.time_words and base not in words.compass_words and not base.endswith(("ي", "يه"))


def pretext_idiom(tokens: list[Token], i: int, text: str, words: ArabicReportWords) -> bool:
    """Whether the one-word name at token i is "ب" (or "وب") joined to a noun of pretext (`pretext_nouns`: "بحجة")
    right before what the pretext is ("بحجة البناء", "بحجة أن")."""
    norm = tokens[i].norm
    if norm.startswith("وب"):
        norm = norm[1:]
    if not (norm.startswith("ب") and norm[1:] in words.pretext_nouns):
        return False
    after = tokens[i + 2].norm if _adjacent(tokens, i + 1, i + 2, text) else None
    return _adjacent(tokens, i, i + 1, text) and _opens_the_pretext(tokens[i + 1].norm, after, words)
