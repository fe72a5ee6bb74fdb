"""Resolution rules for names a story has already made clear, or that a division designator marks.

- A natural feature named once with its kind word ("X island", "the X river", "Lake X") and later bare keeps
  that reading, unless the bare mention is placed otherwise (its own container or division word) or is, under
  its own spelling, a country, a first-level division or a large town.
- A name the gazetteer holds only when cut back to a stem, as if it were an inflected or demonym form
  ("Kangean" as a people of "Kange", a variant spelling of a Korean town), is not read abroad in a story set
  in a country it names outright and places firm names in; the people of a country, a first-level division,
  a city under its own name or a large city under any are read wherever the story is set.
- A name written with a capitalised division designator ("X Region") that the gazetteer also holds as a
  natural region is read as the division of that name in a story about the division's country, and as the
  natural region otherwise.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import re

import pytest

from eventwatch.geo import geoparse, resolve_names


def _read(gaz, text: str) -> list[tuple[str, tuple]]:
    return [(t.text, (t.place.name, t.place.country_code, t.place.feature_code) if t.place else None)
            for t in geoparse(gaz, text)]


# -- a feature named in full, then bare ------------------------------------------------------------------------

def test_a_bare_name_after_its_island_keeps_the_island(gaz):
    read = _read(gaz, "Fishermen on Madura island say the catch has fallen. Boats from Madura now sail further.")
    assert [r for _, r in read] == [("Madura Island", "ID", "ISL")] * 2


def test_a_bare_name_after_the_islands_full_name_keeps_the_island(gaz):
    read = _read(gaz, "Ferries to Madura Island were cancelled. Markets on Madura stayed shut.")
    assert [r for _, r in read] == [("Madura Island", "ID", "ISL")] * 2


def test_a_bare_name_with_a_container_of_its_own_is_read_in_it(gaz):
    read = _read(gaz, "Fishermen on Madura island say the catch has fallen. A clinic opened in Madura, West Java, "
                      "on Monday.")
    assert read[1] == ("Madura", ("Madura", "ID", "PPL"))


def test_a_bare_name_never_written_with_its_kind_is_read_as_before(gaz):
    read = dict(_read(gaz, "Boats from Madura now sail further, the harbour master said."))
    assert read["Madura"] is None or read["Madura"][2] != "ISL"


def test_a_country_named_bare_after_its_river_is_the_country(gaz):
    read = _read(gaz, "Barges on the Niger river were held up. Niger said the channel would be dredged.")
    assert read[-1][1][2].startswith("PCL")


def test_a_large_town_named_bare_after_its_lake_is_the_town(gaz):
    read = _read(gaz, "Sailors raced on Lake Geneva at the weekend. Geneva hosted the prize-giving.")
    assert read[-1][1][1] == "CH" and read[-1][1][2].startswith("PPL")


# -- a name cut back to a stem --------------------------------------------------------------------------------

def _given(gaz, text: str, names: list[str]) -> dict[str, tuple | None]:
    spans = [re.search(re.escape(n), text).span() for n in names]
    return {t.text: (t.place.name, t.place.country_code) if t.place else None
            for t in resolve_names(gaz, text, spans)}


def test_an_unknown_island_is_not_a_foreign_towns_variant_in_a_story_set_elsewhere(gaz):
    read = _given(gaz, "Fever spread in Surabaya, Indonesia, this month. Clinics on the islands of Kangean and "
                       "Sapudi ran short of vaccine.", ["Surabaya", "Indonesia", "Kangean", "Sapudi"])
    assert read["Kangean"] is None and read["Surabaya"] == ("Surabaya", "ID")


@pytest.mark.parametrize("text,name,place", [
    ("Police in Lyon, France, said Genevans crossed the border.", "Genevans", ("Geneva", "CH")),
    ("Police in Lyon, France, said Torinese fans crossed the border.", "Torinese", ("Turin", "IT")),
])
def test_the_people_of_a_city_abroad_are_read_there(gaz, text, name, place):
    assert _given(gaz, text, ["Lyon", "France", name])[name] == place


# -- a division designator -----------------------------------------------------------------------------------

def test_a_region_named_in_a_story_about_its_country_is_the_division(gaz):
    read = dict(_read(gaz, "Gunmen raided a market in Burkina Faso on Sunday. The Sahel Region has seen three "
                           "raids this month, the army said."))
    assert read["Sahel Region"] == ("Sahel", "BF", "ADM1")


@pytest.mark.parametrize("text", [
    "Drought spread across the Sahel Region, from Senegal to Chad, the agency said.",
    "Rains failed again in the Sahel Region this year, aid groups warned.",
])
def test_a_region_named_across_countries_or_alone_is_the_natural_region(gaz, text):
    read = dict(_read(gaz, text))
    assert read["Sahel Region"] == ("Sahel", None, "RGN")
