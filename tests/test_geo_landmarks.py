"""Famous buildings and sites: placed at their parent town, named for themselves, and read as the body inside
when they act ("the Kremlin denied") but as a place after a place cue ("outside the White House")."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.landmarks import (
    Landmark,
    landmark_records,
    load_landmarks,
    parent_index,
    parse_landmarks,
    with_landmarks,
)
from eventwatch.geo.store import NAME_MAIN, PlaceRecord
from eventwatch.model import WHERE_PREC_NEAR

from conftest import named as _named


# -- the data file and its loader ----------------------------------------------------------------------------

def test_bundled_file_loads_and_every_entry_has_a_kind_and_a_parent():
    landmarks = load_landmarks()
    assert len(landmarks) > 100
    assert all(lm.parent_id or (lm.parent_name and lm.parent_country) for lm in landmarks)
    names = {n for lm in landmarks for n in lm.all_names}
    assert {"White House", "Kremlin", "Pentagon", "Downing Street", "Tahrir Square", "Sednaya prison"} <= names


@pytest.mark.parametrize("entry, message", [
    ({"name": "Palace X", "parent": 1, "kind": "castle"}, "kind must be one of"),
    ({"name": "Palace X", "kind": "government"}, "parent must be"),
    ({"name": "Palace X", "parent": {"name": "Town"}, "kind": "government"}, "parent must be"),
    ({"name": "Palace X", "parent": 1, "kind": "government", "lat": 1.0}, "unknown fields"),
    ({"name": "Palace X", "parent": 1, "kind": "government", "precision": 1}, "precision must be"),
    ({"name": "palace x", "parent": 1, "kind": "government"}, "must start with a capital"),
    ({"name": "Palace X", "names": "Palace Y", "parent": 1, "kind": "government"}, "names must be a list"),
])
def test_loader_rejects_malformed_entries(entry, message):
    with pytest.raises(ValueError, match=message):
        parse_landmarks({"landmarks": [entry]})


def test_loader_rejects_the_same_landmark_twice_under_one_parent_but_allows_namesakes_elsewhere():
    twice = [{"name": "Freedom Square", "parent": 1, "kind": "square"}] * 2
    with pytest.raises(ValueError, match="listed twice"):
        parse_landmarks({"landmarks": twice})
    elsewhere = [{"name": "Freedom Square", "parent": 1, "kind": "square"},
                 {"name": "Freedom Square", "parent": 2, "kind": "square"}]
    assert len(parse_landmarks({"landmarks": elsewhere})) == 2


def _town(gid: int, name: str, cc: str = "ZZ") -> PlaceRecord:
    return PlaceRecord(name, 10.0, 20.0, cc, f"{cc}.01", None, "PPL", 5000, gid, names=[(name, NAME_MAIN)])


def test_a_landmark_takes_its_parents_point_and_divisions_but_keeps_its_own_name():
    lm = Landmark("Grand Palace", ("Old Palace",), "government", 42, None, None)
    (rec,) = landmark_records([lm], parent_index([_town(42, "Townsville")], [lm]))
    assert (rec.lat, rec.lon, rec.country_code, rec.admin1_code) == (10.0, 20.0, "ZZ", "ZZ.01")
    assert rec.name == "Grand Palace" and rec.precision == WHERE_PREC_NEAR and rec.source == "curated"
    assert {n for n, _ in rec.names} == {"Grand Palace", "Old Palace"}
    assert rec.geonames_id is None  # the parent's id is the town's, not the landmark's


def test_a_parent_may_be_named_with_its_country_instead_of_an_id():
    lm = Landmark("North Gate Camp", (), "camp", None, "Townsville", "ZZ")
    (rec,) = landmark_records([lm], parent_index([_town(7, "Townsville"), _town(8, "Townsville", "YY")], [lm]))
    assert rec.country_code == "ZZ"


def test_an_unknown_parent_is_a_clear_error():
    lm = Landmark("Grand Palace", (), "government", 999999999, None, None)
    with pytest.raises(ValueError, match="Grand Palace.*unknown parent 999999999"):
        landmark_records([lm], parent_index([_town(42, "Townsville")], [lm]))


def test_building_the_store_streams_records_then_appends_the_landmarks():
    lm = Landmark("Grand Palace", (), "government", 42, None, None)
    towns = [_town(41, "Elsewhere"), _town(42, "Townsville")]
    out = list(with_landmarks(iter(towns), [lm]))
    assert out[:2] == towns and out[2].name == "Grand Palace"


# -- reading landmarks in text --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The White House said on Tuesday that the envoy would return.", "White House"),
    ("The Kremlin denied that any talks had taken place.", "Kremlin"),
    ("The Pentagon confirmed the deployment of two more battalions.", "Pentagon"),
    ("A Pentagon official said the aircraft had been recalled.", "Pentagon"),
    ("Kremlin spokesman Ivan Petrov called the claims absurd.", "Kremlin"),
    ("Downing Street said the minister would make a statement.", "Downing Street"),
    ("The Élysée announced a state visit for next spring.", "Élysée"),
    ("Observers described the group as a Kremlin-backed movement.", "Kremlin"),
    ("White House Press Secretary Jane Roe declined to comment.", "White House"),
    ("Lawmakers criticised the sanctions imposed by the White House last month.", "White House"),
])
def test_a_seat_of_power_acting_is_an_actor_not_a_place(gaz, text, name):
    t = _named(geoparse(gaz, text), name)
    assert t.locational is False
    assert t.place is not None and t.place.name != "Casablanca"


@pytest.mark.parametrize("text, name, country", [
    ("Hundreds of protesters gathered outside the White House on Saturday.", "White House", "US"),
    ("Two drones struck near the Kremlin before dawn.", "Kremlin", "RU"),
    ("A strike on Hmeimim air base damaged several aircraft.", "Hmeimim air base", "SY"),
    ("He said he was detained in Sednaya prison for two years.", "Sednaya prison", "SY"),
    ("Shelling near the Zaporizhzhia nuclear power plant cut an external power line.",
     "Zaporizhzhia nuclear power plant", "UA"),
    ("Crowds rallied in Red Square on the anniversary.", "Red Square", "RU"),
    ("The White House was evacuated after a suspicious package was found.", "White House", "US"),
    ("Inspectors returned to the Natanz enrichment facility on Monday.", "Natanz enrichment facility", "IR"),
])
def test_a_landmark_after_a_place_cue_is_a_place_near_its_parent(gaz, text, name, country):
    t = _named(geoparse(gaz, text), name)
    assert t.locational is True
    assert t.place is not None and t.place.country_code == country
    assert t.place.precision == WHERE_PREC_NEAR


def test_the_white_house_is_never_casablanca(gaz):
    for text in ("Reporters waited outside the White House.", "The White House warned of new tariffs."):
        t = _named(geoparse(gaz, text), "White House")
        assert t.place is not None and t.place.country_code == "US"
    assert _named(geoparse(gaz, "The port of Casablanca reopened."), "Casablanca").place.country_code == "MA"


def test_a_landmark_stands_at_its_parent_towns_point(gaz):
    (town,) = [c for c in gaz.lookup("Moscow", country="RU") if c.feature_code == "PPLC"][:1]
    t = _named(geoparse(gaz, "Two drones struck near the Kremlin before dawn."), "Kremlin")
    assert (t.place.lat, t.place.lon) == (town.lat, town.lon)


def test_a_square_named_in_a_town_makes_the_town_the_city_not_its_province(gaz):
    toponyms = geoparse(gaz, "Thousands marched into Tahrir Square in Cairo on Friday.")
    square, city = _named(toponyms, "Tahrir Square"), _named(toponyms, "Cairo")
    assert square.place.country_code == city.place.country_code == "EG"
    assert city.place.precision == 1


def test_a_town_whose_own_name_a_landmark_shares_keeps_its_reading_after_its_state(gaz):
    t = _named(geoparse(gaz, "The family moved to Whitehall, Ohio, last year."), "Whitehall")
    assert t.place.country_code == "US"
