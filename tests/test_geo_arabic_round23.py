"""Arabic report shapes of round twenty-three: a list of places opened by "ك" (such as) after a plural noun of
places that is no settlement word of its own ("في مناطق كالجهراء والفروانية"); the noun a number word counts,
which is no place whatever it spells ("ثلاثة مساكن", not Tunisia's Msaken); a village the report places in a
division whose word names one country's divisions only ("قرية X بمديرية Y", Yemen's), which no village abroad
spelt alike can be; and the first end of a road named by its two ends that the gazetteer holds in Latin letters
only ("طريق كفركلا–دير ميماس").

Every sentence is written for this test (real places, invented incidents). The guards check what each rule must
leave alone: "ك" as "as" before a word of the language ("كالعادة", as usual); a number followed by a preposition
("قتل ثلاثة في حلب") and the town Msaken after a settlement word; the division words that also name far
countries' states and provinces ("بولاية تكساس", "بولاية جوبالاند"); and a road's first end where the report
names no place to read it in.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def _read(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name as written, country, Latin name) of each place read; an unresolved name gives its stand-in's
    country and no Latin name."""
    return [(t.text, t.place.country_code if t.place else t.fallback and t.fallback.country_code,
             t.place.name if t.place else None) for t in geoparse(gaz, text) if t.locational]


# -- "ك" (such as) after a plural noun of places -----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "thefts happened in areas such as Jahra and Farwaniya": "مناطق" alone cues no name, "ك" on the first does
    ("وقعت سرقات في مناطق كالجهراء والفروانية", [("كالجهراء", "KW", "Al Jahrā’"),
                                                ("والفروانية", "KW", "Al Farwānīyah")]),
    # "the fever spread in governorates such as Anbar and Nineveh"
    ("انتشرت الحمى في محافظات كالأنبار ونينوى", [("كالأنبار", "IQ", "Al Anbar"), ("ونينوى", "IQ", "Nineveh")]),
])
def test_a_name_with_such_as_after_a_plural_noun_of_places_is_a_place(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_such_as_before_a_word_of_the_language_names_no_place(gaz):
    # "life went back to normal in the areas, as usual"
    assert _read(gaz, "عادت الحياة في مناطق كالعادة") == []


# -- the noun a number counts -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "bulldozers demolished four dwellings in the town of Aqraba": "مساكن" is no Tunisian Msaken after a number
    ("هدمت الجرافات أربعة مساكن في بلدة عقربا", [("عقربا", "PS", "‘Aqrabā")]),
    # "the police confiscated several dwellings in the city of Daraa": "عدة" (several) counts as a number does
    ("صادرت الشرطة عدة مساكن في مدينة درعا", [("درعا", "SY", "Dar‘ā")]),
])
def test_the_noun_a_number_counts_is_no_place(gaz, text, expected):
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "three were killed in the city of Aleppo": the number stands alone, the preposition after it
    ("قتل ثلاثة في مدينة حلب", [("حلب", "SY", "Aleppo")]),
    # "a road accident happened in the town of Msaken in Sousse wilaya": the town after a settlement word
    ("وقع حادث سير في مدينة مساكن بولاية سوسة", [("مساكن", "TN", "Msaken"), ("سوسة", "TN", "Sousse Governorate")]),
])
def test_a_place_after_a_number_and_a_preposition_or_after_a_settlement_word_is_still_read(gaz, text, expected):
    assert _read(gaz, text) == expected


# -- a division word of one country's divisions ------------------------------------------------------------------------

@pytest.mark.parametrize("text,country", [
    # "a man was killed in the village of al-Mighras in Hays district": "مديرية" names Yemen's districts alone, so
    # the village is Yemen's, though the gazetteer holds only a Tunisian town spelt so
    ("قتل رجل في قرية المغرس بمديرية حيس", "YE"),
    # "a young man was arrested in the village of al-Mighras in Sinjar district": "قضاء", Iraq's or Lebanon's
    ("اعتقل شاب في قرية المغرس بقضاء سنجار", "IQ"),
])
def test_a_village_in_a_division_of_one_countrys_word_is_no_namesake_abroad(gaz, text, country):
    found = _read(gaz, text)
    assert found[0] == ("المغرس", country, None)  # unresolved, standing in at the district


@pytest.mark.parametrize("text,expected", [
    # "a man was killed in the city of Houston in the state of Texas": "ولاية" names far states too
    ("قتل رجل في مدينة هيوستن بولاية تكساس", [("هيوستن", "US", "Houston")]),
    # "a man was killed in the city of Kismayo in Jubaland state": a Somali state, no Maghreb wilaya
    ("قتل رجل في مدينة كسمايو بولاية جوبالاند", [("كسمايو", "SO", "Kismayo")]),
])
def test_a_division_word_that_names_far_states_too_leaves_the_town_before_it(gaz, text, expected):
    assert _read(gaz, text) == expected


# -- a road's first end held in Latin letters only ----------------------------------------------------------------------

def test_a_roads_first_end_held_in_latin_letters_is_read_and_vouches_for_the_second(gaz):
    # "a bomb exploded on the Kfar Kila–Deir Mimas road in southern Lebanon": Kfar Kila is bridged as the road's
    # first end, and the village after the dash, which no row holds, is read unresolved in its country
    assert _read(gaz, "انفجرت عبوة على طريق كفركلا–دير ميماس جنوبي لبنان") == [
        ("كفركلا", "LB", "Kfar Kila"), ("دير ميماس", "LB", None), ("لبنان", "LB", "Lebanon")]


def test_a_roads_first_end_is_bridged_only_where_the_report_names_a_place(gaz):
    # "a bomb exploded on the Kfar Kila–Deir Mimas road": no country to read a Latin-only name in
    assert _read(gaz, "انفجرت عبوة على طريق كفركلا–دير ميماس") == []


def test_a_road_named_by_two_arabic_named_towns_is_still_read(gaz):
    # "a man was wounded on the coastal road Sabratha–Surman"
    assert _read(gaz, "أصيب رجل على الطريق الساحلي صبراتة–صرمان") == [
        ("صبراتة", "LY", "Şabrātah"), ("صرمان", "LY", "Şurmān")]


# -- the object of a verb of visit or inspection -------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "the minister inspected Madaba": a small town with no article straight after the verb's one-word subject
    ("تفقد الوزير مادبا", [("مادبا", "JO", "Mādabā")]),
    # "the delegation visited Sinjar yesterday"
    ("زار الوفد سنجار أمس", [("سنجار", "IQ", "Sinjār")]),
    # "the governor toured Madaba's market": with no subject between the verb and the town
    ("تفقد مادبا وأسواقها محافظ العاصمة", [("مادبا", "JO", "Mādabā")]),
])
def test_a_town_after_a_verb_of_visit_and_its_subject_is_the_verbs_object(gaz, text, expected):
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # "the minister inspected the progress of work in the hospital": the object is a word of the language
    "تفقد الوزير سير العمل في المستشفى",
    # "the death toll reached ten": "وصل" is no visit here, and the words after it no place
    "وصل عدد القتلى إلى عشرة",
])
def test_a_verb_of_visit_before_words_of_the_language_reads_no_place(gaz, text):
    assert _read(gaz, text) == []
