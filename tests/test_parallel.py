"""Parallel and distributed extraction store exactly what a single process stores."""
from __future__ import annotations

import json
from importlib import resources as ir

import pytest

from conftest import run_cli

DEMO = str(ir.files("eventwatch.data").joinpath("demo"))


def snapshot(db: str) -> list[dict]:
    out = run_cli("events", "--format", "json", db=db)
    assert out.returncode == 0, out.stderr.decode()
    events = json.loads(out.stdout)
    return sorted(
        ({k: e[k] for k in ("id", "event_type", "date", "location", "actors", "casualties", "grade",
                              "independent_sources")} | {"sources": [s["document_id"] for s in e["sources"]]}
         for e in events),
        key=lambda e: e["id"],
    )


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("single") / "one.db")
    assert run_cli("ingest", DEMO, db=db).returncode == 0
    return snapshot(db)


def test_two_worker_processes_give_the_same_store_as_one(single, tmp_path):
    db = str(tmp_path / "two.db")
    out = run_cli("ingest", DEMO, "--workers", "2", db=db)
    assert out.returncode == 0, out.stderr.decode()
    assert snapshot(db) == single


def test_a_dask_local_cluster_gives_the_same_store_and_resumes_without_duplicates(single, tmp_path):
    pytest.importorskip("distributed")
    db = str(tmp_path / "dask.db")
    out = run_cli("ingest", DEMO, "--dask", "local:2", db=db)
    assert out.returncode == 0, out.stderr.decode()
    assert snapshot(db) == single
    again = run_cli("ingest", DEMO, "--dask", "local:2", db=db)
    assert again.returncode == 0 and "0 new" in again.stdout.decode()
    assert snapshot(db) == single


def test_workers_and_dask_together_is_a_usage_error(tmp_path):
    assert run_cli("ingest", DEMO, "--workers", "2", "--dask", "local:2", db=str(tmp_path / "x.db")).returncode == 2


# --- a worker killed by the operating system ------------------------------------------------------------------

def extract_or_die(docs):
    """Stands in for extraction in a worker: a document saying DIE kills its process as the OOM killer would."""
    import os
    import signal

    out = []
    for d in docs:
        if "DIE" in d.text:
            os.kill(os.getpid(), signal.SIGKILL)
        out.append(([], None, None))
    return out


def no_models():
    """Workers of these tests load nothing."""


def documents(texts):
    from eventwatch.model import Document

    return [Document(id=f"d{i}", sha256=f"{i:064d}", raw=t.encode(), text=t, source_path=f"in/{i}.txt")
            for i, t in enumerate(texts)]


def extractor(**kwargs):
    from eventwatch.batch import ProcessExtractor
    from eventwatch.resources import Settings

    return ProcessExtractor(Settings(), 2, chunk=3, task=extract_or_die, initializer=no_models, initargs=(),
                            **kwargs)


def test_a_killed_worker_fails_only_its_document_and_the_batch_goes_on():
    from eventwatch.batch import WORKER_DIED

    texts = [f"report {i}" for i in range(20)]
    texts[7] = "report 7 DIE"
    ex = extractor()
    try:
        results = list(ex.map(documents(texts)))
    finally:
        ex.close()
    assert len(results) == 20
    assert results[7] == (None, WORKER_DIED, None)
    assert all(r == ([], None, None) for i, r in enumerate(results) if i != 7)


def test_workers_that_keep_dying_stop_the_extractor_with_the_files_in_flight_named():
    from eventwatch.batch import WorkersKeptDying

    texts = [f"report {i} DIE" for i in range(12)]
    ex = extractor(max_restarts=1)
    try:
        with pytest.raises(WorkersKeptDying, match=r"in/\d+\.txt"):
            list(ex.map(documents(texts)))
    finally:
        ex.close()


def test_a_batch_whose_workers_keep_dying_stops_cleanly_and_names_what_it_did_not_extract(tmp_path, monkeypatch):
    import eventwatch.batch as batch
    from eventwatch.ingest import read_bytes
    from eventwatch.resources import Resources
    from eventwatch.store.repository import open_store

    monkeypatch.setattr(batch, "make_extractor", lambda *a, **k: extractor(max_restarts=0))
    lines = b"\n".join(b'{"text": "Report %d DIE: warplanes struck the town."}' % i for i in range(4))
    store = open_store(str(tmp_path / "s.db"))
    summary = batch.ingest_results(store, Resources(), read_bytes(lines), workers=2)
    assert summary.stopped and summary.exit_code == 1
    assert summary.failed and all("the batch stopped" in f.reason for f in summary.failed)
    assert store.document_count() == 0
