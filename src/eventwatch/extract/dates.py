"""When an event happened, read from one sentence against the report's publication date.

Reports date events relative to themselves: "yesterday", "on Tuesday", "last week", "earlier this month".
Every expression is resolved against `published_at` and given a UCDP date precision (1 exact day,
2 within 2-6 days, 3 a week, 4 a month, 5 a year or longer). Explicit dates are parsed with dateparser
(always with `languages`, never guessing the language); relative words are resolved here, because their
precision matters as much as their day.

Decisions:
* a period is dated by its first day ("last week" is the Monday of last week, "in January 2020" is
  2020-01-01) and its length is carried by the precision;
* "on Tuesday" is the most recent Tuesday on or before publication; "last Tuesday" is strictly before it;
* a day and month without a year ("Jan. 30") take the most recent such day on or before publication;
* "since December" starts the period in December; its precision follows the length up to publication;
* a date bound to the act of reporting ("said on Monday", "told AFP on Monday", "in a statement on
  Monday") dates the statement, not the event, and is not an event date;
* future expressions ("tomorrow", "next week") are not event dates.
"""
from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Optional

from eventwatch.model import (
    DATE_PRECISION_DAY,
    DATE_PRECISION_DAYS,
    DATE_PRECISION_MONTH,
    DATE_PRECISION_WEEK,
    DATE_PRECISION_YEAR,
    Evidence,
    Sentence,
)

LANGUAGES = ["en"]

_MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12}
# Month names must be capitalised: "may" is a modal verb, "march" a verb.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![a-z]))"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|dawn|noon))?"
_SEASON = r"(?:early|late|mid|mid-|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+summer\s+of|" \
          r"the\s+spring\s+of|the\s+winter\s+of|the\s+autumn\s+of|summer|spring|winter|autumn|fall)"

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 2, "few": 2, "couple of": 2,
                 "a couple of": 2}
_COUNT = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of)"


@dataclass
class DateMention:
    """A temporal expression in a sentence (offsets relative to the sentence) and what it resolves to."""

    start: int
    end: int
    text: str
    iso: Optional[str]
    precision: int
    reporting: bool = False  # dates the statement ("said on Monday"), not the event
    future: bool = False


# (pattern, kind) in priority order: the longer, more explicit forms first.
_PATTERNS: list[tuple[str, str]] = [
    (rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})", "dmy"),
    (rf"(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})", "mdy"),
    (r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)", "iso"),
    (rf"(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>{_YEAR}|\d\d)(?![\d/]|\.\d)", "numeric"),
    (rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH})(?!\s*,?\s*\d)", "dm"),
    (rf"(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?!\d)(?!\s*,?\s*{_YEAR})", "md"),
    (rf"(?:(?P<since>(?i:since|from))\s+)?(?:(?i:{_SEASON})\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})", "my"),
    (rf"(?:(?P<since>(?i:since|from))\s+|(?P<last>(?i:last))\s+|(?i:in|during|on|until|by|of|throughout|this)\s+)"
     rf"(?:(?i:{_SEASON})\s+)?(?P<m>{_MONTH})(?!\.?\s+\d)", "m"),
    (rf"(?:(?P<since>since)\s+|(?:in|during|of|by|until|throughout|early|late|mid|for)\s+)(?:{_SEASON}\s+)?"
     rf"(?P<y>{_YEAR})(?!\s*(?:people|civilians|persons|of|and\s+\d))", "y"),
    (r"(?:the\s+)?day\s+before\s+yesterday", "rel:-2"),
    (rf"(?:(?i:on|early|late)\s+)?(?:(?P<last>(?i:last|this\s+past))\s+)?(?P<w>{_WEEKDAY})(?:'s)?(?i:{_PART_OF_DAY})",
     "weekday"),
    (rf"(?:earlier\s+)?(?:today|this\s+(?:morning|afternoon|evening)|tonight)", "rel:0"),
    (r"(?:late\s+|early\s+)?(?:yesterday|last\s+night|overnight)(?:\s+(?:morning|afternoon|evening))?", "rel:-1"),
    (rf"(?P<n>{_COUNT})\s+days?\s+ago", "days_ago"),
    (rf"(?P<n>{_COUNT})\s+weeks?\s+ago", "weeks_ago"),
    (rf"(?P<n>{_COUNT})\s+months?\s+ago", "months_ago"),
    (r"(?:in\s+recent\s+days|in\s+the\s+(?:past|last)\s+(?:few\s+|couple\s+of\s+)?days|"
     r"over\s+the\s+(?:past|last)\s+(?:few\s+|couple\s+of\s+)?days)", "recent_days"),
    (r"last\s+weekend|this\s+past\s+weekend|over\s+the\s+weekend|at\s+the\s+weekend", "weekend"),
    (r"(?:earlier\s+)?this\s+week", "this_week"),
    (r"last\s+week|the\s+(?:past|previous)\s+week|over\s+the\s+(?:past|last)\s+week", "last_week"),
    (r"(?:earlier\s+)?this\s+month", "this_month"),
    (r"last\s+month|the\s+(?:past|previous)\s+month", "last_month"),
    (r"(?:earlier\s+)?this\s+year", "this_year"),
    (r"last\s+year|the\s+(?:past|previous)\s+year", "last_year"),
    (r"tomorrow|next\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
     r"later\s+this\s+(?:week|month|year)", "future"),
]
_COMPILED = [
    (re.compile(rf"(?<![\w-])(?:{p})(?![\w])", 0 if k in ("dmy", "mdy", "dm", "md", "my", "m", "weekday") else re.I), k)
    for p, k in _PATTERNS
]
# What every match of a kind must contain: one of these lower-case words, or (_DIGIT) a digit. Most sentences
# hold no temporal expression at all, so checking these few words first spares most of the 26 scans above.
# A new pattern needs its entry here (a kind without one is always scanned).
_DIGIT = "\\d"
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NEEDS: dict[str, tuple[str, ...]] = {
    "dmy": _MONTH_STEMS, "mdy": _MONTH_STEMS, "dm": _MONTH_STEMS, "md": _MONTH_STEMS, "my": _MONTH_STEMS,
    "m": _MONTH_STEMS, "iso": (_DIGIT,), "numeric": (_DIGIT,), "y": (_DIGIT,), "rel:-2": ("yesterday",),
    "weekday": ("day",), "rel:0": ("today", "this", "tonight"), "rel:-1": ("yesterday", "last", "overnight"),
    "days_ago": ("ago",), "weeks_ago": ("ago",), "months_ago": ("ago",), "recent_days": ("days",),
    "weekend": ("weekend",), "this_week": ("week",), "last_week": ("week",), "this_month": ("month",),
    "last_month": ("month",), "this_year": ("year",), "last_year": ("year",), "future": ("tomorrow", "next", "later"),
}
_ANY_DIGIT = re.compile(r"\d")  # the same class as the patterns' \d (any Unicode decimal digit)
# The only non-ASCII characters that a case-insensitive pattern matches to an ASCII letter (found by testing
# every code point against re.I): folded before the word check so it never misses what a pattern would find.
_IGNORECASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


# Each required word is looked for once per text, however many kinds need it (six kinds need a month).
_NEEDED_WORDS = tuple(sorted({word for needs in _NEEDS.values() for word in needs if word != _DIGIT}))


def _possible_kinds(text: str) -> set[str]:
    """The kinds whose required words occur in `text`: only their patterns can match."""
    folded = text.translate(_IGNORECASE_TWINS).lower()
    present = {word for word in _NEEDED_WORDS if word in folded}
    if _ANY_DIGIT.search(text) is not None:
        present.add(_DIGIT)
    return {kind for kind, needs in _NEEDS.items() if not present.isdisjoint(needs)}
# The evidence is the temporal expression itself: "2019", not "in 2019" ("since" is kept in the reading).
_LEADING_PREPOSITION = re.compile(r"(?:(?:in|on|of|during|since|from|by|until|throughout|for|the)\s+)+", re.I)
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|stated|announced|reported|reports|added|declared|confirmed|tweeted|posted|"
    r"wrote|statement|published|issued|released|press\s+conference|briefing|interview|report|"
    r"denied|denies|rejected|rejects|refuted|dismissed|condemned|claimed|accused|warned)\b"
    r"(?:\s+(?!(?:that|the\s+attack|an?\s)\b)[\w'’.-]+){0,4}?\s*,?\s*$",
    re.I,
)


def find_dates(sentence: Sentence, published_at: Optional[datetime]) -> list[DateMention]:
    """Every temporal expression in the sentence, resolved where the publication date allows.

    The pipeline asks about the same sentence up to four times (candidate selection, the background test
    and the event date, with and without a parse), and the answer depends on nothing but the text and the
    publication day, so the last few hundred answers are remembered; each caller gets its own copies."""
    pub = published_at.date() if isinstance(published_at, datetime) else published_at
    return [copy(d) for d in _dates_in(sentence.text, pub)]


@lru_cache(maxsize=512)  # a batch's candidate sentences (`batch.CHUNK` documents), as `cues.CueFinder` keeps
def _dates_in(text: str, pub: Optional[date]) -> tuple[DateMention, ...]:
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    possible = _possible_kinds(text)
    for rx, kind in _COMPILED:
        if kind not in possible and kind in _NEEDS:
            continue
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            resolved = _resolve(m, kind, pub)
            if resolved is None and kind != "future":
                continue
            iso, precision = resolved if resolved else (None, DATE_PRECISION_DAY)
            taken.append((m.start(), m.end()))
            lead = _LEADING_PREPOSITION.match(m.group(0))
            start = m.start() + (lead.end() if lead else 0)
            out.append(DateMention(
                start=start, end=m.end(), text=text[start:m.end()], iso=iso, precision=precision,
                reporting=bool(_REPORTING.search(text[max(0, m.start() - 60):m.start()])),
                future=kind == "future",
            ))
    return tuple(sorted(out, key=lambda d: d.start))


def find_event_date(
    sentence: Sentence, published_at: Optional[datetime], *, document_id: str = ""
) -> Optional[tuple[str, int, Evidence]]:
    """The event date a sentence gives: `(ISO date, UCDP precision, evidence)`, or None.

    Of several dates the most precise wins, then the first; dates of statements and future dates never do.
    """
    candidates = [d for d in find_dates(sentence, published_at) if d.iso and not d.reporting and not d.future]
    if not candidates:
        return None
    best = min(candidates, key=lambda d: (d.precision, d.start))
    evidence = Evidence(
        document_id=document_id,
        field="date",
        text=best.text,
        start=sentence.start + best.start,
        end=sentence.start + best.end,
        sentence=sentence.text,
        sentence_start=sentence.start,
    )
    return best.iso, best.precision, evidence


# --- resolution ----------------------------------------------------------------------------------------


def _resolve(m: re.Match, kind: str, pub: Optional[date]) -> Optional[tuple[str, int]]:
    g = m.groupdict()
    if kind in ("dmy", "mdy", "iso"):
        d = _parse_explicit(m.group(0), pub)
        return (d.isoformat(), DATE_PRECISION_DAY) if d else None
    if kind == "numeric":
        return _numeric(g["a"], g["b"], g["y"])
    if kind in ("dm", "md"):
        if pub is None:
            return None
        d = _parse_explicit(m.group(0), pub)
        return (d.isoformat(), DATE_PRECISION_DAY) if d else None
    if kind == "my":
        month, year = _month_number(g["m"]), int(g["y"])
        start = date(year, month, 1)
        return _since(start, pub, DATE_PRECISION_MONTH) if g.get("since") else (start.isoformat(), DATE_PRECISION_MONTH)
    if kind == "m":
        if pub is None:
            return None
        month = _month_number(g["m"])
        year = pub.year if month <= pub.month else pub.year - 1
        if g.get("last") and month == pub.month:
            year -= 1
        start = date(year, month, 1)
        return _since(start, pub, DATE_PRECISION_MONTH) if g.get("since") else (start.isoformat(), DATE_PRECISION_MONTH)
    if kind == "y":
        start = date(int(g["y"]), 1, 1)
        if pub is not None and start.year > pub.year:
            return None
        return _since(start, pub, DATE_PRECISION_YEAR) if g.get("since") else (start.isoformat(), DATE_PRECISION_YEAR)
    if kind == "future" or pub is None:
        return None
    if kind.startswith("rel:"):
        return (pub + timedelta(days=int(kind[4:]))).isoformat(), DATE_PRECISION_DAY
    if kind == "weekday":
        target = _WEEKDAYS.index(g["w"].lower())
        back = (pub.weekday() - target) % 7
        if g.get("last") and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat(), DATE_PRECISION_DAY
    n = _count(g.get("n"))
    if kind == "days_ago":
        return (pub - timedelta(days=n)).isoformat(), DATE_PRECISION_DAY if n <= 2 else DATE_PRECISION_DAYS
    if kind == "weeks_ago":
        return (pub - timedelta(weeks=n)).isoformat(), DATE_PRECISION_WEEK
    if kind == "months_ago":
        y, mo = pub.year, pub.month - n
        while mo < 1:
            y, mo = y - 1, mo + 12
        return date(y, mo, 1).isoformat(), DATE_PRECISION_MONTH
    if kind == "recent_days":
        return (pub - timedelta(days=6)).isoformat(), DATE_PRECISION_DAYS
    if kind == "weekend":
        back = (pub.weekday() - 5) % 7 or 7  # the Saturday before publication
        return (pub - timedelta(days=back)).isoformat(), DATE_PRECISION_DAYS
    monday = pub - timedelta(days=pub.weekday())
    if kind == "this_week":
        return monday.isoformat(), DATE_PRECISION_WEEK
    if kind == "last_week":
        return (monday - timedelta(days=7)).isoformat(), DATE_PRECISION_WEEK
    if kind == "this_month":
        return date(pub.year, pub.month, 1).isoformat(), DATE_PRECISION_MONTH
    if kind == "last_month":
        y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return date(y, mo, 1).isoformat(), DATE_PRECISION_MONTH
    if kind == "this_year":
        return date(pub.year, 1, 1).isoformat(), DATE_PRECISION_YEAR
    if kind == "last_year":
        return date(pub.year - 1, 1, 1).isoformat(), DATE_PRECISION_YEAR
    return None


def _dateparser_settings(pub: Optional[date]) -> dict[str, Any]:
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                "REQUIRE_PARTS": ["day", "month"]}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day, 23, 59)
    return settings


def warm_up() -> None:
    """Import dateparser and load its data for our languages now (about 0.2 s), in a process's start-up,
    not inside the first document that holds an explicit date. Parses a fixed date outside the remembered
    answers, so nothing any document gets depends on it."""
    import dateparser

    dateparser.parse("1 January 2000", languages=LANGUAGES, settings=_dateparser_settings(None))


@lru_cache(maxsize=4096)
def _parse_explicit(text: str, pub: Optional[date]) -> Optional[date]:
    """Remembered per (text, publication date): dateparser costs about a millisecond a call, and a report
    repeats its dates (headline and body), as do reports of the same day. Without `pub` only a full date
    (with its year) is ever parsed here, so the answer never depends on today's date."""
    import dateparser  # imported here: loading its data costs about a second, only pay it when needed

    cleaned = re.sub(r"\b(?:the|of)\b", " ", text)
    parsed = dateparser.parse(cleaned, languages=LANGUAGES, settings=_dateparser_settings(pub))
    if parsed is None:
        return None
    d = parsed.date()
    if pub is not None and d > pub and not re.search(_YEAR, text):
        d = d.replace(year=d.year - 1)  # a day and month in the future of the report: last year's
    return d


def _numeric(a: str, b: str, y: str) -> Optional[tuple[str, int]]:
    first, second = int(a), int(b)
    year = int(y) if len(y) == 4 else 2000 + int(y)
    day, month = (first, second) if second <= 12 else (second, first)
    try:
        return date(year, month, day).isoformat(), DATE_PRECISION_DAY
    except ValueError:
        return None


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTH_NAMES.get(key) or _MONTH_ABBR[key]


def _since(start: date, pub: Optional[date], floor: int) -> tuple[str, int]:
    """A period from `start` to publication: its precision follows its length."""
    if pub is None:
        return start.isoformat(), floor
    days = (pub - start).days
    if days <= 1:
        precision = DATE_PRECISION_DAY
    elif days <= 6:
        precision = DATE_PRECISION_DAYS
    elif days <= 7:
        precision = DATE_PRECISION_WEEK
    elif days <= 31:
        precision = DATE_PRECISION_MONTH
    else:
        precision = DATE_PRECISION_YEAR
    return start.isoformat(), max(precision, min(floor, DATE_PRECISION_MONTH))


def _count(word: Optional[str]) -> int:
    if not word:
        return 1
    word = re.sub(r"\s+", " ", word.lower())
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)
