"""The HTTP API on real SQLite stores: filters, search, records, stats, exports, tokens, audit, limits.

The reports below are written for these tests (invented places-and-dates combinations, no corpus text);
`build_store` is shared with the browser tests in test_web.py.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

import pytest
from fastapi.testclient import TestClient

from eventwatch.api import ApiSettings, create_app
from eventwatch.api.ingesting import summary_dict
from eventwatch.batch import BatchSummary
from eventwatch.export import ACLED_COLUMNS
from eventwatch.extract.event_types import family_of
from eventwatch.model import Actor, Casualties, Document, Evidence, Mention, Place, Quantity
from eventwatch.store.access import add_user, audit_entries, authenticate, revoke_user
from eventwatch.store.database import open_engine
from eventwatch.store.queries import fts5_query
from eventwatch.store.repository import Store

PLACES = {
    "Saraqib": dict(name="Saraqib", lat=35.8623, lon=36.8006, country_code="SY", admin1="Idlib"),
    "Ariha": dict(name="Ariha", lat=35.8137, lon=36.6088, country_code="SY", admin1="Idlib"),
    "Kharkiv": dict(name="Kharkiv", lat=49.9935, lon=36.2304, country_code="UA", admin1="Kharkiv"),
    "Khartoum": dict(name="Khartoum", lat=15.5007, lon=32.5599, country_code="SD", admin1="Khartoum"),
    "Bamako": dict(name="Bamako", lat=12.6392, lon=-8.0029, country_code="ML", admin1="Bamako"),
    "Goma": dict(name="Goma", lat=-1.6792, lon=29.2228, country_code="CD", admin1="North Kivu"),
}

HOSTILE_TEXT = (
    "Security forces fired on protesters in Bamako on 5 May 2024. "
    "A banner read <script>window.__pwned = 1</script> and another <img src=x onerror=\"window.__pwned=2\">. "
    "Organisers said the march would continue."
)


@dataclass
class Said:
    """One event as one report tells it: the sentence, and the words each field was read from."""

    sentence: str
    type_: str
    date: str
    place: str
    killed: Optional[tuple[int, int, int]] = None
    actor: Optional[str] = None
    cues: dict[str, str] = field(default_factory=dict)  # field -> words inside the sentence


@dataclass
class Report:
    publisher: str
    title: str
    text: str
    published: str
    said: list[Said]
    url: Optional[str] = None


REPORTS = [
    Report("Idlib Monitor", "Air strike on Saraqib market",
           "Warplanes struck the market in Saraqib on 12 January 2024, killing 7 civilians. Rescue teams worked "
           "through the night.", "2024-01-12",
           [Said("Warplanes struck the market in Saraqib on 12 January 2024, killing 7 civilians.", "AIR_STRIKE",
                 "2024-01-12", "Saraqib", (7, 7, 7), "Military Forces of Syria",
                 {"event_type": "Warplanes struck", "killed": "killing 7 civilians", "location": "Saraqib"})],
           url="https://monitor.example.org/saraqib"),
    Report("Relief Network", "Saraqib: market hit",
           "An aerial attack hit a crowded market in Saraqib on 12 January 2024; at least 9 people died, local "
           "medics said.", "2024-01-13",
           [Said("An aerial attack hit a crowded market in Saraqib on 12 January 2024; at least 9 people died, "
                 "local medics said.", "AIR_STRIKE", "2024-01-12", "Saraqib", (9, 9, 12), "Military Forces of Syria",
                 {"event_type": "aerial attack", "killed": "at least 9 people died"})]),
    Report("Idlib Monitor", "Shelling near Ariha",
           "Artillery shells landed on the outskirts of Ariha on 3 February 2024, injuring two farmers.",
           "2024-02-03",
           [Said("Artillery shells landed on the outskirts of Ariha on 3 February 2024, injuring two farmers.",
                 "ART_MISS_ATTACK", "2024-02-03", "Ariha", None, None, {"event_type": "Artillery shells landed"})]),
    Report("Eastern Front Daily", "Missile strike in Kharkiv",
           "A missile hit a residential block in Kharkiv on 10 March 2024, killing 3 residents, the regional "
           "governor said.", "2024-03-10",
           [Said("A missile hit a residential block in Kharkiv on 10 March 2024, killing 3 residents, the regional "
                 "governor said.", "ART_MISS_ATTACK", "2024-03-10", "Kharkiv", (3, 3, 3), "Military Forces of Russia",
                 {"event_type": "missile hit", "killed": "killing 3 residents"})]),
    Report("Sudan Watch", "Clashes in Khartoum",
           "Heavy fighting broke out between the army and the Rapid Support Forces in Khartoum on 20 April 2024, "
           "killing 15 fighters.", "2024-04-21",
           [Said("Heavy fighting broke out between the army and the Rapid Support Forces in Khartoum on 20 April "
                 "2024, killing 15 fighters.", "ARMED_CLASH", "2024-04-20", "Khartoum", (15, 15, 15),
                 "Military Forces of Sudan", {"event_type": "Heavy fighting", "killed": "killing 15 fighters"})]),
    Report("<b>Sahel</b> Wire", "<img src=x onerror=\"window.__pwned=3\">", HOSTILE_TEXT, "2024-05-05",
           [Said("Security forces fired on protesters in Bamako on 5 May 2024.", "FORCE_AGAINST_PROTEST",
                 "2024-05-05", "Bamako", None, "Police Forces of Mali", {"event_type": "fired on protesters"})],
           url="javascript:window.__pwned=4"),
    Report("Great Lakes Bulletin", "Thousands flee Goma fighting",
           "Some 2,000 families fled camps near Goma on 14 June 2024 as armed groups advanced.", "2024-06-14",
           [Said("Some 2,000 families fled camps near Goma on 14 June 2024 as armed groups advanced.",
                 "ARMED_CLASH", "2024-06-14", "Goma", None, None, {"event_type": "armed groups advanced"})]),
]


def document_of(report: Report) -> Document:
    raw = report.text.encode()
    sha = hashlib.sha256(raw).hexdigest()
    return Document(id=sha[:16], sha256=sha, raw=raw, text=report.text, title=report.title,
                    publisher=report.publisher, url=report.url, content_type="txt",
                    published_at=datetime.fromisoformat(report.published).replace(tzinfo=timezone.utc),
                    text_hash=hashlib.sha256(report.text.lower().encode()).hexdigest())


def mention_of(doc: Document, said: Said) -> Mention:
    start = doc.text.index(said.sentence)
    end = start + len(said.sentence)

    def evidence(field_name: str, words: str) -> Evidence:
        at = doc.text.index(words, start)
        return Evidence(document_id=doc.id, field=field_name, text=words, start=at, end=at + len(words),
                        sentence=said.sentence, sentence_start=start)

    ev = [evidence(f, w) for f, w in said.cues.items()]
    place = Place(precision=1, **PLACES[said.place])
    m = Mention(document_id=doc.id, event_type=said.type_, event_family=family_of(said.type_),
                sentence_start=start, sentence_end=end, text=said.sentence, date=said.date, date_precision=1,
                location=place, confidence=0.8, evidence=ev)
    if said.killed:
        m.casualties = Casualties(killed=Quantity(low=said.killed[0], best=said.killed[1], high=said.killed[2],
                                                  raw=said.cues.get("killed", "")))
    if said.actor:
        m.actors = [Actor(name=said.actor, raw=said.actor, role="actor1", inter=1)]
    return m


def build_store(path: str) -> tuple[Store, dict[str, str]]:
    """A store holding REPORTS; returns it and named ids (events by place, documents by publisher/title)."""
    store = Store(open_engine(path))
    ids: dict[str, str] = {}
    for report in REPORTS:
        doc = document_of(report)
        result = store.add_document(doc, [mention_of(doc, s) for s in report.said])
        ids[f"doc:{report.title}"] = doc.id
        for s, event_id in zip(report.said, result.event_ids):
            ids.setdefault(f"event:{s.place}", event_id)
    return store, ids


# --- fixtures ----------------------------------------------------------------------------------------------


def fake_ingest(store: Store, data: bytes, name: str) -> dict:
    """Stands in for the NLP pipeline: stores the body as a document with no events."""
    text = data.decode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    added = store.add_document(Document(id=sha[:16], sha256=sha, raw=data, text=text, title=name), [])
    summary = BatchSummary(new=int(added.status == "new"), known=int(added.status == "known"),
                           document_ids=[added.document_id])
    return summary_dict(summary)


@pytest.fixture
def built(db_url):
    """The reports in a store on each backend (SQLite, and PostgreSQL when conftest's db_url has one)."""
    return build_store(db_url)


@pytest.fixture
def store(built):
    return built[0]


@pytest.fixture
def ids(built):
    return built[1]


@pytest.fixture
def client(store):
    app = create_app(ApiSettings(token_cache_seconds=0.0), store=store, ingest=fake_ingest)
    with TestClient(app) as c:
        yield c


@pytest.fixture
def analyst(store):
    return {"Authorization": "Bearer " + add_user(store.engine, "ana", "analyst")}


def events(client, **params) -> list[dict]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()["items"]


# --- reading -----------------------------------------------------------------------------------------------


def test_the_list_holds_every_event_newest_first_with_a_total(client):
    r = client.get("/api/events").json()
    assert r["total"] == 6 and r["total_exact"]
    dates = [e["date"] for e in r["items"]]
    assert dates == sorted(dates, reverse=True)
    saraqib = next(e for e in r["items"] if e["location"]["name"] == "Saraqib")
    assert saraqib["grade"] == "corroborated" and len(saraqib["sources"]) == 2


def test_time_bbox_type_actor_grade_and_casualty_filters_narrow_the_list(client):
    assert {e["location"]["name"] for e in events(client, since="2024-02-01", until="2024-04-30")} == {
        "Ariha", "Kharkiv", "Khartoum"}
    syria = "35,34,38,37"
    assert {e["location"]["name"] for e in events(client, bbox=syria)} == {"Saraqib", "Ariha"}
    assert [e["location"]["name"] for e in events(client, type="ARMED_CLASH", since="2024-05-01")] == ["Goma"]
    assert [e["location"]["name"] for e in events(client, family="Protests")] == ["Bamako"]
    assert [e["location"]["name"] for e in events(client, actor="sudan")] == ["Khartoum"]
    assert [e["location"]["name"] for e in events(client, grade="corroborated")] == ["Saraqib"]
    assert {e["location"]["name"] for e in events(client, min_killed=5)} == {"Saraqib", "Khartoum"}


def test_near_keeps_events_within_the_radius_only(client):
    # Ariha is about 18 km from Saraqib
    assert [e["location"]["name"] for e in events(client, near="35.8623,36.8006,5")] == ["Saraqib"]
    assert {e["location"]["name"] for e in events(client, near="35.8623,36.8006,25")} == {"Saraqib", "Ariha"}


def test_full_text_search_finds_events_by_their_evidence_and_by_document_words(client):
    assert [e["location"]["name"] for e in events(client, q="warplanes")] == ["Saraqib"]
    # stemming: "shell" finds "shells"; words only in the document (not the event sentence) count too
    assert [e["location"]["name"] for e in events(client, q="shell")] == ["Ariha"]
    assert [e["location"]["name"] for e in events(client, q="organisers")] == ["Bamako"]
    assert {e["location"]["name"] for e in events(client, q="missile OR rapid")} == {"Kharkiv", "Khartoum"}
    assert events(client, q="missile rapid") == []
    # punctuation is never query syntax
    assert events(client, q='"unbalanced AND ( NEAR* -') == []


def test_fts5_query_quotes_every_term():
    assert fts5_query("air strike") == '"air" "strike"'
    assert fts5_query('"market hit" OR shell*') == '"market hit" OR "shell"*'
    assert fts5_query("al-Bab)") == '"al Bab"'
    assert fts5_query("OR ( ) *") is None


def test_a_box_across_the_antimeridian_covers_cells_on_both_sides():
    from eventwatch.resolve.geometry import cell_of
    from eventwatch.store.queries import box_cells

    cells = box_cells(178.0, -17.0, -178.0, -16.0)  # around Fiji
    assert cell_of(-16.5, 179.5) in cells and cell_of(-16.5, -179.5) in cells
    assert cell_of(-16.5, 0.0) not in cells
    assert box_cells(-180.0, -90.0, 180.0, 90.0) is None  # the whole world is not listed cell by cell


def test_paging_and_sorting(client):
    first = client.get("/api/events", params={"limit": 2, "sort": "-killed"}).json()
    assert [e["location"]["name"] for e in first["items"]] == ["Khartoum", "Saraqib"]
    assert first["total"] == 6
    second = client.get("/api/events", params={"limit": 2, "offset": 2, "sort": "-killed"}).json()
    assert [e["location"]["name"] for e in second["items"]] == ["Kharkiv", "Ariha"] or second["items"][0][
        "location"]["name"] == "Kharkiv"
    assert client.get("/api/events", params={"sort": "colour"}).status_code == 422


def test_bad_parameters_are_refused_with_a_reason(client):
    for params in ({"since": "yesterday"}, {"bbox": "1,2,3"}, {"near": "1,2,-5"}, {"limit": 0},
                   {"min_killed": -1}, {"status": "maybe"}):
        r = client.get("/api/events", params=params)
        assert r.status_code == 422, params


def test_geojson_has_a_point_per_located_event_with_the_same_filters(client):
    fc = client.get("/api/events.geojson", params={"since": "2024-03-01"}).json()
    assert fc["type"] == "FeatureCollection"
    names = {f["properties"]["location_name"] for f in fc["features"]}
    assert names == {"Kharkiv", "Khartoum", "Bamako", "Goma"}
    kharkiv = next(f for f in fc["features"] if f["properties"]["location_name"] == "Kharkiv")
    assert kharkiv["geometry"] == {"type": "Point", "coordinates": [36.2304, 49.9935]}
    assert kharkiv["properties"]["killed_best"] == 3


def test_an_event_comes_with_sources_evidence_and_versions(client, ids):
    e = client.get(f"/api/events/{ids['event:Saraqib']}").json()
    assert e["event_type"] == "AIR_STRIKE" and e["status"] == "machine"
    assert {s["publisher"] for s in e["sources"]} == {"Idlib Monitor", "Relief Network"}
    fields = {ev["field"] for s in e["sources"] for ev in s["evidence"]}
    assert {"event_type", "killed"} <= fields
    assert [v["action"] for v in e["versions"]] == ["created", "source added"]
    assert client.get("/api/events/ev_nope").status_code == 404


def test_a_document_comes_with_its_text_and_the_spans_events_used(client, ids):
    doc_id = ids["doc:Air strike on Saraqib market"]
    d = client.get(f"/api/documents/{doc_id}").json()
    assert d["text"].startswith("Warplanes struck") and "raw" not in d
    (span,) = d["spans"]
    assert span["event_id"] == ids["event:Saraqib"]
    assert d["text"][span["sentence_start"]:span["sentence_end"]].endswith("killing 7 civilians.")
    killed = next(f for f in span["fields"] if f["field"] == "killed")
    assert d["text"][killed["start"]:killed["end"]] == "killing 7 civilians"
    assert client.get("/api/documents/nope").status_code == 404
    listing = client.get("/api/documents", params={"q": "medics"}).json()
    assert [x["title"] for x in listing["items"]] == ["Saraqib: market hit"]


def test_stats_count_by_period_and_family_with_casualties_by_actor(client):
    s = client.get("/api/stats", params={"bucket": "month"}).json()
    assert s["bucket"] == "month"
    assert [p["period"] for p in s["periods"]] == [f"2024-0{m}-01" for m in range(1, 7)]
    assert s["periods"][0]["counts"] == {"Explosions/Remote violence": 1}
    killed = [e["casualties"]["killed"]["best"] for e in events(client) if e["casualties"]["killed"]]
    assert s["totals"]["events"] == 6 and s["totals"]["killed"] == sum(killed) and len(killed) == 3
    top = s["by_actor"][0]
    assert top == {"actor": "Military Forces of Sudan", "events": 1, "killed": 15}
    weekly = client.get("/api/stats", params={"bucket": "week", "group": "type", "since": "2024-01-01",
                                              "until": "2024-01-31"}).json()
    assert weekly["periods"] == [{"period": "2024-01-08", "counts": {"AIR_STRIKE": 1}, "total": 1}]
    assert client.get("/api/stats", params={"bucket": "hour"}).status_code == 422


def test_stats_total_displaced_reads_the_displaced_casualties(store, client, ids):
    store.edit_event(ids["event:Goma"], {"casualties": {"displaced": {"low": 8000, "best": 10000, "high": 12000}}},
                     who="ana", why="UN figure")
    assert client.get("/api/stats").json()["totals"]["displaced"] == 10000


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "geojson", "acled-csv"])
def test_exports_in_every_format_follow_the_filters(client, fmt):
    r = client.get(f"/api/export/{fmt}", params={"since": "2024-03-01", "sort": "date"})
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    body = r.text
    if fmt == "jsonl":
        rows = [json.loads(line) for line in body.splitlines()]
    elif fmt == "json":
        rows = json.loads(body)
    elif fmt == "geojson":
        rows = json.loads(body)["features"]
    else:
        rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 4
    if fmt == "acled-csv":
        assert list(rows[0]) == ACLED_COLUMNS and rows[0]["location"] == "Kharkiv"
    assert client.get("/api/export/xlsx").status_code == 404


def test_openapi_schema_describes_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/events.geojson", "/api/events/{event_id}", "/api/documents/{document_id}",
              "/api/stats", "/api/documents", "/api/events/merge", "/api/events/{event_id}/split",
              "/api/export/{fmt}"):
        assert p in paths, p
    assert "patch" in paths["/api/events/{event_id}"]


# --- tokens and writes -------------------------------------------------------------------------------------


def test_tokens_are_stored_only_as_scrypt_hashes(store):
    token = add_user(store.engine, "rim", "viewer")
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT token_id, token_salt, token_hash FROM users WHERE name='rim'").one()
    assert token.split(".")[2] not in "".join(row)
    assert authenticate(store.engine, token).role == "viewer"
    assert authenticate(store.engine, token + "x") is None
    assert authenticate(store.engine, "ew.nothing.here") is None
    assert revoke_user(store.engine, "rim") and authenticate(store.engine, token) is None


def test_a_write_without_a_token_is_refused_and_audited(client, store, ids):
    r = client.patch(f"/api/events/{ids['event:Kharkiv']}", json={"why": "looks right", "status": "confirmed"})
    assert r.status_code == 401
    r = client.patch(f"/api/events/{ids['event:Kharkiv']}", json={"why": "looks right", "status": "confirmed"},
                     headers={"Authorization": "Bearer ew.0000.forged"})
    assert r.status_code == 401
    assert client.get(f"/api/events/{ids['event:Kharkiv']}").json()["status"] == "machine"
    total, rows = audit_entries(store.engine)
    assert total == 2 and {r["outcome"] for r in rows} == {"denied"}
    assert {r["detail"]["reason"] for r in rows} == {"no token", "invalid token"}


def test_a_viewer_cannot_write(client, store, ids):
    viewer = {"Authorization": "Bearer " + add_user(store.engine, "vic", "viewer")}
    r = client.post("/api/events/merge", json={"a": ids["event:Saraqib"], "b": ids["event:Ariha"], "why": "same"},
                    headers=viewer)
    assert r.status_code == 403
    assert audit_entries(store.engine)[1][0]["who"] == "vic"


def test_an_analyst_edit_is_kept_in_the_history_and_the_audit_log(client, store, ids, analyst):
    eid = ids["event:Kharkiv"]
    r = client.patch(f"/api/events/{eid}", headers=analyst, json={
        "why": "the governor later said 4", "changes": {
            "casualties": {"killed": {"low": 4, "best": 4, "high": 4}}, "event_type": "AIR_STRIKE"}})
    assert r.status_code == 200, r.text
    e = r.json()
    assert e["casualties"]["killed"]["best"] == 4 and e["event_type"] == "AIR_STRIKE"
    assert e["overrides"]["casualties"]["who"] == "ana"
    last = e["versions"][-1]
    assert last["who"] == "ana" and last["why"] == "the governor later said 4" and "casualties" in last["changed"]
    (entry,) = audit_entries(store.engine)[1]
    assert (entry["who"], entry["action"], entry["outcome"], entry["target"]) == ("ana", "event.edit", "ok", eid)


def test_confirm_and_reject_set_the_review_status(client, ids, analyst):
    eid = ids["event:Goma"]
    assert client.patch(f"/api/events/{eid}", headers=analyst,
                        json={"why": "checked with partner", "status": "confirmed"}).json()["status"] == "confirmed"
    rejected = client.patch(f"/api/events/{eid}", headers=analyst,
                            json={"why": "duplicate of a later report", "status": "rejected"}).json()
    assert rejected["status"] == "rejected" and rejected["grade"] == "retracted"
    assert [e["id"] for e in events(client, status="rejected")] == [eid]


def test_invalid_edits_are_refused_and_audited(client, store, ids, analyst):
    eid = ids["event:Goma"]
    cases = [
        {"why": "x", "status": "confirmed"},  # reason too short
        {"why": "typo", "changes": {"event_type": "PICNIC"}},
        {"why": "typo", "changes": {"date": "14/06/2024"}},
        {"why": "typo", "changes": {"colour": "red"}},
        {"why": "typo", "changes": {"casualties": {"killed": {"low": 5, "best": 2}}}},
        {"why": "typo"},
    ]
    for body in cases:
        assert client.patch(f"/api/events/{eid}", headers=analyst, json=body).status_code == 422, body
    assert client.patch("/api/events/ev_missing", headers=analyst,
                        json={"why": "checked", "status": "confirmed"}).status_code == 404
    outcomes = [r["outcome"] for r in audit_entries(store.engine, limit=50)[1]]
    assert outcomes.count("invalid") == len(cases) and outcomes.count("not_found") == 1


def test_merge_folds_one_event_into_another_and_the_old_id_still_answers(client, ids, analyst):
    a, b = ids["event:Saraqib"], ids["event:Ariha"]
    r = client.post("/api/events/merge", headers=analyst, json={"a": a, "b": b, "why": "same strike, misplaced"})
    assert r.status_code == 200, r.text
    assert len(r.json()["sources"]) == 3
    assert b not in [e["id"] for e in events(client)]
    old = client.get(f"/api/events/{b}").json()
    assert old["id"] == a and old["requested_id"] == b


def test_split_moves_sources_to_a_new_event(client, ids, analyst):
    eid = ids["event:Saraqib"]
    moved = ids["doc:Saraqib: market hit"]
    r = client.post(f"/api/events/{eid}/split", headers=analyst, json={"document_ids": [moved], "why": "two strikes"})
    assert r.status_code == 200, r.text
    new = r.json()
    assert new["id"] != eid and [s["document_id"] for s in new["sources"]] == [moved]
    assert len(client.get(f"/api/events/{eid}").json()["sources"]) == 1
    assert client.post(f"/api/events/{eid}/split", headers=analyst,
                       json={"document_ids": ["nope"], "why": "two strikes"}).status_code == 422


def test_documents_can_be_posted_by_an_analyst(client, store, analyst):
    r = client.post("/api/documents", params={"name": "note.txt"}, content=b"A new report about Goma.",
                    headers={**analyst, "Content-Type": "text/plain"})
    assert r.status_code == 201, r.text
    assert r.json()["new"] == 1
    again = client.post("/api/documents", content=b"A new report about Goma.", headers=analyst)
    assert again.status_code == 200 and again.json()["known"] == 1
    assert client.post("/api/documents", content=b"x").status_code == 401
    actions = [(e["action"], e["outcome"]) for e in audit_entries(store.engine)[1]]
    assert actions.count(("document.ingest", "ok")) == 2


def test_request_bodies_over_the_limit_are_refused(store, analyst):
    app = create_app(ApiSettings(max_upload_bytes=1000, max_body_bytes=500), store=store, ingest=fake_ingest)
    with TestClient(app) as c:
        assert c.post("/api/documents", content=b"x" * 2000, headers=analyst).status_code == 413

        def chunks():
            for _ in range(5):
                yield b"y" * 400

        assert c.post("/api/documents", content=chunks(), headers=analyst).status_code == 413
        assert c.patch("/api/events/x", content=b"{" + b" " * 600 + b"}",
                       headers={**analyst, "Content-Type": "application/json"}).status_code == 413
    assert store.document_count() == len(REPORTS)


def test_reads_can_require_a_token(store):
    app = create_app(ApiSettings(read_token_required=True), store=store, ingest=fake_ingest)
    viewer = {"Authorization": "Bearer " + add_user(store.engine, "vera", "viewer")}
    with TestClient(app) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/api/events", headers=viewer).status_code == 200
        assert c.get("/api/config").status_code == 200  # the UI needs it to show the sign-in form
        assert c.get("/").status_code == 200


def test_audit_log_is_for_admins(client, store, analyst):
    admin = {"Authorization": "Bearer " + add_user(store.engine, "root", "admin")}
    assert client.get("/api/audit", headers=analyst).status_code == 403
    r = client.get("/api/audit", headers=admin).json()
    assert r["total"] >= 1 and r["items"][0]["action"] == "audit.read"


# --- pages and files ---------------------------------------------------------------------------------------


def test_pages_carry_a_strict_content_security_policy(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text.replace("<script src", "")  # no inline script at all
    assert client.get("/docs").status_code == 200


def test_no_url_reaches_files_outside_the_known_tables(client):
    for path in ("/static/../../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml",
                 "/static/..%2f..%2fpyproject.toml", "/vendor/../package.json", "/vendor/leaflet/package.json",
                 "/static/index.html", "/static//etc/passwd", "/vendor/%2fetc%2fpasswd"):
        assert client.get(path).status_code == 404, path
    assert client.get("/static/js/main.js").status_code == 200


def test_tile_setting_opens_the_csp_to_that_tile_server_only(store):
    settings = ApiSettings(tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    with TestClient(create_app(settings, store=store, ingest=fake_ingest)) as c:
        csp = c.get("/").headers["content-security-policy"]
        assert "img-src 'self' data: https://*.tiles.example.org" in csp
        assert c.get("/api/config").json()["tiles"] == settings.tiles


# --- the commands ------------------------------------------------------------------------------------------


def test_users_add_prints_a_token_once_and_serve_answers_with_the_store(tmp_path):
    import socket
    import subprocess
    import sys
    import time

    import httpx

    from conftest import run_cli

    db = str(tmp_path / "cli.db")
    build_store(db)
    added = run_cli("users", "add", "sam", "--role", "analyst", db=db)
    assert added.returncode == 0, added.stderr
    token = added.stdout.decode().strip()
    assert token.startswith("ew.") and run_cli("users", "add", "sam", db=db).returncode == 1
    assert run_cli("users", "add", "kim", "--role", "boss", db=db).returncode == 2
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "eventwatch", "serve", "--db", db, "--port", str(port),
                               "--read-token-required"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(base + "/api/config", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and server.poll() is None, server.stderr.read().decode()
                time.sleep(0.2)
        assert httpx.get(base + "/api/events").status_code == 401
        r = httpx.get(base + "/api/events", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200 and r.json()["total"] == 6
        assert "server" not in r.headers
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert run_cli("users", "revoke", "sam", db=db).returncode == 0
    assert run_cli("users", "revoke", "sam", db=db).returncode == 1



def test_a_posted_report_goes_through_the_pipeline_into_events(tmp_path, resources):
    from eventwatch.api.ingesting import PipelineIngester

    store = Store(open_engine(str(tmp_path / "pipeline.db")))
    token = add_user(store.engine, "ana", "analyst")
    app = create_app(ApiSettings(), store=store, ingest=PipelineIngester(2_000_000, resources=resources))
    report = ("ALEPPO, 3 March 2023 — Government warplanes bombed a market in the town of Saraqib on Thursday, "
              "killing 6 civilians and wounding 11 others, local rescuers said.\n")
    with TestClient(app) as c:
        r = c.post("/api/documents", params={"name": "report.txt"}, content=report.encode(),
                   headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 201, r.text
        summary = r.json()
        assert summary["new"] == 1 and summary["failed"] == []
        listed = c.get("/api/events").json()
        assert listed["total"] == summary["events_created"] >= 1
        doc = c.get(f"/api/documents/{summary['document_ids'][0]}").json()
        assert doc["text"].startswith("ALEPPO") and doc["spans"]
