"""Running POSTed reports through the pipeline into the store.

The models load on the first upload, not at start-up, so a read-only server starts in a second. One
upload is processed at a time: the pipeline's models are shared, and the store has one writer anyway.
"""
from __future__ import annotations

import threading
from dataclasses import asdict
from typing import Any, Callable, Optional

from eventwatch.store.repository import Store

# (store, body bytes, file name) -> summary dict
Ingester = Callable[[Store, bytes, str], dict[str, Any]]

SUFFIX_FOR_TYPE = {
    "text/html": ".html", "application/xhtml+xml": ".html", "application/json": ".json",
    "application/x-ndjson": ".jsonl", "application/jsonl": ".jsonl", "text/markdown": ".md",
    "application/rss+xml": ".rss", "application/atom+xml": ".xml", "text/plain": ".txt",
}


def upload_name(name: Optional[str], content_type: Optional[str]) -> str:
    """A file name whose suffix tells the reader the format: the given name, else one from Content-Type."""
    if name:
        return name.replace("/", "_").replace("\\", "_")[:200]
    media = (content_type or "").split(";")[0].strip().lower()
    return "upload" + SUFFIX_FOR_TYPE.get(media, ".txt")


def summary_dict(summary: Any) -> dict[str, Any]:
    out = asdict(summary)
    out["failed"] = [{"path": f.path, "reason": f.reason, "line": f.line} for f in summary.failed]
    return out


def pipeline_settings(api: Any) -> Any:
    """The pipeline's settings for uploads to a server run with these ApiSettings."""
    from eventwatch.resources import Settings

    return Settings(max_bytes=api.max_upload_bytes, gazetteer_path=api.gazetteer, user_places=list(api.places),
                    sources=list(api.sources))


class PipelineIngester:
    def __init__(self, max_bytes: int, resources: Optional[Any] = None, settings: Optional[Any] = None):
        self.max_bytes = max_bytes
        self._resources = resources  # loaded on first use when not given
        self._settings = settings  # eventwatch.resources.Settings for that load; None = the defaults
        self._lock = threading.Lock()

    def __call__(self, store: Store, data: bytes, name: str) -> dict[str, Any]:
        from eventwatch.batch import ingest_results
        from eventwatch.ingest import read_bytes
        from eventwatch.resources import Resources, Settings

        with self._lock:
            if self._resources is None:
                self._resources = Resources(self._settings or Settings(max_bytes=self.max_bytes))
            summary = ingest_results(store, self._resources, read_bytes(data, name=name, max_bytes=self.max_bytes))
        return summary_dict(summary)
