"""The document-only part of a store write, in a module of its own so that extraction workers, which
compute it, do not import the store (SQLAlchemy: a quarter of a second of every worker's start-up)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwatch.model import Document, Mention, to_dict
from eventwatch.resolve.nearduplicates import band_keys, signature


@dataclass
class PreparedWrite:
    """The part of a document's write that depends on the document alone: its MinHash signature and band
    keys, its mentions as stored JSON. `prepare_write` runs where extraction runs (a worker process), so
    the single writer, the one step that does not parallelise, does not spend its time on them."""

    signature: list[int]
    shingles: int
    bands: list[str]
    mention_data: list[dict[str, Any]]


def prepare_write(doc: Document, doc_mentions: list[Mention]) -> PreparedWrite:
    sig, n_shingles = signature(doc.text)
    return PreparedWrite(sig, n_shingles, band_keys(sig), [to_dict(m) for m in doc_mentions])
