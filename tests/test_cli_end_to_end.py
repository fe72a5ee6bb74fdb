"""The whole pipeline as a user runs it: demo reports in, events with evidence out, exports back in."""
from __future__ import annotations

import csv
import io
import json
from importlib import resources as ir

import pytest

from conftest import run_cli
from eventwatch.export import ACLED_COLUMNS

DEMO = str(ir.files("eventwatch.data").joinpath("demo"))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    result = run_cli("demo", db=db)
    assert result.returncode == 0, result.stderr.decode()
    return db, result.stdout.decode()


def events_json(db: str, *args: str) -> list[dict]:
    out = run_cli("events", "--format", "json", *args, db=db)
    assert out.returncode == 0, out.stderr.decode()
    return json.loads(out.stdout)


def test_demo_prints_a_table_of_events(demo_db):
    _, stdout = demo_db
    assert "new" in stdout and "events" in stdout
    assert "AIR_STRIKE" in stdout


def test_every_event_field_carries_evidence_that_points_into_its_document(demo_db):
    db, _ = demo_db
    events = events_json(db)
    assert len(events) >= 5
    texts: dict[str, str] = {}
    for e in events:
        assert e["sources"], e["id"]
        for src in e["sources"]:
            if src["document_id"] not in texts:
                doc = run_cli("document", src["document_id"], "--json", db=db)
                texts[src["document_id"]] = json.loads(doc.stdout)["text"]
            text = texts[src["document_id"]]
            assert src["evidence"]
            for ev in src["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["text"], (e["id"], ev)
                assert text[ev["sentence_start"]:ev["sentence_start"] + len(ev["sentence"])] == ev["sentence"]


def test_one_incident_told_by_several_outlets_is_one_corroborated_event(demo_db):
    db, _ = demo_db
    multi = [e for e in events_json(db) if len(e["sources"]) >= 3]
    assert multi, "the demo tells one incident through several outlets"
    event = multi[0]
    assert event["independent_sources"] < len(event["sources"]) or event["grade"] in ("corroborated", "contested")
    assert event["independent_sources"] >= 2


def test_a_denied_event_is_contested(demo_db):
    db, _ = demo_db
    assert any(e["grade"] == "contested" for e in events_json(db))


def test_filters(demo_db):
    db, _ = demo_db
    everything = events_json(db)
    strikes = events_json(db, "--type", "AIR_STRIKE")
    assert strikes and all(e["event_type"] == "AIR_STRIKE" for e in strikes) and len(strikes) < len(everything)
    near_idlib = events_json(db, "--near", "35.93,36.63,60")
    assert near_idlib and len(near_idlib) < len(everything)
    in_box = events_json(db, "--bbox", "35.5,35.0,37.5,37.0")
    assert {e["id"] for e in near_idlib} <= {e["id"] for e in in_box} | {e["id"] for e in near_idlib}
    dated = [e["date"] for e in everything if e["date"]]
    later = events_json(db, "--since", max(dated))
    assert all(e["date"] >= max(dated) for e in later)


def test_show_prints_every_field_with_its_sentence(demo_db):
    db, _ = demo_db
    event = events_json(db, "--type", "AIR_STRIKE")[0]
    out = run_cli("show", event["id"], db=db)
    assert out.returncode == 0
    text = out.stdout.decode()
    for word in ("date", "location", "grade", "source"):
        assert word in text
    sentence = event["sources"][0]["evidence"][0]["sentence"]
    assert " ".join(sentence.split()[:4]) in " ".join(text.split())
    assert run_cli("show", "ev-does-not-exist", db=db).returncode == 1


def test_reingesting_the_demo_stores_nothing_new(demo_db):
    db, _ = demo_db
    before = events_json(db)
    out = run_cli("ingest", DEMO, db=db)
    assert out.returncode == 0
    assert "0 new" in out.stdout.decode()
    assert len(events_json(db)) == len(before)


def test_documents_and_document(demo_db):
    db, _ = demo_db
    out = run_cli("documents", "--format", "json", db=db)
    docs = json.loads(out.stdout)
    assert len(docs) >= 14
    assert any(d["copy_of"] for d in docs), "the syndicated copy is recorded as a copy"
    one = json.loads(run_cli("document", docs[0]["id"], "--json", db=db).stdout)
    assert one["text"] and one["sha256"]


def test_acled_csv_export_reads_back_with_acleds_columns(demo_db, tmp_path):
    db, _ = demo_db
    out = tmp_path / "acled.csv"
    assert run_cli("export", "--format", "acled-csv", str(out), db=db).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and list(rows[0]) == ACLED_COLUMNS
    assert {r["country"] for r in rows} >= {"Syria"}
    for r in rows:
        int(r["fatalities"])
        assert r["event_date"][:4] == r["year"]


def test_other_exports(demo_db, tmp_path):
    db, _ = demo_db
    for fmt in ("jsonl", "csv", "geojson"):
        out = tmp_path / f"events.{fmt}"
        assert run_cli("export", "--format", fmt, str(out), db=db).returncode == 0
        assert out.stat().st_size > 0
    gj = json.loads((tmp_path / "events.geojson").read_text())
    assert gj["type"] == "FeatureCollection" and any(f["geometry"] for f in gj["features"])


def test_a_batch_with_bad_files_keeps_the_good_ones_and_exits_1(tmp_path):
    db = str(tmp_path / "b.db")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Aleppo, 3 February 2020\nShelling hit the town of Atarib in western rural Aleppo on Monday, "
        "killing four civilians, local medics said.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (folder / "broken.jsonl").write_text('{"text": "Protesters gathered in Daraa on Friday."}\n{not json\n')
    out = run_cli("ingest", str(folder), db=db)
    assert out.returncode == 1
    err = out.stderr.decode()
    assert "empty.txt" in err and "binary.txt" in err and "broken.jsonl:2" in err
    assert "2 new" in out.stdout.decode()


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("ingest", str(tmp_path / "missing"), db=str(tmp_path / "x.db")).returncode == 2
    assert run_cli("events", "--near", "1,2", db=str(tmp_path / "x.db")).returncode == 2
    assert run_cli("events", "--since", "yesterday", db=str(tmp_path / "x.db")).returncode == 2


def test_stdin_is_a_source(tmp_path):
    db = str(tmp_path / "s.db")
    text = b"Gunmen abducted two aid workers near Raqqa on 2 February 2020, the agency said.\n"
    out = run_cli("ingest", "-", db=db, input=text)
    assert out.returncode == 0, out.stderr.decode()
    assert "1 new" in out.stdout.decode()
