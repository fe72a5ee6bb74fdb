"""Recognise sentences that give background or statistics rather than report an event.

ACLED codes single events, each on a day at a place. Reports also carry cumulative tolls ("more than 90
civilians have been killed since the start of the year"), yearly totals ("in 2019, 1,200 people were
killed") and context ("the aircraft have been bombing the area for weeks"); coded as events they become
false events with inflated tolls. What marks them is a period that runs up to the report (since …, so far,
over the past months, for weeks) told without a day of its own, or a count dated only by its year.
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Optional

from eventwatch.extract.dates import DateMention, find_dates
from eventwatch.model import DATE_PRECISION_DAYS, DATE_PRECISION_YEAR, Sentence

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_SPAN_UNIT = r"(?:weeks|months|years|decades?|year|month)"
_AMOUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|few|the)"
_CONFLICT = r"(?:war|conflict|uprising|revolution|crisis|fighting|offensive|campaign|invasion|occupation|" \
            r"siege|insurgency|hostilities|escalation|protests?|year|month|records)"

# A period that stretches back from the time of the report: what cumulative figures and context are told over.
_PERIOD = re.compile(
    r"\b(?:"
    rf"since\s+(?:the\s+)?(?:start|beginning|outbreak|onset|end)\s+of\s+(?:the\s+)?(?:{_CONFLICT}|{_MONTH}|\d{{4}})"
    rf"|since\s+(?:[\w'’-]+\s+){{0,3}}?{_CONFLICT}\s+(?:began|started|broke\s+out|erupted)"
    rf"|since\s+(?:early\s+|late\s+|mid-?\s*)?{_MONTH}"
    rf"|since\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}"
    rf"|since\s+(?:19|20)\d\d"
    r"|since\s+(?:then|records\s+began)"
    r"|so\s+far(?:\s+(?:this|in)\s+\w+)?|to\s+date|thus\s+far|cumulative(?:ly)?"
    rf"|(?:over|in|during|throughout)\s+the\s+(?:past|last|previous)\s+(?:{_AMOUNT}\s+)?{_SPAN_UNIT}"
    rf"|for\s+(?:{_AMOUNT}\s+)?(?:weeks|months|years)"
    # "twelve years of war have left millions in need": the war's whole span as the subject of a perfect. Not
    # an aside ("a village that has seen decades of violence", "changed hands throughout the war"), which an
    # event sentence may carry.
    r"|(?:years|decades?)\s+of\s+(?:civil\s+)?(?:war|conflict|fighting|violence|insurgency|occupation|siege)"
    r"\s+(?:have|has)"
    r")\b",
    re.I,
)
# A verb in the present perfect ("have been killed", "has documented", "have been bombing").
_PERFECT_TEXT = re.compile(r"\b(?:has|have|had|'ve)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|t|ing)\b", re.I)
_SINCE_BEFORE = re.compile(r"(?:since|from|until|over|throughout)\s+(?:the\s+)?(?:start\s+of\s+|beginning\s+of\s+)?$",
                           re.I)
_TOTAL = re.compile(r"so\s+far|to\s+date|thus\s+far|cumulative", re.I)
_COUNT = re.compile(r"(?<![\w\[])(?!(?:19|20)\d\d\b)\d[\d,.]*\b")  # a figure that is not a year or a footnote
_YEAR_WORDS = re.compile(r"\b(?:19|20)\d\d\b|\b(?:this|last|past|previous)\s+year\b", re.I)
_COUNT_OF_HARM = re.compile(
    r"\b(?:killed|dead|deaths|died|wounded|injured|casualties|victims|detained|arrested|displaced|fled)\b", re.I
)


def background_period(text: str) -> Optional[tuple[int, int]]:
    """The span of the first period that runs up to the report ("since the war began"), or None."""
    m = _PERIOD.search(text)
    return (m.start(), m.end()) if m else None


def present_perfect(text: str, doc: Any = None) -> bool:
    """Does the sentence tell something as a state up to now ("have been killed", "has risen")?"""
    if doc is not None:
        for tok in doc:
            # "have been killed", "has risen", "is thought to have bombed"
            if tok.dep_ == "aux" and tok.lower_ in ("has", "have", "had", "'ve") \
                    and tok.tag_ in ("VBZ", "VBP", "VBD", "VB") and tok.head.tag_ in ("VBN", "VBG"):
                return True
        return False
    return bool(_PERFECT_TEXT.search(text))


def _dated_day(text: str, dates: list[DateMention]) -> bool:
    """Does the sentence give a day (or a few days) of its own that is not the start of a period?"""
    for d in dates:
        if not d.iso or d.reporting or d.future or d.precision > DATE_PRECISION_DAYS:
            continue
        if _SINCE_BEFORE.search(text[:d.start]):
            continue
        return True
    return False


def _year_only(dates: list[DateMention]) -> bool:
    """Is the sentence dated only by a whole year ("in 2019", "last year")?"""
    dates = [d for d in dates if d.iso and not d.reporting and not d.future]
    return bool(dates) and all(d.precision >= DATE_PRECISION_YEAR for d in dates)


def is_background(sentence: Sentence, published_at: Optional[datetime] = None, doc: Any = None) -> bool:
    """True for a cumulative, statistical or context sentence that a coder would not code as an event.

    A sentence that dates something to a day of its own stays an event even when it also mentions a period
    ("shelling on Monday killed five, bringing the toll since 2011 to 300"): the day is the event. A period
    alone is not enough either ("the heaviest shelling since January"): the sentence must tell a state up to
    now (a perfect tense) or call its figure a total.
    """
    text = sentence.text
    period = _PERIOD.search(text)
    # A toll dated only by its year ("in 2019, 1,200 civilians were killed") is a yearly total.
    yearly = bool(_YEAR_WORDS.search(text) and _COUNT_OF_HARM.search(text) and _COUNT.search(text))
    if period is None and not yearly:
        return False  # the common case, decided without reading the dates
    dates = find_dates(sentence, published_at)
    if _dated_day(text, dates):
        return False
    if period is not None and (_TOTAL.match(period.group(0)) or present_perfect(text, doc)):
        return True
    return yearly and _year_only(dates)


def reads_parse(sentence: Sentence, published_at: Optional[datetime] = None) -> bool:
    """Whether `is_background` would read the sentence's parse: only when it names a period up to now, no
    day of its own and no total ("since 2011, thousands have been killed"), to tell a perfect tense.
    Elsewhere the answer is the same with or without a parse, and a sentence kept only for the date it
    lends is not parsed (`extract.mentions.select_candidates`)."""
    text = sentence.text
    period = _PERIOD.search(text)
    if period is None:
        return False
    if _dated_day(text, find_dates(sentence, published_at)):
        return False
    return not _TOTAL.match(period.group(0))
