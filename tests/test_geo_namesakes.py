"""Far namesakes and natural features: what the geoparser does with names the gazetteer holds only elsewhere.

The texts are written for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse



def found(gaz, text):
    return {t.text: t for t in geoparse(gaz, text)}


def test_a_village_spelled_like_a_faraway_town_stays_unresolved_and_stands_in_at_the_documents_places(gaz):
    # "Khalasa" is, by a fuzzy spelling, an alternate name of a town in Israel; the report is about Deir ez-Zor.
    t = found(gaz, "An Israeli strike hit Khalasa, a village near Deir ez-Zor, on Sunday.")
    assert t["Khalasa"].locational
    assert t["Khalasa"].place is None
    assert t["Khalasa"].fallback is not None and t["Khalasa"].fallback.country_code == "SY"
    assert t["Deir ez-Zor"].place.country_code == "SY"


def test_a_demonym_is_not_evidence_that_a_village_lies_in_that_country(gaz):
    t = found(gaz, "Syrian rebels said Israeli jets struck Khalasa and Muhasan in eastern Deir ez-Zor.")
    assert t["Khalasa"].place is None or t["Khalasa"].place.country_code == "SY"


def test_a_namesake_near_the_documents_places_is_still_resolved(gaz):
    t = found(gaz, "Shelling hit Saraqib and Maaret al-Numan in Idlib province.")
    assert t["Saraqib"].place is not None and t["Saraqib"].place.country_code == "SY"


def test_a_common_noun_is_not_a_fuzzy_spelling_of_a_capital(gaz):
    t = found(gaz, "Worshippers left the Grand Mosque in Raqqa after the shelling in Syria.")
    assert all(x.place is None or x.place.country_code == "SY" for x in t.values())
    assert not any("Mosque" in name and x.place is not None and x.place.name == "Moscow" for name, x in t.items())


@pytest.mark.parametrize("text, name", [
    ("Displaced families camped along the Euphrates River east of Raqqa.", "Euphrates River"),
    ("Boats capsized in the Aegean Sea off Lesbos.", "Aegean Sea"),
    ("The ferry to Fire Island was cancelled.", "Fire Island"),
    ("Fishermen on Lake Assad reported low water near Tabqa.", "Lake Assad"),
])
def test_a_natural_feature_is_one_locational_name_with_its_head_word(gaz, text, name):
    t = found(gaz, text)
    assert name in t
    assert t[name].locational


def test_a_town_inside_a_feature_name_gives_a_near_reading_only_with_local_support(gaz):
    t = found(gaz, "Residents of Tabqa fish on Lake Tabqa every spring, in Raqqa province.")
    lake = t["Lake Tabqa"]
    assert lake.place is None or (lake.place.country_code == "SY" and lake.place.precision >= 2)


def test_an_ocean_named_with_a_demonym_is_a_place_not_a_nationality(gaz):
    t = found(gaz, "The search moved to the southern Indian Ocean on Monday.")
    assert "Indian Ocean" in t and t["Indian Ocean"].locational
    assert "Indian" not in t


def test_a_place_cue_covers_every_name_in_a_list_so_an_unknown_village_is_kept(gaz):
    t = found(gaz, "Fighting in Khalasa and Thiban continued, the SDF said. Deir ez-Zor remains tense.")
    assert "Thiban" in t and t["Thiban"].locational
    assert t["Thiban"].place is None or t["Thiban"].place.country_code == "SY"
    assert t["Thiban"].fallback is not None or t["Thiban"].place is not None


def test_an_unknown_name_after_in_is_reported_unresolved_and_stands_in_at_the_documents_places(gaz):
    t = found(gaz, "Two shells landed in Qurnafeh overnight, activists in Hama said.")
    assert "Qurnafeh" in t and t["Qurnafeh"].place is None and t["Qurnafeh"].locational
    assert t["Qurnafeh"].fallback is not None and t["Qurnafeh"].fallback.country_code == "SY"


@pytest.mark.parametrize("text", [
    "The council met in January to vote.",
    "She was questioned in Parliament about the shelling in Syria.",
    "He stayed in Mr Haddad's flat in Beirut.",
])
def test_words_often_capitalised_after_in_are_not_unknown_places(gaz, text):
    names = {x.text for x in geoparse(gaz, text) if x.place is None}
    assert not names & {"January", "Parliament", "Mr", "Haddad"}


def test_a_city_spelled_as_its_province_is_named_beats_a_smaller_namesake_of_that_main_name(gaz):
    # GeoNames now writes the city "Odesa"; its province keeps "Odessa", so that spelling is current.
    t = found(gaz, "A drone attack on Odessa damaged a grain terminal, officials said.")["Odessa"]
    assert t.place is not None and t.place.country_code == "UA"


def test_a_former_name_of_a_great_city_does_not_take_a_towns_own_name(gaz):
    # "Berea" is an old name of Aleppo, whose province is "Aleppo": the Kentucky or Ohio town keeps it.
    t = found(gaz, "Berea police said the store on Main Street was robbed; Berea, Kentucky, is south of Lexington.")
    assert t["Berea"].place is not None and t["Berea"].place.country_code == "US"
