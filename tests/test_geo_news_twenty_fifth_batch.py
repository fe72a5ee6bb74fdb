"""Rules found by the news probe's twenty-fifth batch (outbreak copy of the GeoVirus kind, world wire copy of
the TR-News kind).

Each is a rule a reader applies to any paper: a government that stops boats or flies in aid acts, as one that
closes a border does; a list of names closed by a plural division word ("A and B districts") is a list of
divisions, known to the gazetteer or not; a compass word with a capitalised title ("the Central Division") is
the division some countries name by the compass word alone, where the story is in such a country; a name an
apposition calls a town ("X, a market town near the coast") is a town, not the country sharing its name; a name the
gazetteer lacks between "the" and a feature's noun ("the X valley") is that feature's; and West Timor and the
Chagos Islands are held by the names the news writes.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import found_names, located, toponym


# -- a government that stops boats or flies in aid ---------------------------------------------------------------

def test_a_country_that_has_since_stopped_boats_is_its_government(gaz):
    text = "Portugal has since stopped the fishing boats leaving for the Azores."
    assert toponym(gaz, text, "Portugal").locational is False


def test_a_capital_that_stopped_ferries_is_its_government(gaz):
    text = "Lisbon has since stopped most ferries to Madeira after the storm."
    assert toponym(gaz, text, "Lisbon").locational is False


def test_a_bus_from_a_capital_that_stopped_in_a_town_leaves_both_places(gaz):
    text = "The night bus from Lisbon stopped in Coimbra for an hour."
    assert ("Lisbon", "PT") in located(gaz, text) and ("Coimbra", "PT") in located(gaz, text)


def test_a_capital_before_the_noun_stop_stays_a_place(gaz):
    text = "The band's Lisbon stop drew 30,000 fans to the riverside."
    assert ("Lisbon", "PT") in located(gaz, text)


def test_a_country_that_flew_in_aid_is_its_government_and_the_islands_stay_places(gaz):
    text = "Japan flew tents and water purifiers to Tonga on Monday."
    assert toponym(gaz, text, "Japan").locational is False
    assert ("Tonga", "TO") in located(gaz, text)


def test_birds_that_flew_from_a_country_leave_it_a_place(gaz):
    text = "Geese that flew south from Canada in October were tested for the virus."
    assert ("Canada", "CA") in located(gaz, text)


# -- a list closed by a plural division word -------------------------------------------------------------------------

def test_an_unheld_name_listed_with_a_known_one_before_districts_is_a_district(gaz):
    text = "Cholera spread fast after the rains. Kassala and Umbaraka districts have the most cases."
    assert "Umbaraka" in found_names(gaz, text)
    assert toponym(gaz, text, "Umbaraka").locational


def test_every_unheld_name_of_a_list_before_provinces_is_read(gaz):
    text = "Officials reported new cases across Tolgari, Umbaraka and Gedaref provinces on Sunday."
    names = found_names(gaz, text)
    assert "Tolgari" in names and "Umbaraka" in names


def test_party_adjectives_before_districts_are_no_places(gaz):
    text = "The Republican and Democratic districts were redrawn after the census."
    assert found_names(gaz, text) == []


def test_faiths_listed_before_parishes_are_no_places(gaz):
    # No name of the list is a place the gazetteer holds: the plural says nothing of them.
    text = "The Anglican and Methodist parishes of the dale shared a vicar near York last winter."
    names = found_names(gaz, text)
    assert "Anglican" not in names and "Methodist" not in names and "York" in names


def test_a_lone_unheld_name_before_a_lower_case_district_opening_a_sentence_needs_a_cue(gaz):
    # The singular is no list: a capitalised word before "district" may be a party's or an era's.
    text = "Cases were high. Umbaraka district has the most of them."
    assert "Umbaraka" not in found_names(gaz, text)


# -- a compass word with a division's title -----------------------------------------------------------------------

def test_a_compass_division_is_the_division_of_the_story_s_country(gaz):
    text = "Fiji's Western Division, which takes in Lautoka and Nadi, has the most dengue cases."
    assert ("Western Division", "FJ") in located(gaz, text)


def test_a_compass_region_in_a_story_about_ghana_is_ghana_s_region(gaz):
    text = "Health workers in the Eastern Region of Ghana, around Koforidua, began spraying."
    assert ("Eastern Region", "GH") in located(gaz, text)


def test_a_league_s_compass_division_is_no_place(gaz):
    text = "The Bears clinched the Central Division title in Chicago on Sunday night."
    assert "Central Division" not in found_names(gaz, text)


# -- a town by its apposition ------------------------------------------------------------------------------------

def test_a_name_an_apposition_calls_a_town_is_the_town_not_the_country(gaz):
    text = "The virus was found on a farm in Montenegro, a small town near Porto Alegre in Brazil."
    assert ("Montenegro", "BR") in located(gaz, text)


def test_a_country_an_apposition_calls_a_country_stays_the_country(gaz):
    text = "Storms flooded roads across Montenegro, a country of 600,000 people, on Friday."
    assert ("Montenegro", "ME") in located(gaz, text)


def test_the_city_of_after_a_country_names_the_next_town_not_the_country(gaz):
    text = "Across the border in Russia, the city of Orsk has been flooded since Friday."
    assert ("Russia", "RU") in located(gaz, text) and ("Orsk", "RU") in located(gaz, text)


# -- an unheld name before a feature's noun ------------------------------------------------------------------------

def test_an_unheld_name_between_the_and_valley_is_a_place_in_the_story_s_country(gaz):
    text = "Farmers from the Jadar valley in western Serbia marched on Belgrade."
    assert ("Jadar", "RS") in located(gaz, text)


def test_a_name_read_only_as_a_loose_spelling_before_peninsula_is_the_unheld_peninsula(gaz):
    text = "Most of the cases are in the farming districts of the Azuero peninsula in Panama."
    assert ("Azuero", "PA") in located(gaz, text)


@pytest.mark.xfail(strict=True, reason="Since b24 made 'valley' a settlement head, the unknown-name rule reads a capitalised "
                   "word before it, and 'silicon' is in no common-word list; the review fix of this session mends it")
def test_a_common_word_before_valley_is_no_place(gaz):
    text = "The Silicon valley firms rallied in New York on Friday."
    assert "Silicon" not in found_names(gaz, text)


# -- regions the gazetteer now holds --------------------------------------------------------------------------------

def test_west_timor_is_the_indonesian_half_of_the_island(gaz):
    text = "Rabies has spread across West Timor, and officials in Kupang are vaccinating dogs."
    assert ("West Timor", "ID") in located(gaz, text)


def test_the_chagos_islands_lie_in_the_british_indian_ocean_territory(gaz):
    text = "The airstrip on Diego Garcia, in the Chagos Islands, was lengthened last year."
    assert ("Chagos Islands", "IO") in located(gaz, text)


# -- "the island of X" -------------------------------------------------------------------------------------------

def test_an_unheld_name_after_a_lower_case_island_of_is_a_place(gaz):
    text = "The small island of Moanatu was evacuated before the cyclone reached Tonga."
    assert "Moanatu" in found_names(gaz, text)
    assert toponym(gaz, text, "Moanatu").locational


def test_a_capitalised_island_of_opens_a_title_not_a_place(gaz):
    text = "The Island of Doctor Moreau was staged in London last spring."
    assert "Doctor Moreau" not in found_names(gaz, text) and "Moreau" not in found_names(gaz, text)
