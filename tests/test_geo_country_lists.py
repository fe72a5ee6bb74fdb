"""A name listed with countries, and only with countries, reads as a country (geo/country_lists.py)."""
from __future__ import annotations

from conftest import toponym


def _reading(gaz, text: str, name: str):
    p = toponym(gaz, text, name).place
    return p and (p.name, p.feature_code)


def test_a_country_listed_with_another_stays_the_country_in_a_story_about_its_namesake_citys_state(gaz):
    text = ("Cholera cases rose in Edo and Delta states this month. Officials said the disease could reach "
            "neighbouring Benin and Cameroon.")
    assert _reading(gaz, text, "Benin") == ("Benin", "PCLI")
    assert _reading(gaz, text, "Edo") == ("Edo State", "ADM1")


def test_a_name_listed_with_a_town_keeps_the_namesake_town(gaz):
    text = "The festival in Edo drew dancers from Benin and from Lagos."
    assert _reading(gaz, text, "Benin") == ("Benin City", "PPL")


def test_a_list_of_countries_alone_reads_as_countries(gaz):
    text = "Traders in Kano said fuel smuggled from Benin, Togo and Ghana was sold openly in the markets."
    assert _reading(gaz, text, "Benin") == ("Benin", "PCLI")
