"""Plain text and markdown → cleaned paragraphs, header metadata and runs back into the source.

The cleaned text is the report alone: header lines, site furniture and anything after an end mark
("# # #", "-ENDS-") are gone; hard-wrapped lines are joined with a space; whitespace runs inside a line show
as one space; paragraphs are separated by one blank line. Every word is still a verbatim slice of the source.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.ingest import markdown as md
from eventwatch.ingest.dates import parse_datetime
from eventwatch.ingest.extract import Extract, Metadata
from eventwatch.ingest.header import read_header
from eventwatch.ingest.lexicon import PageShapes, page_shapes
from eventwatch.ingest.lines import Line, split_lines
from eventwatch.ingest.offsets import TextBuilder, copy_spans_collapsing_space

_WRAP_WIDTH = 120  # blocks whose lines are all at most this long may be hard-wrapped prose
_WRAP_FILL = 0.75  # a line at least this share of its block's widest line was wrapped, not ended
_END_MARK_FROM = 0.5  # an end mark in the second half of the text ends the document
_LIST_ITEM = re.compile(r"^(?:[-*+•–]|\d{1,3}[.)])\s+")  # a list item starts its own paragraph


def _front_matter_meta(data: dict) -> Metadata:
    def first(*keys: str) -> Optional[str]:
        for k in keys:
            v = data.get(k)
            if isinstance(v, str) and v.strip():
                return v.strip()
        return None

    published = None
    for key in ("published_at", "date", "published", "pubDate"):
        if key in data:
            published = parse_datetime(data[key] if not hasattr(data[key], "isoformat") else data[key].isoformat())
            if published:
                break
    lang = first("language", "lang")
    return Metadata(
        title=first("title", "headline"),
        publisher=first("publisher", "source", "site", "organisation", "organization"),
        published_at=published,
        doc_type=first("doc_type", "type") if first("doc_type", "type") in (
            "press_release", "statement", "news", "report") else None,
        language=lang[:2].lower() if lang and len(lang) in (2, 5) else None,
        url=first("url", "link"),
        author=first("author", "by"),
    )


def _drop_after_end_mark(lines: list[Line], keep: list[bool], shapes: PageShapes) -> None:
    content = [ln.index for ln in lines if keep[ln.index] and not ln.blank]
    if not content:
        return
    for rank, idx in enumerate(content):
        if shapes.is_end_mark(lines[idx].text):
            keep[idx] = False
            if rank >= _END_MARK_FROM * len(content):
                for later in content[rank + 1 :]:
                    keep[later] = False
                return


def clean_text(source: str, *, markdown: bool = False, shapes: Optional[PageShapes] = None) -> Extract:
    """Clean a decoded plain-text (or markdown) document."""
    shapes = shapes or page_shapes()
    lines = split_lines(source)
    keep = [not ln.blank for ln in lines]
    meta = Metadata()
    first = 0
    if markdown:
        span, data = md.front_matter([ln.text for ln in lines])
        if data is not None:
            meta = _front_matter_meta(data)
            for k in range(span):
                keep[k] = False
            first = span
    header = read_header(lines, shapes, first)
    for idx in header.consumed:
        keep[idx] = False
    meta.fill_from(header.meta)
    headings: set[int] = set()
    for ln in lines:
        if not keep[ln.index]:
            continue
        if shapes.is_boilerplate(ln.text):
            keep[ln.index] = False
        elif markdown and md.is_markup_line(ln.text):
            keep[ln.index] = False
        elif markdown and md.heading_level(ln.text):
            headings.add(ln.index)
    _drop_after_end_mark(lines, keep, shapes)

    spans = {
        ln.index: (md.word_spans(ln.text, ln.start) if markdown else [(ln.start, ln.end)])
        for ln in lines
        if keep[ln.index]
    }
    spans = {k: v for k, v in spans.items() if any(b > a for a, b in v)}
    title_idx = _title_line(lines, spans, header.title_line, header.title_hint, headings)
    blocks = _blocks(lines, spans)
    builder = TextBuilder()
    for block in blocks:
        widest = max(ln.end - ln.start for ln in block)
        for pos, ln in enumerate(block):
            if pos == 0:
                if len(builder):
                    builder.add("\n\n")
            else:
                prev = block[pos - 1]
                wrapped = (
                    prev.index != title_idx
                    and prev.index not in headings
                    and ln.index not in headings
                    and not prev.text.endswith(":")
                    and not _LIST_ITEM.match(ln.text)
                    and (
                        (widest <= _WRAP_WIDTH and prev.end - prev.start >= _WRAP_FILL * widest)
                        or (ln.text[:1].islower() and not prev.text.endswith((".", "!", "?", '"', "”")))
                    )
                )
                builder.add(" " if wrapped else "\n\n")
            copy_spans_collapsing_space(builder, source, spans[ln.index])
    text, runs = builder.build()
    if title_idx is not None and meta.title is None:
        meta.title = " ".join(
            " ".join(source[a:b].split()) for a, b in spans[title_idx] if b > a
        ).strip() or None
    if meta.title is None and header.title_hint:
        meta.title = header.title_hint
    return Extract(text=text, runs=runs, meta=meta)


def _title_line(
    lines: list[Line],
    spans: dict[int, list[tuple[int, int]]],
    header_title: Optional[int],
    hint: Optional[str],
    headings: set[int],
) -> Optional[int]:
    """The kept line that is the document's title, if one can be told apart from the body."""
    kept = [ln for ln in lines if ln.index in spans]
    if not kept:
        return None
    if hint:
        folded = " ".join(hint.split()).casefold()
        for ln in kept[:8]:
            if " ".join(ln.text.split()).casefold().strip("#* ") == folded:
                return ln.index
    if header_title is not None and header_title in spans:
        return header_title
    for ln in kept[:3]:
        if ln.index in headings and md.heading_level(ln.text) == 1:
            return ln.index
    top = kept[0]
    if len(kept) > 1 and len(top.text) <= 200 and len(top.text.split()) >= 2:
        if not top.text.endswith((".", ",", ";", ":")) or top.index in headings:
            nxt = kept[1]
            # a title stands alone: a blank line or a clearly longer line follows it
            gap = any(lines[k].blank for k in range(top.index + 1, nxt.index))
            continued = nxt.text[:1].islower()  # a wrapped sentence, not a title
            if gap or top.index in headings or (not continued and nxt.end - nxt.start > 1.3 * (top.end - top.start)):
                return top.index
    return None


def _blocks(lines: list[Line], spans: dict[int, list[tuple[int, int]]]) -> list[list[Line]]:
    """Kept lines grouped into blocks: a blank or removed line between two kept lines ends a block."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for ln in lines:
        if ln.index in spans:
            current.append(ln)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks
