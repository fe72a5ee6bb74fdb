"""Files, folders and stdin → ReadResults, one bad input never stopping the batch.

Policies, decided here once:
- Folders are walked recursively in sorted order; hidden files and folders (".name") are skipped, and files
  whose extension no reader handles are ignored silently (folders hold images, PDFs, spreadsheets next to
  reports; listing each would bury the real errors); so are README/LICENSE/CHANGELOG files, which describe
  the folder rather than report anything. A file named explicitly is always reported on: an
  unsupported extension is an error line, an extension-less file is sniffed.
- Size is checked with stat() before a byte is read, so a 2 GB dump cannot exhaust memory; JSON Lines
  files are the exception: they are read a line at a time, whatever their size, and the limit applies
  to each record.
- Every problem with the input becomes a ReadResult whose `error` is one line "path[:line]: reason";
  only programming errors raise.
"""
from __future__ import annotations

import io
import json
import os
import re
import sys
from typing import Iterable, Iterator, Optional

from eventwatch.ingest.document import build_document
from eventwatch.ingest.encoding import (
    DecodeError,
    binary_kind,
    decode_bytes,
    not_text_reason,
    wide_encoding,
)
from eventwatch.ingest.feeds import read_feed
from eventwatch.ingest.html import extract_html
from eventwatch.ingest.plaintext import clean_text
from eventwatch.ingest.records import read_json, read_jsonl, record_to_result
from eventwatch.ingest.result import ReadResult, failure
from eventwatch.ingest.sniff import EXTENSIONS, format_for_path, sniff_format

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Files that describe a folder rather than report anything; skipped when walking, read when named.
_FOLDER_NOTES = re.compile(r"^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$", re.IGNORECASE)
STDIN = "-"


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} bytes"


def discover(paths: Iterable[str] | str) -> list[str]:
    """Expand folders to the supported files under them (sorted, hidden ones skipped); keep other paths as given.

    The result is what `read_paths` will read, so a progress bar can count it; explicit files stay in even
    when unsupported or missing, so that reading them reports why.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: list[str] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        if p not in seen:
            seen.add(p)
            out.append(p)

    for path in paths:
        path = os.fspath(path)
        if path != STDIN and os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if not name.startswith(".") and format_for_path(name) and not _FOLDER_NOTES.match(name):
                        found.append(os.path.join(root, name))
            for f in sorted(found):
                add(f)
        else:
            add(path)
    return out


def read_paths(paths: Iterable[str] | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read files and folders (see `discover`); yields a ReadResult per document or problem, in order.

    "-" reads standard input (as `read_bytes`). A file reached twice (named and inside a named folder) is
    read once.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: set[str] = set()
    for given in paths:
        given = os.fspath(given)
        if given == STDIN:
            yield from read_bytes(sys.stdin.buffer.read(max_bytes + 1), max_bytes=max_bytes)
            continue
        expanded = discover([given])
        if not expanded:
            yield failure(given, "no supported files in this folder")
        for path in expanded:
            key = os.path.abspath(path)
            if key in seen:
                continue
            seen.add(key)
            yield from read_file(path, max_bytes=max_bytes)


def read_file(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """One file → its documents, or one error line."""
    if path != STDIN and os.path.isdir(path):
        yield from read_paths([path], max_bytes=max_bytes)
        return
    fmt = format_for_path(path)
    ext = os.path.splitext(path)[1]
    if fmt is None and ext:
        supported = ", ".join(sorted(EXTENSIONS))
        yield failure(path, f"unsupported file type {ext!r} (supported: {supported})")
        return
    if fmt == "jsonl":
        yield from read_jsonl_file(path, max_bytes=max_bytes)
        return
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            yield failure(path, f"file too large ({_size(size)}; the limit is {_size(max_bytes)})")
            return
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        yield failure(path, _unreadable(exc))
        return
    if len(data) > max_bytes:  # it grew between stat() and read()
        yield failure(path, f"file too large (over the limit of {_size(max_bytes)})")
        return
    yield from _read_data(data, path, fmt, local_reader=lambda p: read_file(p, max_bytes=max_bytes))


def _unreadable(exc: OSError) -> str:
    """Why a file could not be opened or read, in the words the batch summary prints."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied (cannot read the file)"
    return f"cannot read the file ({exc.strerror or exc})"


def read_jsonl_file(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """A JSON Lines file of any size, read a line at a time; the size limit applies to each record.

    A day of news is one JSONL file of a gigabyte or more, so it is never read whole: memory holds one
    line. A line over the limit is skipped without being held (its error names the line). Lines are
    UTF-8, as JSON Lines requires; a line that is not is decoded on its own as any document is. A file
    in UTF-16 or UTF-32 (a byte-order mark or NUL bytes say so) cannot be split into lines as bytes, and
    is decoded as a stream and read a line at a time all the same (`_read_wide_jsonl`).
    """
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield failure(path, _unreadable(exc))
        return
    with fh:
        head = fh.read(_SNIFF_BYTES)
        what = binary_kind(head)
        if what is not None:  # a binary renamed .jsonl: one error, not one per "line"
            yield failure(path, f"binary file ({what}), not a text document")
            return
        if head.startswith(_WIDE_BOMS) or b"\x00" in head[:8192]:
            yield from _read_wide_jsonl(fh, head, path, max_bytes)  # UTF-16/32, or not text at all
            return
        fh.seek(0)
        number = 0
        any_line = False
        while True:
            raw = fh.readline(max_bytes + 1)
            if not raw:
                break
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                size = len(raw) + _skip_line(fh)  # the record's size, its line ending not counted
                any_line = True
                yield failure(path, f"record too large ({_size(size)}; the limit is {_size(max_bytes)} "
                                    f"per record)", number)
                continue
            result = _jsonl_line(raw, path, number)
            if result is not None:
                any_line = True
                yield result
        if not any_line:
            yield failure(path, "empty file")


_SNIFF_BYTES = 64 * 1024
_SURROGATE = re.compile("[\ud800-\udfff]")
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 either way round; UTF-32's marks begin with these or NULs


def _skip_line(fh) -> int:
    """Read past the rest of an over-long line, a megabyte at a time; the bytes skipped before its end."""
    skipped = 0
    while True:
        chunk = fh.readline(1 << 20)
        if chunk.endswith(b"\n"):
            return skipped + len(chunk.rstrip(b"\r\n"))
        skipped += len(chunk)
        if not chunk:
            return skipped


def _jsonl_line(raw: bytes, path: str, number: int) -> Optional[ReadResult]:
    """One line's bytes → its document or error; None for a blank line."""
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            decoded = decode_bytes(raw)
        except DecodeError as exc:
            return failure(path, f"undecodable line ({exc})", number)
        text, encoding = decoded.text, decoded.encoding
    return _jsonl_text(text, encoding, path, number)


def _jsonl_text(text: str, encoding: str, path: str, number: int) -> Optional[ReadResult]:
    """One decoded line → its document or error; None for a blank line."""
    line = text.rstrip("\n").strip().lstrip("\ufeff").strip()
    if not line:
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return failure(path, f"invalid JSON: {exc.msg} (column {exc.colno})", number)
    return record_to_result(record, line, 0, len(line), encoding=encoding, content_type="jsonl", path=path,
                            line=number)


def _read_wide_jsonl(fh, head: bytes, path: str, max_bytes: int) -> Iterator[ReadResult]:
    """JSON Lines in UTF-16 or UTF-32, decoded as a stream: memory holds one line, as for UTF-8.

    The records are those a whole read gives (same text, same raw bytes, same line numbers). What differs
    is only what a whole read could not do: the limit applies to each record, a line with broken UTF-16
    fails alone, and bytes that cannot be decoded at all end the file there (with an error). Anything
    else with NUL bytes is judged whole, as any file is.
    """
    encoding = wide_encoding(head)
    if encoding is None:
        yield from _read_whole_jsonl(fh, head, path, max_bytes)
        return
    reason = not_text_reason(head.decode(encoding, errors="ignore")[:20_000], encoding)
    if reason:
        yield failure(path, reason)
        return
    fh.seek(0)
    # Lines end at "\n" only, as in a whole read. A lone surrogate (broken UTF-16) is let through the
    # decoder so that only its own line fails, as an undecodable UTF-8 line does.
    text = io.TextIOWrapper(fh, encoding=encoding, errors="surrogatepass", newline="\n")
    wide = "utf-32" in encoding
    codec = "utf-32-le" if wide else "utf-16-le"  # a record's size in the file, its byte order aside
    per_char = 4 if wide else 2  # bytes per character at least: a line of `limit` characters is too large
    limit = max_bytes // per_char + 1
    number = 0
    any_line = False
    try:
        while True:
            line = text.readline(limit)
            if not line:
                break
            number += 1
            size = len(line.rstrip("\r\n").encode(codec, "surrogatepass"))
            over = not line.endswith("\n") and len(line) >= limit
            while over and line and not line.endswith("\n"):  # the rest of an over-long line, never held whole
                line = text.readline(1 << 20)
                size += len(line.rstrip("\r\n").encode(codec, "surrogatepass"))
            if over or size > max_bytes:
                any_line = True
                yield failure(path, f"record too large ({_size(size)}; the limit is {_size(max_bytes)} "
                                    f"per record)", number)
                continue
            if _SURROGATE.search(line):
                any_line = True
                yield failure(path, f"undecodable line (invalid {encoding.upper()}: a lone surrogate)", number)
                continue
            result = _jsonl_text(line, encoding, path, number)
            if result is not None:
                any_line = True
                yield result
    except UnicodeDecodeError as exc:
        any_line = True
        yield failure(path, f"invalid {encoding.upper()} from here on ({exc.reason}); the rest of the file "
                            f"is not read", number + 1)
    finally:
        text.detach()  # the file is closed by its owner
    if not any_line:
        yield failure(path, "empty file")


def _read_whole_jsonl(fh, head: bytes, path: str, max_bytes: int) -> Iterator[ReadResult]:
    data = head + fh.read(max(0, max_bytes + 1 - len(head)))
    if len(data) > max_bytes:
        yield failure(path, f"file too large (over the limit of {_size(max_bytes)}; JSON Lines that are not "
                            f"UTF-8 are read whole)")
        return
    yield from _read_data(data, path, "jsonl", local_reader=None)


def read_bytes(data: bytes, *, name: str = STDIN, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Bytes from stdin or an upload: the format comes from `name`'s extension when it has a supported one,
    else it is sniffed from the content.

    Documents read this way have source_path `name`; plain text from stdin gets content_type "stdin",
    everything else the content_type of its format (txt, md, html, json, jsonl, rss, atom). Local links in a
    feed are not followed (there is no folder to resolve them against).
    """
    if len(data) > max_bytes:
        yield failure(name, f"input too large ({_size(len(data))}; the limit is {_size(max_bytes)})")
        return
    yield from _read_data(data, name, format_for_path(name) if name != STDIN else None, local_reader=None)


def _read_data(data: bytes, path: str, fmt: Optional[str], *, local_reader) -> Iterator[ReadResult]:
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        yield failure(path, str(exc))
        return
    text, encoding = decoded.text, decoded.encoding
    sniffed = fmt is None
    if sniffed:
        fmt = sniff_format(text)
    if fmt in ("txt", "md"):
        extract = clean_text(text, markdown=fmt == "md")
        if not extract.text.strip():
            yield failure(path, "no text content (only headers or boilerplate)")
            return
        content_type = "stdin" if sniffed and path == STDIN else fmt
        doc = build_document(data, encoding, extract, content_type=content_type, source_path=path)
        yield ReadResult(path=path, document=doc, error=None)
    elif fmt == "html":
        extract = extract_html(text)
        if extract is None or not extract.text.strip():
            yield failure(path, "no text content in the HTML")
            return
        doc = build_document(data, encoding, extract, content_type="html", source_path=path)
        yield ReadResult(path=path, document=doc, error=None)
    elif fmt == "json":
        yield from read_json(text, encoding=encoding, path=path)
    elif fmt == "jsonl":
        yield from read_jsonl(text, encoding=encoding, path=path)
    elif fmt in ("feed", "xml"):
        yield from read_feed(data, text, encoding=encoding, path=path, local_reader=local_reader)
    else:  # pragma: no cover - sniff_format and EXTENSIONS only produce the formats above
        raise AssertionError(f"unknown format {fmt!r}")
