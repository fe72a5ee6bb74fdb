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
