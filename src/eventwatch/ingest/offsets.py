"""The map from cleaned text back to the decoded original.

A documenter must be able to point at the words in the source a value came from, even after headers,
boilerplate and markup were stripped. Every reader therefore builds its cleaned text out of verbatim slices
of the decoded original and records each slice as a run `[clean_start, raw_start, length]`; text the reader
had to invent (a paragraph break, a space for a collapsed line break, an unescaped character) has no run.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from eventwatch.model import Document

Runs = list[list[int]]
_NON_SPACE = re.compile(r"\S+")
_ODD_SPACE = re.compile(r"\s{2,}|[^\S ]")  # whitespace other than one plain space: what collapsing changes


class TextBuilder:
    """Accumulates cleaned text, keeping a run for every piece copied verbatim from the source."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._runs: Runs = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def copy(self, source: str, start: int, end: int) -> None:
        """Append source[start:end] verbatim; adjacent copies of adjacent source merge into one run."""
        if end <= start:
            return
        last = self._runs[-1] if self._runs else None
        if last and last[0] + last[2] == self._length and last[1] + last[2] == start:
            last[2] += end - start
        else:
            self._runs.append([self._length, start, end - start])
        self._parts.append(source[start:end])
        self._length += end - start

    def add(self, text: str) -> None:
        """Append text that has no verbatim counterpart in the source."""
        self._parts.append(text)
        self._length += len(text)

    def build(self) -> tuple[str, Runs]:
        return "".join(self._parts), [list(r) for r in self._runs]


def copy_spans_collapsing_space(builder: TextBuilder, source: str, spans: list[tuple[int, int]]) -> None:
    """Copy the concatenation of several spans of one line, whitespace runs (also across spans) as one space.

    Used where syntax was cut out of a line ("the **Raqqa** office"): the words on either side of a cut keep
    the space that separated them in the source.
    """
    if len(spans) == 1:  # every line of plain text
        _copy_span_collapsing_space(builder, source, *spans[0])
        return
    pieces: list[tuple[int, int]] = []  # non-space runs, in order
    gaps: list[bool] = []  # before each piece: was there whitespace since the previous piece?
    seen_space = False
    for a, b in spans:
        pos = a
        for m in _NON_SPACE.finditer(source, a, b):  # `\S` is exactly `not str.isspace()`
            if m.start() > pos:
                seen_space = True
            gaps.append(seen_space)
            pieces.append((m.start(), m.end()))
            seen_space = False
            pos = m.end()
        if pos < b:
            seen_space = True
    # Pieces that follow each other in the source (directly, or across one plain space) are copied as one
    # slice: the same text and runs as piece by piece, for a call per stretch instead of per word.
    seg_start = seg_end = -1
    for k, (a, b) in enumerate(pieces):
        if k and gaps[k]:
            prev_end = pieces[k - 1][1]
            if not (a - prev_end == 1 and source[prev_end] == " "):
                builder.copy(source, seg_start, seg_end)
                builder.add(" ")
                seg_start = a
        elif a != seg_end:
            builder.copy(source, seg_start, seg_end)
            seg_start = a
        seg_end = b
    if pieces:
        builder.copy(source, seg_start, seg_end)


def _copy_span_collapsing_space(builder: TextBuilder, source: str, start: int, end: int) -> None:
    """The one-span case, the same slices and runs: only the whitespace that changes is looked for (runs
    other than one plain space, found in C), where going word by word cost most of reading a document."""
    line = source[start:end]
    first, stop = start + len(line) - len(line.lstrip()), start + len(line.rstrip())  # strip() is `\s`
    if first >= stop:
        return
    for m in _ODD_SPACE.finditer(source, first, stop):
        builder.copy(source, first, m.start())
        builder.add(" ")
        first = m.end()
    builder.copy(source, first, stop)


def compose(outer: Runs, inner: Runs) -> Runs:
    """Chain two maps: `outer` maps text → middle, `inner` maps middle → source; result maps text → source."""
    if not outer or not inner:
        return []
    inner = sorted(inner, key=lambda r: r[0])
    starts = [r[0] for r in inner]
    out: Runs = []
    for c, m, n in outer:
        pos, stop = m, m + n
        k = max(bisect_right(starts, pos) - 1, 0)
        while pos < stop and k < len(inner):
            im, ir, il = inner[k]
            if im + il <= pos:
                k += 1
                continue
            if im >= stop:
                break
            lo, hi = max(pos, im), min(stop, im + il)
            if hi > lo:
                run = [c + (lo - m), ir + (lo - im), hi - lo]
                if out and out[-1][0] + out[-1][2] == run[0] and out[-1][1] + out[-1][2] == run[1]:
                    out[-1][2] += run[2]
                else:
                    out.append(run)
            pos = hi
            k += 1
    return out


def _locate(runs: Runs, pos: int) -> Optional[int]:
    """Raw position of clean character `pos`, or None when that character has no run."""
    k = bisect_right([r[0] for r in runs], pos) - 1
    if k < 0:
        return None
    c, r, n = runs[k]
    return r + (pos - c) if pos < c + n else None


def span_to_original(runs: Runs, start: int, end: int, *, strict: bool = False) -> Optional[tuple[int, int]]:
    """Map the clean span [start, end) to the decoded original.

    Non-strict (the default) returns the original span from the first to the last character whenever both
    ends are mapped and in order: it covers exactly what the clean span was read from, though the original may
    show whitespace or markup that cleaning removed. `strict=True` returns a span only when the whole clean
    span is one verbatim run, so the original text is guaranteed to be identical.
    """
    if end <= start or start < 0:
        return None
    a = _locate(runs, start)
    b = _locate(runs, end - 1)
    if a is None or b is None or b < a:
        return None
    if strict and b - a != end - 1 - start:
        return None
    if strict:
        k = bisect_right([r[0] for r in runs], start) - 1
        c, _, n = runs[k]
        if end > c + n:
            return None
    return a, b + 1


def original_text(doc: "Document") -> str:
    """The decoded original that `doc.offsets` points into."""
    return doc.raw.decode(doc.encoding or "utf-8")


def to_original(doc: "Document", start: int, end: int, *, strict: bool = False) -> Optional[tuple[int, int]]:
    """Clean-text span of `doc` → span in `original_text(doc)`, or None when it cannot be located."""
    return span_to_original(doc.offsets, start, end, strict=strict)
