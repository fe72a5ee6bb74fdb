"""A long Arabic report's date is read in time proportional to its length, as it was read before.

1. The weekday beside a Hijri day (`arabic_events._weekday_beside`) reads at most one word more than the most
   allowed between each weekday and the day, and finds the first word after the day once: a report of thousands
   of weekdays before its date read each weekday's whole way to it.
2. The words before a date that may tie it to another noun (`hijri_dates.dates_another_noun`) are read back from
   the date over a window that grows until it holds enough words, a stop or the text's start: a report of
   thousands of dates without a stop read from its start for each.

Both give what the plain readings written out below give, over invented texts of every shape the steps care
about; the timing spec takes the best of two tries and allows eight times the time for five times the text.
Every text is invented.
"""
from __future__ import annotations

import random
import re
import time
from datetime import datetime
from typing import Optional

from eventwatch.extract.arabic_events import _GAP_WORD, _WEEKDAY_LINKS, _weekday_beside, find_arabic_date
from eventwatch.extract.arabic_lexicon import load_arabic_lexicon
from eventwatch.extract.hijri_dates import _last_words
from eventwatch.model import Sentence

_WORDS = re.compile(r"[\u0621-\u064a]+")
_PIECES = ["الخميس", "الجمعه", "السبت", "يوم", "في", "الموافق", "قتل", "ولد", "وولد", "ذكرى", "مساء", " ", " ",
           "، ", ".", "٢٠", "12", "x", "abc def ", "ب", "\n"]


def _plain_last_words(folded: str, end: int) -> list[str]:
    start = max(folded.rfind("،", 0, end), folded.rfind(".", 0, end), 0)
    return _WORDS.findall(folded, start, end)[-5:]


def _plain_weekday_beside(text: str, span: tuple[int, int], lex) -> Optional[int]:
    days = "|".join(re.escape(d) for d in lex.weekdays)
    for m in re.finditer(rf"(?<![\u0621-\u064a])({days})(?![\u0621-\u064a])", text):
        between = _GAP_WORD.findall(text, m.end(), span[0]) if m.end() <= span[0] else None
        if between is not None and len(between) <= 2 and all(w in _WEEKDAY_LINKS for w in between) \
                or m.start() >= span[1] and not _GAP_WORD.search(text, span[1], m.start()):
            return lex.weekdays[m.group(1)]
    return None


def _texts(n: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        text = "".join(rng.choice(_PIECES) + (" " if rng.random() < 0.6 else "") for _ in range(rng.randint(1, 90)))
        a = rng.randint(0, len(text))
        yield text, a, rng.randint(a, len(text))


def test_the_words_before_a_date_are_those_read_from_the_last_stop():
    for text, end, _ in _texts(20000, 1):
        assert _last_words(text, end) == _plain_last_words(text, end), (text, end)


def test_the_weekday_beside_a_day_is_the_one_a_scan_of_every_weekday_finds():
    lex = load_arabic_lexicon()
    for text, start, end in _texts(20000, 2):
        assert _weekday_beside(text, (start, end), lex) == _plain_weekday_beside(text, (start, end), lex), text


def test_a_weekday_beside_a_hijri_day_still_settles_its_drift():
    # the tabular day is a Tuesday; the Wednesday written beside it is the day after
    text = "قتل رجل يوم الأربعاء ٢٠ ذي القعدة ١٤٤٥هـ"
    found = find_arabic_date(Sentence(0, len(text), text), datetime(2024, 6, 1, 12))
    assert found is not None and found[0] == "2024-05-29"


def _seconds(text: str) -> float:
    sentence, published = Sentence(0, len(text), text), datetime(2024, 6, 1, 12)
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        find_arabic_date(sentence, published)
        best = min(best, time.perf_counter() - started)
    return best


def test_a_report_of_thousands_of_weekdays_before_its_date_is_dated_in_linear_time():
    # 1,500 weekdays before the day (39 kB) took over a second, and five times as many some thirty times that
    unit, day = "وقال الشهود يوم الخميس ان ", "قتل رجل ٢٠ ذي القعدة ١٤٤٥هـ"
    small = _seconds(unit * 1500 + day)
    large = _seconds(unit * 7500 + day)
    assert large < 8 * small, (small, large)


def test_a_report_of_thousands_of_old_hijri_days_without_a_stop_is_dated_in_linear_time():
    # each old day unmarked by "هـ" is passed over after its words before it are read: 500 such days (20 kB) took
    # a third of a second, read from the text's start for each
    unit, day = "قال الشهود يوم الخميس ١٢ رجب ١٤٠٠ جندي ", "قتل رجل يوم الخميس ٢٠ ذي القعدة ١٤٤٥هـ"
    small = _seconds(unit * 500 + day)
    large = _seconds(unit * 2500 + day)
    assert large < 8 * small, (small, large)
