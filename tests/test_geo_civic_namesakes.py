"""A town that opens a civic building's name (a community centre, a town hall, a library) is returned inside
it, embedded, though no other place in the text supports it: such buildings are named after the town they
serve. A name that runs up to the building's head ("Valley Community" before "Center") yields to the town
the run opens with. A building named after a person or a word ("Pell Hospital") adds no town. (A school's name is left to the
ordinary belief in a name: schools are named after people and neighbourhoods as often as after towns.) The
sentences are the project's own."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def embedded(gaz, text: str) -> dict:
    return {t.text: t for t in geoparse(gaz, text) if t.cue == "embedded"}


@pytest.mark.parametrize("text, town", [
    ("The food drive ends at the Moss Point Community Center on Saturday.", "Moss Point"),
    ("Tickets for the play are sold at Bexley Community Centre.", "Bexley"),
    ("Books are lent again at the Westbury Public Library.", "Westbury"),
    ("A rally was held at the Spring Valley Community Center on Tuesday.", "Spring Valley"),
])
def test_a_town_opening_a_civic_buildings_name_is_returned_embedded(gaz, text, town):
    t = embedded(gaz, text).get(town)
    assert t is not None, f"{town!r} not returned inside the building in {text!r}"
    assert t.locational is False and t.place is not None and t.place.name == town


def test_the_building_itself_is_still_the_place(gaz):
    found = {t.text: t for t in geoparse(gaz, "The food drive ends at the Moss Point Community Center.")}
    assert found["Moss Point Community Center"].cue == "facility"


@pytest.mark.parametrize("text", [
    "Nurses at Pell Hospital were thanked on Friday.",
    "The final was played at Liberty Field on Sunday.",
    "The pupils of Ada Marlow Elementary School sang carols.",  # named after a person
    "Children at Ada Kelly Community Center planted trees.",  # a given name opens it
])
def test_a_building_named_after_no_town_adds_none(gaz, text):
    assert not [t for t in geoparse(gaz, text) if t.cue == "embedded" and t.place is not None]


@pytest.mark.parametrize("text, town", [
    ("The Oak Lawn School Board approved the budget on Monday.", "Oak Lawn"),
    ("The Elmhurst Council voted to close the depot.", "Elmhurst"),
])
def test_a_town_opening_its_governing_bodys_name_is_returned_embedded(gaz, text, town):
    t = embedded(gaz, text).get(town)
    assert t is not None and t.locational is False and t.place is not None
