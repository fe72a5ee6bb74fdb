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
from eventwatch.pipeline import process
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


def _extract_safely(resources: Resources, doc: Document) -> Extracted:
    try:
        return process(resources, doc), None
    except Exception as exc:  # an extractor bug must not lose the rest of the batch
        return None, f"extraction failed: {type(exc).__name__}: {exc}"


_WORKER_RESOURCES: dict[str, Resources] = {}  # per worker process; filled once by _init_worker


def _init_worker(settings: Settings) -> None:
    resources = Resources(settings)
    # Load the heavy parts now, once per process, rather than inside the first document's timing.
    resources.nlp, resources.senter, resources.gazetteer, resources.classifier, resources.actors
    _WORKER_RESOURCES["default"] = resources


def _extract_in_worker(doc: Document) -> Extracted:
    return _extract_safely(_WORKER_RESOURCES["default"], doc)


class LocalExtractor:
    """Extraction in this process."""

    def __init__(self, resources: Resources):
        self.resources = resources

    def map(self, docs: Iterable[Document]) -> Iterator[Extracted]:
        for doc in docs:
            yield _extract_safely(self.resources, doc)

    def close(self) -> None:
        pass


class ProcessExtractor:
    """Extraction in N local processes; `imap` keeps input order."""

    def __init__(self, settings: Settings, workers: int):
        import multiprocessing as mp

        ctx = mp.get_context("spawn")  # a clean interpreter per worker: no inherited locks or connections
        self.pool = ctx.Pool(workers, initializer=_init_worker, initargs=(settings,))

    def map(self, docs: Iterable[Document]) -> Iterator[Extracted]:
        return self.pool.imap(_extract_in_worker, docs, chunksize=4)

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


def _dask_extract(doc: Document, settings: Settings) -> Extracted:
    """Runs on a Dask worker; the worker keeps its models between tasks."""
    from distributed import get_worker

    worker = get_worker()
    resources = getattr(worker, "_eventwatch_resources", None)
    if resources is None:
        resources = Resources(settings)
        worker._eventwatch_resources = resources
    return _extract_safely(resources, doc)


class DaskExtractor:
    """Extraction on a Dask cluster: `tcp://host:8786` for an existing scheduler, `local:N` for a LocalCluster."""

    def __init__(self, address: str, settings: Settings, window: int = 64):
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
        self.window = window

    def map(self, docs: Iterable[Document]) -> Iterator[Extracted]:
        """Keep `window` documents in flight; yield results in input order as they complete."""
        pending: deque = deque()
        it = iter(docs)
        for doc in itertools.islice(it, self.window):
            pending.append(self.client.submit(_dask_extract, doc, self.settings, pure=False))
        while pending:
            future = pending.popleft()
            result = future.result()
            future.release()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(self.client.submit(_dask_extract, nxt, self.settings, pure=False))
            yield result

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
