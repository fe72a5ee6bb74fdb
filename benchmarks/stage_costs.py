"""Where a document's time goes: milliseconds per document for each stage, from cProfile.

Wall-clock throughput is noisy on a shared machine; the profiler's per-function totals are much less so.
Runs the whole pipeline (reading, extraction and storing, one process) over the benchmark corpus and
reports the cumulative time of each stage's entry point divided by the number of documents.

    python benchmarks/stage_costs.py [--docs 300] [--top 0]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--top", type=int, default=0, help="also print the N most expensive functions")
    args = ap.parse_args()

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
