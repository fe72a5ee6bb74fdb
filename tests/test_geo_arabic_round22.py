"""Arabic report shapes of round twenty-two: Somali "dh", which Arabic writes with ط as often as with د ("عيل طير",
Ceel Dheer); a name's head word ("عين", "بيت") whose complement opens with "و" ("عين وسارة", no "and") or that a
wrong reading of the head alone (or of the settlement word and the head) held back from the bridge; an Arabic
name the gazetteer writes with other long vowels than the report ("بيت أومر" and "بيت أمر"); governorate words
that name second-level divisions (a Saudi "محافظة", a Moroccan "إقليم") and that cue the name after them without
being read as one; a given name after a person's title ("مستشفى الأميرة بسمة": a princess, no place); and the
nationality joined to a noun for soldiers ("جنود ألمان": Germans, whose letters are the article and Man's).

Every sentence is written for this test (real places, invented incidents). The guards check what each rule must
leave alone: a compound's head word before a village of another country, an Iraqi governorate, the prophet's
shrine town "النبي X", and a title with no name after it; the verb, its subject and its object ("زار الرئيس بغداد",
"اقتحم الجنود جنين": the place straight after a title or the soldiers); "ولاية" as a mandate or a jurisdiction;
and a head word's complement in "و" read in a far country with letters the name does not write.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.arabic_translit import arabic_bare, long_vowel_variant
from eventwatch.geo.latin_orthographies import spoken_variants


def _read(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name as written, country, Latin name) of each place read; an unresolved name gives its stand-in's
    country and no Latin name."""
    return [(t.text, t.place.country_code if t.place else t.fallback and t.fallback.country_code,
             t.place.name if t.place else None) for t in geoparse(gaz, text) if t.locational]


# -- Somali "dh" -------------------------------------------------------------------------------------------------------

def test_somali_dh_is_indexed_as_the_emphatic_t_too():
    assert spoken_variants("Ceel Dheer", "SO") == ["eel dheer", "eel teer"]
    assert spoken_variants("Dhobley", "SO") == ["tobley"]  # no "c" or "x": the name itself, with "t"
    assert spoken_variants("Dhiban", "SY") == []  # another country's "dh" reads as written
    assert spoken_variants("Dhagax Dheer", "SO") == ["dhagah dheer", "tagah teer"]  # every "dh" of the name


def test_a_somali_dx_is_no_dh():
    # "dx" is d and the pharyngeal h: its "x" read as "h" makes no "dh" to write as ط
    assert spoken_variants("Godxeer", "SO") == ["godheer"]


@pytest.mark.parametrize("text,expected", [
    # "two soldiers were killed in the town of Dhobley": ط for Somali dh
    ("قتل جنديان في بلدة طوبلي", [("طوبلي", "SO", "Dhobley")]),
    # "the fighters withdrew to the town of Ceel Dheer"
    ("انسحب المقاتلون إلى بلدة عيل طير", [("عيل طير", "SO", "Ceeldheer")]),
])
def test_a_somali_town_written_with_ta_for_dh_is_read(gaz, text, expected):
    assert _read(gaz, text) == expected


# -- a name's head word ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "a shell fell on the town of Ain Oulmene": after a settlement word, the complement opening with "و"
    ("سقطت قذيفة على بلدة عين ولمان", [("عين ولمان", "DZ", "Aïn Oulmene")]),
    # "the gendarmerie arrested a suspect in the daira of Ain Oulmene": after a district word
    ("أوقفت مصالح الدرك مشتبها به بدائرة عين ولمان", [("عين ولمان", "DZ", "Aïn Oulmene")]),
])
def test_a_head_word_before_a_complement_in_waw_is_one_name(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_a_head_word_that_is_also_a_noun_opens_a_name_after_a_settlement_word(gaz):
    # "the forces arrested three young men from the town of Beit Ummar": "بيت" is a house elsewhere
    assert _read(gaz, "اعتقلت القوات ثلاثة شبان من بلدة بيت أمر") == [("بيت أمر", "PS", "Bayt Ūmmar")]


def test_a_head_word_before_a_name_of_another_country_stays_unresolved_in_the_reports(gaz):
    # "shells fell on the villages of Bani Hammad south of Taiz": no Moroccan Bni Hammad in a Yemeni report
    found = _read(gaz, "تساقطت القذائف على قرى بني حماد جنوب تعز")
    assert [(n, c) for n, c, _ in found] == [("بني حماد", "YE"), ("تعز", "YE")]
    assert found[0][2] is None


# -- other long vowels ------------------------------------------------------------------------------------------------

def test_an_arabic_name_without_its_inner_long_vowels_is_one_key_for_both_spellings():
    assert arabic_bare("بيتاومر") == arabic_bare("بيتامر") == "بتمر"
    assert arabic_bare("عين") == ""  # three letters or fewer are a root: no key


def test_two_spellings_of_one_key_are_one_name_only_where_one_writes_fewer_of_the_same_letters():
    assert long_vowel_variant("بيتامر", "بيتاومر")
    assert not long_vowel_variant("تجاريه", "تاجوره")  # "commercial" and Tadjourah: vowels in other places


@pytest.mark.parametrize("text", [
    # "gunmen intercepted a trade convoy near the border": "قافلة" is a Yemeni hamlet's name with one vowel fewer
    "اعترض مسلحون قافلة تجارية قرب الحدود",
    # "an armed group ambushed a patrol": "مجموعة" is a Saudi town's with one vowel fewer
    "نصبت مجموعة مسلحة كمينا لدورية",
])
def test_one_everyday_word_with_a_long_vowel_more_is_no_place(gaz, text):
    assert _read(gaz, text) == []


# -- governorate words -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "a projectile fell in Samtah governorate": a Saudi governorate is a second-level division
    ("سقط مقذوف في محافظة صامطة", [("صامطة", "SA", "Şāmiţah")]),
    # "two men were killed in Galguduud region": the region word cues the name and is none itself
    ("قتل رجلان في إقليم جلجدود", [("جلجدود", "SO", "Galguduud")]),
])
def test_a_governorate_word_cues_the_division_held_in_latin_letters(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_an_iraqi_governorate_is_still_the_first_level_division(gaz):
    # "a man was killed in Anbar governorate"
    assert _read(gaz, "قتل رجل بمحافظة الأنبار") == [("الأنبار", "IQ", "Al Anbar")]


# -- a person's title --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "the wounded were taken to Princess Basma hospital in Irbid": the princess is no Israeli village
    ("نقل الجرحى إلى مستشفى الأميرة بسمة في مدينة إربد", ["إربد"]),
    # "protesters gathered in Queen Noor street in Amman": the queen's title is no Jordanian village
    ("تجمع المحتجون في شارع الملكة نور في عمان", ["عمان"]),
    # "a young man was killed near Queen Alia hospital in Amman": the title itself is no Jordanian village either
    ("قتل شاب قرب مستشفى الملكة علياء في عمان", ["عمان"]),
])
def test_a_name_after_a_persons_title_is_no_place(gaz, text, expected):
    assert [n for n, _, _ in _read(gaz, text)] == expected


def test_the_shrine_town_after_its_titled_head_is_still_a_place(gaz):
    # "a rocket fell on the town of al-Nabi Shit in the Beqaa": "النبي" opens the town's name, no person's title
    assert [(n, c) for n, c, _ in _read(gaz, "سقط صاروخ على بلدة النبي شيت في البقاع")] == [
        ("النبي شيت", "LB"), ("البقاع", "LB")]


def test_a_title_with_no_name_after_it_leaves_the_place_after_it(gaz):
    # "the president arrived in the city of Aleppo"
    assert _read(gaz, "وصل الرئيس إلى مدينة حلب") == [("حلب", "SY", "Aleppo")]


@pytest.mark.parametrize("text,expected", [
    # "President Bashar al-Assad said the war was over": the given name is no Algerian Béchar
    ("قال الرئيس بشار الأسد إن الحرب انتهت.", []),
    # "President Bashar al-Assad received a Russian delegation in Damascus": "وفدا روسيا" is a delegation and its
    # nationality, no place (geo/arabic_accusatives.py), so Damascus alone is where it happened
    ("استقبل الرئيس بشار الأسد وفدا روسيا في دمشق.", [("دمشق", "SY", "Damascus")]),
    # "President Bashar al-Assad visited Aleppo": after a verb of travel the family name still marks the person
    ("زار الرئيس بشار الأسد حلب.", [("حلب", "SY", "Aleppo")]),
    # "Prince Bandar bin Sultan met the American president": no Moldovan Bender
    ("التقى الأمير بندر بن سلطان الرئيس الأمريكي.", []),
    # "Prince Bandar bin Sultan arrived in Jeddah"
    ("وصل الأمير بندر بن سلطان إلى جدة.", [("جدة", "SA", "Jeddah")]),
])
def test_a_rulers_given_name_after_a_title_is_no_city(gaz, text, expected):
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "the president inspected the old city of Homs": after a verb that takes a place, a feminine adjective with
    # the article agrees with the city and is no family name
    ("تفقد الرئيس حمص القديمة بعد الانفجار.", [("حمص", "SY", "Homs")]),
    # "the president visited liberated Mosul yesterday"
    ("زار الرئيس الموصل المحررة أمس.", [("الموصل", "IQ", "Mosul")]),
    # "the prince inspected stricken Jeddah after the floods"
    ("تفقد الأمير جدة المنكوبة بعد السيول.", [("جدة", "SA", "Jeddah")]),
])
def test_a_city_after_a_title_and_a_verb_keeps_its_feminine_adjective(gaz, text, expected):
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "the president visited Baghdad last week": a time word with the article is no family name
    ("زار الرئيس بغداد الأسبوع الماضي.", [("بغداد", "IQ", "Baghdad")]),
    # "the king inspected Zarqa after the floods": a verb of inspection takes the place as its object too
    ("تفقد الملك الزرقاء بعد السيول.", [("الزرقاء", "JO", "Zarqa")]),
])
def test_a_place_after_a_title_after_a_verb_that_takes_a_place_is_its_object(gaz, text, expected):
    assert _read(gaz, text) == expected


@pytest.mark.xfail(reason="a small town after a person's title after a verb of visit is left unread: 'زار الأمير "
                          "سلمان أمس' writes a visitor's given name in the same shape, and no list of given names "
                          "tells the two apart (geo/arabic_visit_objects.py)", strict=True)
@pytest.mark.parametrize("text,expected", [
    # "the king inspected Madaba after the floods"
    ("تفقد الملك مادبا بعد السيول.", [("مادبا", "JO", "Mādabā")]),
    # "the president inspected Sinjar yesterday after its liberation"
    ("تفقد الرئيس سنجار أمس بعد تحريرها.", [("سنجار", "IQ", "Sinjār")]),
])
def test_a_small_town_after_a_title_after_a_verb_of_inspection_is_its_object(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_a_title_after_a_settlement_word_opens_the_villages_name(gaz):
    # "an attack happened near the village of Sultan Yacoub in the Beqaa": the title alone is no Saudi town
    assert [n for n, _, _ in _read(gaz, "وقع هجوم قرب قرية السلطان يعقوب في البقاع.")] == ["البقاع"]


@pytest.mark.parametrize("text", [
    # "a man was killed in the town of al-Malka north of Irbid": the title is the village's whole name
    "قتل رجل في بلدة الملكة شمال إربد.",
    # "a man was killed in the town of al-Malka in Irbid governorate"
    "قتل رجل في بلدة الملكة في محافظة إربد.",
])
def test_a_title_after_a_settlement_word_before_a_word_of_direction_or_place_is_the_villages_name(gaz, text):
    assert ("الملكة", "JO") in [(n, c) for n, c, _ in _read(gaz, text)]


# -- soldiers and their nationality ----------------------------------------------------------------------------------------

def test_the_word_joined_to_a_noun_for_soldiers_is_their_nationality(gaz):
    # "three German soldiers were wounded by a bomb in Gao": "ألمان" is no Ivorian Man
    assert _read(gaz, "جرح ثلاثة جنود ألمان بانفجار لغم في مدينة غاو") == [("غاو", "ML", "Gao")]


@pytest.mark.parametrize("text,expected", [
    # "a Malian soldier was killed in an attack in Gao": the country's name is the one soldier's nationality
    ("قتل جندي مالي في هجوم بمدينة غاو.", [("غاو", "ML", "Gao")]),
    # "a Djiboutian soldier was killed in an attack in Mogadishu"
    ("قتل جندي جيبوتي في هجوم بمدينة مقديشو.", [("مقديشو", "SO", "Mogadishu")]),
    # "Indian forces killed three gunmen in Srinagar": the state's nisba after the forces is no Iraqi town
    ("قتلت القوات الهندية ثلاثة مسلحين في مدينة سريناغار.", [("سريناغار", "IN", "Srinagar")]),
])
def test_a_states_nisba_after_a_soldier_or_the_forces_is_their_nationality(gaz, text, expected):
    # no toponym at all for the adjective, not even the country as a non-locational mention
    assert [(t.text, t.place.country_code, t.place.name) for t in geoparse(gaz, text) if t.place] == expected


@pytest.mark.parametrize("text,expected", [
    # "the forces stormed Nasiriyah at dawn": a town ending as a nisba does, but no state's nisba
    ("اقتحمت القوات الناصرية فجر اليوم.", [("الناصرية", "IQ", "Nasiriyah")]),
    # "the army entered Ramadi after fierce battles"
    ("دخل الجيش الرمادي بعد معارك عنيفة.", [("الرمادي", "IQ", "Ramadi")]),
])
def test_a_town_after_the_forces_as_the_verbs_object_is_read(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_a_place_after_a_preposition_after_the_soldiers_is_still_read(gaz):
    # "soldiers deployed in Aleppo"
    assert _read(gaz, "انتشر جنود في حلب") == [("حلب", "SY", "Aleppo")]


# -- the verb, its subject and its object: a title or soldiers before the place they act on ----------------------------

@pytest.mark.parametrize("text,expected", [
    # "the president visited Baghdad yesterday": the capital is the verb's object, after its subject's title
    ("زار الرئيس بغداد أمس والتقى رئيس الوزراء.", [("بغداد", "IQ", "Baghdad")]),
    # "the prince left Riyadh heading for Jeddah"
    ("غادر الأمير الرياض متوجها إلى جدة.", [("الرياض", "SA", "Riyadh"), ("جدة", "SA", "Jeddah")]),
    # "the king reached Amman coming from London"
    ("وصل الملك عمان قادما من لندن.", [("عمان", "JO", "Amman"), ("لندن", "GB", "London")]),
    # "the prince visited Fallujah yesterday": a town of no rank is the object of the verb of travel too
    ("زار الأمير الفلوجة أمس.", [("الفلوجة", "IQ", "Al Fallūjah")]),
])
def test_a_place_after_a_title_that_is_the_verbs_subject_is_its_object(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_a_title_after_a_verb_of_speech_still_names_a_person(gaz):
    # "President Aoun said the situation is difficult"
    assert _read(gaz, "قال الرئيس عون إن الوضع صعب") == []


@pytest.mark.parametrize("text,expected", [
    # "the soldiers stormed Jenin at dawn and arrested two young men": the town is the verb's object
    ("اقتحم الجنود جنين فجر اليوم واعتقلوا شابين.", [("جنين", "PS", "Janīn")]),
    # "the soldiers entered Aleppo after a long siege"
    ("دخل الجنود حلب بعد حصار طويل.", [("حلب", "SY", "Aleppo")]),
    # "the soldiers besieged Fallujah for weeks": a definite town after the definite soldiers, no nisba
    ("حاصر الجنود الفلوجة لأسابيع.", [("الفلوجة", "IQ", "Al Fallūjah")]),
    # "the soldiers swept into Rafah on Sunday morning"
    ("اجتاح الجنود رفح صباح الأحد.", [("رفح", "PS", "Rafaḩ")]),
])
def test_a_place_right_after_the_soldiers_as_the_verbs_object_is_read(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_the_definite_broken_plural_after_the_definite_soldiers_is_their_nationality(gaz):
    # "the German soldiers withdrew from Gao": the article on both, still no Ivorian Man
    assert _read(gaz, "انسحب الجنود الألمان من مدينة غاو") == [("غاو", "ML", "Gao")]


# -- a mandate is no governorate ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the Security Council extended the UN mission's mandate for another year"
    "مدد مجلس الأمن ولاية بعثة الأمم المتحدة لعام آخر.",
    # "the observers mission's mandate ended last month"
    "انتهت ولاية بعثة المراقبين الشهر الماضي.",
])
def test_a_mandate_cues_no_division(gaz, text):
    assert _read(gaz, text) == []


def test_a_jurisdiction_cues_no_division(gaz):
    # "the camp lies under another jurisdiction": the adjective after "ولاية" is no Somali region
    assert "قضائية" not in [n for n, _, _ in _read(gaz, "يقع المخيم ضمن ولاية قضائية أخرى.")]


def test_a_wilaya_after_a_preposition_still_cues_the_second_level_division(gaz):
    # "the police caught infiltrators in the wilaya of Dalkut" (Oman, held in Latin letters only)
    assert ("ضلكوت", "OM") in [(n, c) for n, c, _ in _read(gaz, "ضبطت شرطة محافظة ظفار متسللين في ولاية ضلكوت")]


# -- a head word's name across "و", read only where it agrees --------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "clashes broke out in the town of Abu Warda south of Sudan" (a South Sudanese report): no Tunisian town
    "وقعت اشتباكات في بلدة أبو وردة جنوب السودان.",
    # "clashes broke out in the town of Abu Warda": with no country, only a name spelled alike is read
    "وقعت اشتباكات في بلدة أبو وردة.",
    # "a man was killed in the town of Ain Wazza": a Palestinian name of other letters is no reading of it
    "قتل رجل في بلدة عين وزة",
])
def test_a_head_word_and_its_complement_in_waw_are_read_only_where_country_or_spelling_agrees(gaz, text):
    assert [p for n, _, p in _read(gaz, text) if n.startswith(("أبو", "عين")) and p is not None] == []


def test_a_complement_opening_with_fa_needs_no_latin_waw(gaz):
    # "a man was killed in the town of Ain Fakroun": "ف" is no "and" here, so no country need agree
    assert _read(gaz, "قتل رجل في بلدة عين فكرون.") == [("عين فكرون", "DZ", "Aïn Fakroun")]
