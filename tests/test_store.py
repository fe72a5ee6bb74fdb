"""The store: migrations, one transaction per document, resolution into events, filters and exports."""
from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import inspect, text

from eventwatch.export import ACLED_COLUMNS, events_to_string
from eventwatch.model import Document
from eventwatch.store.database import open_engine
from eventwatch.store.repository import EventFilter, Store
from test_resolve import ARIHA, mention


def doc(body: str, publisher: str = "Agency", text_hash: str | None = None) -> Document:
    raw = body.encode()
    sha = hashlib.sha256(raw).hexdigest()
    return Document(id=sha[:16], sha256=sha, raw=raw, text=body, publisher=publisher,
                    published_at=datetime(2020, 1, 31, tzinfo=timezone.utc),
                    text_hash=text_hash or hashlib.sha256(body.lower().encode()).hexdigest())


@pytest.fixture
def store(db_url):
    engine = open_engine(db_url)
    yield Store(engine)
    engine.dispose()


def test_migrations_create_the_schema_and_sqlite_runs_in_wal_mode(tmp_path):
    engine = open_engine(str(tmp_path / "s.db"))
    names = set(inspect(engine).get_table_names())
    assert {"documents", "events", "mentions", "event_actors", "event_versions", "alembic_version"} <= names
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    open_engine(str(tmp_path / "s.db"))  # opening again is a no-op


def test_the_same_bytes_are_stored_once(store):
    d = doc("Warplanes struck Saraqib.")
    assert store.add_document(d, [mention(doc=d.id)]).status == "new"
    again = store.add_document(doc("Warplanes struck Saraqib."), [mention(doc=d.id)])
    assert again.status == "known" and again.document_id == d.id
    assert store.document_count() == 1
    assert len(store.list_events()) == 1


def test_raw_bytes_are_kept_unchanged(store):
    d = doc("Line one.\r\n  Line two with  spaces.\r\n")
    store.add_document(d, [])
    assert store.get_document(d.id)["raw"] == d.raw


def test_a_near_identical_copy_is_recorded_as_a_copy_and_counts_once(store):
    a = doc("Wire text about Saraqib.", publisher="Wire", text_hash="same")
    b = doc("Wire text about  Saraqib. ", publisher="Daily", text_hash="same")
    store.add_document(a, [mention(doc=a.id)])
    result = store.add_document(b, [mention(doc=b.id)])
    assert result.copy_of == a.id
    (event,) = store.list_events()
    assert len(event.sources) == 2 and event.independent_sources == 1


def test_reports_from_several_outlets_join_one_event_with_a_version_each(store):
    ids = []
    for i, (pub, k) in enumerate([("A", 9), ("B", 11), ("C", 12)]):
        d = doc(f"report {i}", publisher=pub)
        ids.append(store.add_document(d, [mention(doc=d.id, killed=(k, k, k))]).event_ids)
    assert ids[0] == ids[1] == ids[2]
    (event,) = store.list_events()
    assert event.grade == "corroborated" and event.independent_sources == 3
    assert (event.casualties.killed.low, event.casualties.killed.best, event.casualties.killed.high) == (9, 11, 12)
    assert [h["action"] for h in store.history(event.id)] == ["created", "source added", "source added"]


def test_neighbouring_towns_stay_two_events(store):
    a, b = doc("a"), doc("b")
    store.add_document(a, [mention(doc=a.id)])
    store.add_document(b, [mention(doc=b.id, place=ARIHA)])
    assert len(store.list_events()) == 2


def test_filters(store):
    a, b = doc("a"), doc("b")
    store.add_document(a, [mention(doc=a.id, actor="Syrian Government Forces")])
    store.add_document(b, [mention(doc=b.id, place=ARIHA, date="2020-02-05", type_="ARMED_CLASH")])
    assert len(store.list_events(EventFilter(since="2020-02-01"))) == 1
    assert len(store.list_events(EventFilter(event_type="ARMED_CLASH"))) == 1
    assert len(store.list_events(EventFilter(actor="government"))) == 1
    assert len(store.list_events(EventFilter(place="sara"))) == 1
    assert len(store.list_events(EventFilter(near=(35.86, 36.80, 5)))) == 1
    assert len(store.list_events(EventFilter(near=(35.86, 36.80, 30)))) == 2
    assert len(store.list_events(EventFilter(bbox=(36.5, 35.7, 36.7, 35.9)))) == 1


def test_a_failing_document_leaves_nothing_behind(store):
    d = doc("half written")
    bad = mention(doc=d.id)
    bad.event_type = None  # violates NOT NULL inside the transaction
    with pytest.raises(Exception):
        store.add_document(d, [bad])
    assert store.document_count() == 0 and store.list_events() == []


def test_exports(store):
    d = doc("a")
    store.add_document(d, [mention(doc=d.id, killed=(9, 10, 12), actor="Syrian Government Forces")])
    events = store.list_events()
    rows = list(csv.DictReader(io.StringIO(events_to_string(events, "acled-csv"))))
    assert list(rows[0]) == ACLED_COLUMNS
    row = rows[0]
    assert (row["country"], row["iso"], row["region"]) == ("Syria", "760", "Middle East")
    assert row["event_type"] == "Explosions/Remote violence" and row["sub_event_type"] == "Air/drone strike"
    assert row["fatalities"] == "10" and row["actor1"] == "Syrian Government Forces" and row["inter1"] == "1"
    assert row["event_id_cnty"].startswith("SYR")
    gj = json.loads(events_to_string(events, "geojson"))
    assert gj["features"][0]["geometry"]["coordinates"] == [36.8006, 35.8623]
    line = json.loads(events_to_string(events, "jsonl").splitlines()[0])
    assert line["sources"][0]["document_id"] == d.id
    flat = list(csv.DictReader(io.StringIO(events_to_string(events, "csv"))))
    assert flat[0]["killed_best"] == "10"


def test_an_analyst_edit_survives_a_new_source_and_shows_in_history(store):
    a, b = doc("a", publisher="A"), doc("b", publisher="B")
    (eid,) = store.add_document(a, [mention(doc=a.id, killed=(9, 9, 9))]).event_ids
    store.edit_event(eid, {"event_type": "ART_MISS_ATTACK"}, who="rania", why="crater analysis shows shelling")
    store.add_document(b, [mention(doc=b.id, killed=(11, 11, 11))])
    event = store.get_event(eid)
    assert event.event_type == "ART_MISS_ATTACK" and event.event_family == "Explosions/Remote violence"
    assert event.overrides["event_type"]["who"] == "rania"
    assert len(event.sources) == 2
    actions = [(h["who"], h["action"]) for h in store.history(eid)]
    assert ("rania", "edited: event_type") in actions and actions[-1] == ("eventwatch", "source added")


def test_an_edit_with_an_unknown_field_or_label_is_refused(store):
    a = doc("a")
    (eid,) = store.add_document(a, [mention(doc=a.id)]).event_ids
    with pytest.raises(ValueError):
        store.edit_event(eid, {"id": "x"}, who="r", why="")
    with pytest.raises(ValueError):
        store.edit_event(eid, {"event_type": "NOT_A_TYPE"}, who="r", why="")


def test_merge_keeps_the_old_id_answering_and_split_pins_the_sources(store):
    a, b, c = doc("a", publisher="A"), doc("b", publisher="B"), doc("c", publisher="C")
    (ea,) = store.add_document(a, [mention(doc=a.id)]).event_ids
    (eb,) = store.add_document(b, [mention(doc=b.id, place=ARIHA)]).event_ids
    merged = store.merge_events(ea, eb, who="sam", why="same strike, two names for the area")
    assert merged.id == ea and len(merged.sources) == 2
    assert store.get_event(eb).id == ea and len(store.list_events()) == 1
    new = store.split_event(ea, [b.id], who="sam", why="different strike after all")
    assert [s.document_id for s in new.sources] == [b.id]
    assert [s.document_id for s in store.get_event(ea).sources] == [a.id]
    # a later report from Saraqib joins the original, never the split-off event
    store.add_document(c, [mention(doc=c.id)])
    assert len(store.get_event(ea).sources) == 2


def test_a_rejected_event_is_graded_retracted(store):
    a = doc("a")
    (eid,) = store.add_document(a, [mention(doc=a.id)]).event_ids
    event = store.review_event(eid, "rejected", who="sam", why="satire site")
    assert event.status == "rejected" and event.grade == "retracted"


def test_a_syndicated_copy_with_a_new_headline_is_found_as_a_copy(store):
    wire = ("Warplanes struck a crowded market in the town of Saraqib on Thursday, killing at least nine people "
            "and wounding more than twenty others, rescue workers said. The strike hit the main market shortly "
            "after noon when it was busiest. Residents said two missiles landed within minutes of each other.")
    reprint = "MARKET STRIKE KILLS NINE\n" + wire + "\nShare this story. Subscribe to our newsletter."
    separate = ("Rescue workers in Saraqib said nine people died on Thursday when the market was hit around noon; "
                "a resident described two missiles and dozens of wounded being carried to the hospital in Idlib.")
    a, b, c = doc(wire, publisher="Wire"), doc(reprint, publisher="Daily"), doc(separate, publisher="Civil Defence")
    store.add_document(a, [mention(doc=a.id)])
    assert store.add_document(b, [mention(doc=b.id)]).copy_of == a.id
    assert store.add_document(c, [mention(doc=c.id)]).copy_of is None
    (event,) = store.list_events()
    assert len(event.sources) == 3 and event.independent_sources == 2


def test_re_extraction_keeps_event_ids_and_analyst_decisions(store):
    a, b = doc("a", publisher="A"), doc("b", publisher="B")
    (ea,) = store.add_document(a, [mention(doc=a.id)]).event_ids
    (eb,) = store.add_document(b, [mention(doc=b.id, place=ARIHA)]).event_ids
    store.merge_events(ea, eb, who="sam", why="one strike")
    store.edit_event(ea, {"date": "2020-01-29"}, who="sam", why="video metadata")
    # the extractor is improved and runs again over both documents
    store.replace_mentions(a.id, [mention(doc=a.id, killed=(5, 5, 5))])
    store.replace_mentions(b.id, [mention(doc=b.id, place=ARIHA)])
    (event,) = store.list_events()
    assert event.id == ea and len(event.sources) == 2
    assert event.date == "2020-01-29" and event.casualties.killed.best == 5


def test_an_event_whose_only_source_no_longer_reports_it_is_retracted_not_lost(store):
    a = doc("a")
    (eid,) = store.add_document(a, [mention(doc=a.id)]).event_ids
    store.replace_mentions(a.id, [])
    event = store.get_event(eid)
    assert event.grade == "retracted" and event.sources == []


def test_distance_filters_use_postgis_where_the_server_has_it(store, db_url):
    if store.engine.dialect.name != "postgresql":
        assert store.postgis is False
        return
    with store.engine.connect() as conn:
        available = conn.execute(text("select 1 from pg_available_extensions where name = 'postgis'")).scalar()
    assert store.postgis is bool(available)
    a = doc("a")
    store.add_document(a, [mention(doc=a.id)])
    assert len(store.list_events(EventFilter(near=(35.86, 36.80, 5)))) == 1
    assert store.list_events(EventFilter(near=(35.0, 36.0, 5))) == []


# --- writing many documents: one transaction per group, the same store as one at a time --------------------

def _reports() -> list[tuple[Document, list]]:
    """Reports that join, stay apart, copy one another and carry two mentions, in arrival order."""
    from test_resolve import IDLIB_GOV, SARAQIB

    out = []
    for i, (pub, place, day, killed) in enumerate([
            ("A", SARAQIB, "2020-01-30", (9, 9, 9)), ("B", SARAQIB, "2020-01-30", (11, 11, 11)),
            ("C", ARIHA, "2020-01-30", (3, 3, 3)), ("D", SARAQIB, "2020-02-02", (1, 1, 1)),
            ("E", IDLIB_GOV, "2020-01-30", (12, 12, 12))]):
        d = doc(f"report {i} from {pub}", publisher=pub)
        ms = [mention(doc=d.id, place=place, date=day, killed=killed, precision=3 if place is IDLIB_GOV else 1)]
        if i == 3:  # a second event in the same report
            ms.append(mention(doc=d.id, type_="ARMED_CLASH", place=ARIHA, start=40))
        out.append((d, ms))
    copy = doc("report 0 from A, syndicated", publisher="Daily", text_hash=out[0][0].text_hash)
    out.append((copy, [mention(doc=copy.id, killed=(9, 9, 9))]))
    out.append((out[1][0], out[1][1]))  # the same bytes again within the batch
    return out


def _state(store: Store) -> list:
    return [(e.id, e.grade, e.independent_sources, [s.document_id for s in e.sources],
             e.casualties.killed.best if e.casualties.killed else None,
             [(h["version"], h["action"], h["why"]) for h in store.history(e.id)])
            for e in store.list_events()]


def test_a_group_written_in_one_transaction_resolves_exactly_as_documents_one_at_a_time(tmp_path):
    one_by_one = Store(open_engine(str(tmp_path / "one.db")))
    singles = [one_by_one.add_document(d, ms) for d, ms in _reports()]
    grouped = Store(open_engine(str(tmp_path / "group.db")))
    together = grouped.add_documents([(d, ms, None) for d, ms in _reports()])
    assert [(r.status, r.document_id, r.copy_of, r.event_ids, r.new_events) for r in together] == \
           [(r.status, r.document_id, r.copy_of, r.event_ids, r.new_events) for r in singles]
    assert together[-1].status == "known" and together[-2].copy_of == together[0].document_id
    assert _state(grouped) == _state(one_by_one)


def test_work_done_beforehand_by_a_worker_is_what_the_store_would_compute(tmp_path):
    from eventwatch.store.repository import prepare_write

    plain = Store(open_engine(str(tmp_path / "plain.db")))
    for d, ms in _reports():
        plain.add_document(d, ms)
    prepared = Store(open_engine(str(tmp_path / "prepared.db")))
    for d, ms in _reports():
        prepared.add_document(d, ms, prepare_write(d, ms))
    assert _state(prepared) == _state(plain)


def test_a_group_with_a_document_that_cannot_be_stored_keeps_every_document_before_it(tmp_path, monkeypatch):
    from eventwatch.batch import BatchSummary, _store_many

    store = Store(open_engine(str(tmp_path / "s.db")))
    reports = _reports()[:5]
    bad = reports[3][0]
    real_add = Store._add

    def add(self, conn, d, ms, prepared=None):
        if d.id == bad.id:
            raise RuntimeError("disk full")
        return real_add(self, conn, d, ms, prepared)

    monkeypatch.setattr(Store, "_add", add)
    with pytest.raises(RuntimeError, match="disk full"):
        _store_many(store, reports, BatchSummary())
    stored = {d["id"] for d in store.list_documents()}
    assert stored == {d.id for d, _ in reports[:3]}
