"""Running one job per document of an evaluation corpus in several forked processes, the longest documents first.

Why fork, when `eventwatch ingest --workers` (eventwatch.batch) spawns clean interpreters: an evaluation is a
few hundred documents, and a spawned worker would spend longer loading the gazetteer's automaton and the
geoparser's word lists than resolving its share. Forked from a parent that has loaded and warmed everything
up, a worker starts with all of it (copy-on-write pages; `gc.freeze`, set by the caller's
`memory.batch_collector`, keeps the collector from touching and so copying them). The one thing a worker
must not inherit is a SQLite connection: `reopen` is called in each worker before its first document, to
give it its own.

The parent hands out batches of document indexes, the longest documents first (`batches`): a corpus's
documents differ tenfold in length, and a long one handed out last kept one worker busy while the other
sat idle. Results come back as they are done, with their indexes, for the caller to put in order. The job
itself (the corpus, the gazetteer, the options) is left in this module by the parent before the fork, so
nothing but indexes and per-document results crosses between processes.

A worker freezes everything it inherited (`gc.freeze`, first thing, O(1)): what the parent loaded while
warming up, after the caller's freeze, would otherwise be walked by the worker's full collections, each
walk writing to the objects' headers and so copying their pages. (Measured on LGL under load: the workers'
CPU time was the same with and without it; kept as cheap insurance for larger warm-ups.)

`ProcessPoolExecutor` rather than `multiprocessing.Pool`, as in eventwatch.batch: a worker killed by the
operating system breaks the executor, which says so, where a Pool would wait forever.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, Callable, Iterator, Optional, Sequence

# (job, reopen), set by `ForkedMap` in the parent just before its workers are forked; read in the workers.
_JOB: Optional[tuple[Callable[[int], Any], Callable[[], None]]] = None

# At most this many documents per task, and about this many tasks per worker: the last tasks, the shortest
# documents, small enough that the workers finish close together, and few enough that handing out tasks
# costs nothing measurable (a tenth of a millisecond each, against tens per document).
MAX_CHUNK = 8
TASKS_PER_WORKER = 16


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
    gc.freeze()  # O(1): the inherited objects are moved aside, not walked
    _JOB[1]()


def _nothing() -> None:
    return None


def _run(indexes: list[int]) -> list[Any]:
    assert _JOB is not None
    job = _JOB[0]
    return [job(i) for i in indexes]


def batches(costs: Sequence[float], workers: int) -> list[list[int]]:
    """Every index of `costs` once, in batches handed out in this order: the costliest documents first, each
    batch at most MAX_CHUNK long and costing about 1/TASKS_PER_WORKER of a worker's share (a long document
    alone), so that what is left at the end is a few short documents, not one long one."""
    order = sorted(range(len(costs)), key=lambda i: (-costs[i], i))
    budget = sum(costs) / (TASKS_PER_WORKER * max(1, workers))
    out: list[list[int]] = []
    batch: list[int] = []
    spent = 0.0
    for i in order:
        if batch and (len(batch) == MAX_CHUNK or spent + costs[i] > budget):
            out.append(batch)
            batch, spent = [], 0.0
        batch.append(i)
        spent += costs[i]
    if batch:
        out.append(batch)
    return out


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

    def map(self, costs: Sequence[float]) -> Iterator[tuple[int, Any]]:
        """(index, result) for every document, as the workers finish them (not in document order: the caller
        puts them back in order); `costs` (its length, say) sets the order they are handed out in (`batches`)."""
        assert self.pool is not None
        pending = {self.pool.submit(_run, batch): batch for batch in batches(costs, self.workers)}
        for future in as_completed(pending):
            yield from zip(pending[future], future.result())

    def __exit__(self, *exc: object) -> None:
        global _JOB
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = None
        _JOB = None
