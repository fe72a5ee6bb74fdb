"""Arabic reports in the styles of the fixture's second batch: monthly tallies that put a figure after each
town, governorates held in Latin letters only, lists after a dual settlement word, compass adverbs, nouns
of direction, prepositions written on the name, names of institutions that carry their country, and division
words GeoNames folds into a name. Every sentence here is written for these tests; none is in the fixture.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.arabic_translit import SkeletonIndex, bridge
from eventwatch.geo.arabic_words import affiliation, arabic_cue_words, joined_preposition, load_arabic_report_words
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.normalise import arabic_base, fold_token, tokenize


def located(gaz, text: str) -> list[tuple[str, str | None]]:
    """(name as written, country) of each name read as a place where something happens."""
    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(gaz, text) if t.locational]


def folded(name: str) -> list[str]:
    return [arabic_base(fold_token(w)) for w in name.split()]


# -- a figure after a name -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,country", [
    ("قتل في حماة 5 مدنيين خلال الأسبوع", "حماة", "SY"),  # Western digits
    ("وثقنا في محافظة حلب ١٢ ضحية بينهم أطفال", "حلب", "SY"),  # Arabic-Indic digits
    ("سقط في مأرب ٤ قتلى من المدنيين", "مأرب", "YE"),
])
def test_an_arabic_name_before_a_figure_heads_a_tally_not_a_model_number(gaz, text, name, country):
    assert located(gaz, text) == [(name, country)]


# -- governorates the gazetteer holds in Latin letters only ------------------------------------------------

def test_a_governorate_known_only_in_latin_letters_is_read_after_the_governorate_word(gaz):
    found = [t for t in geoparse(gaz, "خرجت مظاهرات حاشدة في محافظة الدقهلية") if t.locational]
    assert [(t.text, t.place.country_code, t.place.feature_code) for t in found] == [("الدقهلية", "EG", "ADM1")]


def test_a_preposition_written_on_a_governorates_name_cues_it_within_the_reports_country(gaz):
    # "two soldiers were killed in Hit and others wounded in Anbar"
    assert located(gaz, "قتل جنديان في هيت وأصيب آخرون بالأنبار") == [("هيت", "IQ"), ("بالأنبار", "IQ")]


def _place(pid: int, name: str, cc: str, population: int, code: str = "PPL") -> Candidate:
    return Candidate(pid, name, 10.0, 20.0, cc, None, None, None, None, code, population, None, "geonames", 1)


@pytest.fixture()
def towns_and_governorates() -> SkeletonIndex:
    town = _place(1, "Zarzur", "SY", 3000)
    namesake_gov = _place(2, "Zarzur Governorate", "SY", 400000, "ADM1")
    gov = _place(3, "Al Dabbus", "LY", 90000, "ADM1")
    foreign_town = _place(4, "Dabbus", "JO", 2000)
    return SkeletonIndex([(town, "Zarzur", 0), (foreign_town, "Dabbus", 0)],
                         divisions=[(namesake_gov, "Zarzur", 1), (gov, "Al Dabbus", 0)])


def test_a_town_is_read_before_the_governorate_it_names(towns_and_governorates):
    assert bridge(None, folded("زرزور"), frozenset(), frozenset(), index=towns_and_governorates)[1].id == 1


def test_a_governorate_is_read_where_no_town_of_the_reports_countries_has_its_letters(towns_and_governorates):
    got = bridge(None, folded("الدبوس"), frozenset({"LY"}), frozenset(), index=towns_and_governorates)
    assert got is not None and got[1].id == 3 and got[1].feature_code == "ADM1"
    # with no country to go by, the town (the automaton's first reading kind) is still read first
    assert bridge(None, folded("الدبوس"), frozenset(), frozenset(), index=towns_and_governorates)[1].id == 4


def test_of_two_places_sharing_consonants_the_one_whose_marked_long_vowels_arabic_writes_is_read():
    short, long_ = _place(5, "Al Zarfah", "LY", 50000, "ADM1"), _place(6, "Al Zarāfah", "LY", 90000, "ADM1")
    index = SkeletonIndex([], divisions=[(short, "Al Zarfah", 0), (long_, "Al Zarāfah", 0)])
    # "الزرفة" writes no long vowel: not Zarāfah; "الزرافة" writes one after its r, where Zarfah writes no vowel
    assert bridge(None, folded("الزرفة"), frozenset(), frozenset(), index=index)[1].id == 5
    assert bridge(None, folded("الزرافة"), frozenset(), frozenset(), index=index)[1].id == 6


# -- cue words in the forms the language derives -------------------------------------------------------------

def test_settlement_words_are_cues_in_the_dual_and_compass_words_as_adverbs():
    cues, words = load_cues(), load_arabic_report_words()
    forms = arabic_cue_words(cues.arabic_place_words, cues.arabic_locative, cues.arabic_rural, words)
    for written, base in [("بلدتي", "بلده"), ("قريتي", "قريه"), ("مدينتا", "مدينه"), ("شرقي", "شرق"),
                          ("جنوبي", "جنوب"), ("بلده", "بلده")]:
        assert forms.place_words[fold_token(written)] == base, written
    assert fold_token("اتجاه") in forms.locative and fold_token("باتجاه") not in forms.stops


def test_two_towns_after_a_dual_settlement_word_are_both_places(gaz):
    # "the forces took the two towns of Dilling and Babanusa" (both held in Latin letters only)
    found = [t for t in geoparse(gaz, "سيطرت القوات على بلدتي الدلنج وبابنوسة") if t.locational]
    assert [(t.text, t.place.country_code) for t in found] == [("الدلنج", "SD"), ("وبابنوسة", "SD")]
    assert found[0].cue == found[1].cue


@pytest.mark.parametrize("text,name", [
    ("اندلعت اشتباكات عنيفة غربي بابنوسة", "بابنوسة"),  # "west of Babanusa"
    ("تقدمت القوات باتجاه الدلنج", "الدلنج"),  # "towards Dilling"
])
def test_a_compass_adverb_or_a_noun_of_direction_cues_a_town_known_only_in_latin_letters(gaz, text, name):
    assert located(gaz, text) == [(name, "SD")]


def test_a_preposition_is_joined_to_a_definite_word_only():
    for word, expected in [("بالأنبار", True), ("للحديدة", True), ("وبالرقة", True), ("بلدة", False),
                           ("باب", False), ("الباب", False), ("بال", False)]:
        assert joined_preposition(fold_token(word)) is expected, word


@pytest.mark.parametrize("text", [
    "طالب المحتجون بالإفراج عن المعتقلين",  # "demanded the release of the detainees": no "Furjan"
    "ندد البيان بالقصف العشوائي",
    "طالب الأهالي في تعز بالكهرباء والماء",  # a report's country known, still no place in "with electricity"
])
def test_a_joined_preposition_before_an_everyday_word_names_no_place(gaz, text):
    assert [name for name, _ in located(gaz, text)] in ([], ["تعز"])


# -- institutions named for their country -------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("قالت نقابة أطباء العراق إن المستشفيات ممتلئة", "العراق"),  # the Iraqi doctors' syndicate
    ("أعلنت حكومة اليمن انهيار الهدنة", "اليمن"),  # the government of Yemen
])
def test_a_country_in_construct_after_an_institution_says_whose_it_is(gaz, text, name):
    found = geoparse(gaz, text)
    assert [(t.text, t.locational, t.cue) for t in found] == [(name, False, "affiliation")]


def test_a_country_after_a_preposition_or_a_town_after_an_institution_is_still_a_place(gaz):
    assert located(gaz, "نزح الآلاف في السودان") == [("السودان", "SD")]
    words = load_arabic_report_words()
    text = "أطباء حلب"  # Aleppo's doctors: a town's name is where they are
    tokens = tokenize(text)
    aleppo = _place(9, "Aleppo", "SY", 2_000_000)
    assert not affiliation(tokens, 1, text, [aleppo], words)
    iraq = _place(10, "Iraq", "IQ", 38_000_000, "PCLI")
    assert affiliation(tokenize("حكومة العراق"), 1, "حكومة العراق", [iraq], words)
    assert not affiliation(tokenize("في العراق"), 1, "في العراق", [iraq], words)


# -- a division word GeoNames folds into the name -------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("نزحت عائلات من ناحية هيران", "هيران"),  # GeoNames lists "ناحية هيران" whole
    ("هاجم مسلحون قضاء الحويجة", "الحويجة"),  # and "قضاء الحويجة"
])
def test_a_division_word_read_into_a_name_is_its_cue_and_the_span_is_the_name(gaz, text, name):
    found = [t for t in geoparse(gaz, text) if t.locational]
    assert [(t.text, t.place.country_code) for t in found] == [(name, "IQ")]
    assert found[0].cue in {"ناحيه", "قضاء"}


# -- a far-off namesake's Arabic name, where the report's country holds the place in Latin letters ------------

def test_a_name_read_as_a_far_off_place_is_the_reports_own_state_when_the_bridge_finds_one_there(gaz):
    # "thousands of displaced reached Gezira state from Khartoum": GeoNames gives الجزيرة to Algiers only
    found = [t for t in geoparse(gaz, "وصل آلاف النازحين من الخرطوم إلى ولاية الجزيرة") if t.locational]
    assert [(t.text, t.place.country_code, t.place.feature_code) for t in found] == [
        ("الخرطوم", "SD", "PPLC"), ("الجزيرة", "SD", "ADM1")]


def test_a_large_place_of_another_country_is_not_traded_for_a_smaller_one_of_the_reports(gaz):
    # "the delegation left Aleppo for the city of Cairo"
    found = located(gaz, "غادر الوفد حلب متوجها إلى مدينة القاهرة")
    assert found == [("حلب", "SY"), ("القاهرة", "EG")]
