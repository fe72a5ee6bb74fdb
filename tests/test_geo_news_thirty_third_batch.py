"""Rules found by the news probe's thirty-third batch (web news of the GeoWebNews kind from the countries the probe
held least: the Andes, Spain's and Italy's regions, Scandinavia, the Low Countries and Luxembourg, New Zealand,
Indonesia and the Philippines, the Gulf states, Pakistan's north, Ethiopia, Iceland, Algeria, Portugal, Austria,
Malaysia and Ecuador).

A sea's short name that is also an ordinary adjective ("Baltic") is the sea after "the" where its noun phrase
ends with it ("three hours across the Baltic.", "under the Baltic to Germany"); before a noun it stays the
adjective of that noun ("the Baltic states").

A mountain, volcano, glacier, lake, river or sea is never the government, team or people of a place: the
subject of a deed after an aside ("Mount Etna, the tallest volcano in Europe, erupted") is the feature itself.
A name shared with a country ("Chad") is left to the metonymy rules.

A capital that has extended a measure acts ("Quito has extended the state of emergency"); the bare and -s forms
of "extend" count only before an object, since they also tell how far land reaches ("Chile extends 4,000 km").

A language after "in" names no place ("called Donostia in Basque", "leaflets in Quechua"): cues.yaml's list of
languages now holds Europe's other languages and those of the Andes, Africa, Asia and the Pacific.

Gazetteer data: ice caps, glaciers and volcanoes that news names bare (Vatnajökull, Grímsvötn, Katla, Hekla,
the Mer de Glace, Sakurajima, Whakaari), and clipped city names written as words ("Addis", "Ouaga").

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import located, locational_names


def test_a_seas_adjectival_short_name_closing_its_phrase_is_the_sea(gaz):
    text = "The night ferry leaves Karlshamn at ten and reaches Klaipėda after fourteen hours across the Baltic."
    assert ("Baltic", None) in located(gaz, text)


def test_a_seas_short_name_before_a_preposition_is_the_sea(gaz):
    text = "A second cable will run under the Baltic to Lithuania, the grid operator said."
    assert "Baltic" in locational_names(gaz, text)


def test_a_seas_short_name_before_a_noun_stays_that_nouns_adjective(gaz):
    text = "Storm surges flooded parts of the Baltic coastline near Gdańsk on Sunday."
    assert "Baltic" not in locational_names(gaz, text)


def test_a_volcano_after_an_aside_is_the_ground_of_its_eruption(gaz):
    text = "Mount Etna, the tallest active volcano in Europe, erupted overnight, closing the airport at Catania."
    assert locational_names(gaz, text)[0] == "Mount Etna"


def test_a_lake_after_an_aside_is_the_ground_of_what_it_does(gaz):
    text = "Lake Chad, once one of Africa's largest lakes, has shrunk by nine tenths since the 1960s."
    assert "Lake Chad" in locational_names(gaz, text)


def test_a_country_after_an_aside_is_still_read_by_the_metonymy_rules(gaz):
    text = "Chad, once a French colony, has signed the accord with its neighbours."
    assert "Chad" not in locational_names(gaz, text)


def test_a_capital_that_has_extended_a_measure_is_its_government(gaz):
    text = "Quito has extended the state of emergency in El Oro for another sixty days."
    names = locational_names(gaz, text)
    assert "Quito" not in names and "El Oro" in names


def test_land_that_extends_over_a_distance_stays_the_land(gaz):
    text = "Chile extends 4,300 km from the Atacama desert in the north to the fjords of the far south."
    assert "Chile" in locational_names(gaz, text)


def test_an_ice_cap_and_a_volcano_named_bare_are_found_in_their_country(gaz):
    text = "Researchers camped on Vatnajökull for a week to watch Grímsvötn, which last erupted in 2011."
    assert located(gaz, text) == [("Vatnajökull", "IS"), ("Grímsvötn", "IS")]


def test_a_clipped_capital_written_as_a_word_is_the_capital(gaz):
    text = "An Addis-based coffee exporter said shipments through the corridor to the coast were delayed."
    assert located(gaz, text) == [("Addis", "ET")]


def test_a_language_after_in_names_no_place(gaz):
    text = "The old port of Getaria, written Guetaria in Spanish, holds a fish festival; the posters are in Basque."
    assert "Basque" not in locational_names(gaz, text)
    assert "Getaria" in locational_names(gaz, text)


def test_a_language_of_the_andes_after_in_names_no_place(gaz):
    text = "Clinics in Puno now print their dengue leaflets in Quechua and in Aymara."
    assert locational_names(gaz, text) == ["Puno"]
