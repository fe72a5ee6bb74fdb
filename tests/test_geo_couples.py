"""Couples named with one surname.

Specification:
- "A and B Surname" after a given name A (obituaries, social notes: "the late Harold and Georgia Pennock")
  makes B a second given name, though it names a state;
- a place cue before the pair ("in Jackson and Georgia ...") or on the name itself keeps the place.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import toponyms_by_name


@pytest.mark.parametrize("text", [
    "She was born in 1941, a daughter of the late Harold and Georgia Pennock.",
    "The quilt prize went to Walter and Georgia Brinkley for the third year running.",
])
def test_a_state_between_a_given_name_and_a_surname_is_a_wife_s_name(gaz, text):
    assert "Georgia" not in toponyms_by_name(gaz, text)


def test_a_place_cue_before_the_pair_keeps_the_state(gaz):
    found = toponyms_by_name(gaz, "Storms knocked out power in Jackson and Georgia Power crews worked all night.")
    assert "Jackson" in found and "Georgia" in found


def test_a_state_after_a_place_cue_stays_the_state(gaz):
    found = toponyms_by_name(gaz, "The couple moved to Georgia with Walter and Ann Brinkley in 1990.")
    assert "Georgia" in found and found["Georgia"].locational
