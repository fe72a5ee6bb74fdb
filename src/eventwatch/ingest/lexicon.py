"""The page-shape lexicon: boilerplate lines, end marks, header words, wire agencies, stopwords.

It lives in `data/ingest/page_shapes.yaml` so that a documenter can add the furniture of a new site without
touching code; this loader compiles and checks it once, and fails loudly on a malformed entry instead of
silently matching nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwatch.yaml_data import parse_yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "ingest"
DOC_TYPES = ("press_release", "statement", "news", "report")
HEADER_FIELDS = ("title", "published_at", "publisher", "url", "author", "language")


class LexiconError(ValueError):
    """The page-shape data file is malformed (a programming/configuration error, not bad input)."""


@dataclass(frozen=True)
class PageShapes:
    boilerplate: tuple[re.Pattern[str], ...]
    end_marks: tuple[re.Pattern[str], ...]
    breadcrumbs: tuple[re.Pattern[str], ...]
    departments: tuple[re.Pattern[str], ...]
    doc_type_lines: dict[str, str]
    organisation_words: frozenset[str]
    name_particles: frozenset[str]
    header_keys: dict[str, str]
    wire_agencies: tuple[str, ...]
    stopwords: dict[str, frozenset[str]]

    def is_boilerplate(self, line: str) -> bool:
        line = line.strip()
        return bool(line) and len(line) <= 400 and _fullmatch_any(self.boilerplate, line)

    def is_end_mark(self, line: str) -> bool:
        line = line.strip()
        return bool(line) and len(line) <= 40 and _fullmatch_any(self.end_marks, line)

    def is_department(self, line: str) -> bool:
        return any(p.fullmatch(line.strip()) for p in self.departments)


@lru_cache(maxsize=64)
def _alternation(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """The patterns as one alternation, or None where they cannot be joined (numbered back-references,
    inline flags, a group name used twice). A full match of `(?:a)|(?:b)` backtracks into every branch,
    so it matches exactly the lines one of the patterns fully matches, in one scan instead of one per
    pattern (every line of every document is tested)."""
    if not patterns or any(p.flags & ~(re.IGNORECASE | re.UNICODE) for p in patterns) or any(
            p.groups and re.search(r"\\[1-9]|\(\?P=", p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
    except re.error:
        return None


def _fullmatch_any(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    joined = _alternation(patterns)
    if joined is None:
        return any(p.fullmatch(line) for p in patterns)
    return joined.fullmatch(line) is not None


def _compile(name: str, patterns: Any) -> tuple[re.Pattern[str], ...]:
    if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
        raise LexiconError(f"{name}: expected a list of non-empty regular expressions")
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p, re.IGNORECASE))
        except re.error as exc:
            raise LexiconError(f"{name}: bad pattern {p!r}: {exc}") from exc
    return tuple(out)


def _words(name: str, value: Any) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise LexiconError(f"{name}: expected a list of words")
    return frozenset(w.casefold() for w in value)


def _mapping(name: str, value: Any, allowed: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise LexiconError(f"{name}: expected a mapping")
    out = {}
    for k, v in value.items():
        if not isinstance(k, str) or v not in allowed:
            raise LexiconError(f"{name}: {k!r} -> {v!r}; values must be one of {allowed}")
        out[k.casefold()] = v
    return out


def parse_page_shapes(data: Any) -> PageShapes:
    """Validate the YAML tree and build the compiled lexicon."""
    if not isinstance(data, dict):
        raise LexiconError("page shapes: expected a mapping at the top level")
    required = ("boilerplate_patterns", "end_mark_patterns", "breadcrumb_patterns", "department_patterns",
                "doc_type_lines", "organisation_words", "name_particles", "header_keys", "wire_agencies",
                "stopwords")
    missing = [k for k in required if k not in data]
    if missing:
        raise LexiconError(f"page shapes: missing keys {missing}")
    breadcrumbs = _compile("breadcrumb_patterns", data["breadcrumb_patterns"])
    for p in breadcrumbs:
        if "rest" not in p.groupindex:
            raise LexiconError(f"breadcrumb_patterns: {p.pattern!r} needs a (?P<rest>...) group")
    stop = data["stopwords"]
    if not isinstance(stop, dict) or not stop:
        raise LexiconError("stopwords: expected a mapping language -> words")
    agencies = data["wire_agencies"]
    if not isinstance(agencies, list) or not all(isinstance(a, str) and a for a in agencies):
        raise LexiconError("wire_agencies: expected a list of names")
    return PageShapes(
        boilerplate=_compile("boilerplate_patterns", data["boilerplate_patterns"]),
        end_marks=_compile("end_mark_patterns", data["end_mark_patterns"]),
        breadcrumbs=breadcrumbs,
        departments=_compile("department_patterns", data["department_patterns"]),
        doc_type_lines=_mapping("doc_type_lines", data["doc_type_lines"], DOC_TYPES),
        organisation_words=_words("organisation_words", data["organisation_words"]),
        name_particles=_words("name_particles", data["name_particles"]),
        header_keys=_mapping("header_keys", data["header_keys"], HEADER_FIELDS),
        wire_agencies=tuple(agencies),
        stopwords={str(lang): _words(f"stopwords.{lang}", words) for lang, words in stop.items()},
    )


@lru_cache(maxsize=1)
def page_shapes() -> PageShapes:
    """The bundled lexicon, read once per process (it is small and immutable)."""
    text = (DATA_DIR / "page_shapes.yaml").read_text("utf-8")
    return parse_page_shapes(parse_yaml(text))
