"""High-school sides in local sport copy: "<Town> <school word>" ("Marion Lincoln", "Bedford Central", "Peoria
Memorial") names a side, after the news probe's convention (the side is no toponym: neither its town nor the
school's word is a place read). Towns the story places firmly stay places. The sentences are invented."""
from conftest import locational_names
from eventwatch.geo import geoparse


def test_a_presidents_surname_after_a_town_is_the_schools_name_not_a_city(gaz):
    text = ("Point guard Sam Ortiz scored 23 points and Huntington held on for a 64-60 win over Logansport Lincoln "
            "on Friday night. Logansport Lincoln had won two straight games before the basketball trip.")
    assert "Lincoln" not in locational_names(gaz, text)


def test_a_side_named_for_its_town_and_school_opening_a_sentence_is_no_place(gaz):
    text = ("Urbandale Centennial beat Norwalk in four sets on Thursday to reach the regional final of the "
            "volleyball tournament, and the Titans will meet Waterloo Northwest on Saturday in Marshalltown. "
            "Senior hitter Jo Lind had 15 kills, and the coach said the team had played its best match of the season.")
    found = locational_names(gaz, text)
    assert "Urbandale" not in found and "Centennial" not in found and "Waterloo" not in found
    assert "Marshalltown" in found


def test_the_town_of_a_side_played_at_is_no_place_but_the_venue_town_is(gaz):
    text = ("The Wildcats play at Peoria Central on Tuesday and host Elgin Catholic on Saturday in the conference "
            "basketball season. Their last game was a 58-50 loss at a tournament in Normal.")
    found = locational_names(gaz, text)
    assert "Peoria" not in found and "Elgin" not in found
    assert "Normal" in found


def test_compass_and_faith_school_words_make_sides(gaz):
    text = ("Quarterback Luke Varner threw three touchdown passes as the Bulldogs beat Columbus Northwest 35-14 on "
            "Friday night, a week after losing to Dayton Christian at home. The football team travels to "
            "Akron Memorial next.")
    found = locational_names(gaz, text)
    assert "Columbus" not in found and "Dayton" not in found and "Akron" not in found


def test_outside_sport_copy_a_town_before_a_compass_word_keeps_its_reading(gaz):
    text = ("Flooding closed roads in Peoria on Tuesday, and the county opened a shelter at a church in Bloomington "
            "for families from the low-lying streets.")
    found = locational_names(gaz, text)
    assert "Peoria" in found and "Bloomington" in found


def test_a_school_building_named_in_full_is_left_to_the_facility_rules(gaz):
    # "High School" after the town names the building: the rule reads a school's word ending the side's name only
    text = ("The basketball team will play its home games at Bedford High School while the gym is rebuilt, the "
            "coach said after the 61-55 win.")
    assert [t.text for t in geoparse(gaz, text) if t.text == "Bedford"] == \
        [t.text for t in geoparse(gaz, text.replace("the 61-55 win", "the meeting")) if t.text == "Bedford"]


def test_a_school_word_city_after_a_lower_case_word_stays_a_place_in_sport_copy(gaz):
    text = ("Logansport Lincoln lost 52-47 in the basketball semifinal, and the team flew home from a tournament in "
            "Lincoln, Neb., where the coach said the players had their best game of the season.")
    assert locational_names(gaz, text).count("Lincoln") == 1
