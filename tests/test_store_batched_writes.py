"""The writer saves statements (a group's event versions go in together; an event's analyst overrides are
read only when it has any) and must store exactly what a statement per row stores, on both backends."""
from __future__ import annotations

import pytest
from sqlalchemy import event as sa_event

from eventwatch.store.database import open_engine
from eventwatch.store.repository import Store
from test_resolve import mention
from test_store import _reports, doc


@pytest.fixture
def store(db_url):
    engine = open_engine(db_url)
    yield Store(engine)
    engine.dispose()


def _versions(store: Store) -> list:
    """The history rows in the order they were written (their ids), clocks left out."""
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "select event_id, version, who, action, why from event_versions order by id")]


def _statements(store: Store) -> list[str]:
    seen: list[str] = []
    sa_event.listen(store.engine, "before_cursor_execute",
                    lambda conn, cursor, sql, params, context, many: seen.append(" ".join(sql.split())))
    return seen


def test_a_groups_versions_are_written_in_the_order_one_document_at_a_time_writes_them(store, tmp_path):
    one_by_one = Store(open_engine(str(tmp_path / "one.db")))
    for d, ms in _reports():
        one_by_one.add_document(d, ms)
    store.add_documents([(d, ms, None) for d, ms in _reports()])
    expected = _versions(one_by_one)
    assert len(expected) > len({e for e, *_ in expected})  # events that gained versions from several reports
    assert _versions(store) == expected


def test_a_groups_versions_take_one_statement(store):
    seen = _statements(store)
    store.add_documents([(d, ms, None) for d, ms in _reports()])
    assert sum(s.startswith("INSERT INTO event_versions") for s in seen) == 1
    assert len(_versions(store)) > 1


def test_a_rolled_back_group_leaves_no_version_and_an_edit_after_it_records_its_own(store, monkeypatch):
    a = doc("first report", publisher="A")
    (eid,) = store.add_document(a, [mention(doc=a.id)]).event_ids
    before = _versions(store)
    b, c = doc("second report", publisher="B"), doc("third report", publisher="C")
    real_add = Store._add

    def add(self, conn, d, ms, prepared=None):
        if d.id == c.id:
            raise RuntimeError("disk full")
        return real_add(self, conn, d, ms, prepared)

    monkeypatch.setattr(Store, "_add", add)
    with pytest.raises(RuntimeError, match="disk full"):
        store.add_documents([(b, [mention(doc=b.id)], None), (c, [mention(doc=c.id)], None)])
    assert _versions(store) == before
    store.edit_event(eid, {"event_type": "ART_MISS_ATTACK"}, who="rania", why="crater")
    assert _versions(store)[-1] == (eid, before[-1][1] + 1, "rania", "edited: event_type", "crater")


def test_overrides_are_read_only_for_an_event_an_analyst_edited_and_still_win(store):
    a, b, c = doc("a", publisher="A"), doc("b", publisher="B"), doc("c", publisher="C")
    (eid,) = store.add_document(a, [mention(doc=a.id, killed=(9, 9, 9))]).event_ids
    seen = _statements(store)
    store.add_document(b, [mention(doc=b.id, killed=(11, 11, 11))])
    assert not any("FROM event_overrides" in s and s.startswith("SELECT event_overrides") for s in seen)

    store.edit_event(eid, {"event_type": "ART_MISS_ATTACK"}, who="rania", why="crater")
    seen.clear()
    store.add_document(c, [mention(doc=c.id, killed=(12, 12, 12))])
    assert any(s.startswith("SELECT event_overrides") for s in seen)
    event = store.get_event(eid)
    assert event.event_type == "ART_MISS_ATTACK" and event.overrides["event_type"]["who"] == "rania"
    assert len(event.sources) == 3
