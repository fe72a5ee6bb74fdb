"""Arabic event readings the third round of blind reports asked for, each pinned on sentences of its own.

Announcing bodies as sources, days written as ordinals, the dual of an armed group, teachers as civilians,
a movement named by its adjective ("قصف حوثي"), arrest by "ألقى القبض على", the men of a group a target word
governs ("مواقع لمسلحي ..."), and shooting at someone as small arms.
"""
from __future__ import annotations

from datetime import datetime
from typing import Optional

import pytest

from eventwatch.model import Sentence

PUBLISHED = datetime(2024, 6, 1, 12, 0)  # a Saturday


def sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text)


def span_of(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


@pytest.mark.parametrize("text,expected", [
    ("أعلنت وزارة الداخلية أن دورية تعرضت لهجوم قرب الحدود", "alleged"),
    ("وأعلن الجيش مقتل ثلاثة مسلحين في كمين", "alleged"),
    ("تعلن اللجنة أسماء الضحايا غدا", "alleged"),
    ("قتل ثلاثة مسلحين في كمين ليلي", "asserted"),
])
def test_a_body_announcing_what_happened_is_a_source_told(text, expected):
    from eventwatch.extract.arabic_events import find_arabic_modality

    assert find_arabic_modality(sentence(text))[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("وقع الهجوم في الخامس من مايو", "2024-05-05"),
    ("اعتقل في الحادي عشر من شهر أيار", "2024-05-11"),
    ("قتل في السابع عشر من نيسان 2023", "2023-04-17"),
    ("اختطف في الثالث والعشرين من مايو الماضي", "2024-05-23"),
    ("جرت الانتخابات في الثلاثين من آذار", "2024-03-30"),
    ("في العشرين من حزيران", "2023-06-20"),  # a day after the report: last year's
    ("كان الثالث بين المرشحين", None),  # an ordinal with no month dates nothing
])
def test_a_day_written_as_an_ordinal_before_its_month_dates_the_event(text, expected):
    from eventwatch.extract.arabic_events import find_arabic_date

    found = find_arabic_date(sentence(text), PUBLISHED)
    assert (found[0] if found else None) == expected


def _names(text: str, country: Optional[str] = "Libya") -> list[str]:
    from eventwatch.extract.actors import ActorRegistry
    from eventwatch.extract.arabic_events import lexicon_actors

    return [a.name for a in lexicon_actors(ActorRegistry.load(), sentence(text), [], country)]


def test_two_armed_groups_are_an_unidentified_armed_group():
    assert _names("اندلعت اشتباكات بين مجموعتين مسلحتين في الحي") == ["Unidentified Armed Group (Libya)"]


def test_teachers_are_civilians():
    assert _names("اختطف مسلحون أربعة معلمين من مدرستهم", "Yemen") == ["Civilians (Yemen)"]


@pytest.mark.parametrize("text,expected", [
    ("قتل مدنيان بقصف حوثي على السوق", ["Civilians (Yemen)", "Ansar Allah (Houthis)"]),
    ("قصفت الميليشيات الحوثية أحياء المدينة", ["Ansar Allah (Houthis)"]),
    # the adjective elsewhere (a delegation, a statement) names no side of an event
    ("وصل الوفد الحوثي إلى العاصمة العمانية", []),
])
def test_a_movements_adjective_after_a_word_of_attack_or_of_armed_men_names_the_movement(text, expected):
    assert _names(text, "Yemen") == expected


def test_the_lexicons_movements_are_registry_actors():
    from eventwatch.extract.actors import ActorRegistry
    from eventwatch.extract.arabic_lexicon import load_arabic_lexicon

    registry, lex = ActorRegistry.load(), load_arabic_lexicon()
    assert lex.group_of and all(name in registry.by_name for name in lex.group_of)


def test_laying_hold_of_counted_men_detains_them():
    from eventwatch.extract.arabic_events import find_arabic_casualties

    q = find_arabic_casualties(sentence("ألقت الشرطة القبض على ثلاثة مطلوبين في السوق")).detained
    assert q is not None and (q.low, q.best, q.high) == (3, 3, 3)


def test_a_target_word_before_a_groups_men_makes_the_group_the_one_hit():
    from eventwatch.extract.arabic_events import arabic_roles

    text = "قصف الجيش مقرات لمسلحي تنظيم داعش في البادية"
    assert arabic_roles(text, [span_of(text, "الجيش"), span_of(text, "داعش")], [1, 2]) == ["actor1", "actor2"]


@pytest.mark.parametrize("text,expected", [
    ("قتل شاب بإطلاق النار عليه من سيارة مسرعة", ["small arms"]),
    ("وأطلقت النار على سيارة عند الحاجز", ["small arms"]),
    ("رحبت الأطراف بوقف إطلاق النار على جميع الجبهات", []),  # a ceasefire is no shooting
])
def test_shooting_at_someone_is_small_arms_and_a_ceasefire_is_not(text, expected):
    from eventwatch.extract.weapons import find_weapons

    assert [w.name for w in find_weapons(sentence(text))] == expected
