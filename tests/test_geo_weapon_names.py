"""Specs: a name right before a kind of weapon is the weapon's model ("Winchester rifles", "Molotov cocktails"),
not a place; a country's or a large city's name there stays the place whose forces fire them."""
from __future__ import annotations

from conftest import found_names


def test_weapon_models_named_like_towns(gaz):
    assert found_names(gaz, "Deputies seized two Winchester rifles at a farm in Oakdale, Ohio.") == ["Oakdale", "Ohio"]
    assert found_names(gaz, "Rioters threw Molotov cocktails at police in Dayton.") == ["Dayton"]


def test_large_city_before_a_weapon_noun_stays(gaz):
    assert "Gaza" in found_names(gaz, "Gaza rockets landed near Ashkelon overnight.")


def test_town_before_a_weapon_word_naming_a_facility_or_a_unit_stays(gaz):
    # "the X tank depot", "the X rifle factory", "X missile crews": the weapon word is the facility's trade
    assert found_names(gaz, "Workers at the Anniston tank depot in Alabama were laid off.") == ["Anniston", "Alabama"]
    assert "Springfield" in found_names(gaz, "The Springfield rifle factory closed its gates in 1968.")
