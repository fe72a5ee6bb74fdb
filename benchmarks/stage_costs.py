"""Where a document's time goes: milliseconds per document for each stage, from cProfile.

Wall-clock throughput is noisy on a shared machine; the profiler's per-function totals are much less so.
Runs the whole pipeline (reading, extraction and storing, one process) over the benchmark corpus and
reports the cumulative time of each stage's entry point divided by the number of documents.

    python benchmarks/stage_costs.py [--docs 300] [--top 0]

cProfile charges every Python call, so it inflates extraction (many small calls) against spaCy's networks
(few, long C calls). `--clock cpu` measures the worker side instead: the stages of `pipeline.process_batch`
in chunks of `batch.CHUNK` documents, each timed with `time.process_time`, after the collector is settled as
in a worker (`memory.settle_for_batch`); no reading or storing. `--dump FILE` also writes every document's
mentions as JSON lines (to diff two versions' outputs on the same documents).

    python benchmarks/stage_costs.py --clock cpu --docs 700 [--dump mentions.jsonl]
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CORPUS, build_corpus  # noqa: E402

# (label, module path fragment, function name): the stages of `eventwatch.pipeline` and `eventwatch.batch`
STAGES = [
    ("read (ingest)", "eventwatch/ingest/readers.py", "read_paths"),
    ("event cues", "eventwatch/extract/mentions.py", "cue_positions"),
    ("sentences", "eventwatch/nlp/sentences.py", "split_sentences"),
    ("geoparse", "eventwatch/geo/__init__.py", "geoparse"),
    ("candidates", "eventwatch/extract/mentions.py", "candidate_sentences"),
    ("parse (spaCy)", "eventwatch/nlp/parse.py", "parse_sentences"),
    ("extract mentions", "eventwatch/extract/mentions.py", "extract_mentions"),
    ("store", "eventwatch/batch.py", "_store_many"),
    ("known check", "eventwatch/store/repository.py", "has_document"),
]


# The worker side's stages as `eventwatch.pipeline` calls them (names in that module), in order.
WORKER_STAGES = [
    ("event cues", "cue_positions"),
    ("sentences", "split_sentences"),
    ("geoparse", "geoparse"),
    ("candidates", "select_candidates"),
    ("parse (spaCy)", "parse_sentences"),
    ("extract mentions", "extract_mentions"),
]


def _timed(fn: Callable, label: str, spent: dict[str, float]) -> Callable:
    def run(*args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - t
    return run


def worker_cpu(docs_wanted: int, dump: Optional[str]) -> None:
    """CPU ms per document of each worker-side stage (see the module's docstring)."""
    from eventwatch import pipeline
    from eventwatch.batch import CHUNK
    from eventwatch.ingest.readers import read_paths
    from eventwatch.memory import settle_for_batch
    from eventwatch.model import to_dict
    from eventwatch.resources import Resources

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        build_corpus(DEFAULT_CORPUS, docs_wanted, corpus)
        docs = [r.document for r in read_paths([str(corpus)]) if r.ok]
    resources = Resources().load_all()
    pipeline.process_batch(resources, docs[:CHUNK])  # first-use costs (lazy tables, caches) out of the count
    settle_for_batch()
    spent: dict[str, float] = {}
    originals = {name: getattr(pipeline, name) for _, name in WORKER_STAGES}
    for label, name in WORKER_STAGES:
        setattr(pipeline, name, _timed(originals[name], label, spent))
    results: list = []
    t0 = time.process_time()
    try:
        for i in range(0, len(docs), CHUNK):
            results.extend(pipeline.process_batch(resources, docs[i : i + CHUNK]))
    finally:
        total = time.process_time() - t0
        for name, fn in originals.items():
            setattr(pipeline, name, fn)
    n = len(docs)
    print(f"{n} documents; worker-side CPU ms per document (time.process_time, chunks of {CHUNK}):")
    for label, _ in WORKER_STAGES:
        print(f"  {label:<18} {1000 * spent.get(label, 0.0) / n:7.2f}")
    print(f"  {'total':<18} {1000 * total / n:7.2f}")
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            for doc, result in zip(docs, results):
                out = repr(result) if isinstance(result, Exception) else to_dict(result)
                fh.write(json.dumps({"document": doc.id, "mentions": out}, sort_keys=True, default=str) + "\n")
        print(f"mentions of {n} documents written to {dump}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--top", type=int, default=0, help="also print the N most expensive functions")
    ap.add_argument("--clock", choices=("profile", "cpu"), default="profile",
                    help="profile: the whole ingest under cProfile; cpu: the worker side's stages, unprofiled")
    ap.add_argument("--dump", help="with --clock cpu: write each document's mentions (JSON lines) here")
    args = ap.parse_args()
    if args.clock == "cpu":
        worker_cpu(args.docs, args.dump)
        return

    from eventwatch.batch import ingest_paths
    from eventwatch.resources import Resources
    from eventwatch.store.repository import open_store

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        docs, words = build_corpus(DEFAULT_CORPUS, args.docs, corpus)
        store = open_store(str(Path(tmp) / "s.db"))
        resources = Resources().load_all()
        prof = cProfile.Profile()
        prof.enable()
        ingest_paths(store, resources, [str(corpus)])
        prof.disable()
    stats = pstats.Stats(prof)
    total = max(ct for (_f, _l, _n), (_cc, _nc, _tt, ct, _callers) in stats.stats.items())
    print(f"{docs} documents, {words / docs:.0f} words each; ms per document under cProfile "
          f"(which inflates Python-heavy code more than spaCy's compiled parts):")
    for label, fragment, name in STAGES:
        cum = sum(ct for (f, _l, n), (_cc, _nc, _tt, ct, _callers) in stats.stats.items()
                  if n == name and f.endswith(fragment))
        print(f"  {label:<18} {1000 * cum / docs:7.2f}")
    print(f"  {'total':<18} {1000 * total / docs:7.2f}")
    if args.top:
        stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
