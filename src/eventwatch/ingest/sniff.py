"""Which reader a file needs: by extension for files, by content for stdin and extension-less files."""
from __future__ import annotations

import json
import os
import re
from typing import Optional

# extension → format handled by the readers
EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}

_FEED_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:RDF)\b",
                        re.DOTALL | re.IGNORECASE)
_XML = re.compile(r"^\s*<\?xml\b", re.IGNORECASE)
_HTML = re.compile(r"<!doctype\s+html|<html\b|<(?:head|body|p|div|article|title|h1|section)\b[^>]*>", re.IGNORECASE)


def format_for_path(path: str) -> Optional[str]:
    """The format a file's extension names, or None for an extension the readers do not handle."""
    return EXTENSIONS.get(os.path.splitext(path)[1].lower())


def sniff_format(text: str) -> str:
    """feed | html | json | jsonl | xml | txt for decoded content of unknown type."""
    head = text[:4096].lstrip("\ufeff")
    if _FEED_ROOT.match(head):
        return "feed"
    stripped = head.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            json.loads(text)
            return "json"
        except ValueError:
            pass
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if lines and sum(ln.startswith("{") for ln in lines) >= max(1, len(lines) // 2):
            return "jsonl"
        return "json" if stripped.startswith("[") or len(lines) == 1 else "txt"
    if _XML.match(head) and not re.search(r"<html\b", head, re.IGNORECASE):
        return "xml"
    if stripped.startswith("<") and _HTML.search(head[:2000]):
        return "html"
    if len(_HTML.findall(head)) >= 3:
        return "html"
    return "txt"
