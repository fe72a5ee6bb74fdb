"""A day of the Hijri calendar, as Yemeni, Saudi and Gulf reports date events ("يوم ٢٠ ذي القعدة ١٤٤٥هـ").

Many such reports give the Gregorian day beside it ("الموافق ٣٠ مايو ٢٠٢٤م") or a weekday, which are read first;
some give the Hijri day alone, and the event would otherwise take the publication day. The day is converted with
the arithmetic (tabular) Islamic calendar, which matches the Umm al-Qura calendar the Gulf uses on most days and
is a day off on some: a day's precision, as near as the report's own calendar allows without tables.

Only a day, a month and a Hijri year of four figures are read (the year then "هـ" or in 1300-1499): "صفر" is also
zero and "رمضان" a man's name, so a month word alone dates nothing. A year past the Hijri calendar's reach (a slip,
"٩٩٩٠هـ") dates nothing either, rather than fail the report. The Gulf's reports add a month's epithet ("محرم
الحرام", "رمضان المبارك") between the month and the year; a day written in figures with a Hijri year
("10/1/1446هـ") is a Hijri day too.

A weekday written beside the day ("يوم الخميس ٢٢ ذي القعدة") settles the day's drift: of the tabular day and the
days before and after it, the one on that weekday (`on_weekday`). The weekday only chooses among those three, and
a weekday elsewhere in the sentence (a funeral's, a prayer's) moves nothing.
"""
from __future__ import annotations

import math
import re
from datetime import date, timedelta
from typing import Iterator, Optional

from eventwatch.extract.arabic_lexicon import fold

# The months in order, folded as `fold` folds text (hamzas on alef dropped, ى written ي, ة written ه), with the
# forms reports write: "ذو" or "ذي" (in the genitive), the first or second Rabi and Jumada by either word.
_MONTHS: dict[str, int] = {fold(name): number for number, names in enumerate((
    ("محرم",),
    ("صفر",),
    ("ربيع الأول", "ربيع الاول"),
    ("ربيع الآخر", "ربيع الثاني"),
    ("جمادى الأولى", "جمادى الأول", "جمادى الاولى"),
    ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"),
    ("رجب",),
    ("شعبان",),
    ("رمضان",),
    ("شوال",),
    ("ذو القعدة", "ذي القعدة"),
    ("ذو الحجة", "ذي الحجة"),
), start=1) for name in names}

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# the epithets the months are honoured by, folded ("محرم الحرام", "رمضان المبارك", "شعبان المعظم", "رجب الفرد")
_EPITHETS = "|".join(re.escape(fold(e)) for e in ("الحرام", "المبارك", "المعظم", "الفرد", "الخير", "المكرم"))
# "هـ" or "ه" after the year, where it stands (the space before it goes with it: the span ends at the year)
_SUFFIX = r"(?:\s*(هـ|ه(?![\u0621-\u064a])))?"
# the day, the month (maybe after "من" or "شهر") and its epithet, the year, and "هـ" or "ه" after it
_HIJRI_DAY = re.compile(rf"(?<![0-9٠-٩])([0-9٠-٩]{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})\s+"
                        rf"(?:(?:{_EPITHETS})\s+)?(?:عام\s+|سنه\s+)?([0-9٠-٩]{{4}}){_SUFFIX}")
# a day in figures, day first ("10/1/1446هـ", "١٠-١-١٤٤٦"), as `arabic_events._NUMERIC_DAY` reads a Gregorian one
_HIJRI_FIGURES = re.compile(rf"(?<![0-9٠-٩/-])([0-9٠-٩]{{1,2}})[-/]([0-9٠-٩]{{1,2}})[-/]([0-9٠-٩]{{4}})"
                            rf"(?![0-9٠-٩/-]){_SUFFIX}")
# the Hijri centuries of modern reports, where a year is written without "هـ"
_HIJRI_YEARS = range(1300, 1500)
# the years any report may date an event by with "هـ": none before the first Hijri millennium's reports, none
# after the calendar's coming centuries (`date` ends in Gregorian 9999, Hijri about 9666)
_MARKED_YEARS = range(1000, 1600)
# the Julian day of the tabular calendar's epoch, less the day before it (1 Muharram 1 AH is day one)
_EPOCH = 1948439.5 - 1
# the Julian day of the proleptic Gregorian calendar's day zero, as `date.fromordinal` counts
_ORDINAL_ZERO = 1721424.5


def hijri_to_gregorian(year: int, month: int, day: int) -> Optional[date]:
    """The Gregorian day of a tabular Hijri day; None outside days 1 to 30.

    A 30th of a month the table gives 29 days comes out as the next month's first: observed months (sighted
    moons, Umm al-Qura) may have 30 days where the table has 29, and one day off beats losing the date."""
    if not (1 <= year and 1 <= month <= 12 and 1 <= day <= 30):
        return None
    julian = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _EPOCH
    try:
        return date.fromordinal(int(julian - _ORDINAL_ZERO))
    except (ValueError, OverflowError):
        return None  # past the Gregorian years `date` holds


def hijri_days(folded: str) -> Iterator[tuple[date, tuple[int, int], bool]]:
    """Each Hijri day in `folded` (text as `fold` gives it) with its span and whether "هـ" marks its year, in the
    order written."""
    for m in _HIJRI_DAY.finditer(folded):
        year = int(m.group(3).translate(_DIGITS))
        if year not in (_HIJRI_YEARS if m.group(4) is None else _MARKED_YEARS):
            continue
        day = hijri_to_gregorian(year, _MONTHS[m.group(2)], int(m.group(1).translate(_DIGITS)))
        if day is not None:
            yield day, (m.start(), m.end()), m.group(4) is not None


def find_hijri_day(folded: str) -> Optional[tuple[date, tuple[int, int]]]:
    """The first Hijri day in `folded` (text as `fold` gives it) with its span; None where none is written."""
    return next(((day, span) for day, span, _ in hijri_days(folded)), None)


def hijri_figures(folded: str) -> Iterator[tuple[date, tuple[int, int], bool]]:
    """Each day written in figures with a Hijri year ("10/1/1446هـ"; a year in 1300-1499 needs no "هـ": no
    Gregorian report dates an event so) with its span and whether "هـ" marks its year, in the order written."""
    for m in _HIJRI_FIGURES.finditer(folded):
        d, mo, year = (int(g.translate(_DIGITS)) for g in m.groups()[:3])
        if year not in (_HIJRI_YEARS if m.group(4) is None else _MARKED_YEARS):
            continue
        day = hijri_to_gregorian(year, mo, d)
        if day is not None:
            yield day, (m.start(), m.end()), m.group(4) is not None


def find_hijri_figures(folded: str) -> Optional[tuple[date, tuple[int, int]]]:
    """The first day written in figures with a Hijri year and its span; None where none is written. Read before a
    Gregorian day in figures, which would take 1446 for the year of Christ."""
    return next(((day, span) for day, span, _ in hijri_figures(folded)), None)


# Words that tie a date written a few words after them to another thing than the event: a birth ("ولد في",
# "مواليد"), an anniversary or a feast ("في ذكرى معركة جرت في", "عيد الفطر الذي صادف"), a document's date ("بيان
# مؤرخ في", "تعميم صادر في"). Folded, without clitics.
_OTHER_NOUN_WORDS = frozenset(fold(w) for w in (
    "ولد", "ولدت", "مولود", "مولوده", "مواليد", "ذكرى", "الذكرى", "ذكراه", "ذكراها", "عيد", "العيد", "مؤرخ",
    "المؤرخ", "مؤرخة", "المؤرخة", "صادر", "الصادر", "صادرة", "الصادرة", "صدر", "صدرت", "صادف", "يصادف"))
# how many words before the day such a word may stand ("الذكرى السنوية لمعركة وقعت في ١٢ رجب")
_OTHER_NOUN_GAP = 5
_WORDS = re.compile(r"[\u0621-\u064a]+")


def dates_another_noun(folded: str, span: tuple[int, int]) -> bool:
    """Whether the date at `span` of `folded` is tied to another noun than the event's, by a word of
    `_OTHER_NOUN_WORDS` among the few words before it (a clitic و، ب، ل، ف before the word allowed) and no
    sentence's comma or full stop between. Such a date is a birthday's, an anniversary's or a statement's, and a
    relative day the sentence writes ("أمس") dates the event instead."""
    before = _last_words(folded, span[0])
    return any(w in _OTHER_NOUN_WORDS or w[:1] in "وبلف" and w[1:] in _OTHER_NOUN_WORDS for w in before)


# how far before a date `_last_words` first looks, in characters: some words' worth, doubled while too few are there
_LOOK_BACK = 120


def _last_words(folded: str, end: int) -> list[str]:
    """The last `_OTHER_NOUN_GAP` words of `folded` before `end`, after the last comma or full stop before it.

    Read back from `end` over a window that doubles until it holds a word more than wanted (the first may be cut
    by the window's edge), a stop, or the text's start: a report of thousands of dates with no stop between was
    read from its start for each, the square of its length."""
    width = _LOOK_BACK
    while True:
        low = max(0, end - width)
        stop = max(folded.rfind("،", low, end), folded.rfind(".", low, end))
        if stop >= 0 or low == 0:
            return _WORDS.findall(folded, max(stop, 0), end)[-_OTHER_NOUN_GAP:]
        words = _WORDS.findall(folded, low, end)
        if len(words) > _OTHER_NOUN_GAP:
            return words[-_OTHER_NOUN_GAP:]
        width *= 2


# the days a tabular Hijri day may stand from the day the report's calendar (Umm al-Qura, a sighting) gives it
_DRIFT = (0, -1, 1)


def on_weekday(day: date, weekday: int) -> date:
    """Of the tabular `day` and the days before and after it, the one on `weekday` (Monday 0); `day` itself where
    none is: a weekday three days off is a slip, and the written day the firmer."""
    return next((d for d in (day + timedelta(days=k) for k in _DRIFT) if d.weekday() == weekday), day)
