"""Arabic report shapes of round fourteen: compounds opened by a head word ("بني X", "بأم X"), a town held in
Latin letters only opening a dateline, the two towns a road links, a verb after a place that is no list item,
a capital's quarter held as a district, a place inside an armed group's Arabic name, and "around X".

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse

from conftest import toponym


def located(gaz, text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(gaz, text) if t.locational]


# -- the word after a compound's head keeps its first letter --------------------------------------------------

@pytest.mark.parametrize("text,name,country", [
    ("اعتقلت دورية ثلاثة شبان في بني وليد", "بني وليد", "LY"),  # "وليد" is no "و" and "ليد"
    ("تجمع النازحون في مدينة كسلا وبني وليد", "وبني وليد", "LY"),  # the head itself after the list's "و"
    ("سقطت قذيفتان بأم درمان صباحا", "بأم درمان", "SD"),  # "in Omdurman": the head with its joined "ب"
])
def test_a_compound_opened_by_a_head_word_is_read_whole(gaz, text, name, country):
    found = toponym(gaz, text, name)
    assert found is not None and found.place is not None and found.place.country_code == country


def test_a_head_word_with_its_article_is_a_whole_name_and_leaves_the_next_word_alone(gaz):
    # "التل" (al-Tall) is a town's whole name: "بريف" after it is still "in the countryside of"
    assert located(gaz, "داهمت دورية منازل في بلدة التل بريف دمشق") == [("التل", "SY"), ("بريف دمشق", "SY")]


# -- a dateline's town held in Latin letters only --------------------------------------------------------------

def test_a_town_opening_a_dateline_is_read_through_the_bridge(gaz):
    # "Nabatieh - shells hit the outskirts of a village": the governorate is held in Latin letters only
    found = toponym(gaz, "النبطية - سقطت قذائف على أطراف قرية حدودية", "النبطية")
    assert found.cue == "dateline" and found.place.country_code == "LB"


def test_a_speech_before_a_dash_is_no_dateline(gaz):
    assert located(gaz, "قال الشاهد - وهو من السكان - إن القصف استمر") == []


# -- the two towns a road links -----------------------------------------------------------------------------

def test_the_towns_after_a_roads_between_are_places(gaz):
    # "a truck overturned on the road linking Timbuktu and Gao": the first town has no other cue
    found = located(gaz, "انقلبت شاحنة على الطريق الرابط بين تمبكتو وغاو")
    assert found == [("تمبكتو", "ML"), ("وغاو", "ML")]
    assert toponym(gaz, "انقلبت شاحنة على الطريق الرابط بين تمبكتو وغاو", "تمبكتو").cue == "between"


def test_between_two_sides_is_no_road(gaz):
    # "the ministers discussed relations between Syria and Turkey": no cue of place
    assert all(t.cue != "between" for t in geoparse(gaz, "ناقش الوزيران العلاقات بين سوريا وتركيا"))


# -- a verb of "they did" after a place is no list item ---------------------------------------------------------

def test_a_plural_verb_after_a_place_is_not_the_next_place_of_a_list(gaz):
    # "gunmen attacked a village west of Menaka and burned houses": "وأحرقوا" is no Malian town
    assert located(gaz, "هاجم مسلحون قرية غربي ميناكا وأحرقوا المنازل") == [("ميناكا", "ML")]


# -- a capital's quarter held as a district -------------------------------------------------------------------

def test_a_quarter_of_the_reports_city_held_as_a_district_is_read_there(gaz):
    # "a shell fell in the Hodan quarter of Mogadishu": GeoNames holds Hodan as Mogadishu's district, and its
    # Arabic letters are an English town's Arabic name
    found = toponym(gaz, "سقطت قذيفة في حي هودن بمقديشو", "هودن")
    assert (found.place.name, found.place.country_code, found.place.feature_code) == ("Hodan", "SO", "ADM2")


# -- a place inside an armed group's Arabic name ----------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("تبنت جماعة أنصار بيت المقدس تفجيرا قرب العريش", "بيت المقدس"),  # supporters of Jerusalem
    ("قتل قائد في لواء صقور حلب بقصف على مدينة إدلب", "حلب"),  # a brigade of the falcons of Aleppo
])
def test_a_place_after_a_formation_word_is_part_of_the_groups_name(gaz, text, name):
    assert toponym(gaz, text, name).cue == "embedded"


@pytest.mark.parametrize("text,name", [
    ("أفاد شهود بأن جيش الاحتلال قصف خان يونس فجر الأحد", "خان يونس"),  # "the occupation army shelled"
    ("قالت مصادر إن الجيش السوري يقصف إدلب منذ أيام", "إدلب"),  # "the Syrian army is shelling Idlib"
    ("جيش النظام يقصف معرة النعمان", "معرة النعمان"),  # "the regime's army shells"
])
def test_a_place_after_an_armys_name_that_carries_the_article_is_where_it_strikes(gaz, text, name):
    # a construct chain carries the article on its last word only: a word with it ends the group's name
    found = toponym(gaz, text, name)
    assert found is not None and found.cue != "embedded" and found.place is not None


def test_a_jordanian_district_after_liwa_stays_a_place(gaz):
    # "لواء" is also a Jordanian district word: with no word of a name between, the place is where it is
    assert located(gaz, "يعيش أغلب السكان في لواء الرمثا") == [("الرمثا", "JO")]


# -- around ------------------------------------------------------------------------------------------------

def test_a_town_around_which_a_cordon_is_thrown_is_a_place(gaz):
    # "security forces threw a cordon around Tarhuna": a town held in Latin letters only, after "حول"
    assert located(gaz, "فرضت قوات الأمن طوقا حول ترهونة فجرا") == [("ترهونة", "LY")]


def test_a_country_after_around_is_what_is_talked_about_not_where(gaz):
    # "the donors held a conference about Libya in Rome": "حول" before a country is "about"
    found = {t.text: t.cue for t in geoparse(gaz, "عقدت الدول المانحة مؤتمرا حول ليبيا في روما")}
    assert found["ليبيا"] != "in" and found["روما"] == "in"
