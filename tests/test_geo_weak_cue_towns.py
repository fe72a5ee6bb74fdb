"""A lone town of some size after a weak cue ("at", "from", "out of", "attacks on") is the place where the
sentence tells of fighting, disruption or movement (geo/weak_cue_towns.py); a given name, a common word, a
sender or a sentence of no event stays out. The sentences are the project's own."""
from __future__ import annotations

import pytest

from conftest import event_place
from eventwatch.geo import geoparse


@pytest.mark.parametrize("text, country", [
    ("Trucks were blocked at Rutshuru on Tuesday.", "CD"),
    ("Displaced families arrived after raids on Dori.", "BF"),
    ("The militia withdrew from Manbij overnight.", "SY"),
    ("Soldiers were pushed out of Menaka.", "ML"),
    ("Gunmen fled towards Kidal.", "ML"),
])
def test_a_town_after_a_weak_cue_in_a_sentence_of_fighting_or_movement_is_the_place(gaz, text, country):
    place = event_place(gaz, text)
    assert place is not None and place.country_code == country


@pytest.mark.parametrize("text", [
    "The rebels fled from Sharon.",            # a given name
    "She spent the summer at Rutshuru.",       # no fighting, disruption or movement
    "Troops waited for a message from Dori.",  # a sender, whatever else the word names
])
def test_a_weak_cue_alone_does_not_make_a_person_a_sender_or_a_quiet_sentence_a_place(gaz, text):
    assert [t.text for t in geoparse(gaz, text) if t.locational] == []
