"""Lists of "Town, State" pairs.

Specification:
- in a comma list of towns each followed by its state ("Town, State, Town, State, and Town, St."), every
  town lies in the state written after it, also where the town's name is a country's or a foreign
  division's too ("Lebanon", "Portland");
- a list of states stays a list of equals: none holds the one before it.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import toponyms_by_name


@pytest.mark.parametrize("text, town, admin1", [
    ("The bakery chain will open shops in Boise, Idaho, Portland, Maine, and Eugene, Ore., next spring.",
     "Portland", "Maine"),
    ("Choirs from Athens, Ohio, Paris, Texas, and Lebanon, Tenn., sang at the festival.", "Lebanon", "Tennessee"),
    ("Choirs from Athens, Ohio, Paris, Texas, and Lebanon, Tenn., sang at the festival.", "Paris", "Texas"),
])
def test_each_town_of_a_list_of_pairs_lies_in_the_state_after_it(gaz, text, town, admin1):
    place = toponyms_by_name(gaz, text)[town].place
    assert place.country_code == "US" and place.admin1 == admin1


def test_a_list_of_states_stays_a_list_of_equals(gaz):
    found = toponyms_by_name(gaz, "Hail fell across Indiana, Ohio, Illinois and Iowa on Monday.")
    assert all(found[n].place.feature_code == "ADM1" for n in ("Indiana", "Ohio", "Illinois", "Iowa"))
