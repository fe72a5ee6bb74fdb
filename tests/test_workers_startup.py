"""Worker start-up is timed apart from extraction: `warm_up` returns only when every worker has run its
initializer, so a benchmark (or a caller) can start its clock on a ready pool."""
from __future__ import annotations

import os
import time
from pathlib import Path


def slow_initializer(folder: str) -> None:
    """Stands in for loading models: takes a while, then leaves a mark naming the worker."""
    time.sleep(0.5)
    Path(folder, str(os.getpid())).write_text("ready")


def echo(docs):
    return [([], None, None) for _ in docs]


def extractor(folder: Path, workers: int = 2):
    from eventwatch.batch import ProcessExtractor
    from eventwatch.resources import Settings

    return ProcessExtractor(Settings(), workers, chunk=2, task=echo, initializer=slow_initializer,
                            initargs=(str(folder),))


def test_warm_up_returns_once_every_worker_has_run_its_initializer(tmp_path):
    ex = extractor(tmp_path)
    try:
        seconds = ex.warm_up()
        assert len(list(tmp_path.iterdir())) == 2
        assert seconds >= 0.5
    finally:
        ex.close()


def test_a_warmed_up_extractor_passed_to_a_batch_is_used_and_left_open_for_its_owner(tmp_path):
    from eventwatch.batch import ingest_results
    from eventwatch.ingest import read_bytes
    from eventwatch.resources import Resources
    from eventwatch.store.repository import open_store

    marks = tmp_path / "marks"
    marks.mkdir()
    ex = extractor(marks)
    try:
        ex.warm_up()
        store = open_store(str(tmp_path / "s.db"))
        lines = b"\n".join(b'{"text": "Report %d: nothing happened in the town."}' % i for i in range(5))
        summary = ingest_results(store, Resources(), read_bytes(lines), extractor=ex)
        assert summary.new == 5 and not summary.failed
        assert len(list(marks.iterdir())) == 2  # no new workers: the batch used the warmed-up pool
        assert list(ex.map([])) == []  # still open
    finally:
        ex.close()


def test_warm_up_of_a_pool_whose_workers_die_on_start_returns_and_the_batch_still_recovers():
    from eventwatch.batch import ProcessExtractor, WorkersKeptDying
    from eventwatch.resources import Settings

    import pytest

    ex = ProcessExtractor(Settings(), 2, chunk=2, task=echo, initializer=die_on_start, initargs=(),
                          max_restarts=0)
    try:
        ex.warm_up(timeout=30)
        with pytest.raises(WorkersKeptDying):
            list(ex.map(documents(3)))
    finally:
        ex.close()


def die_on_start() -> None:
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def documents(n):
    from eventwatch.model import Document

    return [Document(id=f"d{i}", sha256=f"{i:064d}", raw=b"x", text="x", source_path=f"in/{i}.txt")
            for i in range(n)]
