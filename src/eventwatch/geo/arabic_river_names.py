"""A river's name after a noun of its water or its crossing is the river, not the division named after it.

Sudan's White Nile and Blue Nile states bear their rivers' names ("النيل الأبيض", "النيل الأزرق"), and reports name
both: the state where people flee to or fight in ("نزح الآلاف إلى النيل الأبيض"), the river where a bridge spans it,
a boat sinks in its waters or bodies lie on its banks ("جسر النيل الأبيض", "مياه النيل الأزرق", "ضفاف النيل"). Right
after such a noun (`water_nouns` of data/gazetteer/arabic_report_words.yaml) a name opening with a river's word
(`river_words`: "نيل") is the river the noun belongs to, and the report's place is the town it then names ("جسر
النيل الأبيض في مدينة كوستي"), as it was before the states' names were read uncued.
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.normalise import Token, arabic_base, arabic_candidates


def river_of_noun(tokens: list[Token], i: int, j: int, text: str, words: ArabicReportWords) -> bool:
    """Whether the name of tokens i..j opens with a river's word ("النيل") and a noun of water or crossing is
    written right before it ("جسر", "مياه", "ضفاف"; a joined preposition allowed: "بمياه")."""
    if i == 0 or j <= i or arabic_base(tokens[i].norm) not in words.river_words:
        return False
    if text[tokens[i - 1].end : tokens[i].start].strip():
        return False
    return any(arabic_base(r) in words.water_nouns for r in arabic_candidates(tokens[i - 1].norm))
