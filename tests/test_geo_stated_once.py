"""A town written once with its state keeps that namesake where the story writes it bare (geo/stated_once.py),
and a town written in the possessive before a landmark is the namesake holding it (geo/possessive_holders.py).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def _admin1s(gaz, text: str, name: str) -> list:
    return [t.place.admin1 if t.place else None for t in geoparse(gaz, text) if t.text == name]


def test_a_bare_mention_keeps_the_state_written_with_the_first(gaz):
    # Bare, "New Haven" beside Louisville would be Kentucky's namesake; the story said Connecticut's.
    text = ("Award finalists named. The finalists were Denver, Louisville, Ky., New Haven, Conn., and Boise. "
            "Louisville and New Haven were finalists before.")
    assert _admin1s(gaz, text, "New Haven") == ["Connecticut", "Connecticut"]


def test_the_town_acting_later_is_the_town_stated_first(gaz):
    text = ("Town wins award. The finalists were Boise, Idaho; Portland, Maine; and Eugene, Ore. "
            "Judges praised Portland for its parks.")
    assert _admin1s(gaz, text, "Portland") == ["Maine", "Maine"]


def test_mentions_stated_in_two_states_are_left_as_read(gaz):
    text = ("Storms in two states. Hail fell on Springfield, Ill., and on Springfield, Mo., on Monday. "
            "Springfield crews cleared roads.")
    got = _admin1s(gaz, text, "Springfield")
    assert got[:2] == ["Illinois", "Missouri"]


# -- a town in the possessive before a landmark it holds (geo/possessive_holders.py) ----------------------------

@pytest.mark.parametrize("site", ["Heathrow airport", "Heathrow Pet Welfare Centre"])
def test_a_town_in_the_possessive_is_the_namesake_holding_the_landmark(gaz, site):
    text = (f"Baggage fault strands travellers. Passengers bound for Toronto waited nine hours at London's {site} "
            "on Friday, and Canadian carriers added flights.")
    london = next(t for t in geoparse(gaz, text) if t.text == "London")
    assert (london.place.country_code, london.place.admin1) == ("GB", "England")
