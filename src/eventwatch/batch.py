"""Running a batch of inputs through the pipeline into a store, one transaction per document.

Bad input never stops a batch: each failure is recorded with its file (and line) and the reason, and
the run goes on. Documents already stored (same bytes) are recognised before any model runs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from eventwatch.ingest import ReadResult, read_bytes, read_paths
from eventwatch.pipeline import process
from eventwatch.resources import Resources
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


def ingest_results(
    store: Store,
    resources: Resources,
    results: Iterable[ReadResult],
    *,
    on_result: Optional[Callable[[ReadResult], None]] = None,
) -> BatchSummary:
    summary = BatchSummary()
    for result in results:
        try:
            _ingest_one(store, resources, result, summary)
        finally:
            if on_result is not None:
                on_result(result)
    return summary


def _ingest_one(store: Store, resources: Resources, result: ReadResult, summary: BatchSummary) -> None:
    if result.error is not None or result.document is None:
        summary.failed.append(Failure(result.path, result.error or "no document", result.line))
        return
    doc = result.document
    known = store.has_document(doc.sha256)
    if known is not None:
        summary.known += 1
        summary.document_ids.append(known)
        return
    try:
        mentions = process(resources, doc)
    except Exception as exc:  # an extractor bug must not lose the rest of the batch
        summary.failed.append(Failure(result.path, f"extraction failed: {type(exc).__name__}: {exc}", result.line))
        return
    added = store.add_document(doc, mentions)
    summary.document_ids.append(added.document_id)
    if added.status == "known":
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
