"""Two shapes of Arabic report the event reader used to miss: a count that a phrase separates from its verb,
and a report of flight alone.

Arabic puts the verb first and often a phrase of cause or place right after it, before the people counted:
"killed in the shelling were four children" is how a monitor writes it. The count is still the verb's, as
long as the phrase is short and no clause ends inside it. A report that only says people fled ("the
displacement of thousands of families from ...") is typed as the English side types "thousands fled": the
politically important development (OTHER), with the displaced counted.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract.arabic_events import find_arabic_casualties
from eventwatch.model import Document, Sentence
from eventwatch.pipeline import process

PUBLISHED = datetime(2024, 6, 1, 12, 0)


def sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text)


def counted(text: str, kind: str):
    q = getattr(find_arabic_casualties(sentence(text)), kind)
    return None if q is None else (q.low, q.best, q.high)


# --- a phrase between the verb and its count ---------------------------------------------------------------


@pytest.mark.parametrize("text,kind,expected", [
    # a phrase of cause
    ("قتل جراء القصف المدفعي أربعة أطفال في البلدة", "killed", (4, 4, 4)),
    ("أصيب بالغارة الجوية 15 مدنيا في السوق", "injured", (15, 15, 15)),
    ("استشهد إثر انفجار العبوة ثلاثة عمال", "killed", (3, 3, 3)),
    # a phrase of place or time
    ("نزح من القرى الحدودية نحو 300 عائلة", "displaced", (None, 300, None)),
    ("اعتقل خلال المداهمة عشرات الشبان", "detained", (10, 10, 99)),
    ("قتل في الاشتباكات جنديان", "killed", (2, 2, 2)),
    ("أصيب صباح اليوم في الهجوم أكثر من عشرين شخصا", "injured", (20, 20, None)),
])
def test_a_count_after_a_short_phrase_that_follows_the_verb_is_the_verbs(text, kind, expected):
    assert counted(text, kind) == expected


def test_the_count_keeps_the_words_from_the_verb_to_the_people_as_its_evidence():
    text = "قتل جراء القصف المدفعي أربعة أطفال في البلدة"
    q = find_arabic_casualties(sentence(text)).killed
    assert q.raw == "قتل جراء القصف المدفعي أربعة أطفال"
    assert text[q.evidence.start:q.evidence.end] == q.raw


@pytest.mark.parametrize("text,kind", [
    ("أصيب في الغارة التي دمرت 3 منازل", "injured"),          # a number of houses, not of people
    ("قتل في القصف، وقال 3 شهود إن الطائرات عادت", "killed"),  # the clause ends before the number
    ("قتل في القصف الذي شنته الطائرات الحربية على الأحياء الشرقية من المدينة خمسة مدنيين", "killed"),  # too long
    ("نزح من منزل عائلته في المدينة", "displaced"),           # a family named, not counted
])
def test_a_number_beyond_a_clause_a_long_phrase_or_not_counting_people_is_not_the_verbs(text, kind):
    assert counted(text, kind) is None


def test_a_count_written_right_after_the_verb_still_wins_over_one_after_a_phrase():
    assert counted("قتل خمسة مدنيين في القصف على ثلاثة أحياء", "killed") == (5, 5, 5)


# --- a report of flight alone --------------------------------------------------------------------------------


def report(text: str) -> Document:
    return Document(id=f"arg{abs(hash(text)) % 10**8}", sha256="0" * 64, raw=text.encode(), text=text,
                    publisher="Test Monitor", published_at=PUBLISHED, language="ar")


@pytest.mark.parametrize("text,low,high,country", [
    ("نزوح آلاف العائلات من ريف حماة الشمالي نحو الحدود التركية.", 1000, 9999, "SY"),
    ("نزحت أكثر من 500 أسرة من مدينة الجنينة خلال الأيام الماضية.", 500, None, "SD"),
    ("فرار عشرات الأسر من قرى مديرية حيس باتجاه مدينة الخوخة.", 10, 99, "YE"),
])
def test_a_report_of_flight_alone_is_an_event_of_displacement_with_its_count(resources, text, low, high,
                                                                                country):
    found = process(resources, report(text))
    assert len(found) == 1, found
    m = found[0]
    assert m.event_type == "OTHER"  # as the English side types "thousands of families fled"
    assert (m.casualties.displaced.low, m.casualties.displaced.high) == (low, high)
    assert m.location is not None and m.location.country_code == country
    assert any(e.field == "displaced" for e in m.evidence)


def test_flight_with_no_count_or_only_a_word_for_displaced_people_is_no_event_of_its_own(resources):
    assert process(resources, report("عاد بعض النازحين إلى منازلهم في ريف إدلب.")) == []
    assert process(resources, report("يعاني النازحون في المخيمات من نقص الخيام.")) == []


def test_flight_caused_by_an_act_is_still_the_acts_event():
    from eventwatch.extract.arabic_events import classify_arabic

    text = "قصفت الطائرات الحربية بلدة كفرنبل ما أدى إلى نزوح مئات العائلات."
    assert classify_arabic(text).label == "AIR_STRIKE"
