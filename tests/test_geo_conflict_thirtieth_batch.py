"""Rules found by the conflict probe's thirtieth round (theatres it had few or none of: Nepal's Terai, Negros, the
Moluccas, the Amazon's land conflicts, Zacatecas, Cyprus's buffer zone, Nagorno-Karabakh, Kebbi, Sweida, Libya's
far south-east, Dagestan, Jharkhand, Kunar, Afar, Kasai, Maradi, Somalia's Bay region, Samar, Mali's Kayes, Kurram,
Putumayo, Sierra Leone, New Caledonia, Quang Tri).

Indonesia's regencies are held under their Indonesian names with the compass word last ("Maluku Tengah"); English
puts the English word first ("Central Maluku regency"), and each such name gives that form too. An island the tables
lack is read after a bare "on" or "off" ("on X island"), and such an island is ground an event happens on, as a
village is. "The X tribe" and "the Y clan" name a people, not where anything happened. Travellers, passengers and
pilgrims "from X" are named by their home town, which ranks after the place of the ambush. A media worker named by
trade ("a radio broadcaster was shot dead") is one person killed. "To" after a verb driving people out and its
object ("forced people to X", "drove 3,000 families across the river to Y") names where they went, as firmly as
after a verb of going.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym

from eventwatch.extract.casualties import find_casualties
from eventwatch.geo.driven_destinations import driven_to
from eventwatch.geo.event_location import home_town
from eventwatch.geo.sources import english_compass_form
from eventwatch.geo.normalise import tokenize
from eventwatch.model import Sentence


# -- Indonesia's regencies by their English compass names ---------------------------------------------------------

@pytest.mark.parametrize("held, english", [
    ("Maluku Tengah", "Central Maluku"),
    ("Aceh Utara", "North Aceh"),
    ("Seram Bagian Barat", "West Seram"),
    ("Maluku Barat Daya", "Southwest Maluku"),
    ("Timor Tengah Selatan", "South Central Timor"),
])
def test_an_indonesian_name_closed_by_a_compass_word_has_an_english_form(held, english):
    assert english_compass_form(held) == english


@pytest.mark.parametrize("name", ["Bandung", "Kota Jakarta Utara", "Intan Jaya"])
def test_a_name_without_a_closing_compass_word_or_a_citys_title_has_none(name):
    assert english_compass_form(name) is None


def test_a_regency_written_in_english_is_the_regency_not_its_province(gaz):
    t = toponym(gaz, "Three farmers were shot dead in East Lombok regency on Friday.", "East Lombok")
    assert t.place is not None and t.place.feature_code == "ADM2" and t.place.country_code == "ID"
    assert "Lombok Timur" in t.place.name and t.place.precision == 3


# -- an island the tables lack, after a bare "on" --------------------------------------------------------------

def test_an_unknown_island_after_on_stands_in_at_the_regency_named_with_it(gaz):
    text = "Two men were killed when villagers on Lenaru island, in North Aceh regency, fought over a boundary."
    place = event_place(gaz, text)
    assert place is not None and "Aceh Utara" in place.name and place.raw == "Lenaru"
    assert place.precision == 3


def test_a_known_island_after_off_is_still_the_island(gaz):
    t = toponym(gaz, "A ferry sank off Tanna island on Monday.", "Tanna")
    assert t.place is not None and t.place.country_code == "VU"


# -- a tribe or a clan is a people -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Elders of the Turkana tribe met officials in Lodwar on Monday.", "Turkana"),
    ("Fighters of the Marehan clan attacked Garbaharey on Monday.", "Marehan"),
])
def test_a_name_before_tribe_or_clan_is_no_place(gaz, text, name):
    assert not toponym(gaz, text, name).locational


def test_the_event_is_where_the_sentence_puts_it_not_at_the_tribes_namesake(gaz):
    text = "A gendarme was shot dead near the Saint-Louis tribe, in the commune of Mont-Dore, on Wednesday."
    place = event_place(gaz, text)
    assert place is not None and place.country_code == "NC" and place.name == "Mont-Dore"


# -- travellers from a town ------------------------------------------------------------------------------------

def test_travellers_home_town_is_not_where_their_convoy_was_ambushed(gaz):
    text = ("Gunmen fired on a bus near Balishkhel in Lower Kurram on Thursday, killing nine people, most of them "
            "passengers from Parachinar.")
    assert home_town(toponym(gaz, text, "Parachinar"))
    place = event_place(gaz, text)
    assert place is not None and place.name == "Kurram District" and place.raw == "Balishkhel"


def test_a_travellers_home_town_alone_is_still_the_place(gaz):
    place = event_place(gaz, "Gunmen shot dead four pilgrims from Quetta on Monday.")
    assert place is not None and place.name == "Quetta"


# -- a media worker by trade --------------------------------------------------------------------------------------

@pytest.mark.parametrize("trade", ["radio broadcaster", "blogger", "newspaper editor", "columnist"])
def test_a_media_worker_shot_dead_is_one_person_killed(trade):
    text = f"A {trade} was shot dead by two men on a motorcycle outside his home on Monday."
    killed = find_casualties(Sentence(0, len(text), text), document_id="doc-1").killed
    assert killed is not None and killed.best == 1


# -- where people were driven to --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fighting drove people to Zongo on Monday.",
    "The floods forced thousands of families to Zongo.",
    "Clashes forced some 3,000 people across the Ubangi to Zongo on Monday.",
])
def test_a_small_town_people_were_driven_to_is_a_place(gaz, text):
    t = toponym(gaz, text, "Zongo")
    assert t.locational and t.place is not None and t.place.country_code == "CD"


def _to_index(text: str) -> tuple[list, int]:
    tokens = tokenize(text)
    return tokens, next(k for k, t in enumerate(tokens) if t.text == "to")


@pytest.mark.parametrize("text, driven", [
    ("Fighting forced people to Zongo.", True),
    ("Fighting forced 2,000 people across the border to Zongo.", True),
    ("The minister wrote a letter to Zongo.", False),
    ("Rebels forced villagers, mostly women, to Zongo.", False),  # a clause break: the aside may be anything
    ("The army forced to Zongo a retreat.", False),  # no object between the verb and "to"
])
def test_to_is_a_destination_only_after_a_driving_verb_and_its_object(text, driven):
    tokens, k = _to_index(text)
    assert driven_to(text, tokens, k) is driven
