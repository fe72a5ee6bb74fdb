"""Local and regional press outside the US (news probe batch twenty): how its papers write places.

Australian papers name a part of a state by its kind of country ("regional Victoria", "outback Queensland");
British match reports name clubs "Town County" and shorten them to the town; hospitals are named for an
office with its possessive ("the Queen's Medical Centre").
"""
from __future__ import annotations

from conftest import toponym


def test_a_state_after_regional_is_where_the_clinics_are(gaz):
    t = toponym(gaz, "Patients in regional Queensland are waiting weeks for a specialist.", "Queensland")
    assert t.locational and t.place.country_code == "AU"


def test_a_city_after_outer_or_metropolitan_is_the_city(gaz):
    for text in ("Families in outer Adelaide are paying more for power.",
                 "Schools in metropolitan Adelaide are closing early."):
        assert toponym(gaz, text, "Adelaide").locational, text


def test_a_town_county_side_in_a_league_report_is_the_club(gaz):
    # an invented club: no registry holds it, the British town and the word of sport make it one
    text = "Barnsley County beat the visitors 3-0 to go top of the league."
    assert not toponym(gaz, text, "Barnsley County").locational


def test_a_us_county_in_a_league_report_stays_a_county(gaz):
    text = "Floods in Orange County postponed the league fixture until next week."
    assert toponym(gaz, text, "Orange County").locational


def test_a_registered_league_club_named_town_and_word_is_the_club(gaz):
    from eventwatch.geo import geoparse

    text = "Doncaster Rovers won the league fixture against the leaders with two late goals."
    assert all(not t.locational for t in geoparse(gaz, text) if t.text in ("Doncaster", "Doncaster Rovers"))


def test_a_hospital_named_for_an_office_keeps_its_whole_name(gaz):
    from eventwatch.geo import geoparse

    names = [t.text for t in geoparse(gaz, "The driver was taken to the King's General Hospital in Leeds.")]
    assert "King's General Hospital" in names and "General Hospital" not in names
