"""Arabic report shapes of round fifteen: "the country" after a compass word, plural division words before a
list, a country named as a side's patron ("موالية لـ"), compounds opened by "آل" and "البو", a country's
adjective after a town, "in" joined to a town after an institution's name, and a road named by its two ends.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

import pytest

from conftest import located
from eventwatch.geo.arabic_adjectives import adjective_country
from eventwatch.geo.normalise import fold_token


# -- a point of the compass settles no report word as a name -------------------------------------------------

def test_the_east_of_the_country_is_no_place(gaz):
    # "clashes in the town of Kassala in the east of the country"
    assert located(gaz, "اندلعت اشتباكات في مدينة كسلا شرقي البلاد") == [("كسلا", "SD")]


# -- a plural division word before a list --------------------------------------------------------------------

def test_each_district_of_a_plural_district_word_is_read(gaz):
    # "fighting resumed in the districts of Hays and al-Khawkhah south of al-Hudaydah"
    found = located(gaz, "تجددت المعارك في مديريات حيس والخوخة جنوب الحديدة")
    assert found == [("حيس", "YE"), ("والخوخة", "YE"), ("الحديدة", "YE")]


# -- a country named as a side's patron -----------------------------------------------------------------------

@pytest.mark.parametrize("text,places", [
    ("هاجمت فصائل موالية لتركيا قرية قرب مدينة الباب", [("الباب", "SY")]),  # Turkish-backed factions
    ("قصفت الميليشيات الموالية لإيران مواقع في البوكمال", [("البوكمال", "SY")]),  # the militias loyal to Iran
])
def test_the_country_a_side_is_loyal_to_is_no_place(gaz, text, places):
    assert located(gaz, text) == places


def test_a_country_after_a_plain_to_is_still_a_place(gaz):
    assert ("لتركيا", "TR") in located(gaz, "وصل آلاف اللاجئين السوريين أمس لتركيا")


# -- compounds opened by "آل" (the family of) and "البو" (the clan of) ---------------------------------------------

def test_an_area_named_for_a_family_is_read_whole(gaz):
    # "artillery shelled the Al Salim area east of Saada": "آل" alone is no far place
    assert located(gaz, "قصفت المدفعية منطقة آل سالم شرق صعدة") == [("آل سالم", "YE"), ("صعدة", "YE")]


def test_an_iraqi_clan_village_is_read_whole_even_when_its_name_opens_with_fa(gaz):
    # "forces raided the village of Albu Fahd south of Ramadi": "البو" is no Burkina Faso, "ف" no "and"
    assert located(gaz, "داهمت القوات قرية البو فهد جنوب الرمادي") == [("البو فهد", "IQ"), ("الرمادي", "IQ")]


# -- a country's adjective after a town ----------------------------------------------------------------------------

def test_a_countrys_adjective_chooses_its_namesake(gaz):
    # "the Egyptian Rafah": the smaller of two Rafahs, as the adjective says
    assert located(gaz, "أغلقت السلطات المعبر في مدينة رفح المصرية") == [("رفح", "EG")]
    assert located(gaz, "استشهد طفل بقصف على مدينة رفح") == [("رفح", "PS")]


@pytest.mark.parametrize("adjective,code", [
    ("المصرية", "EG"), ("السورية", "SY"), ("العراقية", "IQ"), ("الموريتانية", "MR"), ("التشادية", "TD"),
    ("الليبي", "LY"), ("الأردنية", "JO"),
])
def test_a_countrys_adjective_is_read_off_its_name(gaz, adjective, code):
    assert adjective_country(gaz, fold_token(adjective)) == code


@pytest.mark.parametrize("word", ["الحدودية", "العسكرية", "الشرقية"])
def test_other_adjectives_name_no_country(gaz, word):
    assert adjective_country(gaz, fold_token(word)) is None


# -- "in" joined to a town after an institution's name ----------------------------------------------------------------

def test_the_town_an_institution_sits_in_is_read_through_the_bridge(gaz):
    # "the security directorate in Tarhuna arrested two men after clashes in Bani Walid": Tarhuna is held in
    # Latin letters only
    found = located(gaz, "قالت مديرية الأمن بترهونة إنها اعتقلت شخصين بعد اشتباكات في بني وليد")
    assert ("بترهونة", "LY") in found


def test_a_verbal_noun_after_a_plain_noun_stays_a_word(gaz):
    # "the ministry called for pursuing the perpetrators in Tripoli"
    assert located(gaz, "طالبت الوزارة بملاحقة الجناة في طرابلس") == [("طرابلس", "LY")]


# -- a road named by its two ends -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "انقلبت حافلة على طريق سبها-الشويرف مساء أمس",
    "انقلبت حافلة على طريق سبها - الشويرف مساء أمس",
])
def test_the_roads_other_end_after_the_dash_is_a_place(gaz, text):
    assert located(gaz, text) == [("سبها", "LY"), ("الشويرف", "LY")]


def test_a_dash_in_speech_opens_no_road(gaz):
    assert located(gaz, "قال الطبيب - وهو من سكان حلب - إن المستشفى خرج عن الخدمة") == [("حلب", "SY")]
