"""Assembling a model.Document from raw bytes, the cleaned text and what the source said about itself."""
from __future__ import annotations

import hashlib
import re
from typing import Optional

from eventwatch.ingest.dateline import find_dateline
from eventwatch.ingest.extract import Extract, Metadata
from eventwatch.ingest.language import detect_language
from eventwatch.ingest.lexicon import page_shapes
from eventwatch.ingest.texthash import normalized_text_hash
from eventwatch.model import Document

_WIRE_NEWS_TYPES = ("html", "rss", "atom")


def document_id(raw: bytes) -> str:
    """Content address: the same bytes always get the same id, wherever they were read from."""
    return hashlib.sha256(raw).hexdigest()[:16]


def infer_doc_type(meta: Metadata, text: str, dateline: Optional[str], content_type: str) -> str:
    """press_release | statement | news | report, from what the document says it is, else from its shape."""
    if meta.doc_type:
        return meta.doc_type
    title = (meta.title or "").casefold()
    if re.search(r"\bpress release\b", title):
        return "press_release"
    if re.search(r"\b(statement|communiqu[eé]|declaration)\b", title):
        return "statement"
    if re.search(r"\b(report|situation update|flash update|sitrep|daily update)\b", title):
        return "report"
    if dateline or content_type in _WIRE_NEWS_TYPES:
        return "news"
    publisher = meta.publisher or ""
    if publisher and (page_shapes().is_department(publisher) or re.search(r"\b(ministry|office)\b", publisher, re.I)):
        return "statement"
    return "news"


def hash_body(text: str, title: Optional[str]) -> str:
    """The text a copy must share: a leading title paragraph is left out (outlets re-headline wire copy)."""
    if title:
        first, sep, rest = text.partition("\n\n")
        if sep and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
            return rest
    return text


def build_document(
    raw: bytes,
    encoding: str,
    extract: Extract,
    *,
    content_type: str,
    source_path: str,
    source_line: Optional[int] = None,
    defaults: Optional[Metadata] = None,
) -> Document:
    meta = extract.meta
    if defaults is not None:
        meta.fill_from(defaults)
    text = extract.text
    dateline = find_dateline(text)
    language = meta.language.lower()[:2] if meta.language and re.match(r"^[A-Za-z]{2}\b", meta.language) else None
    sha256 = hashlib.sha256(raw).hexdigest()  # the id is its prefix (`document_id`): hashed once
    return Document(
        id=sha256[:16],
        sha256=sha256,
        raw=raw,
        text=text,
        offsets=extract.runs,
        title=meta.title,
        publisher=meta.publisher,
        published_at=meta.published_at,
        dateline=dateline,
        doc_type=infer_doc_type(meta, text, dateline, content_type),
        language=language or detect_language(text),
        url=meta.url,
        source_path=source_path,
        source_line=source_line,
        content_type=content_type,
        encoding=encoding,
        text_hash=normalized_text_hash(hash_body(text, meta.title)),
    )
