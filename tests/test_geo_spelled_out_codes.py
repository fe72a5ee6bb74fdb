"""A bare short form is the place the document also spells out, wherever it stands on its own
(geo/spelled_out_codes.py); elsewhere it still needs a place cue."""
from __future__ import annotations

from conftest import found_names, toponym


def test_a_code_the_story_spells_out_is_that_country_without_a_cue(gaz):
    text = ("Wine farms employ thousands of South Africans. Growers in rural areas say modern SA depends on "
            "its vineyards.")
    t = toponym(gaz, text, "SA")
    assert t.place is not None and t.place.country_code == "ZA" and t.locational


def test_a_code_closing_a_firms_name_stays_no_place(gaz):
    assert "SA" not in found_names(gaz, "Renault SA said its sales in South Africa rose by a tenth.")


def test_a_bare_code_the_story_never_spells_out_still_needs_a_cue(gaz):
    assert "SA" not in found_names(gaz, "Growers say modern SA depends on its vineyards and exports most of its wine.")
