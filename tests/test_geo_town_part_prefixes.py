"""A part of a town written before its name ("Old Town X", "Downtown X") is that town, not a place named
"Old Town" or "Downtown" elsewhere (geo/town_part_prefixes.py)."""
from __future__ import annotations

from conftest import found_names, toponym


def test_old_town_before_a_town_is_that_towns_part(gaz):
    text = "The new homes lie outside Leesburg, Virginia. Weekend trains now stop at Old Town Fairfax as well."
    assert "Old Town" not in found_names(gaz, text)
    t = toponym(gaz, text, "Fairfax")
    assert t.locational and t.place is not None and t.place.admin1 == "Virginia"
    assert t.cue == "at"  # the part phrase's cue is the town's


def test_the_part_phrase_still_says_which_namesake_is_meant(gaz):
    # the phrase is dropped, but its readings (GeoNames gives "Old Town" to a Virginia town) keep the Virginia
    # namesake over a larger one abroad
    t = toponym(gaz, "Tourists flocked to Old Town Alexandria on Saturday.", "Alexandria")
    assert t.place is not None and t.place.admin1 == "Virginia"


def test_a_chance_alternate_name_of_the_part_phrase_picks_no_namesake(gaz):
    t = toponym(gaz, "Tourists flocked to Old Town Edinburgh on Saturday.", "Edinburgh")
    assert t.place is not None and t.place.country_code == "GB"


def test_downtown_before_a_town_is_no_place_of_its_own(gaz):
    text = "Shops in Downtown Dayton, Ohio, reopened on Monday after the flood."
    assert "Downtown" not in found_names(gaz, text)
    assert toponym(gaz, text, "Dayton").place.country_code == "US"


def test_a_town_named_old_town_keeps_its_name_with_its_state(gaz):
    t = toponym(gaz, "She grew up in Old Town, Maine, and moved to Bangor.", "Old Town")
    assert t.place is not None and t.place.admin1 == "Maine"
