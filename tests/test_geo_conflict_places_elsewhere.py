"""Conflict reports name places beside the event's: where a statement came from, where people fled or the
wounded were taken, the same town again in Arabic script. And they write a town's ground in phrases of
several words ("X and its surroundings", "X Local Government Area"). These tests pin how each is read.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.event_location import speaks_from, taken_to, told_elsewhere
from eventwatch.model import Document
from eventwatch.pipeline import process
from conftest import event_place, toponym


# -- a statement's seat, in more of the ways wire copy writes it ------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Clashes broke out in Kidal on Friday, a resident said by phone from Gao.", "Gao"),
    ("Drones struck Dilling, the commission said in a statement issued in Khartoum.", "Khartoum"),
])
def test_a_statement_phoned_or_issued_from_a_town_does_not_place_the_event(gaz, text, speaker):
    assert speaks_from(toponym(gaz, text, speaker))
    place = event_place(gaz, text)
    assert place is not None and speaker not in place.name


# -- where people went afterwards ------------------------------------------------------------------------

@pytest.mark.parametrize("text, event, destination", [
    ("Fighting in Kidal forced hundreds of families to flee to camps in Gao.", "Kidal", "Gao"),
    ("A shell hit a bakery in Dilling, and the wounded were taken to hospitals in Kadugli.", "Dilling", "Kadugli"),
    ("After the raid on Beni, survivors fled towards Butembo.", "Beni", "Butembo"),
])
def test_a_place_people_fled_or_were_taken_to_is_not_the_events(gaz, text, event, destination):
    assert taken_to(toponym(gaz, text, destination))
    assert not taken_to(toponym(gaz, text, event))
    assert event_place(gaz, text).name == event


def test_a_destination_stays_the_events_place_when_the_sentence_names_no_other(gaz):
    place = event_place(gaz, "Hundreds of families fled to Gao on Tuesday.")
    assert place is not None and place.name == "Gao"


def test_told_elsewhere_covers_both_speakers_and_destinations(gaz):
    text = "Fighting in Kidal forced families to flee to Gao, officials said in Bamako."
    assert told_elsewhere(toponym(gaz, text, "Gao")) and told_elsewhere(toponym(gaz, text, "Bamako"))
    assert not told_elsewhere(toponym(gaz, text, "Kidal"))


def test_a_mention_without_a_place_takes_the_documents_place_not_where_people_fled(resources):
    text = ("Renewed fighting in Kutum district of North Darfur forced 300 families to flee to camps in "
            "Mellit. Two civilians were killed by shelling on Sunday.")
    doc = Document(id="t", sha256="0" * 64, raw=text.encode(), text=text, publisher="Test Monitor",
                   published_at=datetime(2024, 6, 1, 12, 0), language="en")
    located = [m.location for m in process(resources, doc) if m.location is not None]
    assert located and all("Mellit" not in p.name for p in located)
    assert any("Kutum" in p.name for p in located)


# -- the ground around a town ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Clashes were reported in Kidal and its surroundings on Monday.",
    "Shelling hit Kidal and its environs overnight.",
    "Militants attacked Kidal and its vicinity.",
])
def test_a_town_and_its_surroundings_is_near_the_town(gaz, text):
    t = toponym(gaz, text, "Kidal")
    assert t.place.feature_code.startswith("PPL") and t.place.precision == 2


@pytest.mark.parametrize("text", [
    "Clashes were reported in Kidal and Gao on Monday.",
    "Fighting raged in Kidal and the surrounding villages.",  # villages of their own: the town is the known one
])
def test_a_town_named_beside_other_places_is_still_the_town(gaz, text):
    assert toponym(gaz, text, "Kidal").place.precision == 1


# -- Nigeria's local government areas written out --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen attacked two villages in Gwoza Local Government Area of Borno State.",
    "Gunmen attacked two villages in Gwoza local government area, Borno State.",
])
def test_a_local_government_area_written_out_is_the_division(gaz, text):
    t = toponym(gaz, text, "Gwoza")
    assert t.place.country_code == "NG" and t.place.precision == 3


def test_a_local_government_council_is_an_institution_not_a_division(gaz):
    found = [t for t in geoparse(gaz, "The Gwoza Local Government Council chairman visited the market.")
             if t.text == "Gwoza" and t.place is not None]
    assert all(t.place.precision != 3 or not t.locational for t in found)


# -- the same town in two scripts ----------------------------------------------------------------------------

def test_a_town_followed_by_its_arabic_name_in_brackets_is_that_one_town(gaz):
    text = "Gunmen stormed a school in El Geneina (الجنينة) on Monday."
    latin, arabic = toponym(gaz, text, "El Geneina"), toponym(gaz, text, "الجنينة")
    assert latin.place.geonames_id == arabic.place.geonames_id


def test_a_division_in_brackets_still_holds_the_town(gaz):
    t = toponym(gaz, "Shelling hit Saraqib (Idlib) on Monday.", "Saraqib")
    assert (t.place.name, t.place.admin1) == ("Saraqib", "Idlib")
