"""Divisions are found under the short names the news writes, not only under their official titles.

The tables write a division as its official list does ("Tatarstan Republic", "Republic of Tyva", "Regional
Municipality of Halton", "Kabupaten Bogor"); a reporter writes "Tatarstan", "Tyva", "Halton", "Bogor". The short forms are derived by rule for every country (sources.division_derived_names),
never where the short form is an English word, a given name or a country's name.
"""
from __future__ import annotations

import pytest

from conftest import toponym
from eventwatch.geo.sources import derived_names, division_derived_names


@pytest.mark.parametrize("title, short", [
    ("Tatarstan Republic", "Tatarstan"),  # title word after the name
    ("Republic of Tyva", "Tyva"),  # title words before it
    ("Perm Krai", "Perm"),
    ("Yamalo-Nenets Autonomous Okrug", "Yamalo-Nenets"),
    ("District Municipality of Lakeholm", "Lakeholm"),
    ("Regional Municipality of Halton", "Halton"),
    ("Regional District of Kootenay", "Kootenay"),
    ("Sylhet Division", "Sylhet"),
    ("Gamo Zone", "Gamo"),
    ("Kabupaten Bogor", "Bogor"),  # the country's own title words
    ("Shahrestan-e Saqqez", "Saqqez"),
    ("Amphoe Mae Sai", "Mae Sai"),
    ("Gemeente Assen", "Assen"),
])
def test_a_division_is_also_named_without_its_title_words(title, short):
    assert short in division_derived_names(title)


def test_a_dashed_double_name_is_also_its_first_part():
    assert "Upper Varsk" in division_derived_names("Upper Varsk\u2013Tolvia", "RU")
    # a hyphen joins one name's parts: "Khanty-Mansia" is not "Khanty"
    assert "Khanty" not in division_derived_names("Khanty-Mansia", "RU")


def test_a_russian_division_takes_the_english_ending():
    assert "Karachayevo-Cherkesia" in division_derived_names("Karachayevo-Cherkesiya Republic", "RU")
    assert "Adygea" in division_derived_names("Adygeya Republic", "RU")
    # elsewhere "-iya" is how English writes the name too
    assert not any(n.endswith("ia") for n in division_derived_names("Qada Diwaniya", "IQ"))


@pytest.mark.parametrize("title", ["Departamento de Capital", "Departamento de Uruguay", "Gemeente Best",
                                   "Okres Martin", "Departamento de Union"])
def test_no_short_form_is_an_english_word_a_given_name_or_a_country(title):
    assert division_derived_names(title) == derived_names(title)


def test_title_words_of_divisions_are_not_stripped_from_towns_or_countries():
    # towns and a dump's countries get only the general forms
    assert "Czech" not in derived_names("Czech Republic")
    assert derived_names("Kota Kinabalu") == []


@pytest.mark.parametrize("text, name, table_name", [
    ("Heavy snow closed roads across Tatarstan on Tuesday.", "Tatarstan", "Tatarstan Republic"),
    ("Two police officers were shot in Adygea overnight.", "Adygea", "Adygeya Republic"),
    ("Gunmen attacked a checkpoint in Udmurtia on Sunday.", "Udmurtia", "Udmurtiya Republic"),
    ("Wildfires spread across Tuva this week.", "Tuva", "Republic of Tyva"),  # an alias: no rule makes it
])
def test_a_russian_republic_is_read_under_its_english_short_name(gaz, text, name, table_name):
    p = toponym(gaz, text, name).place
    assert p is not None and (p.feature_code, p.country_code, p.name) == ("ADM1", "RU", table_name)


@pytest.mark.parametrize("name", ["Galmudug", "Hirshabelle", "South West State", "Jubaland", "Puntland"])
def test_a_somali_federal_member_state_is_a_region_of_somalia(gaz, name):
    p = toponym(gaz, f"Clan militias clashed with troops in {name} on Friday, elders said.", name).place
    assert p is not None and (p.feature_code, p.country_code) == ("RGN", "SO")
    assert p.precision == 5  # larger than one region (admin1): each state spans two or three
