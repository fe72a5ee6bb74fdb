"""Local papers name many people by a given name and a surname that a town shares ("Darla Ashland", "Kasey
Denton"), and name languages by the word that also names a people ("she speaks fluent French", "a French
immersion school"). Neither is a place: a surname beside a common given name is the person's, and a language
spoken, taught or paired with another language is the language. The people of a country ("French officials")
and a town after a place cue stay. Sentences invented for these tests."""
import pytest

from conftest import found_names


# -- a surname beside a common given name is a person's ------------------------------------------------------


@pytest.mark.parametrize("text, places", [
    ("Darla Ashland, a member of the historical society, spoke in Dayton on Friday.", ["Dayton"]),
    ("Kasey Denton was named the best speaker at the debate in Frankfort.", ["Frankfort"]),
    ("Mitch Lowell and Tom Reyes toured the plant in Decatur.", ["Decatur"]),
    ("Tami Hazard, 41, was charged in Lafayette with theft.", ["Lafayette"]),
])
def test_a_surname_after_a_common_given_name_is_the_persons(gaz, text, places):
    assert found_names(gaz, text) == places


def test_a_town_after_a_place_cue_beside_a_persons_name_stays_the_town(gaz):
    text = "Darla Ashland moved to Denton last spring."
    assert "Denton" in found_names(gaz, text)


# -- a language spoken, taught, paired or used is the language ------------------------------------------------


@pytest.mark.parametrize("text, places", [
    ("When she came to Tulsa she spoke only French and Farsi.", ["Tulsa"]),
    ("He speaks fluent Spanish, the pastor in Amarillo said.", ["Amarillo"]),
    ("The nurse in Topeka speaks fluent Spanish which helps her patients.", ["Topeka"]),
    ("The station in Miami broadcast the show in English and Spanish.", ["Miami"]),
    ("Parents in Sudbury want a French immersion program at the school.", ["Sudbury"]),
    ("She teaches Italian at the high school in Erie.", ["Erie"]),
    ("The library in Salem offers German lessons on Tuesdays.", ["Salem"]),
])
def test_a_language_spoken_taught_or_paired_is_no_place(gaz, text, places):
    assert found_names(gaz, text) == places


@pytest.mark.parametrize("text, name", [
    ("French officials met the mayor of Tulsa on Monday.", "French"),
    ("He reads French newspapers at the cafe in Tulsa.", "French"),
    ("A French national was charged in Tulsa on Tuesday.", "French"),
    ("They spoke to Spanish diplomats in Madrid.", "Spanish"),
])
def test_a_people_beside_the_same_words_stays_the_people(gaz, text, name):
    assert name in found_names(gaz, text)


# -- a town's name opening a member of a list of people's names is a given name ---------------------------------


@pytest.mark.parametrize("text, places", [
    ("Winners were Tom Reyes, Mary Cole, Dalton Pruitt and Ann Fisk of the club in Macon.", ["Macon"]),
    ("On the committee are Bobby Crane, Sydney Marlow, Joan Pike and Rob Hale.", []),
    ("Helpers included Ann Fisk, Troy Webb, Tyler Ames and Joe Kim at the fair in Tulsa.", ["Tulsa"]),
])
def test_a_town_opening_a_persons_name_in_a_list_of_people_is_a_given_name(gaz, text, places):
    assert found_names(gaz, text) == places


@pytest.mark.parametrize("text, name", [
    # a list of places keeps its towns; so does a town with a place cue of its own
    ("The team played in Dalton, Rome and Calhoun last week.", "Dalton"),
    ("Tom Reyes, Mary Cole and Joan Pike drove in from Dalton on Monday.", "Dalton"),
])
def test_a_town_in_a_list_of_places_or_after_a_cue_stays_the_town(gaz, text, name):
    assert name in found_names(gaz, text)


def test_a_towns_police_listed_beside_people_stays_the_town(gaz):
    text = "Thanks go to Tom Reyes, Mary Cole, Joan Pike and Dalton Police for their help."
    assert "Dalton" in found_names(gaz, text)


def test_a_people_after_a_verb_of_writing_stays_the_people(gaz):
    text = "The mayor of Tulsa wrote Turkish officials about the exchange program."
    assert "Turkish" in found_names(gaz, text)
