"""A division named by compass words alone ("North", "West", "North West") is read only where the document
names its country (geo/generic_divisions.py)."""
from __future__ import annotations

import pytest

from conftest import found_names, toponym


@pytest.mark.parametrize("text, word", [
    ("Voters in the North turned out in large numbers, the pollster said.", "North"),
    ("Farmers here grow the same crops as they do in the West.", "West"),
    ("Planners picked North West Hollowfield as the site for the new depot.", "North West"),
])
def test_a_compass_name_is_no_division_where_its_country_goes_unnamed(gaz, text, word):
    assert word not in found_names(gaz, text)


def test_a_compass_name_is_its_countrys_division_where_the_document_names_the_country(gaz):
    text = "Cameroon sent trucks. Floods had cut the roads in the West, officials said."
    t = toponym(gaz, text, "West")
    assert t.place is not None and t.place.country_code == "CM"


def test_a_division_word_after_the_compass_name_names_the_division(gaz):
    t = toponym(gaz, "Separatists burned a school in the North West region overnight.", "North West")
    assert t.place is not None and t.place.feature_code == "ADM1"


def test_the_gulf_after_the_persian_gulf_is_still_the_sea(gaz):
    # "Gulf" is no compass word: the rule leaves it to the readers of short feature names
    t = toponym(gaz, "Tankers crossed the Persian Gulf on Monday. Shipping in the Gulf slowed.", "Gulf")
    assert t.place is not None and t.place.name == "Persian Gulf"


def test_a_compass_word_naming_a_street_is_left_to_the_street_readers(gaz):
    assert "North" in found_names(gaz, "The road is shut between North and Elm avenues until Friday.")


def test_a_compass_name_listed_with_other_divisions_keeps_its_reading(gaz):
    names = found_names(gaz, "Cholera spread to Kumba, South West and West, officials said.")
    assert "West" in names and "South West" in names


def test_a_division_word_after_a_list_of_compass_names_names_them_all(gaz):
    names = found_names(gaz, "Cases rose in the North West and South West regions last week.")
    assert "North West" in names and "South West" in names


def test_a_compass_name_is_no_hamlet_of_a_named_country(gaz):
    # the document names the United States, which holds hamlets called "North" but no division
    assert "North" not in found_names(gaz, "Across the United States, voters in the North backed the plan.")


def test_a_firmly_placed_town_found_in_one_country_names_that_country(gaz):
    # the gazetteer holds Kumbo as a plain town: placed firmly and found only in Cameroon, it names Cameroon
    t = toponym(gaz, "Gunmen stormed a clinic near Kumbo in the North West on Sunday.", "North West")
    assert t is not None and t.place is not None and t.place.country_code == "CM"


def test_a_town_found_in_several_countries_names_none_of_them(gaz):
    assert "North" not in found_names(gaz, "Voters near Richmond in the North backed the plan.")
