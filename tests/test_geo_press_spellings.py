"""Names held in the Somali orthography are also found under the spellings English copy gives them.

GeoNames writes Somalia's towns as the 1972 orthography does (long vowels doubled, "c" for the ʿayn, "x"
for ḥ, a generic first word run into the name); the press keeps the older romanisations ("Bardhere",
"Galkayo", "Las Anod", "Bulo Burde"). The store keys those forms (press_spellings.press_forms), and Somalia's
places take spelling variants under a key as transliterated countries' places do. The place names in the
unit cases are invented.
"""
from __future__ import annotations

import pytest

from conftest import event_place
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.press_spellings import press_forms
from eventwatch.geo.sources import transliterated_countries
from eventwatch.geo.store import NAME_ALT, NAME_MAIN, PlaceRecord, write_store


@pytest.mark.parametrize("held, press", [
    ("Baarweyne", ["Barweyne"]),  # a long vowel written once
    ("Xamardiis", ["Hamardis"]),  # "h" for the "x" of ḥ
    ("Gaalcado", ["Galado"]),  # no letter for the ʿayn
    ("Ceelgaras", ["El Garas", "Elgaras"]),  # the generic first word (ceel, a well) apart, and run together
    ("Buulodheer", ["Bulo Dher", "Bulodher"]),  # buulo, a hamlet
    ("Dhagaxmadoobe", ["Dhagah Madobe"]),  # a long first word is not run into the next
])
def test_a_somali_name_gets_the_spellings_the_press_gives_it(held, press):
    assert press_forms(held, "SO") == press


def test_a_generic_word_is_split_off_only_before_a_word_of_the_name():
    # "Ceelaha" is the word for wells itself: no "Ceel" + "aha"; only its press spelling is made.
    assert press_forms("Ceelaha", "SO") == ["Elaha"]


def test_only_names_held_in_the_somali_orthography_get_press_spellings():
    assert press_forms("Baarweyne", "KE") == []
    assert press_forms("Baarweyne", None) == []


def test_a_press_spelling_that_is_an_english_word_is_never_made():
    assert press_forms("Xoome", "SO", taken=frozenset({"home"})) == []


def test_the_english_words_of_a_somali_name_are_left_as_they_are():
    taken = frozenset({"blue", "city", "district"})
    assert press_forms("Blue City", "SO", taken=taken) == []  # not "Blue Ity"
    assert press_forms("Caanood District", "SO", taken=taken) == ["Anod District"]  # not "Anod Distrit"


def test_a_press_spelling_that_is_another_countrys_own_name_is_not_kept(tmp_path):
    records = [
        PlaceRecord("Qoryaweyn", 2.0, 45.0, "SO", "SO.01", feature_code="PPL", population=90_000, geonames_id=1,
                    names=[("Qoryaweyn", NAME_MAIN), ("Xolmar", NAME_ALT)]),
        PlaceRecord("Holmar", 60.0, 11.0, "NO", "NO.01", feature_code="PPL", population=2_000, geonames_id=2,
                    names=[("Holmar", NAME_MAIN)]),
        PlaceRecord("Baarweyne", 3.0, 45.5, "SO", "SO.01", feature_code="PPL", population=9_000, geonames_id=3,
                    names=[("Baarweyne", NAME_MAIN)]),
    ]
    g = Gazetteer.load(str(write_store(records, tmp_path / "store", admin1_names={}, admin2_names={})))
    assert {c.geonames_id for c in g.lookup("Holmar")} == {2}  # "Xolmar" gives no "Holmar" to the Somali town
    assert {c.geonames_id for c in g.lookup("Barweyne")} == {3}  # a press spelling no one else holds stays


def test_somalia_takes_spelling_variants_as_transliterated_countries_do():
    assert "SO" in transliterated_countries()


def test_a_written_store_finds_a_somali_town_under_its_press_spellings(tmp_path):
    records = [
        PlaceRecord("Buulodheer", 3.1, 45.2, "SO", "SO.01", feature_code="PPL", population=9_000, geonames_id=1,
                    names=[("Buulodheer", NAME_MAIN)]),
        PlaceRecord("Bulodera", 1.0, 37.0, "KE", "KE.01", feature_code="PPL", population=900, geonames_id=2,
                    names=[("Bulodera", NAME_MAIN)]),
    ]
    g = Gazetteer.load(str(write_store(records, tmp_path / "store", admin1_names={}, admin2_names={})))
    assert {c.geonames_id for c in g.lookup("Bulo Dher")} == {1}
    assert {c.geonames_id for c in g.lookup("Bulodher")} == {1}
    # A vowel the press writes otherwise is a variant under the same key, believed for Somalia alone.
    assert {c.geonames_id for c in g.lookup("Bulo Dhere")} == {1}
    assert {c.geonames_id for c in g.lookup("Bulodere")} == {1}


@pytest.mark.parametrize("sentence", [
    "Government troops entered Bardhere on Tuesday, a commander said.",  # Baardheere
    "Militants shelled Bulo Burde on Friday, residents said.",  # Buulobarde
    "Clan militias clashed in Bur Hakaba overnight, elders said.",  # Buurhakaba
    "Aid convoys reached Tog Wajale and Qoryoley this week.",  # Tog Wajaale, Qoryooley
])
def test_a_report_naming_a_somali_town_in_its_press_spelling_is_placed_in_somalia(gaz, sentence):
    place = event_place(gaz, sentence)
    assert place is not None and place.country_code == "SO"
