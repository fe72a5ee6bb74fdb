"""How far the rule sentence splitter agrees with spaCy's statistical recogniser, and what each costs.

Both split the same news texts (by default the <text> of the geoparsing corpora and the re3d documents under
../shared/eval) line by line; line breaks end a sentence for both, so only boundaries inside lines are
compared. Taking the recogniser as the reference: precision = share of the rule's boundaries it also
makes, recall = share of its boundaries the rule also makes. Neither is gold: `--show N` prints N
disagreements of each kind, with context, to judge which side is wrong (read them, do not copy them into
the project).

    python benchmarks/sentence_agreement.py [--corpus DIR] [--show 0]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEFAULT_CORPUS, collect_texts  # noqa: E402


def inner_starts(sentences, text: str) -> set[int]:
    """Sentence starts that are not the first non-space character of their line."""
    out = set()
    for s in sentences:
        line_start = text.rfind("\n", 0, s.start) + 1
        if text[line_start : s.start].strip():
            out.add(s.start)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--show", type=int, default=0, help="print N disagreements of each kind")
    args = ap.parse_args()

    from eventwatch.nlp.rule_sentences import RuleSplitter
    from eventwatch.nlp.sentences import split_sentences
    from eventwatch.resources import Resources, Settings

    texts = collect_texts(args.corpus / "geo") + collect_texts(args.corpus / "entities")
    texts = list(dict.fromkeys(texts))
    senter = Resources(Settings(sentence_splitter="spacy")).senter
    rules = RuleSplitter()
    split_sentences(senter, "Warm up. Twice.")

    timings = {}
    results = {}
    for name, splitter in (("spacy", senter), ("rules", rules)):
        t0 = time.perf_counter()
        results[name] = [split_sentences(splitter, t) for t in texts]
        timings[name] = time.perf_counter() - t0

    both = only_rules = only_spacy = 0
    missed, extra = [], []
    for text, ss, rs in zip(texts, results["spacy"], results["rules"]):
        a, b = inner_starts(ss, text), inner_starts(rs, text)
        both += len(a & b)
        only_spacy += len(a - b)
        only_rules += len(b - a)
        missed += [(text, p) for p in sorted(a - b)]
        extra += [(text, p) for p in sorted(b - a)]
    precision = both / max(1, both + only_rules)
    recall = both / max(1, both + only_spacy)
    chars = sum(len(t) for t in texts)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} texts, {words} words; boundaries inside lines: spaCy {both + only_spacy}, "
          f"rules {both + only_rules}, shared {both}")
    print(f"rules against spaCy: precision {precision:.4f}  recall {recall:.4f}  "
          f"F1 {2 * precision * recall / max(1e-9, precision + recall):.4f}")
    for name in ("spacy", "rules"):
        print(f"  {name:<6} {timings[name]:6.2f} s  {words / timings[name]:10.0f} words/s  "
              f"{chars / timings[name] / 1e6:6.2f} M chars/s")
    rng = random.Random(0)
    for label, cases in (("spaCy splits, rules do not", missed), ("rules split, spaCy does not", extra)):
        if not args.show:
            break
        print(f"\n== {label} ({len(cases)}) ==")
        for text, p in rng.sample(cases, min(args.show, len(cases))):
            print(repr(text[max(0, p - 60) : p]), "||", repr(text[p : p + 40]))


if __name__ == "__main__":
    main()
