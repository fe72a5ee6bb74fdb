"""Publication dates from metadata values and from the date lines of scraped pages.

A publication date anchors every relative date in a report ("on Tuesday", "yesterday"), so a wrong one is
worse than none: a header line is taken as a date only when the whole line is a date (with optional weekday,
time, zone and a "Published:"-style prefix), and free values are parsed strictly (day, month and year).
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Optional

_MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
    r"|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th|er)?"
_DATE = (
    rf"(?:{_DAY}\s+(?:{_MONTHS}),?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\s+{_DAY},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    r"|\d{4}/\d{1,2}/\d{1,2})"
)
_TIME = (
    r"(?:\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:gmt|utc|z|eet|eest|ast|cet|cest|est|edt|local time|[+-]\d{2}:?\d{2})?"
    r"(?:\s*\((?:gmt|utc)?\s*[+-]?\d{1,2}(?::\d{2})?\))?)"
)
_PREFIX = (
    r"(?:(?:published|posted|issued|released|updated|last updated|date|dated|created|modified)"
    r"(?:\s+on|\s+at)?\s*[:\-–]?\s*)"
)
_SEP = r"(?:\s*(?:,|\||-|–|—|/|at|à|\u00b7|•)?\s*)"
_DATE_LINE = re.compile(
    rf"^\s*{_PREFIX}?(?:(?:{_WEEKDAYS}),?\s*)?(?:(?P<t1>{_TIME}){_SEP})?(?P<date>{_DATE})"
    rf"(?:T(?P<isot>\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:z|[+-]\d{{2}}:?\d{{2}})?)|{_SEP}(?P<t2>{_TIME}))?"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)

_DATEPARSER_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"}


def _dateparser(value: str, languages: list[str]) -> Optional[datetime]:
    import dateparser

    try:
        return dateparser.parse(value, languages=languages, settings=dict(_DATEPARSER_SETTINGS))
    except (ValueError, OverflowError, TypeError):  # dateparser raises these on odd input
        return None


def parse_datetime(value: object, languages: tuple[str, ...] = ("en", "fr", "ar")) -> Optional[datetime]:
    """A metadata date value (ISO 8601, RFC 2822, or a written date) → datetime, or None."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 < value < 1e11:  # seconds since the epoch
            return datetime.fromtimestamp(value, tz=timezone.utc)
        return None
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 80:
        return None
    iso = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    if re.match(r"^[A-Za-z]{3},\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", value):
        try:
            return parsedate_to_datetime(value)
        except (TypeError, ValueError):
            pass
    if not re.search(r"\d{4}", value):  # a year is required: "Tuesday" is not a publication date
        return None
    return _dateparser(value, list(languages))


def date_line(line: str) -> Optional[datetime]:
    """If the whole line is a date (a page's dateline header), its datetime; else None."""
    if len(line) > 80:
        return None
    m = _DATE_LINE.match(line)
    if not m:
        return None
    date = m.group("date")
    if m.group("isot"):
        return parse_datetime(f"{date}T{m.group('isot')}")
    when = m.group("t2") or m.group("t1") or ""
    value = f"{date} {when}".strip()
    value = re.sub(r"\((?:gmt|utc)?\s*([+-]?\d{1,2}(?::\d{2})?)\)", r"UTC\1", value, flags=re.IGNORECASE)
    value = re.sub(r"\blocal time\b", "", value, flags=re.IGNORECASE).strip()
    parsed = _dateparser(value, ["en", "fr"])
    if parsed is None and when:
        parsed = _dateparser(date, ["en", "fr"])
    return parsed
