"""A store built from a GeoNames dump keeps the curated parts of towns and landmarks whose parent it holds.

The dumps, lists and towns here are invented for the tests (ids from 9,100,000 up in made-up places).
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from eventwatch.geo.dumps import build_from_dump
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.landmarks import parse_landmarks
from eventwatch.geo.town_parts import parse_town_parts

FIXTURES = Path(__file__).parent / "fixtures" / "geo"


def _row(gid, name, lat, lon, fclass, fcode, cc, admin1="01", population=0, alternates=""):
    cols = [str(gid), name, name, alternates, str(lat), str(lon), fclass, fcode, cc, "", admin1, "", "", "",
            str(population), "", "", "Asia/Damascus", "2024-01-01"]
    return "\t".join(cols)


def _dump(tmp_path, rows) -> Path:
    path = tmp_path / "XX.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


# Two invented towns in Syria, one invented town in Iraq (not in the one-country dump).
TOWNS = {
    "towns": [
        {"town": "Qasr Zeytoun", "country": "SY", "geonames": 9100001,
         "parts": [{"name": "Harat Zaafaran", "names": ["Zaafaran Quarter"], "kind": "neighbourhood"},
                   {"name": "Bab Nakhla", "kind": "district"}]},
        {"town": "Tell Rummana", "country": "SY",
         "parts": [{"name": "Mukhayyam Rummana", "kind": "camp"}]},
        {"town": "Kafr Badiya", "country": "IQ", "geonames": 9200001,
         "parts": [{"name": "Hayy Badiya", "kind": "neighbourhood"}]},
    ]
}
LANDMARKS = {
    "landmarks": [
        {"name": "Zeytoun Central Prison", "names": ["Zeytoun Prison"], "parent": 9100001, "kind": "prison"},
        {"name": "Rummana Palace", "parent": {"name": "Tell Rummana", "country": "SY"}, "kind": "government"},
        {"name": "Badiya Airfield", "parent": 9200001, "kind": "airport"},
    ]
}
CURATED = (parse_town_parts(TOWNS, "test"), parse_landmarks(LANDMARKS, "test"))

SYRIA_ROWS = [
    _row(9100001, "Qasr Zeytoun", 34.5, 37.25, "P", "PPLA", "SY", population=250_000),
    _row(9100002, "Tell Rummana", 35.0, 38.0, "P", "PPL", "SY", population=40_000),
    _row(9100003, "Tell Rummana", 33.0, 36.0, "P", "PPL", "SY", population=300),  # a smaller namesake
]


def _build(tmp_path, rows, **kwargs) -> Gazetteer:
    store = build_from_dump(_dump(tmp_path, rows), tmp_path / "store", countries=["SY"], world_cities=False,
                            curated=CURATED, **kwargs)
    return Gazetteer.load(str(store))


def _curated(g: Gazetteer, name: str):
    return [c for c in g.lookup(name, limit=20) if c.source == "curated"]


def test_parts_and_landmarks_stand_at_their_parent_towns_point_with_precision_2(tmp_path):
    g = _build(tmp_path, SYRIA_ROWS)
    for name in ("Harat Zaafaran", "Zaafaran Quarter", "Bab Nakhla", "Zeytoun Central Prison", "Zeytoun Prison"):
        (c,) = _curated(g, name)
        assert (c.lat, c.lon, c.country_code, c.precision) == (34.5, 37.25, "SY", 2)
        assert c.geonames_id is None
    assert _curated(g, "Harat Zaafaran")[0].feature_code == "PPLX"
    assert _curated(g, "Zeytoun Prison")[0].feature_code == "PRN"


def test_a_parent_named_without_an_id_is_the_most_populous_town_of_that_name_in_its_country(tmp_path):
    g = _build(tmp_path, SYRIA_ROWS)
    for name in ("Mukhayyam Rummana", "Rummana Palace"):
        (c,) = _curated(g, name)
        assert (c.lat, c.lon) == (35.0, 38.0)


def test_entries_whose_parent_the_dump_lacks_are_left_out_with_one_message(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="eventwatch.geo.dumps"):
        g = _build(tmp_path, SYRIA_ROWS)
    assert not g.lookup("Hayy Badiya") and not g.lookup("Badiya Airfield")
    (message,) = [r.getMessage() for r in caplog.records if "left out" in r.getMessage()]
    assert message.startswith("2 ")
    assert "Hayy Badiya" in message and "Badiya Airfield" in message


def test_nothing_is_reported_when_every_parent_is_held(tmp_path, caplog):
    rows = SYRIA_ROWS + [_row(9200001, "Kafr Badiya", 33.4, 44.4, "P", "PPL", "IQ", population=20_000)]
    with caplog.at_level(logging.WARNING, logger="eventwatch.geo.dumps"):
        store = build_from_dump(_dump(tmp_path, rows), tmp_path / "store", world_cities=False, curated=CURATED)
    assert not [r for r in caplog.records if "left out" in r.getMessage()]
    g = Gazetteer.load(str(store))
    assert _curated(g, "Hayy Badiya")[0].country_code == "IQ"
    assert (_curated(g, "Badiya Airfield")[0].lat, _curated(g, "Badiya Airfield")[0].lon) == (33.4, 44.4)


def test_world_cities_give_the_parents_of_countries_the_dump_leaves_out(tmp_path, caplog):
    cities = tmp_path / "cities.json"
    cities.write_text(json.dumps({"9200001": {
        "geonameid": 9200001, "name": "Kafr Badiya", "latitude": 33.4, "longitude": 44.4, "countrycode": "IQ",
        "population": 20_000, "admin1code": "07", "alternatenames": []}}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="eventwatch.geo.dumps"):
        g = Gazetteer.load(str(build_from_dump(
            _dump(tmp_path, SYRIA_ROWS), tmp_path / "store", countries=["SY"], world_cities=True,
            cities_file=cities, curated=CURATED)))
    assert not [r for r in caplog.records if "left out" in r.getMessage()]
    for name in ("Hayy Badiya", "Badiya Airfield"):
        (c,) = _curated(g, name)
        assert (c.lat, c.lon, c.country_code, c.precision) == (33.4, 44.4, "IQ", 2)


def test_a_dump_row_of_the_same_place_wins_and_takes_the_curated_names(tmp_path):
    rows = SYRIA_ROWS + [
        # GeoNames' own neighbourhood and prison rows, a few kilometres from the town's point.
        _row(9100010, "Harat az Za'faran", 34.52, 37.27, "P", "PPLX", "SY", alternates="Harat Zaafaran"),
        _row(9100011, "Zeytoun Prison", 34.47, 37.21, "S", "PRN", "SY"),
    ]
    g = _build(tmp_path, rows, feature_classes="APS")
    for name in ("Harat Zaafaran", "Zaafaran Quarter", "Harat az Za'faran"):
        (c,) = [c for c in g.lookup(name, limit=20) if c.feature_code == "PPLX"]
        assert (c.geonames_id, c.lat, c.lon, c.source, c.precision) == (9100010, 34.52, 37.27, "curated", 2)
    for name in ("Zeytoun Central Prison", "Zeytoun Prison"):
        (c,) = [c for c in g.lookup(name, limit=20) if c.feature_code == "PRN"]
        assert (c.geonames_id, c.lat, c.lon, c.source) == (9100011, 34.47, 37.21, "curated")


def test_a_namesake_far_from_the_parent_town_is_another_place(tmp_path):
    rows = SYRIA_ROWS + [_row(9100012, "Bab Nakhla", 36.5, 40.0, "P", "PPL", "SY", population=900)]
    g = _build(tmp_path, rows)
    found = {(c.geonames_id, c.source) for c in g.lookup("Bab Nakhla", limit=20)}
    assert found == {(9100012, "geonames"), (None, "curated")}


def test_the_bundled_lists_are_added_to_a_dump_build(tmp_path):
    store = build_from_dump(FIXTURES / "SY_sample.txt", tmp_path / "store", countries=["SY"], world_cities=False)
    g = Gazetteer.load(str(store))
    damascus = g.lookup("Damascus", country="SY")[0]
    (jobar,) = _curated(g, "Jobar")  # named in town_parts.yaml under Damascus
    assert (jobar.lat, jobar.lon, jobar.precision) == (damascus.lat, damascus.lon, 2)


def test_a_dump_row_across_a_degree_line_from_its_town_is_still_the_same_place(tmp_path):
    rows = [_row(9100001, "Qasr Zeytoun", 34.99, 37.999, "P", "PPLA", "SY", population=250_000),
            _row(9100013, "Bab Nakhla", 35.02, 38.03, "P", "PPLX", "SY")]
    g = _build(tmp_path, rows)
    (c,) = g.lookup("Bab Nakhla", limit=20)
    assert (c.geonames_id, c.source, c.precision) == (9100013, "curated", 2)
