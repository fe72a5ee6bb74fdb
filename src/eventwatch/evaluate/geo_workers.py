"""Running one job per document of an evaluation corpus in several forked processes, results in order.

Why fork, when `eventwatch ingest --workers` (eventwatch.batch) spawns clean interpreters: an evaluation is a
few hundred documents, and a spawned worker would spend longer loading the gazetteer's automaton and the
geoparser's word lists than resolving its share. Forked from a parent that has loaded and warmed everything
up, a worker starts with all of it (copy-on-write pages; `gc.freeze`, set by the caller's
`memory.batch_collector`, keeps the collector from touching and so copying them). The one thing a worker
must not inherit is a SQLite connection: `reopen` is called in each worker before its first document, to
give it its own.

The parent hands out ranges of document indexes; the job itself (the corpus, the gazetteer, the options) is
left in this module by the parent before the fork, so nothing but indexes and per-document results crosses
between processes. `ProcessPoolExecutor` rather than `multiprocessing.Pool`, as in eventwatch.batch: a worker
killed by the operating system breaks the executor, which says so, where a Pool would wait forever.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterator, Optional

# (job, reopen), set by `ForkedMap` in the parent just before its workers are forked; read in the workers.
_JOB: Optional[tuple[Callable[[int], Any], Callable[[], None]]] = None

# At most this many documents per task: small enough that the workers finish close together (a corpus's
# documents differ tenfold in length), large enough that handing out tasks costs nothing measurable.
MAX_CHUNK = 8


def available_cores() -> int:
    """The cores this process may run on (its affinity mask, which a container or `taskset` narrows)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether processes can be forked here (not on Windows; macOS lists it but its libraries may object)."""
    return "fork" in mp.get_all_start_methods()


def default_workers(documents: int) -> int:
    """One worker per usable core, and never more workers than documents."""
    return max(1, min(available_cores(), documents))


def _init() -> None:
    assert _JOB is not None
    _JOB[1]()


def _nothing() -> None:
    return None


def _run(lo: int, hi: int) -> list[Any]:
    assert _JOB is not None
    job = _JOB[0]
    return [job(i) for i in range(lo, hi)]


def chunks(n: int, workers: int) -> list[tuple[int, int]]:
    """Index ranges covering 0..n in order, about eight per worker, each at most MAX_CHUNK long."""
    size = max(1, min(MAX_CHUNK, n // (8 * max(1, workers))))
    return [(lo, min(n, lo + size)) for lo in range(0, n, size)]


class ForkedMap:
    """`job(i)` for every index of a corpus, in `workers` forked processes; a context manager.

    Every worker is forked on entry, before the caller starts any thread of its own (a progress bar's, say):
    a fork copies only the forking thread, and a lock another thread held at that moment would stay held
    in the child for good."""

    def __init__(self, job: Callable[[int], Any], workers: int, reopen: Callable[[], None]):
        self.job, self.workers, self.reopen = job, workers, reopen
        self.pool: Optional[ProcessPoolExecutor] = None

    def __enter__(self) -> "ForkedMap":
        global _JOB
        _JOB = (self.job, self.reopen)
        self.pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("fork"), initializer=_init)
        # The first task forks every worker at once (the executor's rule for fork) and runs the initializer.
        self.pool.submit(_nothing).result()
        return self

    def map(self, n: int) -> Iterator[tuple[int, list[Any]]]:
        """(end index, results) for each range of documents 0..n, in document order."""
        assert self.pool is not None
        ranges = chunks(n, self.workers)
        futures = [self.pool.submit(_run, lo, hi) for lo, hi in ranges]
        for (_, hi), future in zip(ranges, futures):
            yield hi, future.result()

    def __exit__(self, *exc: object) -> None:
        global _JOB
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = None
        _JOB = None
