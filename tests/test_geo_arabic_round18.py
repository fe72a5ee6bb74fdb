"""Arabic report shapes of round eighteen: Somalia's regions after "إقليم" with their Arabic adjectives (الوسطى،
السفلى), a town GeoNames holds only as the district named after it, a Sudanese locality named for its side of the
Nile, a province's police in construct, the duals of settlement words written out ("مخيمي X وY"), a border area
after "منطقة", and nouns written in construct ("على متن" aboard) that are a region's name only with the article.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

import pytest

from conftest import located
from eventwatch.geo import geoparse
from eventwatch.geo.arabic_words import load_arabic_report_words, written_as_word


def _read(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name as written, country, feature code) of each place read; no feature code for an unresolved name."""
    return [(t.text, t.place.country_code if t.place else t.fallback and t.fallback.country_code,
             t.place.feature_code if t.place else None) for t in geoparse(gaz, text) if t.locational]


# -- Somalia's regions after "إقليم" ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,region,name", [
    # "two soldiers were killed in a mortar attack in Lower Shabelle region"
    ("قتل جنديان بقصف بالهاون في إقليم شبيلي السفلى", "شبيلي السفلى", "Lower Shabeelle"),
    # "clashes in the town of Jilib in Middle Juba region"
    ("اندلعت اشتباكات في بلدة جلب بإقليم جوبا الوسطى", "جوبا الوسطى", "Middle Juba"),
])
def test_a_region_after_its_word_is_read_with_its_translated_adjective(gaz, text, region, name):
    found = {t.text: t.place for t in geoparse(gaz, text) if t.locational}
    assert found[region] is not None and (found[region].name, found[region].country_code) == (name, "SO")


def test_lower_juba_is_no_south_sudanese_capital(gaz):
    # "clashes in the town of Afmadow in Lower Juba region": "جوبا" alone is Juba, the region is Somalia's
    assert [c for _, c, _ in _read(gaz, "اشتباكات في بلدة أفمدو بإقليم جوبا السفلى")] == ["SO", "SO"]


def test_the_region_word_leaves_a_name_it_does_not_stand_before_alone(gaz):
    # "Turkish planes bombed villages in the Kurdistan Region of Iraq": the countries stay as they were read
    assert located(gaz, "قصفت الطائرات التركية قرى في إقليم كردستان العراق") == [("العراق", "IQ")]


# -- a town held only as its district ------------------------------------------------------------------------------------

def test_a_town_held_only_as_its_district_stands_at_that_district_in_the_named_region(gaz):
    # "a car bomb in the town of Afmadow in Lower Juba region": Afmadow is a district (ADM2) in GeoNames, not a town
    assert _read(gaz, "انفجرت سيارة مفخخة في بلدة أفمدو بإقليم جوبا السفلى") == [
        ("أفمدو", "SO", "ADM2"), ("جوبا السفلى", "SO", "ADM1")]


def test_without_a_named_region_the_district_is_not_guessed(gaz):
    # "clashes in the town of Afmadow": no first-level division of the report to hold the district
    assert [feature for _, _, feature in _read(gaz, "اشتباكات في بلدة أفمدو")] == [None]


# -- a Sudanese locality named for its side of the Nile ----------------------------------------------------------------

def test_a_locality_named_for_a_side_of_the_nile_is_that_locality(gaz):
    # "the RSF shelled quarters in East Nile locality, killing four civilians"
    found = [t for t in geoparse(gaz, "قصفت قوات الدعم السريع أحياء في محلية شرق النيل، ما أدى إلى مقتل أربعة مدنيين")
             if t.locational]
    assert [(t.text, t.place.name, t.place.country_code) for t in found] == [("شرق النيل", "Sharg En Nile", "SD")]


def test_a_compass_word_after_a_district_word_names_nothing_alone(gaz):
    # "a man was killed in the district north of Baghdad": no district of Iraq is called "north"
    assert located(gaz, "قتل رجل في قضاء شمال بغداد") == [("بغداد", "IQ")]


# -- a province's police ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the Salah al-Din police arrested four wanted men in Shirqat district"
    "اعتقلت شرطة صلاح الدين أربعة مطلوبين في قضاء الشرقاط",
    # "the Salah al-Din police announced the arrest of a wanted man"
    "أعلنت شرطة صلاح الدين اعتقال مطلوب",
])
def test_the_province_of_a_police_force_is_the_province_not_a_town_sharing_its_name(gaz, text):
    saladin = next(t for t in geoparse(gaz, text) if t.text == "صلاح الدين")
    assert (saladin.place.name, saladin.place.feature_code) == ("Salah ad Din", "ADM1")


# -- the duals of settlement words written out ---------------------------------------------------------------------------

def test_the_first_of_two_camps_after_the_dual_is_read_as_after_the_singular(gaz):
    # "the occupation forces arrested six young men from the Balata and Askar camps in Nablus"
    found = _read(gaz, "اعتقلت قوات الاحتلال ستة شبان من مخيمي بلاطة وعسكر في نابلس")
    assert [(name, country) for name, country, _ in found] == [("بلاطة", "PS"), ("وعسكر", "PS"), ("نابلس", "PS")]
    assert found[0][2] is not None  # Balata resolved through its Latin name, as after "مخيم"


# -- a border area after "منطقة" -----------------------------------------------------------------------------------------

def test_a_border_area_after_its_word_is_an_unknown_place(gaz):
    # "a soldier was wounded in the border area of al-Tuwal" (no row holds it): kept as written
    found = [t for t in geoparse(gaz, "أصيب جندي في منطقة الطوال الحدودية") if t.locational]
    assert [(t.text, t.place) for t in found] == [("الطوال", None)]


@pytest.mark.parametrize("text", [
    "قصفت المدفعية منازل في الشريط الحدودي",  # "the artillery shelled houses in the border strip"
    "أغلقت السلطات المعابر الحدودية",  # "the authorities closed the border crossings"
    "تقع الاشتباكات في منطقة العمليات الحدودية",  # "the clashes lie in the border operations area"
])
def test_the_border_adjective_makes_no_place_of_the_reports_own_nouns(gaz, text):
    assert located(gaz, text) == []


# -- nouns in construct -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,places", [
    # "12 migrants drowned who were aboard a boat off the coast of Tobruk"
    ("غرق ١٢ مهاجرا كانوا على متن قارب قبالة سواحل مدينة طبرق", [("طبرق", "LY")]),
    # "thirty migrants arrived aboard a boat at the coasts"
    ("وصل ٣٠ مهاجرا على متن زورق إلى السواحل", []),
    # "on another front, the forces arrested a young man in Daraa"
    ("وعلى صعيد آخر اعتقلت القوات شابا في درعا", [("درعا", "SY")]),
])
def test_a_noun_in_construct_is_the_word_not_a_place(gaz, text, places):
    assert located(gaz, text) == places


def test_the_construct_noun_is_the_word_only_bare():
    words = load_arabic_report_words()
    assert written_as_word("متن", "متن", words)
    assert not written_as_word("المتن", "المتن", words)  # with the article: Lebanon's Metn, left to the gazetteer


# -- Lebanon's cazas, held in French ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,caza", [
    # "a drone struck a town in Nabatieh district"
    ("أغارت مسيرة على بلدة في قضاء النبطية", "النبطية", "Caza de Nabatîyé"),
    # "a drone struck a town in Rashaya district in the Bekaa"
    ("أغارت مسيرة على بلدة في قضاء راشيا بالبقاع", "راشيا", "Caza de Rachaïya"),
])
def test_a_lebanese_district_is_read_without_the_french_word_and_article_of_its_name(gaz, text, name, caza):
    found = {t.text: t.place for t in geoparse(gaz, text) if t.locational}
    assert (found[name].name, found[name].country_code, found[name].feature_code) == (caza, "LB", "ADM2")


def test_a_division_held_twice_at_one_point_is_one_place(gaz):
    # GeoNames holds Lebanon's Metn as "Caza du Matn" and "Metn District" at one point: no choice between two places
    from eventwatch.geo.arabic_translit import bridge, district_index
    from eventwatch.geo.normalise import fold_token

    words = load_arabic_report_words()
    got = bridge(gaz, [fold_token("المتن")], frozenset({"LB"}), words.name_countries, divisions_only=True,
                 index=district_index(gaz, frozenset({"IQ", "LB"}), words.latin_division_words), min_consonants=2)
    assert got is not None and (got[1].country_code, got[1].feature_code, round(got[1].lat, 2)) == ("LB", "ADM2", 33.93)


@pytest.mark.xfail(strict=True, reason="\"المتن\" is Metten's (Germany) Arabic name: the automaton's reading takes the "
                   "token, and once that far reading is dropped the district word's bridge never sees the word")
def test_metn_after_the_district_word_is_lebanons_district(gaz):
    # "clashes in Metn district near Beirut"
    assert located(gaz, "اشتباكات في قضاء المتن قرب بيروت") == [("المتن", "LB"), ("بيروت", "LB")]


# -- a district word names its own countries' districts ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "اشتباكات مسلحة في قضاء طرابلس",  # "armed clashes in Tripoli district"
    "اشتباكات مسلحة في قضاء طرابلس شمال لبنان",  # "armed clashes in Tripoli district in north Lebanon"
])
def test_a_qada_of_tripoli_is_lebanons_not_the_libyan_capital(gaz, text):
    # "قضاء" names districts of Iraq and Lebanon only: Libya's far larger Tripoli is no reading after it
    assert located(gaz, text)[0] == ("طرابلس", "LB")
