"""Resolution in context: names that support each other, stand-ins for what the gazetteer cannot place,
divisions placed by the places a report names in them, and readings too weak to believe."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo import geoparse, resolve_names
from eventwatch.geo.dumps import build_from_dump
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.model import WHERE_PREC_ADMIN1, WHERE_PREC_ADMIN2, WHERE_PREC_EXACT

FIXTURES = Path(__file__).parent / "fixtures" / "geo"


@pytest.fixture(scope="module")
def syria(tmp_path_factory) -> Gazetteer:
    store = build_from_dump(FIXTURES / "SY_sample.txt", tmp_path_factory.mktemp("geo-sy") / "store",
                            alternate_names=FIXTURES / "alternateNames_sample.txt", countries=["SY", "AE"])
    return Gazetteer.load(str(store))


@pytest.fixture(scope="module")
def towns(tmp_path_factory) -> Gazetteer:
    """Three small Connecticut towns, each with a far larger namesake in another state."""
    store = build_from_dump(FIXTURES / "US_sample.txt", tmp_path_factory.mktemp("geo-us") / "store", countries=["US"])
    return Gazetteer.load(str(store))


def by_text(toponyms):
    return {t.text: t for t in toponyms}


def test_a_lone_name_takes_its_largest_namesake(towns):
    found = by_text(geoparse(towns, "The fair opened in Brookvale on Sunday."))
    assert found["Brookvale"].place.admin1 == "Ohio"


def test_a_named_state_draws_its_towns_even_in_a_list(towns):
    found = by_text(geoparse(towns, "Crews worked in Kentmoor and Ashcombe, Connecticut."))
    assert found["Kentmoor"].place.admin1 == "Connecticut"
    assert found["Ashcombe"].place.admin1 == "Connecticut"


def test_a_county_without_coordinates_of_its_own_moves_to_the_town_named_in_its_state(towns):
    # Connecticut's planning regions (GeoNames' second-level divisions there since 2022) have no member
    # towns in the derivation's town list, so the bundled table places them at the state's centre.
    text = "Deputies in Kentmoor said the Capitol Planning Region council met on Monday."
    found = by_text(geoparse(towns, text))
    county, town = found["Capitol Planning Region"].place, found["Kentmoor"].place
    assert county.feature_code == "ADM2" and county.admin1 == "Connecticut"
    assert (county.lat, county.lon) == (town.lat, town.lon)
    assert county.geonames_id != town.geonames_id  # still the county, only placed better


def test_a_plural_division_word_after_a_list_makes_every_name_a_division(towns):
    found = by_text(geoparse(towns, "Flood warnings covered Clay, Douglas and Wilkin counties in Minnesota."))
    for name in ("Clay", "Douglas", "Wilkin"):
        place = found[name].place
        assert place.feature_code == "ADM2" and place.admin1 == "Minnesota", name
        assert place.name == f"{name} County"


def test_an_unknown_village_stands_in_with_the_place_the_report_is_about(syria):
    text = "Warplanes struck the village of Kafr Nabudah Jadida and Saraqib, Idlib."
    found = by_text(geoparse(syria, text))
    village = found["Kafr Nabudah Jadida"]
    assert village.place is None  # nothing is claimed about the village itself
    assert village.fallback.name == "Saraqib" and village.fallback.raw == "Kafr Nabudah Jadida"
    assert village.fallback.precision >= WHERE_PREC_ADMIN2
    assert found["Saraqib"].fallback is None


def test_an_unknown_village_named_in_a_province_stands_in_with_the_province(syria):
    text = "Rescuers reached the village of Kafr Nabudah Jadida, Idlib."
    village = by_text(geoparse(syria, text))["Kafr Nabudah Jadida"]
    assert village.place is None
    assert village.fallback.feature_code == "ADM1" and village.fallback.precision == WHERE_PREC_ADMIN1


def test_a_place_inside_a_longer_unknown_name_needs_the_report_around_it(syria):
    # "Lake Saraqib" is not Saraqib; with nothing else in the report the inner reading is not believed.
    text = "Families camped by Lake Saraqib."
    lake = resolve_names(syria, text, [(text.index("Lake"), text.index("."))])[0]
    assert lake.place is None
    # "Greater Aleppo" is Aleppo: only a word for its extent is added.
    text = "Fighting spread across Greater Aleppo."
    greater = resolve_names(syria, text, [(text.index("Greater"), text.index("."))])[0]
    assert greater.place is not None and greater.place.geonames_id in (170063, 170062)


def test_demonym_and_plural_forms_of_a_name_resolve_to_it(syria):
    text = "Syrians and Aleppans returned."
    found = resolve_names(syria, text, [(0, 7), (12, 19)])
    assert found[0].place.country_code == "SY" and found[0].place.feature_code.startswith("PCL")
    assert found[1].place.geonames_id in (170063, 170062)


def test_a_fuzzy_spelling_alone_is_not_believed_but_a_syrian_report_supports_it(syria):
    alone = "Saraqeeb"
    assert resolve_names(syria, alone, [(0, len(alone))])[0].place is None
    text = "Shelling hit Saraqeeb and Idlib."
    found = resolve_names(syria, text, [(13, 21), (26, 31)])
    assert found[0].place.geonames_id == 164816 and found[0].place.precision == WHERE_PREC_EXACT
