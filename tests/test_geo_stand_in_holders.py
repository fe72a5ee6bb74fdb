"""Where a name the gazetteer lacks stands in: the place the report writes it as lying in.

A coder reads the holder of an unplaced village from the words around it, whatever the style:
- Nigerian English calls a village a community ("X community of Y LGA");
- an apposition names the kind of place after a comma ("X, a village in Y woreda"), though one that only
  gives the country ("a farming village in northern Iraq") says less than a town named before it;
- an address runs from the village to its town and province with bare commas ("Barangay X, Y, Z"), while a
  run closed by "or" is a list of equals, not an address;
- an aside after a comma ("X, in Y district") places the name as "X in Y" does, and the event keeps it;
- Arabic's "in" ("قرية X في Y") places the name as English "in" does;
- a road between two towns, inside the region written after it, is where the event is, not the region;
- a wider region written in the possessive before a division ("X in Y state's Z region") holds that
  division, which holds the name.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from conftest import event_place


@pytest.fixture(scope="module")
def gaz(resources):
    return resources.gazetteer


def stand_in(gaz, text: str, name: str):
    """The stand-in place of the unresolved name `name`."""
    found = next(t for t in geoparse(gaz, text) if t.text == name)
    assert found.place is None
    return found.fallback


def test_a_community_of_a_local_government_area_stands_in_at_that_area(gaz):
    text = "Police in Katsina said gunmen killed six farmers in Tsauwa community of Batsari Local Government Area."
    place = stand_in(gaz, text, "Tsauwa")
    assert (place.name, place.precision) == ("Batsari", 3)


def test_a_village_in_an_apposition_stands_in_at_the_woreda_it_names(gaz):
    text = "Residents who reached Nekemte said armed men shot three herders in Dhumuga, a village in Gimbi woreda."
    place = stand_in(gaz, text, "Dhumuga")
    assert (place.name, place.precision) == ("Gimbi", 3)


def test_an_apposition_giving_a_province_holds_the_village_but_one_giving_only_the_country_does_not(gaz):
    before = "The two boys were treated in Mosul. They came from the village of Kani Zirkawa, "
    in_province = stand_in(gaz, before + "a farming village in Nineveh province.", "Kani Zirkawa")
    in_country = stand_in(gaz, before + "a farming village in northern Iraq.", "Kani Zirkawa")
    assert (in_province.name, in_province.precision) == ("Nineveh", 4)
    assert in_country.name == "Mosul" and in_country.precision <= 3


def test_a_barangay_written_before_its_town_and_province_is_near_the_town(gaz):
    place = event_place(gaz, "Soldiers clashed with gunmen in Barangay Lumbac, Butig, Lanao del Sur, on Friday.")
    assert (place.name, place.precision, place.raw) == ("Butig", 2, "Barangay Lumbac")


def test_names_in_a_run_closed_by_or_are_equals_not_an_address(gaz):
    text = "The spill could reach Kelso Twp., Harrison Twp., Aurora or Dillsboro, the sheriff said."
    assert stand_in(gaz, text, "Harrison Twp.").precision >= 3


def test_a_village_placed_in_a_district_by_an_aside_keeps_its_name(gaz):
    place = event_place(gaz, "Insurgents attacked Nanjua, in Ancuabe district, on Monday.")
    assert (place.country_code, place.precision, place.raw) == ("MZ", 3, "Nanjua")


def test_an_arabic_village_stands_in_at_the_area_written_after_in(gaz):
    # "Activists in Idlib said warplanes bombed the village of al-Mozara in Jabal al-Zawiya this morning."
    text = ("قال ناشطون في إدلب إن الطائرات الحربية "
            "قصفت قرية الموزرة في جبل الزاوية صباح اليوم.")
    place = stand_in(gaz, text, "الموزرة")
    assert (place.name, place.precision) == ("Jabal al-Zawiya", 3)


def test_a_road_between_two_towns_is_the_events_place_over_the_region_after_it(gaz):
    place = event_place(gaz, "JNIM fighters ambushed a convoy on the road between Mopti and Djenne (Mopti region).")
    assert (place.name, place.precision, place.raw) == ("Mopti", 3, "road between Mopti and Djenne")


def test_a_name_in_a_division_after_a_wider_regions_possessive_stands_in_at_the_division(gaz):
    text = ("Herders clashed over a well near Dhaqle in Galmudug state's Mudug region on Monday, "
            "leaving four people dead, elders said.")
    place = stand_in(gaz, text, "Dhaqle")
    assert (place.name, place.precision) == ("Mudug", 4)
