"""A place name opening an event's name is where the event is held: "the Leeds Book Fair" happens in Leeds,
unlike "Leeds United" or "the Leeds Building Society", which only carry the name. Every sentence here is
invented for the test."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def reading(gaz, text: str, name: str) -> tuple[bool, str | None]:
    """Whether `name` is read as where something is or happens, and the cue that says so."""
    t = next(t for t in geoparse(gaz, text) if t.text == name)
    return t.locational, t.cue


@pytest.mark.parametrize("text, name", [
    ("Thousands ran in the Bristol Marathon on Sunday.", "Bristol"),
    ("The Leeds Book Fair drew large crowds.", "Leeds"),
    ("The 10th Nairobi Film Festival closed on Saturday.", "Nairobi"),
    ("Voting in the Punjab Assembly election begins next week.", "Punjab"),
])
def test_a_place_opening_an_events_name_is_its_venue(gaz, text, name):
    assert reading(gaz, text, name) == (True, "event")


@pytest.mark.parametrize("text, name", [
    ("He won the Hungarian Grand Prix last year.", "Hungarian"),
    ("Teams are preparing for the new Spanish Rally Car season.", "Spanish"),
])
def test_a_demonym_opening_an_events_name_is_the_country_holding_it(gaz, text, name):
    assert reading(gaz, text, name) == (True, "event")


@pytest.mark.parametrize("text, name", [
    ("Leeds United won again.", "Leeds"),  # a club carries the name wherever it plays
    ("Shares in the Leeds Building Society rose.", "Leeds"),  # a firm's name
])
def test_a_place_opening_a_clubs_or_firms_name_stays_embedded(gaz, text, name):
    assert reading(gaz, text, name) == (False, "embedded")


def test_a_name_inside_an_events_title_is_not_its_venue(gaz):
    # "Jazz" stands in the middle of the title: only the opening name is the venue
    assert all(t.cue != "event" for t in geoparse(gaz, "The Toledo Jazz Festival starts today.") if t.text != "Toledo")


def test_a_demonym_naming_a_body_is_not_the_venue_of_its_meeting(gaz):
    # the union's summit meets wherever its members choose; the adjective names the body, not a place
    text = "Leaders gathered for the African Union summit on Sunday."
    assert all(t.cue != "event" for t in geoparse(gaz, text) if t.text == "African")
