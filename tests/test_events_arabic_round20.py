"""Arabic report shapes of round twenty through the pipeline: the Maghreb's noun for an arrest ("إيقاف ٣ عناصر"),
a singular person joined to a dual or a count ("امرأتان وطفل", two women and a child: three), and the young men or
sons of a place counted after "من" ("٧ من شبابها"), who are its civilians.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

import pytest

from conftest import arabic_mention


def sides(m) -> dict[str, set[str]]:
    return {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2")}


def counted(m, kind: str) -> tuple:
    q = getattr(m.casualties, kind)
    return (q.low, q.best, q.high) if q is not None else None


def test_the_maghreb_noun_of_an_arrest_with_a_count_is_an_arrest(resources):
    # "the interior ministry announced the arrest of 3 elements in the delegation of Sbeitla"
    m = arabic_mention(resources, "أعلنت وزارة الداخلية إيقاف ٣ عناصر بمعتمدية سبيطلة من ولاية القصرين.")
    assert m.event_type == "ARREST"
    assert counted(m, "detained") == (3, 3, 3)


def test_stopping_work_beside_a_shelling_is_the_shelling(resources):
    # "the council decided to stop work in the port of Tripoli after shelling targeted it": "إيقاف" is no arrest
    m = arabic_mention(resources, "قرر المجلس إيقاف العمل في ميناء طرابلس بعد قصف استهدفه.")
    assert m.event_type == "ART_MISS_ATTACK"


@pytest.mark.parametrize("text,kind,expected", [
    ("أصيبت امرأتان وطفل بقصف بقذائف الهاون على مدينة تعز.", "injured", (3, 3, 3)),  # two women and a child
    ("أصيب رجلان وامرأة بقصف مدفعي على مدينة تعز.", "injured", (3, 3, 3)),  # two men and a woman
    ("قتل ثلاثة مدنيين وطفل بقصف مدفعي على مدينة تعز.", "killed", (4, 4, 4)),  # three civilians and a child
])
def test_a_singular_person_joined_to_a_count_is_one_more(resources, text, kind, expected):
    assert counted(arabic_mention(resources, text), kind) == expected


@pytest.mark.parametrize("text,expected", [
    # "a young man was killed and another wounded": the second verb opens a toll of its own
    ("قتل شاب وأصيب آخر بقصف مدفعي على مدينة تعز.", {"killed": (1, 1, 1), "injured": (1, 1, 1)}),
    # "two soldiers and a family": a household is no count of one
    ("قتل جنديان وعائلة بقصف مدفعي على مدينة تعز.", {"killed": (2, 2, 2)}),
])
def test_what_is_no_person_after_and_adds_nothing(resources, text, expected):
    m = arabic_mention(resources, text)
    assert {k: counted(m, k) for k in expected} == expected


@pytest.mark.parametrize("text", [
    # "the RSF stormed the village and abducted 7 of its young men"
    "اقتحمت قوات الدعم السريع قرية في ريف الفاشر واختطفت ٧ من شبابها.",
    "اقتحمت قوات الدعم السريع قرية في ريف الفاشر واختطفت ٧ من أبنائها.",  # "7 of its sons"
])
def test_the_young_men_of_a_place_are_its_civilians(resources, text):
    m = arabic_mention(resources, text)
    assert sides(m) == {"actor1": {"Rapid Support Forces"}, "actor2": {"Civilians (Sudan)"}}


def test_al_shabaab_is_no_young_men(resources):
    # "5 al-Shabaab gunmen were killed": the bare name, not a place's young men
    m = arabic_mention(resources, "قتل ٥ من مسلحي حركة الشباب في غارة جوية قرب بلدة جلب.")
    assert "Civilians (Somalia)" not in sides(m)["actor2"]


# -- guards of the review of round twenty -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قررت البلدية إيقاف ٤ مشاريع في مدينة تعز.",  # "the municipality halted 4 projects"
    "أعلنت الشركة إيقاف ٦ رحلات إلى مطار عدن بعد قصف استهدفه.",  # "the company suspended 6 flights to Aden airport"
])
def test_stopping_things_counts_no_detainees(resources, text):
    import hashlib
    from datetime import datetime

    from eventwatch.model import Document
    from eventwatch.pipeline import process

    doc = Document(id="ar" + hashlib.sha1(text.encode()).hexdigest()[:10], sha256="0" * 64, raw=text.encode(),
                   text=text, publisher="Test Monitor", published_at=datetime(2024, 6, 1, 12, 0), language="ar")
    assert all(m.event_type != "ARREST" and counted(m, "detained") is None for m in process(resources, doc))


def test_a_ceasefire_written_with_the_maghreb_noun_is_an_agreement(resources):
    # "the two sides announced a ceasefire in Taiz"
    assert arabic_mention(resources, "أعلن الطرفان إيقاف إطلاق النار في مدينة تعز.").event_type == "AGREEMENT"


@pytest.mark.parametrize("text", [
    # "Hamas mourned two of its sons killed in a strike on Khan Younis": its fighters, no civilians
    "نعت حركة حماس اثنين من أبنائها قتلا في غارة على مدينة خان يونس.",
    "نعى حزب الله ٣ من أبنائه سقطوا بغارة على بلدة بنت جبيل.",  # "Hezbollah mourned 3 of its sons"
])
def test_the_sons_of_a_movement_are_no_civilians(resources, text):
    assert not any(a.name.startswith("Civilians") for a in arabic_mention(resources, text).actors)


@pytest.mark.parametrize("text,expected", [
    # "the army stormed Jenin camp and arrested 6 of its young men": the camp's, masculine suffix
    ("اقتحم الجيش الإسرائيلي مخيم جنين واعتقل ٦ من شبانه.", "Civilians (Palestinian Territory)"),
    # "abducted 9 of the village's young men": the construct form
    ("اقتحمت قوات الدعم السريع قرية في ريف الفاشر واختطفت ٩ من شباب القرية.", "Civilians (Sudan)"),
    # "the RSF abducted 6 of its sons near El Geneina": the force that acts is no owner of its victims
    ("اختطفت قوات الدعم السريع ٦ من أبنائها قرب مدينة الجنينة.", "Civilians (Sudan)"),
])
def test_the_young_men_of_a_place_in_every_form_are_its_civilians(resources, text, expected):
    assert expected in sides(arabic_mention(resources, text))["actor2"]


def test_in_front_of_after_and_is_no_person(resources):
    # "two civilians were killed, and in front of their house a second shell fell": "وأمام" is no imam
    m = arabic_mention(resources, "قتل مدنيان وأمام منزلهما سقطت قذيفة ثانية على مدينة تعز.")
    assert counted(m, "killed") == (2, 2, 2)


@pytest.mark.parametrize("text", [
    # "the occupation forces arrested 7 of the sons of the town of Azzun": "بلدة" whole, no preposition peeled
    "اعتقلت قوات الاحتلال ٧ من أبناء بلدة عزون فجر اليوم.",
    # "arrested 5 of the sons of the quarter in Hebron": "الحي" with its article
    "اعتقلت قوات الاحتلال ٥ من أبناء الحي في مدينة الخليل.",
    # "gunmen abducted 6 of the sons of the governorate of Kasserine": "ولاية" whole
    "اختطف مسلحون ٦ من أبناء ولاية القصرين.",
])
def test_the_sons_of_a_town_quarter_or_province_in_construct_are_civilians(resources, text):
    assert any(name.startswith("Civilians") for name in sides(arabic_mention(resources, text))["actor2"])


@pytest.mark.parametrize("text", [
    # "the movement mourned three of its sons killed in an Israeli strike on Jenin"
    "نعت الحركة ثلاثة من أبنائها قتلوا في غارة إسرائيلية على مدينة جنين.",
    # "the party mourned 4 of its sons killed by an Israeli strike on the town of Khiam"
    "نعى الحزب ٤ من أبنائه قتلوا بغارة إسرائيلية على بلدة الخيام.",
])
def test_the_sons_of_a_movement_named_by_its_common_noun_are_no_civilians(resources, text):
    assert not any(a.name.startswith("Civilians") for a in arabic_mention(resources, text).actors)


@pytest.mark.parametrize("text", [
    "قتل ثلاثة مدنيين وإمام مسجد بقصف على مدينة تعز.",  # "three civilians and a mosque's imam were killed"
    "قتل ثلاثة مدنيين وامام المسجد بقصف على مدينة تعز.",  # bare, before the mosque word
])
def test_an_imam_after_and_is_one_more_person(resources, text):
    assert counted(arabic_mention(resources, text), "killed") == (4, 4, 4)


def test_suspension_from_work_is_no_arrest(resources):
    # "the ministry announced the suspension of 20 employees from work after a shelling of the city of Taiz"
    m = arabic_mention(resources, "أعلنت الوزارة إيقاف ٢٠ موظفا عن العمل بعد قصف على مدينة تعز.")
    assert m.event_type != "ARREST" and counted(m, "detained") is None


# -- guards of the third review ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,count", [
    # "the ministry announced the arrest of 3 elements responsible for the terrorist operation in Sousse"
    ("أعلنت وزارة الداخلية إيقاف ٣ عناصر مسؤولين عن العملية الإرهابية في مدينة سوسة.", 3),
    # "police announced the arrest of 4 persons responsible for the robbery in Tunis"
    ("أعلنت الشرطة إيقاف ٤ أشخاص مسؤولين عن عملية السطو في مدينة تونس.", 4),
    # "police announced the arrest of 3 unemployed young men charged with theft in Sfax"
    ("أعلنت الشرطة إيقاف ٣ شبان عاطلين عن العمل بتهمة السرقة في مدينة صفاقس.", 3),
])
def test_an_operation_or_the_jobless_after_the_arrested_keep_the_arrest(resources, text, count):
    m = arabic_mention(resources, text)
    assert m.event_type == "ARREST" and counted(m, "detained") == (count, count, count)


@pytest.mark.parametrize("text", [
    # "trade was paralysed in Nablus after the Israeli army arrested 10 of its sons": commerce owns no sons
    "شلت الحركة التجارية في نابلس بعد أن اعتقل الجيش الإسرائيلي ١٠ من أبنائها.",
    # "after the congregational prayer in Beita the occupation forces arrested 5 of its sons"
    "بعد صلاة الجماعة في بيتا اعتقلت قوات الاحتلال ٥ من أبنائها.",
])
def test_a_group_noun_that_names_no_group_owns_no_sons(resources, text):
    assert any(name.startswith("Civilians") for name in sides(arabic_mention(resources, text))["actor2"])


def test_a_bare_imam_before_a_joined_title_and_a_mosque_word_is_one_more_person(resources):
    # "three civilians and the mosque's imam and preacher were killed in a shelling of Taiz"
    m = arabic_mention(resources, "قتل ثلاثة مدنيين وامام وخطيب المسجد بقصف على مدينة تعز.")
    assert counted(m, "killed") == (4, 4, 4)
