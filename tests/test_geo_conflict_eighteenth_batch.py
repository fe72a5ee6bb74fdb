"""Rules found by the conflict probe's eighteenth round of reports, about the shape of longer documents.

A force's garrison ("forces based in X shelled Y") tells who fought, as its home town does, not where. "The
vicinity of the city of X" is near the town, as "near the town of X" is. A truce zone named after a province
("the Idlib de-escalation zone") is the province, as "Idlib countryside" is. Background on the war's whole
span ("twelve years of war have left millions in need") is no event, and neither is a "rebel-held" town: the
word says who holds the ground, not that anyone was detained.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from datetime import datetime

from conftest import event_place, toponym

from eventwatch.model import Document
from eventwatch.pipeline import process


def _mentions(resources, text: str):
    doc = Document(id="t18", sha256="0" * 64, raw=text.encode(), text=text, publisher="Test Monitor",
                   published_at=datetime(2024, 3, 6, 12, 0), language="en")
    return process(resources, doc)


def test_a_forces_garrison_is_not_where_it_struck(gaz):
    from eventwatch.geo.event_location import raised_in

    text = "Government forces based in Saraqeb shelled the town of Binnish with rockets on Monday, killing two."
    assert raised_in(toponym(gaz, text, "Saraqeb"))
    assert event_place(gaz, text).name.startswith("Binn")


def test_troops_stationed_in_a_town_can_be_the_ones_attacked_there(gaz):
    from eventwatch.geo.event_location import raised_in

    text = "Militants attacked troops stationed in Saraqeb on Monday, killing two."
    assert not raised_in(toponym(gaz, text, "Saraqeb"))


def test_a_force_attacked_in_its_garrison_town_was_struck_there(gaz):
    from eventwatch.geo.event_location import raised_in

    text = "Militants attacked troops based in Saraqeb on Monday, then withdrew towards Binnish."
    assert not raised_in(toponym(gaz, text, "Saraqeb"))
    assert event_place(gaz, text).name == "Saraqib"


def test_the_vicinity_of_the_city_of_a_town_is_near_it(gaz):
    place = event_place(gaz, "A missile hit an army depot in the vicinity of the city of Homs on Sunday.")
    assert place.name == "Homs" and place.precision == 2


def test_the_outskirts_of_the_town_of_a_town_is_near_it(gaz):
    place = event_place(gaz, "Drones struck a farm on the outskirts of the town of Saraqeb on Friday.")
    assert place.name == "Saraqib" and place.precision == 2


def test_a_truce_zone_named_after_a_province_is_the_province(gaz):
    place = event_place(gaz, "Warplanes carried out dozens of raids on the Idlib de-escalation zone on Monday.")
    assert place.name == "Idlib" and place.precision == 4


def test_years_of_war_in_background_are_no_event(resources):
    mentions = _mentions(resources, "Ten years of war have left millions in need of humanitarian assistance, and "
                                    "rescue workers have paid a heavy price throughout the conflict. Artillery "
                                    "shells hit the town of Binnish on Monday, killing two farmers.")
    assert len(mentions) == 1
    assert mentions[0].location.name.startswith("Binn")


def test_an_aside_on_years_of_war_leaves_the_event_standing(resources):
    # the span is an aside on the place, not the subject that a perfect tells a state of
    mentions = _mentions(resources, "Gunmen killed five farmers in Binnish, a town that has seen decades of "
                                    "violence.")
    assert len(mentions) == 1 and mentions[0].location.name.startswith("Binn")
    mentions = _mentions(resources, "The army has retaken Saraqeb, a town that changed hands several times "
                                    "throughout the war.")
    assert len(mentions) == 1


def test_a_rebel_held_town_is_no_arrest(resources):
    mentions = _mentions(resources, "Life has grown harder in the rebel-held town of Sarmin, where thousands "
                                    "of families live in tents.")
    assert all(m.event_type != "ARREST" for m in mentions)


def test_people_held_by_police_are_still_arrested(resources):
    mentions = _mentions(resources, "Police held four men in Aleppo on Monday after a raid on a warehouse.")
    assert [m.event_type for m in mentions] == ["ARREST"]


def test_an_organisations_headquarters_is_where_it_speaks_from(gaz):
    from eventwatch.geo.event_location import speaks_from

    text = "The Riverside Aid Network, a charity headquartered in Amman, said shelling hit a clinic in Binnish."
    assert speaks_from(toponym(gaz, text, "Amman"))
    assert event_place(gaz, text).name.startswith("Binn")
