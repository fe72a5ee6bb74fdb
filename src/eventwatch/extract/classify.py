"""Event type classification of a snippet, or of each event mention in a document.

There is no ACLED training data here, so the classifier is written, not trained: a cue lexicon found with
one automaton pass (`cues`), placed on spaCy's dependency parse to read who did what to whom
(`classify_roles`), and ACLED's coding rules as scoring rules (`classify_rules`). Every label comes with the
character spans of the cues that decided it.
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

    def __init__(self, nlp: Any, finder: Optional[CueFinder] = None):
        self.nlp = nlp
        self.finder = finder or default_finder()
        # The pipeline asks classify() and is_event() about the same sentence: score it once.
        self._last: Optional[tuple[str, int, Scores]] = None

    # --- public API --------------------------------------------------------------------------------------

    def classify(self, text: str, doc: Any = None) -> Classification:
        """Always one of the 30 labels; OTHER with confidence 0 when nothing in the text is an event cue."""
        if doc is None:
            doc = self.nlp(text)
        return self._decide(self._scores(text, doc))

    def classify_many(self, texts: Iterable[str], batch_size: int = 64) -> list[Classification]:
        texts = list(texts)
        docs = self.nlp.pipe(texts, batch_size=batch_size)
        return [self.classify(text, doc) for text, doc in zip(texts, docs)]

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
        out = []
        for sent in doc.sents:
            sent_text = sent.text
            if not self.finder.cues(sent_text):
                continue
            scores = self._scores(sent_text, sent.as_doc(), offset=0)
            _, top = scores.best()
            if top < EVENT_MIN_SCORE:
                continue
            result = self._decide(scores)
            result.cues = [(s + sent.start_char, e + sent.start_char, t) for s, e, t in result.cues]
            out.append(MentionClassification(sent.start_char, sent.end_char, sent_text, result))
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

    @staticmethod
    def _decide(scores: Scores) -> Classification:
        label, top = scores.best()
        if label is None or top <= 0:
            return Classification(FALLBACK_LABEL, 0.0, [], {})
        assert label in LABELS
        ranked = sorted(scores.totals.items(), key=lambda kv: -kv[1])
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        # Confident when the winner is both strong and clear of the runner-up.
        strength = 1.0 - math.exp(-top / 4.0)
        margin = (top - runner_up) / top
        confidence = round(max(0.0, min(1.0, strength * (0.5 + 0.5 * margin))), 3)
        cues = sorted({(h.match.start, h.match.end, h.match.text) for h in scores.support.get(label, [])})
        top_scores = {k: round(v, 3) for k, v in ranked[:5] if v > 0}
        return Classification(label, confidence, cues, top_scores)
