"""The writer reuses work it has already done (candidate events it has parsed, the JSON of an event it has
just created) and must store exactly what it would store by doing that work again."""
from __future__ import annotations

import pytest

from eventwatch.store.database import open_engine
from eventwatch.store.repository import Store
from test_store import _reports


def _rows(store: Store) -> list:
    """Everything resolution wrote, clocks left out."""
    with store.engine.connect() as conn:
        return [list(conn.exec_driver_sql(q)) for q in (
            "select id, version, data, lat, lon, grade, killed_best from events order by id",
            "select event_id, version, who, action, why, data from event_versions order by event_id, version",
            "select event_id, document_id, sentence_start, data from mentions order by id",
            "select event_id, name, role from event_actors order by event_id, name, role")]


def _write(store: Store) -> Store:
    reports = _reports()
    store.add_documents([(d, ms, None) for d, ms in reports[:2]])
    for d, ms in reports[2:]:
        store.add_document(d, ms)
    return store


def test_reusing_parsed_candidates_and_a_new_events_json_stores_what_doing_the_work_again_stores(
        tmp_path, monkeypatch):
    reused = _write(Store(open_engine(str(tmp_path / "reused.db"))))

    redone = Store(open_engine(str(tmp_path / "redone.db")))
    redone._PARSED_KEPT = 0  # every candidate parsed from its JSON again
    real = Store._reaggregate
    monkeypatch.setattr(Store, "_reaggregate",
                        lambda self, *a, placeholder=None, **k: real(self, *a, **k))  # every JSON made again
    _write(redone)
    assert _rows(reused) == _rows(redone)
    assert reused._parsed and not redone._parsed


def test_a_group_that_rolls_back_leaves_no_parsed_event_behind(tmp_path, monkeypatch):
    store = Store(open_engine(str(tmp_path / "s.db")))
    reports = _reports()
    store.add_documents([(d, ms, None) for d, ms in reports[:2]])
    real_add = Store._add

    def add(self, conn, d, ms, prepared=None):
        if d.id == reports[4][0].id:
            raise RuntimeError("disk full")
        return real_add(self, conn, d, ms, prepared)

    monkeypatch.setattr(Store, "_add", add)
    with pytest.raises(RuntimeError, match="disk full"):
        store.add_documents([(d, ms, None) for d, ms in reports[2:]])
    assert store._parsed == {}  # versions written in the rolled-back group were never stored
