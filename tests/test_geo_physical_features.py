"""Rivers, lakes, reservoirs, mountains and other physical features: the curated ones are placed where
GeoNames would put them (a river at its mouth, a lake or range at its centre), with the precision their kind
allows; ones the gazetteer lacks ("the Brannoch River", "the River Tavoss", "Lake Marrowby") are still
recognised as places, reported unresolved and stood in for by the document's nearby place.

Every sentence here is invented for the test; the feature names in the "unknown" cases are made up.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.natural_features import load_natural_features
from eventwatch.model import WHERE_PREC_NEAR, WHERE_PREC_REGION


def _by_text(toponyms, text):
    found = [t for t in toponyms if t.text == text]
    assert found, f"{text!r} not recognised in {[t.text for t in toponyms]}"
    return found[0]


# -- the curated list -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def features():
    return {f.name: f for f in load_natural_features()}


@pytest.mark.parametrize("name, code, country", [
    ("Kaveri", "STM", "IN"),
    ("Balikh River", "STM", "SY"),
    ("Southern Buh", "STM", "UA"),
    ("Kakhovka Reservoir", "LK", "UA"),
    ("Mosul Dam Lake", "LK", "IQ"),
    ("Jabal al-Arab", "MTS", "SY"),
    ("Nafusa Mountains", "MTS", "LY"),
    ("Adrar des Ifoghas", "MTS", "ML"),
    ("Ushba", "MT", "GE"),
    ("River Lune", "STM", "GB"),
    ("Neches River", "STM", "US"),
    ("Sudd", "SWMP", "SS"),
])
def test_the_list_holds_the_major_and_conflict_theatre_features(features, name, code, country):
    f = features[name]
    assert (f.feature_code, f.country) == (code, country)


def test_a_river_shared_by_several_well_known_features_is_listed_only_in_forms_that_tell_them_apart(features):
    names = {n for f in features.values() for n in f.all_names}
    assert "Red River" not in names
    assert {"Red River of the North", "Red River Delta"} <= names


def test_a_river_is_placed_at_its_mouth(features):
    # The Kaveri reaches the Bay of Bengal on the Tamil Nadu coast, not in Karnataka where it rises.
    kaveri = features["Kaveri"]
    assert 10.5 < kaveri.lat < 11.5 and 79.5 < kaveri.lon < 80.2


# -- curated features in text ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, feature, country", [
    ("Farmers in the delta say the Cauvery ran dry before the sowing season.", "Cauvery", "Kaveri", "IN"),
    ("Fighters crossed the Balikh River north of Raqqa at dawn.", "Balikh River", "Balikh River", "SY"),
    ("Water levels in the Kakhovka Reservoir fell sharply after the blast.", "Kakhovka Reservoir",
     "Kakhovka Reservoir", "UA"),
    ("Two hikers were rescued from the slopes of Ushba after a storm.", "Ushba", "Ushba", "GE"),
    ("Anglers reported a fish kill on the River Lune below the weir.", "River Lune", "River Lune", "GB"),
    ("Clashes were reported in the Jabal al-Arab area of Sweida province.", "Jabal al-Arab", "Jabal al-Arab", "SY"),
])
def test_a_curated_feature_resolves_to_itself(gaz, sentence, name, feature, country):
    t = _by_text(geoparse(gaz, sentence), name)
    assert t.locational and t.place is not None
    assert (t.place.name, t.place.country_code) == (feature, country)


def test_a_name_that_writes_its_kind_is_the_feature_not_a_town_once_called_so(gaz):
    # The port of Aral holds "Aral Sea" as an old spelling; a town named near it ("Aralsk", the port) lends
    # that reading support, yet the name written with "Sea" is the water body.
    tops = geoparse(gaz, "Boats once sailed the Aral Sea from the harbour at Aralsk, a fisherman recalled.")
    assert _by_text(tops, "Aral Sea").place.name == "Aral Sea"
    assert _by_text(tops, "Aralsk").place.feature_code.startswith("PPL")


def test_a_town_whose_own_name_ends_in_a_kind_word_stays_a_town(gaz):
    tops = geoparse(gaz, "The paper mill in Green Bay will cut 200 jobs, its owner in Milwaukee said.")
    assert _by_text(tops, "Green Bay").place.feature_code.startswith("PPL")


def test_the_bare_kind_word_is_the_feature_the_story_named_in_full(gaz):
    tops = geoparse(gaz, "Tankers wait in the Persian Gulf off Dammam; the strait that links the Gulf to the "
                         "Arabian Sea was closed for a day.")
    assert [t.place.name for t in tops if t.text == "Gulf"] == ["Persian Gulf"]
    spill = geoparse(gaz, "Oil reached the Gulf of Mexico near Biloxi, and shrimping in the Gulf stopped.")
    assert [t.place.name for t in spill if t.text == "Gulf"] == ["Gulf of Mexico"]


def test_a_river_or_range_is_placed_as_part_of_a_country_and_a_peak_as_a_point_one_is_near(gaz):
    tops = geoparse(gaz, "Shelling was reported along the Balikh River and on the slopes of Ushba.")
    assert _by_text(tops, "Balikh River").place.precision == WHERE_PREC_REGION
    assert _by_text(tops, "Ushba").place.precision == WHERE_PREC_NEAR


# -- features the gazetteer lacks -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, stand_in", [
    ("Floods swept homes along the Brannoch River near Guelma, Algeria, on Monday.", "Brannoch River", "Guelma"),
    ("Villagers waded across the River Tavoss to reach Kirkuk.", "River Tavoss", "Kirkuk"),
    ("Militants hid in the Zelkova Mountains outside Mosul, Iraq.", "Zelkova Mountains", "Mosul"),
    ("Heavy rain raised the level of Lake Marrowby near Bristol, England.", "Lake Marrowby", "Bristol"),
    ("Rescuers searched Mount Carvell, 20 km from Kandahar, Afghanistan.", "Mount Carvell", "Kandahār"),
    ("A body was found in Pellham Creek near Tulsa, Oklahoma.", "Pellham Creek", "Tulsa"),
    ("Fighting spread through the Kessra Valley east of Kabul.", "Kessra Valley", "Kabul"),
])
def test_an_unknown_feature_is_a_place_reported_unresolved_and_stood_in_for(gaz, sentence, name, stand_in):
    t = _by_text(geoparse(gaz, sentence), name)
    assert t.locational
    assert t.place is None, "nothing is claimed about the feature itself"
    assert t.fallback is not None and t.fallback.name == stand_in
    # The stand-in is coarser than the town it borrows: the feature is near it, not at it.
    assert t.fallback.precision > 1


@pytest.mark.parametrize("sentence, not_a_feature", [
    ("Tickets for the River Concert Series in Dayton went on sale.", "River Concert"),
    ("Crowds filled the River Walk in San Antonio on Saturday.", "River Walk"),
    ("The actor River Phoenix grew up in Florida.", "River Phoenix"),
])
def test_river_before_a_name_opens_a_river_only_as_the_river_x(gaz, sentence, not_a_feature):
    tops = geoparse(gaz, sentence)
    assert not any(t.text.startswith(not_a_feature) for t in tops)


def test_streets_and_hospitals_named_after_lakes_and_mounts_are_not_features(gaz):
    street = _by_text(geoparse(gaz, "Police closed Lake Street in Minneapolis after the protest."), "Lake Street")
    assert street.cue == "street"
    tops = geoparse(gaz, "Patients were moved from Mount Sinai Hospital in New York.")
    assert not any(t.text == "Mount Sinai" and t.locational for t in tops)
    assert _by_text(tops, "Mount Sinai Hospital").cue == "facility"


@pytest.mark.parametrize("sentence, name", [
    ("Hikers were rescued in the Bear Hollow Wilderness on Sunday.", "Bear Hollow Wilderness"),
    ("The refuge borders the Big Marsh National Preserve to the east.", "Big Marsh National Preserve"),
    ("Visitors flock to the Painted Cliffs National Lakeshore in summer.", "Painted Cliffs National Lakeshore"),
    ("Volunteers cleaned the Maple Run Land Preserve on Saturday.", "Maple Run Land Preserve"),
])
def test_protected_land_named_by_its_kind_is_a_place(gaz, sentence, name):
    assert _by_text(geoparse(gaz, sentence), name).cue == "feature"


def test_preserve_as_a_verb_names_nothing(gaz):
    assert [t.text for t in geoparse(gaz, "Crews worked to preserve the old mill in Oakdale.")] == ["Oakdale"]
