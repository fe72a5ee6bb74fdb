"""Arabic report shapes of round six: a toll whose people come before an agreeing verb, a phrase set off by
commas between a verb and its count, an agency's dateline day, the country's army named bare, a state body
announcing an arrest, shelling told as done by warplanes, and clashes a shelling coincided with.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract.arabic_events import find_arabic_casualties, find_arabic_date
from eventwatch.model import Document, Sentence
from eventwatch.pipeline import process

PUBLISHED = datetime(2024, 6, 1, 12, 0)


def sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text)


def counted(text: str, kind: str, names=None):
    q = getattr(find_arabic_casualties(sentence(text), names=names), kind)
    return None if q is None else (q.low, q.best, q.high)


def report(text: str) -> Document:
    return Document(id=f"ar6{abs(hash(text)) % 10**8}", sha256="0" * 64, raw=text.encode(), text=text,
                    publisher="Test Monitor", published_at=PUBLISHED, language="ar")


# --- the people counted before a verb that agrees with them -------------------------------------------------

@pytest.mark.parametrize("text,kind,expected", [
    ("وقال المسعفون إن طفلين قتلا في انفجار اللغم", "killed", (2, 2, 2)),  # a dual noun, a dual verb
    ("وذكر الأهالي أن ثلاثة رعاة أصيبوا برصاص مجهولين", "injured", (3, 3, 3)),  # a counted plural, a plural verb
])
def test_a_dual_or_plural_verb_counts_the_people_written_before_it(text, kind, expected):
    assert counted(text, kind) == expected


def test_a_singular_verb_after_a_dual_noun_counts_its_own_people():
    # "two soldiers were killed and a third wounded": the dual belongs to the first verb, not to "أصيب"
    assert counted("قتل جنديان وأصيب ثالث في الهجوم", "injured") == (1, 1, 1)


# --- a phrase set off by commas between a verb (and its subject) and its count ------------------------------

def test_a_count_after_an_aside_between_commas_is_the_verbs():
    assert counted("أصيب، صباح اليوم، أربعة عمال في المصنع", "injured") == (4, 4, 4)
    text = "اعتقلت الشرطة، مساء أمس، ستة شبان في السوق"
    subject = (text.index("الشرطة"), text.index("الشرطة") + len("الشرطة"))
    assert counted(text, "detained", [subject]) == (6, 6, 6)


def test_a_count_after_a_clause_break_that_does_not_close_an_aside_is_not_the_verbs():
    assert counted("أصيب في القصف، وقال الدفاع المدني إن خمسة منازل دمرت", "injured") is None


# --- an agency's dateline day --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("نابلس ١٢-٥-٢٠٢٤ وفا- اقتحمت قوات الاحتلال البلدة القديمة فجر اليوم", "2024-05-12"),  # today: the dateline's
    ("جنين 12/5/2024 وفا- أصيب شاب برصاص الاحتلال مساء أمس", "2024-05-11"),  # yesterday: the day before it
    ("الخليل ١٢-٥-٢٠٢٤ وفا- اعتقلت قوات الاحتلال شابين من المدينة", "2024-05-12"),  # no word of the day: its day
])
def test_a_dateline_in_figures_is_the_day_the_reports_today_and_yesterday_count_from(text, expected):
    assert find_arabic_date(sentence(text), PUBLISHED)[0] == expected


# --- the army named bare is the country's army ---------------------------------------------------------------

@pytest.mark.parametrize("text,actor", [
    ("قصف طيران الجيش سوقا في مدينة كادقلي بولاية جنوب كردفان، ما أدى إلى مقتل ٧ مدنيين.", "Sudanese Armed Forces"),
    ("قصفت مدفعية الجيش بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل مدنيين اثنين.", "Military Forces of Syria"),
])
def test_the_armys_aviation_or_artillery_is_the_army_of_the_reports_country(resources, text, actor):
    found = process(resources, report(text))
    assert len(found) == 1, found
    assert {a.name for a in found[0].actors if a.role == "actor1"} == {actor}


# --- a state body that announces an arrest made it -----------------------------------------------------------

def test_a_state_body_announcing_an_arrest_no_one_else_made_is_the_side_that_made_it(resources):
    found = process(resources, report("أعلنت قيادة العمليات المشتركة القبض على ثلاثة مطلوبين في قضاء الحويجة."))
    assert len(found) == 1, found
    assert found[0].event_type == "ARREST"
    assert {a.name for a in found[0].actors if a.role == "actor1"} == {"Military Forces of Iraq"}


# --- shelling said to be done by warplanes --------------------------------------------------------------------

def test_shelling_done_with_warplanes_is_an_air_strike_and_the_aircraft(resources):
    found = process(resources, report("قصفت قوات النظام سوق بلدة كفرنبل بالطيران الحربي، ما أدى إلى مقتل ٤ مدنيين."))
    assert len(found) == 1, found
    assert {w.name for w in found[0].weapons} == {"airstrike", "military aircraft"}


def test_shelling_done_with_a_drone_stays_the_drone_alone(resources):
    found = process(resources, report("قصفت قوات الدعم السريع بطائرة مسيرة سوقا في مدينة الأبيض، ما أدى إلى مقتل ٥ مدنيين."))
    assert len(found) == 1, found
    assert {w.name for w in found[0].weapons} == {"drone"}


# --- clashes a shelling coincided with ------------------------------------------------------------------------

def test_clashes_a_told_shelling_coincided_with_are_no_event_of_their_own(resources):
    text = ("قتل مدنيان بقصف مدفعي لقوات النظام على بلدة كنصفرة في ريف إدلب الجنوبي. "
            "وتزامن القصف مع اشتباكات متقطعة على محور كبانة في ريف اللاذقية.")
    found = process(resources, report(text))
    assert len(found) == 1, found
    assert found[0].event_type == "ART_MISS_ATTACK"
