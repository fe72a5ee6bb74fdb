"""Local news capitalises many words that are no places: an award's title ("Man of the Year"), a contest's
grouping ("the Teen category", "Class 3A"), a field someone is qualified in ("a degree in Public Health"), a
programme's gerund title ("the Shaping the Next Decade panel"), a housing complex named like a landscape ("the
Willow Creek apartments") and a shop named for its owner ("Marshall's Welding", "at Tyler's,"). Small towns share
some of those words, and an unlisted capitalised phrase after "in" reads like a place; none of them is one. A
returned building (a facility) is no fault here; a town read from such a word is. The places beside them stay.
Sentences invented for these tests."""
import pytest

from conftest import found_names, locational_names


# -- an award's title: "<Word> of the Year" ---------------------------------------------------------------------


def test_a_word_before_of_the_year_is_an_award_title(gaz):
    text = "Tom Reyes was named Man of the Year by the Rotary club in Tulsa on Friday."
    assert found_names(gaz, text) == ["Tulsa"]


def test_a_word_before_of_the_month_is_an_award_title(gaz):
    text = "The shelter in Macon named Joan Pike its Woman of the Month and Rob Hale its Man of the Month."
    assert found_names(gaz, text) == ["Macon"]


def test_a_town_likened_to_another_place_is_still_the_town(gaz):
    text = "Boosters call Galveston the Venice of the Gulf Coast, and visitors from Houston agree."
    assert "Houston" in locational_names(gaz, text)


def test_a_town_named_man_is_kept_where_the_story_places_something_there(gaz):
    text = "Fighting broke out near Man, in western Ivory Coast, on Sunday, residents said."
    assert "Man" in locational_names(gaz, text)


# -- a contest's grouping: "the Teen category", "Class 4A" -------------------------------------------------------


def test_a_word_before_category_is_the_contest_group(gaz):
    text = "Ana Ruiz of Lima won in the Teen category of the pageant held in Findlay."
    assert found_names(gaz, text) == ["Lima", "Findlay"]


@pytest.mark.xfail(reason="'Ames' (Iowa) is not read as a place at all, even in 'The race went through Ames on "
                          "Sunday': a recall gap outside the contest-group rule, which drops 'Junior' here",
                   strict=True)
def test_a_word_before_division_in_a_race_is_the_contest_group(gaz):
    text = "Joe Kim finished second in the Junior category of the fun run through Ames."
    assert found_names(gaz, text) == ["Ames"]


def test_a_word_before_category_in_a_race_is_the_contest_group(gaz):
    text = "Joe Kim finished second in the Junior category of the fun run in Ottumwa."
    assert found_names(gaz, text) == ["Ottumwa"]


def test_fields_after_minor_in_are_no_places(gaz):
    text = "She has a minor in Fine Arts and a major in Political Science from a college in Salina."
    assert found_names(gaz, text) == ["Salina"]


def test_class_with_a_sports_code_is_a_school_grouping(gaz):
    text = "The Bulldogs of Newton are ranked third in Class 4A this season."
    assert found_names(gaz, text) == ["Newton"]


def test_class_with_a_sports_code_after_placing_first(gaz):
    text = "The choir placed first in Class 2A at the district contest in Ottumwa."
    assert found_names(gaz, text) == ["Ottumwa"]


def test_a_town_before_a_division_word_stays_the_town(gaz):
    text = "Police in Boston said the Senior division of the marathon was cancelled."
    assert "Boston" in locational_names(gaz, text)


def test_a_small_town_after_in_stays_a_town(gaz):
    text = "The county fair drew crowds in Hope last weekend, organisers said."
    assert "Hope" in locational_names(gaz, text)


# -- a field of study or practice: "a degree in Public Health" ----------------------------------------------------


def test_a_field_after_certification_in_is_no_place(gaz):
    text = "She earned a certification in Human Resources and now works in Dayton."
    assert found_names(gaz, text) == ["Dayton"]


@pytest.mark.xfail(reason="'The Marion native' loses Marion whatever follows ('The Marion native moved away'): a "
                          "recall gap outside the study-field rule, which drops both fields here", strict=True)
def test_fields_after_major_and_minor_are_no_places(gaz):
    text = "The Marion native has a major in Political Science and a minor in Fine Arts."
    assert found_names(gaz, text) == ["Marion"]


def test_a_field_after_diploma_in_is_no_place(gaz):
    text = "She holds a diploma in Early Childhood Education and teaches in Fargo."
    assert found_names(gaz, text) == ["Fargo"]


def test_a_field_after_degree_in_is_no_place(gaz):
    text = "He has a master's degree in Public Health and moved to Akron in May."
    assert found_names(gaz, text) == ["Akron"]


def test_a_town_after_studied_in_stays_a_town(gaz):
    text = "She studied in Boston before she returned to Duluth."
    assert locational_names(gaz, text) == ["Boston", "Duluth"]


def test_a_town_after_trained_in_stays_a_town(gaz):
    text = "The surgeon trained in Kharkiv and practised in Lviv."
    assert locational_names(gaz, text) == ["Kharkiv", "Lviv"]


# -- a programme's gerund title: "the Shaping the Next Decade panel" ----------------------------------------------


def test_a_gerund_opening_a_title_is_no_place(gaz):
    text = "The board in Elyria weighed a report by the Shaping the Next Decade panel on Monday."
    assert found_names(gaz, text) == ["Elyria"]


def test_a_town_of_note_before_the_is_kept(gaz):
    text = "The students travelled from Reading the next morning to a meet in Oxford."
    assert "Reading" in locational_names(gaz, text)


# -- a housing complex named like a landscape: "the Willow Creek apartment complex" ----------------------------


def test_names_before_apartment_complexes_are_the_complexes(gaz):
    text = "The city wants to raze the Willow Creek and Cedar Hills apartment complexes on Elm Street in Tyler."
    assert found_names(gaz, text) == ["Elm Street", "Tyler"]


def test_a_name_before_apartments_is_the_complex(gaz):
    text = "Firefighters from Lufkin were called to the Pine Meadows apartments late on Sunday."
    assert found_names(gaz, text) == ["Lufkin"]


def test_a_name_before_a_mobile_home_park_is_the_park(gaz):
    text = "Residents of the Oak Hollow mobile home park outside Conroe were told to leave."
    assert found_names(gaz, text) == ["Conroe"]


def test_a_town_of_note_before_apartment_is_the_town(gaz):
    text = "She rented a Beverly Hills apartment before she moved back to Omaha."
    assert "Beverly Hills" in found_names(gaz, text)


def test_a_city_before_apartment_complex_is_the_city(gaz):
    text = "A fire gutted a Houston apartment complex early on Monday, officials said."
    assert "Houston" in found_names(gaz, text)


# -- a shop named for its owner: "Marshall's Welding", "at Tyler's," -----------------------------------------------


def test_a_name_owning_a_trade_is_the_owners_shop(gaz):
    text = "Vandals spray-painted Irving's Welding on Pine Street in Lawton overnight."
    assert found_names(gaz, text) == ["Pine Street", "Lawton"]


def test_a_name_owning_a_bakery_is_the_owners_shop(gaz):
    text = "She hopes to work at Tyler’s Bakery in Longview next spring."
    assert "Tyler" not in found_names(gaz, text)  # the bakery may be returned as a building, never the town
    assert "Longview" in locational_names(gaz, text)


def test_a_possessive_name_alone_after_at_is_a_shop(gaz):
    text = "A fundraiser will be held at Tyler’s, 120 Oak Ave., in Marshall on Friday."
    assert "Tyler" not in found_names(gaz, text)
    assert "Marshall" in locational_names(gaz, text)


def test_a_city_owning_a_museum_is_still_the_city(gaz):
    text = "Boston's Museum of Fine Arts reopened its west wing on Saturday."
    assert "Boston" in found_names(gaz, text)


def test_a_city_owning_an_airport_is_still_the_city(gaz):
    text = "Flights out of Chicago's Midway Airport were delayed by snow."
    assert "Chicago" in found_names(gaz, text)


def test_a_city_owning_a_gallery_or_theatre_is_still_the_city(gaz):
    text = "London's National Gallery and Chicago's Goodman Theatre lent the paintings."
    names = found_names(gaz, text)
    assert "London" in names and "Chicago" in names
