"""Rules found by the conflict probe's thirty-seventh round (theatres it had two reports of or fewer: Bhutan's
Gelephu, Costa Rica's Liberia and Pavas, the Maldives' Addu City, the Dominican border at Dajabón and Elías Piña,
the Gambia's Foni, Kuwait's Jahra, Muscat's Wadi Kabir, Serbia's Bujanovac, Turkmenistan's Serhetabat, Trinidad's
Chaguanas and Morvant, Sabah's Lahad Datu, Beersheba, rural Labasa, Luganville, Panama's Darién, Rosario, Belize's
Cayo, Guyana's Cuyuni, Kumanovo, Greece's Malakasa camp and Abu Dhabi's Musaffah).

A compass word before a country's capital ("western Kabul", "southern Beirut") or before a name that calls itself
a city ("eastern Panama City") is a side of the city, where the capital's quarters lie, not of the first-level
division that shares its name: "southern Idlib" is still the governorate's ground, and a capital's province is
written with its own word ("western Kabul province"). A name the tables lack, written as lying in such a side
("Pavas, in western San José"), stands in at the city as a named part of it (2), keeping its name.

Wild ground a suspect or a family escaped into beside a town ("escaped into the hills above X", "fled into the
bush outside Y", "the cane fields outside Z") is hiding ground, where people went after the event: the town
ranks as a destination does ("fled to X"), after the event's own place.

A housing estate after a town's possessive ("Derry's Creggan estate", "Glasgow's Easterhouse estate") is a
council-built quarter of the town, a named part of it (2), as "Lusaka's Kanyama compound" is.

A river the tables lack and a settlement named beside it ("on the X river near Y village") both stand in at the
same place; the settlement says where along the water the event was, so it keeps its name as the event's raw text.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym

from eventwatch.geo.event_location import taken_to


# -- a compass side of a capital, or of a name that calls itself a city, is the city's ------------------------------

@pytest.mark.parametrize("text, name, city", [
    ("A car bomb exploded in western Kabul on Tuesday, killing six worshippers.", "Kabul", "Kabul"),
    ("Drones struck southern Beirut overnight, the health ministry said.", "Beirut", "Beirut"),
    ("Gunmen shot two bus drivers in eastern Panama City on Friday.", "Panama City", "Panama City"),
    ("Two men were shot dead in western San José on Monday night.", "San José", "San José"),
])
def test_a_compass_side_of_a_capital_is_the_city_not_its_province(gaz, text, name, city):
    """The capital's sides are where its quarters lie; its namesake province (Kabul, Panamá, San José) would put
    the event anywhere across a first-level division, miles from the city the report names."""
    place = toponym(gaz, text, name).place
    assert place is not None and (place.name, place.feature_code, place.precision) == (city, "PPLC", 1)


@pytest.mark.parametrize("text, name", [
    ("Shelling hit southern Idlib on Monday.", "Idlib"),
    ("Clashes broke out in northern Aleppo on Friday.", "Aleppo"),
    ("Gunmen killed two men in western Kabul province on Tuesday.", "Kabul"),
])
def test_a_compass_side_of_a_provincial_town_or_a_named_province_stays_the_province(gaz, text, name):
    """Guard: a town that is no capital keeps the conflict reading of its sides ("southern Idlib" is the
    governorate's ground), and a capital written with its province word is the province."""
    place = toponym(gaz, text, name).place
    assert place is not None and (place.feature_code, place.precision) == ("ADM1", 4)


@pytest.mark.parametrize("text, city, raw", [
    ("Gunmen shot dead a shopkeeper in Zumbalo, in eastern Panama City, on Friday.", "Panama City", "Zumbalo"),
    ("Police said two men were killed in Tambora, in northern Kampala, on Sunday.", "Kampala", "Tambora"),
])
def test_a_name_the_tables_lack_in_a_side_of_a_city_is_a_named_part_of_it(gaz, text, city, raw):
    """"X, in western Y" holds X in Y as "X, in Y" does: the city stands in for the quarter the tables lack, as a
    named part of it (2), keeping the quarter's name rather than the compass phrase."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision, place.raw) == (city, 2, raw)


def test_a_side_of_a_city_with_no_quarter_named_keeps_the_side(gaz):
    """Guard: with no name before it the side is all the text says: the city itself, its raw text the phrase."""
    place = event_place(gaz, "A car bomb exploded in western Kabul on Tuesday, killing six worshippers.")
    assert place is not None and (place.name, place.precision, place.raw) == ("Kabul", 1, "western Kabul")


# -- escaping into the hills or the bush beside a town ------------------------------------------------------------

@pytest.mark.parametrize("text, place_name, precision", [
    ("Gunmen robbed a bus in Kaduna State on Friday and escaped into the bush outside Birnin Gwari.",
     "Kaduna State", 4),
    ("Police raided a hideout in Kisumu County on Sunday, and two suspects fled into the cane fields outside "
     "Muhoroni.", "Kisumu County", 4),
])
def test_a_town_beside_the_ground_people_escaped_into_is_not_the_events(gaz, text, place_name, precision):
    """Where the robbers hid after the event is no more its place than where the displaced fled to: the finer
    town ranks after the province the event is told in."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (place_name, precision)


@pytest.mark.parametrize("text, name", [
    ("Gunmen ambushed a patrol in the bush outside Birnin Gwari on Friday.", "Birnin Gwari"),
    ("Soldiers searched the forest near Beni on Tuesday after an attack on a farm.", "Beni"),
])
def test_wild_ground_with_no_escape_before_it_is_where_the_event_was(gaz, text, name):
    """Guard: an ambush in the bush outside a town, or a search of a forest near it, happens there: no verb of
    fleeing puts the town behind anything."""
    t = toponym(gaz, text, name)
    assert not taken_to(t)
    place = event_place(gaz, text)
    assert place is not None and place.raw == name


# -- a river and the settlement named beside it -----------------------------------------------------------------

@pytest.mark.parametrize("text, stand_in, raw", [
    ("Gunmen attacked a ferry on the Zumbeni river near Kalangoro village on Friday, police said in Lusaka.",
     "Lusaka", "Kalangoro"),
    ("Pirates fired on a fishing canoe on the Mbolo river near Tambala on Sunday, the navy said in Kinshasa.",
     "Kinshasa", "Tambala"),
])
def test_a_settlement_beside_an_unheld_river_names_the_event_not_the_river(gaz, text, stand_in, raw):
    """Both the river and the settlement stand in at the same place; the settlement says where along the water
    the event was, so its name is the one kept."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.raw) == (stand_in, raw)


def test_an_unheld_river_named_alone_is_still_the_events(gaz):
    """Guard: with no settlement beside it, the river is where the event was, as before."""
    text = "Two fishermen drowned in the Zumbeni river on Friday after their canoe was rammed, police said in Lusaka."
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.raw) == ("Lusaka", "Zumbeni")


# -- "TOWN's X estate": a housing estate is a part of the town ---------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Youths threw petrol bombs at police in Derry's Creggan estate on Friday night.", "Derry"),
    ("A man was shot in the legs in Glasgow's Easterhouse estate on Saturday, detectives said.", "Glasgow"),
])
def test_a_housing_estate_after_a_towns_possessive_is_a_named_part_of_the_town(gaz, text, town):
    """The estate is a quarter of the town the tables lack: the event is in a named part of the town (2), not at
    its centre (1)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 2)


def test_an_estate_with_no_name_after_the_possessive_is_no_part(gaz):
    """Guard: "Belfast's estate office" names no quarter (no capitalised name before the word): the town keeps
    its own precision (1)."""
    place = event_place(gaz, "A blast damaged Belfast's estate office on Monday, police said.")
    assert place is not None and (place.name, place.precision) == ("Belfast", 1)

