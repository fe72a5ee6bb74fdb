"""Arabic report shapes of round seventeen: an attack told by the verb of raiding ("أغار"), the people acted on
named with an adjective in the indefinite accusative between them and their organisation, and an adverb in
the accusative beside the event's place.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

from conftest import arabic_mention


def sides(m) -> dict[str, set[str]]:
    return {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2")}


# -- the verb of raiding --------------------------------------------------------------------------------------------

def test_a_drone_that_raided_a_car_is_an_air_strike(resources):
    # "an Israeli drone struck a motorcycle in the town of Aitaroun on Tuesday, killing a young man"
    m = arabic_mention(resources, "أغارت مسيرة إسرائيلية على دراجة نارية في بلدة عيترون يوم الثلاثاء، ما أدى إلى استشهاد شاب.")
    assert m.event_type == "AIR_STRIKE" and sides(m)["actor1"] == {"Military Forces of Israel"}
    assert {w.name for w in m.weapons} == {"drone"}  # the verb names no weapon of its own (as "أغارت طائرات")
    assert (m.casualties.killed.low, m.casualties.killed.best) == (1, 1)


def test_warplanes_that_raided_a_town_again_are_an_air_strike_there(resources):
    # "coalition warplanes again raided the town of Harad, wounding three citizens"
    m = arabic_mention(resources, "أغارت طائرات التحالف مجددا على مدينة حرض، ما أسفر عن إصابة ثلاثة مواطنين.")
    assert m.event_type == "AIR_STRIKE" and "military aircraft" in {w.name for w in m.weapons}
    assert m.location is not None and m.location.country_code == "YE"


# -- people of a group with an accusative adjective -----------------------------------------------------------------

def test_a_former_commander_of_a_group_arrested_is_the_group_acted_on(resources):
    # "the Iraqi forces arrested a former IS commander in the city of Tikrit on Sunday"
    m = arabic_mention(resources, "اعتقلت القوات العراقية قياديا سابقا في تنظيم داعش في مدينة تكريت يوم الأحد.")
    assert m.event_type == "ARREST" and sides(m)["actor2"] == {"Islamic State"}


def test_a_prominent_member_killed_is_of_the_group_acted_on(resources):
    # "the army killed a prominent member of al-Shabaab in a raid near Afgoye"
    m = arabic_mention(resources, "قتل الجيش الصومالي عنصرا بارزا في حركة الشباب خلال مداهمة قرب مدينة أفجوي.")
    assert "Al-Shabaab" in sides(m)["actor2"]


# -- an accusative adverb beside the place --------------------------------------------------------------------------

def test_an_adverb_by_the_place_leaves_the_place_to_the_town(resources):
    # "regime forces shell the town of Kafranbel daily; two civilians were killed today"
    m = arabic_mention(resources, "تقصف قوات النظام بلدة كفرنبل يوميا، وقتل مدنيان اليوم.")
    assert m.location is not None and m.location.country_code == "SY" and "كفرنبل" in m.location.evidence.text


def test_a_large_offensive_is_no_town_in_mozambique(resources):
    # "the army launched a large offensive on al-Shabaab positions near Baidoa, killing 12 of its members"
    m = arabic_mention(resources, "شن الجيش الصومالي هجوما كبيرا على مواقع حركة الشباب قرب مدينة بيدوا، وقتل 12 من عناصرها.")
    assert m.location is not None and m.location.country_code == "SO"
