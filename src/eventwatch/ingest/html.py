"""HTML pages → the article text, the page's own metadata, and runs back into the decoded HTML.

trafilatura finds the article in a page full of navigation, teasers and footers; when it gives up (tiny or
broken pages) a plain block-level text walk over lxml's forgiving parse takes over, so malformed HTML still
yields whatever text it holds. The extracted paragraphs are aligned back into the page's text nodes.
"""
from __future__ import annotations

import json
import logging
import re
from typing import Any, Optional

from eventwatch.ingest.align import align_paragraphs, body_start
from eventwatch.ingest.dates import parse_datetime
from eventwatch.ingest.extract import Extract, Metadata
from eventwatch.ingest.header import read_header
from eventwatch.ingest.lexicon import PageShapes, page_shapes
from eventwatch.ingest.lines import Line

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_SKIP_TAGS = frozenset("script style noscript template nav footer header aside form button select svg iframe".split())
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([A-Za-z_:][\w:.-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "article.published",
)
_JSON_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2})(?:[-_][A-Za-z]+)?", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def _meta_tags(markup: str) -> dict[str, str]:
    """name/property → content for the page's <meta> tags (first one wins)."""
    out: dict[str, str] = {}
    for tag in _META_TAG.findall(markup[:200_000]):
        attrs = {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs and key not in out:
            out[key] = attrs["content"].strip()
    return out


def _json_ld_dates(markup: str) -> list[str]:
    dates: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("datePublished", "dateCreated"):
                if isinstance(node.get(key), str):
                    dates.append(node[key])
            for v in node.values():
                visit(v)
        elif isinstance(node, list):
            for v in node:
                visit(v)

    for block in _JSON_LD.findall(markup[:500_000]):
        try:
            visit(json.loads(block))
        except ValueError:
            continue
    return dates


def page_metadata(markup: str) -> Metadata:
    """What the page's head says: publication time (with zone when given), site name, URL, language."""
    tags = _meta_tags(markup)
    published = None
    for value in [tags[k] for k in _DATE_KEYS if k in tags] + _json_ld_dates(markup) + _TIME_TAG.findall(markup):
        published = parse_datetime(value)
        if published:
            break
    lang = _LANG.search(markup[:5000])
    canonical = re.search(r"<link\b[^>]*rel\s*=\s*[\"']canonical[\"'][^>]*>", markup[:200_000], re.IGNORECASE)
    url = tags.get("og:url")
    if canonical:
        href = dict((k.lower(), v.strip("\"'")) for k, v in _ATTR.findall(canonical.group(0))).get("href")
        url = href or url
    return Metadata(
        title=tags.get("og:title"),
        publisher=tags.get("og:site_name") or tags.get("application-name"),
        published_at=published,
        language=lang.group(1).lower() if lang else None,
        url=url,
        author=tags.get("author") or tags.get("article:author"),
    )


def _trafilatura(markup: str) -> tuple[list[str], Metadata]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
        )
    except Exception:  # trafilatura fails in many ways on broken pages; the fallback reads those
        return [], Metadata()
    if doc is None:
        return [], Metadata()
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    meta = Metadata(
        title=data.get("title") or None,
        publisher=data.get("sitename") or data.get("author") or data.get("hostname") or None,
        published_at=parse_datetime(data.get("date")) if data.get("date") else None,
        url=data.get("url") or None,
        author=data.get("author") or None,
    )
    return [p.strip() for p in text.split("\n") if p.strip()], meta


def block_texts(markup: str, *, fragment: bool = False) -> list[str]:
    """Text of block-level elements, in order, skipping navigation and scripts (the forgiving fallback)."""
    from lxml import etree
    from lxml import html as lxml_html

    markup = _XML_DECL.sub("", markup, count=1)
    if not markup.strip():
        return []
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div") if fragment else (
            lxml_html.document_fromstring(markup))
    except (etree.ParserError, ValueError):
        return []
    pieces: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in _SKIP_TAGS:
            return
        block = tag in _BLOCK_TAGS
        if block:
            pieces.append("\n")
        if tag and el.text:
            pieces.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
        if block:
            pieces.append("\n")

    for head in root.xpath("//head"):
        head.getparent().remove(head)
    walk(root)
    return [" ".join(p.split()) for p in "".join(pieces).split("\n") if p.strip()]


def regroup_fragments(paragraphs: list[str], blocks: list[str], window: int = 50) -> list[str]:
    """Rejoin paragraphs that trafilatura split inside one block (it does so around inline tags on broken pages).

    Consecutive extracted paragraphs found one after the other in the same block of the page are replaced by
    that block's text; a paragraph alone in its block is kept as extracted.
    """
    out: list[str] = []
    group: list[str] = []
    block: Optional[int] = None  # the block the current group lies in
    used = 0  # how far into that block the group reaches
    pointer = 0

    def flush() -> None:
        out.extend([blocks[block]] if block is not None and len(group) > 1 else group)

    for p in paragraphs:
        if block is not None:
            pos = blocks[block].find(p, used)
            if pos >= 0:
                group.append(p)
                used = pos + len(p)
                continue
        flush()
        group, block, used = [p], None, 0
        for j in range(pointer, min(len(blocks), pointer + window)):
            pos = blocks[j].find(p)
            if pos >= 0:
                block, used, pointer = j, pos + len(p), j + 1
                break
    flush()
    return out


def clean_paragraphs(paragraphs: list[str], shapes: PageShapes) -> tuple[list[str], Metadata]:
    """Drop header lines, boilerplate and everything after an end mark from extracted paragraphs."""
    lines = [Line(k, 0, len(p), p) for k, p in enumerate(paragraphs)]
    header = read_header(lines, shapes)
    kept: list[str] = []
    for ln in lines:
        if ln.index in header.consumed or shapes.is_boilerplate(ln.text):
            continue
        if shapes.is_end_mark(ln.text):
            if len(kept) >= 0.5 * len(paragraphs):
                break
            continue
        kept.append(" ".join(ln.text.split()))
    return kept, header.meta


def assemble(paragraphs: list[str], markup: str, start: int) -> tuple[str, list[list[int]]]:
    """Join paragraphs with blank lines and align each one back into `markup`."""
    placed: list[tuple[int, str]] = []
    pos = 0
    for p in paragraphs:
        placed.append((pos, p))
        pos += len(p) + 2
    return "\n\n".join(paragraphs), align_paragraphs(markup, placed, start)


def extract_html(markup: str, shapes: Optional[PageShapes] = None) -> Optional[Extract]:
    """The article in an HTML page, or None when the page holds no text at all."""
    shapes = shapes or page_shapes()
    paragraphs, meta = _trafilatura(markup)
    blocks = block_texts(markup)
    paragraphs, header_meta = clean_paragraphs(regroup_fragments(paragraphs, blocks), shapes)
    if not paragraphs:
        paragraphs, header_meta = clean_paragraphs(blocks, shapes)
    if not paragraphs:
        return None
    head = page_metadata(markup)
    # precise head values (a time with its zone, the canonical URL) beat trafilatura's date-only guesses
    combined = Metadata(published_at=head.published_at, url=head.url, language=head.language)
    combined.fill_from(meta).fill_from(head).fill_from(header_meta)
    text, runs = assemble(paragraphs, markup, body_start(markup))
    combined.doc_type = combined.doc_type or header_meta.doc_type
    return Extract(text=text, runs=runs, meta=combined)
