"""Candidate sentences: how many are parsed per document, how many yield anything, and which cues waste them.

The parse is the pipeline's biggest cost and it runs once per candidate sentence, so every candidate that
ends as nothing is paid for twice (parse, then classification). This reports, over the benchmark corpus
and the demo documents:
  - candidates per document and the share that are event sentences (the classifier's verdict, as assembly
    takes it) or carry a date that assembly may lend to a later mention;
  - the cues that bring in the candidates that produce nothing;
  - with --compare, the mentions of every document with all cue sentences parsed against the pipeline's
    own candidate selection, in one process (so that both see the same gazetteer and classifier), and
    every difference.

    python benchmarks/candidates.py [--docs 400] [--offset 0] [--compare] [--top 30]
    python benchmarks/candidates.py --case ../shared/eval/events/case2021_task2_dev.tsv
"""
from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CORPUS, build_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "src" / "eventwatch" / "data" / "demo"


def read_documents(paths: list[Path]) -> list:
    from eventwatch.ingest.readers import read_paths

    return [r.document for r in read_paths([str(p) for p in paths]) if r.ok]


def all_cue_sentences(resources, document):
    """The selection before any second signal: every sentence holding a cue (the old candidate set)."""
    from eventwatch.extract.mentions import cue_positions
    from eventwatch.geo import geoparse
    from eventwatch.nlp import split_sentences

    cues = cue_positions(document.text)
    sentences = split_sentences(resources.senter, document.text, only_at=cues)
    toponyms = geoparse(resources.gazetteer, document.text, document_id=document.id,
                        publisher=document.publisher)
    out, i = [], 0
    for s in sentences:
        while i < len(cues) and cues[i] < s.start:
            i += 1
        if i < len(cues) and cues[i] < s.end:
            out.append(s)
    return sentences, toponyms, out


def profile(resources, documents, top: int) -> None:
    """What each candidate becomes, and the cues of those that become nothing."""
    from eventwatch.extract.background import is_background
    from eventwatch.extract.cues import find_cues
    from eventwatch.extract.dates import find_event_date
    from eventwatch.extract.mentions import _is_event_sentence
    from eventwatch.nlp.parse import parse_sentences

    counts: Counter = Counter()
    idle_cues: Counter = Counter()
    useful_cues: Counter = Counter()
    for document in documents:
        _sentences, toponyms, cands = all_cue_sentences(resources, document)
        counts["documents"] += 1
        counts["candidates"] += len(cands)
        parsed = parse_sentences(resources.parser, [(s, toponyms) for s in cands])
        for s, doc in zip(cands, parsed):
            dated = find_event_date(s, document.published_at, document_id=document.id) is not None
            if is_background(s, document.published_at, doc):
                outcome = "background"
            else:
                c = resources.classifier.classify(s.text, doc)
                outcome = "event" if _is_event_sentence(resources, s, doc, c, document.id) else "other"
            counts[outcome] += 1
            if outcome != "event" and dated:
                counts[outcome + "+date"] += 1
            words = sorted({c.text.lower() for c in find_cues(s.text)})
            (useful_cues if outcome == "event" else idle_cues).update(words)
    n = counts["documents"]
    print(f"{n} documents: {counts['candidates'] / n:.2f} candidates/doc; of the candidates "
          f"{counts['event']} event sentences ({100 * counts['event'] / max(1, counts['candidates']):.1f}%), "
          f"{counts['other']} not events ({counts['other+date']} dated), "
          f"{counts['background']} background ({counts['background+date']} dated)")
    print(f"cues of candidates that are not events (cue: idle / in events):")
    for word, k in idle_cues.most_common(top):
        print(f"  {word:<24} {k:5d} / {useful_cues.get(word, 0)}")


def _too_slow(signum, frame):
    raise TimeoutError


def compare(resources, documents) -> None:
    """Mentions from every cue sentence parsed vs the pipeline's selection; every difference printed."""
    from eventwatch.extract.mentions import extract_mentions
    from eventwatch.pipeline import _prepare

    same, parsed_all, parsed_new, t_all, t_new, stuck = 0, 0, 0, 0.0, 0.0, 0
    signal.signal(signal.SIGALRM, _too_slow)
    for document in documents:
        signal.alarm(20)  # an extractor that loops must not stop the comparison of the others
        try:
            t0 = time.perf_counter()
            sentences, toponyms, cands = all_cue_sentences(resources, document)
            full = extract_mentions(resources, document, sentences, toponyms, candidates=cands)
            t1 = time.perf_counter()
            p = _prepare(resources, document)
            new = extract_mentions(resources, document, p.sentences, p.toponyms, candidates=p.candidates)
            t2 = time.perf_counter()
        except TimeoutError:
            stuck += 1
            print(f"--- {document.id}: extraction took over 20 s, not compared")
            continue
        finally:
            signal.alarm(0)
        t_all, t_new = t_all + t1 - t0, t_new + t2 - t1
        parsed_all += len(cands)
        parsed_new += len(p.candidates)
        a = [dataclasses.asdict(m) for m in full]
        b = [dataclasses.asdict(m) for m in new]
        if a == b:
            same += 1
            continue
        print(f"--- {document.id}: {len(a)} mentions with all cue sentences, {len(b)} with the selection")
        kept = {m["sentence_start"] for m in b}
        for m in a:
            if m["sentence_start"] not in kept:
                print(f"  LOST  {m['event_type']:<28} {m['text'][:150]!r}")
        had = {m["sentence_start"] for m in a}
        for m in b:
            if m["sentence_start"] not in had:
                print(f"  NEW   {m['event_type']:<28} {m['text'][:150]!r}")
        for ma in a:
            for mb in b:
                if ma["sentence_start"] == mb["sentence_start"] and ma != mb:
                    diff = [k for k in ma if ma[k] != mb[k]]
                    print(f"  CHANGED {diff} {ma['text'][:120]!r}")
    n = len(documents) - stuck
    print(f"{same}/{n} documents identical ({stuck} not compared); candidates/doc {parsed_all / n:.2f} -> {parsed_new / n:.2f}; "
          f"extraction ms/doc (wall, both in this process) {1000 * t_all / n:.1f} -> {1000 * t_new / n:.1f}")


def case_check(resources, path: Path) -> None:
    """evaluate events classifies CASE snippets directly, without candidate selection: so check here that
    every snippet whose gold label is an event keeps at least one candidate sentence under the selection."""
    from eventwatch.evaluate.events import read_snippets
    from eventwatch.extract.mentions import candidate_sentences, cue_positions
    from eventwatch.geo import geoparse
    from eventwatch.nlp import split_sentences

    counts: Counter = Counter()
    for snip in read_snippets(path):
        if snip.label == "OTHER":
            continue
        text = snip.text
        cues = cue_positions(text)
        sentences = split_sentences(resources.senter, text, only_at=cues)
        toponyms = geoparse(resources.gazetteer, text)
        before = [s for s in sentences if any(s.start <= c < s.end for c in cues)]
        after = candidate_sentences(text, sentences, cues, toponyms=toponyms)
        counts["snippets"] += 1
        counts["with a cue sentence"] += bool(before)
        counts["still a candidate"] += bool(after)
        counts["cue sentences"] += len(before)
        counts["candidate sentences"] += len(after)
        if before and not after:
            print(f"  LOST {snip.label:<24} {text[:140]!r}")
    n = counts["snippets"]
    print(f"{n} event snippets: {counts['with a cue sentence']} with a cue sentence, "
          f"{counts['still a candidate']} ({100 * counts['still a candidate'] / max(1, n):.1f}%) with a candidate "
          f"under the selection; sentences {counts['cue sentences']} -> {counts['candidate sentences']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--offset", type=int, default=0,
                    help="skip the corpus's first N documents (e.g. to check on texts not looked at before)")
    ap.add_argument("--case", type=Path, help="a CASE 2021 task 2 TSV: check its event snippets stay candidates")
    args = ap.parse_args()

    from eventwatch.resources import Resources

    resources = Resources().load_all()
    if args.case:
        case_check(resources, args.case)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        build_corpus(DEFAULT_CORPUS, args.offset + args.docs, corpus)
        sets = {"benchmark corpus": read_documents([corpus])[args.offset:],
                "demo documents": read_documents([DEMO])}
    for name, documents in sets.items():
        print(f"== {name}")
        if args.compare:
            compare(resources, documents)
        else:
            profile(resources, documents, args.top)


if __name__ == "__main__":
    main()
