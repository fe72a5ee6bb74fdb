"""The geo commands as a user runs them: gazetteer build/places, geocode."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "geo"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("geo-cli") / "store"
    r = run_cli("gazetteer", "build", "--geonames", str(FIXTURES / "SY_sample.txt"), "--alternate-names",
                str(FIXTURES / "alternateNames_sample.txt"), "--countries", "SY,RU", "--no-world-cities",
                "--out", str(out))  # the world's towns beside a dump: tests/test_geo_dump_features.py
    assert r.returncode == 0, r.stderr.decode()
    assert "places" in r.stdout.decode()
    return out


def test_gazetteer_places_lists_candidates_with_ids_and_coordinates(store):
    r = run_cli("gazetteer", "places", "Khan Sheikhoun", "--json", "--gazetteer", str(store))
    assert r.returncode == 0, r.stderr.decode()
    found = json.loads(r.stdout)
    assert found[0]["geonames_id"] == 168325 and found[0]["country_code"] == "SY"
    assert {"lat", "lon", "admin1", "population", "feature_code"} <= set(found[0])


def test_gazetteer_places_exits_1_for_an_unknown_name(store):
    r = run_cli("gazetteer", "places", "Qqqzzzx", "--gazetteer", str(store))
    assert r.returncode == 1


def test_geocode_json_gives_spans_places_precision_and_alternatives(store, tmp_path):
    text = "Russian jets bombed Saraqib in rural Idlib."
    r = run_cli("geocode", text, "--json", "--gazetteer", str(store))
    assert r.returncode == 0, r.stderr.decode()
    out = {t["text"]: t for t in json.loads(r.stdout)}
    assert text[out["Saraqib"]["start"]:out["Saraqib"]["end"]] == "Saraqib"
    assert out["Saraqib"]["place"]["precision"] == 1
    assert out["Idlib"]["place"]["precision"] == 4
    assert out["Russian"]["locational"] is False
    f = tmp_path / "report.txt"
    f.write_text(text, encoding="utf-8")
    r2 = run_cli("geocode", "--file", str(f), "--json", "--gazetteer", str(store))
    assert json.loads(r2.stdout) == json.loads(r.stdout)


def test_geocode_table_and_user_places(store, tmp_path):
    places = tmp_path / "mine.csv"
    places.write_text("name,aliases,lat,lon,country\nAtmeh Camp,Atma camp,36.3,36.65,SY\n", encoding="utf-8")
    r = run_cli("geocode", "Families reached Atma camp.", "--gazetteer", str(store), "--places", str(places))
    assert r.returncode == 0, r.stderr.decode()
    assert "Atmeh Camp" in r.stdout.decode()


def test_missing_files_are_usage_errors(tmp_path):
    assert run_cli("gazetteer", "build", "--geonames", str(tmp_path / "none.txt"), "--out", str(tmp_path / "s")).returncode == 2
    assert run_cli("geocode", "x", "--gazetteer", str(tmp_path / "nostore")).returncode == 2
