"""A bare town of another state, in a story that names its own state, is a local place the gazetteer lacks.

US, Canadian and Australian papers write a town of another state with its state ("Loveland, Colo.") and
leave only big cities bare. So in a story datelined in a state ("CULLMAN, Ala. —"), a bare town name whose
readings all lie in other states, far from every place the story gives, names a local place the gazetteer
does not hold: it stands in at the story's places rather than taking a namesake 2,000 km away. A state named
anywhere else in a story (where someone trained, who said what) does not set the story there. Every sentence
here is invented.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import Gazetteer, geoparse, resolve_names


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


def _named(toponyms, name):
    return next(t for t in toponyms if t.text == name)


def test_a_bare_out_of_state_town_in_a_story_set_in_alabama_stands_in_at_the_story(gazetteer):
    text = ("CULLMAN, Ala. — Volunteers from Hanceville and Logan cleared fallen trees from county roads on "
            "Saturday after a storm knocked out power to 9,000 homes.")
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("CULLMAN", "Ala.", "Hanceville", "Logan")]
    logan = _named(resolve_names(gazetteer, text, spans), "Logan")
    assert logan.place is None
    assert logan.fallback is not None and logan.fallback.admin1 == "Alabama"


def test_a_state_named_past_the_dateline_does_not_set_the_story(gazetteer):
    text = ("The clinic in Logan will be led by Dr. Ann Lee, who trained at a hospital in Cullman, Ala., the "
            "health system said on Monday.")
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Logan", "Cullman", "Ala.")]
    logan = _named(resolve_names(gazetteer, text, spans), "Logan")
    assert logan.place is not None and logan.place.admin1 == "Utah"


def test_a_town_written_with_its_state_keeps_that_state(gazetteer):
    text = ("CULLMAN, Ala. — The new fire chief, who served 12 years in Loveland, Colo., starts on Monday, "
            "the city said.")
    loveland = _named(geoparse(gazetteer, text), "Loveland")
    assert loveland.place is not None and loveland.place.admin1 == "Colorado"


def test_a_big_city_of_another_state_is_still_that_city(gazetteer):
    text = ("CULLMAN, Ala. — The new fire chief, who spent a decade with the department in Denver, starts on "
            "Monday, the city said.")
    denver = _named(geoparse(gazetteer, text), "Denver")
    assert denver.place is not None and denver.place.admin1 == "Colorado"


def test_the_rule_is_kept_to_papers_that_write_states_so(gazetteer):
    # Taiwan's first-level divisions are its counties and cities; an island county of another division
    # named beside them is no namesake.
    text = ("Farmers in Pingtung and Chiayi said on Monday that ferries to Kinmen would carry their fruit "
            "to buyers there.")
    kinmen = _named(geoparse(gazetteer, text), "Kinmen")
    assert kinmen.place is not None and kinmen.place.country_code == "TW"
