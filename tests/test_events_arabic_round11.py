"""Arabic report shapes of round eleven: a count after a verb whose subject is a unit of a named force or a
force named by its function and its country's adjective, the passive of "assassinate", the Maghreb's word for
an arrest, and the North African names of a ministry and an army that shorter Syrian names sit inside.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract.actors import ActorRegistry
from eventwatch.extract.arabic_events import find_arabic_casualties
from eventwatch.model import Document, Sentence
from eventwatch.pipeline import process

PUBLISHED = datetime(2024, 6, 1, 12, 0)


def counted(text: str, kind: str):
    """The count of `kind`, with the actors the registry names passed as the verb's possible subject."""
    names = [(s, e) for s, e, _ in ActorRegistry.load().match(text)]
    q = getattr(find_arabic_casualties(Sentence(0, len(text), text), names=names), kind)
    return None if q is None else (q.low, q.best, q.high)


def report(text: str) -> Document:
    return Document(id=f"ar11{abs(hash(text)) % 10**8}", sha256="0" * 64, raw=text.encode(), text=text,
                    publisher="Test Monitor", published_at=PUBLISHED, language="ar")


@pytest.mark.parametrize("text,kind,expected", [
    # a unit "of" the named force between the verb and its count
    ("اعتقلت دورية من الجيش العراقي ثلاثة مطلوبين في الحقول الزراعية", "detained", (3, 3, 3)),
    ("أوقفت مفرزة للجيش الوطني الشعبي ٦ مهربين قرب الحدود", "detained", (6, 6, 6)),
])
def test_a_count_after_a_unit_of_the_named_force_is_the_verbs(text, kind, expected):
    assert counted(text, kind) == expected


def test_a_count_after_a_force_named_by_its_function_and_its_countrys_adjective_is_the_verbs(resources):
    text = "قتلت القوات المسلحة الأردنية ثلاثة مهربين قرب مدينة المفرق فجر اليوم"
    (mention,) = process(resources, report(text))
    killed = mention.casualties.killed
    assert (killed.low, killed.best, killed.high) == (3, 3, 3)


def test_one_assassinated_is_one_killed():
    assert counted("اغتيل ضابط في الشرطة أمام منزله مساء أمس", "killed") == (1, 1, 1)


def test_the_maghrebs_word_for_an_arrest_counts_the_arrested_but_a_halt_counts_no_one():
    assert counted("أوقفت القوات العراقية أربعة متهمين بالتهريب", "detained") == (4, 4, 4)
    assert counted("توقيف خمسة أشخاص في عملية أمنية", "detained") == (5, 5, 5)
    assert counted("أوقفت الشركة العمل في المصنع", "detained") is None


@pytest.mark.parametrize("text,country_actor", [
    # Algeria's army by its own name: not the Turkish-backed "National Army" of Syria inside it
    ("أوقفت مفرزة للجيش الوطني الشعبي ثلاثة مهربين بولاية تمنراست", "Military Forces of Algeria"),
    # a ministry of national defence: the state's forces, not Syria's National Defence militia
    ("أعلنت وزارة الدفاع الوطني مقتل مسلحين اثنين في اشتباك بولاية القصرين", "Military Forces of Tunisia"),
])
def test_the_north_african_names_of_an_army_and_a_ministry_are_the_states_forces(resources, text, country_actor):
    names = {a.name for m in process(resources, report(text)) for a in m.actors}
    assert country_actor in names
    assert not names & {"Syrian National Army", "National Defence Forces"}


def test_a_military_council_named_for_a_town_is_its_force_and_the_town_in_its_name_no_place(resources):
    text = "أصاب مسلحون مجهولون قياديا في مجلس منبج العسكري بإطلاق النار عليه في مدينة الرقة"
    (mention,) = process(resources, report(text))
    assert "Syrian Democratic Forces" in {a.name for a in mention.actors}
    assert mention.location is not None and "الرقة" in mention.location.evidence.text
