"""Bytes → text, or a clear reason why these bytes are not a text document.

Reports arrive as UTF-8, UTF-16 exported from Word, Windows-1256 from Arabic desktops, Latin-1 from old
sites. The order below trusts what is certain first (a byte-order mark, valid UTF-8, a charset the document
declares and that decodes cleanly) and asks charset-normalizer only when those fail; if it cannot decide,
the file is reported rather than decoded into mojibake that would poison every later stage.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Optional

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Formats people mistake for text documents, named so the message can say what the file is.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"Rar!", "a RAR archive"),
)

_DECLARED = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_MAX_CHAOS = 0.25


@dataclass
class Decoded:
    text: str
    encoding: str  # a Python codec name; raw.decode(encoding) == text


class DecodeError(ValueError):
    """These bytes are not a text document we can read; the message is one line for a person."""


def _codec(name: str) -> Optional[str]:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return bad / len(sample)


def _looks_utf16_without_bom(data: bytes) -> Optional[str]:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def wide_encoding(head: bytes) -> Optional[str]:
    """UTF-16 or UTF-32, as `decode_bytes` would name it for a file beginning with `head`; else None.

    Such a file cannot be cut into lines as bytes (a newline is two or four bytes, NULs included), but it
    can be decoded as a stream, which this name allows.
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name if name in ("utf-16", "utf-32") else None
    if b"\x00" in head[:8192] and binary_kind(head) is None:
        return _looks_utf16_without_bom(head)
    return None


def not_text_reason(sample: str, encoding: str) -> Optional[str]:
    """Why decoded text is not text (too many control characters), judged on its start as `decode_bytes` does."""
    if _control_ratio(sample) > 0.01:
        return f"not a text file (control characters after decoding as {encoding})"
    return None


def _checked(text: str, encoding: str) -> Decoded:
    if _control_ratio(text) > 0.01:
        raise DecodeError(f"not a text file (control characters after decoding as {encoding})")
    return Decoded(text, encoding)


def binary_kind(data: bytes) -> Optional[str]:
    """What a known binary format is ("a PDF document"), judged by its first bytes; None otherwise."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode a document's bytes; raises DecodeError with a one-line reason when they are not text."""
    if not data.strip():
        raise DecodeError("empty file")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {name.upper()} despite its byte-order mark ({exc.reason})") from exc
            if not text.lstrip("\ufeff").strip():
                raise DecodeError("empty file")
            return _checked(text, name)
    what = binary_kind(data)
    if what is not None:
        raise DecodeError(f"binary file ({what}), not a text document")
    if b"\x00" in data[:8192]:
        wide = _looks_utf16_without_bom(data)
        if wide:
            try:
                return _checked(data.decode(wide), wide)
            except UnicodeDecodeError:
                pass
        raise DecodeError("binary file (contains NUL bytes), not a text document")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:4096])
    if declared:
        name = _codec(declared.group(1).decode("ascii", "replace"))
        if name and name not in ("utf-8", "utf-16", "utf-32"):
            try:
                return _checked(data.decode(name), name)
            except (UnicodeDecodeError, LookupError):
                pass
    return _guess(data)


def _guess(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("unknown encoding: the bytes are not valid UTF-8 and no other encoding fits")
    if best.chaos > _MAX_CHAOS:
        raise DecodeError(
            f"unknown encoding: the best guess ({best.encoding}) still reads as garbage; convert it to UTF-8"
        )
    name = _codec(best.encoding) or best.encoding
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"unknown encoding: guessed {best.encoding} but it does not decode") from exc
    return _checked(text, name)


def record_codec(encoding: str) -> str:
    """The codec for the bytes of one record cut out of a file in `encoding`.

    A record of a UTF-16 or BOM-marked file cannot carry the file's byte-order mark; its own bytes are
    written in the BOM-less form so that `raw.decode(codec)` gives the record text back exactly.
    """
    name = _codec(encoding) or encoding
    if name in ("utf-8-sig", "utf-16", "utf-32"):
        return "utf-8"
    return name
