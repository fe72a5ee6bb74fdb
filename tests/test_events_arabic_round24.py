"""Arabic report shapes of round twenty-four through the pipeline: a report dated by the Hijri calendar alone
("يوم ٢٠ ذي القعدة ١٤٤٥هـ", as Yemeni and Gulf reports write it, with no Gregorian day or weekday beside it) and
villagers counted among the dead ("قتل تسعة قرويين"), civilians of the event's country.

The round's eight whole reports (tests/fixtures/events_arabic/reports.yaml, ids "r24-...") read five of eight
right on their first run; the Hijri date read one more; two stay xfail (plain "مسلحون", gunmen, names no armed
group). The place rules of the round are pinned in tests/test_geo_arabic_round24.py. Every sentence is written
for this test (real places, invented incidents).
"""
from __future__ import annotations

from datetime import date

import pytest

from conftest import arabic_mention
from eventwatch.extract.arabic_lexicon import fold
from eventwatch.extract.hijri_dates import find_hijri_day, hijri_to_gregorian


# -- the Hijri calendar -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("hijri,gregorian", [
    ((1445, 9, 1), date(2024, 3, 11)),    # the first of Ramadan 1445
    ((1445, 10, 1), date(2024, 4, 10)),   # the first of Shawwal, the feast's day
    ((1445, 11, 20), date(2024, 5, 28)),  # the twentieth of Dhu al-Qadah
])
def test_a_hijri_day_is_converted_to_its_gregorian_day(hijri, gregorian):
    assert hijri_to_gregorian(*hijri) == gregorian


def test_a_report_dated_by_the_hijri_calendar_alone_has_that_day(resources):
    # "a citizen was killed by artillery shelling on a village in Munabbih district on 15 Shawwal 1445 AH"
    m = arabic_mention(resources, "استشهد مواطن بقصف مدفعي على قرية في مديرية منبه يوم ١٥ شوال ١٤٤٥هـ.")
    assert m.date == "2024-04-24"


@pytest.mark.parametrize("text", [
    # "on 3 zero 2024": "صفر" is also zero, and a Gregorian year is no Hijri one
    "قتل مواطن في ٣ صفر ٢٠٢٤",
    # "Ramadan, 5 of them": a month's word with no year dates nothing
    "وصل ٥ رمضان إلى المدينة",
])
def test_a_month_word_without_a_hijri_year_is_no_hijri_day(text):
    assert find_hijri_day(fold(text)) is None


def test_a_weekday_named_with_a_hijri_day_is_read_from_the_publication_day(resources):
    # "a citizen was killed on Thursday 22 Dhu al-Qadah 1445 AH": the weekday before the publication day
    m = arabic_mention(resources, "استشهد مواطن بغارة على مديرية قطابر يوم الخميس ٢٢ ذي القعدة ١٤٤٥هـ.")
    assert m.date == "2024-05-30"


# -- villagers ------------------------------------------------------------------------------------------------------

def test_villagers_killed_are_civilians_of_the_events_country(resources):
    # "unknown gunmen killed three villagers in Blue Nile state"
    m = arabic_mention(resources, "قتل مسلحون مجهولون ثلاثة قرويين في ولاية النيل الأزرق.")
    assert {a.name for a in m.actors if a.role == "actor2"} == {"Civilians (Sudan)"}
    assert (m.casualties.killed.low, m.casualties.killed.best, m.casualties.killed.high) == (3, 3, 3)


def test_two_villagers_wounded_are_counted_by_the_dual(resources):
    # "two villagers were wounded by a mine blast near the town of Tell Abyad"
    m = arabic_mention(resources, "أصيب قرويان بانفجار لغم قرب بلدة تل أبيض.")
    assert (m.casualties.injured.low, m.casualties.injured.best, m.casualties.injured.high) == (2, 2, 2)
