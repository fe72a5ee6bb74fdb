"""Cheap sentence bounds for evidence, when no parse is at hand.

A toponym's evidence needs the sentence around it; running a parser just for that would cost more than
the whole geoparse, so a boundary is a '.', '!' or '?' followed by space and a capital (or a quote/digit),
or a line break. A spaCy doc's own sentences are used when the caller already has one.
"""
from __future__ import annotations

import bisect
import re
from typing import Any, Optional

_BOUNDARY = re.compile(r"(?<=[.!?؟])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9\u0600-\u06ff])|\n\s*")
# An initial ends no sentence, but a coordinate's hemisphere letter after a degree sign or digit does
# ("... at 36.12°N 36.88°E. Separately, ...").
_ABBREVIATION = re.compile(r"\b(?:(?<![\d\u00b0\u00ba\u02da\u2032\u2033'\u2019\"\u201d])[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|No|U\.S|Ft|Mt|vs|etc)\.$")


# A lighter boundary for the sentence around one name: any stop or line break before a space, within a reach
# either way, where building the document's sentence index would cost more than the question.
_NEAR_BOUNDARY = re.compile(r"[.!?\n]\s")


# A stop before a space: the bounds the sentence-wide cue rules read (bare_gulf, possessive_names, town_services).
_STOP = re.compile(r"[.!?]\s")


def sentence_start(text: str, start: int, reach: int = 300) -> int:
    """Where the sentence holding text[start] begins, as far as `reach` characters back: a stop before a quote
    ('called it "a perfect storm." Serbia ...') ends a sentence, an initial or a title does not."""
    lo = max(0, start - reach)
    begin = lo
    for m in _BOUNDARY.finditer(text, lo, start):
        if not _ABBREVIATION.search(text[max(lo, m.start() - 6) : m.start()]):
            begin = m.end()
    return begin


def mention_sentence(text: str, start: int, end: int, reach: int = 200,
                     abbreviations: bool = False) -> tuple[int, int]:
    """(lo, hi) of the sentence holding text[start:end], as far as `reach` characters either side: the rules
    that weigh a word anywhere in a mention's sentence share one notion of where it ends. With `abbreviations`,
    a stop after an initial or a title ends no sentence ("U.S. officials said", "St. Mary's"), as in
    `sentence_bounds`."""
    lo = max(0, start - reach)
    opened = [m.end() for m in _STOP.finditer(text, lo, start)
              if not (abbreviations and _abbreviated(text, m.start()))]
    lo = opened[-1] if opened else lo
    closed = _STOP.search(text, end, end + reach)
    while abbreviations and closed is not None and _abbreviated(text, closed.start()):
        closed = _STOP.search(text, closed.end(), end + reach)
    return lo, (closed.start() + 1 if closed is not None else min(len(text), end + reach))


def _abbreviated(text: str, stop: int) -> bool:
    """Whether the stop at text[stop] ends an initial or a title ("U.S.", "St.", "Gen."), not a sentence."""
    return text[stop] == "." and _ABBREVIATION.search(text[max(0, stop - 6) : stop + 1]) is not None


def sentence_around(text: str, start: int, end: int, reach: int = 400) -> str:
    """The sentence holding text[start:end], cut at `reach` characters either side."""
    lo = max((m.end() for m in _NEAR_BOUNDARY.finditer(text, max(0, start - reach), start)),
             default=max(0, start - reach))
    m = _NEAR_BOUNDARY.search(text, end)
    return text[lo : m.start() + 1 if m else min(len(text), end + reach)]


def sentence_bounds(text: str, spacy_doc: Any = None) -> list[tuple[int, int]]:
    if spacy_doc is not None:
        try:
            return [(s.start_char, s.end_char) for s in spacy_doc.sents]
        except ValueError:  # a doc without sentence boundaries
            pass
    bounds = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _ABBREVIATION.search(text[max(start, m.start() - 6) : m.start()]):
            continue
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, len(text))]


class SentenceIndex:
    def __init__(self, text: str, spacy_doc: Any = None):
        self.bounds = sentence_bounds(text, spacy_doc)
        self._starts = [b[0] for b in self.bounds]

    def around(self, pos: int) -> Optional[tuple[int, int]]:
        k = bisect.bisect_right(self._starts, pos) - 1
        if k < 0:
            return None
        return self.bounds[k]
