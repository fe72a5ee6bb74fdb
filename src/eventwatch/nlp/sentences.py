"""Sentence boundaries for whole documents, cheaply.

Only spaCy's statistical sentence recogniser runs over every word (about 150,000 words/s on one core);
the full parser runs later, and only over sentences that the cue automaton flags as candidates. Line
breaks always end a sentence: scraped pages put headers, datelines and list items on lines of their own.
Because a line is split on its own, lines that cannot hold a candidate (no event cue starts in them) can be
left unsplit: the caller names the positions that matter and only their lines pay for the recogniser.
"""
from __future__ import annotations

import bisect
import re
from typing import Any, Iterable, Optional

from eventwatch.model import Sentence

_BLOCK = re.compile(r"[^\n]+")


def split_sentences(senter: Any, text: str, only_at: Optional[Iterable[int]] = None) -> list[Sentence]:
    """Split `text` into sentences with absolute offsets; `senter` is a spaCy pipeline with sentence starts.

    With `only_at` (character positions), only the lines holding one of them are split; sentences of the
    other lines are left out.
    """
    blocks = [(m.start(), m.group()) for m in _BLOCK.finditer(text) if m.group().strip()]
    if only_at is not None:
        blocks = _blocks_holding(blocks, sorted(only_at))
    out: list[Sentence] = []
    for (offset, block), doc in zip(blocks, senter.pipe(b for _, b in blocks)):
        for span in doc.sents:
            raw = span.text
            stripped = raw.strip()
            if not stripped:
                continue
            lead = len(raw) - len(raw.lstrip())
            start = offset + span.start_char + lead
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
