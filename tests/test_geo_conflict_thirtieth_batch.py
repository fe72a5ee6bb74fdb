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
from conftest import event_place, found_names, locational_names, toponym

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


@pytest.mark.parametrize("name", ["Bandung", "Kota Jakarta Utara", "Intan Jaya",
                                  # a compass word inside a proper name already written English-first
                                  "East Nusa Tenggara", "West Nusa Tenggara",
                                  # the core must be capitalised, as a name's is
                                  "aceh utara"])
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


def test_an_unknown_island_after_off_stands_in_at_the_province_named_with_it(gaz):
    # a non-regression guard above (Tanna is held); this one needs the bare-"off" reading of an unheld name
    text = "Four fishermen drowned when their boat sank off Tolavi island, in Maluku province, on Monday."
    place = event_place(gaz, text)
    assert place is not None and place.country_code == "ID" and place.raw == "Tolavi"


# -- a tribe or a clan is a people -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Elders of the Turkana tribe met officials in Lodwar on Monday.", "Turkana"),
    ("Fighters of the Marehan clan attacked Garbaharey on Monday.", "Marehan"),
])
def test_a_name_before_tribe_or_clan_is_no_place(gaz, text, name):
    assert name not in locational_names(gaz, text)


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


def test_pilgrims_home_town_ranks_after_the_district_of_the_ambush(gaz):
    # a town is finer than a district, so only the home-town reading puts the district first
    text = "Gunmen ambushed a minibus in Kohat district on Sunday, killing six pilgrims from Quetta."
    place = event_place(gaz, text)
    assert place is not None and place.name.startswith("Kohat") and place.precision > 1


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
    ("Floods drove 3,000 to Zongo.", True),  # a figure alone counts people
    ("The army expelled them to Zongo.", True),
    ("Troops displaced hundreds of households to Zongo.", True),
    # the verb in its ordinary senses: what is driven is no people
    ("Rising demand pushed prices to Record highs.", False),
    ("The winger drove the ball to Kane.", False),
    ("The scandal drove voters to Ruto.", False),
    ("Police chased the suspect to Hope.", False),
])
def test_to_is_a_destination_only_after_a_driving_verb_and_its_object(text, driven):
    tokens, k = _to_index(text)
    assert driven_to(text, tokens, k) is driven


# -- mends after review ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    # after a verb of taking or freeing, "passengers from X" says where they were taken from: the event's place
    ("Bandits seized 18 travellers from Funtua in Katsina State on Sunday.", "Funtua"),
    ("Troops freed 12 pilgrims from Gao in northern Mali on Tuesday.", "Gao"),
    ("Gunmen kidnapped several commuters from Wukari in Taraba State.", "Wukari"),
])
def test_people_taken_or_freed_from_a_town_were_there(gaz, text, town):
    assert not home_town(toponym(gaz, text, town))
    place = event_place(gaz, text)
    assert place is not None and place.name == town


@pytest.mark.parametrize("text, town", [
    ("Gunmen killed five pilgrims from Wukari in Taraba State on Sunday.", "Wukari"),
    ("A bomb killed three tourists from Sousse in eastern Tunisia on Friday.", "Sousse"),
])
def test_a_home_town_is_not_outranked_by_the_state_written_to_locate_it(gaz, text, town):
    # the state or country only says where the town lies; a state named in the event's own clause still ranks
    # first (the twenty-ninth batch's "a native of X was shot dead in central Mali")
    place = event_place(gaz, text)
    assert place is not None and place.name == town


def test_a_home_town_still_ranks_after_another_town(gaz):
    text = "A farmer, a native of Wukari, was shot dead in Jalingo on Sunday."
    place = event_place(gaz, text)
    assert place is not None and place.name == "Jalingo"


def test_a_price_pushed_to_a_capitalised_word_makes_no_place(gaz):
    text = "Falling harvests pushed prices to Record levels in Mogadishu on Monday."
    assert "Record" not in locational_names(gaz, text)
    place = event_place(gaz, text)
    assert place is not None and place.name == "Mogadishu" and place.raw == "Mogadishu"


@pytest.mark.parametrize("text, country, code", [
    ("The government armed the Diyala tribes to fight the insurgents.", "IQ", "ADM1"),
    ("Elders of the Kurram tribes called for a ceasefire on Friday.", "PK", "ADM2"),
])
def test_a_region_before_tribes_says_whose_tribes_and_stays_the_place(gaz, text, country, code):
    place = event_place(gaz, text)
    assert place is not None and place.country_code == country and place.feature_code == code


def test_a_people_named_before_clans_is_no_far_namesake(gaz):
    text = "Fighting between the Dinka and the Nuer clans killed 20 people in Malakal on Monday."
    assert "Nuer" not in found_names(gaz, text)
    place = event_place(gaz, text)
    assert place is not None and place.country_code == "SS"


@pytest.mark.parametrize("text", [
    "According to a blogger, 40 civilians were killed in the strike.",
    "According to a local editor, 40 civilians were killed in the strike.",
    "Forty civilians were killed in the strike, a columnist told reporters.",
])
def test_a_media_worker_cited_as_the_source_is_no_victim(text):
    killed = find_casualties(Sentence(0, len(text), text), document_id="doc-1").killed
    assert killed is not None and killed.best == 40


@pytest.mark.xfail(reason="a bare 'on X island' is read without asking whether X is a brand or a product line: "
                          "no list of such names exists to ask, and 'on' alone cannot tell a toy's island from a "
                          "real one; left as the review's low-priority finding 6", strict=True)
def test_a_product_line_after_a_bare_on_is_no_island(gaz):
    text = "Children played on Lego island at the fair in Nairobi on Monday."
    assert "Lego" not in locational_names(gaz, text)
