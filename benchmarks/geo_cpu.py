"""The geoparser's CPU seconds per evaluation corpus, and where they go, on a machine others are using too.

`evaluate geo` reports documents per second from the wall clock, which on a shared two-core machine says more
about the neighbours than about the code: with six other jobs running, four runs of one commit gave
GeoWebNews between 7 and 13 documents/s. CPU time is steadier, if still inflated by contention (caches and
cores are shared), so two versions are compared here by CPU time, in rounds that interleave them, each run
in a fresh process:

    python benchmarks/geo_cpu.py --corpus GWN_dev --corpus lgl --rounds 3 --src /tmp/old/src --src src

Each run loads the gazetteer, warms the geoparser up as `evaluate geo` does (`evaluate.geo.warm_up`), then
takes `time.process_time` around one pass over every document (geoparse and scoring, as `evaluate geo`
without `--workers`): the first pass, as an evaluation sees it, with the caches of names still empty. The
table gives the minimum and the median of the rounds per version and corpus. Forked workers
(`--workers 2`) add no CPU time of their own (measured on GeoWebNews: the same total over parent and workers
as in one process, 0.07 s of it system time for the pages the workers copy), so one process's CPU time is
what a second core can halve.

`--calls` counts instead of timing: the function calls of the pass (cProfile), the same on every run of a
version whatever the machine is doing, and, given two versions, the functions whose call counts differ most.
Where CPU times differ by less than their noise, that tells code that does more from a busier hour (the
session of 2026-11-28 read GeoWebNews at 87 documents/s against 95 for its start commit; the pass made
1.5% more calls, new rules' (geo/town_readings.py the most), and the rest was the host).

`--sample N` profiles one version instead, by sampling the stack every half millisecond of CPU time
(SIGPROF): the N functions with most samples on top of the stack (self) and on it anywhere (inclusive).
cProfile charges every Python call, and this geoparser makes millions of small ones, so there it inflates
the rules that call much against those that work inside C (regular expressions, the automaton, SQLite).
"""
from __future__ import annotations

import argparse
import collections
import cProfile
import json
import os
import pstats
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "eval" / "geo"
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def _one_pass(corpus: Path, sample_top: int, calls: bool = False) -> dict[str, Any]:
    """One fresh process's first pass over `corpus` (run with PYTHONPATH set to the version's src)."""
    from eventwatch.evaluate.geo import _DocumentScorer, read_corpus, warm_up
    from eventwatch.geo.gazetteer import Gazetteer
    from eventwatch.memory import batch_collector

    data = read_corpus(corpus)
    gazetteer = Gazetteer.load(None, user_places=[])
    self_hits: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    samples = [0]

    def where(frame: Any) -> str:
        name = frame.f_code.co_filename
        short = name.split("src/eventwatch/")[-1] if "src/eventwatch/" in name else "(outside) " + Path(name).name
        return f"{short}:{frame.f_code.co_name}"

    def on_sample(_sig: int, frame: Any) -> None:
        samples[0] += 1
        seen: set[str] = set()
        top = True
        while frame is not None:
            key = where(frame)
            if top and not key.startswith("(outside)"):
                self_hits[key] += 1  # C work (a regex, a query) is charged to the Python line that called it
                top = False
            if key not in seen:
                inclusive[key] += 1
                seen.add(key)
            frame = frame.f_back

    with batch_collector():  # as `evaluate geo` runs
        warm_up(gazetteer)
        # As `evaluate geo` scores by default: each corpus's scheme for facilities and demonyms, no error rows.
        score = _DocumentScorer(data, gazetteer, False, None, not data.annotates_facilities,
                                data.annotates_demonyms, True, None, False)
        if sample_top:
            signal.signal(signal.SIGPROF, on_sample)
            signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
        profile = cProfile.Profile() if calls else None
        if profile is not None:
            profile.enable()
        t0 = time.process_time()
        for doc in data.documents:
            score(doc)
        cpu = time.process_time() - t0
        if profile is not None:
            profile.disable()
        if sample_top:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
    out: dict[str, Any] = {"corpus": corpus.stem, "documents": len(data.documents), "cpu": cpu}
    if profile is not None:
        counts: collections.Counter[str] = collections.Counter()
        for (name, _line, function), (_prim, n, *_rest) in pstats.Stats(profile).stats.items():
            short = name.split("src/eventwatch/")[-1] if "src/eventwatch/" in name else Path(name).name
            counts[_ADDRESS.sub("", f"{short}:{function}")] += n  # a built-in's repr holds its address
        out["calls"] = dict(counts)
    if sample_top:
        n = max(1, samples[0])
        out["samples"] = samples[0]
        out["self"] = [(k, c / n) for k, c in self_hits.most_common(sample_top)]
        out["inclusive"] = [(k, c / n) for k, c in inclusive.most_common(sample_top)]
    return out


def _run(src: str, corpus: Path, sample_top: int = 0, calls: bool = False) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    cmd = [sys.executable, __file__, "--_one", str(corpus), "--sample", str(sample_top)]
    if calls:
        cmd.append("--calls")
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", help="a corpus name under --corpora (GWN_dev, lgl, TR-News, "
                    "GeoVirus) or a path; repeatable (default GWN_dev and lgl)")
    ap.add_argument("--corpora", default=str(DEFAULT_CORPORA), help="the folder of the corpora's XML files")
    ap.add_argument("--src", action="append", help="a version's src folder; repeatable (default this tree's)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--sample", type=int, default=0, help="profile by sampling; print the top N functions")
    ap.add_argument("--calls", action="store_true", help="count function calls (cProfile) instead of timing")
    ap.add_argument("--_one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._one:
        print(json.dumps(_one_pass(Path(args._one), args.sample, args.calls)))
        return
    corpora = [Path(c) if c.endswith(".xml") else Path(args.corpora) / f"{c}.xml"
               for c in (args.corpus or ["GWN_dev", "lgl"])]
    sources = args.src or [str(ROOT / "src")]
    if args.sample:
        for corpus in corpora:
            got = _run(sources[0], corpus, args.sample)
            print(f"{got['corpus']}: {got['cpu']:.2f} s CPU, {got['samples']} samples")
            for label in ("self", "inclusive"):
                print(f"  {label}:")
                for key, share in got[label]:
                    print(f"    {100 * share:5.1f}%  {key}")
        return
    if args.calls:
        for corpus in corpora:
            counted = [(src, _run(src, corpus, calls=True)["calls"]) for src in sources]
            for src, counts in counted:
                print(f"{corpus.stem}: {sum(counts.values()):,} calls  {src}")
            if len(counted) == 2:
                (_, a), (_, b) = counted
                for key in sorted(set(a) | set(b), key=lambda k: -abs(b.get(k, 0) - a.get(k, 0)))[:15]:
                    print(f"  {a.get(key, 0):9d} {b.get(key, 0):9d} {b.get(key, 0) - a.get(key, 0):+9d}  {key}")
        return
    seconds: dict[tuple[str, str], list[float]] = collections.defaultdict(list)
    documents: dict[str, int] = {}
    for r in range(args.rounds):
        for corpus in corpora:
            for src in sources:  # interleaved, so that a busier minute falls on every version alike
                got = _run(src, corpus)
                seconds[(src, got["corpus"])].append(got["cpu"])
                documents[got["corpus"]] = got["documents"]
                print(f"round {r + 1}  {got['corpus']:9s} {got['cpu']:7.3f} s  {src}", file=sys.stderr)
    print(f"{'corpus':9s} {'min s':>7s} {'median':>7s} {'docs/CPU s':>10s}  version")
    for (src, corpus), runs in seconds.items():
        best = min(runs)
        print(f"{corpus:9s} {best:7.3f} {statistics.median(runs):7.3f} {documents[corpus] / best:10.1f}  {src}")


if __name__ == "__main__":
    main()
