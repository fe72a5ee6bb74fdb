"""Arabic report shapes of round twenty-four: a name written with the article, which no word after it lengthens
("بمدينة الخور دون إصابات": Al Khawr, with no injuries, never an unknown town "الخور دون"); the seasons, words of
the language ("خلال الصيف", no Yemeni hamlet whose country draws the report's other names to Yemen); the word
after a compound's head ("أولاد عمران", "سيدي بنور"), which is the compound's and no far place alone; a number
word before the noun it counts ("بقوة خمس درجات", five degrees, no Libyan Al Khums); and a province of a far
country the report names ("في ولاية هلمند جنوبي أفغانستان"), held in Latin letters only.

Every sentence is written for this test (real places, invented incidents). The guards check what each rule must
leave alone: an honorific with its article that opens a compound ("قرية النبي شيت"); a season's word that is a
hamlet's name after a settlement word; "أم" (or) between two cities; Al Khums written with its article; and an
Arab country's governorate in a report that also names a far country. The review's mend adds what the season and
head rules must keep: a season's word no row holds after a settlement word, an unknown village or quarter; a large
city after "أولاد" read as the noun "children". The regression sweep's mend adds a season after a settlement word
with the article ("بالقرية الصيف الماضي"), a time, and "عرب" (the Arabs of) before a country or a peninsula.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def _read(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name as written, country, Latin name) of each place read; an unresolved name gives its stand-in's
    country and no Latin name."""
    return [(t.text, t.place.country_code if t.place else t.fallback and t.fallback.country_code,
             t.place.name if t.place else None) for t in geoparse(gaz, text) if t.locational]


# -- a name with the article is whole -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "a blast in the town of al-Khor with no injuries": "دون" (without) spells Don and Dunn, no second word
    ("وقع انفجار في مدينة الخور دون وقوع إصابات", [("الخور", "QA", "Al Khawr")]),
    # "a fire broke out in the town of al-Dhaid without injuries"
    ("اندلع حريق في بلدة الذيد دون إصابات", [("الذيد", "AE", "Adh Dhayd")]),
    # "a worker was hurt in a fire in the town of al-Wakrah, with no deaths": "بدون", the same with "ب"
    ("أصيب عامل في حريق بمدينة الوكرة بدون وفيات", [("الوكرة", "QA", "Al Wakrah")]),
])
def test_a_word_after_a_name_with_the_article_does_not_lengthen_it(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_an_honorific_with_its_article_still_opens_a_compound(gaz):
    # "shelling on the village of al-Nabi Chit": "النبي" (the prophet) with its article opens the village's name
    assert _read(gaz, "قصف على قرية النبي شيت") == [("النبي شيت", None, None)]


# -- the seasons ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "a man was killed during the summer in Aqaba": the season is no Yemeni hamlet that makes Aqaba Yemen's
    ("قتل رجل خلال الصيف في العقبة", [("العقبة", "JO", "Aqaba")]),
    # "three young men drowned all through the summer in the town of Aqaba": the season after another word of time
    ("غرق ثلاثة شبان طوال الصيف في مدينة العقبة", [("العقبة", "JO", "Aqaba")]),
    # guard (no row holds the winter's word): "two children were wounded during the winter in Zarqa"
    ("أصيب طفلان خلال الشتاء في الزرقاء", [("الزرقاء", "JO", "Zarqa")]),
])
def test_a_season_is_a_word_of_the_language(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_a_seasons_word_after_a_settlement_word_is_still_a_village(gaz):
    # "a man was killed in the village of al-Seif": after "قرية" the word is a village's name
    assert _read(gaz, "قتل رجل في قرية الصيف") == [("الصيف", "YE", "Şīf")]


@pytest.mark.parametrize("text,expected", [
    # "a shepherd was wounded in the village of al-Kharif near Homs": no row holds the village, which stays
    # unread in the country of the city beside it
    ("أصيب راع في قرية الخريف قرب حمص", [("الخريف", "SY", None), ("حمص", "SY", "Homs")]),
    # "shelling hit the al-Rabi quarter in the town of Hama"
    ("طال القصف حي الربيع في مدينة حماة", [("الربيع", "SY", None), ("حماة", "SY", "Ḩamāh")]),
    # "two young men were killed in the town of al-Shitaa": the settlement word alone makes it a name
    ("قتل شابان في بلدة الشتاء", [("الشتاء", None, None)]),
])
def test_a_seasons_word_no_row_holds_is_an_unknown_place_after_a_settlement_word(gaz, text, expected):
    assert _read(gaz, text) == expected


# -- the word after a compound's head -------------------------------------------------------------------------------

def test_the_word_after_sons_of_and_my_lord_is_no_far_place_alone(gaz):
    # "a road accident at the douar of Ouled Amrane in Sidi Bennour province": "عمران" alone is Yemen's Amran and
    # "سيدي" alone a Yemeni reading; the pairs are Moroccan names, the province read whole
    assert _read(gaz, "وقع حادث سير بدوار أولاد عمران التابع لإقليم سيدي بنور") == [
        ("سيدي بنور", "MA", "Sidi Bennour")]


@pytest.mark.parametrize("text,expected", [
    # "a man was arrested in the town of Oulad Teima": after a settlement word the compound is read whole
    ("اعتقل رجل في بلدة أولاد تايمة", [("أولاد تايمة", "MA", "Oulad Teïma")]),
    # "a young man drowned on the beach of Sidi Bouzid"
    ("غرق شاب في شاطئ سيدي بوزيد", [("سيدي بوزيد", "TN", "Sidi Bouzid")]),
])
def test_a_compound_opened_by_sons_of_or_my_lord_is_read_whole(gaz, text, expected):
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "the children of Gaza have lived in tents for months": "أولاد" is the plural of a boy before a city, which
    # stays read
    ("يعيش أولاد غزة في الخيام منذ شهور", [("غزة", "PS", "Gaza")]),
    # "the children of Aleppo play in the alleys despite the shelling": a large city after the noun
    ("يلعب أولاد حلب في الأزقة رغم القصف", [("حلب", "SY", "Aleppo")]),
    # "the sons of Damascus went out to the streets"
    ("خرج أولاد دمشق إلى الشوارع", [("دمشق", "SY", "Damascus")]),
])
def test_a_large_city_after_sons_of_is_still_read(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_a_large_city_after_a_head_after_a_settlement_word_is_the_villages_name(gaz):
    # guard: "a man was killed in the village of Ain Halab": after "قرية" the head and the city's word are one
    # village's name, kept unresolved, never Aleppo
    assert _read(gaz, "قتل رجل في قرية عين حلب") == [("عين حلب", None, None)]


def test_or_between_two_cities_is_no_compounds_head(gaz):
    # "did the shells fall on Aleppo or Idlib?": "أم" is "or", and Idlib stays read
    assert [t.text for t in geoparse(gaz, "هل سقطت القذائف على حلب أم إدلب") if t.locational] == ["حلب", "إدلب"]


# -- a number word ----------------------------------------------------------------------------------------------------

def test_a_number_word_before_the_noun_it_counts_is_no_place(gaz):
    # "an earthquake of five degrees struck the city of Hama": "خمس" (five) is no Al Khums
    assert _read(gaz, "ضرب زلزال بقوة خمس درجات مدينة حماة") == [("حماة", "SY", "Ḩamāh")]


def test_al_khums_written_with_its_article_is_still_read(gaz):
    # "the forces reached al-Khums coming from Tripoli"
    assert _read(gaz, "وصلت القوات إلى الخمس قادمة من طرابلس") == [("الخمس", "LY", "Al Khums"),
                                                                  ("طرابلس", "LY", "Tripoli")]


# -- a far country's province -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "a man was killed in Helmand province in southern Afghanistan": Latin letters only, the country named
    ("قتل رجل في ولاية هلمند جنوبي أفغانستان", [("هلمند", "AF", "Helmand"), ("أفغانستان", "AF", "Afghanistan")]),
    # "four soldiers were killed in Balochistan province in south-western Pakistan"
    ("قتل أربعة جنود في إقليم بلوشستان جنوب غربي باكستان", [("بلوشستان", "PK", "Balochistan"),
                                                          ("باكستان", "PK", "Pakistan")]),
])
def test_a_province_of_a_far_country_the_report_names_is_read(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_an_arab_governorate_is_read_as_before_beside_a_far_country(gaz):
    # "a man was killed in Idlib governorate after his return from Turkey"
    assert _read(gaz, "قتل رجل في محافظة إدلب بعد عودته من تركيا") == [("إدلب", "SY", "Idlib"),
                                                                     ("تركيا", "TR", "Turkey")]


# -- the review sweep: a season after a definite settlement word, "عرب" before a large place -------------------------

@pytest.mark.parametrize("text,expected", [
    # "three houses collapsed in the village last summer in Ibb governorate": after "بالقرية", with its article, the
    # season says when, and names no village
    ("انهارت ثلاثة منازل بالقرية الصيف الماضي في محافظة إب.", [("إب", "YE", "Ibb Governorate")]),
    # "clashes broke out in the camp in the summer of 2023 in Jenin"
    ("اندلعت اشتباكات في المخيم صيف ٢٠٢٣ في جنين.", [("جنين", "PS", "Janīn")]),
])
def test_a_season_after_a_settlement_word_with_the_article_is_a_time(gaz, text, expected):
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "the Arabs of Israel said the police killed a young man in the city of Lod": "عرب" before a country is the
    # people's noun, and the country stays read
    ("قال عرب إسرائيل إن الشرطة قتلت شابا في مدينة اللد.", [("إسرائيل", "IL", "Israel"), ("اللد", "IL", "Lod")]),
    # "the Arabs of Sinai said the army demolished their homes": a peninsula is as large as a division
    ("قال عرب سيناء إن الجيش هدم منازلهم.", [("سيناء", "EG", "Sinai Peninsula")]),
])
def test_a_large_place_after_arabs_of_is_still_read(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_arabs_of_after_a_settlement_word_opens_a_hamlets_name(gaz):
    # guard: "the police demolished homes in the village of Arab al-Aramshe": a Bedouin hamlet "عرب X", read whole
    assert _read(gaz, "هدمت الشرطة منازل في قرية عرب العرامشة.") == [("عرب العرامشة", "IL", "‘Aramsha")]
