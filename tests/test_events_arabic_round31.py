"""Arabic event shapes of round thirty-one: a military vehicle a weapon went off on, "ب" joined to it right after the
weapon's name ("انفجرت عبوة ناسفة بعجلة عسكرية للجيش العراقي", on an Iraqi army vehicle), makes its owner the side
acted on, as a patrol there did (the vehicle is no weapon of the attack either); a bare "مسيرة" owned by a side
("استهدفت مسيرة تابعة لقوات الدعم السريع", a drone belonging to the RSF) is that side's weapon, so the side acted,
as with "طائرة مسيرة تابعة"; and a peaceful protest whose people no word of the lexicon names ("نفذ العشرات من سائقي
الشاحنات وقفة احتجاجية", dozens of truck drivers held a sit-in) has the protesters of its country as its actor, as
ACLED codes every protest, where it names no actor at all (civilians read in a protest may be the dead it is for).

The round's six whole reports (tests/fixtures/events_arabic/reports.yaml, ids "r31-...": regime artillery on
al-Zafarana in rural Homs, an IED on an army vehicle in al-Muqdadiya, workers abducted near Gharyan, an RSF drone on a
Kassala quarter, truck drivers' sit-in in Ramtha, arrests in a raid on Balata camp counted in Arabic-Indic digits)
read two of six right on their first run; all six are read right now (the Homs village through the places rule of
tests/test_geo_arabic_round31.py). Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

import pytest

from conftest import arabic_mentions


def _mention(resources, text: str):
    """The report's one mention."""
    mentions = arabic_mentions(resources, text)
    assert len(mentions) == 1, [(m.event_type, [a.name for a in m.actors]) for m in mentions]
    return mentions[0]


def _actors(m) -> set[tuple[str, str]]:
    return {(a.name, a.role) for a in m.actors}


# -- a military vehicle a weapon went off on ------------------------------------------------------------------------

@pytest.mark.parametrize("text,side", [
    # "an IED exploded on an Iraqi army vehicle in al-Muqdadiya, killing two soldiers"
    ("انفجرت عبوة ناسفة بعجلة عسكرية للجيش العراقي في قضاء المقدادية، ما أسفر عن مقتل جنديين.",
     "Military Forces of Iraq"),
    # "an IED went off on a Syrian army vehicle in eastern rural Daraa, wounding three soldiers"
    ("انفجرت عبوة ناسفة بآلية عسكرية للجيش السوري في ريف درعا الشرقي، ما أدى إلى إصابة ثلاثة جنود.",
     "Military Forces of Syria"),
])
def test_the_owner_of_a_vehicle_a_bomb_went_off_on_was_hit(resources, text, side):
    m = _mention(resources, text)
    assert _actors(m) == {(side, "actor2")}
    assert {w.name for w in m.weapons} == {"improvised explosive device"}  # the vehicle hit is no weapon used


def test_the_army_s_armoured_vehicles_that_shell_are_the_attacker(resources):
    """Guard: "the Syrian army's armoured vehicles shelled a village in rural Idlib": no weapon before the vehicle."""
    m = _mention(resources, "قصفت مدرعات للجيش السوري قرية في ريف إدلب.")
    assert ("Military Forces of Syria", "actor1") in _actors(m)


# -- a bare drone owned by a side ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,side,victims", [
    # "an RSF drone struck a residential quarter in Kassala, killing four civilians"
    ("استهدفت مسيرة تابعة لقوات الدعم السريع حيا سكنيا في مدينة كسلا، ما أدى إلى مقتل أربعة مدنيين.",
     "Rapid Support Forces", "Civilians (Sudan)"),
    # "Houthi drones struck a village in Hays district, wounding two children"
    ("استهدفت مسيرات تابعة للحوثيين قرية في مديرية حيس، ما أدى إلى إصابة طفلين.",
     "Ansar Allah (Houthis)", "Civilians (Yemen)"),
])
def test_a_bare_drone_belonging_to_a_side_is_that_side_s(resources, text, side, victims):
    """A thing right after a verb of attack was read as hit, its owner acted on: a drone is the owner's weapon."""
    m = _mention(resources, text)
    assert _actors(m) == {(side, "actor1"), (victims, "actor2")}
    assert m.event_type == "AIR_STRIKE"


def test_a_vehicle_belonging_to_a_side_after_a_verb_of_attack_was_hit(resources):
    """Guard: "an IED went off that struck a vehicle belonging to the Hashd near Baiji, killing two members": the
    owned thing is no drone, its owner was hit."""
    m = _mention(resources, "انفجرت عبوة ناسفة استهدفت عجلة تابعة للحشد الشعبي قرب بيجي، ما أدى إلى مقتل عنصرين.")
    assert _actors(m) == {("Popular Mobilization Forces", "actor2")}


# -- a protest's unnamed people ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,country", [
    # "dozens of truck drivers held a sit-in in Ramtha against the closure of the crossing"
    ("نفذ العشرات من سائقي الشاحنات وقفة احتجاجية في مدينة الرمثا، احتجاجا على إغلاق المعبر.", "Jordan"),
    # "dozens of taxi drivers staged a sit-in outside the governorate building in Basra over fuel prices"
    ("اعتصم العشرات من سائقي سيارات الأجرة أمام مبنى المحافظة في مدينة البصرة، احتجاجا على رفع أسعار الوقود.",
     "Iraq"),
])
def test_a_protest_of_unnamed_people_has_its_country_s_protesters(resources, text, country):
    m = _mention(resources, text)
    assert m.event_type == "PEACE_PROTEST"
    assert _actors(m) == {(f"Protesters ({country})", "actor1")}


def test_a_protest_of_named_residents_keeps_its_reading(resources):
    """Guard (read so before round 31): "hundreds of citizens demonstrated in al-Fao": the people are the protesters."""
    m = _mention(resources, "تظاهر مئات المواطنين في مدينة الفاو جنوبي البصرة احتجاجا على انقطاع الكهرباء.")
    assert _actors(m) == {("Protesters (Iraq)", "actor1")}


def test_a_protest_for_civilians_killed_keeps_them(resources):
    """Guard (round 28's spec): "dozens held a vigil in Nazareth over three civilians killed": civilians read in a
    protest may be the dead it is held for; no protesters are added beside them."""
    m = _mention(resources, "تظاهر العشرات في مدينة الناصرة احتجاجا على مقتل ثلاثة مدنيين.")
    assert not any(a.name.startswith("Protesters") for a in m.actors)
    assert any(a.name.startswith("Civilians") for a in m.actors)


def test_a_party_s_sit_in_keeps_the_party_that_acts():
    """Guard: where any actor is read (a force, a party), no protesters are added over it."""
    from eventwatch.extract.arabic_protesters import unnamed_protesters
    from eventwatch.model import Actor, Sentence

    text = "نظم حزب المعارضة وقفة احتجاجية في المدينة"
    party = Actor(name="Party", raw="حزب المعارضة", role="actor1", inter=6)
    assert unnamed_protesters([party], "PEACE_PROTEST", None, Sentence(0, len(text), text), "Iraq",
                              [(18, 31, "PEACE_PROTEST")], "d") == [party]


# -- review mends ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,shooter,owner", [
    # "the RSF shot down a drone belonging to the Sudanese army over Nyala"
    ("أسقطت قوات الدعم السريع مسيرة تابعة للجيش السوداني فوق مدينة نيالا.", "Rapid Support Forces",
     "Sudanese Armed Forces"),
    # "the Sudanese army intercepted a drone belonging to the RSF near El Obeid"
    ("اعترض الجيش السوداني مسيرة تابعة لقوات الدعم السريع قرب مدينة الأبيض.", "Sudanese Armed Forces",
     "Rapid Support Forces"),
])
def test_the_owner_of_a_drone_shot_down_was_acted_on(resources, text, shooter, owner):
    """After a verb of shooting down or intercepting, the drone's owner is the side acted on, not the one acting."""
    m = _mention(resources, text)
    assert (owner, "actor2") in _actors(m)
    assert (owner, "actor1") not in _actors(m)


def test_a_drone_that_crashed_is_its_owner_s(resources):
    """Guard: "a drone belonging to the Houthis crashed near Marib": "سقطت" (fell) names no other side."""
    m = _mention(resources, "سقطت مسيرة تابعة للحوثيين قرب مدينة مأرب.")
    assert ("Ansar Allah (Houthis)", "actor2") not in _actors(m)


@pytest.mark.parametrize("text", [
    # "the demonstration planned for Friday in Sfax was called off"
    "ألغيت المظاهرة المقررة يوم الجمعة في مدينة صفاقس.",
    # "the sit-in that was planned outside the governorate building in Irbid was postponed"
    "أرجئت الوقفة الاحتجاجية التي كانت مقررة أمام مبنى المحافظة في مدينة إربد.",
    # "Kairouan gets ready for the demonstration expected on Sunday": only planned
    "تستعد مدينة القيروان للمظاهرة المرتقبة يوم الأحد.",
    # "preparations go on for the sit-in intended outside the governorate's seat in Gabes"
    "تتواصل الاستعدادات للوقفة الاحتجاجية المزمعة أمام مقر الولاية في مدينة قابس.",
])
def test_a_protest_called_off_or_put_off_has_no_protesters(resources, text):
    """A protest that did not happen has no protesters to code."""
    assert not any(a.name.startswith("Protesters") for m in arabic_mentions(resources, text) for a in m.actors)


@pytest.mark.parametrize("text,crowd", [
    # "dozens gathered outside the town hall in Zarqa over rising prices"
    ("تجمع العشرات أمام مبنى البلدية في مدينة الزرقاء احتجاجا على رفع أسعار الخبز.", "العشرات"),
    # "hundreds held a sit-in outside the governorate building in Hillah over water cuts"
    ("اعتصم المئات أمام مبنى المحافظة في مدينة الحلة احتجاجا على انقطاع المياه.", "المئات"),
])
def test_unnamed_protesters_are_evidenced_by_the_crowd(resources, text, crowd):
    """The protesters' raw text is the crowd's count, not a word of protest ("احتجاجا")."""
    m = _mention(resources, text)
    protesters = [a for a in m.actors if a.name.startswith("Protesters")]
    assert [a.raw for a in protesters] == [crowd]
    assert protesters[0].evidence.text == crowd


def test_a_protest_against_a_planned_measure_still_has_protesters(resources):
    """Guard: "dozens held a sit-in in Irbid against the price rises decided": the planned thing is the cause."""
    m = _mention(resources, "اعتصم العشرات أمام مبنى المحافظة في مدينة إربد احتجاجا على الزيادات المقررة في الأسعار.")
    assert ("Protesters (Jordan)", "actor1") in _actors(m)


@pytest.mark.parametrize("text,country", [
    # "dozens marched in Gabes against the ministry's decision to cancel the bread subsidy"
    ("تظاهر العشرات في مدينة قابس احتجاجا على قرار الوزارة إلغاء دعم الخبز.", "Tunisia"),
    # "hundreds held a sit-in in Karbala against the postponement of the study grants"
    ("اعتصم المئات أمام مبنى المحافظة في مدينة كربلاء احتجاجا على تأجيل صرف المنح الدراسية.", "Iraq"),
    # "dozens stood in protest in Tulkarm rejecting the postponement of the municipal vote" (clitic "ل" after رفضا)
    ("نظم العشرات وقفة احتجاجية في مدينة طولكرم رفضا لإرجاء الانتخابات البلدية.", "Palestinian Territory"),
    # "a large demonstration went out in Sousse despite the governor's ban on the planned ones"
    ("خرجت مظاهرة كبيرة في مدينة سوسة رغم قرار الوالي منع المظاهرات المقررة.", "Tunisia"),
])
def test_a_called_off_word_about_the_cause_leaves_the_protesters(resources, text, country):
    """A called-off or planned word after "احتجاجا على", "رفضا ل" or "رغم" is about the protest's cause, not its
    fate: the protest was held and has its protesters."""
    m = _mention(resources, text)
    assert any(a.name == f"Protesters ({country})" and a.role == "actor1" for a in m.actors)


@pytest.mark.parametrize("text", [
    # "the union decided to postpone the sit-in planned in Hillah"
    "قررت النقابة تأجيل الاعتصام في مدينة الحلة.",
    # "the organisers announced the cancellation of the march in Monastir"
    "أعلن المنظمون عن إلغاء المسيرة في مدينة المنستير.",
])
def test_a_called_off_word_right_before_the_protest_still_cancels_it(resources, text):
    """Guard: the called-off word a few words before the protest's cue calls that protest off."""
    assert not any(a.name.startswith("Protesters") for m in arabic_mentions(resources, text) for a in m.actors)


@pytest.mark.parametrize("text,side", [
    # "an RSF drone dropped bombs on a residential quarter in El Obeid": "أسقط" is "dropped", the drone its subject
    ("أسقطت مسيرة تابعة لقوات الدعم السريع قنابل على حي سكني في مدينة الأبيض.", "Rapid Support Forces"),
    # "a Sudanese army drone dropped shells on a popular market in Nyala"
    ("أسقطت طائرة مسيرة تابعة للجيش السوداني قذائف على سوق شعبي في مدينة نيالا.", "Sudanese Armed Forces"),
])
def test_a_drone_that_dropped_bombs_is_its_owner_s(resources, text, side):
    """"أسقط" right before the drone, no subject between, is "dropped": the drone's owner acted
    (extract/arabic_events.py `_shot_down`)."""
    assert (side, "actor1") in _actors(_mention(resources, text))


def test_a_drone_shot_down_by_named_defences_was_acted_on(resources):
    """Guard: "air defences shot down a Houthi drone near Jazan": a subject between the verb and the drone."""
    m = _mention(resources, "أسقطت الدفاعات الجوية طائرة مسيرة تابعة للحوثيين قرب مدينة جازان.")
    assert ("Ansar Allah (Houthis)", "actor2") in _actors(m)
