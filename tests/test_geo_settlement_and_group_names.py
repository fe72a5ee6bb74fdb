"""Places inside the names of other things: a settlement named for where it was signed or what it covers
("the Minsk agreements", "the Astana process"), and an armed group named with a place ("Jund al-Aqsa",
"Boko Haram's West Africa Province"). The place stays a toponym, read as embedded; an event is never placed
there. Gatherings ("the Geneva talks", "the Doha summit") and real provinces keep their place.
"""
from __future__ import annotations

import pytest

from conftest import event_place, toponym


@pytest.mark.parametrize("text, name", [
    ("Both sides accused each other of breaking the Minsk agreements on Tuesday.", "Minsk"),
    ("Observers said the 2015 Minsk agreements were dead.", "Minsk"),
    ("The Doha process has stalled since the spring.", "Doha"),
    ("The Paris climate accord was signed by most nations.", "Paris"),
    ("Rebels accused the army of breaking the Sochi memorandum.", "Sochi"),
    ("Both capitals stood by the Normandy format for a year.", "Normandy"),
    ("The Iran nuclear deal collapsed after the sanctions.", "Iran"),
    ("Kyiv said the Minsk II agreement was dead.", "Minsk"),
    ("Ships left under the Istanbul grain deal on Monday.", "Istanbul"),
])
def test_a_settlement_named_for_a_place_does_not_put_anything_there(gaz, text, name):
    t = toponym(gaz, text, name)
    assert (t.locational, t.cue) == (False, "embedded")


@pytest.mark.parametrize("text, name", [
    ("The Geneva talks resumed on Monday with both delegations present.", "Geneva"),
    ("The Doha summit ended without a statement.", "Doha"),
    ("The Chicago convention nominated the governor.", "Chicago"),
    ("The agreement was signed in Minsk on Friday.", "Minsk"),
    ("Factories in Minsk process sugar beet for export.", "Minsk"),
    ("Traders in Lagos deal in spare parts.", "Lagos"),
])
def test_a_gathering_or_a_place_beside_a_settlement_noun_stays_a_place(gaz, text, name):
    assert toponym(gaz, text, name).locational


def test_a_capital_signing_an_agreement_acts_and_opens_no_settlement_name(gaz):
    assert toponym(gaz, "Paris signed an agreement with Rabat on fisheries.", "Paris").cue == "metonymy"


def test_the_event_lies_where_the_text_puts_it_not_in_the_settlement_name(gaz):
    place = event_place(gaz, "Violations of the Sochi agreement in Idlib continued overnight.")
    assert place is not None and place.country_code == "SY"
    assert event_place(gaz, "Both sides accused each other of breaking the Minsk agreements on Tuesday.") is None


@pytest.mark.parametrize("text, name", [
    ("Jund al-Aqsa militants withdrew from Khan Sheikhoun.", "al-Aqsa"),
    ("Fighters of Liwa Suqour al-Sham attacked a post near Jisr al-Shughur.", "al-Sham"),
    ("The Sinai Province group claimed the attack on a checkpoint near Arish.", "Sinai"),
    ("Boko Haram's West Africa Province killed ten soldiers near Maiduguri.", "West Africa"),
    ("Islamic State's Khorasan Province claimed the attack in Jalalabad.", "Khorasan"),
    ("Militants from the Sinai Province group attacked a checkpoint near Arish.", "Sinai"),
    ("The Sinai Province militants attacked a checkpoint near Arish.", "Sinai"),
    ("Islamic State in Iraq and the Levant claimed the bombing in Kirkuk.", "Levant"),
])
def test_a_place_inside_an_armed_group_name_is_embedded(gaz, text, name):
    t = toponym(gaz, text, name)
    assert (t.locational, t.cue) == (False, "embedded")


def test_an_armed_group_name_gives_no_event_place(gaz):
    place = event_place(gaz, "Jund al-Aqsa militants withdrew from Khan Sheikhoun.")
    assert place is not None and place.country_code == "SY" and place.name != "Al-Aqsa Mosque"


@pytest.mark.parametrize("text, name", [
    ("Fighting raged in Nangarhar Province, officials said.", "Nangarhar"),
    ("Helmand Province was the scene of heavy fighting.", "Helmand"),
    ("In Helmand Province fighters clashed with police.", "Helmand"),
    ("The Sinai Province in Egypt is a desert region.", "Sinai"),
    ("The Islamic State in Iraq lost ground near Mosul last year.", "Iraq"),
])
def test_a_real_province_or_a_group_present_somewhere_stays_a_place(gaz, text, name):
    assert toponym(gaz, text, name).locational


def test_a_forum_named_for_its_city_is_no_building(gaz):
    from eventwatch.geo import geoparse

    text = "As the minister said today at the Valletta Dialogue, the aid budget will grow."
    assert "Valletta Dialogue" not in {t.text for t in geoparse(gaz, text)}


def test_a_venue_named_after_at_is_still_a_building(gaz):
    from eventwatch.geo import geoparse

    text = "The band played today at the Copper Lantern, a bar in the old town of Valletta."
    assert "Copper Lantern" in {t.text for t in geoparse(gaz, text)}
