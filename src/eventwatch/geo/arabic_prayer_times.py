"""A prayer's name after a word of prayer or time is the prayer's hour, not the country that shares its name.

Arabic names Morocco "المغرب", the word for the sunset prayer and its hour. Reports date incidents by the prayers
("بعد صلاة المغرب" after the sunset prayer, "قبيل المغرب" shortly before sunset, "عند أذان المغرب" at its call) as
often as they name the country ("في المغرب", "إلى المغرب", "شمال المغرب"). Written right after a word of prayer or
time (`prayer_heads` of data/gazetteer/arabic_report_words.yaml), with nothing between, the word is the prayer;
after anything else it is left to the gazetteer, whose Arabic names hold the country.
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_base


def prayer_hour(tokens: list[Token], i: int, text: str, words: ArabicReportWords) -> bool:
    """Whether the one-word name at token i is a prayer's name (`prayer_names`: "المغرب", no clitic on it) written
    right after a word of prayer or time ("صلاة المغرب", "بعد المغرب"), so the prayer or its hour."""
    if i == 0 or arabic_base(tokens[i].norm) not in words.prayer_names or not tokens[i].norm.startswith(ARABIC_ARTICLE):
        return False
    if text[tokens[i - 1].end : tokens[i].start].strip():
        return False
    before = tokens[i - 1].norm
    return arabic_base(before) in words.prayer_heads or arabic_base(before[1:]) in words.prayer_heads \
        and before[:1] in "وف"
