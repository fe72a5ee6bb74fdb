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

The batch's review narrowed these: a feature's name is the ground only where its clause shows it (a natural
process, an aside naming its kind or setting it on the map, a noun of its parts before it), never before a verb of
saying or stance nor after an aside naming a firm or a vessel ("Qandil rejected the offer", "Vesuvius said"); a
language that is also a town's own name is dropped after "in" only in a sentence about language ("clinics in
Malay, Aklan" keep the town); every form of "extend" counts only before its object ("Patagonia extended further
east" is the land); and the sea's short name closes its phrase before any line end, CRLF included.

The second review of that mend reversed and narrowed them: a language word after "in" is dropped by default and is a
town only on evidence of a place (a container after its comma, a coordinated place, a verb of arrival or stay or a
noun of a settlement before "in"), so "the sign was in English" names nothing; extending or widening is the
ground's only with no object or before a noun of the feature's own extent ("its flood plain"), never a truce; an
aside alone grounds a name only where the clause's verb is none of the lexicons that made it an actor; a name with
a feature's head word ("Lake Victoria") is the ground unless it speaks; and countries and regions share the one
object test of "extend" ("Somalia extended southward" is the land).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

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


# Review of the batch: where the rules above must not reach.

def test_a_mountain_that_rejects_an_offer_stays_the_movement_it_stands_for(gaz):
    text = "Qandil rejected the truce offered by Ankara, and Qandil later denied any talks had taken place."
    assert "Qandil" not in locational_names(gaz, text)


@pytest.mark.xfail(reason="a phrasal verb of stance ('turned down', 'called off') is no stance verb in "
                          "associative.yaml, so the name is never read as an actor to begin with", strict=True)
def test_a_mountain_that_turns_down_an_offer_stays_the_movement_it_stands_for(gaz):
    text = "Qandil turned down the truce offered by Ankara on Monday."
    assert "Qandil" not in locational_names(gaz, text)


def test_a_firm_named_for_a_volcano_that_speaks_is_the_firm(gaz):
    text = "Vesuvius said on Thursday that orders from its foundry customers had slowed."
    assert "Vesuvius" not in locational_names(gaz, text)


def test_a_name_after_an_aside_naming_a_firm_is_the_firm(gaz):
    text = "Everest, the Bermuda reinsurer, said it would raise its prices after the hurricane season."
    assert "Everest" not in locational_names(gaz, text)


def test_a_ship_named_for_a_river_after_an_aside_is_the_ship(gaz):
    text = "The Danube, the cruise operator's newest flagship, docked in Passau on Friday."
    names = locational_names(gaz, text)
    assert "Danube" not in names and "Passau" in names


def test_a_volcano_after_an_aside_of_its_past_that_erupts_is_the_volcano(gaz):
    text = "Hekla, which had been quiet since 2000, erupted on Sunday evening, the met office in Reykjavík said."
    assert located(gaz, text)[0] == ("Hekla", "IS")


def test_a_lake_that_has_risen_after_an_aside_is_the_lake(gaz):
    text = "Lake Victoria, shared by three countries, has risen by more than a metre since the rains began."
    assert "Lake Victoria" in locational_names(gaz, text)


def test_a_volcano_after_its_aside_resolves_to_the_volcano_not_a_namesake(gaz):
    text = "Mount Etna, the tallest active volcano in Europe, erupted overnight, closing the airport at Catania."
    assert located(gaz, text)[0] == ("Mount Etna", "IT")


def test_a_volcano_whose_relative_aside_erupts_is_the_volcano_whatever_its_verb(gaz):
    text = "Mount Kanlaon, which erupted in June, has forced the closure of schools in La Castellana."
    assert "Mount Kanlaon" in locational_names(gaz, text)


def test_a_river_that_has_extended_its_flood_plain_is_the_river(gaz):
    text = "The Thames has extended its flood plain towards Reading over the past decade."
    assert "Thames" in locational_names(gaz, text)


def test_a_glacier_after_an_aside_that_places_it_is_the_glacier(gaz):
    text = "Scientists say the Perito Moreno Glacier, in Argentine Patagonia, is losing mass faster than predicted."
    assert "Perito Moreno Glacier" in locational_names(gaz, text)


def test_a_glacier_after_an_aside_that_places_it_and_loses_ice_is_the_glacier(gaz):
    text = "The Aletsch Glacier, in the Bernese Alps, has lost a third of its ice since 1980."
    assert "Aletsch Glacier" in locational_names(gaz, text)


def test_a_river_after_a_word_for_its_bank_is_the_river(gaz):
    text = "The pumping station, on the bank of the Dniester near Soroca, has switched to diesel."
    assert "Dniester" in locational_names(gaz, text)


def test_a_mountain_after_an_aside_that_places_it_that_rejects_is_still_the_movement(gaz):
    text = "Qandil, in the far north of Iraq, rejected the offer on Monday."
    assert "Qandil" not in locational_names(gaz, text)


def test_an_ice_cap_after_an_aside_naming_its_kind_is_the_ice_cap(gaz):
    text = "Vatnajökull, the largest ice cap in Europe, has thinned by a fifth since the survey of 1995."
    assert ("Vatnajökull", "IS") in located(gaz, text)


def test_a_mountain_after_an_aside_naming_its_kind_is_the_mountain_whatever_its_verb(gaz):
    text = "Everest, the world's highest mountain, has drawn record crowds this spring."
    assert "Everest" in locational_names(gaz, text)


def test_a_language_that_is_also_a_town_before_its_province_is_the_town(gaz):
    text = "Health centres in Malay, Aklan, have run short of measles vaccine, the province said."
    names = locational_names(gaz, text)
    assert "Malay" in names and "Aklan" in names


def test_a_language_that_is_also_a_town_after_a_verb_of_arrival_is_the_town(gaz):
    text = "The jeepney from Kalibo broke down before it arrived in Malay."
    assert locational_names(gaz, text) == ["Kalibo", "Malay"]


def test_a_language_that_is_also_a_town_beside_another_town_is_the_town(gaz):
    text = "Soldiers in Malay and Buruanga set up checkpoints on Monday."
    names = locational_names(gaz, text)
    assert "Malay" in names and "Buruanga" in names


def test_a_language_that_is_also_a_village_before_its_province_is_the_village(gaz):
    text = "Households in Breton, Alberta, were left without power after the storm."
    assert ("Breton", "CA") in located(gaz, text)


def test_a_language_that_is_also_a_town_in_a_sentence_about_language_names_no_place(gaz):
    text = "Road signs in Penang are printed in Malay and Tamil, and the lessons are taught in Malay."
    assert locational_names(gaz, text) == ["Penang"]


def test_a_language_that_is_also_a_village_after_a_word_of_speech_names_no_place(gaz):
    text = "Councillors in Quimper spoke in Breton at the session, and its leaflets were printed in Breton."
    assert locational_names(gaz, text) == ["Quimper"]


def test_a_language_that_is_also_a_town_in_a_gloss_or_after_a_verb_of_saying_names_no_place(gaz):
    assert locational_names(gaz, "The ferry Bintang (Star in Malay) docks at the pier in Caticlan.") == ["Caticlan"]
    text = "The minister answered in Malay, and then in English, at the pier in Caticlan."
    assert locational_names(gaz, text) == ["Caticlan"]


def test_land_that_extended_in_a_direction_stays_the_land(gaz):
    text = "Patagonia extended further east during the last ice age, the geologists at Ushuaia found."
    assert "Patagonia" in locational_names(gaz, text)


def test_land_that_extended_as_far_as_a_place_stays_the_land(gaz):
    text = "Under the Mughals, Bengal extended as far as Orissa."
    assert "Bengal" in locational_names(gaz, text)


def test_a_desert_that_extended_southward_stays_the_desert(gaz):
    text = "The Sahara extended southward by a tenth over the century, the study from Niamey said."
    assert "Sahara" in locational_names(gaz, text)


def test_a_capital_that_extended_a_curfew_is_its_government(gaz):
    text = "Lima extended the night curfew in Callao by another week on Tuesday."
    names = locational_names(gaz, text)
    assert "Lima" not in names and "Callao" in names


def test_a_seas_short_name_before_a_line_break_is_the_sea(gaz):
    for end in ("\r\n", "\t\n", "\u00a0\n"):
        text = f"The night ferry crossed the Baltic{end}Passengers waited for hours in Gdynia."
        assert "Baltic" in locational_names(gaz, text), repr(end)


def test_a_seas_short_name_before_a_semicolon_or_the_texts_end_is_the_sea(gaz):
    assert "Baltic" in locational_names(gaz, "Two trawlers sank in the Baltic; their crews were rescued.")
    assert "Baltic" in locational_names(gaz, "Winter storms closed the ports along the Baltic")


def test_a_seas_short_name_in_closing_guillemets_is_the_sea(gaz):
    text = "The exhibition is called «Ships of the Baltic» and opens in Tallinn."
    assert "Baltic" in locational_names(gaz, text)


def test_a_place_whose_name_opens_with_a_language_word_keeps_its_whole_name(gaz):
    text = "The convoy passed through Irish Town before dawn, police in Kingston said."
    assert ("Irish Town", "JM") in located(gaz, text)
    assert "Thai Binh" in locational_names(gaz, "A new clinic opened in Thai Binh on Monday, the health ministry said.")


@pytest.mark.xfail(reason="the Baltic's short name after 'the' that closes its phrase is read as the sea even as the "
                          "object of a threat, where the Baltic states are meant; no reader tells the states from "
                          "the sea by the verb", strict=True)
def test_the_baltic_as_the_object_of_a_threat_is_the_states_not_the_sea(gaz):
    text = "Moscow threatened the Baltic with new missiles based in Kaliningrad."
    assert "Baltic" not in locational_names(gaz, text)


@pytest.mark.xfail(reason="a bare volcano's name before an aside naming a work ('the Netflix series') is still read "
                          "as the volcano: no reader drops a name whose aside calls it a film, series or book",
                   strict=True)
def test_a_series_named_for_a_volcano_is_no_place(gaz):
    text = "Katla, the streaming series, was shot around Vik last winter."
    assert "Katla" not in locational_names(gaz, text)


@pytest.mark.xfail(reason="the clipped alias 'Addis' is read anywhere, so a brand before a product noun ('Addis "
                          "shoes') is taken for Addis Ababa; a guard needs Ethiopian context or the 'Addis-based' and "
                          "'in Addis' shapes", strict=True)
def test_a_brand_named_like_a_clipped_capital_before_its_product_is_no_place(gaz):
    text = "Sales of Addis trainers rose in Kenya last year."
    assert "Addis" not in locational_names(gaz, text)


# Second review of the batch's mend: a language word after "in" is a town only on evidence of a place; extending
# is a feature's doing only before a feature's part; an aside grounds a name only where its verb is no stance.

def test_a_language_that_is_also_a_village_in_a_sign_or_statement_names_no_place(gaz):
    assert locational_names(gaz, "The only notice at the gate of the depot was in English.") == []
    text = "A communique in Farsi on the group's channel blamed the militia for the blast."
    assert locational_names(gaz, text) == []


def test_a_language_in_a_comma_aside_about_a_message_names_no_place(gaz):
    text = "The letter, in Dari, demanded a ransom for the surveyors held in Ghazni."
    assert locational_names(gaz, text) == ["Ghazni"]
    text = "The recording, in English, was signed by the commander in Mosul."
    assert locational_names(gaz, text) == ["Mosul"]
    text = "The talk, given in Cebuano, aired in Cebu on Friday."
    assert locational_names(gaz, text) == ["Cebu"]


def test_a_language_that_is_also_a_town_before_its_province_after_a_verb_of_saying_is_the_town(gaz):
    text = "Officers said in Malay, Aklan, that the driver had fled towards the pier."
    names = locational_names(gaz, text)
    assert "Malay" in names and "Aklan" in names


def test_a_language_that_is_also_a_town_after_a_verb_of_stranding_is_the_town(gaz):
    text = "Forty Korean divers were stranded in Malay on Tuesday after the ferries stopped."
    assert "Malay" in locational_names(gaz, text)


# a time phrase after it ('in Malay on Sunday') is no evidence, since 'spoke in English on Sunday' is as common;
# the verb of the deed before "in" is (language_mentions.PLACE_VERBS)
def test_a_language_that_is_also_a_town_after_an_ordinary_deed_is_the_town(gaz):
    text = "Schools were shut in Malay on Thursday after the storm."
    assert "Malay" in locational_names(gaz, text)


def test_a_mountain_that_extends_a_truce_stays_the_movement_it_stands_for(gaz):
    text = "Qandil extended its one-sided truce by a further month on Sunday."
    assert "Qandil" not in locational_names(gaz, text)
    text = "Qandil has extended the ceasefire with Ankara until the autumn."
    assert "Qandil" not in locational_names(gaz, text)


def test_a_firm_named_for_a_mountain_that_extends_a_programme_is_the_firm(gaz):
    text = "Everest extended its share repurchase plan after a strong quarter."
    assert "Everest" not in locational_names(gaz, text)


def test_a_mountain_placed_by_an_aside_that_orders_an_attack_stays_the_movement(gaz):
    text = "Qandil, in northern Iraq, ordered the ambush on the patrol."
    assert "Qandil" not in locational_names(gaz, text)


@pytest.mark.xfail(reason="the metonymy readers never read a subject across an aside of time opened by 'before' "
                          "('X, before the talks in Y, ordered'), so the name is never an actor to begin with and "
                          "feature_grounds.py has nothing to turn back", strict=True)
def test_a_mountain_after_an_aside_of_time_that_orders_a_pause_stays_the_movement(gaz):
    text = "Qandil, before the summit in Erbil, ordered a pause in the raids."
    assert "Qandil" not in locational_names(gaz, text)


def test_a_mountain_named_as_a_stronghold_that_orders_an_attack_stays_the_movement(gaz):
    text = "Qandil, the mountain hideout of the PKK, ordered the ambush on the patrol."
    assert "Qandil" not in locational_names(gaz, text)
    text = "Qandil, which holds the mountains, ordered the ambush on the patrol."
    assert "Qandil" not in locational_names(gaz, text)


def test_a_firm_named_for_a_mountain_placed_by_an_aside_that_raises_prices_is_the_firm(gaz):
    text = "Everest, in Hamilton, raised its premiums after the storm season."
    assert "Everest" not in locational_names(gaz, text)


def test_a_river_whose_relative_aside_falls_silent_that_orders_an_attack_stays_the_movement(gaz):
    text = "Euphrates, which fell quiet after the truce, ordered the ambush on the patrol."
    assert "Euphrates" not in locational_names(gaz, text)


def test_a_country_that_extended_in_a_direction_stays_the_land(gaz):
    text = "Somalia extended southward before 1900, the historians in Nairobi wrote."
    assert "Somalia" in locational_names(gaz, text)
    text = "Before 1918 Hungary extended far beyond its present borders."
    assert "Hungary" in locational_names(gaz, text)


def test_a_country_that_extended_a_measure_is_its_government(gaz):
    text = "Somalia extended the state of emergency in Mogadishu on Monday."
    names = locational_names(gaz, text)
    assert "Somalia" not in names and "Mogadishu" in names


def test_a_lake_named_by_its_head_word_that_loses_its_fish_is_the_lake(gaz):
    assert "Lake Victoria" in locational_names(gaz, "Lake Victoria has lost much of its tilapia.")
    text = "Lake Victoria, once rich in perch, has lost much of its catch."
    assert "Lake Victoria" in locational_names(gaz, text)


def test_a_lake_named_by_its_head_word_that_speaks_is_no_place(gaz):
    text = "Lake Victoria said on Monday that its bond sale had been delayed."
    assert "Lake Victoria" not in locational_names(gaz, text)


def test_a_river_that_has_widened_its_channel_or_extended_over_the_fields_is_the_river(gaz):
    text = "The Indus has widened its channel near Sukkur since the floods."
    assert "Indus" in locational_names(gaz, text)


def test_a_country_that_extends_a_measure_named_by_a_bare_noun_is_its_government(gaz):
    assert "Kenya" not in locational_names(gaz, "Kenya has extended curfews in Wajir and Garissa.")
    text = "Tokyo extended credits to Laos worth one billion dollars."
    names = locational_names(gaz, text)
    assert "Tokyo" not in names and "Laos" in names


def test_a_language_that_is_also_a_town_after_a_noun_of_a_settlement_or_its_people_is_the_town(gaz):
    text = "A Dutch swimmer drowned off a beach in Malay on Sunday."
    assert "Malay" in locational_names(gaz, text)
    text = "Villagers in Breton, near Drayton Valley, lost power overnight."
    assert "Breton" in locational_names(gaz, text)


def test_a_club_named_for_a_river_that_draws_a_match_is_no_place(gaz):
    text = ("Olimpia beat Cerro Porteño 3-1 in the cup on Tuesday, with two goals after the break. "
            "In the other tie, River Plate drew 1-1 with Nacional in Asunción.")
    names = locational_names(gaz, text)
    assert "River Plate" not in names and "Asunción" in names
