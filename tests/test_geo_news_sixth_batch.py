"""Rules found by the news probe's sixth batch (US and Canadian local papers, wire copy on rivers, seas and
straits, outbreak and disaster reports, regional news from Lincolnshire to Mindanao).

Each is a rule a reader applies to any text: a preposition before two names joined by "and" governs both, so
the second is no subject of the verb after them ("residents of X and Y asked"), while a clause opened by "and"
still gives its name the deed. (The water-body rules of the batch, "Aral Sea" and a bare "the Gulf", are in
test_geo_physical_features.py.)

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import toponyms_by_name


@pytest.mark.parametrize("text, name", [
    ("Residents of Lancaster and Alexandria asked the council to keep the clinic open.", "Alexandria"),
    ("Families who moved from Fresno and Alexandria asked the board for a later bus.", "Alexandria"),
])
def test_a_second_name_after_a_preposition_and_and_is_no_verbs_subject(gaz, text, name):
    t = toponyms_by_name(gaz, text)[name]
    assert t.locational


def test_a_capital_opening_a_clause_after_and_still_does_the_deed(gaz):
    found = toponyms_by_name(gaz, "The talks stalled, and Cairo deployed troops to the border on Friday.")
    assert not found["Cairo"].locational
