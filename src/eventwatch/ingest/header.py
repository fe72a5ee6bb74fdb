"""The header shapes of scraped pages and press releases, read into metadata.

Copied pages start with a stack of short lines before the report: a timestamp ("Friday, 31 January 2020
17:48"), a breadcrumb, a "Press release" label, the organisation and its press office, a byline, a date. They
say who published what kind of document when, which later stages need (a statement is a claim by its
publisher; relative dates count from the publication date), and they are not part of the report: left in,
they would be read as sentences. This module recognises those lines; `plaintext` removes them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from eventwatch.ingest.dates import date_line, parse_datetime
from eventwatch.ingest.extract import Metadata
from eventwatch.ingest.lexicon import PageShapes
from eventwatch.ingest.lines import Line

_HEADER_SCAN = 25  # header lines sit at the top; never look further than this many non-blank lines
_KEY_VALUE = re.compile(r"^(?P<key>[^\W\d_][^\W\d_ ]{0,20}?)\s*:\s*(?P<value>\S.{0,300})$")
_BYLINE = re.compile(
    r"^[Bb][Yy]\s+(?P<value>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|al-\w+|and|de|van|von)){0,5}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})*)(?:\s*[,|·•–-]\s*.{0,60})?$"
)
_WORD = re.compile(r"[\w'’&-]+|\([A-Z]{2,10}\)")


@dataclass
class HeaderLine:
    kind: str  # date | doc_type | breadcrumb | key | byline | organisation | department | boilerplate
    value: object = None


@dataclass
class Header:
    """What the header zone of a document held, and which lines it was made of."""

    consumed: set[int] = field(default_factory=set)
    meta: Metadata = field(default_factory=Metadata)
    title_hint: Optional[str] = None  # the title as a breadcrumb or "Title:" line gave it
    title_line: Optional[int] = None  # a body line recognised as the title (kept in the text)
    department: Optional[str] = None


def _label(text: str) -> str:
    return re.sub(r"[\s:.\-–—|*#]+$", "", re.sub(r"^[\s:.\-–—|*#]+", "", text)).casefold()


def is_organisation_line(text: str, shapes: PageShapes) -> bool:
    """A short Title-Case noun phrase containing an organisation word: "Ministry of Foreign Affairs"."""
    if len(text) > 90 or text.endswith((".", "!", "?", ",", ";")) or re.search(r"\d", text):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > 10:
        return False
    has_org_word = False
    for w in words:
        if w.startswith("(") and w.endswith(")"):
            continue
        folded = w.casefold()
        if folded in shapes.name_particles or folded.split("-")[0] in ("al", "el", "ad", "ar", "as", "ash"):
            continue
        if not (w[0].isupper() or w[0] in "&"):
            return False
        if folded.strip("'’") in shapes.organisation_words or folded.rstrip("s") in shapes.organisation_words:
            has_org_word = True
    return has_org_word


def classify_header_line(line: Line, shapes: PageShapes) -> Optional[HeaderLine]:
    """The kind of header line this is, or None when it is ordinary text."""
    text = line.text
    if not text or len(text) > 300:
        return None
    when = date_line(text)
    if when is not None:
        return HeaderLine("date", when)
    label = _label(text)
    if label in shapes.doc_type_lines:
        return HeaderLine("doc_type", shapes.doc_type_lines[label])
    for pattern in shapes.breadcrumbs:
        m = pattern.fullmatch(text)
        if m:
            rest = re.split(r"\s*(?:>|»|›|/|\||::|→)\s*", m.group("rest").strip())
            return HeaderLine("breadcrumb", rest[-1].strip() if rest else None)
    m = _KEY_VALUE.match(text)
    if m:
        key = m.group("key").strip().casefold()
        if key in shapes.header_keys:
            return HeaderLine("key", (shapes.header_keys[key], m.group("value").strip()))
    m = _BYLINE.match(text)
    if m:
        return HeaderLine("byline", m.group("value").strip())
    if shapes.is_department(text):
        return HeaderLine("department", text)
    if is_organisation_line(text, shapes):
        return HeaderLine("organisation", text)
    if shapes.is_boilerplate(text):
        return HeaderLine("boilerplate")
    return None


def _looks_like_title(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 30 and len(text) <= 200 and not text.endswith((",", ";", ":"))


def read_header(lines: list[Line], shapes: PageShapes, first: int = 0) -> Header:
    """Read the header zone starting at line `first`.

    The zone is the run of header-shaped lines at the top. One ordinary line may sit inside it when header
    lines follow it closely: that is the title, which stays in the text.
    """
    header = Header()
    candidates = [ln for ln in lines[first:] if not ln.blank][:_HEADER_SCAN]
    kinds = [classify_header_line(ln, shapes) for ln in candidates]
    for k, (ln, kind) in enumerate(zip(candidates, kinds)):
        if kind is None:
            follows = [x for x in kinds[k + 1 : k + 3] if x is not None and x.kind != "boilerplate"]
            if header.title_line is None and _looks_like_title(ln.text) and follows:
                header.title_line = ln.index
                continue
            break
        header.consumed.add(ln.index)
        _apply(header, kind)
    if header.meta.publisher is None and header.department:
        header.meta.publisher = header.department
    return header


def _apply(header: Header, line: HeaderLine) -> None:
    meta = header.meta
    if line.kind == "date" and meta.published_at is None:
        meta.published_at = line.value  # type: ignore[assignment]
    elif line.kind == "doc_type" and meta.doc_type is None:
        meta.doc_type = str(line.value)
    elif line.kind == "breadcrumb" and line.value and header.title_hint is None:
        header.title_hint = str(line.value)
    elif line.kind == "byline" and meta.author is None:
        meta.author = str(line.value)
    elif line.kind == "organisation" and meta.publisher is None:
        meta.publisher = str(line.value)
    elif line.kind == "department" and header.department is None:
        header.department = str(line.value)
    elif line.kind == "key":
        name, value = line.value  # type: ignore[misc]
        if name == "published_at":
            if meta.published_at is None:
                meta.published_at = parse_datetime(value)
        elif name == "title":
            header.title_hint = header.title_hint or value
            meta.title = meta.title or value
        elif name == "language":
            if re.fullmatch(r"[A-Za-z]{2}(?:[-_][A-Za-z]{2})?", value) and meta.language is None:
                meta.language = value[:2].lower()
        elif getattr(meta, name) is None:
            setattr(meta, name, value)
