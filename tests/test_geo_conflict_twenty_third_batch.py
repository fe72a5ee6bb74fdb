"""Rules found by the conflict probe's twenty-third round (Sudan, eastern DR Congo, Myanmar, the Sahel, Somalia,
Haiti, Syria's coast, Pakistan's tribal districts, in the forms users feed eventwatch).

Arabic's "dh" is written "th" as often: a name the gazetteer spells with one is keyed with the other too. An
Arabic name's final feminine ending is written "-a", "-ah" or "-eh": two spellings that differ only there
are one name, so a short name ("Jabla") is no loose look-alike of its own town. A name the text calls "the
capital of" a region is the town, not the district named for it. A lower-case agency in brackets after a
capitalised name still marks a dateline ("MOGADISHU (wire) -"). "The X locality|commune|township of TOWN" names
a part of the town, as "the X district of TOWN" does. Two division phrases joined by "of" or "in" ("the X tehsil
in Y district") place the first in the second, and the words of the first run into one name when neither is
read; a bare mention of that name elsewhere (a title) stands in at the same division. An agency title ("SUDAN:
Flash Update No. 4 - Fighting in ...") is a headline that folds into the body's event, and its area gives way to
a village the title itself names.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place, found_names, toponym


# -- a final feminine ending written three ways ---------------------------------------------------------------

def test_a_final_a_and_a_final_ah_are_one_ending():
    from eventwatch.geo.final_vowels import same_but_ending

    assert same_but_ending("jabla", "jablah") and same_but_ending("jableh", "jabla")
    assert not same_but_ending("jabla", "jiblah")  # another vowel inside the word: a look-alike, not a variant
    assert not same_but_ending("homs", "homsa")  # no ending on one side


def test_a_short_name_spelt_with_a_bare_final_a_is_its_town(gaz):
    place = toponym(gaz, "Gunmen ambushed a patrol near Jabla, south of Latakia, on Sunday.", "Jabla").place
    assert place is not None and (place.name, place.country_code) == ("Jablah", "SY")


def test_a_short_look_alike_with_nothing_around_it_stays_unread(gaz):
    assert toponym(gaz, "Gunmen ambushed a patrol in Jabla on Sunday.", "Jabla").place is None


# -- "dh" and "th" for one Arabic consonant -----------------------------------------------------------------------

def test_an_arabic_dh_is_also_keyed_as_th_and_back():
    from eventwatch.geo.interdental_spellings import interdental_forms

    assert interdental_forms("Dhul Khayal", "YE") == ["Thul Khayal"]
    assert interdental_forms("Thayyarah", "IQ") == ["Dhayyarah"]
    assert interdental_forms("Dhulkhayal", "IN") == []  # only places of Arabic-speaking countries


def test_a_village_the_gazetteer_spells_with_dh_is_found_when_written_with_th(gaz):
    place = event_place(gaz, "On 3 May 2025, gunmen shot dead a shepherd in Thiban (Dayr az Zawr). Fatalities: 1.")
    assert (place.country_code, place.precision) == ("SY", 1) and place.name.startswith("Dh")


# -- "X, the capital of Y" --------------------------------------------------------------------------------------

def test_a_name_called_a_regional_capital_is_the_town_not_its_district(gaz):
    text = "A car bomb went off beside a checkpoint in Belet Weyne, the capital of Hiran region, on Monday."
    place = toponym(gaz, text, "Belet Weyne").place
    assert (place.feature_code[:3], place.country_code, place.precision) == ("PPL", "SO", 1)


def test_without_the_apposition_the_district_reading_stands(gaz):
    place = toponym(gaz, "A car bomb exploded in Belet Weyne on Monday.", "Belet Weyne").place
    assert place.country_code == "SO"


def test_an_apposition_is_read_only_right_after_the_name():
    from eventwatch.geo.capital_appositives import called_capital

    text = "Beledweyne, the regional capital, and Jowhar, where fighting went on, were shelled."
    assert called_capital(text, text.index(","))
    assert not called_capital(text, text.index(", where"))


# -- a dateline with a lower-case agency ------------------------------------------------------------------------

def test_a_lower_case_agency_in_brackets_still_marks_a_dateline(gaz):
    text = "NAIROBI (dpa) - Gunmen attacked a police post in Mandera on Tuesday, killing two officers."
    assert toponym(gaz, text, "NAIROBI").cue == "dateline"
    assert event_place(gaz, text).name == "Mandera"


# -- named divisions of a city ----------------------------------------------------------------------------------

def test_a_locality_of_a_city_is_a_part_of_the_city(gaz):
    place = event_place(gaz, "Shells hit a bakery in the Karari locality of Omdurman on Friday, killing six.")
    assert (place.name, place.precision, place.raw) == ("Omdurman", 2, "Karari")


def test_a_commune_of_a_city_is_a_part_of_the_city(gaz):
    place = event_place(gaz, "Police fired tear gas in the Ngaliema commune of Kinshasa on Monday.")
    assert (place.name, place.precision) == ("Kinshasa", 2)


# -- one division written in another ----------------------------------------------------------------------------

def test_two_words_of_a_tehsil_run_into_one_name_at_its_district(gaz):
    text = "A mortar round hit a house in the Mir Ali tehsil in North Waziristan district on Sunday."
    place = event_place(gaz, text)
    assert (place.country_code, place.precision, place.raw) == ("PK", 3, "Mir Ali")
    assert "Mir Ali" in found_names(gaz, text) and "Ali" not in found_names(gaz, text)


def test_a_commune_in_a_cercle_of_a_region_stands_in_at_the_cercle(gaz):
    text = "Armed men besieged the commune of Boni, in the Douentza cercle of Mopti region, since June."
    t = toponym(gaz, text, "Boni")
    assert t.place is None and (t.fallback.country_code, t.fallback.raw) == ("ML", "Boni")


def test_a_bare_mention_in_a_title_stands_in_where_the_body_places_the_name(gaz):
    text = ("MALI: Flash update on the siege of Boni. Armed men besieged the commune of Boni, in the Douentza "
            "cercle of Mopti region, since June, cutting off food supplies.")
    place = event_place(gaz, text)
    assert (place.country_code, place.raw) == ("ML", "Boni") and place.precision in (3, 4)


# -- an agency title's headline -------------------------------------------------------------------------------

def test_an_agency_title_headline_folds_into_the_body_event(resources):
    from test_geo_conflict_twentieth_batch import _first_located

    mention = _first_located(resources, "SOMALIA: Flash Update No. 3 - Fighting in Hiraan. Al-Shabaab fighters "
                                        "attacked the town of Jalalaqsi on Monday, killing four soldiers.")
    assert mention is not None and mention.sentence_start == 0
    assert (mention.location.name, mention.location.precision) == ("Jalalaqsi", 1)
