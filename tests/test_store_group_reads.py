"""A group of documents written in one transaction reads what it needs once for the group (stored hashes,
analyst pins), holds its actor and version rows until just before it commits, and serialises each event's
JSON once; what it stores must be exactly what a statement per row stores, on both backends."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine
from sqlalchemy import event as sa_event

from eventwatch.batch import ingest_results
from eventwatch.ingest import ReadResult
from eventwatch.store.database import DumpedJSON, dumps, open_engine
from eventwatch.store.repository import Store
from test_resolve import mention
from test_store import _reports, doc


@pytest.fixture
def store(db_url):
    engine = open_engine(db_url)
    yield Store(engine)
    engine.dispose()


def _statements(store: Store) -> list[str]:
    seen: list[str] = []
    sa_event.listen(store.engine, "before_cursor_execute",
                    lambda conn, cursor, sql, params, context, many: seen.append(" ".join(sql.split())))
    return seen


def _actor_rows(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "select event_id, name, role from event_actors order by event_id, name, role")]


def _with_actors() -> list:
    """Reports of one strike naming different attackers, and a second strike, in arrival order."""
    out = []
    for i, (pub, actor, day) in enumerate([("A", "Military Forces of Syria", "2020-01-30"),
                                            ("B", "Military Forces of Russia", "2020-01-30"),
                                            ("C", None, "2020-01-30"),
                                            ("D", "Hayat Tahrir al-Sham", "2020-02-03")]):
        d = doc(f"strike report {i} from {pub}", publisher=pub)
        out.append((d, [mention(doc=d.id, date=day, actor=actor)]))
    return out


def test_a_groups_actor_rows_are_those_one_document_at_a_time_leaves(store, tmp_path):
    one_by_one = Store(open_engine(str(tmp_path / "one.db")))
    for d, ms in _with_actors():
        one_by_one.add_document(d, ms)
    seen = _statements(store)
    store.add_documents([(d, ms, None) for d, ms in _with_actors()])
    expected = _actor_rows(one_by_one)
    assert {name for _, name, _ in expected} >= {"Military Forces of Syria", "Military Forces of Russia"}
    assert _actor_rows(store) == expected
    assert sum(s.startswith("INSERT INTO event_actors") for s in seen) == 1


def test_actor_rows_stored_by_an_earlier_group_are_replaced_not_doubled(store, tmp_path):
    reports = _with_actors()
    one_by_one = Store(open_engine(str(tmp_path / "one.db")))
    for d, ms in reports:
        one_by_one.add_document(d, ms)
    store.add_documents([(d, ms, None) for d, ms in reports[:1]])
    store.add_documents([(d, ms, None) for d, ms in reports[1:]])
    assert _actor_rows(store) == _actor_rows(one_by_one)


def test_an_analysts_edit_writes_its_actor_rows_at_once(store):
    d, ms = _with_actors()[0]
    (eid,) = store.add_document(d, ms).event_ids
    store.edit_event(eid, {"actors": [{"name": "Islamic State", "role": "actor1", "raw": "IS"}]},
                     who="rania", why="claim")
    assert _actor_rows(store) == [(eid, "Islamic State", "actor1")]
    assert [a.name for a in store.get_event(eid).actors] == ["Islamic State"]


def test_a_group_reads_stored_hashes_and_pins_in_one_statement_each(store):
    first, *rest = _reports()
    store.add_document(*first)
    seen = _statements(store)
    added = store.add_documents([(d, ms, None) for d, ms in [first, *rest]])
    assert added[0].status == "known" and added[0].document_id == first[0].id
    assert added[-1].status == "known"  # the same bytes twice within the group
    assert sum(s.startswith("SELECT documents.sha256") for s in seen) == 1
    assert sum("FROM mention_pins" in s for s in seen) == 1


def test_a_mention_pinned_by_an_analyst_keeps_its_event_when_its_document_is_written_again(store):
    a, b = doc("first report", publisher="A"), doc("second report", publisher="B")
    (ea,) = store.add_document(a, [mention(doc=a.id)]).event_ids
    store.add_document(b, [mention(doc=b.id)])
    moved = store.split_event(ea, [b.id], who="rania", why="two strikes")
    # b's row goes (as a re-ingest after a purge would find it): its pin stays, and it must win again
    with store.engine.begin() as conn:
        conn.exec_driver_sql(f"delete from mentions where document_id = '{b.id}'")
        conn.exec_driver_sql(f"delete from document_bands where document_id = '{b.id}'")
        conn.exec_driver_sql(f"delete from documents where id = '{b.id}'")
    (again,) = store.add_documents([(b, [mention(doc=b.id)], None)])
    assert again.event_ids == [moved.id]


def test_known_documents_names_the_stored_ones_among_many_hashes(store):
    a, b = doc("stored one"), doc("never stored")
    store.add_document(a, [])
    seen = _statements(store)
    assert store.known_documents([a.sha256, b.sha256, a.sha256]) == {a.sha256: a.id}
    assert store.known_documents([]) == {}
    assert len(seen) == 1


class _NoExtraction:
    """An extractor that finds nothing, so that the batch's reading and writing run without the models."""

    def map(self, docs):
        for _ in docs:
            yield [], None, None

    def close(self):
        pass


def test_a_batch_checks_its_input_against_the_store_a_window_at_a_time(store):
    stored = [doc(f"already stored {i}") for i in range(3)]
    for d in stored:
        store.add_document(d, [])
    fresh = [doc(f"new report {i}") for i in range(20)]
    inputs = [ReadResult(path=f"in/{d.id}.txt", document=d, error=None) for d in stored + fresh]
    inputs.insert(5, ReadResult(path="in/broken.txt", document=None, error="not UTF-8"))
    seen = _statements(store)
    summary = ingest_results(store, None, inputs, extractor=_NoExtraction())
    assert (summary.known, summary.new) == (3, 20)
    assert [str(f) for f in summary.failed] == ["in/broken.txt: not UTF-8"]
    assert summary.document_ids == [d.id for d in stored + fresh]
    checks = [s for s in seen if s.startswith("SELECT documents.sha256")]
    assert 2 <= len(checks) < 1 + len(inputs) // 4  # per window of input (and per written group), not per document


def test_a_value_serialised_once_is_written_as_json_dumps_writes_it():
    value = {"id": "ev1", "killed": 3, "ratio": 0.5, "flag": True, "names": ["Ariha", "Saraqib"], "none": None}
    assert dumps(DumpedJSON(value)) == json.dumps(value) == dumps(value)


def test_a_store_on_an_engine_opened_elsewhere_serialises_as_sqlalchemy_does(tmp_path):
    path = tmp_path / "s.db"
    open_engine(str(path)).dispose()  # the schema
    plain = Store(create_engine(f"sqlite:///{path}"))
    reports = _with_actors()
    for d, ms in reports:
        plain.add_document(d, ms)
    reference = Store(open_engine(str(tmp_path / "ref.db")))
    for d, ms in reports:
        reference.add_document(d, ms)
    assert [e.id for e in plain.list_events()] == [e.id for e in reference.list_events()]
    for e in reference.list_events():
        assert [h["data"] for h in plain.history(e.id)] == [h["data"] for h in reference.history(e.id)]
    assert _actor_rows(plain) == _actor_rows(reference)
