"""The store's share of a document: milliseconds and SQL statements per `add_document`, models excluded.

Extraction runs once (its mentions are cached in a pickle next to the corpus, keyed by corpus size), then
only the writes are timed, into a fresh SQLite file, so a change to the store can be measured in seconds
and without the noise of spaCy sharing the cores.

    python benchmarks/store_cost.py [--docs 300] [--cache /tmp/eventwatch-store-cost] [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CORPUS, build_corpus  # noqa: E402


def extracted(docs: int, cache: Path) -> list:
    """(Document, mentions) for the benchmark corpus, extracted once and then read from the cache."""
    cache.mkdir(parents=True, exist_ok=True)
    pickled = cache / f"extracted-{docs}.pickle"
    if pickled.exists():
        return pickle.loads(pickled.read_bytes())
    from eventwatch.batch import LocalExtractor
    from eventwatch.ingest import read_paths
    from eventwatch.resources import Resources

    corpus = cache / f"corpus-{docs}.jsonl"
    build_corpus(DEFAULT_CORPUS, docs, corpus)
    documents = [r.document for r in read_paths([str(corpus)]) if r.document is not None]
    results = list(LocalExtractor(Resources()).map(documents))
    pairs = [(d, m) for d, (m, err, _prepared) in zip(documents, results) if err is None]
    pickled.write_bytes(pickle.dumps(pairs))
    return pairs


def measure(pairs: list, profile: bool, group: int = 0, prepare: bool = False) -> dict:
    from eventwatch.batch import GROUP, BatchSummary, _store_many
    from eventwatch.store.repository import open_store

    if prepare:  # as workers do: the document-only part of the write computed beforehand, not timed
        from eventwatch.store.repository import prepare_write

        pairs = [(d, m, prepare_write(d, m)) for d, m in pairs]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "cost.db"))
        statements = 0

        def count(*_args) -> None:
            nonlocal statements
            statements += 1

        event.listen(store.engine, "before_cursor_execute", count)
        summary = BatchSummary()
        prof = cProfile.Profile() if profile else None
        t0 = time.process_time()  # CPU time: what the writer takes from the cores, and less noisy than wall
        if prof:
            prof.enable()
        for i in range(0, len(pairs), group or GROUP):  # as the batch writer groups them
            _store_many(store, pairs[i:i + (group or GROUP)], summary)
        if prof:
            prof.disable()
        seconds = time.process_time() - t0
        if prof:
            pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
        n = len(pairs)
        digest = fingerprint(store.engine)
        store.engine.dispose()
        return {"fingerprint": digest, "documents": n, "mentions": sum(len(p[1]) for p in pairs),
                "cpu_ms_per_doc": round(1000 * seconds / n, 2),
                "statements_per_doc": round(statements / n, 1), "events": summary.events_created}


def fingerprint(engine) -> str:
    """A digest of what resolution decided (events, their sources, actors and versions), without clocks:
    two ways of writing that agree on it stored the same thing."""
    import hashlib
    import json

    queries = [
        "select id, event_type, date, lat, lon, grade, killed_best, independent_sources, version, data "
        "from events order by id",
        "select id, event_id, document_id, sentence_start, pinned from mentions order by id",
        "select event_id, name, role from event_actors order by event_id, name, role",
        "select event_id, version, who, action, why, data from event_versions order by event_id, version",
        "select id, copy_of, mention_count from documents order by id",
    ]
    h = hashlib.sha256()
    with engine.connect() as conn:
        for q in queries:
            for row in conn.exec_driver_sql(q):
                h.update(json.dumps([str(v) for v in row], sort_keys=True).encode())
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "eventwatch-store-cost"))
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--prepared", action="store_true", help="signatures and mention JSON made beforehand, "
                    "as extraction workers make them (what stays in the writer)")
    ap.add_argument("--group", type=int, default=0, help="documents per transaction (default: the batch writer's)")
    args = ap.parse_args()
    pairs = extracted(args.docs, Path(args.cache))
    print(measure(pairs, args.profile, args.group, args.prepared))


if __name__ == "__main__":
    main()
