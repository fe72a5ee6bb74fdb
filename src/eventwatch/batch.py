"""Running a batch of inputs through the pipeline into a store, one transaction per document.

Bad input never stops a batch: each failure is recorded with its file (and line) and the reason, and
the run goes on. Documents already stored (same bytes) are recognised before any model runs, so a run
that was stopped resumes where it was, with no duplicates and no gaps.

Extraction can run in several local processes (`workers`) or on a Dask cluster (`dask`); either way the
results come back in input order and one writer stores them, so the store ends up exactly as a
single-process run leaves it (resolution depends on the order documents arrive).
"""
from __future__ import annotations

import itertools
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional

from eventwatch.ingest import ReadResult, read_bytes, read_paths
from eventwatch.model import Document, Mention
from eventwatch.resources import Resources, Settings
from eventwatch.store.repository import Store


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

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


# --- extraction back-ends: each maps documents to (mentions | error) in input order -------------------------

Extracted = tuple[Optional[list[Mention]], Optional[str]]

# Documents handed to the pipeline at once: their candidate sentences are parsed together, which is about
# 15% cheaper than document by document; more than this gains nothing and delays the first results.
CHUNK = 16


def _extract_chunk(resources: Resources, docs: list[Document]) -> list[Extracted]:
    # Imported here, where extraction runs: with workers or Dask, the process that reads and stores
    # never loads spaCy (and whatever it pulls in), which keeps hundreds of MB out of it.
    from eventwatch.pipeline import process_batch

    out: list[Extracted] = []
    for result in process_batch(resources, docs):  # a failing document does not lose the rest of the batch
        if isinstance(result, Exception):
            out.append((None, f"extraction failed: {type(result).__name__}: {result}"))
        else:
            out.append((result, None))
    return out


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
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


def _init_worker(settings: Settings) -> None:
    # Load the heavy parts now, once per process, rather than inside the first document's timing.
    _WORKER_RESOURCES["default"] = Resources(settings).load_all()


def _extract_in_worker(docs: list[Document]) -> list[Extracted]:
    return _extract_chunk(_WORKER_RESOURCES["default"], docs)


class LocalExtractor:
    """Extraction in this process."""

    def __init__(self, resources: Resources, chunk: int = CHUNK):
        self.resources = resources
        self.chunk = chunk

    def map(self, docs: Iterable[Document]) -> Iterator[Extracted]:
        for c in _chunks(docs, self.chunk):
            yield from _extract_chunk(self.resources, c)

    def close(self) -> None:
        pass


class ProcessExtractor:
    """Extraction in N local processes, a chunk of documents per task, results in input order."""

    def __init__(self, settings: Settings, workers: int, chunk: int = CHUNK):
        import multiprocessing as mp

        ctx = mp.get_context("spawn")  # a clean interpreter per worker: no inherited locks or connections
        self.pool = ctx.Pool(workers, initializer=_init_worker, initargs=(settings,))
        self.workers = workers
        self.chunk = chunk

    def map(self, docs: Iterable[Document]) -> Iterator[Extracted]:
        return _in_order(lambda c: self.pool.apply_async(_extract_in_worker, (c,)), lambda r: r.get(),
                         docs, self.chunk, window=2 * self.workers)

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


def _dask_extract(docs: list[Document], settings: Settings) -> list[Extracted]:
    """Runs on a Dask worker; the worker keeps its models between tasks."""
    from distributed import get_worker

    worker = get_worker()
    resources = getattr(worker, "_eventwatch_resources", None)
    if resources is None:
        resources = Resources(settings)
        worker._eventwatch_resources = resources
    return _extract_chunk(resources, docs)


class DaskExtractor:
    """Extraction on a Dask cluster: `tcp://host:8786` for an existing scheduler, `local:N` for a LocalCluster."""

    def __init__(self, address: str, settings: Settings, window: int = 8, chunk: int = CHUNK):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise RuntimeError("--dask needs Dask: pip install 'eventwatch[dask]'") from exc

        self.cluster = None
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

    def map(self, docs: Iterable[Document]) -> Iterator[Extracted]:
        def submit(c: list[Document]) -> Any:
            return self.client.submit(_dask_extract, c, self.settings, pure=False)

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
) -> BatchSummary:
    summary = BatchSummary()
    extractor = make_extractor(resources, workers, dask)
    # Documents flow through the extractor; failures and known documents bypass it. A side queue keeps
    # each extracted result paired with its document, in order.
    to_extract: deque = deque()

    def documents() -> Iterator[Document]:
        for result in results:
            if result.error is not None or result.document is None:
                summary.failed.append(Failure(result.path, result.error or "no document", result.line))
                _notify(on_result, result)
                continue
            known = store.has_document(result.document.sha256)
            if known is not None:
                summary.known += 1
                summary.document_ids.append(known)
                _notify(on_result, result)
                continue
            to_extract.append(result)
            yield result.document

    try:
        for mentions, error in extractor.map(documents()):
            result = to_extract.popleft()
            if error is not None:
                summary.failed.append(Failure(result.path, error, result.line))
            else:
                _store_one(store, result.document, mentions, summary)
            _notify(on_result, result)
    finally:
        extractor.close()
    return summary


def _notify(callback: Optional[Callable[[ReadResult], None]], result: ReadResult) -> None:
    if callback is not None:
        callback(result)


def _store_one(store: Store, doc: Document, mentions: list[Mention], summary: BatchSummary) -> None:
    added = store.add_document(doc, mentions)
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
