"""Arabic report shapes of round thirty-one: "ب" joined to a governorate after a town and its definite adjective
("المكلا الساحلية بحضرموت", coastal Mukalla in Hadramawt) is "in" that governorate, as right after the town; a name
after a bare "في" or "قرب", or after farmland named as a kind ("بساتين X", the orchards of X), that the report then
places by a compass word from a town ("في X شمال شرقي بعقوبة") lies in that town's country, as one after a settlement
word does; a village after a settlement word that the report places by a compass word or a countryside from a town it
has read ("قرية X في ريف حمص") is read in that town's country, never as a namesake abroad through the consonant
bridge; the crops and trees of farmland reports ("أشجار زيتون", olive trees) are words of the language, and "بستان"
(an orchard) alone is a noun, no Turkish Elbistan; and true Arabic names the gazetteer lacked: al-Hol camp ("مخيم
الهول", no Hull), Iraq's Babil governorate ("بابل", no Iran's Babol), the Sinjar mountains ("جبل سنجار"), Oman's
coasts ("سواحل عمان", no Amman) and the Arabic names of countries of two words and more (South Africa, Ivory Coast,
the two Koreas, the Comoros, ...).

The round's eighteen whole place reports (tests/fixtures/geo_arabic/reports.yaml, ids "r31-...": al-Haffah and
Slunfeh, al-Bayda near Baniyas and the Jableh - Latakia road, al-Qusayr and Talkalakh, Qalaat al-Madiq and al-Huwayz in
the Ghab, al-Baghuz and Abu Kamal, Tabqa's eastern quarter, al-Hol camp, al-Darbasiyah and Amuda, the Kirkuk - Tikrit
road, Laylan and al-Dibis, al-Mansouriya near Baqubah, Amerli and Babil, al-Qurna and al-Zubair, Nisab and Mukalla,
Khanfar and Shada, the Huwwara checkpoint and al-Faraa camp, Bani Suhaila and Deir al-Balah, Zaatari and Ramtha, Sheikh
Zuweid and the Arish - Rafah road, al-Managil with Kassala and Blue Nile, Zawiya and Misrata) read nine of eighteen
right on their first run. Seven names no gazetteer row holds in any script (al-Bayda, al-Huwayz, al-Baghuz, Laylan,
al-Mansouriya of Diyala, Amerli, al-Faraa) were then coded by their raw names, kept unresolved in their country as the
reader keeps them (fifteen of eighteen); al-Hol, al-Mansouriya and Hadramawt after an adjective are mended below.
Every sentence is written for this test (real places, invented incidents). The guards check what each rule must leave
alone.
"""
from __future__ import annotations

import pytest

from conftest import located
from eventwatch.geo import geoparse


_read = located  # (name as written, country), an unresolved name in its stand-in's country


def _places(gaz, text: str) -> list[tuple[str, str | None]]:
    """(name as written, the place's name) of each place read (None: unresolved)."""
    return [(t.text, t.place and t.place.name) for t in geoparse(gaz, text) if t.locational]


# -- "ب" joined to a governorate after a town and its adjective ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "an IED went off in the coastal city of Mukalla in Hadramawt"
    ("انفجرت عبوة في مدينة المكلا الساحلية بحضرموت", [("المكلا", "YE"), ("بحضرموت", "YE")]),
    # "a patrol was attacked in the border town of Shahan in al-Mahra": a second town and governorate
    ("تعرضت دورية لهجوم في مدينة شحن الحدودية بالمهرة", [("شحن", "YE"), ("بالمهرة", "YE")]),
])
def test_a_joined_governorate_after_a_town_and_its_adjective_holds_the_town(gaz, text, expected):
    """The joined "ب" was read as "in" only right after the name: the adjective between left the governorate unread."""
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # guard: "the police arrested a young man in coastal Mukalla over a post": "بسبب" (because of) is no division
    "اعتقلت الشرطة شابا في المكلا الساحلية بسبب منشور",
    # guard: "the planes struck the military city of Mukalla hard": "بشدة" (hard) is no division
    "قصفت الطائرات مدينة المكلا العسكرية بشدة",
])
def test_a_joined_word_after_a_town_s_adjective_that_is_no_governorate_stays_unread(gaz, text):
    assert _read(gaz, text) == [("المكلا", "YE")]


# -- a name a report places by a compass word from a town --------------------------------------------------------------

@pytest.mark.parametrize("text,name,holder", [
    # "a civilian was killed in al-Mansouriya north-east of Baqubah": Algeria's Ziama Mansouria is no reading
    ("قتل مدني في المنصورية شمال شرقي بعقوبة", "المنصورية", "بعقوبة"),
    # "an IED exploded near al-Mansouriya east of Baqubah"
    ("انفجرت عبوة قرب المنصورية شرق بعقوبة", "المنصورية", "بعقوبة"),
    # "the forces arrested a young man in Amerli south of Kirkuk": India's Amreli is no reading
    ("اعتقلت القوات شابا في آمرلي جنوب كركوك", "آمرلي", "كركوك"),
])
def test_a_name_after_in_placed_by_a_compass_word_lies_in_the_town_s_country(gaz, text, name, holder):
    assert _read(gaz, text) == [(name, "IQ"), (holder, "IQ")]
    assert _places(gaz, text)[0] == (name, None)  # no row of Iraq holds it: kept as written


@pytest.mark.parametrize("text,expected", [
    # guard: "clashes broke out in Tripoli, north of Lebanon": a reading in the holder's country stands
    ("وقعت اشتباكات في طرابلس شمال لبنان", [("طرابلس", "Tripoli"), ("لبنان", "Lebanon")]),
    # guard: "shells fell in Aleppo, east of Syria" (sic): the city stays the city
    ("سقطت قذائف في حلب شرق سوريا", [("حلب", "Aleppo"), ("سوريا", "Syria")]),
])
def test_a_name_read_in_its_holder_s_country_is_kept(gaz, text, expected):
    assert _places(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # "three farmers were killed in the orchards of al-Mansouriya north-east of Baqubah"
    "قتل ثلاثة مزارعين في بساتين المنصورية شمال شرقي بعقوبة",
    # "gunmen burnt the fields of al-Mansouriya south of Baqubah"
    "أحرق مسلحون حقول المنصورية جنوب بعقوبة",
])
def test_a_name_after_a_farmland_plural_placed_by_a_compass_word_is_kept(gaz, text):
    """The farmland noun is a construct noun before a town (round 29); a town whose readings all lie abroad was lost."""
    assert _read(gaz, text)[0] == ("المنصورية", "IQ")


def test_a_farmland_plural_before_a_crop_names_no_place(gaz):
    """Guard: "gunmen burnt the wheat fields east of Baqubah": "القمح" is a crop, no name."""
    assert _read(gaz, "أحرق مسلحون حقول القمح شرق بعقوبة") == [("بعقوبة", "IQ")]


# -- a village placed from a town the report has read ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "regime forces shelled the village of al-Zafarana in northern rural Homs": no Egyptian Zaafarana
    "قصفت قوات النظام قرية الزعفرانة في ريف حمص الشمالي",
    # "the village of al-Zafarana north of Homs was hit by rockets"
    "سقطت صواريخ على قرية الزعفرانة شمال حمص",
])
def test_a_village_placed_from_a_town_is_no_namesake_abroad(gaz, text):
    assert _read(gaz, text) == [("الزعفرانة", "SY"), ("حمص", "SY")]
    assert _places(gaz, text)[0] == ("الزعفرانة", None)


def test_a_border_town_no_words_place_may_lie_across_the_border(gaz):
    """Guard: "gunmen crossed from Mali into Mauritania near the town of Bassikounou": read among every country."""
    assert _read(gaz, "تسلل مسلحون من مالي إلى موريتانيا قرب بلدة باسكنو") == [
        ("مالي", "ML"), ("موريتانيا", "MR"), ("باسكنو", "MR")]


# -- crops, trees and orchards --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the attackers burnt olive trees in a nearby orchard": no Turkish Zeytun, no Elbistan
    "أحرق المهاجمون أشجار زيتون في بستان مجاور",
    # "the farmers picked the olives in their fields"
    "قطف المزارعون الزيتون في حقولهم",
    # "settlers uprooted olive and citrus trees"
    "اقتلع مستوطنون أشجار الزيتون والحمضيات",
])
def test_crops_trees_and_an_orchard_are_words_of_the_language(gaz, text):
    assert _read(gaz, text) == []


@pytest.mark.parametrize("text,expected", [
    # guard: "the planes struck the al-Zeitoun quarter east of Gaza City": a quarter word before the crop's name
    ("قصفت الطائرات حي الزيتون شرق مدينة غزة", [("الزيتون", "Zeitoun"), ("غزة", "Gaza")]),
    # guard: "artillery shelled the Bustan al-Qasr quarter of Aleppo": the orchard word opens the quarter's name
    ("قصفت المدفعية حي بستان القصر في حلب", [("بستان القصر", "Bustan al-Qasr"), ("حلب", "Aleppo")]),
])
def test_a_quarter_named_for_a_crop_or_an_orchard_stays_read(gaz, text, expected):
    assert _places(gaz, text) == expected


# -- true Arabic names the gazetteer lacked ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "ambulances took wounded children from al-Hol camp to Hasakah"
    "نقلت سيارات الإسعاف أطفالا مصابين من مخيم الهول إلى الحسكة",
    # "Iraqi families went home from al-Hol camp to Mosul"
    "عادت عائلات عراقية من مخيم الهول إلى الموصل",
])
def test_al_hol_camp_by_its_arabic_name(gaz, text):
    """GeoNames gives "الهول" as Hull's (US) Arabic name only; the camp is held in Latin letters."""
    assert _places(gaz, text)[0] == ("مخيم الهول", "al-Hol camp")


def test_the_sphinx_is_no_camp(gaz):
    """Guard: "tourists visited the Sphinx in Giza": "أبو الهول" names no camp."""
    assert _read(gaz, "زار السياح تمثال أبو الهول في الجيزة") == [("الجيزة", "EG")]


@pytest.mark.parametrize("text", [
    # "an IED exploded in Babil, south of Baghdad"
    "انفجرت عبوة ناسفة في بابل جنوب بغداد",
    # "the forces arrested two wanted men in northern Babil governorate"
    "اعتقلت القوات مطلوبين اثنين في شمالي محافظة بابل",
])
def test_babil_is_iraq_s_governorate(gaz, text):
    """GeoNames gives "بابل" only to Iran's Babol (its Persian spelling)."""
    assert ("بابل", "Bābil") in _places(gaz, text)


@pytest.mark.parametrize("text,expected", [
    # "planes struck militant positions on Mount Sinjar west of Nineveh": "in" joined to the mountain's noun
    ("قصفت طائرات مواقع لمسلحين بجبل سنجار غربي نينوى", [("بجبل سنجار", "Sinjar Mountains"), ("نينوى", "Nineveh")]),
    # "families fled to Mount Sinjar"
    ("نزحت عائلات إيزيدية إلى جبل سنجار", [("جبل سنجار", "Sinjar Mountains")]),
])
def test_the_sinjar_mountains_by_their_arabic_name(gaz, text, expected):
    assert _places(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # "a merchant ship sank off the coasts of Oman"
    "غرقت سفينة تجارية قبالة سواحل عمان",
    # "the navy spotted boats near Oman's southern shores"
    "رصدت البحرية زوارق قرب شواطئ عمان الجنوبية",
])
def test_oman_s_coasts_are_no_amman(gaz, text):
    assert _read(gaz, text)[0][1] == "OM"


def test_amman_written_bare_stays_amman(gaz):
    """Guard: "the delegation arrived in Amman yesterday"."""
    assert _read(gaz, "وصل الوفد إلى عمان أمس") == [("عمان", "JO")]


@pytest.mark.parametrize("text,expected", [
    # "migrants from South Africa and Ivory Coast arrived in Morocco"
    ("وصل مهاجرون من جنوب أفريقيا وساحل العاج إلى المغرب",
     [("جنوب أفريقيا", "ZA"), ("وساحل العاج", "CI"), ("المغرب", "MA")]),
    # "South Korea signed an agreement with North Korea"
    ("وقعت كوريا الجنوبية اتفاقا مع كوريا الشمالية", [("كوريا الجنوبية", "KR"), ("كوريا الشمالية", "KP")]),
    # "a boat of migrants from the Comoros capsized off Sri Lanka" (sic)
    ("انقلب قارب مهاجرين من جزر القمر قبالة سريلانكا", [("جزر القمر", "KM"), ("سريلانكا", "LK")]),
])
def test_countries_of_two_words_as_arabic_reports_write_them(gaz, text, expected):
    """Read word by word, "جنوب" is a compass word before the continent and "كوريا" a far town by the bridge."""
    assert _read(gaz, text) == expected


def test_south_sudan_stays_a_country(gaz):
    """Guard: "refugees arrived from South Sudan": the country GeoNames already names in Arabic."""
    assert _read(gaz, "وصل لاجئون من جنوب السودان") == [("جنوب السودان", "SS")]


# -- seen and left ----------------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="'المنطقة الشرقية' is Saudi Arabia's Eastern Province but as often 'the eastern "
                   "region' of any country or city ('المنطقة الشرقية من ليبيا'): no reading of the bare phrase is held")
def test_the_saudi_eastern_province(gaz):
    """"rain flooded streets of Dammam and Khobar in the Eastern Province"."""
    found = _read(gaz, "أغرقت الأمطار شوارع الدمام والخبر في المنطقة الشرقية")
    assert ("المنطقة الشرقية", "SA") in found


@pytest.mark.xfail(strict=True, reason="bare 'آمرلي' with no compass word, division word or Iraqi town beside it meets "
                   "only India's Amreli, whose Arabic name GeoNames holds; Amerli itself is held in no script")
def test_amerli_alone(gaz):
    """"the people of Amerli demonstrated against the power cuts"."""
    assert _read(gaz, "تظاهر أهالي آمرلي احتجاجا على انقطاع الكهرباء") == [("آمرلي", "IQ")]
