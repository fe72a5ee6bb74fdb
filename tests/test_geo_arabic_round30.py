"""Arabic report shapes of round thirty: a town's alternate name opened by "مدينة" (Zanzibar City's "مدينة زنجبار")
yields to the name after the word where that name has a populated namesake in another country (Zinjibar, Abyan's
capital), so the report's other places choose between them; "in" joined to a feature's noun ("تريم بوادي حضرموت")
cues the division the feature is named for, as the bare noun does; a feminine noun of report vocabulary with its
definite feminine adjective ("السلطة الجديدة", the new authority) is a phrase of the language, not a far hamlet's
name; a local division met only through the consonant bridge in a governorate other than the one the report names
right after it ("ناحية العظيم شمالي ديالى": no Adhamiyah of Baghdad) is kept as written; and true Arabic names the
gazetteer lacked: Seiyun (held only as its district, Sayun), Berrechid, Yobe State, and the Arabic names of thirty-one
countries of Africa, Asia, Oceania and the Americas (Tanzania, Burundi, Myanmar...; Guinea's namesakes in full, Papua
New Guinea among them, with British Columbia and the island of New Guinea so that no longer name holds a country's).

The round's eighteen whole place reports (tests/fixtures/geo_arabic/reports.yaml, ids "r30-...": Beit Yashout and
al-Qadmus, Rastan and Talbiseh, Qastun in the Ghab, Deir ez-Zor's east bank, al-Karamah and Tell Tamr, al-Riyadh
subdistrict and Daquq, Khanaqin and the Baqubah - Balad Ruz road, al-Shirqat and Tikrit, Abu al-Khasib and al-Fao,
Bayhan and Seiyun, Razih and Zinjibar, Jenin camp, Qabatiya and Tammun, Jabalia and Beit Lahia, al-Ruwaished and
Ramtha, the Rafah crossing and al-Arish, al-Hasahisa and al-Roseires, Adre and Mbera camp, Gharyan and al-Rujban)
read fourteen of eighteen right on their first run. Three villages no gazetteer row holds in any script (Qastun,
al-Tayyanah, Abu Hamam) were coded again as kept unresolved in their country, as the reader keeps them; Seiyun and
Zinjibar are mended below. Every sentence is written for this test (real places, invented incidents). The guards
check what each rule must leave alone. The tests after "mends of the round's review" keep what the review found the
round had broken: Sadr City and the Green Zone, whose bare names reach no row of theirs; al-Mazra'a al-Qibliya
("القبلية", southern, a compass word); Papua New Guinea and British Columbia read whole.
"""
from __future__ import annotations

import pytest

from conftest import located
from eventwatch.geo import geoparse


_read = located  # (name as written, country), an unresolved name in its stand-in's country


def _places(gaz, text: str) -> list[tuple[str, str | None]]:
    """(name as written, the place's name) of each place read (None: unresolved)."""
    return [(t.text, t.place and t.place.name) for t in geoparse(gaz, text) if t.locational]


# -- a settlement word before a name with namesakes abroad ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "clashes broke out in the city of Zinjibar, capital of Abyan governorate"
    "اندلعت اشتباكات في مدينة زنجبار عاصمة محافظة أبين",
    # "a car bomb went off at a checkpoint at the entrance of the city of Zinjibar in Abyan"
    "انفجرت سيارة مفخخة عند نقطة تفتيش في مدخل مدينة زنجبار بمحافظة أبين",
])
def test_the_city_of_a_name_with_a_namesake_abroad_is_chosen_by_the_report(gaz, text):
    """"مدينة زنجبار" is an alternate name of Zanzibar City: read whole it won by length before Abyan was weighed."""
    assert _places(gaz, text)[0] == ("زنجبار", "Zinjibār")


@pytest.mark.parametrize("text,expected", [
    # guard: "the delegation arrived in Kuwait City": every reading of "الكويت" lies in Kuwait, the whole name stands
    ("وصل الوفد إلى مدينة الكويت مساء أمس", [("مدينة الكويت", "Kuwait City")]),
    # guard: "a relief convoy reached the Sahel region": a region's own name opened by "منطقة" stands whole
    ("أرسلت المنظمة قافلة إغاثة إلى منطقة الساحل", [("منطقة الساحل", "Sahel")]),
])
def test_a_whole_name_whose_readings_agree_or_name_no_town_stands(gaz, text, expected):
    assert _places(gaz, text) == expected


# -- "in" joined to a feature's noun ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,town", [
    # "an officer was assassinated in the city of Tarim in Wadi Hadramawt"
    ("اغتيل ضابط في مدينة تريم بوادي حضرموت", "تريم"),
    # "hundreds of protesters gathered in Seiyun in Wadi Hadramawt"
    ("احتشد مئات المتظاهرين في مدينة سيئون بوادي حضرموت", "سيئون"),
])
def test_in_joined_to_a_valley_cues_the_division_it_is_named_for(gaz, text, town):
    assert _read(gaz, text) == [(town, "YE"), ("حضرموت", "YE")]


def test_in_joined_to_a_plain_cues_the_division_too(gaz):
    """Guard (read so before round 30 too): "قرى بسهل نينوى", villages in the Nineveh plain."""
    assert _read(gaz, "سقطت قذائف على قرى بسهل نينوى") == [("نينوى", "IQ")]


@pytest.mark.parametrize("text", [
    # guard: "the people received the convoy in a valley of joy": no name after the noun
    "استقبل الأهالي القافلة بوادي الفرح",
    # guard: "the official praised a mountain of achievements"
    "أشاد المسؤول بجبل من الإنجازات",
])
def test_in_joined_to_a_feature_noun_reads_no_word_of_the_language(gaz, text):
    assert _read(gaz, text) == []


# -- a noun of report vocabulary and its adjective -----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "the new authority in Damascus welcomed the decision"
    ("رحبت السلطة الجديدة في دمشق بالقرار", [("دمشق", "SY")]),
    # "an official of the new authority said the forces entered Hama"
    ("قال مسؤول في السلطة الجديدة إن القوات دخلت حماة", [("حماة", "SY")]),
])
def test_a_noun_and_its_adjective_are_no_far_hamlet(gaz, text, expected):
    """GeoNames holds "As Sulţah al Jadīdah", a Qatari village, under the phrase "the new authority"."""
    assert _read(gaz, text) == expected


def test_the_phrase_after_a_settlement_word_is_the_village(gaz):
    """Guard: "the village of al-Sulta al-Jadida" is the village the settlement word names."""
    assert _read(gaz, "وصلت قافلة إلى قرية السلطة الجديدة") == [("السلطة الجديدة", "QA")]


# -- a division met loosely outside the governorate the report names -------------------------------------------------

@pytest.mark.parametrize("text", [
    # "an IED exploded in al-Adhaim subdistrict north of Diyala"
    "انفجرت عبوة ناسفة في ناحية العظيم شمالي ديالى",
    # "a farmer was killed near al-Adhaim subdistrict in Diyala governorate"
    "قتل مزارع بهجوم مسلح قرب ناحية العظيم في محافظة ديالى",
])
def test_a_loose_reading_outside_the_named_governorate_is_no_reading(gaz, text):
    """The bridge meets Baghdad's Adhamiyah; Diyala, named after the subdistrict, does not hold it: kept as written."""
    assert _read(gaz, text) == [("العظيم", "IQ"), ("ديالى", "IQ")]
    assert _places(gaz, text)[0] == ("العظيم", None)


@pytest.mark.parametrize("text,name", [
    # guard: a reading spelt as written is let be ("south of Aleppo" may be the city, beside another governorate)
    ("قصفت المدفعية ناحية معرة النعمان جنوب حلب", "Ma‘arrat an Nu‘mān"),
    # guard: "security forces arrested wanted men in Hawija district west of Kirkuk"
    ("اعتقلت القوات الأمنية مطلوبين في قضاء الحويجة غرب كركوك", "Al Ḩawījah"),
])
def test_a_division_spelt_as_written_keeps_its_reading(gaz, text, name):
    assert _places(gaz, text)[0][1] == name


# -- true Arabic names the gazetteer lacked -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "hundreds demonstrated in the city of Seiyun on Friday"
    "تظاهر مئات في مدينة سيئون يوم الجمعة",
    # "floods swept quarters of Mukalla and Seiyun in Hadramawt": the list's second item
    "اجتاحت السيول أحياء في المكلا وسيئون بحضرموت",
])
def test_seiyun_is_the_district_that_bears_its_name(gaz, text):
    assert "Sayun" in [p for _, p in _places(gaz, text)]


@pytest.mark.parametrize("text,written,name", [
    # "the police raided homes in the city of Berrechid": no "in" + Rosetta
    ("داهمت الشرطة منازل في مدينة برشيد", "برشيد", "Berrechid"),
    # "gunmen attacked a village in Yobe state in north-eastern Nigeria": no Japanese Ube
    ("هاجم مسلحون قرية في ولاية يوبي شمال شرقي نيجيريا", "يوبي", "Yobe State"),
])
def test_berrechid_and_yobe_as_the_arabic_press_writes_them(gaz, text, written, name):
    assert _places(gaz, text)[0] == (written, name)


@pytest.mark.parametrize("text,expected", [
    # "clashes broke out in the city of Zanzibar in Tanzania": the country named keeps the city in Tanzania
    ("وقعت اشتباكات في مدينة زنجبار في تنزانيا", [("زنجبار", "TZ"), ("تنزانيا", "TZ")]),
    # "thousands fled from Burundi to Rwanda last month"
    ("لجأ آلاف من بوروندي إلى رواندا خلال الشهر الماضي", [("بوروندي", "BI"), ("رواندا", "RW")]),
    # "a boat carrying refugees from Myanmar sank off the coast of Bangladesh"
    ("غرق قارب يقل لاجئين من ميانمار قبالة سواحل بنغلاديش", [("ميانمار", "MM"), ("بنغلاديش", "BD")]),
])
def test_countries_as_arabic_reports_write_them(gaz, text, expected):
    """The bundled tables carry countries' English names only; these Arabic names were missing."""
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "migrants from Equatorial Guinea arrived": the whole name, no Guinea
    ("وصل مهاجرون من غينيا الاستوائية", [("غينيا الاستوائية", "GQ")]),
    # "migrants arrived from Guinea-Bissau in Morocco"
    ("وصل مهاجرون من غينيا بيساو إلى المغرب", [("غينيا بيساو", "GW"), ("المغرب", "MA")]),
    # guard: Guinea itself
    ("وصل مهاجرون من غينيا إلى المغرب", [("غينيا", "GN"), ("المغرب", "MA")]),
])
def test_guinea_s_namesakes_are_read_whole(gaz, text, expected):
    assert _read(gaz, text) == expected


# -- mends of the round's review ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "a suicide bomber blew himself up at a checkpoint at the edge of Sadr City": bare "الصدر" meets only Pakistan's
    # Saddar, so the settlement word must not give way
    ("فجر انتحاري نفسه عند حاجز أمني على أطراف مدينة الصدر", [("مدينة الصدر", "Sadr City")]),
    # "gunmen opened fire on a minibus in Sadr City, east of Baghdad"
    ("أطلق مسلحون النار على حافلة صغيرة في مدينة الصدر شرق بغداد",
     [("مدينة الصدر", "Sadr City"), ("بغداد", "Baghdad")]),
])
def test_a_whole_name_the_bare_name_cannot_reach_stands(gaz, text, expected):
    """The settlement word gives way only where the bare name still reaches a row the whole name has: "الصدر"
    alone reaches no Sadr City, so yielding would lose the place (review of round 30)."""
    assert _places(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # "a drone was shot down over the Green Zone at dawn"
    "أسقطت الدفاعات طائرة مسيرة فوق المنطقة الخضراء عند الفجر",
    # "protesters stormed the Green Zone in the capital, Baghdad"
    "اقتحم محتجون المنطقة الخضراء في العاصمة بغداد",
])
def test_the_green_zone_is_not_a_namesake_abroad(gaz, text):
    """Bare "الخضراء" reaches only towns of Israel and Libya; the whole name is Baghdad's Green Zone."""
    assert _read(gaz, text)[0] == ("المنطقة الخضراء", "IQ")


@pytest.mark.parametrize("text,expected", [
    # "settlers burnt farm fields in al-Mazra'a al-Qibliya, north-west of Ramallah": al-Qibliya is "southern"
    ("أحرق مستوطنون حقولا زراعية في المزرعة القبلية شمال غربي رام الله",
     [("المزرعة القبلية", "PS"), ("رام الله", "PS")]),
    # "the army closed the entrances of al-Mazra'a al-Qibliya with earth mounds"
    ("أغلق الجيش مداخل المزرعة القبلية بالسواتر الترابية", [("المزرعة القبلية", "PS")]),
])
def test_a_village_named_for_its_side_is_no_noun_and_adjective(gaz, text, expected):
    """"القبلية" (southern), like "الشرقية", is a compass word: the pair is a village's name."""
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "a strong earthquake struck Papua New Guinea at dawn": no Guinea in West Africa
    ("هز زلزال عنيف بابوا غينيا الجديدة عند الفجر", [("بابوا غينيا الجديدة", "PG")]),
    # "Australia sent medical teams to Papua New Guinea"
    ("أرسلت أستراليا فرقا طبية إلى بابوا غينيا الجديدة", [("أستراليا", "AU"), ("بابوا غينيا الجديدة", "PG")]),
    # "wildfires spread in British Columbia in western Canada": no Colombia
    ("امتدت حرائق الغابات في كولومبيا البريطانية غرب كندا", [("كولومبيا البريطانية", "CA"), ("كندا", "CA")]),
])
def test_a_longer_name_that_holds_a_country_s_name_is_read_whole(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_the_island_of_new_guinea_is_no_guinea(gaz):
    """"floods cut roads on the island of New Guinea": the island lies in Indonesia and Papua New Guinea; its name
    holds "غينيا" but is not Guinea. It is held only with "جزيرة" before it (second review: bare "غينيا الجديدة"
    after a feminine noun is Guinea's new government or leadership)."""
    assert _places(gaz, "قطعت الفيضانات طرقا في جزيرة غينيا الجديدة") == [("جزيرة غينيا الجديدة", "New Guinea")]


@pytest.mark.xfail(strict=True, reason="without 'جزيرة' the island's name is not held: 'غينيا الجديدة' after a noun is "
                   "as often 'the new Guinea' (its new government), so 'the mountains of New Guinea' reads Guinea")
def test_the_mountains_of_new_guinea_without_the_island_word(gaz):
    """"explorers crossed the rugged mountains of New Guinea"."""
    assert ("غينيا الجديدة", "New Guinea") in _places(gaz, "عبر مستكشفون جبال غينيا الجديدة الوعرة")


@pytest.mark.parametrize("text,guinea", [
    # "Guinea's new government appointed an ambassador to Senegal"
    ("عينت حكومة غينيا الجديدة سفيرا لدى السنغال", False),
    # "Guinea's new leadership pledged to free the opponents"
    ("تعهدت قيادة غينيا الجديدة بالإفراج عن المعارضين", True),
])
def test_guinea_s_new_government_is_no_island(gaz, text, guinea):
    """After a feminine noun "الجديدة" is "new": the report is about Guinea, not the island (second review)."""
    places = _places(gaz, text)
    assert all(name != "New Guinea" for _, name in places)
    if guinea:
        assert ("غينيا", "Guinea") in places


def test_in_rosetta_before_its_governorate_is_not_berrechid(gaz):
    """"a smuggling boat was seized at Rosetta in Beheira governorate": ب joined to Rosetta, held by Beheira (mended
    in round 32: geo/arabic_joined_in.py weighs the holder before context does)."""
    assert _read(gaz, "ضبطت السلطات مركب تهريب برشيد في محافظة البحيرة") == [("برشيد", "EG"), ("البحيرة", "EG")]


def test_rosetta_written_apart_is_read_with_its_governorate(gaz):
    """"a fishing boat capsized off Rosetta's shore in Beheira governorate": Beheira's Arabic name is held."""
    assert _places(gaz, "انقلب قارب صيادين قرب شاطئ رشيد التابعة لمحافظة البحيرة") == [
        ("رشيد", "Rosetta"), ("البحيرة", "Beheira")]


@pytest.mark.parametrize("text", [
    # guard: "mortar shells fell on Taji district north of Baghdad": a loose reading the named governorate holds
    "سقطت قذائف هاون على قضاء التاجي شمالي بغداد",
    # guard: "the forces arrested a wanted man in Taji subdistrict in Baghdad governorate"
    "اعتقلت القوات مطلوبا في ناحية التاجي بمحافظة بغداد",
])
def test_a_loose_reading_the_named_governorate_holds_stays(gaz, text):
    """The consonant bridge alone meets Taji District; Baghdad, named after it, holds it, so it is kept: the rule
    drops a loose reading only where the governorate named next is another (review of round 30)."""
    assert _places(gaz, text) == [("التاجي", "Taji District"), ("بغداد", "Baghdad")]


# -- mends of the second review ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,country", [
    # "students held a sit-in in the city of London in solidarity with the detainees": "مدينة لندن" is held as an
    # alternate name of the City of London; bare "لندن" reaches London in the same country, so the word gives way
    ("اعتصم طلاب جامعيون في مدينة لندن تضامنا مع المعتقلين", "GB"),
    # "three people were hurt in a stabbing in the city of London in the Canadian province of Ontario"
    ("أصيب ثلاثة أشخاص في حادث طعن بمدينة لندن في مقاطعة أونتاريو الكندية", "CA"),
    # "a warehouse burnt down at night in the Canadian city of London"
    ("احترق مستودع للأخشاب ليلا في مدينة لندن الكندية", "CA"),
])
def test_a_whole_name_gives_way_to_a_bare_name_in_its_own_country(gaz, text, country):
    """The bare name reaching a row in the whole name's own country counts as reaching it: "مدينة لندن" is London
    (the capital, or Ontario's when the report says so), not the City of London (second review)."""
    place = next(t.place for t in geoparse(gaz, text) if t.locational)
    assert (place.name, place.country_code) == ("London", country)


# mended in round 32: a hamlet's old name gives way to a bare name of towns a hundred times its size
# (geo/arabic_settlement_names.py)
@pytest.mark.parametrize("text,country", [
    # "a bus fell into a river near the city of Salem in Tamil Nadu"
    ("سقطت حافلة في نهر قرب مدينة سالم في ولاية تاميل نادو", "IN"),
    # "settlers attacked farmers in the town of Salim east of Nablus"
    ("هاجم مستوطنون مزارعين في مدينة سالم شرقي نابلس", "PS"),
])
def test_a_tiny_row_s_old_name_does_not_hold_the_city(gaz, text, country):
    assert _read(gaz, text)[0] == ("سالم", country)


def test_the_southern_mazraa_is_its_own_row(gaz):
    """al-Mazra'a al-Qibliya is held in GeoNames as "Az Zaytūnīyah" (PS): the row the whole name reaches."""
    assert _places(gaz, "أغلق الجيش مداخل المزرعة القبلية بالسواتر الترابية") == [("المزرعة القبلية", "Az Zaytūnīyah")]


@pytest.mark.parametrize("text,expected", [
    # "the naval force said its boats spotted a ship near the port of Hodeidah"
    ("قالت القوة البحرية إن زوارقها رصدت سفينة قرب ميناء الحديدة", [("الحديدة", "YE")]),
    # "the naval force showed off its new vessels in the port of Tartus"
    ("استعرضت القوة البحرية قطعها الجديدة في ميناء طرطوس", [("طرطوس", "SY")]),
])
def test_the_naval_force_is_no_place(gaz, text, expected):
    """"البحرية" is a side word of villages but also "naval": no row is named "القوة البحرية", so it is no place."""
    assert _read(gaz, text) == expected
