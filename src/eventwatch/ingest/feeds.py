"""RSS and Atom feed files → one document per item.

An item's raw bytes are the item element exactly as it stands in the feed (`<item>…</item>` or
`<entry>…</entry>`, in the file's encoding), so re-reading the feed gives the same ids and an item keeps its id
when neighbours come and go. Its text is the item title followed by its content (content:encoded / Atom
content, else description / summary), and offsets point into that element. When the item's link is a
relative or local file path inside the feed's folder, that file is read instead (it holds the full report)
and the item lends it the metadata the file lacks.

A feed that is not well-formed XML is reported as a whole (with the parser's line): a lenient parse of a
broken feed can cut an item short ("at least 1" for "at least 12"), which is worse than no document.
"""
from __future__ import annotations

import json
import os
import re
from datetime import datetime, timezone
from typing import Any, Callable, Iterator, Optional
from urllib.parse import unquote, urlparse

from eventwatch.ingest.dates import parse_datetime
from eventwatch.ingest.document import build_document
from eventwatch.ingest.encoding import record_codec
from eventwatch.ingest.extract import Extract, Metadata
from eventwatch.ingest.html import assemble, block_texts, clean_paragraphs
from eventwatch.ingest.lexicon import page_shapes
from eventwatch.ingest.result import ReadResult, failure

_ITEM = re.compile(r"<((?:\w+:)?(?:item|entry))\b[^>]*>.*?</\1\s*>", re.DOTALL)
_LOCAL_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

LocalReader = Callable[[str], Iterator[ReadResult]]


def _item_spans(source: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _ITEM.finditer(source)]


def _entry_time(entry: Any) -> Optional[datetime]:
    for key in ("published", "updated", "created", "dc_date"):
        value = entry.get(key)
        if value:
            parsed = parse_datetime(value)
            if parsed:
                return parsed
    for key in ("published_parsed", "updated_parsed"):
        st = entry.get(key)
        if st:
            return datetime(*st[:6], tzinfo=timezone.utc)
    return None


def _entry_body(entry: Any) -> tuple[str, bool]:
    """The richest content of an entry and whether it is HTML."""
    candidates = [(c.get("value") or "", c.get("type") or "text/html") for c in entry.get("content", [])]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append((entry["summary"], detail.get("type") or "text/html"))
    candidates = [(v, t) for v, t in candidates if v.strip()]
    if not candidates:
        return "", False
    value, kind = max(candidates, key=lambda c: len(c[0]))
    return value, "html" in kind or "xhtml" in kind


def _local_target(link: str, feed_path: str) -> Optional[str]:
    """The file a relative/local link names, when it lies inside the feed's folder."""
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme not in ("", "file") or (parsed.scheme == "" and parsed.netloc):
        return None
    base = os.path.dirname(os.path.abspath(feed_path))
    target = unquote(parsed.path)
    target = os.path.normpath(target if os.path.isabs(target) else os.path.join(base, target))
    if os.path.commonpath([base, target]) != base or not target.lower().endswith(_LOCAL_SUFFIXES):
        return None
    return target


def _item_text(entry: Any) -> list[str]:
    body, is_html = _entry_body(entry)
    paragraphs = block_texts(body, fragment=True) if is_html else [
        " ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()
    ]
    paragraphs, _ = clean_paragraphs(paragraphs, page_shapes())
    title = " ".join((entry.get("title") or "").split())
    if title and paragraphs and paragraphs[0].casefold() == title.casefold():
        title = ""
    return ([title] if title else []) + paragraphs


def read_feed(
    data: bytes,
    source: str,
    *,
    encoding: str,
    path: str,
    local_reader: Optional[LocalReader] = None,
) -> Iterator[ReadResult]:
    import feedparser

    parsed = feedparser.parse(data)
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and exc is not None and hasattr(exc, "getLineNumber"):
        yield failure(path, f"malformed XML feed: {exc.getMessage()} (line {exc.getLineNumber()}, "
                            f"column {exc.getColumnNumber()})")
        return
    if not parsed.get("version"):
        yield failure(path, "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)")
        return
    if not parsed.entries:
        yield failure(path, "feed has no items")
        return
    content_type = "atom" if parsed.version.startswith("atom") else "rss"
    feed = parsed.feed
    feed_meta = Metadata(publisher=(feed.get("title") or "").strip() or None,
                         language=(feed.get("language") or "")[:2].lower() or None)
    spans = _item_spans(source)
    aligned = len(spans) == len(parsed.entries)
    codec = record_codec(encoding)
    line_at, counted = 1, 0
    for number, entry in enumerate(parsed.entries, start=1):
        start, end = spans[number - 1] if aligned else (0, 0)
        line: Optional[int] = None
        if aligned:
            line_at += source.count("\n", counted, start)
            counted, line = start, line_at
        source_meta = entry.get("source") or {}
        meta = Metadata(
            title=" ".join((entry.get("title") or "").split()) or None,
            publisher=(source_meta.get("title") if isinstance(source_meta, dict) else None) or None,
            published_at=_entry_time(entry),
            url=entry.get("link") or None,
            author=entry.get("author") or None,
            doc_type="news",
        ).fill_from(feed_meta)
        label = f"item {number}" + (f" ({meta.title})" if meta.title else "")
        target = _local_target(entry.get("link") or "", path) if local_reader and path != "-" else None
        if target and os.path.isfile(target):
            yield from _linked(local_reader, target, meta, path, label, line)
            continue
        paragraphs = _item_text(entry)
        if not paragraphs:
            reason = f"{label} has no text" + (f" and its link {entry.get('link')!r} names a missing local file"
                                               if target else "")
            yield failure(path, reason, line)
            continue
        if aligned:
            item_source = source[start:end]
        else:  # a stable serialisation of what the item says, when its element cannot be cut out
            item_source = json.dumps(
                {k: entry.get(k) for k in ("id", "title", "link", "published", "updated", "summary")}
                | {"content": [c.get("value") for c in entry.get("content", [])]},
                ensure_ascii=False, sort_keys=True, default=str,
            )
        text, runs = assemble(paragraphs, item_source, 0)
        item_codec = codec if aligned else "utf-8"
        doc = build_document(item_source.encode(item_codec), item_codec, Extract(text, runs, meta),
                             content_type=content_type, source_path=path, source_line=line)
        yield ReadResult(path=path, document=doc, error=None, line=line)


def _linked(
    reader: LocalReader, target: str, meta: Metadata, path: str, label: str, line: Optional[int]
) -> Iterator[ReadResult]:
    for result in reader(target):
        if result.document is not None:
            doc = result.document
            for name in ("title", "publisher", "published_at", "url"):
                if getattr(doc, name) in (None, ""):
                    setattr(doc, name, getattr(meta, name))
            yield result
        else:  # reported against the feed item, which is what the user gave
            yield failure(path, f"{label} links to {result.message}", line)
