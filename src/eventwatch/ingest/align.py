"""Find where extracted text sits in the markup it came from.

HTML and feed extractors hand back text, not positions. To keep the promise that a span of cleaned text can
be shown in the original page, each extracted paragraph is aligned back into the text nodes of the decoded
markup, in document order, as a sequence of verbatim pieces. Entities (`&amp;`), inline tags and collapsed
whitespace simply break a piece; characters that cannot be found get no run.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from eventwatch.ingest.offsets import Runs

# Markup that is never visible text: comments, script/style bodies, CDATA brackets, tags, declarations.
_NON_TEXT = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|noscript|template)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<!\[CDATA\[|\]\]>"
    r"|<[!?/]?[A-Za-z][^>]*>?",
    re.DOTALL | re.IGNORECASE,
)
_MIN_PIECE = 8  # shorter pieces are accepted only right after the previous one (no long jumps for "the ")
_NEAR = 300


class TextRegions:
    """The character ranges of a markup string that are text nodes."""

    def __init__(self, markup: str, start: int = 0):
        regions: list[tuple[int, int]] = []
        pos = start
        for m in _NON_TEXT.finditer(markup, start):
            if m.start() > pos:
                regions.append((pos, m.start()))
            pos = m.end()
        if pos < len(markup):
            regions.append((pos, len(markup)))
        self.markup = markup
        self._starts = [r[0] for r in regions]
        self._regions = regions

    def region_end(self, pos: int) -> int:
        """End of the text region holding `pos`, or -1 when `pos` is inside markup."""
        k = bisect_right(self._starts, pos) - 1
        if k < 0:
            return -1
        s, e = self._regions[k]
        return e if s <= pos < e else -1

    def find(self, piece: str, cursor: int, limit: int | None = None) -> int:
        """First occurrence of `piece` at or after `cursor` lying wholly inside one text region."""
        markup = self.markup
        i = markup.find(piece, cursor, len(markup) if limit is None else limit + len(piece))
        while i >= 0:
            end = self.region_end(i)
            if end >= i + len(piece):
                return i
            i = markup.find(piece, i + 1, len(markup) if limit is None else limit + len(piece))
        return -1


def body_start(markup: str) -> int:
    """Where visible content can begin: after `<body ...>` when there is one, so `<title>`/meta are skipped."""
    m = re.search(r"<body\b[^>]*>", markup, re.IGNORECASE)
    return m.end() if m else 0


def _longest_piece(regions: TextRegions, text: str, i: int, cursor: int, near_only: bool) -> tuple[int, int]:
    """Longest prefix of text[i:] found after `cursor`: (length, position), or (0, -1)."""
    limit = cursor + _NEAR if near_only else None
    lo, hi, best = 1, len(text) - i, (0, -1)
    # grow fast first: most paragraphs occur whole or in long pieces
    whole = regions.find(text[i:], cursor, limit)
    if whole >= 0:
        return len(text) - i, whole
    while lo <= hi:
        mid = (lo + hi) // 2
        pos = regions.find(text[i : i + mid], cursor, limit)
        if pos >= 0:
            best = (mid, pos)
            lo = mid + 1
        else:
            hi = mid - 1
    return best


def align_paragraph(regions: TextRegions, text: str, cursor: int) -> tuple[Runs, int]:
    """Runs (relative to `text`) placing `text` into the markup after `cursor`; returns (runs, new cursor).

    The first piece of a paragraph may be anywhere after the cursor but must be long enough to be
    unambiguous; once anchored, the next pieces are looked for close behind the previous one, where a short
    piece (after an entity or an inline tag) is trustworthy.
    """
    runs: Runs = []
    i = 0
    anchored = False
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        remaining = len(text) - i
        length, pos = 0, -1
        if anchored:
            length, pos = _longest_piece(regions, text, i, cursor, near_only=True)
            if length < min(3, remaining):
                length = 0
        if length == 0:
            length, pos = _longest_piece(regions, text, i, cursor, near_only=False)
            if length < min(_MIN_PIECE, remaining):
                length = 0
        if length == 0:
            # an entity, a quote the source wrote differently, ...: no run; resume at the next word start
            i += 1
            while i < len(text) and text[i - 1].isalnum() and text[i].isalnum():
                i += 1
            continue
        runs.append([i, pos, length])
        cursor = pos + length
        anchored = True
        i += length
    return runs, cursor


def align_paragraphs(markup: str, paragraphs: list[tuple[int, str]], start: int = 0) -> Runs:
    """Align `(clean_offset, paragraph)` pairs into `markup`; returns runs in clean coordinates.

    Paragraphs are tried in order after the previous one; one that cannot be found there is tried from
    `start` again (extractors occasionally reorder a caption or a lead).
    """
    regions = TextRegions(markup)
    runs: Runs = []
    cursor = start
    for offset, para in paragraphs:
        found, new_cursor = align_paragraph(regions, para, cursor)
        if not found and cursor > start:
            found, new_cursor = align_paragraph(regions, para, start)
            if found:
                new_cursor = cursor  # keep order for the paragraphs that follow
        for c, r, n in found:
            runs.append([offset + c, r, n])
        cursor = max(cursor, new_cursor)
    return runs
