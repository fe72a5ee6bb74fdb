"""Arabic report shapes of round twenty-one through the pipeline: two men of a force counted by a dual before "من"
("قتل عنصران من قوات X"), who are the toll and not a unit of the force acting; people held "on a charge of belonging
to" a group ("بتهمة الانتماء لـ X"), who make the group the arrest's target; a victim's kin named with a pronoun
("وأصيبت والدته", and his mother was wounded), one person; and soldiers counted with their nationality adjective
("٤ جنود صوماليين"), who name their state's forces; and relatives joined to a relative ("شقيقه وابن عمه"), who add
to the toll.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

import pytest

from conftest import arabic_mention


def sides(m) -> dict[str, set[str]]:
    return {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2")}


def counted(m, kind: str) -> tuple | None:
    q = getattr(m.casualties, kind)
    return (q.low, q.best, q.high) if q is not None else None


# -- a dual of a force's men before "من" ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "two members of the regime forces were killed in an attack on a checkpoint in Sanamayn"
    "قتل عنصران من قوات النظام بهجوم على حاجز في مدينة الصنمين.",
    # "two soldiers of the Iraqi army were killed by a bomb in Tarmiyah" (the dual in the accusative)
    "أسفر انفجار عبوة ناسفة عن مقتل جنديين من الجيش العراقي في قضاء الطارمية.",
])
def test_a_dual_of_a_forces_men_before_min_is_the_toll(resources, text):
    assert counted(arabic_mention(resources, text), "killed") == (2, 2, 2)


def test_a_unit_of_a_force_before_min_is_still_the_subject(resources):
    # "a force of the Syrian army arrested 3 wanted men in Aleppo": "قوة من" is the unit acting, the count after
    m = arabic_mention(resources, "اعتقلت قوة من الجيش السوري ٣ مطلوبين في حلب.")
    assert counted(m, "detained") == (3, 3, 3)
    assert sides(m)["actor1"] == {"Military Forces of Syria"}


# -- a charge of belonging ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the police arrested 3 people on a charge of belonging to Daesh in Mosul"
    "اعتقلت الشرطة ٣ أشخاص بتهمة الانتماء لداعش في الموصل.",
    # "a force arrested 5 men accused of belonging to the IS organisation in Tikrit"
    "اعتقلت قوة أمنية ٥ متهمين بالانتماء إلى تنظيم داعش في تكريت.",
])
def test_people_held_for_belonging_to_a_group_make_it_the_target(resources, text):
    m = arabic_mention(resources, text)
    assert m.event_type == "ARREST"
    assert "Islamic State" in sides(m)["actor2"]


# -- a victim's kin ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "a child was killed and his mother wounded by a sniper's bullets in Taiz"
    "قتل طفل وأصيبت والدته برصاص قناص في مدينة تعز.",
    # "a farmer was killed and his son wounded by a landmine in Hays"
    "قتل مزارع وأصيب ابنه بانفجار لغم أرضي في مديرية حيس.",
])
def test_a_victims_kin_named_by_a_pronoun_is_one_person(resources, text):
    assert counted(arabic_mention(resources, text), "injured") == (1, 1, 1)


def test_a_kin_word_that_names_no_victim_counts_no_one(resources):
    # "a man was killed by gunmen's bullets in front of his father's house in Taiz": the father is not harmed
    m = arabic_mention(resources, "قتل رجل برصاص مسلحين أمام منزل والده في مدينة تعز.")
    assert counted(m, "injured") is None


# -- soldiers and their nationality -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,state", [
    # "3 Turkish soldiers were killed by a roadside bomb in the countryside of Aleppo"
    ("قتل ٣ جنود أتراك بانفجار عبوة ناسفة في ريف حلب الشمالي.", "Military Forces of Turkey"),
    # "two Israeli soldiers were wounded by a bomb in Jenin"
    ("أصيب جنديان إسرائيليان بانفجار عبوة ناسفة في جنين.", "Military Forces of Israel"),
    # "4 Russian soldiers were wounded by a drone in Kharkiv": the broken plural of another state
    ("أصيب ٤ جنود روس بهجوم بطائرة مسيرة في مدينة خاركيف.", "Military Forces of Russia"),
])
def test_soldiers_counted_with_their_nationality_are_their_states_forces_harmed(resources, text, state):
    assert sides(arabic_mention(resources, text)) == {"actor1": set(), "actor2": {state}}


def test_soldiers_with_a_nationality_who_kill_people_after_them_are_the_actor(resources):
    # "Turkish soldiers killed 4 gunmen in the countryside of Raqqa": the soldiers the subject, the gunmen the toll
    m = arabic_mention(resources, "قتل جنود أتراك ٤ مسلحين في ريف الرقة.")
    assert "Military Forces of Turkey" in sides(m)["actor1"]
    assert "Military Forces of Turkey" not in sides(m)["actor2"]
    assert counted(m, "killed") == (4, 4, 4)


@pytest.mark.parametrize("text,kind", [
    # "the Russians", "the English" written whole as broken plurals; "Russia" itself is no plural of theirs
    ("قتل ٣ جنود روس", "Russia"),
    ("قتل جنديان انجليز", "United Kingdom"),
])
def test_broken_plural_nationalities_name_their_state(resources, text, kind):
    from eventwatch.extract.arabic_lexicon import load_arabic_lexicon
    lex = load_arabic_lexicon()
    assert [lex.nationality_of[i] for _, _, i in lex.nationalities.find(text)] == [kind]


# -- a dual of a force's men that acts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,toll", [
    # "two soldiers of the Syrian army killed 5 gunmen near Daraa": the dual is the subject, five the toll
    ("قتل جنديان من الجيش السوري ٥ مسلحين قرب مدينة درعا.", (5, 5, 5)),
    # "two members of the regime forces killed 6 civilians in the Idlib countryside"
    ("قتل عنصران من قوات النظام ٦ مدنيين في ريف إدلب.", (6, 6, 6)),
])
def test_a_dual_of_a_forces_men_before_a_count_is_the_subject(resources, text, toll):
    m = arabic_mention(resources, text)
    assert counted(m, "killed") == toll
    assert "Military Forces of Syria" in sides(m)["actor1"]


# -- a relative clause on the person arrested --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the police arrested a young man who killed his brother in Setif": the killing is the man's earlier deed
    "أوقفت الشرطة شابا قتل شقيقه في مدينة سطيف.",
    # "the police arrested a man who wounded his son with a knife in Batna"
    "اعتقلت الشرطة رجلا أصاب ابنه بسكين في مدينة باتنة.",
])
def test_a_harm_told_of_the_person_arrested_is_no_toll(resources, text):
    m = arabic_mention(resources, text)
    assert m.event_type == "ARREST"
    assert counted(m, "detained") == (1, 1, 1)
    assert counted(m, "killed") is None and counted(m, "injured") is None


def test_a_kin_word_after_an_armed_man_still_counts_the_victims(resources):
    # "a gunman killed his wife and daughter in Irbid": the killer named, then two of his kin killed
    assert counted(arabic_mention(resources, "قتل مسلح زوجته وابنته في مدينة إربد."), "killed") == (2, 2, 2)


# -- a second group of victims joined by "و" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,force,toll", [
    # "two members of the regime forces and a civilian were killed by a mine near Busra": a joined noun adds to the
    # toll, it is no object of the two
    ("قتل عنصران من قوات النظام ومدني بانفجار لغم قرب مدينة بصرى الشام.", "Military Forces of Syria", (3, 3, 3)),
    # "two soldiers of the Syrian army and two civilians were killed by shelling on the Idlib countryside"
    ("قتل جنديان من الجيش السوري ومدنيان في قصف على ريف إدلب.", "Military Forces of Syria", (4, 4, 4)),
    # "three Turkish soldiers and a civilian were killed by a roadside bomb near Afrin": a count before the
    # soldiers makes them the toll
    ("قتل ثلاثة جنود أتراك ومدني بانفجار عبوة ناسفة قرب مدينة عفرين.", "Military Forces of Turkey", (4, 4, 4)),
    # "Russian soldiers and civilians were killed by shelling on Izium": no count at all, still the harmed side
    ("قتل جنود روس ومدنيون في قصف على مدينة إيزيوم.", "Military Forces of Russia", None),
])
def test_a_victim_joined_by_and_after_a_forces_men_is_part_of_the_toll(resources, text, force, toll):
    m = arabic_mention(resources, text)
    assert force not in sides(m)["actor1"]
    assert force in sides(m)["actor2"]
    if toll is not None:
        assert counted(m, "killed") == toll


def test_a_count_before_soldiers_makes_them_the_toll_whatever_follows(resources):
    # "three Turkish soldiers were killed, 4 gunmen [too]": a count before the soldiers is a toll's, not a subject's
    m = arabic_mention(resources, "قتل ثلاثة جنود أتراك و٤ مسلحين في اشتباك قرب مدينة الباب.")
    assert "Military Forces of Turkey" not in sides(m)["actor1"]


# -- relatives joined to a relative -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind,toll", [
    # "his brother and his cousin were wounded by gunfire in Nablus": two relatives, each named by a pronoun
    ("أصيب شقيقه وابن عمه برصاص مسلحين في نابلس.", "injured", (2, 2, 2)),
    # "her husband and her three children were killed in an air strike on Beit Hanoun": one and a counted three
    ("قتل زوجها وأطفالها الثلاثة في غارة على بيت حانون.", "killed", (4, 4, 4)),
    # "his father and three of his brothers were wounded by shelling on Khan Younis": "three of" his kin
    ("أصيب والده وثلاثة من أشقائه في قصف على خان يونس.", "injured", (4, 4, 4)),
    # "a woman and her four daughters were killed in a strike on Rafah": a counted kin group after a person
    ("قتلت امرأة وبناتها الأربع في غارة على رفح.", "killed", (5, 5, 5)),
    # "a man, his brother and his cousin were killed in a strike on Deir al-Balah": three people in all
    ("قتل رجل وشقيقه وابن عمه في غارة على دير البلح.", "killed", (3, 3, 3)),
])
def test_relatives_joined_to_a_relative_add_to_the_toll(resources, text, kind, toll):
    assert counted(arabic_mention(resources, text), kind) == toll


@pytest.mark.parametrize("text,kind,toll", [
    # "his father and his mother were killed in shelling on Jabalia": two kin words, two people
    ("قتل والده ووالدته في قصف على جباليا.", "killed", (2, 2, 2)),
    # "his wife was killed and his son wounded in shelling on Beit Lahia": a new verb starts a new toll
    ("قتلت زوجته وأصيب ابنه في قصف على بيت لاهيا.", "injured", (1, 1, 1)),
])
def test_relatives_in_separate_clauses_or_pairs_keep_their_counts(resources, text, kind, toll):
    assert counted(arabic_mention(resources, text), kind) == toll
