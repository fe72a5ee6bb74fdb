"""Sentence boundaries for whole documents, cheaply.

Sentence splitting is the one step that sees every line of an event-bearing document, so it must cost
little: by default a rule splitter (`nlp.rule_sentences`, several million characters/s) does it; spaCy's
statistical sentence recogniser (about 150,000 words/s on one core) can still be chosen
(`Settings.sentence_splitter = "spacy"`). The full parser runs later, and only over sentences that the cue
automaton flags as candidates. Line breaks always end a sentence: scraped pages put headers, datelines and
list items on lines of their own. Because a line is split on its own, lines that cannot hold a candidate
(no event cue starts in them) can be left unsplit: the caller names the positions that matter.
"""
from __future__ import annotations

import bisect
import re
from typing import Any, Iterable, Iterator, Optional, Protocol

from eventwatch.model import Sentence

_BLOCK = re.compile(r"[^\n]+")


class LineSplitter(Protocol):
    """Anything that splits lines (no line breaks inside) into (start, end) offsets of their sentences."""

    def split_lines(self, lines: Iterable[str]) -> Iterator[list[tuple[int, int]]]: ...


class SpacySplitter:
    """spaCy's statistical sentence recogniser behind the `LineSplitter` interface."""

    def __init__(self, nlp: Any):
        self.nlp = nlp

    def split_lines(self, lines: Iterable[str]) -> Iterator[list[tuple[int, int]]]:
        for doc in self.nlp.pipe(lines):
            yield [(span.start_char, span.end_char) for span in doc.sents]


def split_sentences(splitter: Any, text: str, only_at: Optional[Iterable[int]] = None) -> list[Sentence]:
    """Split `text` into sentences with absolute offsets, stripped of surrounding spaces.

    `splitter` is a `LineSplitter` (`RuleSplitter`, `SpacySplitter`) or a spaCy pipeline that sets
    sentence starts. With `only_at` (character positions), only the lines holding one of them are split;
    sentences of the other lines are left out.
    """
    if not hasattr(splitter, "split_lines"):
        splitter = SpacySplitter(splitter)
    blocks = [(m.start(), m.group()) for m in _BLOCK.finditer(text) if m.group().strip()]
    if only_at is not None:
        blocks = _blocks_holding(blocks, sorted(only_at))
    out: list[Sentence] = []
    for (offset, block), spans in zip(blocks, splitter.split_lines(b for _, b in blocks)):
        for a, b in spans:
            raw = block[a:b]
            stripped = raw.strip()
            if not stripped:
                continue
            start = offset + a + len(raw) - len(raw.lstrip())
            out.append(Sentence(start=start, end=start + len(stripped), text=stripped))
    return out


def _blocks_holding(blocks: list[tuple[int, str]], positions: list[int]) -> list[tuple[int, str]]:
    kept = []
    for offset, block in blocks:
        k = bisect.bisect_left(positions, offset)
        if k < len(positions) and positions[k] < offset + len(block):
            kept.append((offset, block))
    return kept


def sentence_at(sentences: list[Sentence], position: int) -> Sentence | None:
    for s in sentences:
        if s.start <= position < s.end:
            return s
    return None
