"""JSON and JSON Lines records → documents.

Scrapers and exports hand over records: `text` or `html` plus optional `title`, `url`, `publisher`,
`published_at`, `language` (common aliases such as `content`, `headline`, `link`, `source`, `date` are
accepted too). A record's raw bytes are the record itself (its JSONL line, or its element of a JSON list, in
the file's encoding), so its id does not depend on its neighbours. Offsets point into that record source:
the JSON string literal is walked so that escapes (\\n, \\u00e9, \\") only break runs.
"""
from __future__ import annotations

import json
import re
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any, Iterator, Optional

from eventwatch.ingest.dates import parse_datetime
from eventwatch.ingest.document import build_document
from eventwatch.ingest.encoding import record_codec
from eventwatch.ingest.extract import Extract, Metadata
from eventwatch.ingest.html import extract_html
from eventwatch.ingest.offsets import Runs, compose
from eventwatch.ingest.plaintext import clean_text
from eventwatch.ingest.result import ReadResult, failure

_PLAIN_RUN = re.compile(r'[^"\\]+')  # inside a JSON string: characters that are neither quote nor escape

TEXT_KEYS = ("text", "content", "body", "article", "full_text")
HTML_KEYS = ("html", "content_html", "body_html", "raw_html")
_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "link", "href", "source_url", "sourceUrl"),
    "publisher": ("publisher", "source", "source_name", "sourceName", "site", "sitename", "outlet"),
    "published_at": ("published_at", "date", "published", "pubDate", "pub_date", "datetime", "created_at"),
    "language": ("language", "lang"),
    "doc_type": ("doc_type",),
    "author": ("author", "byline"),
}
_WRAPPER_KEYS = ("documents", "records", "items", "articles", "data")
_WS = " \t\n\r"
_DECODER = json.JSONDecoder()


def _skip(source: str, i: int) -> int:
    while i < len(source) and source[i] in _WS:
        i += 1
    return i


def object_fields(source: str, start: int) -> dict[str, int]:
    """Key → position of its value, for the (valid) JSON object whose `{` is at `start`."""
    out: dict[str, int] = {}
    i = _skip(source, start + 1)
    if source[i] == "}":
        return out
    while True:
        key, i = scanstring(source, i + 1)
        i = _skip(source, _skip(source, i) + 1)  # past ':'
        out[key] = i
        _, i = _DECODER.raw_decode(source, i)
        i = _skip(source, i)
        if source[i] != ",":
            return out
        i = _skip(source, i + 1)


def array_elements(source: str, start: int) -> list[tuple[Any, int, int]]:
    """(value, start, end) for each element of the (valid) JSON array whose `[` is at `start`."""
    out = []
    i = _skip(source, start + 1)
    if source[i] == "]":
        return out
    while True:
        value, end = _DECODER.raw_decode(source, i)
        out.append((value, i, end))
        i = _skip(source, end)
        if source[i] != ",":
            return out
        i = _skip(source, i + 1)


def string_literal_runs(source: str, quote: int) -> Runs:
    """Runs mapping the decoded value of the JSON string at `quote` to its characters in `source`."""
    runs: Runs = []
    value_pos = 0
    i = quote + 1
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == '"':
            break
        if ch == "\\":
            nxt = source[i + 1]
            if nxt == "u":
                code = int(source[i + 2 : i + 6], 16)
                i += 6
                if 0xD800 <= code < 0xDC00 and source.startswith("\\u", i):  # a surrogate pair: one character
                    i += 6
            else:
                i += 2
            value_pos += 1
            continue
        end = _PLAIN_RUN.match(source, i).end()  # characters that stand for themselves, in one step
        if end >= n:  # no closing quote: the run is not closed
            break
        runs.append([value_pos, i, end - i])
        value_pos += end - i
        i = end
    return runs


def _first(record: dict, keys: tuple[str, ...]) -> tuple[Optional[str], Any]:
    for k in keys:
        v = record.get(k)
        if v not in (None, "", [], {}):
            return k, v
    return None, None


def record_metadata(record: dict) -> Metadata:
    meta = Metadata()
    for name, keys in _FIELDS.items():
        _, value = _first(record, keys)
        if isinstance(value, dict):  # {"source": {"name": "..."}} and similar
            value = value.get("name") or value.get("title")
        if value is None:
            continue
        if name == "published_at":
            setattr(meta, name, parse_datetime(value))
        elif isinstance(value, str) and value.strip():
            setattr(meta, name, value.strip())
    if meta.doc_type not in (None, "press_release", "statement", "news", "report"):
        meta.doc_type = None
    return meta


def record_to_result(
    record: Any,
    source: str,
    start: int,
    end: int,
    *,
    encoding: str,
    content_type: str,
    path: str,
    line: int,
) -> ReadResult:
    """One JSON record (source[start:end]) → a document, or an error naming its line."""
    if not isinstance(record, dict):
        return failure(path, f"record is a JSON {type(record).__name__}, not an object", line)
    positions = object_fields(source, start)
    key, value = _first(record, HTML_KEYS)
    is_html = key is not None
    if not is_html:
        key, value = _first(record, TEXT_KEYS)
    if key is None:
        return failure(path, 'record has no text: it needs a non-empty "text" or "html" field', line)
    if not isinstance(value, str):
        return failure(path, f'record field "{key}" is a {type(value).__name__}, not a string', line)
    extract: Optional[Extract] = extract_html(value) if is_html else clean_text(value)
    if extract is None or not extract.text.strip():
        return failure(path, f'record field "{key}" holds no text content', line)
    literal = string_literal_runs(source, positions[key])
    runs = [[c, r - start, n] for c, r, n in compose(extract.runs, literal)]
    meta = record_metadata(record).fill_from(extract.meta)
    codec = record_codec(encoding)
    raw = source[start:end].encode(codec)
    doc = build_document(
        raw, codec, Extract(extract.text, runs, meta), content_type=content_type, source_path=path, source_line=line
    )
    return ReadResult(path=path, document=doc, error=None, line=line)


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"


def read_json(source: str, *, encoding: str, path: str) -> Iterator[ReadResult]:
    """A .json file: one record, a list of records, a {"documents": [...]}-style wrapper, or JSON Lines."""
    try:
        data = json.loads(source)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and source[exc.pos :].lstrip().startswith("{"):
            # one object after another: JSON Lines saved as .json (a common export); read it as such
            yield from read_jsonl(source, encoding=encoding, path=path)
            return
        yield failure(path, _json_error(exc))
        return
    top = _skip(source, 0)
    if source.startswith("\ufeff", top):
        top = _skip(source, top + 1)
    elements: list[tuple[Any, int, int]]
    if isinstance(data, list):
        elements = array_elements(source, top)
    elif isinstance(data, dict):
        _, text = _first(data, TEXT_KEYS + HTML_KEYS)
        wrapper = next((k for k in _WRAPPER_KEYS if isinstance(data.get(k), list)), None)
        if text is None and wrapper is not None:
            elements = array_elements(source, object_fields(source, top)[wrapper])
        else:
            _, end = _DECODER.raw_decode(source, top)
            elements = [(data, top, end)]
    else:
        yield failure(path, f"JSON holds a {type(data).__name__}, not a record or a list of records")
        return
    if not elements:
        yield failure(path, "JSON list holds no records")
        return
    line, counted = 1, 0
    for value, start, end in elements:
        line += source.count("\n", counted, start)  # counted incrementally: big lists stay linear
        counted = start
        yield record_to_result(value, source, start, end, encoding=encoding, content_type="json", path=path,
                               line=line)


def read_jsonl(source: str, *, encoding: str, path: str) -> Iterator[ReadResult]:
    """A .jsonl file: good lines become documents, each bad line one error with its line number."""
    pos = 0
    number = 0
    any_line = False
    while pos < len(source):
        nl = source.find("\n", pos)
        nl = len(source) if nl < 0 else nl
        number += 1
        line = source[pos:nl].strip().lstrip("\ufeff").strip()  # the record: the line without its ending
        pos = nl + 1
        if not line:
            continue
        any_line = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield failure(path, f"invalid JSON: {exc.msg} (column {exc.colno})", number)
            continue
        # the record's own source is the line; positions inside it are line-relative
        yield record_to_result(record, line, 0, len(line), encoding=encoding, content_type="jsonl", path=path,
                               line=number)
    if not any_line:
        yield failure(path, "empty file")
