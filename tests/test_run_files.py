"""The gazetteer store, places and sources files a run is given: checked before any document is read, and
carried by every way documents come in — `ingest`, `reprocess`, and uploads to `serve`.

The village and its report are invented for these tests.
"""
from __future__ import annotations

import json
import os

import pytest
from fastapi.testclient import TestClient

from eventwatch.api import ApiSettings, create_app
from eventwatch.store.access import add_user
from eventwatch.store.repository import open_store

from conftest import run_cli

REPORT = ("Government aircraft bombed the village of Qaryat Zumurrud Tahta on 4 March 2031, killing three "
          "civilians, the Syrian Observatory said.\n")


@pytest.fixture
def places(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("name,lat,lon,country,admin1\nQaryat Zumurrud Tahta,35.71,36.62,SY,Idlib\n", encoding="utf-8")
    return f


@pytest.fixture
def bad_places(tmp_path):
    f = tmp_path / "bad_places.csv"
    f.write_text("name,lat,lon\nQaryat Zumurrud Tahta,north,36.62\n", encoding="utf-8")
    return f


def _locations(db: str) -> list[dict]:
    out = run_cli("events", "--format", "json", db=db)
    assert out.returncode == 0, out.stderr.decode()
    return [e["location"] for e in json.loads(out.stdout)]


def test_settings_read_the_files_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTWATCH_GAZETTEER", "/data/syria.db")
    monkeypatch.setenv("EVENTWATCH_PLACES", os.pathsep.join(["/data/camps.csv", "/data/villages.yaml"]))
    monkeypatch.setenv("EVENTWATCH_SOURCES", "/data/outlets.csv")
    s = ApiSettings.from_env()
    assert (s.gazetteer, s.places, s.sources) == ("/data/syria.db", ["/data/camps.csv", "/data/villages.yaml"],
                                                  ["/data/outlets.csv"])
    assert ApiSettings.from_env(places=["/other.csv"]).places == ["/other.csv"]  # an option wins
    assert ApiSettings.from_env(places=[]).places == ["/data/camps.csv", "/data/villages.yaml"]  # none given


def test_ingest_stops_on_a_bad_places_file_naming_file_and_row(tmp_path, bad_places):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    db = str(tmp_path / "s.db")
    out = run_cli("ingest", str(report), "--places", str(bad_places), db=db)
    assert out.returncode == 2
    assert "bad_places.csv:2" in out.stderr.decode().replace("\n", "")
    assert "failed" not in out.stdout.decode()  # stopped before the batch, not a failure per document


def test_ingest_stops_on_a_missing_gazetteer_store(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    out = run_cli("ingest", str(report), "--gazetteer", str(tmp_path / "none.db"), db=str(tmp_path / "s.db"))
    assert out.returncode == 2 and "none.db is not a gazetteer store" in out.stderr.decode().replace("\n", "")


def test_reprocess_places_events_with_a_places_file_given_later(tmp_path, places):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert run_cli("ingest", str(report), db=db).returncode == 0
    assert all(loc is None or loc.get("name") != "Qaryat Zumurrud Tahta" for loc in _locations(db))
    out = run_cli("reprocess", "--places", str(places), db=db)
    assert out.returncode == 0, out.stderr.decode()
    [loc] = [loc for loc in _locations(db) if loc]
    assert (loc["name"], round(loc["lat"], 2), loc["precision"]) == ("Qaryat Zumurrud Tahta", 35.71, 1)


def test_an_upload_is_geoparsed_with_the_servers_places_file(tmp_path, places):
    store = open_store(str(tmp_path / "s.db"))
    app = create_app(ApiSettings(places=[str(places)]), store=store)
    token = add_user(store.engine, "ana", "analyst")
    with TestClient(app) as client:
        r = client.post("/api/documents", params={"name": "report.txt"}, content=REPORT.encode(),
                        headers={"Authorization": "Bearer " + token, "Content-Type": "text/plain"})
        assert r.status_code == 201, r.text
        [event] = client.get("/api/events").json()["items"]
    assert event["location"]["name"] == "Qaryat Zumurrud Tahta"


def test_serve_refuses_to_start_with_a_bad_places_file(tmp_path, bad_places):
    out = run_cli("serve", "--places", str(bad_places), "--port", "1", db=str(tmp_path / "s.db"), timeout=120)
    assert out.returncode == 2
    assert "bad_places.csv:2" in out.stderr.decode().replace("\n", "")
