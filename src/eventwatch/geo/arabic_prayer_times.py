"""A prayer's name beside a word of prayer or time, or beside another prayer, is the prayer's hour, not the country
that shares its name; after a word of a group of lands it is the region, not the country either.

Arabic names Morocco "المغرب", the word for the sunset prayer and its hour. Reports date incidents by the prayers
("بعد صلاة المغرب" after the sunset prayer, "قبيل المغرب" shortly before sunset, "عند أذان المغرب" at its call) as
often as they name the country ("في المغرب", "إلى المغرب", "شمال المغرب"). The word is the prayer when it is written
right after a word of prayer or time (`prayer_heads` of data/gazetteer/arabic_report_words.yaml), a joined
preposition or "and" allowed ("لصلاة المغرب" for the sunset prayer, "وبعد المغرب"); when "and" joins it to another
prayer (`prayer_partners`: "المغرب والعشاء", "الظهر والمغرب"), which no country's name is; and when a span of hours
runs from it to another prayer ("من المغرب حتى الفجر", `prayer_until`). "بين المغرب والجزائر" (between Morocco and
Algeria) stays the country: only a prayer beside it makes "بين" a span of hours.

The same word names the Maghreb, the lands of north-west Africa, after a word of a group of lands (`region_heads`:
"دول المغرب" the Maghreb's states, "بلاد المغرب"): no one country is meant there, so the name is no place of its own.
After any other word, a preposition of place above all, the name is left to the gazetteer, whose Arabic names hold
the country.
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_base, arabic_candidates


def _adjacent(tokens: list[Token], a: int, b: int, text: str) -> bool:
    """Whether tokens a and b (a < b, both in range) are written one after the other with only spaces between."""
    return 0 <= a and b < len(tokens) and not text[tokens[a].end : tokens[b].start].strip()


def _prayer_name(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded token is a prayer's name with its article and no clitic ("المغرب", not "بالمغرب")."""
    return norm.startswith(ARABIC_ARTICLE) and arabic_base(norm) in words.prayer_names


def _partner(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded token is another prayer with its article ("العشاء", "الفجر")."""
    return norm.startswith(ARABIC_ARTICLE) and arabic_base(norm) in words.prayer_partners


def prayer_hour(tokens: list[Token], i: int, text: str, words: ArabicReportWords) -> bool:
    """Whether the one-word name at token i is a prayer's name (`prayer_names`: "المغرب") meant as the prayer or
    its hour: right after a word of prayer or time ("صلاة المغرب", "لصلاة المغرب", "عقب المغرب"), joined by "and"
    to another prayer ("المغرب والعشاء", "الظهر والمغرب"), or opening a span of hours to another ("من المغرب حتى
    الفجر")."""
    norm = tokens[i].norm
    joined = norm.startswith("و" + ARABIC_ARTICLE)
    if not _prayer_name(norm[1:] if joined else norm, words):
        return False
    if joined:  # "الظهر والمغرب": a prayer before it
        return _adjacent(tokens, i - 1, i, text) and _partner(tokens[i - 1].norm, words)
    if _adjacent(tokens, i - 1, i, text) and any(
            c in words.prayer_heads for c in arabic_candidates(tokens[i - 1].norm)):
        return True
    if _adjacent(tokens, i, i + 1, text):
        after = tokens[i + 1].norm
        if after.startswith("و" + ARABIC_ARTICLE) and _partner(after[1:], words):
            return True  # "المغرب والعشاء"
        if arabic_base(after) in words.prayer_until and _adjacent(tokens, i + 1, i + 2, text):
            return _partner(tokens[i + 2].norm, words)  # "المغرب حتى الفجر"
    return False


def region_of_lands(tokens: list[Token], i: int, text: str, words: ArabicReportWords) -> bool:
    """Whether the one-word name at token i is a prayer's name ("المغرب") right after a word of a group of lands
    (`region_heads`: "دول المغرب", "بلاد المغرب"), so the Maghreb region, no one country."""
    return _prayer_name(tokens[i].norm, words) and _adjacent(tokens, i - 1, i, text) \
        and arabic_base(tokens[i - 1].norm) in words.region_heads
