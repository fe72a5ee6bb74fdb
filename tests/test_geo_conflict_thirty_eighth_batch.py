"""Rules found by the conflict probe's thirty-eighth round (theatres it had no report of: Samoa's Savai'i,
Nuku'alofa, Betio, Montevideo and Rivera, Suriname's Brokopondo and Albina, French Guiana's Maripasoula, Cuba's
Nuevitas, Nassau, Oistins, Praia, São Tomé, Kasane, Katima Mulilo, Albania's Bushat, Cetinje, Narva, Al Udeid,
rural Dalanzadgad, Kuala Belait, Druskininkai, Latvia's Ludza and Amadora's Cova da Moura).

A bare "the X" set as ground is a river when the gazetteer holds X as one and X's other readings are towns or
divisions matched by a shortened name ("the Zambezi" is the river, not Namibia's "Zambezi Region"). But when the
word the match dropped is written right after the name ("in the Zambezi region", "the Zambezi district of
North-Western province"), the writer spelled the division's full name: the division is meant, not the river.

Stones, rocks or bottles thrown at police, soldiers or border guards by a crowd are a riot (ACLED's mob violence)
even where no protest is named ("youths hurled rocks at police", "migrants threw stones at border guards"); a
protest's own violence stays the protest's, and the state's throwing (tear gas) or throwing at things is not it.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym


# -- a division's dropped word written after the name brings the division back -----------------------------------

@pytest.mark.parametrize("text, division, country, code", [
    ("Armed men raided a police post in the Zambezi region of Namibia on Monday.", "Zambezi Region", "NA", "ADM1"),
    ("Bandits shot a trader dead at a market in the Zambezi district of North-Western province on Sunday.",
     "Zambezi District", "ZM", "ADM2"),
])
def test_a_river_name_with_its_divisions_dropped_word_is_the_division(gaz, text, division, country, code):
    """"Zambezi Region" and "Zambezi District" are the divisions' own names; a writer who adds the word after
    "the Zambezi" has named the division, and the river (a line through four countries, coded far coarser)
    would move the event out of the country the report is about."""
    place = toponym(gaz, text, "Zambezi").place
    assert place is not None and (place.name, place.country_code, place.feature_code) == (division, country, code)


def test_a_town_in_the_river_named_region_keeps_its_own_place(gaz):
    """The town the report names, written as lying in the region, is the event's place at its own precision:
    the river reading of the region had dropped the town as lying outside its container."""
    place = event_place(gaz, "Gunmen attacked a police station at Katima Mulilo in the Zambezi region on Monday.")
    assert place is not None and (place.name, place.country_code, place.precision) == ("Katima Mulilo", "NA", 1)


@pytest.mark.parametrize("text", [
    "Two fishermen drowned when a hippo overturned their canoe in the Zambezi near Katima Mulilo.",
    "Smugglers ferried fuel across the Zambezi valley on Friday.",
])
def test_the_bare_river_or_its_valley_stays_the_river(gaz, text):
    """Guard: without a division word after it, "the Zambezi" is still the river; a valley is the river's."""
    place = toponym(gaz, text, "Zambezi").place
    assert place is not None and place.feature_code == "STM"


# -- projectiles thrown at the security forces by a crowd are mob violence ------------------------------------------

@pytest.fixture(scope="module")
def label(classifier):
    return lambda text: classifier.classify(text).label


@pytest.mark.parametrize("text", [
    "Migrants threw stones and branches at border guards near the crossing on Wednesday, injuring two officers.",
    "Youths hurled rocks at police outside the market on Friday night, wounding a constable.",
    "Football fans pelted riot police with bottles outside the stadium on Saturday.",
])
def test_a_crowd_throwing_at_the_security_forces_is_mob_violence(classifier, label, text):
    """No protest is named, so the protest rules had nothing to hold the throwing to and the report was no
    event at all; a crowd attacking the state's men with projectiles is what ACLED codes as a riot."""
    assert label(text) == "MOB_VIOL" and classifier.is_event(text)


def test_protesters_throwing_stones_stay_a_violent_demonstration(label):
    """Guard: where a protest is named, its violence is the demonstration's, not a mob's."""
    assert label("Protesters threw stones at police outside parliament on Tuesday, injuring two officers.") \
        == "VIOL_DEMONSTR"


@pytest.mark.parametrize("text", [
    "Police threw tear gas canisters at youths in the market on Monday.",
    "Boys threw stones at a passing bus on Monday.",
])
def test_the_states_throwing_or_throwing_at_things_is_no_mob_violence(label, text):
    """Guard: the police's tear gas is their own act, and stones at a bus have no forces as their target."""
    assert label(text) != "MOB_VIOL"
