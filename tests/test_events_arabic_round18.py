"""Arabic report shapes of round eighteen through the pipeline: a province's police acting with no other place
named, a town held only as its district in a Somali region, a Sudanese locality named for its side of the Nile,
and the first of two camps named after the dual.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

import pytest

from conftest import arabic_mention


def sides(m) -> dict[str, set[str]]:
    return {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2")}


def test_a_provinces_police_arrest_stands_in_that_province_of_iraq(resources):
    # "the Salah al-Din police arrested four men wanted on terrorism charges in a raid campaign on Sunday"
    m = arabic_mention(resources, "اعتقلت شرطة صلاح الدين أربعة مطلوبين بتهم إرهابية في حملة دهم يوم الأحد.")
    assert m.event_type == "ARREST" and sides(m)["actor1"] == {"Police Forces of Iraq"}
    assert (m.location.name, m.location.country_code) == ("Salah ad Din", "IQ")
    assert (m.casualties.detained.low, m.casualties.detained.best) == (4, 4)


def test_a_bomb_in_a_town_of_a_somali_region_is_in_somalia(resources):
    # "five civilians were killed by a roadside bomb in the town of Afmadow in Lower Juba region on Monday"
    m = arabic_mention(resources, "قتل خمسة مدنيين بانفجار عبوة ناسفة في بلدة أفمدو بإقليم جوبا السفلى يوم الإثنين.")
    assert m.event_type == "REM_EXPLOS" and sides(m)["actor2"] == {"Civilians (Somalia)"}
    assert m.location.country_code == "SO" and "أفمدو" in m.location.evidence.text
    assert m.date == "2024-05-27"


def test_shelling_in_a_locality_named_for_the_nile_is_in_sudan(resources):
    # "the RSF shelled quarters in East Nile locality with artillery, killing four civilians"
    m = arabic_mention(resources, "قصفت قوات الدعم السريع أحياء في محلية شرق النيل بالمدفعية، ما أدى إلى مقتل أربعة مدنيين.")
    assert m.event_type == "ART_MISS_ATTACK" and sides(m) == {"actor1": {"Rapid Support Forces"},
                                                              "actor2": {"Civilians (Sudan)"}}
    assert m.location.country_code == "SD" and "شرق النيل" in m.location.evidence.text


def test_arrests_from_two_camps_stand_at_the_first(resources):
    # "the occupation forces arrested six young men from the Balata and Askar camps east of Nablus at dawn today"
    m = arabic_mention(resources, "اعتقلت قوات الاحتلال ستة شبان من مخيمي بلاطة وعسكر شرقي نابلس فجر اليوم.")
    assert m.event_type == "ARREST" and sides(m)["actor1"] == {"Military Forces of Israel"}
    assert m.location.country_code == "PS" and "بلاطة" in m.location.evidence.text
    assert (m.casualties.detained.low, m.casualties.detained.best) == (6, 6)


def test_arrests_from_two_camps_in_a_city_stand_at_the_first_camp(resources):
    # "the occupation forces arrested six young men from the Balata and Askar camps in Nablus at dawn today"
    m = arabic_mention(resources, "اعتقلت قوات الاحتلال ستة شبان من مخيمي بلاطة وعسكر في نابلس فجر اليوم.")
    assert m.location.country_code == "PS" and "بلاطة" in m.location.evidence.text  # the dual is its settlement cue


@pytest.mark.parametrize("text,village,country", [
    # "two shepherds were killed by a landmine in the village of Albu Darraj near Samarra on Sunday"
    ("قتل راعيان بانفجار لغم أرضي في قرية البو دراج قرب سامراء يوم الأحد.", "البو دراج", "IQ"),
    # "a child was wounded by a sniper's fire in the village of al-Shaqab near the city of Taiz"
    ("أصيب طفل برصاص قناص في قرية الشقب بالقرب من مدينة تعز.", "الشقب", "YE"),
])
def test_a_village_the_tables_lack_near_a_town_is_where_it_happened(resources, text, village, country):
    # "near Y" places the village by the town, as a compass word does: the event keeps the village's name
    m = arabic_mention(resources, text)
    assert m.location.country_code == country and village in m.location.evidence.text


def test_a_border_fence_is_no_place_of_the_event(resources):
    # "border guards shot dead a smuggler in the border fence area with Iraq on Tuesday": the fence is the report's
    # noun, so the event stands in the country the area borders, named as the report names it
    m = arabic_mention(resources, "قتل حرس الحدود مهربا بالرصاص في منطقة السياج الحدودية مع العراق يوم الثلاثاء.")
    assert m.location.country_code == "IQ" and m.location.raw == "العراق"


def test_a_town_held_only_at_its_regions_centre_keeps_the_regions_precision(resources):
    # "al-Shabaab stormed a police post in the town of Balcad in Middle Shabelle region": GeoNames has Balcad only as
    # a district placed at its region's centre, so the event is the region's, with the town's name as written
    m = arabic_mention(resources, "هاجمت حركة الشباب مركزا للشرطة في بلدة بلعد بإقليم شبيلي الوسطى.")
    assert (m.location.country_code, m.location.feature_code, m.location.raw) == ("SO", "ADM1", "بلعد")
    assert m.location.precision == 4
