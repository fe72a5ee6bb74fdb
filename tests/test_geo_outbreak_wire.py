"""Outbreak, disaster and wire copy (the news probe's nineteenth batch): a strain named for a district is the
pathogen, a town after a Spanish name joined by "de" is no surname, a place that loses power is where the outage
is, a list closed by its own "and" ends before ", and Peru reported", a lesser namesake abroad does not take a
list's town from its country's big city, and a dateline is a town, not the province of its name."""
from __future__ import annotations

import pytest
from conftest import toponym

from eventwatch.geo import geoparse


def _found(gaz, text: str) -> dict[str, object]:
    return {t.text: t for t in geoparse(gaz, text)}


# -- a strain named for a place ----------------------------------------------------------------------------

def test_a_strain_named_for_a_district_is_the_pathogen_not_the_district(gaz):
    text = ("Sequencing found a lineage close to last year's, which researchers now call the Kisumu strain. "
            "Vets vaccinated cattle in Siaya and Busia.")
    found = _found(gaz, text)
    assert "Kisumu" not in found or not found["Kisumu"].locational
    assert found["Siaya"].locational and found["Busia"].locational


def test_the_district_a_strain_is_named_for_stays_a_place_where_a_cue_places_it(gaz):
    text = "Herders in Kisumu district fell ill on Friday, and researchers now call the virus the Kisumu strain."
    assert toponym(gaz, text, "Kisumu").locational


# -- "Santiago de Cuba and Holguín" -------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Health officials confirmed an outbreak in Santiago de Cuba and Holguín on Monday.", "Holguín", "CU"),
    ("Cases rose in San Pedro de Macorís and La Romana this week.", "La Romana", "DO"),
    ("Rain flooded roads in Santiago del Estero and Salta overnight.", "Salta", "AR"),
])
def test_a_town_after_a_name_joined_by_de_is_no_surname(gaz, text, name, country):
    t = toponym(gaz, text, name)
    assert t.locational and t.place.country_code == country


# -- a place that loses power ------------------------------------------------------------------------------

def test_islands_that_lost_power_are_where_the_outage_is(gaz):
    text = "Buildings cracked in the town, and the Mentawai Islands lost power and telephone lines."
    assert toponym(gaz, text, "Mentawai Islands").locational


def test_a_country_that_lost_a_war_is_still_its_government(gaz):
    assert not toponym(gaz, "Ruritania lost the war in 1921, and Spain lost the vote.", "Spain").locational


# -- ", and X reported" after a list closed by its own "and" -------------------------------------------------

def test_a_country_reporting_after_a_closed_list_is_its_government(gaz):
    text = "Cuba confirmed an outbreak in Holguín and Cienfuegos, and Peru reported cases in Loreto."
    found = _found(gaz, text)
    assert found["Cienfuegos"].locational and found["Loreto"].locational
    assert not found["Peru"].locational


def test_a_serial_comma_list_governed_by_in_keeps_its_last_name(gaz):
    found = _found(gaz, "Leaders in Chad, Niger, and Mali said the talks had failed.")
    assert all(found[n].locational for n in ("Chad", "Niger", "Mali"))


# -- a list's town and its lesser namesake abroad ------------------------------------------------------------

def test_a_town_listed_with_its_countrys_big_city_keeps_its_country(gaz):
    text = "WINNIPEG — Evacuees were flown to hotels in Winnipeg and Brandon after the river rose."
    place = toponym(gaz, text, "Brandon").place
    assert (place.country_code, place.admin1) == ("CA", "Manitoba")


def test_a_world_city_listed_with_a_big_city_of_the_namesakes_country_is_still_the_world_city(gaz):
    text = "The airline will add flights from Boston and London next spring."
    assert toponym(gaz, text, "London").place.country_code == "GB"


# -- a dateline is a town ----------------------------------------------------------------------------------

def test_a_dateline_is_the_city_not_the_province_of_its_name(gaz):
    # The suburbs lie in the province and lend its reading weight: the dateline still names the city.
    text = ("BUENOS AIRES — The opposition held the suburbs of La Matanza, Quilmes and Lanús, but the governing "
            "party carried the provinces of Córdoba and Mendoza and lost Buenos Aires province by six points.")
    found = geoparse(gaz, text)
    assert found[0].place.feature_code.startswith("PPL")
    assert next(t for t in found[1:] if t.text == "Buenos Aires").place.feature_code == "ADM1"


def test_the_state_after_a_dateline_town_stays_the_state(gaz):
    found = _found(gaz, "PORTLAND, Maine — Ferry service to the islands resumed on Monday after repairs.")
    assert found["Maine"].place.feature_code == "ADM1"


# -- a holiday spelled like a town --------------------------------------------------------------------------

def test_a_holiday_named_without_a_place_preposition_is_no_town(gaz):
    found = _found(gaz, "Growers near Thetford said the cull would hit Christmas supplies and sales before Easter.")
    assert "Christmas" not in found and "Easter" not in found and found["Thetford"].locational


@pytest.mark.parametrize("text", ["Traffic was heavy near Christmas, Florida, on Monday.",
                                  "A fire destroyed a barn in Christmas on Monday."])
def test_the_town_of_a_holidays_name_stays_after_a_place_preposition(gaz, text):
    assert toponym(gaz, text, "Christmas").place.admin1 == "Florida"


# -- an influenza strain's reference name ------------------------------------------------------------------

def test_the_place_in_a_flu_strains_reference_name_is_no_toponym(gaz):
    text = ("This season's vaccine covers an A/Darwin/9/2021-like virus and a B/Austria/1359417/2021-like virus. "
            "Cases rose in Darwin and Austria.")
    found = geoparse(gaz, text)
    assert [t.text for t in found if t.locational] == ["Darwin", "Austria"]
    assert all(t.start > text.index("Cases") for t in found)


@pytest.mark.parametrize("text", ["The B/Victoria lineage dominated this season in Brazil.",
                                  "Most samples were B/Yamagata-like viruses, officials in Chile said."])
def test_a_flu_lineage_named_for_a_place_is_no_toponym(gaz, text):
    assert all("/" not in text[t.start - 2 : t.start] for t in geoparse(gaz, text))
