"""A division the gazetteer stores under a title ("Province of Laguna") is named by its own name in writing,
and is ranked as that division, not as a word dropped from a longer name.

Stories are invented for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

import math

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.gazetteer import PRIOR, prior_score


def placed(gaz, text: str) -> dict[str, tuple]:
    """Each name's (country, feature code) as the geoparser resolves it; None where unresolved."""
    out = {}
    for t in geoparse(gaz, text):
        out.setdefault(t.text, (t.place.country_code, t.place.feature_code) if t.place else None)
    return out


@pytest.mark.parametrize("text, name", [
    ("Health officers in Manila culled pigs at a farm in Laguna after the virus was found.", "Laguna"),
    ("Quarry workers in Rizal and Cavite were evacuated before the storm reached Luzon.", "Rizal"),
])
def test_a_province_named_bare_in_a_story_about_its_country_is_that_province(gaz, text, name):
    assert placed(gaz, text)[name] == ("PH", "ADM2")


def test_the_story_of_a_titled_province_keeps_its_capital_in_that_country(gaz):
    # The province's weight lends the capital the country's support its US namesake had taken.
    text = "Health officers in Manila culled pigs at a farm in Laguna after the virus was found."
    assert placed(gaz, text)["Manila"][0] == "PH"


def test_a_titled_division_matched_by_its_own_name_weighs_as_a_district(gaz):
    laguna = next(c for c in gaz.lookup("Laguna", limit=200)
                  if c.exact and c.country_code == "PH" and c.feature_code == "ADM2")
    assert prior_score(laguna) >= 2.0 + 0.5 + math.log10(PRIOR["district_population"])


def test_a_county_matched_by_a_name_with_its_division_word_dropped_stays_doubted(gaz):
    # "Walker" for Walker County: a dropped word, more often a surname or a town of the name.
    walker = [c for c in gaz.lookup("Walker", limit=200) if c.exact and c.feature_code == "ADM2"
              and c.name.endswith("County")]
    assert walker and all(prior_score(c) < 4.0 for c in walker)
