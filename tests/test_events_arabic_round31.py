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

from datetime import datetime

import pytest

from eventwatch.model import Document


def _mention(resources, text: str):
    """The report's one mention."""
    from eventwatch.pipeline import process

    doc = Document(id="ar-r31", sha256="0" * 64, raw=text.encode(), text=text, publisher="Test Monitor",
                   published_at=datetime(2024, 6, 1, 12, 0), language="ar")
    mentions = process(resources, doc)
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
