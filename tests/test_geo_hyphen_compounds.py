"""A hyphen-joined name that runs on through a short lower-case connector ("-de-", "-du-", "-sur-") is one name.

Francophone places are written so ("X-de-l'Y", "X-du-Nord"): a head the gazetteer holds alone ("Petite-Riviere",
a namesake abroad) is only the start of the name the report gives. Every sentence here was written for these
tests; the names after the connectors are invented.
"""
from __future__ import annotations

import pytest

from conftest import toponym


@pytest.mark.parametrize("text, name", [
    ("Gangs attacked Petite-Riviere-de-l'Orvanne on Monday, residents said.", "Petite-Riviere-de-l'Orvanne"),
    ("Displacement followed an attack on Petite-Riviere-du-Corvel last week.", "Petite-Riviere-du-Corvel"),
])
def test_a_name_run_on_through_a_connector_is_read_whole_not_as_its_head(gaz, text, name):
    t = toponym(gaz, text, name)
    assert t.place is None  # unknown whole: not the namesake of its head


def test_a_name_known_whole_through_its_connector_keeps_its_reading(gaz):
    t = toponym(gaz, "Police raided a house in Newcastle-under-Lyme on Monday.", "Newcastle-under-Lyme")
    assert t.place is not None and t.place.country_code == "GB"
