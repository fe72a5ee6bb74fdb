"""Features and regions news copy names often that the curated list gained: rivers by their local names
(the Ganga), the rivers, loughs, lochs, uplands and preserved counties of Britain and Ireland, historic
regions of Europe, and national parks that read as places. A name that is also a town's elsewhere is listed
only in a form that tells them apart (natural_features.yaml's header).

Every sentence is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.natural_features import load_natural_features


@pytest.fixture(scope="module")
def features():
    return {n: f for f in load_natural_features() for n in f.all_names}


@pytest.mark.parametrize("name, feature, code, country", [
    ("Ganga", "Ganges", "STM", None),
    ("River Wye", "River Wye", "STM", "GB"),
    ("River Boyne", "River Boyne", "STM", "IE"),
    ("Lough Corrib", "Lough Corrib", "LK", "IE"),
    ("Strangford Lough", "Strangford Lough", "BAY", "GB"),
    ("Loch Lomond", "Loch Lomond", "LK", "GB"),
    ("Pennines", "Pennines", "MTS", "GB"),
    ("Chilterns", "Chiltern Hills", "MTS", "GB"),
    ("Cotswolds", "Cotswolds", "RGN", "GB"),
    ("Yorkshire Dales", "Yorkshire Dales", "RGN", "GB"),
    ("Ayrshire", "Ayrshire", "RGN", "GB"),
    ("Inishowen", "Inishowen", "PEN", "IE"),
    ("Wallachia", "Wallachia", "RGN", "RO"),
    ("Algarve", "Algarve", "RGN", "PT"),
    ("High Atlas", "High Atlas", "MTS", "MA"),
    ("Kruger Park", "Kruger National Park", "AREA", "ZA"),
    ("Masai Mara", "Maasai Mara", "AREA", "KE"),
])
def test_the_list_holds_the_feature(features, name, feature, code, country):
    f = features[name]
    assert (f.name, f.feature_code, f.country) == (feature, code, country)


@pytest.mark.parametrize("bare", ["Highlands", "Glamorgan", "Severn", "Tweed", "Serengeti", "Yellowstone",
                                  "Windermere"])
def test_a_name_a_town_or_division_carries_is_not_listed_bare(features, bare):
    assert bare not in features


@pytest.mark.parametrize("sentence, name, feature, country", [
    ("Pilgrims bathed in the Ganga at dawn as the festival opened.", "Ganga", "Ganges", None),
    ("Anglers found dead fish along the River Wye below the bridge.", "River Wye", "River Wye", "GB"),
    ("Walkers were rescued from the Pennines after snow closed the paths.", "Pennines", "Pennines", "GB"),
    ("Two boats capsized on Lough Corrib in a sudden squall.", "Lough Corrib", "Lough Corrib", "IE"),
    ("Rangers tracked a pride of lions across the Masai Mara last week.", "Masai Mara", "Maasai Mara", "KE"),
    ("Drought has dried the wells of the Alentejo this summer.", "Alentejo", "Alentejo", "PT"),
])
def test_the_feature_named_in_a_story_is_read_as_itself(gaz, sentence, name, feature, country):
    found = [t for t in geoparse(gaz, sentence) if t.text == name]
    assert found and found[0].place is not None
    assert (found[0].place.name, found[0].place.country_code) == (feature, country)


def test_every_division_a_feature_lies_in_is_a_division_the_store_holds(features):
    from eventwatch.geo.derive import DATA_DIR, read_tsv

    codes = {row[0] for row in read_tsv(DATA_DIR / "admin1.tsv")}
    assert {f.admin1 for f in features.values() if f.admin1} <= codes


def test_a_feature_is_given_only_a_division_of_its_own_country(tmp_path):
    from eventwatch.geo.natural_features import load_natural_features as load

    path = tmp_path / "features.yaml"
    path.write_text("features:\n  - {name: Harrowdown Hills, code: MTS, lat: 54.0, lon: -2.0, country: GB, "
                    "admin1: IE.L}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="admin1"):
        load(str(path))


@pytest.mark.parametrize("sentence, name, admin1", [
    ("Police in Gwent arrested two men after a chase on Sunday.", "Gwent", "Wales"),
    ("Rangers counted more rhinos in Kaziranga National Park this spring.", "Kaziranga National Park", "Assam"),
    ("Hikers were warned of ice on the Mourne Mountains this weekend.", "Mourne Mountains", "Northern Ireland"),
])
def test_a_feature_within_one_division_is_placed_in_it(gaz, sentence, name, admin1):
    found = [t for t in geoparse(gaz, sentence) if t.text == name]
    assert found and found[0].place is not None and found[0].place.admin1 == admin1


def test_a_river_named_with_ganga_is_read_whole_not_as_the_ganges(gaz):
    found = {t.text: t for t in geoparse(gaz, "Floodwater from the Kalu Ganga swamped paddy fields on Monday.")}
    assert "Ganga" not in found
    assert found["Kalu Ganga"].place.country_code == "LK"
