"""Sentence boundaries for whole documents, cheaply.

Only spaCy's statistical sentence recogniser runs over every word (about 150,000 words/s on one core);
the full parser runs later, and only over sentences that the cue automaton flags as candidates. Line
breaks always end a sentence: scraped pages put headers, datelines and list items on lines of their own.
"""
from __future__ import annotations

import re
from typing import Any

from eventwatch.model import Sentence

_BLOCK = re.compile(r"[^\n]+")


def split_sentences(senter: Any, text: str) -> list[Sentence]:
    """Split `text` into sentences with absolute offsets; `senter` is a spaCy pipeline with sentence starts."""
    blocks = [(m.start(), m.group()) for m in _BLOCK.finditer(text) if m.group().strip()]
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


def sentence_at(sentences: list[Sentence], position: int) -> Sentence | None:
    for s in sentences:
        if s.start <= position < s.end:
            return s
    return None
