"""Arabic report shapes of round nineteen through the pipeline: a roadside bomb that went off "on" a patrol
written with a joined "ب" ("بدورية"), the members of a side counted after a killing ("قتل ٥ من مسلحي X"), and an
army's "military operation" against an armed group, which a coder types as fighting only where a killing or a
clash is told with it and no civilians are named (an operation launched, ended or planned is no event), and the
partner "with" whom the counted side fought, who is then the other side.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

import hashlib
from datetime import datetime

import pytest

from conftest import arabic_mention


def _mentions(resources, text: str) -> list:
    """Every event mention the pipeline finds in an Arabic report of `text` (as conftest's arabic_mention)."""
    from eventwatch.model import Document
    from eventwatch.pipeline import process

    doc = Document(id="ar" + hashlib.sha1(text.encode()).hexdigest()[:10], sha256="0" * 64, raw=text.encode(),
                   text=text, publisher="Test Monitor", published_at=datetime(2024, 6, 1, 12, 0), language="ar")
    return process(resources, doc)


def sides(m) -> dict[str, set[str]]:
    return {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2")}


def test_a_bomb_on_a_patrol_with_a_joined_letter_hits_the_patrols_owner(resources):
    # "a roadside bomb went off on a foot patrol of the Iraqi army near Tikrit, wounding two soldiers"
    m = arabic_mention(resources, "انفجرت عبوة ناسفة بدورية راجلة للجيش العراقي قرب تكريت، ما أدى إلى إصابة جنديين.")
    assert m.event_type == "REM_EXPLOS"
    assert sides(m) == {"actor1": set(), "actor2": {"Military Forces of Iraq"}}


def test_the_members_of_a_side_counted_after_a_killing_are_that_side(resources):
    # "four IS gunmen were killed in a military operation by the Iraqi army in the Anbar desert"
    m = arabic_mention(resources, "قتل ٤ من مسلحي تنظيم داعش في عملية عسكرية نفذها الجيش العراقي في صحراء الأنبار.")
    assert sides(m) == {"actor1": {"Military Forces of Iraq"}, "actor2": {"Islamic State"}}
    assert (m.casualties.killed.low, m.casualties.killed.best) == (4, 4)


def test_an_armys_military_operation_against_a_group_is_fighting(resources):
    # "five al-Shabaab gunmen were killed in a military operation by the Somali army in Lower Shabelle"
    m = arabic_mention(resources, "قتل ٥ من مسلحي حركة الشباب في عملية عسكرية نفذها الجيش الصومالي في شبيلي السفلى.")
    assert m.event_type == "ARMED_CLASH"
    assert sides(m) == {"actor1": {"Military Forces of Somalia"}, "actor2": {"Al-Shabaab"}}


def test_civilians_killed_in_a_military_operation_are_attacked_not_fighting(resources):
    # "three civilians were killed in a military operation by the Iraqi army in Anbar": one-sided violence
    m = arabic_mention(resources, "قتل ٣ مدنيين في عملية عسكرية نفذها الجيش العراقي في الأنبار.")
    assert m.event_type == "ATTACK"
    assert sides(m) == {"actor1": {"Military Forces of Iraq"}, "actor2": {"Civilians (Iraq)"}}


@pytest.mark.parametrize("text", [
    "أعلن الجيش العراقي انتهاء العملية العسكرية في الأنبار.",  # the army announced the operation's end
    "قال وزير الدفاع العراقي إن عملية عسكرية ستبدأ قريبا في الأنبار.",  # an operation will start soon
    "أطلق الجيش العراقي عملية عسكرية واسعة لملاحقة خلايا داعش في الأنبار.",  # launched, no outcome told
])
def test_a_military_operation_alone_is_no_event(resources, text):
    assert _mentions(resources, text) == []


def test_the_partner_of_the_counted_sides_clash_is_the_other_side(resources):
    # "four IS gunmen were killed in a clash with the Iraqi army in the Anbar desert"
    m = arabic_mention(resources, "قتل ٤ من مسلحي تنظيم داعش في اشتباك مع الجيش العراقي في صحراء الأنبار.")
    assert m.event_type == "ARMED_CLASH"
    assert sides(m) == {"actor1": {"Military Forces of Iraq"}, "actor2": {"Islamic State"}}


@pytest.mark.parametrize("text", [
    "قتل ٣ من عناصر الشرطة العراقية في هجوم في الموصل.",  # three of the Iraqi police's members were killed
    "قتل ٣ من الشرطة العراقية في هجوم في الموصل.",  # three of the Iraqi police were killed
])
def test_a_force_counted_after_of_suffered_the_killing(resources, text):
    m = arabic_mention(resources, text)
    assert sides(m)["actor2"] == {"Police Forces of Iraq"} and not sides(m)["actor1"]


def test_a_bomb_on_a_police_patrol_hits_the_police(resources):
    # "a roadside bomb went off on an Iraqi police patrol in Mosul": the patrol is named with its owner, as one actor
    m = arabic_mention(resources, "انفجرت عبوة ناسفة بدورية للشرطة العراقية في الموصل.")
    assert m.event_type == "REM_EXPLOS"
    assert sides(m) == {"actor1": set(), "actor2": {"Police Forces of Iraq"}}


def test_a_bomb_on_a_patrol_after_and_hits_the_patrols_owner(resources):
    # "a bomb went off and on an army patrol": the joined "و" before "ب" leaves the patrol the thing hit
    m = arabic_mention(resources, "انفجرت عبوة ناسفة وبدورية للشرطة العراقية في الموصل.")
    assert sides(m) == {"actor1": set(), "actor2": {"Police Forces of Iraq"}}


@pytest.mark.parametrize("text", [
    # "four IS gunmen were killed in a military operation by the Iraqi army to protect civilians in Anbar"
    "قتل ٤ من مسلحي داعش في عملية عسكرية نفذها الجيش العراقي لحماية المدنيين في الأنبار.",
    # "... after the residents fled Anbar": civilians named, but not among the harmed
    "قتل ٤ من مسلحي داعش في عملية عسكرية نفذها الجيش العراقي بعد نزوح الأهالي من الأنبار.",
    # "two gunmen were killed near the civilians' homes in ...": close to the killing, but no count of them
    "قتل مسلحان قرب منازل المدنيين في عملية عسكرية نفذها الجيش العراقي في الأنبار.",
])
def test_civilians_named_but_not_harmed_leave_the_operation_a_fight(resources, text):
    m = arabic_mention(resources, text)
    assert m.event_type == "ARMED_CLASH"
    assert sides(m)["actor1"] == {"Military Forces of Iraq"}


@pytest.mark.parametrize("text", [
    "قتل ٣ من المدنيين في عملية عسكرية نفذها الجيش العراقي في الأنبار.",  # "three of the civilians were killed"
    "قتلت امرأة وطفلان في عملية عسكرية نفذها الجيش العراقي في الأنبار.",  # "a woman and two children were killed"
    "قتل ٣ أشخاص بينهم طفلان في عملية عسكرية نفذها الجيش العراقي في الأنبار.",  # "three, among them two children"
    # the agent between the verb and the civilians: "the army killed three civilians during a military operation"
    "قتل الجيش ثلاثة مدنيين خلال عملية عسكرية في ريف درعا.",
    "قتلت القوات ثلاثة مدنيين خلال عملية عسكرية في ريف درعا.",
    # an adverbial between them: "killed during the military operation were three civilians"
    "قتل خلال العملية العسكرية ثلاثة مدنيين في ريف درعا.",
    # the civilians before a relative verb: "the civilians who were killed in the army's military operation"
    "المدنيون الذين قتلوا في العملية العسكرية للجيش في درعا كانوا في منازلهم.",
])
def test_civilians_among_the_harmed_keep_the_operation_an_attack(resources, text):
    assert arabic_mention(resources, text).event_type == "ATTACK"


def test_the_syrian_army_fought_with_is_the_other_side(resources):
    # "four HTS fighters were killed in clashes with the Syrian army in Idlib"
    m = arabic_mention(resources, "قتل ٤ من مقاتلي هيئة تحرير الشام في اشتباكات مع الجيش السوري في إدلب.")
    assert sides(m) == {"actor1": {"Military Forces of Syria"}, "actor2": {"Hayat Tahrir al-Sham"}}


def test_the_free_syrian_army_keeps_its_own_name(resources):
    # "three members of the Free Syrian Army were killed in shelling": the longer name is not the state's army
    m = arabic_mention(resources, "قتل ثلاثة من عناصر الجيش السوري الحر في قصف على بلدة كفرنبل.")
    assert sides(m)["actor2"] == {"Free Syrian Army"}


@pytest.mark.parametrize("text", [
    # "... in clashes with the Iraqi army and with the PMF": the second partner fought on the first's side
    "قتل ٤ من مسلحي داعش في اشتباكات مع الجيش العراقي ومع الحشد الشعبي في الأنبار.",
    "قتل ٤ من مسلحي داعش في اشتباكات مع الجيش العراقي والحشد الشعبي في الأنبار.",  # "... and the PMF"
])
def test_every_partner_of_the_counted_sides_clash_is_the_other_side(resources, text):
    m = arabic_mention(resources, text)
    assert sides(m) == {"actor1": {"Military Forces of Iraq", "Popular Mobilization Forces"},
                        "actor2": {"Islamic State"}}


def test_a_partner_named_by_its_gunmen_is_the_other_side(resources):
    # "three SDF members were killed in clashes with IS gunmen in Deir ez-Zor"
    m = arabic_mention(resources, "قتل ٣ من عناصر قوات سوريا الديمقراطية في اشتباكات مع مسلحي داعش في دير الزور.")
    assert sides(m) == {"actor1": {"Islamic State"}, "actor2": {"Syrian Democratic Forces"}}
