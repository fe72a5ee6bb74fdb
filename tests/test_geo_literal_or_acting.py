"""Literal or acting: a place name is the ground, or the body that governs it (geo/acting_places.py).

Sentences written for these tests; the gazetteer is the bundled default one. Each rule is checked on both
sides: the acting reading it must catch, and a literal reading beside it that it must leave alone.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def reading(gaz, text: str, name: str) -> bool:
    """Whether `name` is read as a place (locational) in `text`."""
    hits = [t for t in geoparse(gaz, text) if t.text == name]
    assert hits, f"{name!r} not recognised in {text!r}"
    return hits[0].locational


# -- a local authority's deeds: only a council pays, approves, votes or shares a cost ------------------------

@pytest.mark.parametrize("text, name", [
    ("Boone County will pay to replace the roof of the old courthouse.", "Boone County"),
    ("After a long debate, the city of Kingston agreed on Tuesday to pay half of the bill.", "Kingston"),
    ("Lakeview Township reports that Sedgwick County will share the cost of the new bridge.", "Sedgwick County"),
    ("The town of Dover voted to keep the library open on Sundays.", "Dover"),
])
def test_a_council_that_pays_or_decides_is_no_place(gaz, text, name):
    assert reading(gaz, text, name) is False


@pytest.mark.parametrize("text, name", [
    # a preposition governs the name: the verb has another subject
    ("The new factory in Boone County will pay its workers more than the mine did.", "Boone County"),
    # a passive tells what others do with the place
    ("Boone County was approved as the site of the new prison.", "Boone County"),
    # "the city of" after a preposition places something in the city
    ("Crews from the city of Kingston agreed to help clear the roads.", "Kingston"),
    # "share" without a cost is no council's deed
    ("Springfield will share a border with the new district.", "Springfield"),
])
def test_the_ground_of_a_deed_stays_a_place(gaz, text, name):
    assert reading(gaz, text, name) is True


# -- a party in a passive: only a government is criticised, asked or represented ------------------------------

@pytest.mark.parametrize("text, name", [
    ("Norway, which hosted the talks last spring, was criticised by several delegations.", "Norway"),
    ("Chile has been asked to tighten checks at its northern border crossings.", "Chile"),
    ("Ministers wanted to know why Portugal was not represented at the meeting.", "Portugal"),
])
def test_a_country_in_a_party_passive_is_its_government(gaz, text, name):
    assert reading(gaz, text, name) is False


def test_a_town_acts_through_an_aside_set_off_by_commas(gaz):
    text = ("Residents of Maine packed the hall in Skowhegan on Monday. Skowhegan, across the river from the mill, "
            "approved its school budget the same night.")
    first, second = [t for t in geoparse(gaz, text) if t.text == "Skowhegan"]
    assert first.locational is True  # "in Skowhegan": the hall's ground
    assert second.locational is False  # the town's council approved the budget


def test_a_list_of_countries_asked_shares_the_role(gaz):
    text = "Officials said Bolivia and Paraguay have been asked to step up screening at the border."
    assert reading(gaz, text, "Bolivia") is False
    assert reading(gaz, text, "Paraguay") is False


@pytest.mark.parametrize("text, name", [
    # a passive of harm: the land
    ("Lebanon was shelled again overnight, the agency said.", "Lebanon"),
    # a preposition governs the name: the delegation is criticised, not the country
    ("The delegation in Chile was criticised for its silence.", "Chile"),
])
def test_the_ground_in_a_passive_stays_a_place(gaz, text, name):
    assert reading(gaz, text, name) is True


# -- a body's deliberation, a deed expected of it, money it sets aside ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Two districts closed a school last year, and Toowoomba is weighing a similar plan.", "Toowoomba"),
    ("Hesse banned the traps in May, and Thuringia is expected to follow.", "Thuringia"),
    ("Two towns banned the traps in May, and Toowoomba is expected to follow suit.", "Toowoomba"),
    ("Two districts closed a school last year, and Toowoomba is still weighing a similar plan.", "Toowoomba"),
    ("Floods hit the valley, and Wagga Wagga has set aside $3 million for repairs.", "Wagga Wagga"),
    ("The state has allocated money for roads, and Toowoomba has earmarked $2 million for bridges.", "Toowoomba"),
])
def test_a_body_that_weighs_is_expected_to_follow_or_sets_money_aside_is_no_place(gaz, text, name):
    assert reading(gaz, text, name) is False


@pytest.mark.parametrize("text, name", [
    # what befalls the place, after "is expected to"
    ("Forecasters said Wagga Wagga is expected to get heavy rain on Monday.", "Wagga Wagga"),
    # "set" without "aside" is no body's deed
    ("Forecasters said Wagga Wagga set a heat record on Monday.", "Wagga Wagga"),
    # a place is no deliberating body where the name is not the verb's subject
    ("Engineers in Toowoomba are weighing the cost of a new bridge.", "Toowoomba"),
    # a passive after "is expected to" or "was to": what others do with the place
    ("Toowoomba is expected to be approved as the site of the new battery plant.", "Toowoomba"),
    ("Toowoomba was to be approved as the host city before the bid collapsed.", "Toowoomba"),
    # a town's "follow" without "suit" is what comes next, not another body's lead
    ("Flooding is expected to worsen, and Wagga Wagga is likely to follow.", "Wagga Wagga"),
])
def test_what_befalls_a_place_stays_a_place(gaz, text, name):
    assert reading(gaz, text, name) is True


def test_a_name_owned_by_a_possessor_a_preposition_governs_is_no_subject(gaz):
    # "from Liberia's Lofa County": the teams were watching, not the county.
    text = "Teams from Liberia's Lofa County were checking travellers at the border crossings."
    assert reading(gaz, text, "Lofa County") is True
    assert reading(gaz, "Officials said Liberia's Lofa County was weighing a ban on markets.", "Lofa County") is False


def test_a_name_whose_possessor_a_preposition_governs_is_no_speaker(gaz):
    # "in Russia's Belgorod": the officials said it, not the town
    assert reading(gaz, "Officials in Russia's Belgorod said drones hit a power station.", "Belgorod") is True
    assert reading(gaz, "Russia said drones hit a power station near Belgorod.", "Russia") is False
