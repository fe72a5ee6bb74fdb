"""Named facilities and venues read as places where the words around them say so, though no locative
preposition comes before them: admissions lists, court appearances, what a building is or holds, labelled
lists, race calendars, events at a time. Institutions acting, teams and people stay no places. Sentences
are the project's own."""
from __future__ import annotations

import pytest

from eventwatch.geo.facilities import is_site, load_facilities
from eventwatch.geo.facility_lists import labelled_items
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.recognise import Recogniser


@pytest.fixture(scope="module")
def rec() -> Recogniser:
    return Recogniser(Gazetteer.load(), facilities=True)


def facilities_in(rec, text: str) -> set[str]:
    return {text[s.start:s.end] for s in rec.recognise(text) if s.facility and s.locational}


# -- admissions and lists ---------------------------------------------------------------------------------


def test_universities_one_is_accepted_to_are_destinations_and_share_the_cue_along_the_list(rec):
    text = ("She has been accepted to Ridgeview Atlantic University, Coastal Polytechnic State University "
            "and Marwood State University, the paper reported.")
    assert facilities_in(rec, text) >= {"Ridgeview Atlantic University", "Coastal Polytechnic State University",
                                        "Marwood State University"}


def test_a_known_place_after_a_listed_facilitys_comma_may_open_the_next_facility(rec):
    text = "He applied to Ohio Northern University, Kent State University and Portland State University."
    assert facilities_in(rec, text) == {"Ohio Northern University", "Kent State University",
                                        "Portland State University"}


def test_a_professor_at_a_university_still_ties_a_person_to_the_institution(rec):
    assert not facilities_in(rec, "She is a professor at Ridgeview Atlantic University and a novelist.")


def test_a_labelled_list_makes_each_school_a_place_even_by_its_level_alone(rec):
    text = "Schools: Maple Elementary, Ronald Thomas Walker Middle, Liberty High. Transit: buses run hourly."
    assert facilities_in(rec, text) == {"Maple Elementary", "Ronald Thomas Walker Middle", "Liberty High"}


def test_a_labelled_list_of_buildings_takes_items_with_a_head_and_leaves_the_rest(rec):
    text = "Audits will cover the following buildings: Glenmore NS; Dunlavin Institute; Kells Theatre."
    found = facilities_in(rec, text)
    assert {"Glenmore NS", "Kells Theatre"} <= found and "Dunlavin Institute" not in found


def test_a_school_level_read_alone_as_a_town_lends_the_school_no_reading(rec):
    text = "Schools: Al-Nour Primary, Martyrs Secondary."
    found = {text[s.start:s.end]: s for s in rec.recognise(text)}
    assert found["Al-Nour Primary"].facility and found["Al-Nour Primary"].unknown
    assert "Primary" not in found and found["Martyrs Secondary"].facility


@pytest.mark.parametrize("text", [
    "Speakers: John Smith, Mary High, Peter Middle.",
    "The index hit a record high on Monday, traders said.",
    "Liberty High won the league title on Friday.",
])
def test_school_levels_make_no_place_outside_a_labelled_list(rec, text):
    assert not facilities_in(rec, text)


def test_labelled_items_reads_the_items_of_a_label_up_to_the_end_of_its_sentence():
    text = "Schools : Oak Elementary, Pine Middle. Parks are nearby, and Elm High is far."
    items = [" ".join(t.text for t in tokenize(text)[i:j]) for i, j in
             labelled_items(text, tokenize(text), load_facilities())]
    assert items == ["Oak Elementary", "Pine Middle"]


# -- courts ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,name", [
    ("He will appear before Dunmore District Court on Monday.", "Dunmore District Court"),
    ("He missed his third hearing today at Kilbride District Court.", "Kilbride District Court"),
    ("She stood in the dock of Armagh Magistrate's Court with a cut lip.", "Armagh Magistrate's Court"),
    ("He is due to appear next Monday in Litchfield Superior Court.", "Litchfield Superior Court"),
    ("Both brothers appeared at Hexley Magistrates' Court on Friday.", "Hexley Magistrates' Court"),
])
def test_a_court_someone_appears_in_is_where_they_are(rec, text, name):
    assert name in facilities_in(rec, text)


@pytest.mark.parametrize("text", [
    "The Fairview District Court ruled that the law was void.",
    "Judge Hale of the Marlow Regional Trial Court found him guilty.",
    "She filed a suit in Ashton Circuit Court last week.",
])
def test_a_court_ruling_or_a_judge_of_it_is_the_institution(rec, text):
    assert not facilities_in(rec, text)


# -- what a building is or holds -----------------------------------------------------------------------------


@pytest.mark.parametrize("text,name", [
    ("Pine Hollow Golf Club is a private club.", "Pine Hollow Golf Club"),
    ("Harmon University is the oldest university in the state.", "Harmon University"),
    ("Oakridge Village Center houses a bakery and a bank.", "Oakridge Village Center"),
    ("Mercy Medical Center, the main public hospital, is funded by the levy.", "Mercy Medical Center"),
    ("By 1975 the old depot was home to the Christopher Inn, which sheltered families.", "Christopher Inn"),
])
def test_a_name_said_to_be_a_building_or_holding_things_is_a_place(rec, text, name):
    assert name in facilities_in(rec, text)


@pytest.mark.parametrize("text", [
    "Harmon University is a leader in research on soils.",
    "Westbrook College, a private college, said it would close in June.",
    "Jerry Hall is a model and an actress.",
    "Mercy Hospital officials said the wards were full.",
])
def test_a_description_that_is_no_building_or_an_institution_acting_is_no_place(rec, text):
    assert not facilities_in(rec, text)


# -- venues named by their surroundings ----------------------------------------------------------------------


@pytest.mark.parametrize("text,name", [
    ("She showed how to roast a chicken at Harvest Foods on Tuesday.", "Harvest Foods"),
    ("The season, which will start on May 5/6 at Dunmoor Lanes, is the longest yet.", "Dunmoor Lanes"),
    ("The championship gets going tomorrow at Dunmoor Lanes, where the champion defends his title.",
     "Dunmoor Lanes"),
    ("The benefit will be held on May 4 at Lanterns restaurant, organisers said.", "Lanterns restaurant"),
])
def test_a_venue_is_placed_by_a_time_or_a_where_clause_after_at(rec, text, name):
    assert name in facilities_in(rec, text)


def test_a_day_after_a_buildings_name_does_not_lengthen_it(rec):
    assert "Cedar Ridge Community Center" in facilities_in(
        rec, "A vigil is planned at the Cedar Ridge Community Center Thursday night.")


def test_a_race_calendar_names_each_venue_with_its_county(rec):
    text = "The 2019 calendar. 14/15 May: Quellby, Fife. 9/10 June: Dunmoor Lanes, Devon."
    assert {"Quellby", "Dunmoor Lanes"} <= facilities_in(rec, text)


@pytest.mark.parametrize("text", [
    "The champions drew at Aston Villa on Sunday.",
    "Arsenal lost on Saturday at Bolton Wanderers after a late goal.",
    "Harvest Foods reported earnings on Tuesday.",
    "They met at John Carter on Monday.",
    "An analyst at Goldman Sachs on Monday said rates would rise.",
])
def test_a_home_team_an_employer_a_company_acting_or_a_person_is_no_venue(rec, text):
    assert not facilities_in(rec, text)


def test_a_venue_noun_alone_with_no_town_or_time_makes_no_venue(rec):
    assert not facilities_in(rec, "Prices rose at Lanterns restaurant in March, the owner said.")


def test_a_venue_closed_by_its_noun_is_a_building_not_a_site():
    assert not is_site("Seasons restaurant") and not is_site("the Anchor pub")
    assert is_site("the Tishrin dam") and is_site("the Mezzeh military airport")
