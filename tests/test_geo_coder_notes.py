"""A coder's note, "(coded to X)", names the known place an event was coded to.

Event datasets add the note when the report's own place is a village their gazetteer lacks, a stretch of
road or a whole district. Where the event's sentence gives no more than that, the note says more and the
event is near the noted place (UCDP 2), still under the unplaced name it was told at; where the sentence
names a town itself, or the note points to another country, the sentence's place stands.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import choose_event_location, geoparse


@pytest.fixture(scope="module")
def gaz(resources):
    return resources.gazetteer


def first_sentence_place(gaz, text: str):
    """The event place of the report's first sentence, as the pipeline reads it."""
    return choose_event_location(geoparse(gaz, text), 0, text.index(". ") + 1)


def test_a_village_the_gazetteer_lacks_is_coded_near_the_noted_town(gaz):
    text = ("On 3 May 2024, militants attacked an army post at Kwaptu village in Askira-Uba LGA (Borno), "
            "killing two soldiers. (coded to Askira)")
    place = first_sentence_place(gaz, text)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Askira", "NG", 2, "Kwaptu")


def test_a_road_between_two_towns_is_coded_near_the_noted_one(gaz):
    text = ("On 9 March 2024, gunmen ambushed a bus on the road between Mopti and Djenne (Mopti region), "
            "killing 3 passengers. (coded to Djenne)")
    place = first_sentence_place(gaz, text)
    assert (place.country_code, place.precision) == ("ML", 2) and place.name.startswith("Djenn")


def test_a_town_the_sentence_names_itself_is_not_replaced_by_the_note(gaz):
    text = "On 12 April 2024, gunmen raided Gwoza town (Borno), killing four traders. (coded to Bama)"
    place = first_sentence_place(gaz, text)
    assert (place.name, place.precision) == ("Gwoza", 1)


def test_a_note_in_another_country_is_not_the_events_place(gaz):
    text = ("On 3 May 2024, militants attacked an army post at Kwaptu village in Askira-Uba LGA (Borno), "
            "killing two soldiers. (coded to Diffa)")
    place = first_sentence_place(gaz, text)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Askira-Uba", "NG", 3, "Kwaptu")
