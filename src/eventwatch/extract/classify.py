"""Event type classification of a snippet, or of each event mention in a document.

There is no ACLED training data here, so the classifier is written, not trained: a cue lexicon found with
one automaton pass (`cues`), placed on spaCy's dependency parse to read who did what to whom
(`classify_roles`), and ACLED's coding rules as scoring rules (`classify_rules`). Every label comes with the
character spans of the cues that decided it. Optionally (the `embeddings` extra), a sentence encoder's
similarity to the label descriptions breaks near-ties of unsure decisions (`classify_embeddings`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from eventwatch.extract.classify_roles import ClassIndex, place_hits
from eventwatch.extract.classify_rules import Scores, score
from eventwatch.extract.cues import CueFinder, default_finder
from eventwatch.extract.event_types import LABELS

FALLBACK_LABEL = "OTHER"
EVENT_MIN_SCORE = 3.0  # below this total no cue says clearly that something happened


@dataclass
class Classification:
    label: str
    confidence: float
    cues: list[tuple[int, int, str]] = field(default_factory=list)  # char spans in the input text
    scores: dict[str, float] = field(default_factory=dict)  # the runner-up labels, for inspection


@dataclass
class MentionClassification:
    """One sentence of a document that reports an event, with its type."""

    start: int
    end: int
    text: str
    classification: Classification


class EventClassifier:
    """Classify with a spaCy pipeline passed in (loaded once by the caller, e.g. `Resources.nlp`)."""

    def __init__(self, nlp: Any, finder: Optional[CueFinder] = None, tie_breaker: Any = None):
        self.nlp = nlp
        self.finder = finder or default_finder()
        # classify_embeddings.LabelSimilarity (or None): re-ranks close labels of an unsure decision
        self.tie_breaker = tie_breaker
        # The pipeline asks classify() and is_event() about the same sentence: score it once.
        self._last: Optional[tuple[str, int, Scores]] = None

    # --- public API --------------------------------------------------------------------------------------

    def classify(self, text: str, doc: Any = None) -> Classification:
        """Always one of the 30 labels; OTHER with confidence 0 when nothing in the text is an event cue."""
        if doc is None:
            doc = self.nlp(text)
        return self._break_ties([text], [self._scores(text, doc)])[0]

    def classify_many(self, texts: Iterable[str], batch_size: int = 64) -> list[Classification]:
        texts = list(texts)
        docs = self.nlp.pipe(texts, batch_size=batch_size)
        if self.tie_breaker is None:
            return [self.classify(text, doc) for text, doc in zip(texts, docs)]
        return self._break_ties(texts, [self._scores(text, doc) for text, doc in zip(texts, docs)])

    def is_event(self, text: str, doc: Any = None) -> bool:
        """False for text in which no cue reports an event (background, opinion, calls with no act)."""
        if not self.finder.cues(text):
            return False
        if doc is None:
            doc = self.nlp(text)
        _, top = self._scores(text, doc).best()
        return top >= EVENT_MIN_SCORE

    def classify_mentions(self, text: str, doc: Any = None) -> list[MentionClassification]:
        """Each sentence of a document that reports an event, classified on its own.

        Sentences without a cue are skipped before any rule runs, so long documents cost one automaton
        pass plus the parse.
        """
        if doc is None:
            doc = self.nlp(text)
        found = []
        for sent in doc.sents:
            sent_text = sent.text
            if not self.finder.cues(sent_text):
                continue
            scores = self._scores(sent_text, sent.as_doc(), offset=0)
            _, top = scores.best()
            if top < EVENT_MIN_SCORE:
                continue
            found.append((sent, scores))
        results = self._break_ties([sent.text for sent, _ in found], [scores for _, scores in found])
        out = []
        for (sent, _), result in zip(found, results):
            result.cues = [(s + sent.start_char, e + sent.start_char, t) for s, e, t in result.cues]
            out.append(MentionClassification(sent.start_char, sent.end_char, sent.text, result))
        return out

    # --- internals ---------------------------------------------------------------------------------------

    def _scores(self, text: str, doc: Any, offset: int = 0) -> Scores:
        if self._last is not None and self._last[0] == text and self._last[1] == id(doc):
            return self._last[2]
        matches = self.finder.matches(text)
        index = ClassIndex(doc, matches, offset)
        hits = place_hits(doc, matches, offset)
        result = score(hits, index)
        self._last = (text, id(doc), result)
        return result

    def _break_ties(self, texts: list[str], all_scores: list[Scores]) -> list[Classification]:
        """Rule decisions, with the unsure ones re-ranked by similarity (encoded in one batch)."""
        results = [self._decide(s) for s in all_scores]
        tb = self.tie_breaker
        if tb is None:
            return results
        unsure = [i for i, r in enumerate(results) if r.confidence < tb.threshold]
        if unsure:
            for i, similarity in zip(unsure, tb.similarities([texts[i] for i in unsure])):
                label = tb.choose(all_scores[i].totals, similarity)
                if label is not None and label != results[i].label:
                    results[i] = self._decide(all_scores[i], label)
        return results

    @staticmethod
    def _decide(scores: Scores, chosen: Optional[str] = None) -> Classification:
        label, top = scores.best()
        if chosen is not None:
            label, top = chosen, scores.totals.get(chosen, 0.0)
            if top <= 0:  # no rule evidence at all: the similarity alone named it
                return Classification(chosen, 0.0, [], {})
        if label is None or top <= 0:
            return Classification(FALLBACK_LABEL, 0.0, [], {})
        assert label in LABELS
        ranked = sorted(scores.totals.items(), key=lambda kv: -kv[1])
        runner_up = max((v for k, v in ranked if k != label), default=0.0)
        # Confident when the winner is both strong and clear of the runner-up.
        strength = 1.0 - math.exp(-top / 4.0)
        margin = (top - runner_up) / top
        confidence = round(max(0.0, min(1.0, strength * (0.5 + 0.5 * margin))), 3)
        cues = sorted({(h.match.start, h.match.end, h.match.text) for h in scores.support.get(label, [])})
        top_scores = {k: round(v, 3) for k, v in ranked[:5] if v > 0}
        return Classification(label, confidence, cues, top_scores)
