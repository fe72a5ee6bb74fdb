"""Three readings conflict reports need from the geoparser, each stated as a general rule:

- a compass word before a name that is both a city and a province ("southern Idlib") names a region of the
  province, unless the text says the city;
- a known head inside a longer unknown name ("Khan Zarqun", "New Kandahar") is not the head's namesake: the
  whole name is reported unknown, standing in at the place it is said to lie in;
- a short name never resolves through a look-alike spelling to a different town.

The sentences are the project's own; the villages with invented second words do not exist anywhere.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse, resolve_names
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.model import WHERE_PREC_ADMIN1, WHERE_PREC_ADMIN2, WHERE_PREC_EXACT, WHERE_PREC_REGION



def named(gaz: Gazetteer, text: str) -> dict:
    return {t.text: t for t in geoparse(gaz, text) if t.locational}


# -- compass words before a province's namesake city ---------------------------------------------------------
@pytest.mark.parametrize("text, name, division, country", [
    ("Airstrikes hit several villages in southern Idlib on Tuesday, residents said.", "Idlib", "Idlib", "SY"),
    ("Turkish-backed factions shelled positions in northern Aleppo overnight, a monitor said.", "Aleppo", "Aleppo", "SY"),
    ("Clashes were reported in eastern Homs after the convoy was ambushed.", "Homs", "Homs", "SY"),
    ("Tribal fighters clashed with police in northern Basra over a land dispute.", "Basra", "Basra", "IQ"),
    ("Herders and farmers clashed in southern Kaduna, leaving several dead.", "Kaduna", "Kaduna State", "NG"),
])
def test_a_compass_word_before_a_provincial_capital_names_the_province(gaz, text, name, division, country):
    place = named(gaz, text)[name].place
    assert (place.feature_code, place.name, place.country_code) == ("ADM1", division, country)
    assert place.precision == WHERE_PREC_ADMIN1


def test_the_province_reading_matches_rural_and_countryside_cues(gaz):
    for text in ("Shelling continued in rural Aleppo, the monitor said.",
                 "Shelling continued in the western Aleppo countryside, the monitor said.",
                 "Shelling continued in western Aleppo, the monitor said."):
        place = named(gaz, text)["Aleppo"].place
        assert (place.feature_code, place.precision) == ("ADM1", WHERE_PREC_ADMIN1), text


def test_a_compass_word_before_a_country_stays_a_region_of_it(gaz):
    place = named(gaz, "Drone strikes continued across northern Syria this week.")["Syria"].place
    assert place.precision == WHERE_PREC_REGION


@pytest.mark.parametrize("text", [
    "Three people were killed in southern Idlib city when a car bomb exploded.",
    "The city of Idlib was hit on Monday, and on Tuesday shells fell in southern Idlib again.",
])
def test_the_city_when_the_text_says_the_city(gaz, text):
    places = [t.place for t in geoparse(gaz, text) if t.text == "Idlib"]
    assert places and all(p.feature_code.startswith("PPL") for p in places)


def test_a_compass_word_before_a_city_without_a_namesake_province_keeps_the_city(gaz):
    place = named(gaz, "Families returned to eastern Mosul after the fighting ended.")["Mosul"].place
    assert place.feature_code.startswith("PPL") and place.precision == WHERE_PREC_EXACT


def test_gold_spans_read_the_compass_word_too(gaz):
    text = "Artillery pounded villages in southern Idlib during the night."
    start = text.index("Idlib")
    [t] = resolve_names(gaz, text, [(start, start + len("Idlib"))])
    assert t.place.feature_code == "ADM1"


# -- a known head inside a longer unknown name ----------------------------------------------------------------
@pytest.mark.parametrize("text, whole, stand_in", [
    ("Government forces advanced near Khan Zarqun, south of Aleppo, on Sunday.", "Khan Zarqun", "Aleppo"),
    ("Heavy shelling hit the village of Tal Marzuqa in rural Hasakah late on Monday.", "Tal Marzuqa", "Al-Hasakah"),
    ("Clashes were reported in Kafr Zaytuna and in Deir Samilat in Idlib province overnight.", "Kafr Zaytuna", "Idlib"),
    ("Clashes were reported in Kafr Zaytuna and in Deir Samilat in Idlib province overnight.", "Deir Samilat", "Idlib"),
    ("Fighting was reported in Tell Bazurka near Mosul, according to the local police.", "Tell Bazurka", "Mosul"),
    ("Artillery shelling hit Jisr Qantaruna in Raqqa, according to local sources.", "Jisr Qantaruna", "Ar Raqqah"),
    ("Two people were killed in New Kandahar, Afghanistan, when a bomb exploded there.", "New Kandahar", "Afghanistan"),
    ("Fighting spread to Khan al-Zarqun near the town of Saraqib in the early morning.", "Khan al-Zarqun", "Saraqib"),
])
def test_a_longer_unknown_name_is_reported_whole_with_its_stand_in(gaz, text, whole, stand_in):
    found = named(gaz, text)
    assert whole in found, sorted(found)
    t = found[whole]
    assert t.place is None and t.fallback is not None and t.fallback.name == stand_in
    head = whole.split()[0]
    assert head not in found  # the head is not reported as a place of its own


@pytest.mark.parametrize("text, name", [
    ("Clashes were reported in Damascus Tuesday, the monitor said.", "Damascus"),
    ("Fighting was reported in Old Aden as well as in the port.", "Aden"),
    ("Rockets struck a market in Sanaa, the rebels' television said.", "Sanaa"),
])
def test_a_strong_place_keeps_its_name_beside_words_that_are_no_part_of_it(gaz, text, name):
    t = named(gaz, text)[name]
    assert t.place is not None


@pytest.mark.parametrize("text, name", [
    ("She appeared in Clarke County Superior Court on Monday.", "Clarke County Superior"),
    ("He bought a coffee in the Taco Bell on the corner.", "Taco Bell"),
])
def test_institutions_named_after_places_are_not_turned_into_unknown_villages(gaz, text, name):
    assert name not in {t.text for t in geoparse(gaz, text)}


# -- short names and look-alike spellings --------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Shelling hit Hass and Kafranbel on Friday morning, residents said.", "Hass"),
    ("Gunmen attacked Bana and Saraqib on Friday, residents said.", "Bana"),
])
def test_a_short_name_does_not_take_a_look_alike_town(gaz, text, name):
    for t in geoparse(gaz, text):
        if t.text == name and t.place is not None:
            assert t.place.matched.lower().replace("-", " ") == name.lower() or t.place.name.lower() == name.lower()


def test_a_short_name_spelled_as_listed_still_resolves(gaz):
    place = named(gaz, "A car bomb exploded in Homs on Sunday, state media said.")["Homs"].place
    assert place is not None and place.country_code == "SY"


def test_a_longer_transliteration_still_resolves_by_its_look_alike(gaz):
    place = named(gaz, "Shells fell on Maarat al-Numaan in Idlib province overnight.")["Maarat al-Numaan"].place
    assert place is not None and place.admin1 == "Idlib"


# -- "X district": the district named after its seat ----------------------------------------------------------
@pytest.mark.parametrize("text, name, district_words", [
    ("Artillery fire struck farms in Afrin district on Sunday, a local council said.", "Afrin", "afrin"),
    ("Government troops advanced in the district of Jisr al-Shughur overnight.", "Jisr al-Shughur", "jisr"),
    ("Displaced families gathered in Manbij district after the clashes.", "Manbij", "manbij"),
])
def test_a_town_followed_by_district_names_the_district_it_gives_its_name_to(gaz, text, name, district_words):
    place = named(gaz, text)[name].place
    assert place.feature_code == "ADM2" and district_words in place.name.lower()
    assert place.precision == WHERE_PREC_ADMIN2


def test_the_same_town_without_district_stays_the_town(gaz):
    place = named(gaz, "Artillery fire struck farms near Afrin on Sunday.")["Afrin"].place
    assert place.feature_code.startswith("PPL")
