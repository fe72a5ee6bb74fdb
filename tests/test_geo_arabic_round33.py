"""Arabic report shapes of round thirty-three: a district's Latin name is read without its generic word even where
GeoNames writes that word with a hamza or ayn mark ("Liwā’ Banī Kinānah", "Qaḑā’ Sawrān": the mark kept "liwa’"
from matching "liwa", so Jordan's districts after "لواء" met no Arabic name; geo/arabic_translit.py), and a name after
"لواء" read only abroad is kept in Jordan, as one after "ناحية" is in Iraq or Syria (geo/arabic_words.py); "ب" joined
to a noun of pretext before what the pretext is ("بحجة البناء", on the pretext of building) is no "in Hajjah"
(geo/arabic_pretexts.py), unless a settlement or division word or "الواقعة" (lying) follows, which says what the town
is or where it lies; a region named by a noun and a side, right before "of" a feature ("الضفة الغربية لنهر
الفرات", the west bank of the Euphrates), is that side of the feature, unless the feature lies within 100 km of the
region, which it then names ("الضفة الغربية لنهر الأردن"; geo/arabic_feature_sides.py), and the side's noun opens
no unknown name (geo/arabic_unknown.py); "لواء" keeps a name in Jordan only in a report naming Jordan or one of its
governorates (`local_division_contexts`); the aliases of first-level divisions that are also common words or given
names (the Hodhs, "the basin"; Gilan, a woman's name; Golestan) are read only after a division word or beside
another place of their country (`cued_divisions`, geo/arabic_cued_divisions.py); a country's
adjective after the definite rural word ("الريف السوري") is dropped whichever reader read it first (no Canadian
Surrey; geo/arabic_rural_nisbas.py); and true names the gazetteer lacked (aliases.yaml): Syria's al-Shaddadi, the
two Hodhs of Mauritania, Iran's Gilan and Golestan (which now decide "مدينة بابل" for Babol as Mazandaran does),
and Iraq's Amerli, held in no script (round 31's bare Amerli is no longer read as India's Amreli, but stays
xfail with a new reason).

The round's eighteen whole place reports (tests/fixtures/geo_arabic/reports.yaml, ids "r33-...": Ramtha and Bani
Kinanah of Irbid, Zaatari camp of Mafraq, Sheikh Zuweid, Arish and Bir al-Abd, Deir Mawas of Minya and Tama of Sohag,
al-Udhaim, Baqubah, Muqdadiyah and Khanaqin, Hawija and the Kirkuk - Daquq road, the Qamishli countryside and Ras
al-Ain, al-Shaddadi and Mayadin, Rastan, Talbiseh and Qusayr, al-Suqaylabiyah written with "ه", Bab al-Tabbaneh, Jabal
Mohsen and Bebnine, Mureis, Tur al-Bahah and Lahij, Ataq and Mudiyah, Zuwara and Bani Walid, al-Hasaheisa and Karari,
Singa, Damazin and Kosti, al-Far'a camp and Qabatiya, Bassikounou and Hodh Ech Chargui) read twelve of eighteen right
on their first run. Bebnine and al-Far'a, held in no script, were then coded by their raw names; Bani Kinanah,
al-Shaddadi and the Hodh are mended below (and the Hodh mends round 21's Mbera report); Mureis stays xfail with its
reason. Every sentence is written for this test (real places, invented incidents). The guards check what each rule
must leave alone.
"""
from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from conftest import located
from eventwatch.geo import geoparse


_read = located  # (name as written, country), an unresolved name in its stand-in's country


def _places(gaz, text: str) -> list[tuple[str, str | None]]:
    """(name as written, the place's name) of each place read (None: unresolved)."""
    return [(t.text, t.place and t.place.name) for t in geoparse(gaz, text) if t.locational]


# -- a district's Latin name written with a hamza mark on its generic word ---------------------------------------------

@pytest.mark.parametrize("text,name,place", [
    # "a quantity of drugs was seized in the Bani Kinanah district of Irbid governorate"
    ("ضبطت كمية من المخدرات في لواء بني كنانة بمحافظة إربد", "بني كنانة", "Liwa’ Banī Kinānah"),
    # "the police raided houses in the Wasatiyah district": read as nothing before
    ("داهمت الشرطة منازل في لواء الوسطية", "الوسطية", "Liwā’ al Wasaţīyah"),
])
def test_a_jordanian_district_held_in_latin_letters_is_read_after_its_word(gaz, text, name, place):
    """GeoNames writes "Liwā’ X": the mark after the generic word kept it in the name the bridge compares, so no
    Arabic spelling of X ever reached the district."""
    assert _places(gaz, text)[0] == (name, place)


def test_generic_words_are_read_without_their_marks():
    from eventwatch.geo.arabic_translit import division_name
    from eventwatch.geo.arabic_words import load_arabic_report_words

    generic = load_arabic_report_words().latin_division_words
    assert division_name("Liwā’ ar Ramthā", generic) == "ar Ramthā"
    assert division_name("Qaḑā’ Sawrān", generic) == "Sawrān"
    assert division_name("Mu‘tamadīyat Sbiba", generic) == "Sbiba"
    assert division_name("Markaz al ‘Arīsh", generic) == "Markaz al ‘Arīsh"  # a word not listed stays


def test_a_brigade_is_no_district(gaz):
    """Guard: "fighters of the Quds Brigade fought in Aleppo": "لواء" before a name no Jordanian district holds."""
    assert _read(gaz, "قاتل مسلحو لواء القدس في حلب") == [("حلب", "SY")]


# -- "on the pretext of" -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "bulldozers demolished two houses in the town of Beita south of Nablus on the pretext of building without a
    # permit": the Palestinian village Hajjah no longer outranks Beita as the event's place
    ("هدمت الجرافات منزلين في بلدة بيتا جنوب نابلس بحجة البناء دون ترخيص", [("بيتا", "PS"), ("نابلس", "PS")]),
    # "security men arrested two young men in Taiz on the pretext that they were wanted"
    ("اعتقل الأمن شابين في تعز بحجة أنهما مطلوبان", [("تعز", "YE")]),
    # "the police closed shops in Aden and, on the pretext of the lack of a licence, seized the goods"
    ("أغلقت الشرطة محلات في عدن وبحجة عدم الترخيص صادرت البضائع", [("عدن", "YE")]),
])
def test_a_pretext_is_no_town(gaz, text, expected):
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # guard: "the Houthis shelled villages in Hajjah last week": a word of time after it
    "قصف الحوثيون قرى بحجة الأسبوع الماضي",
    # guard: "shells fell on Hajjah in northern Yemen": a compass word
    "سقطت قذائف بحجة شمالي اليمن",
    # guard: "two civilians were killed in Hajjah, and three were wounded": a comma
    "قتل مدنيان بحجة، وأصيب ثلاثة آخرون",
    # guard: "the planes struck positions in Hajjah and Hodeidah": "and"
    "قصفت الطائرات مواقع بحجة والحديدة",
])
def test_hajjah_after_in_stays_read(gaz, text):
    assert ("بحجة", "YE") in _read(gaz, text)


@pytest.mark.parametrize("text", [
    # "coalition planes struck Mustaba district in Hajjah, which lies near the Saudi border": a participle of lying
    "شنت طائرات التحالف غارات على مديرية مستبأ بحجة الواقعة قرب الحدود السعودية",
    # "shells fell on residential quarters in Hajjah city this morning": a definite settlement word
    "سقطت قذائف على أحياء سكنية بحجة المدينة صباح اليوم",
    # "the authorities closed the schools in Hajjah governorate because of the rain": a definite division word
    "أغلقت السلطات المدارس بحجة المحافظة بسبب الأمطار",
])
def test_hajjah_before_what_it_is_or_where_it_lies_stays_read(gaz, text):
    """A definite settlement or division word, or "الواقعة" (lying), after "بحجة" says what the town is or where
    it lies: no pretext opens there (`pretext_keepers`, geo/arabic_pretexts.py)."""
    assert ("بحجة", "YE") in _read(gaz, text)


# -- a side of a feature -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the forces crossed to the west bank of the Euphrates": no West Bank of Palestine
    "عبرت القوات إلى الضفة الغربية لنهر الفرات",
    # guard (passes without the rule: no region is called "the east bank"): "the forces moved forward along the
    # Euphrates' eastern bank in Deir ez-Zor"
    "تقدمت القوات في الضفة الشرقية لنهر الفرات بدير الزور",
])
def test_a_bank_of_a_river_is_no_region(gaz, text):
    assert all(c != "PS" for _, c in _read(gaz, text))


@pytest.mark.parametrize("text", [
    # "states compete for gas in the eastern Mediterranean basin"
    "تتنافس الدول على الغاز في الحوض الشرقي للبحر المتوسط",
    # "the Egyptian navy holds manoeuvres in the eastern Mediterranean", the sea written alone ("للمتوسط")
    "تجري البحرية المصرية مناورات في الحوض الشرقي للمتوسط",
])
def test_the_eastern_basin_of_a_sea_is_no_mauritanian_province(gaz, text):
    """No Hodh Ech Chargui. The first case is a guard (with no division word before it and no Mauritanian place in
    the report the Hodh's alias is no reading, geo/arabic_cued_divisions.py); the second, the sea written alone,
    needs "المتوسط" among the features (`sided_features`)."""
    assert not any(p and p.startswith("Hodh") for _, p in _places(gaz, text))


def test_a_side_of_the_sea_written_alone_is_no_province_beside_a_mauritanian_town(gaz):
    """"the minister spoke in Nouakchott of gas in the eastern Mediterranean basin": a Mauritanian town vouches for
    the Hodh's alias, so only "المتوسط" among the features (`sided_features`) tells the sea's side from the
    province."""
    places = _places(gaz, "تحدث الوزير في نواكشوط عن الغاز في الحوض الشرقي للمتوسط")
    assert ("نواكشوط", "Nouakchott") in places and not any(p and p.startswith("Hodh") for _, p in places)


@pytest.mark.parametrize("text,expected", [
    # "people fled from the villages of the Euphrates' east bank near Raqqa"
    ("نزح سكان من قرى الضفة الشرقية لنهر الفرات قرب الرقة", [("لنهر الفرات", "Euphrates"), ("الرقة", "Ar Raqqah")]),
    # "families took refuge in the villages of the Orontes' west bank near Hama"
    ("لجأت عائلات إلى قرى الضفة الغربية لنهر العاصي قرب حماة", [("لنهر العاصي", "Orontes"), ("حماة", "Ḩamāh")]),
])
def test_the_noun_of_a_side_of_a_feature_is_no_unknown_village(gaz, text, expected):
    """After a settlement plural the unknown-name reader took the side's noun ("الضفة", the bank) alone as a
    village the gazetteer lacks; a side of a feature opens no name there (geo/arabic_unknown.py)."""
    assert _places(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # "companies are searching for gas in the eastern basin"
    "تبحث الشركات عن الغاز في الحوض الشرقي",
    # "an Italian company is drilling for oil in the western basin"
    "تنقب شركة إيطالية عن النفط في الحوض الغربي",
])
def test_a_basin_with_no_division_word_nor_mauritanian_place_is_no_hodh(gaz, text):
    """The Hodhs' aliases are also "the eastern/western basin": read as the province only after a division word
    or beside a Mauritanian place (`cued_divisions`, geo/arabic_cued_divisions.py); the dropped alias leaves no
    stray "الحوض" read as a village the gazetteer lacks (the check runs once every reader is done)."""
    assert _places(gaz, text) == []


@pytest.mark.parametrize("text,expected", [
    # guard: "heavy rain fell on the two wilayas of Hodh Ech Chargui and Hodh El Gharbi": the dual division word
    # cues the first, which vouches for the second
    ("هطلت أمطار غزيرة على ولايتي الحوض الشرقي والحوض الغربي", [("الحوض الشرقي", "Hodh Ech Chargi"),
                                                                 ("والحوض الغربي", "Hodh El Gharbi")]),
    # guard: "the minister reached the city of Nema, capital of Hodh Ech Chargui": a Mauritanian town vouches
    ("وصل الوزير إلى مدينة النعمة عاصمة الحوض الشرقي", [("النعمة", "Néma"), ("الحوض الشرقي", "Hodh Ech Chargi")]),
])
def test_a_hodh_with_a_division_word_or_a_mauritanian_place_stays(gaz, text, expected):
    assert _places(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # "thousands of Palestinian farmers work in the West Bank of the Jordan River"
    "يعمل آلاف المزارعين الفلسطينيين في الضفة الغربية لنهر الأردن",
    # "refugee families live in villages of the West Bank of the Jordan"
    "تعيش عائلات لاجئة في قرى الضفة الغربية لنهر الأردن",
])
def test_a_region_named_by_its_own_river_stays(gaz, text):
    """The West Bank is the west bank of the Jordan: a feature within 100 km of the region's reading names it, so
    the side rule leaves the region (geo/arabic_feature_sides.py)."""
    assert ("الضفة الغربية", "PS") in _read(gaz, text)


def test_the_west_bank_for_the_second_time_stays(gaz):
    """Guard: "the occupation forces stormed towns in the West Bank for the second time": "للمرة" is no feature."""
    assert _read(gaz, "اقتحمت قوات الاحتلال بلدات في الضفة الغربية للمرة الثانية") == [("الضفة الغربية", "PS")]


# -- true names the gazetteer lacked -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "hundreds of refugees reached the town of Bassikounou in Hodh Ech Chargui province"
    ("وصل مئات اللاجئين إلى مدينة باسكنو بولاية الحوض الشرقي", [("باسكنو", "Basseknou"),
                                                                ("الحوض الشرقي", "Hodh Ech Chargi")]),
    # "a heat wave struck Hodh El Gharbi province"
    ("ضربت موجة حر ولاية الحوض الغربي", [("الحوض الغربي", "Hodh El Gharbi")]),
    # "two people were killed at a checkpoint in the town of al-Shaddadi south of Hasakah"
    ("قتل شخصان على حاجز في بلدة الشدادي جنوبي الحسكة", [("الشدادي", "Ash Shaddādah"), ("الحسكة", "Al Ḩasakah")]),
    # "the SDF arrested young men in al-Shaddadi"
    ("اعتقلت قسد شبانا في الشدادي", [("الشدادي", "Ash Shaddādah")]),
])
def test_names_the_arabic_press_writes_are_read(gaz, text, expected):
    assert _places(gaz, text) == expected


@pytest.mark.parametrize("text,province", [
    # "the authorities arrested activists in the city of Babol in Gilan province" (sic: the province vouches for Iran)
    ("اعتقلت السلطات ناشطين في مدينة بابل بمحافظة جيلان", "جيلان"),
    # "the authorities closed the markets of the city of Babol in Golestan province"
    ("أغلقت السلطات أسواق مدينة بابل في محافظة كلستان", "كلستان"),
])
def test_gilan_or_golestan_beside_babil_makes_it_babol(gaz, text, province):
    assert _read(gaz, text) == [("بابل", "IR"), (province, "IR")]


@pytest.mark.parametrize("text", [
    # "the actress Jilan received an award at the Carthage festival": a woman's name
    "تسلمت الممثلة جيلان جائزة في مهرجان قرطاج",
    # "Mrs Jilan met the journalists in Beirut"
    "التقت السيدة جيلان بالصحفيين في بيروت",
])
def test_a_woman_named_jilan_is_no_iranian_province(gaz, text):
    """Gilan's alias is also a given name: read as the province only after a division word or beside an Iranian
    place (`cued_divisions`, geo/arabic_cued_divisions.py)."""
    assert all(c != "IR" for _, c in _read(gaz, text))


def test_gilan_beside_iran_stays(gaz):
    """Guard: "an earthquake struck Gilan in northern Iran": the country vouches for the province."""
    assert _read(gaz, "ضربت هزة أرضية جيلان شمالي إيران") == [("جيلان", "IR"), ("إيران", "IR")]


def test_babil_near_karbala_stays_the_governorate(gaz):
    """Guard: "an IED exploded in Babil near Karbala"."""
    assert _read(gaz, "انفجرت عبوة في بابل قرب كربلاء") == [("بابل", "IQ"), ("كربلاء", "IQ")]


@pytest.mark.parametrize("text,expected", [
    # "the security forces arrested three wanted men in Amerli subdistrict": India's Amreli before
    ("اعتقلت القوات الأمنية ثلاثة مطلوبين في ناحية آمرلي", [("آمرلي", "IQ")]),
    # guard (passes without the alias: the governorate beside it already made it Iraq's): "a policeman was killed
    # in Amerli east of Salah ad Din"
    ("قتل شرطي في آمرلي شرقي صلاح الدين", [("آمرلي", "IQ"), ("صلاح الدين", "IQ")]),
])
def test_amerli_is_iraq_s(gaz, text, expected):
    assert _read(gaz, text) == expected


# -- a country's adjective after the rural word ------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "families fled from the Syrian countryside to Lebanon": no Canadian Surrey
    ("نزحت عائلات من الريف السوري إلى لبنان", [("لبنان", "LB")]),
    # guard (passes without the rule: no reader took "اليمني"): "thousands of farmers work in the Yemeni
    # countryside"
    ("يعمل آلاف الفلاحين في الريف اليمني", []),
])
def test_a_country_s_adjective_after_the_rural_word_is_no_town_whoever_read_it(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_a_town_s_adjective_after_the_rural_word_stays_its_countryside(gaz):
    """Guard: "artillery shelled villages in the Homs countryside"."""
    assert _places(gaz, "قصفت المدفعية قرى في الريف الحمصي") == [("الحمصي", "Homs")]


# -- seen and left -----------------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="Mureis is held in no script and a front ('جبهة') is no settlement word: an "
                   "unknown name after it is not read, as 'جبهة النصرة' or 'جبهة التحرير' name groups")
def test_an_unknown_front_s_name(gaz):
    """"two soldiers were killed on the Mureis front north of al-Dhale"."""
    assert [c for _, c in _read(gaz, "قتل جنديان في جبهة مريس شمالي الضالع")] == ["YE", "YE"]


# -- a Jordanian district read first abroad ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the police arrested a wanted man in the Bani Ubayd district of Irbid": Egypt's Bani Ubayd is no reading
    "اعتقلت الشرطة مطلوبا في لواء بني عبيد بمحافظة إربد",
    # "farmers protested in the Bani Ubayd district of Irbid governorate"
    "احتج مزارعون في لواء بني عبيد التابع لمحافظة إربد",
])
def test_a_name_after_liwa_read_only_abroad_is_jordan_s(gaz, text):
    """"لواء" names Jordan's districts only (as "ناحية" names Iraq's and Syria's subdistricts: `_LOCAL_ONLY` of
    geo/arabic_words.py), so a far reading of the name after it is no reading: the name is kept in Jordan."""
    assert _read(gaz, text)[0] == ("بني عبيد", "JO")


def test_a_jordanian_town_after_liwa_stays(gaz):
    """Guard: "the police arrested two young men in the Ramtha district": a reading in Jordan stands."""
    assert _places(gaz, "اعتقلت الشرطة شابين في لواء الرمثا") == [("الرمثا", "Ar Ramthā")]


@pytest.mark.parametrize("text,expected", [
    # "hundreds of Turks went out in the sanjak of Alexandretta protesting at high prices"
    ("خرج مئات الأتراك في لواء اسكندرون احتجاجا على الغلاء", [("اسكندرون", "TR")]),
    # "the city was the seat of the liwa of Mosul in the monarchy's time": Iraq's old liwa
    ("كانت المدينة مركز لواء الموصل في العهد الملكي", [("الموصل", "IQ")]),
])
def test_liwa_outside_a_report_on_jordan_keeps_its_name_s_readings(gaz, text, expected):
    """"لواء" is Jordan's district only in a report naming Jordan or one of its governorates
    (`local_division_contexts`): elsewhere it is a brigade, a sanjak or Iraq's old liwa, and the name after it
    keeps its readings."""
    assert _read(gaz, text) == expected


# -- second review: vouching read over the whole report, and in linear time ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "families took refuge in Mbera camp after crossing the border towards Hodh El Gharbi": the camp, read late
    # (a name the gazetteer holds in Latin letters only), vouches for the province
    ("لجأت عائلات إلى مخيم امبرة بعد أن عبرت الحدود نحو الحوض الغربي", [("امبرة", "Mbera"),
                                                                        ("الحوض الغربي", "Hodh El Gharbi")]),
    # "a Mauritanian ambassador received the delegation in Hodh El Gharbi": the country's adjective vouches
    ("استقبل سفير موريتاني الوفد في الحوض الغربي", [("الحوض الغربي", "Hodh El Gharbi")]),
    # "Iranian Golestan saw sweeping floods": the adjective after the name
    ("شهدت كلستان الإيرانية فيضانات عارمة", [("كلستان", "Golestan")]),
    # "sandstorms struck Gilan and Golestan": two listed provinces of one country, by two nouns, vouch for each other
    ("ضربت عواصف رملية جيلان وكلستان", [("جيلان", "Gilan Province"), ("وكلستان", "Golestan")]),
])
def test_a_listed_province_vouched_for_anywhere_in_the_report_stays(gaz, text, expected):
    """The check runs once every reader has added its names (geo/recognise.py), so a place read late vouches; a
    relative adjective of the country, definite or not, names it; and two provinces by different nouns name the
    same country (geo/arabic_cued_divisions.py)."""
    assert _places(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # guard: "rain fell in the eastern and western basins": two sides of one noun do not vouch for each other
    "هطلت أمطار في الحوض الشرقي والحوض الغربي",
    # guard: "the actress Jilan met the Lebanese ambassador in Beirut": another country's adjective vouches nothing
    "التقت الفنانة جيلان بالسفير اللبناني في بيروت",
])
def test_no_vouching_by_the_same_noun_or_another_country(gaz, text):
    assert not any(p and (p.startswith("Hodh") or p.startswith("Gilan")) for _, p in _places(gaz, text))


def test_cued_divisions_work_grows_linearly(gaz):
    """Scaling guard: the Python frames the cued-divisions check runs (functions, comprehensions, generator steps in
    geo/arabic_cued_divisions.py) grow with the report, not with its square: each country's names are counted once
    and dropped names tracked in a set. Four times the report may cost at most six times the work (the first
    version compared every name with every other: about sixteen)."""
    work = []
    for n in (30, 120):
        calls = [0]

        def count(frame, event, arg):
            if event == "call" and frame.f_code.co_filename.endswith("arabic_cued_divisions.py"):
                calls[0] += 1

        sys.setprofile(count)
        try:
            geoparse(gaz, "زار الوفد جيلان وكلستان. " * n)
        finally:
            sys.setprofile(None)
        work.append(calls[0])
    assert work[0] > 0 and work[1] <= 6 * work[0]


# -- second review: the pretext keepers read what follows them --------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the police held activists on the pretext of preserving public order in Ramallah": "المحافظة على" is a verbal
    # noun (preserving), no governorate
    "احتجزت الشرطة ناشطين بحجة المحافظة على النظام العام في مدينة رام الله",
    # "the army closed the road on the pretext of the latest incident near Jenin": "الواقعة" is the incident here
    "أغلق الجيش الطريق بحجة الواقعة الأخيرة قرب مدينة جنين",
])
def test_a_keeper_word_that_says_no_where_leaves_the_pretext(gaz, text):
    """A division word keeps Hajjah only where no "على" follows it, and "الواقعة" only where a compass word, a
    locative or a preposition of place follows it (geo/arabic_pretexts.py): no Hajjah, of Yemen or the West Bank."""
    assert "بحجة" not in [name for name, _ in _places(gaz, text)]


@pytest.mark.parametrize("text", [
    # guard: "people fled villages of Hajjah, lying some kilometres from the border"
    "نزح السكان من قرى بحجة الواقعة على بعد كيلومترات من الحدود",
    # guard: "shells fell on Hajjah, lying north-west of Yemen"
    "سقطت قذائف بحجة الواقعة شمال غرب اليمن",
])
def test_hajjah_lying_somewhere_stays(gaz, text):
    assert ("بحجة", "YE") in _read(gaz, text)


class _OneNameGazetteer:
    """A stand-in gazetteer holding one point under one name: what the side rule's lookup finds."""

    def __init__(self, name: str, lat: float, lon: float) -> None:
        self.name, self.point = name, SimpleNamespace(lat=lat, lon=lon)

    def lookup(self, name: str, limit: int = 3) -> list:
        return [self.point] if name == self.name else []


def test_a_generic_feature_noun_alone_names_no_feature():
    """The side rule falls back to the feature's first word alone only where that word is a feature's whole name
    ("للمتوسط قبالة", `_NAMED_ALONE`): a place that happens to be called by the generic noun ("نهر", a river) beside
    the region does not make "the west bank of a small river" the region (geo/arabic_feature_sides.py)."""
    from eventwatch.geo.arabic_feature_sides import _region_by_feature
    region = [SimpleNamespace(lat=32.0, lon=35.3)]
    assert not _region_by_feature(_OneNameGazetteer("نهر", 32.1, 35.4), "نهر صغير", region)
    assert _region_by_feature(_OneNameGazetteer("المتوسط", 32.1, 35.4), "المتوسط قبالة", region)
