"""Arabic report shapes of round twenty-one: a compass adjective with the article after a name ("الشرقي", the
eastern one), which says nothing of the word after it; the drugs of seizure statements and the question word that
share Kyiv's short spelling; a weapon's adjective without the article ("لغم بحري", a sea mine) that a large town
also spells; the nisba of a known place ("البغدادي") that the Latin bridge would read as the place itself; and the
quarter word "حي" with a joined "ب" ("بحي X"); Kyiv's short spelling governed by a verb of attack, visit or
arrival; and "الريف <compass> لـX", a governorate's countryside with its adjective written first.

Every sentence is written for this test (real places, invented incidents). The guards check what each rule must
leave alone: the bare compass adverb ("شرقي X", east of X), the town a nisba-shaped word names after a settlement
word, the residents of Khartoum North, and Kyiv's usual spelling.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def _read(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name as written, country, Latin name) of each place read; an unresolved name gives its stand-in's
    country and no Latin name."""
    return [(t.text, t.place.country_code if t.place else t.fallback and t.fallback.country_code,
             t.place.name if t.place else None) for t in geoparse(gaz, text) if t.locational]


def _names(gaz, text: str) -> list[str]:
    return [name for name, _, _ in _read(gaz, text)]


# -- a compass adjective with the article -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,absent", [
    # "the authorities of the eastern wilaya announced the arrival of ...": "وصول" (arrival) is no Emirati al-Wasl
    ("أعلنت السلطات في ولاية الحوض الشرقي وصول قافلة إغاثة", "وصول"),
    # "the western sector witnessed the arrival of reinforcements": the sector's adjective, no "west of"
    ("شهد القطاع الغربي وصول تعزيزات", "وصول"),
    # "the authorities in the eastern sector announced the arrival of ...": after a preposition, still no al-Wasl
    ("أعلنت السلطات في القطاع الشرقي وصول قافلة إغاثة", "وصول"),
])
def test_a_compass_adjective_with_the_article_places_nothing_after_it(gaz, text, absent):
    assert absent not in _names(gaz, text)


@pytest.mark.parametrize("text,expected", [
    # "warships shelled positions on the west coast and al-Khawkhah": the town joined to the phrase by "و"
    ("قصفت البوارج مواقع على الساحل الغربي والخوخة", [("والخوخة", "YE", "Al Khawkhah")]),
    # "the forces clashed on the west coast and Hays"
    ("اشتبكت القوات على الساحل الغربي وحيس", [("وحيس", "YE", "Ḩays")]),
    # "shells fell on the eastern quarter, Saraqib": the town set beside the phrase after "على"
    ("سقطت قذائف على الحي الشرقي سراقب", [("سراقب", "SY", "Saraqib")]),
])
def test_a_town_after_a_compass_adjective_that_follows_a_preposition_is_in_that_place(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_the_bare_compass_adverb_still_places_the_name_after_it(gaz):
    # "a man was killed east of Aleppo"
    assert _read(gaz, "قتل رجل شرقي حلب") == [("حلب", "SY", "Aleppo")]


def test_a_countryside_named_by_two_compass_adjectives_keeps_its_town(gaz):
    # "a drone struck a car on the Manbij–Jarabulus road in Aleppo's north-eastern countryside"
    assert [(n, c) for n, c, _ in _read(gaz, "استهدفت مسيرة سيارة على طريق منبج–جرابلس بريف حلب الشمالي الشرقي")] \
        == [("منبج", "SY"), ("جرابلس", "SY"), ("حلب", "SY")]


# -- drugs and the question word ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "customs seized two quintals of kif in Nador": the Maghreb's cannabis, no Kyiv
    ("حجزت الجمارك قنطارين من الكيف بالناظور", ["بالناظور"]),
    # "residents asked how the fire broke out in Homs": "how", no Kyiv
    ("تساءل السكان كيف اندلع الحريق في حمص", ["حمص"]),
    # "hashish and kif were seized in Oujda"
    ("ضبطت كمية من الحشيش والكيف في وجدة", ["وجدة"]),
])
def test_the_drug_and_the_question_word_are_no_kyiv(gaz, text, expected):
    assert _names(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # "a Ukrainian delegation arrived in Kyiv for talks": the short spelling after "إلى", Ukraine named
    "وصل وفد أوكراني إلى كيف لإجراء محادثات",
    # "Russian missiles fell on Kyiv at night, the Ukrainian army said": Ukraine's own word, not Russia's, names it
    "سقطت صواريخ روسية على كيف ليلا بحسب الجيش الأوكراني",
])
def test_kyivs_short_spelling_after_a_preposition_in_ukraines_news_is_kyiv(gaz, text):
    assert ("كيف", "UA", "Kyiv") in _read(gaz, text)


@pytest.mark.parametrize("text", [
    # "officials thought about how reconstruction could go on in Homs": a preposition, but no Ukraine around it
    "فكر المسؤولون في كيف يمكن إعادة الإعمار في حمص",
    # "the two presidents met in Kif": no country named, so the question word's reading is kept
    "اجتمع الرئيسان في كيف",
])
def test_the_short_spelling_without_ukraines_news_is_no_kyiv(gaz, text):
    assert "Kyiv" not in [latin for _, _, latin in _read(gaz, text)]


def test_kyiv_in_its_usual_spelling_is_still_read(gaz):
    # "Russian missiles hit Kyiv at dawn"
    assert ("كييف", "UA", "Kyiv") in _read(gaz, "ضربت صواريخ روسية كييف فجرا")


# -- a weapon's adjective without the article ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "a fisherman was wounded by a sea mine off Mocha": no Khartoum North
    ("أصيب صياد بانفجار لغم بحري قبالة المخا", ["المخا"]),
    # "a naval boat fired on fishermen near Hodeidah"
    ("أطلق زورق بحري النار على صيادين قرب الحديدة", ["الحديدة"]),
])
def test_a_weapons_adjective_is_no_town(gaz, text, expected):
    assert _names(gaz, text) == expected


@pytest.mark.parametrize("text", [
    "نزح سكان بحري إلى أم درمان",  # "the residents of Bahri fled to Omdurman": a noun in construct, not a weapon
    "قصفت المسيرات مدينة بحري",  # "drones shelled the city of Bahri"
    # a feminine or plural craft noun takes "بحرية": a bare "بحري" after it is the town ("Bahri's boats were shelled")
    "تعرضت زوارق بحري للقصف",
    "غرقت سفن بحري في النيل",  # "Bahri's ships sank in the Nile"
])
def test_khartoum_north_after_another_noun_is_still_read(gaz, text):
    assert ("بحري", "SD", "Khartoum North") in _read(gaz, text)


# -- the nisba of a known place ------------------------------------------------------------------------------------------

def test_a_places_nisba_after_a_division_word_is_an_unknown_town_not_the_place(gaz):
    # "a council met in the al-Baghdadi sub-district west of Anbar": Iraq's al-Baghdadi, which no row holds, not
    # Baghdad read through its Latin letters
    assert _read(gaz, "اجتمع مجلس المحافظة في ناحية البغدادي غرب الأنبار") == [
        ("البغدادي", "IQ", None), ("الأنبار", "IQ", "Al Anbar")]


def test_a_places_nisba_after_in_is_no_place(gaz):
    # "a meeting in al-Baghdadi": without a holder the word is no spelling of Baghdad
    assert "Baghdad" not in [latin for _, _, latin in _read(gaz, "عقد اجتماع موسع في البغدادي")]


# -- the quarter word with a joined preposition --------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "a young man was killed in the al-Zaatariya quarter of Homs": a quarter no row holds, after "بحي"
    ("قتل شاب بحي الزعيترية في حمص", [("الزعيترية", "SY", None), ("حمص", "SY", "Homs")]),
    # "a man was killed in an area belonging to the al-Zaatariya quarter in Homs": "لحي", of the quarter
    ("قتل رجل في منطقة تابعة لحي الزعيترية في حمص", [("الزعيترية", "SY", None), ("حمص", "SY", "Homs")]),
])
def test_a_quarter_word_with_a_joined_preposition_opens_the_quarters_name(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_a_quarter_the_gazetteer_holds_keeps_its_reading_after_the_joined_quarter_word(gaz):
    # "a shell fell in the Midan quarter of Damascus": a guard, read before the quarter word opened names too
    assert _read(gaz, "سقطت قذيفة بحي الميدان بدمشق") == [("الميدان", "SY", "Al-Midan"), ("بدمشق", "SY", "Damascus")]


def test_a_quarter_after_a_joined_preposition_stands_in_at_the_towns_country(gaz):
    # "an inquiry into a death in the Saknia quarter, in the city of Kenitra": the Moroccan town says where
    assert _read(gaz, "فتح بحث في وفاة شاب بحي الساكنية بمدينة القنيطرة المغربية")[0] == ("الساكنية", "MA", None)


# -- only a known town takes the cue after a compass adjective ----------------------------------------------------------

@pytest.mark.parametrize("text,absent", [
    # "the forces witnessed a large presence in the eastern countryside": "وجود" (presence) is no "and" + Algood
    ("لاحظ الأهالي في الريف الشرقي وجود دوريات كثيفة", "وجود"),
    # "the authorities in the western sector announced the departure of a convoy": "خروج" is no Kharijah
    ("أعلنت اللجنة في القطاع الغربي خروج دفعة من المهجرين", "خروج"),
    # "in the southern sector, the arrival of reinforcements": "وصول" read by the rule, not a one-word list
    ("رصد المراقبون في القطاع الجنوبي وصول تعزيزات", "وصول"),
])
def test_a_verbal_noun_after_a_compass_adjective_is_no_place(gaz, text, absent):
    assert absent not in _names(gaz, text)


def test_a_known_town_joined_by_and_after_a_compass_adjective_keeps_the_cue(gaz):
    # "the coalition struck sites on the western axis and Mocha": no preposition on the town, "و" joins it
    assert ("والمخا", "YE", "Mocha") in _read(gaz, "قصف التحالف مواقع في المحور الغربي والمخا")


# -- "لحي": of the quarter, or beards ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the militants forced the men to grow long beards": an indefinite adjective after "لحي" names no quarter
    "فرض المسلحون على الرجال إطلاق لحي طويلة",
    # "the guards shaved the prisoners' beards": a people noun after it, no quarter either
    "حلق الحراس لحي السجناء",
])
def test_beards_are_no_quarter(gaz, text):
    assert _read(gaz, text) == []


def test_of_the_quarter_before_a_known_quarter_still_reads_it(gaz):
    # "a house belonging to the Midan quarter of Damascus was hit": a name the gazetteer holds after "لحي"
    assert ("الميدان", "SY", "Al-Midan") in _read(gaz, "أصيب منزل تابع لحي الميدان بدمشق")


# -- Kyiv's short spelling needs Ukraine's news, and no verb after it ---------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the Russian delegation discussed how the truce could be held in Idlib": Russia alone is Syria's news too
    "ناقش الوفد الروسي في كيف يمكن تثبيت الهدنة في إدلب",
    # "Zelensky discussed with his ministers how the front could be held": Ukraine named, but a verb follows the
    # question word
    "بحث زيلينسكي مع وزرائه في كيف يمكن الصمود على الجبهة",
])
def test_the_question_word_after_a_preposition_is_no_kyiv(gaz, text):
    assert "Kyiv" not in [latin for _, _, latin in _read(gaz, text)]


# -- Kyiv's short spelling governed by a verb of attack, visit or arrival -----------------------------------------------

@pytest.mark.parametrize("text", [
    # "Russia shelled Kyiv with drones at dawn on Sunday": the short spelling is the attack verb's direct object
    "قصفت روسيا كيف بطائرات مسيرة فجر الأحد",
    # "Russian missiles targeted Kyiv once more": a subject of two words between the verb and its object
    "استهدفت الصواريخ الروسية كيف مرة أخرى",
    # "the German chancellor visited Kyiv last week": a visit verb, no country named anywhere
    "زار المستشار الألماني كيف الأسبوع الماضي",
    # "the French president arrived in Kyiv on a surprise visit": an arrival verb before "إلى"
    "وصل الرئيس الفرنسي إلى كيف في زيارة مفاجئة",
    # "the envoy travelled from Warsaw to Kyiv by train": a travel verb, a "from" phrase between it and "إلى"
    "توجه المبعوث من وارسو إلى كيف بالقطار",
    # "two were killed in Russian shelling on Kyiv": the attack's verbal noun before "على", only Russia's adjective
    "قتل شخصان في قصف روسي على كيف",
])
def test_kyivs_short_spelling_governed_by_a_verb_of_attack_or_visit_is_kyiv(gaz, text):
    assert ("كيف", "UA", "Kyiv") in _read(gaz, text)


@pytest.mark.parametrize("text", [
    # "no one knows how the fire started in Hama": a verb of knowing governs the question word
    "لا يعرف أحد كيف بدأ الحريق في حماة",
    # "the journalists asked the minister how the shipment reached Aden": a verb of asking before it, and a verb
    # of arrival only after it
    "سأل الصحفيون الوزير كيف وصلت الشحنة إلى عدن",
    # "the delegation visited the camp and saw how the displaced live": the visit's object is the camp
    "زار الوفد المخيم ورأى كيف يعيش النازحون",
    # "the forces attacked the positions, and it is unclear how the fighting ended": a new clause after a comma
    "هاجمت القوات المواقع، ولم يتضح كيف انتهت المعارك",
    # "the minister arrived at the question of how the aid would be distributed": a present-tense verb after it
    "وصل الوزير إلى كيف يمكن توزيع المساعدات",
])
def test_the_question_word_after_verbs_of_knowing_or_before_a_verb_is_no_kyiv(gaz, text):
    assert "Kyiv" not in [latin for _, _, latin in _read(gaz, text)]


# -- "الريف <compass> لـX": a governorate's countryside named with its adjective first -------------------------------

def _division(gaz, text: str) -> list[tuple[str, str | None, int | None]]:
    """(name as written, country, precision) of each place read: 4 a first-level division, 1 a town."""
    return [(t.text, t.place.country_code if t.place else None, t.place.precision if t.place else None)
            for t in geoparse(gaz, text) if t.locational]


@pytest.mark.parametrize("text,name", [
    # "a child was killed by artillery shelling on the southern countryside of Idlib"
    ("قتل طفل بقصف مدفعي على الريف الجنوبي لإدلب", "لإدلب"),
    # "clashes went on in the eastern countryside of Hama"
    ("دارت اشتباكات في الريف الشرقي لحماة", "لحماة"),
    # "a rocket fell in the western countryside of Aleppo"
    ("سقط صاروخ في الريف الغربي لحلب", "لحلب"),
    # "a mine exploded in the northern countryside of Daraa"
    ("انفجر لغم في الريف الشمالي لدرعا", "لدرعا"),
    # "the artillery shelled the southern countryside of Homs": the phrase as the verb's object
    ("قصفت المدفعية الريف الجنوبي لحمص", "لحمص"),
    # "the forces advanced in the western countryside of Deir ez-Zor": a name of two words
    ("تقدمت القوات في الريف الغربي لدير الزور", "لدير الزور"),
])
def test_the_countryside_with_its_compass_adjective_before_a_governorate_reads_the_governorate(gaz, text, name):
    assert _division(gaz, text) == [(name, "SY", 4)]


@pytest.mark.parametrize("text,name", [
    # "a shell fell on the northern quarter of Hama": a quarter of the town, not its countryside
    ("سقطت قذيفة على الحي الشمالي لحماة", "لحماة"),
    # "a young man was killed in the western countryside of the city of Hasakah": the city word names the town
    ("قتل شاب في الريف الغربي لمدينة الحسكة", "الحسكة"),
])
def test_a_compass_adjective_after_a_quarter_or_before_a_city_word_keeps_the_town(gaz, text, name):
    assert _division(gaz, text) == [(name, "SY", 1)]


@pytest.mark.xfail(reason="no verb of attack, visit or arrival governs the short spelling and no Ukrainian word is "
                          "in the text: only an office before 'في' says it is the city, and offices stand before the "
                          "question word as often ('the administration in how ...' is rare, but no class tells them)",
                   strict=True)
def test_an_office_in_kyiv_without_ukraines_news_is_kyiv(gaz):
    # "the city's military administration in Kyiv reported a fire": no Ukrainian word, no verb of visit or attack
    assert ("كيف", "UA", "Kyiv") in _read(gaz, "أبلغت الإدارة العسكرية في كيف عن حريق")


# -- Kyiv's short spelling before a time adverb or a verb that is no continuation of the question word ----------------

@pytest.mark.parametrize("text", [
    # "Ukrainian air defence said debris falls on Kyiv daily": an adverb of time in "-ا" after the city
    "قال الدفاع الجوي الأوكراني إن الحطام يتساقط على كيف يوميا",
    # "the Ukrainian delegation returned to Kyiv carrying a new agreement": a present verb of the delegation's
    "عاد الوفد الأوكراني إلى كيف يحمل اتفاقا جديدا",
    # "Moscow launched an air attack on Kyiv striking Ukrainian refineries": a verb of the present that is the
    # attack's, not a clause opened by the question word
    "أطلقت موسكو هجوما جويا على كيف يطال مصافي النفط الأوكرانية",
    # "Ukrainian refugees return to Kyiv saying the front is calm": a participle-like present verb after the city
    "يعود لاجئون أوكرانيون إلى كيف يقولون إن الجبهة هادئة",
])
def test_kyiv_before_a_time_adverb_or_an_unrelated_present_verb_in_ukraines_news_is_kyiv(gaz, text):
    assert ("كيف", "UA", "Kyiv") in _read(gaz, text)


@pytest.mark.parametrize("text", [
    # "the Ukrainian minister spoke of how civilians must be protected": a modal ("يجب") after the question word
    "تحدث الوزير الأوكراني عن كيف يجب حماية المدنيين",
    # "the Ukrainian parliament discussed how the government can fund the army": "تستطيع", to be able
    "ناقش البرلمان الأوكراني في كيف تستطيع الحكومة تمويل الجيش",
    # "Ukrainian analysts asked about how the law was passed": the passive's auxiliary "تم"
    "تساءل محللون أوكرانيون عن كيف تم تمرير القانون",
    # "the debate in Ukraine turns on how the settlement will look": "سيكون", the future of "to be"
    "يدور النقاش في أوكرانيا حول كيف سيكون شكل التسوية",
    # "Zelensky spoke of how the war changed the country": the subordinator "أن"
    "تحدث زيلينسكي عن كيف أن الحرب غيرت البلاد",
    # "Ukrainian ministers looked into how they could secure the power": the modal with a pronoun joined to it
    "بحث وزراء أوكرانيون في كيف يمكنهم تأمين الكهرباء",
    # "Ukrainian officers spoke of how the soldiers try to hold the line": a present verb that takes "أن"
    "تحدث ضباط أوكرانيون عن كيف يحاول الجنود أن يصمدوا",
])
def test_the_question_word_before_its_usual_continuations_is_no_kyiv_even_in_ukraines_news(gaz, text):
    assert "Kyiv" not in [latin for _, _, latin in _read(gaz, text)]


@pytest.mark.parametrize("text", [
    # "Ukrainian officials in Kyiv said that the attack cut the power": "إن" after a verb of saying
    "قال مسؤولون أوكرانيون في كيف إن الهجوم قطع الكهرباء عن الأحياء",
    # "the Ukrainian army said the water in Kyiv is still cut": a negation after the place
    "أفاد الجيش الأوكراني بأن المياه في كيف لا تزال مقطوعة",
    # "Russia shelled Kyiv, which killed two": "ما" opening the consequence after the object
    "قصفت روسيا كيف ما أسفر عن مقتل شخصين",
])
def test_kyiv_before_a_negation_or_a_saying_verbs_inna_is_still_kyiv(gaz, text):
    assert ("كيف", "UA", "Kyiv") in _read(gaz, text)


@pytest.mark.parametrize("text", [
    # "the deputy attacked the government, asking how it allows prices to rise": a participle of manner
    "هاجم النائب الحكومة متسائلا كيف تسمح بارتفاع الأسعار",
    # "the minister visited the camp to see how the refugees live": a verb of purpose
    "زار الوزير المخيم ليطلع على كيف يعيش اللاجئون",
    # "the residents attacked the government because of how it handled the crisis": a word of cause
    "هاجم الأهالي الحكومة بسبب كيف تعاملت مع الأزمة",
])
def test_a_verb_whose_clause_ends_before_the_question_word_governs_no_kyiv(gaz, text):
    assert "Kyiv" not in [latin for _, _, latin in _read(gaz, text)]


def test_a_nisba_that_opens_like_a_verb_of_purpose_leaves_the_visit_verb_governing(gaz):
    # "a Libyan delegation visited Kyiv last week": "ليبي" is no verb of purpose
    assert ("كيف", "UA", "Kyiv") in _read(gaz, "زار وفد ليبي كيف الأسبوع الماضي")
