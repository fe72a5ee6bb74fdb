"""Known places the recogniser used to refuse: a town someone goes to, a town a junction is named for, a
legislator's home, a division the news writes without its official words, a place run into the next sentence,
and US civil townships. Invented sentences only."""
import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.sources import derived_names


def _found(gaz, text):
    return {t.text: t for t in geoparse(gaz, text)}


@pytest.mark.parametrize("text, town", [
    ("Police were called to Tewkesbury on Friday night.", "Tewkesbury"),
    ("Firefighters rushed back to Stroud after the second alarm.", "Stroud"),
    ("A tribute act comes to Cirencester this weekend.", "Cirencester"),
    ("Her trip to Tewkesbury was cut short.", "Tewkesbury"),
])
def test_a_small_town_after_a_verb_or_noun_of_going_and_to_is_a_place(gaz, text, town):
    t = _found(gaz, text)[town]
    assert t.locational and t.place is not None and t.place.name == town and t.place.country_code == "GB"


def test_to_after_a_verb_of_writing_still_does_not_make_a_surname_a_place(gaz):
    assert "Taylor" not in _found(gaz, "The council wrote to Taylor about the fence.")


@pytest.mark.parametrize("text", [
    "Lorries queued at the A419 Cirencester junction for an hour.",
    "The road was shut between the Tewkesbury roundabout and the motorway.",
])
def test_a_junction_named_for_a_town_places_the_town(gaz, text):
    town = next(n for n in ("Cirencester", "Tewkesbury") if n in text)
    t = _found(gaz, text)[town]
    assert t.locational and t.place is not None and t.place.name == town


@pytest.mark.parametrize("text, home", [
    ("The bill's sponsor, Rep. Ann Roe, D-Chicopee, spoke first.", "Chicopee"),
    ("Sen. Bo Poe (R-Moorpark) voted against it.", "Moorpark"),
    ("Sen. Al Doe, DFL-Chisholm, objected.", "Chisholm"),
])
def test_a_legislators_party_letter_and_home_name_a_place_that_is_no_event_site(gaz, text, home):
    t = _found(gaz, text)[home]
    assert not t.locational and t.cue == "affiliation" and t.place is not None and t.place.name == home


@pytest.mark.parametrize("official, usual", [
    ("County of Ceredigion", "Ceredigion"), ("Sir Powys", "Powys"), ("City and County of Swansea", "Swansea"),
    ("Caerphilly County Borough", "Caerphilly"), ("County Tipperary", "Tipperary"),
    ("The Scottish Borders", "Scottish Borders"), ("Borough of Halton", "Halton"),
    ("Provincia di Bergamo", "Bergamo"),
])
def test_a_divisions_official_words_are_dropped_for_the_name_the_news_writes(official, usual):
    assert usual in derived_names(official)


@pytest.mark.parametrize("official", ["District of Columbia", "City of London"])
def test_city_of_and_district_of_stay_with_the_name(official):
    assert derived_names(official) == []


def test_a_welsh_county_the_news_names_without_county_of_resolves(gaz):
    t = _found(gaz, "A walker went missing in Ceredigion on Sunday.")["Ceredigion"]
    assert t.place is not None and t.place.feature_code == "ADM2" and t.place.country_code == "GB"


def test_a_town_and_state_run_into_the_next_sentence_stay_a_place(gaz):
    found = _found(gaz, "Flooding in Oakdale, Louisiana The water rose overnight.")
    assert found["Louisiana"].locational and found["Louisiana"].place.feature_code == "ADM1"


def test_a_township_is_one_name_resolved_in_the_state_the_text_gives(gaz):
    found = _found(gaz, "A barn burned in Washington Township, Ohio, on Monday.")
    t = found["Washington Township"]
    assert t.locational and t.place is not None and t.place.country_code == "US" and t.place.admin1 == "Ohio"
    assert "Washington" not in found


def test_a_township_in_a_text_naming_no_state_is_an_unknown_place_not_the_capital(gaz):
    t = _found(gaz, "Deputies searched a field in Jackson Twp. on Monday.")["Jackson Twp."]
    assert t.locational and t.place is None


def test_a_township_opening_an_institutions_name_is_no_event_site(gaz):
    t = _found(gaz, "Washington Township Police said the road in Ohio reopened.")["Washington Township"]
    assert not t.locational


@pytest.mark.parametrize("text, town", [
    ("Jensen, 87, of Williston, was hurt in the crash.", "Williston"),
    ("The driver, Marvin Lane, 80, both of Williston, was unhurt.", "Williston"),
    ("James Tauber of Grantville was driving the second car.", "Grantville"),
    ("She leaves a brother, Gary Roe Sr. of Grantville.", "Grantville"),
])
def test_where_a_person_is_of_is_a_place(gaz, text, town):
    t = _found(gaz, text)[town]
    assert t.locational and t.place is not None and t.place.name == town and t.place.country_code == "US"


@pytest.mark.parametrize("text, name", [
    ("The Mount Airy Chamber of Commerce met on Monday.", "Commerce"),
    ("Rabbi Dan Roe of Shaare Torah Congregation spoke.", "Shaare Torah Congregation"),
])
def test_of_after_an_institution_or_before_a_longer_name_is_no_residence(gaz, text, name):
    assert name not in _found(gaz, text)


def test_a_township_the_gazetteer_lacks_is_still_one_unknown_place(gaz):
    found = _found(gaz, "Residents of Quillerton Township objected to the plan.")
    t = found["Quillerton Township"]
    assert t.locational and t.place is None
