"""Event type classification scored against gold snippets (CASE 2021 task 2 style TSV).

Metrics follow the shared task: accuracy, F1 weighted by gold support (the headline figure), macro F1 over
every label seen in gold or predictions, per-label precision/recall/F1, and the most frequent confusions,
which are what to read when looking for systematic errors.
"""
from __future__ import annotations

import csv
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence, Union

from eventwatch.extract.event_types import LABELS


@dataclass(frozen=True)
class GoldSnippet:
    id: str
    text: str
    label: Optional[str] = None


def _looks_like_header(row: Sequence[str]) -> bool:
    first = row[0].strip().lower() if row else ""
    if first in ("id", "snippet_id", "doc_id"):
        return True
    return len(row) >= 3 and row[2].strip() not in LABELS and not first.isdigit()


def read_snippets(path: Union[str, Path]) -> list[GoldSnippet]:
    """TSV (`id<TAB>text[<TAB>label]`, header optional) or JSONL (`id`, `text`, optional `label`)."""
    path = Path(path)
    out: list[GoldSnippet] = []
    with open(path, encoding="utf-8", newline="") as fh:
        head = fh.read(1)
        fh.seek(0)
        if head in ("{", "[") or path.suffix.lower() in (".jsonl", ".json"):
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                obj = json.loads(line)
                text = obj.get("text", obj.get("EventSnippet", obj.get("snippet")))
                if text is None:
                    raise ValueError(f"{path}:{n}: no 'text' field")
                label = obj.get("label", obj.get("SubType"))
                out.append(GoldSnippet(str(obj.get("id", n)), str(text), label))
            return out
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for n, row in enumerate(reader, 1):
            if not row or not any(cell.strip() for cell in row):
                continue
            if n == 1 and _looks_like_header(row):
                continue
            if len(row) == 1:
                out.append(GoldSnippet(str(n), row[0]))
                continue
            label = row[2].strip() if len(row) >= 3 and row[2].strip() else None
            out.append(GoldSnippet(row[0].strip(), _unquote(row[1]), label))
    return out


def _unquote(text: str) -> str:
    """The CASE TSV wraps some snippets in CSV-style quotes with doubled inner quotes."""
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return text[1:-1].replace('""', '"')
    return text


def prf(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, float]]:
    labels = sorted(set(gold) | set(pred))
    support = Counter(gold)
    predicted = Counter(pred)
    correct = Counter(g for g, p in zip(gold, pred) if g == p)
    out = {}
    for label in labels:
        p = correct[label] / predicted[label] if predicted[label] else 0.0
        r = correct[label] / support[label] if support[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[label] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                      "support": support[label]}
    return out


def score_labels(gold: Sequence[str], pred: Sequence[str], top_confusions: int = 15) -> dict[str, Any]:
    if len(gold) != len(pred):
        raise ValueError("gold and predictions differ in length")
    n = len(gold)
    per_label = prf(gold, pred)
    accuracy = sum(g == p for g, p in zip(gold, pred)) / n if n else 0.0
    weighted = sum(v["f1"] * v["support"] for v in per_label.values()) / n if n else 0.0
    macro = sum(v["f1"] for v in per_label.values()) / len(per_label) if per_label else 0.0
    confusion = Counter((g, p) for g, p in zip(gold, pred) if g != p)
    return {
        "snippets": n,
        "accuracy": round(accuracy, 4),
        "weighted_f1": round(weighted, 4),
        "macro_f1": round(macro, 4),
        "per_label": per_label,
        "confusion": [[g, p, c] for (g, p), c in confusion.most_common(top_confusions)],
    }


def evaluate_events(
    snippets: Sequence[GoldSnippet],
    classify_many: Callable[[list[str]], list[Any]],
    batch_size: int = 64,
    progress: Optional[Callable[[int], None]] = None,
) -> dict[str, Any]:
    """Classify every gold snippet in batches and score; `progress(n)` is called after each batch."""
    gold = [s for s in snippets if s.label]
    if not gold:
        raise ValueError("no labelled snippets to evaluate")
    predictions: list[str] = []
    started = time.perf_counter()
    for i in range(0, len(gold), batch_size):
        batch = gold[i:i + batch_size]
        predictions.extend(c.label for c in classify_many([s.text for s in batch]))
        if progress:
            progress(len(batch))
    elapsed = time.perf_counter() - started
    report = score_labels([s.label for s in gold], predictions)
    report["snippets_per_second"] = round(len(gold) / elapsed, 1) if elapsed > 0 else None
    report["predictions"] = {s.id: p for s, p in zip(gold, predictions)}
    return report


def subset(snippets: Iterable[GoldSnippet], keep: Callable[[GoldSnippet], bool]) -> list[GoldSnippet]:
    return [s for s in snippets if keep(s)]
