"""Running a batch of inputs through the pipeline into a store, a group of documents per transaction.

Bad input never stops a batch: each failure is recorded with its file (and line) and the reason, and
the run goes on. Documents already stored (same bytes) are recognised before any model runs, so a run
that was stopped resumes where it was, with no duplicates and no gaps.

Extraction can run in several local processes (`workers`) or on a Dask cluster (`dask`); either way the
results come back in input order and one writer stores them, so the store ends up exactly as a
single-process run leaves it (resolution depends on the order documents arrive). The writer commits a
group of documents per transaction, and the workers do the document-only part of each write (MinHash
signature, mention JSON), because the writer is the one step that does not parallelise. A worker killed
by the operating system fails only the document it was on; workers that keep dying stop the batch cleanly.
"""
from __future__ import annotations

import itertools
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional

from eventwatch.ingest import ReadResult, read_bytes, read_paths
from eventwatch.memory import batch_collector, settle_for_batch
from eventwatch.model import Document, Mention
from eventwatch.resources import Resources, Settings
from eventwatch.store.prepared import PreparedWrite, prepare_write

if TYPE_CHECKING:  # workers import this module but never the store (SQLAlchemy): kept out of their start-up
    from eventwatch.store.repository import AddResult, Store


@dataclass
class Failure:
    path: str
    reason: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass
class BatchSummary:
    new: int = 0
    known: int = 0
    copies: int = 0
    events_created: int = 0
    events_touched: int = 0
    failed: list[Failure] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)
    stopped: Optional[str] = None  # why the batch stopped before the end of its input, if it did

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


# --- extraction back-ends: each maps documents to (mentions | error) in input order -------------------------

# (mentions, None, the document's PreparedWrite) or (None, the reason it failed, None)
Extracted = tuple[Optional[list[Mention]], Optional[str], Optional[PreparedWrite]]

# Documents handed to the pipeline at once: their candidate sentences are parsed together, which is about
# 15% cheaper than document by document; more than this gains nothing and delays the first results.
CHUNK = 16


def _extract_chunk(resources: Resources, docs: list[Document]) -> list[Extracted]:
    # Imported here, where extraction runs: with workers or Dask, the process that reads and stores
    # never loads spaCy (and whatever it pulls in), which keeps hundreds of MB out of it.
    from eventwatch.pipeline import process_batch

    out: list[Extracted] = []
    for doc, result in zip(docs, process_batch(resources, docs)):  # a failing document does not lose the rest
        if isinstance(result, Exception):
            out.append((None, f"extraction failed: {type(result).__name__}: {result}", None))
        else:
            out.append((result, None, _prepared(doc, result)))
    return out


def _prepared(doc: Document, mentions: list[Mention]) -> Optional[PreparedWrite]:
    """The document-only part of its write, done where extraction runs so that the one writer does not;
    should it fail, the writer does it and reports the error with the document."""
    try:
        return prepare_write(doc, mentions)
    except Exception:
        return None


def _chunks(docs: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(docs)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _in_order(submit: Callable[[list[Document]], Any], wait: Callable[[Any], list[Extracted]],
              docs: Iterable[Document], chunk: int, window: int) -> Iterator[Extracted]:
    """Keep `window` chunks in flight and yield their results in input order.

    Documents are pulled from `docs` only as results come back, so a huge input is never read ahead
    further than the window (and known documents are checked against the store as they are reached).
    """
    pending: deque = deque()
    chunks = _chunks(docs, chunk)
    for c in itertools.islice(chunks, window):
        pending.append(submit(c))
    while pending:
        results = wait(pending.popleft())
        nxt = next(chunks, None)
        if nxt is not None:
            pending.append(submit(nxt))
        yield from results


_WORKER_RESOURCES: dict[str, Resources] = {}  # per worker process; filled once by _init_worker


def _warm_up_parsers() -> None:
    """What extraction loads on first use, outside the models (dateparser: about 0.2 s), loaded with them,
    so that start-up holds it and the first documents do not."""
    from eventwatch.extract.dates import warm_up

    warm_up()


def _init_worker(settings: Settings) -> None:
    # Load the heavy parts now, once per process, rather than inside the first document's timing.
    from eventwatch.resources import keep_torch_out

    keep_torch_out(settings)
    _WORKER_RESOURCES["default"] = Resources(settings).load_all()
    _warm_up_parsers()
    settle_for_batch()  # the process lives for this batch: its models are never garbage (eventwatch.memory)


def _extract_in_worker(docs: list[Document]) -> list[Extracted]:
    return _extract_chunk(_WORKER_RESOURCES["default"], docs)


def _init_and_say_ready(initializer: Optional[Callable[..., None]], initargs: tuple, ready: Any) -> None:
    """A worker's initializer, then a release of the pool's `ready` semaphore: the parent can tell when
    every worker has loaded its models, and so time start-up apart from extraction."""
    if initializer is not None:
        initializer(*initargs)
    ready.release()


def _nothing() -> None:
    """A task that makes the pool start a worker (a spawn pool starts one per task, up to its size)."""


class LocalExtractor:
    """Extraction in this process."""

    def __init__(self, resources: Resources, chunk: int = CHUNK):
        self.resources = resources
        self.chunk = chunk

    def warm_up(self) -> float:
        """Load the models now; the seconds it took."""
        t0 = time.perf_counter()
        self.resources.load_all()
        _warm_up_parsers()
        return time.perf_counter() - t0

    def map(self, docs: Iterable[Document]) -> Iterator[Extracted]:
        for c in _chunks(docs, self.chunk):
            yield from _extract_chunk(self.resources, c)

    def close(self) -> None:
        pass


WORKER_DIED = ("extraction worker died while extracting this document (killed by the operating system, "
               "perhaps out of memory); the batch went on without it")


class WorkersKeptDying(RuntimeError):
    """Extraction processes died again and again (or cannot start): going on would only repeat it."""


class ProcessExtractor:
    """Extraction in N local processes, a chunk of documents per task, results in input order.

    A worker killed by the operating system (out of memory, a signal) must not hang the batch: the pool
    notices the death, and the chunks that were in flight are extracted again one document at a time in
    a fresh pool, so that the document that kills a worker is named and the others are kept. After
    `max_restarts` deaths the extractor gives up with `WorkersKeptDying`.
    """

    def __init__(self, settings: Settings, workers: int, chunk: int = CHUNK, *,
                 task: Callable[[list[Document]], list[Extracted]] = _extract_in_worker,
                 initializer: Optional[Callable[..., None]] = _init_worker, initargs: Optional[tuple] = None,
                 max_restarts: int = 3):
        self.workers, self.chunk, self.task = workers, chunk, task
        self.initializer = initializer
        self.initargs = (settings,) if initargs is None else initargs
        self.max_restarts, self.restarts = max_restarts, 0
        self.pool = self._start()

    def _start(self) -> Any:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        # spawn: a clean interpreter per worker, no inherited locks or connections. ProcessPoolExecutor
        # rather than multiprocessing.Pool: Pool silently replaces a killed worker and waits forever for
        # its task, the executor breaks and says so.
        context = mp.get_context("spawn")
        self._ready = context.Semaphore(0)  # released once by each worker when its models are loaded
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_and_say_ready,
                                   initargs=(self.initializer, self.initargs, self._ready))

    def warm_up(self, timeout: Optional[float] = None) -> float:
        """Start every worker and wait until each has loaded its models; the seconds it took.

        Without it, workers start with the first chunks and their start-up (imports, spaCy, gazetteer:
        seconds) is inside whatever the caller times. Best effort: should a worker die on the way, this
        returns and `map` meets the broken pool and recovers as it always does.
        """
        t0 = time.perf_counter()
        probes = [self._submit_call(_nothing) for _ in range(self.workers)]
        ready = 0
        while ready < self.workers:
            if timeout is not None and time.perf_counter() - t0 > timeout:
                break
            if self._ready.acquire(timeout=0.2):
                ready += 1
            elif any(f.done() and f.exception() is not None for f in probes):
                break
        return time.perf_counter() - t0

    def _restart(self, lost: list[Document]) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.restarts += 1
        if self.restarts > self.max_restarts:
            names = ", ".join(_where(d) for d in lost[:5]) + (" ..." if len(lost) > 5 else "")
            raise WorkersKeptDying(f"extraction workers died {self.restarts} times (killed by the operating "
                                   f"system, perhaps out of memory, or unable to start); last in flight: {names}")
        self.pool = self._start()

    def map(self, docs: Iterable[Document]) -> Iterator[Extracted]:
        from concurrent.futures.process import BrokenProcessPool

        pending: deque = deque()  # (chunk, future), in input order
        chunks = _chunks(docs, self.chunk)
        for c in itertools.islice(chunks, 2 * self.workers):
            pending.append((c, self._submit(c)))
        while pending:
            c, future = pending[0]
            try:
                results = future.result()
            except BrokenProcessPool:
                pending = self._recover(pending)
                continue
            pending.popleft()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append((nxt, self._submit(nxt)))
            yield from results

    def _submit(self, chunk: list[Document]) -> Any:
        """The chunk's future; a pool already broken gives a future that says so, handled in turn."""
        return self._submit_call(self.task, chunk)

    def _submit_call(self, fn: Callable[..., Any], *args: Any) -> Any:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(fn, *args)
        except BrokenProcessPool as exc:
            broken: Future = Future()
            broken.set_exception(exc)
            return broken

    def _recover(self, pending: deque) -> deque:
        """After a death: keep the chunks that finished, redo the others document by document, each alone
        in the fresh pool, so a document that kills its worker again is the only one that fails."""
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        lost = [d for c, f in pending if not _succeeded(f) for d in c]
        self._restart(lost)
        out: deque = deque()
        for c, future in pending:
            if _succeeded(future):
                out.append((c, future))
                continue
            results: list[Extracted] = []
            for d in c:
                try:
                    results += self.pool.submit(self.task, [d]).result()
                except BrokenProcessPool:
                    results.append((None, WORKER_DIED, None))
                    self._restart([d])
            redone: Future = Future()
            redone.set_result(results)
            out.append((c, redone))
        return out

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _succeeded(future: Any) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _where(doc: Document) -> str:
    path = doc.source_path or doc.id
    return f"{path}:{doc.source_line}" if doc.source_line else path


def _dask_extract(docs: list[Document], settings: Settings, own_workers: bool = False) -> list[Extracted]:
    """Runs on a Dask worker; the worker keeps its models between tasks. `own_workers`: the workers are
    this run's own (a LocalCluster), so they may be kept from importing what extraction does not use."""
    return _extract_chunk(_dask_resources(settings, own_workers), docs)


def _dask_resources(settings: Settings, own_workers: bool) -> Resources:
    """This Dask worker's resources, made on its first task and kept on the worker object."""
    from distributed import get_worker

    worker = get_worker()
    resources = getattr(worker, "_eventwatch_resources", None)
    if resources is None:
        if own_workers:
            from eventwatch.resources import keep_torch_out

            keep_torch_out(settings)
            # This run's own worker: load now and settle its collector (eventwatch.memory). A shared
            # cluster's workers are left as their owner set them, and load on first use.
            resources = Resources(settings).load_all()
            settle_for_batch()
        else:
            resources = Resources(settings)
        worker._eventwatch_resources = resources
    return resources


def _dask_load(settings: Settings, own_workers: bool) -> None:
    """Runs once on each Dask worker when the extractor warms up: the models load before any document."""
    _dask_resources(settings, own_workers).load_all()


class DaskExtractor:
    """Extraction on a Dask cluster: `tcp://host:8786` for an existing scheduler, `local:N` for a LocalCluster."""

    def __init__(self, address: str, settings: Settings, window: int = 8, chunk: int = CHUNK):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise RuntimeError("--dask needs Dask: pip install 'eventwatch[dask]'") from exc

        self.cluster = None
        n = 0
        if address.startswith("local"):
            n = int(address.split(":", 1)[1]) if ":" in address else 2
            self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        else:
            self.client = Client(address)
        self.settings = settings
        self.window = window  # chunks in flight: enough to keep every worker busy
        self.chunk = chunk
        self.local_workers = n  # the LocalCluster's size; 0 for an existing cluster

    def warm_up(self) -> float:
        """Wait for the workers (all of a LocalCluster's) and load the models on each; the seconds it took."""
        t0 = time.perf_counter()
        if self.local_workers:
            self.client.wait_for_workers(self.local_workers)
        own = self.cluster is not None
        futures = [self.client.submit(_dask_load, self.settings, own, workers=[address],
                                      allow_other_workers=False, pure=False)
                   for address in self.client.scheduler_info().get("workers", {})]
        self.client.gather(futures)
        return time.perf_counter() - t0

    def map(self, docs: Iterable[Document]) -> Iterator[Extracted]:
        def submit(c: list[Document]) -> Any:
            return self.client.submit(_dask_extract, c, self.settings, self.cluster is not None, pure=False)

        def wait(future: Any) -> list[Extracted]:
            result = future.result()
            future.release()
            return result

        window = max(self.window, 2 * len(self.client.scheduler_info().get("workers", {})))
        return _in_order(submit, wait, docs, self.chunk, window)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_extractor(resources: Resources, workers: int = 1, dask: Optional[str] = None) -> Any:
    if dask:
        return DaskExtractor(dask, resources.settings)
    if workers > 1:
        return ProcessExtractor(resources.settings, workers)
    return LocalExtractor(resources)


# --- the batch ----------------------------------------------------------------------------------------------


def ingest_results(
    store: Store,
    resources: Resources,
    results: Iterable[ReadResult],
    *,
    on_result: Optional[Callable[[ReadResult], None]] = None,
    workers: int = 1,
    dask: Optional[str] = None,
    extractor: Optional[Any] = None,
) -> BatchSummary:
    """`extractor`: one the caller made (and perhaps warmed up) with `make_extractor`, and closes itself;
    by default one is made from `workers`/`dask` for this batch and closed at its end."""
    with batch_collector():  # what is loaded now outlives the batch: no collection need walk it (memory.py)
        return _ingest(store, resources, results, on_result, workers, dask, extractor)


def _ingest(store: Store, resources: Resources, results: Iterable[ReadResult],
            on_result: Optional[Callable[[ReadResult], None]], workers: int, dask: Optional[str],
            extractor: Optional[Any]) -> BatchSummary:
    summary = BatchSummary()
    own_extractor = extractor is None
    if extractor is None:
        extractor = make_extractor(resources, workers, dask)
    # Documents flow through the extractor; failures and known documents bypass it. A side queue keeps
    # each extracted result paired with its document, in order.
    to_extract: deque = deque()

    def documents() -> Iterator[Document]:
        # Checked against the store a window at a time, in one statement: the extractor takes documents
        # a chunk at a time anyway, so reading that far ahead delays nothing.
        for window in _chunks(results, CHUNK):
            stored = store.known_documents(r.document.sha256 for r in window
                                           if r.error is None and r.document is not None)
            for result in window:
                if result.error is not None or result.document is None:
                    summary.failed.append(Failure(result.path, result.error or "no document", result.line))
                    _notify(on_result, result)
                    continue
                known = stored.get(result.document.sha256)
                if known is not None:
                    summary.known += 1
                    summary.document_ids.append(known)
                    _notify(on_result, result)
                    continue
                to_extract.append(result)
                yield result.document

    writer = _GroupWriter(store, summary, on_result)
    try:
        for mentions, error, prepared in extractor.map(documents()):
            result = to_extract.popleft()
            if error is not None:
                writer.flush()  # reports stay in input order
                summary.failed.append(Failure(result.path, error, result.line))
                _notify(on_result, result)
            else:
                writer.add(result, mentions, prepared)
    except WorkersKeptDying as exc:
        # Stop cleanly: what was extracted is stored, what was in flight is named, a re-run resumes.
        writer.flush()
        for result in to_extract:
            summary.failed.append(Failure(result.path, f"not extracted: the batch stopped: {exc}", result.line))
        if not to_extract:
            summary.failed.append(Failure("(batch)", f"stopped: {exc}"))
        summary.stopped = str(exc)
        return summary
    finally:
        writer.flush()
        if own_extractor:
            extractor.close()
    return summary


def _notify(callback: Optional[Callable[[ReadResult], None]], result: ReadResult) -> None:
    if callback is not None:
        callback(result)


# Documents written per transaction, and the longest a stored-looking result waits for its commit: a commit
# per document cost a tenth or more of the writer's time, and the writer is the one step that does not parallelise.
GROUP = 32
GROUP_SECONDS = 1.0


class _GroupWriter:
    """Collects extracted documents and stores them a group per transaction, in input order.

    Progress (`on_result`) and the summary follow commits, so what a run reports as stored is stored. A
    kill -9 loses at most the open group, which a re-run extracts again (stored bytes are skipped).
    """

    def __init__(self, store: Store, summary: BatchSummary, on_result: Optional[Callable[[ReadResult], None]],
                 group: int = GROUP, seconds: float = GROUP_SECONDS):
        self.store, self.summary, self.on_result = store, summary, on_result
        self.group, self.seconds = group, seconds
        self.pending: list[tuple[ReadResult, list[Mention], Optional[PreparedWrite]]] = []
        self.since = 0.0

    def add(self, result: ReadResult, mentions: list[Mention], prepared: Optional[PreparedWrite] = None) -> None:
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append((result, mentions, prepared))
        if len(self.pending) >= self.group or time.monotonic() - self.since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        _store_many(self.store, [(r.document, m, p) for r, m, p in pending], self.summary)
        for r, _, _ in pending:
            _notify(self.on_result, r)


def _store_many(store: Store, pairs: list[tuple], summary: BatchSummary) -> None:
    """One transaction for the group; should it fail, document by document, so that every document
    before the one at fault is kept and the error names that one."""
    try:
        added = store.add_documents(pairs)
    except Exception:
        added = []
        for item in pairs:  # (document, mentions[, prepared])
            added.append(store.add_document(*item))
    for a in added:
        _count(a, summary)


def _count(added: AddResult, summary: BatchSummary) -> None:
    summary.document_ids.append(added.document_id)
    if added.status == "known":  # the same bytes twice within one batch
        summary.known += 1
        return
    summary.new += 1
    summary.copies += 1 if added.copy_of else 0
    summary.events_created += added.new_events
    summary.events_touched += len(added.event_ids)


def ingest_paths(store: Store, resources: Resources, paths: list[str], **kwargs) -> BatchSummary:
    return ingest_results(store, resources, read_paths(paths, max_bytes=resources.settings.max_bytes), **kwargs)


def ingest_stdin(store: Store, resources: Resources, data: bytes, **kwargs) -> BatchSummary:
    return ingest_results(store, resources, read_bytes(data, max_bytes=resources.settings.max_bytes), **kwargs)
