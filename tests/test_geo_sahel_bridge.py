"""Arabic reports on the Sahel name Mali's, Niger's and Burkina Faso's towns, which GeoNames holds in
Latin letters only: the consonant bridge (geo/arabic_translit.py) reads them as it reads the Latin-only towns
of the Arab countries, so a report's town is not left out, nor read as a namesake in Europe.

Every sentence is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


@pytest.mark.parametrize("sentence, name, country", [
    # "an explosive device blew up near the town of Diffa this morning": Diffa, not Deva in Romania
    ("انفجرت عبوة ناسفة قرب بلدة ديفا صباح اليوم", "ديفا", "NE"),
    # "five soldiers were killed in an attack on a military post in Tessalit"
    ("قتل خمسة جنود في هجوم على موقع عسكري في تساليت", "تساليت", "ML"),
    ("قتل جنود في هجوم على بلدة جيبو", "جيبو", "BF"),  # "soldiers were killed in an attack on the town of Djibo"
])
def test_a_sahel_town_held_in_latin_letters_is_read_from_its_arabic_spelling(gaz, sentence, name, country):
    found = [t for t in geoparse(gaz, sentence) if t.text == name]
    assert found and found[0].place is not None and found[0].place.country_code == country
