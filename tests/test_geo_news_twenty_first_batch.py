"""Rules found by the news probe's twenty-first batch (US local, world web, regional and outbreak copy).

Each is a rule a reader applies to any paper: "The River X" opening a sentence is the river X, the article
taking the sentence's capital as "the" does mid-sentence (a gazetteer alias "The River" is no reading of it);
a feature named with both a prefix and a head word ("the Cape Fear River") is one name, not also the shorter
one inside it; a county or a town that borrows, spends or raises a tax is its council, as one that pays or
votes is; a place cue before a list covers its later names when the first is a name the gazetteer does not
hold ("hotels in Brackmoor and Portobello"), as it does when the first is held; and a river that flows through
two countries belongs to neither of them alone.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import found_names, located, toponym


# -- "The River X" at a sentence's start ------------------------------------------------------------------------

def test_a_river_named_with_its_article_opening_a_sentence_is_the_river(gaz):
    text = "Flooding closed roads near Hereford on Sunday. The River Tarrow burst its banks overnight."
    names = found_names(gaz, text)
    assert "River Tarrow" in names and "The River" not in names
    assert toponym(gaz, text, "River Tarrow").locational


def test_a_river_opening_the_first_sentence_is_read_as_well(gaz):
    text = "The River Tarrow rose two metres at Hereford, closing the bridge at Bredwardine."
    assert found_names(gaz, text)[0] == "River Tarrow"


def test_a_river_named_mid_sentence_is_read_as_before(gaz):
    text = "In Hereford the River Tarrow rose two metres on Monday."
    assert "River Tarrow" in found_names(gaz, text)


def test_a_building_named_for_a_river_district_stays_a_building(gaz):
    # Two capitalised words after "River" are a building's or a firm's name, not a river's ("_not_a_river").
    text = "The River Oaks Hospital in Houston opened a new wing on Tuesday."
    assert "River Oaks" not in found_names(gaz, text)
    assert "River Oaks Hospital" not in found_names(gaz, text)


# -- a feature named with a prefix and a head ----------------------------------------------------------------

def test_a_cape_named_river_is_one_feature_not_also_the_cape(gaz):
    text = "Heavy rain will raise the level of the Cape Fear River in Pender County this week."
    names = found_names(gaz, text)
    assert "Cape Fear River" in names and "Cape Fear" not in names


# -- a council's fiscal deeds ---------------------------------------------------------------------------------

def test_a_county_that_will_raise_its_tax_rate_is_its_council(gaz):
    text = "Pender County will raise its property tax rate by three cents to pay deputies more."
    assert toponym(gaz, text, "Pender County").locational is False


def test_a_county_that_will_borrow_is_its_council(gaz):
    text = "Hoke County will borrow $12 million to build a new middle school near Raeford."
    assert toponym(gaz, text, "Hoke County").locational is False


def test_a_county_that_borrowed_is_its_council(gaz):
    text = "Hoke County borrowed $12 million last year for a new middle school."
    assert toponym(gaz, text, "Hoke County").locational is False


def test_raises_after_a_county_as_a_plural_noun_leave_it_a_place(gaz):
    text = "Deputies in Pender County will get raises next year, the sheriff said."
    assert toponym(gaz, text, "Pender County").locational


def test_rain_that_will_raise_a_river_in_a_county_leaves_the_county_a_place(gaz):
    text = "Heavy rain will raise the level of the Cape Fear River in Pender County this week."
    assert toponym(gaz, text, "Pender County").locational


# -- a river through two countries ------------------------------------------------------------------------------

def test_a_river_flowing_through_two_countries_has_no_single_country(gaz):
    text = "Floods along the Shire River forced families in Nsanje to move to higher ground."
    shire = toponym(gaz, text, "Shire River")
    assert shire.locational and shire.place is not None and shire.place.country_code is None


# -- a list after a cue whose first name is unheld ----------------------------------------------------------

def test_a_cue_before_an_unheld_first_name_covers_the_next_name_of_the_list(gaz):
    # "Portobello" is held only far away (New Zealand, Panama): the cue makes it a place, standing in at the
    # story's own places rather than at its namesake.
    text = "Visitors came from outside Scotland, and hotels in Brackmoor and Portobello reported being full all month."
    assert ("Portobello", "GB") in located(gaz, text)


def test_councils_listed_after_the_counties_of_stay_acting(gaz):
    # The spread reads only names still literal: a list of councils sharing a cost gives none of them a place.
    text = "The counties of Stormont, Dundas and Glengarry will share the cost of a new road."
    assert [name for name, _ in located(gaz, text)] == []
