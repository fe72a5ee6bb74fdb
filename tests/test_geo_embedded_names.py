"""Place names inside other names: a county opening an office's name, an AP state abbreviation opening an
institution's name or a route number, a dateline run on after a headline, two places joined by a hyphen.
Such a name is returned (it says where the story is) but, inside an institution's name, not as where
something happened. Sentences are the project's own."""
from __future__ import annotations

import pytest

from eventwatch.geo import choose_event_location, geoparse
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.recognise import Recogniser


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def rec(gaz) -> Recogniser:
    return Recogniser(gaz)


def spans(rec, text):
    return {text[s.start:s.end]: s for s in rec.recognise(text)}


@pytest.mark.parametrize("text,name", [
    ("Nobody was hurt, said a spokesman for the Travis County Medical Examiner on Friday.", "Travis County"),
    ("Residents may call Smith County Crimestoppers with any tip about the thefts.", "Smith County"),
    ("\"We are patching roads all week,\" said Carroll County Public Works Director Ann Lee.", "Carroll County"),
    ("The fair opens at the Walker County Fairgrounds next weekend.", "Walker County"),
])
def test_a_county_opening_an_office_name_is_kept_as_embedded(rec, text, name):
    found = spans(rec, text)
    assert name in found
    assert found[name].locational is False and found[name].cue == "embedded"


def test_a_county_name_lends_its_reading_to_the_document(gaz):
    text = "A clerk at the Laurel County Adult Education office said classes resume in January."
    tops = {t.text: t for t in geoparse(gaz, text)}
    county = tops["Laurel County"]
    assert county.locational is False
    assert county.place is not None and county.place.admin1 == "Kentucky"


@pytest.mark.parametrize("text,abbr,state", [
    ("The S.C. Highway Patrol said the driver was not wearing a seat belt.", "S.C.", "South Carolina"),
    ("A lawyer for the N.J. Division of Taxation declined to comment.", "N.J.", "New Jersey"),
    ("The W.Va. Trial Lawyers Association held its meeting in the spring.", "W.Va.", "West Virginia"),
])
def test_a_dotted_state_abbreviation_opening_an_institution_is_the_state(gaz, text, abbr, state):
    tops = {t.text: t for t in geoparse(gaz, text)}
    assert abbr in tops
    assert tops[abbr].locational is False
    assert tops[abbr].place is not None and tops[abbr].place.name == state


@pytest.mark.parametrize("text,abbr,state", [
    ("A tractor-trailer overturned on S.C. 9 near the county line on Tuesday.", "S.C.", "South Carolina"),
    ("Crews will repave W.Va. 14 between the two bridges this summer.", "W.Va.", "West Virginia"),
])
def test_a_dotted_state_abbreviation_before_a_route_number_is_the_state(gaz, text, abbr, state):
    tops = {t.text: t for t in geoparse(gaz, text)}
    assert abbr in tops and tops[abbr].place is not None and tops[abbr].place.name == state


@pytest.mark.parametrize("text", [
    "The wholesale price rose to S.C. 5,000 units a week.",  # a figure, not a route
    "Prices in IN 5 stores rose.",  # a bare code never stands for a state here
    "The firm hired W.Va. consultants last year.",  # no institution's head follows
])
def test_an_abbreviation_without_a_route_or_institution_is_not_read(rec, text):
    assert not any(s.abbreviation and s.cue == "embedded" for s in rec.recognise(text))
    assert "W.Va." not in spans(rec, text) and "IN" not in spans(rec, text)


@pytest.mark.parametrize("text,name", [
    ("Water main breaks downtown. TORRINGTON — Crews worked through the night on Elm Street.", "TORRINGTON"),
    ("Man held after chase. MIDDLETOWN - Police arrested a driver early Friday.", "MIDDLETOWN"),
])
def test_a_dateline_in_capitals_after_a_headline_is_a_place(rec, text, name):
    found = spans(rec, text)
    assert name in found and found[name].cue == "dateline" and found[name].locational


def test_a_capitalised_word_opening_a_sentence_before_a_dash_is_not_a_dateline(rec):
    assert "THE" not in spans(rec, "It rained. THE END - nothing more happened.")


def test_two_places_joined_by_a_hyphen_are_both_kept(rec):
    found = spans(rec, "Storms crossed the Dallas-Fort Worth area overnight.")
    assert "Dallas" in found and "Fort Worth" in found


def test_an_embedded_county_is_never_the_event_place(gaz):
    text = ("A spokesman for the Travis County Medical Examiner said two men were shot dead in Houston "
            "on Saturday.")
    tops = geoparse(gaz, text)
    place = choose_event_location(tops, 0, len(text))
    assert place is not None and place.name == "Houston"


@pytest.mark.parametrize("text,word", [
    ("Lincoln Financial Group reported higher profits.", "Lincoln"),
    ("Toyota Motor Credit raised its rates.", "Toyota"),
    ("Patrick Kelly Consulting won the contract.", "Patrick"),
])
def test_persons_and_brands_opening_a_name_are_not_places(rec, text, word):
    found = spans(rec, text)
    assert not any(k.startswith(word) and s.locational for k, s in found.items())


@pytest.mark.parametrize("text,name", [
    ("Budget talks stall. A Merrimack County Superior Court justice ruled on the motion.", "Merrimack County"),
    ("Man jailed. CORSICANA — A Henderson County man was jailed on Tuesday.", "Henderson County"),
    # "Only" is an ordinary word here: the document also writes it in lower case
    ("Only Travis County, with five, sent more teams. The others sent only two.", "Travis County"),
])
def test_a_name_after_a_sentence_opening_article_is_not_part_of_a_longer_name(rec, text, name):
    assert name in spans(rec, text)


def test_a_town_before_a_person_noun_names_an_origin_not_where_it_happened(rec):
    found = spans(rec, "At the meeting a Waco councillor said the bridge would be rebuilt.")
    assert "Waco" in found and found["Waco"].locational is False


def test_a_party_word_after_a_state_abbreviation_names_the_state(gaz):
    tops = {t.text: t for t in geoparse(gaz, "The senator, a W.Va. Democrat, voted against the bill.")}
    assert "W.Va." in tops and tops["W.Va."].locational is False
    assert tops["W.Va."].place is not None and tops["W.Va."].place.name == "West Virginia"


def test_a_party_word_alone_is_not_a_place(rec):
    found = spans(rec, "Voters chose a Democrat in the White House and a Republican in the Senate.")
    assert "Democrat" not in found and "Republican" not in found
