"""Arabic names that a far-off or lesser namesake holds, and names too short for the Latin-letter bridge.

A governorate word ("محافظة", "ولاية") before a name says it is a first-level division; a district word
("مديرية", "قضاء") a second-level one of the word's countries. GeoNames gives many of them no Arabic name, while
some town elsewhere holds the same words as an alternate name, and many have two or three consonants, too few
for the bridge anywhere else. Long vowels and the ayn are compared both ways between the Arabic letters and
the Latin name. Every sentence here is written for these tests; none is in the fixture.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.arabic_translit import SkeletonIndex, arabic_gaps, bridge, division_name, latin_gaps
from eventwatch.geo.arabic_words import load_arabic_report_words
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import arabic_base, fold_token


def read(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name as written, country, feature code) of each name read as a place where something happens."""
    return [(t.text, t.place.country_code if t.place else None, t.place.feature_code if t.place else None)
            for t in geoparse(gaz, text) if t.locational]


def folded(name: str) -> list[str]:
    return [arabic_base(fold_token(w)) for w in name.split()]


def _place(pid: int, name: str, cc: str, population: int, code: str = "ADM1") -> Candidate:
    return Candidate(pid, name, 10.0, 20.0, cc, None, None, None, None, code, population, None, "geonames", 1)


# -- a governorate word asks for a first-level division ------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("أغلقت المدارس في محافظة ذي قار بسبب العاصفة", "ذي قار"),  # genitive construct
    ("أغلقت المدارس في محافظة ذو قار بسبب العاصفة", "ذو قار"),  # nominative: a form of the same word
    ("نشرت الحكومة تعزيزات في محافظة صلاح الدين", "صلاح الدين"),
])
def test_a_name_after_the_governorate_word_is_the_governorate_not_a_namesake_town(gaz, text, name):
    assert read(gaz, text) == [(name, "IQ", "ADM1")]


def test_in_a_report_on_the_country_a_governorate_beats_a_small_town_holding_its_name_as_an_alternate(gaz):
    # "a car bomb exploded in Salah ad-Din and others were wounded in Kirkuk"
    got = read(gaz, "انفجرت سيارة مفخخة في صلاح الدين وأصيب آخرون في كركوك")
    assert got == [("صلاح الدين", "IQ", "ADM1"), ("كركوك", "IQ", "PPL")]


def test_a_town_whose_own_name_the_governorate_shares_stays_the_town(gaz):
    # Hama names both the city and its governorate: without the governorate word, the city
    assert read(gaz, "قتل ثلاثة مدنيين في حماة وإدلب") == [("حماة", "SY", "PPL"), ("وإدلب", "SY", "PPL")]


def test_generic_words_of_a_divisions_latin_name_are_not_part_of_the_name(gaz):
    words = load_arabic_report_words()
    assert division_name("Abyan Governorate", words.latin_division_words) == "Abyan"
    assert division_name("Muhafazat Hadramaout", words.latin_division_words) == "Hadramaout"
    assert division_name("State", words.latin_division_words) == "State"
    assert read(gaz, "تدفق النازحون إلى محافظة المثنى") == [("المثنى", "IQ", "ADM1")]


# -- short names: only after a firm cue -----------------------------------------------------------------------

@pytest.mark.parametrize("text,name,country", [
    ("احتجاجات في محافظة ديالى", "ديالى", "IQ"),  # d-l: the ayn of Aḑ Ḑāli‘ is not written here
    ("قصف على محافظة أبين", "أبين", "YE"),  # b-n
])
def test_a_short_governorate_name_is_read_after_the_governorate_word(gaz, text, name, country):
    assert read(gaz, text) == [(name, country, "ADM1")]


def test_a_short_governorate_name_after_a_compass_word_agrees_with_the_reports_country(gaz):
    # "a delegation reached Erbil coming from south of Nineveh": n-n folds to one consonant
    assert read(gaz, "وصل وفد إلى أربيل قادماً من جنوب نينوى") == [("أربيل", "IQ", "PPL"), ("نينوى", "IQ", "ADM1")]


def test_a_short_name_after_a_bare_preposition_is_not_bridged(gaz):
    # Merowe (m-r) is held in Latin letters only: "from مروي" is not bridged ("من نينوى" reads Nineveh by the
    # Arabic name aliases.yaml gives the governorate)
    assert read(gaz, "وصل وفد إلى أربيل قادماً من مروي")[1:] == []


def test_a_short_district_name_needs_the_district_word_and_a_place_of_its_country(gaz):
    assert read(gaz, "تعرضت مديرية شدا لقصف سعودي قرب صعدة") == [("شدا", "YE", "ADM2"), ("صعدة", "YE", "PPL")]
    # "قضاء" before a two-consonant word and no place of Iraq or Lebanon: the fulfilling of needs, no district
    assert read(gaz, "تحدث الخطيب عن قضاء الحوائج") == []


# -- long vowels and ayn, both ways --------------------------------------------------------------------------

def test_gap_patterns_say_what_each_script_writes_after_each_consonant():
    assert latin_gaps("Al Jafārah") == "-v#v" and latin_gaps("Al Jufrah") == "-v-v"
    assert arabic_gaps(folded("الجفارة")) == "--#-" and arabic_gaps(folded("الجفرة")) == "----"
    assert arabic_gaps(folded("وادي")) is None  # an opening و is read either way


def test_a_long_vowel_the_arabic_writes_needs_a_vowel_in_the_latin_at_that_place():
    unmarked, marked = _place(7, "Al Kashrah", "LY", 50000), _place(8, "Al Kashārah", "LY", 60000)
    index = SkeletonIndex([], divisions=[(unmarked, "Al Kashrah", 0), (marked, "Al Kashārah", 0)])
    assert bridge(None, folded("الكشارة"), frozenset(), frozenset(), index=index)[1].id == 8
    assert bridge(None, folded("الكشرة"), frozenset(), frozenset(), index=index)[1].id == 7


def test_an_ayn_the_latin_marks_is_a_letter_the_arabic_writes():
    with_ayn, without = _place(9, "Aş Şūli‘", "YE", 50000), _place(10, "Sawālī", "IQ", 60000)
    index = SkeletonIndex([], divisions=[(with_ayn, "Aş Şūli‘", 0), (without, "Sawālī", 0)])
    assert bridge(None, folded("صوالي"), frozenset(), frozenset(), index=index, min_consonants=1)[1].id == 10
