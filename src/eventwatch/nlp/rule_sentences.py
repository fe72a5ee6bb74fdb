"""Sentence boundaries inside one line of news or press text, by rule.

Edited prose marks its sentences plainly: terminal punctuation, a space, then a capital, a digit or an
opening quote. What makes that hard is the full stop that ends an abbreviation ("Gen. Haftar", "No. 5",
"U.S. forces"), so the abbreviations are data (`data/nlp/abbreviations.yaml`) and shapes (initials,
dotted forms). A regular expression over a line runs ~20 times faster than spaCy's statistical
recogniser and, on news text, agrees with it on almost every boundary (`benchmarks/sentence_agreement.py`);
where they differ the rule is usually the one that is right (the recogniser splits after "Lt." and before
lower-case words, and misses boundaries after a closing quote).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as ir
from typing import Any, Iterable, Iterator

from eventwatch.yaml_data import parse_yaml

# terminal punctuation, then closing quotes/brackets (they stay with their sentence, even after a stray
# space: `said. '' The`, `well. ”“The`), the gap, then what can open a sentence: an upper-case letter, a
# digit, an opening quote or bracket, a currency sign, or a dash or bullet standing alone (list items, datelines)
_BOUNDARY = re.compile(
    r"""(?P<end>[.!?\u2026]+(?:["'\u201d\u2019\u00bb)\]]|\s+(?:''|[\u201d\u00bb])(?=\s|[\u201c\u00ab])"""
    r"""|\s+["'](?=\s))*)"""
    r"""(?P<gap>\s+|(?<=[\u201d\u00bb])(?=[\u201c\u00ab]))"""
    r"""(?=[^\W\d_a-z]|\d|["'\u201c\u2018\u00ab($\u00a3\u20ac]|[-\u2013\u2014*\u2022]+\s)"""
)
# the word the full stop ends: letters, digits, inner stops, hyphens and apostrophes
_WORD_BEFORE = re.compile(r"[\w.'\u2019-]+$")
_WORD_AFTER = re.compile(r"[\"'\u201c\u2018]*([^\W\d_]+)")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # U.S, a.m, e.g (the last stop is not in the word)
_INITIAL = re.compile(r"[^\W\d_]")
# a degree, minute or second sign (or a digit) right before a one-letter word: a hemisphere letter ends a
# coordinate ("36.88°E", "44°30′E", "37.1E")
_HEMISPHERE_BEFORE = re.compile(r"(?:\d[\u00b0\u00ba\u02da\u2032\u2033'\u2019\"\u201d]?|[\u00b0\u00ba\u02da\u2032\u2033])$")
_SECTIONS = ("always", "before_numbers", "before_openers")
_CLOSING_QUOTE = re.compile(r"""["'\u201d\u2019\u00bb]\s*$""")
# up to three capitalised words (a name, or a pronoun) and then a word: `" Smith said`, `" Col. Ali told`
_ATTRIBUTION = re.compile(r"(?:[^\W\d_a-z][\w.'\u2019-]*\s+){1,3}([^\W\d_]+)")


@dataclass(frozen=True)
class Abbreviations:
    """Lower-case words (without their final stop) after which a full stop may not end a sentence."""

    always: frozenset[str]
    before_numbers: frozenset[str]
    before_openers: frozenset[str]
    openers: frozenset[str]
    reporting_verbs: frozenset[str]

    @classmethod
    def load(cls) -> "Abbreviations":
        text = ir.files("eventwatch.data").joinpath("nlp/abbreviations.yaml").read_text("utf-8")
        return parse_abbreviations(parse_yaml(text))


def _words(where: str, entries: Any) -> list[str]:
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"abbreviations: {where} must be a non-empty list")
    for entry in entries:
        if not isinstance(entry, str) or not entry or entry != entry.lower() or entry.endswith("."):
            raise ValueError(f"abbreviations: {where}: {entry!r} must be a lower-case word without a final stop "
                             "(quote words YAML reads as booleans: 'no', 'on')")
    return entries


def parse_abbreviations(data: Any) -> Abbreviations:
    """Validate the abbreviation file: sections of named groups of lower-case words, no word in two groups."""
    if not isinstance(data, dict) or set(data) != {*_SECTIONS, "openers", "reporting_verbs"}:
        raise ValueError(f"abbreviations: expected exactly the sections {', '.join(_SECTIONS)}, openers "
                         "and reporting_verbs")
    seen: dict[str, str] = {}
    sections: dict[str, frozenset[str]] = {}
    for section in _SECTIONS:
        groups = data[section]
        if not isinstance(groups, dict) or not groups:
            raise ValueError(f"abbreviations: {section!r} must map group names to lists of words")
        for group, entries in groups.items():
            for entry in _words(f"{section}.{group}", entries):
                if entry in seen:
                    raise ValueError(f"abbreviations: {entry!r} is in both {seen[entry]} and {section}.{group}")
                seen[entry] = f"{section}.{group}"
        sections[section] = frozenset(w for entries in groups.values() for w in entries)
    return Abbreviations(**sections, openers=frozenset(_words("openers", data["openers"])),
                         reporting_verbs=frozenset(_words("reporting_verbs", data["reporting_verbs"])))


@lru_cache(maxsize=1)
def bundled_abbreviations() -> Abbreviations:
    return Abbreviations.load()


class RuleSplitter:
    """Splits lines into sentences by punctuation and abbreviations; no model, nothing to load but a list."""

    def __init__(self, abbreviations: Abbreviations | None = None):
        self.abbreviations = abbreviations or bundled_abbreviations()

    def starts(self, line: str) -> list[int]:
        """Offsets in `line` where a sentence starts after a boundary (the line's own start not included)."""
        out = []
        for m in _BOUNDARY.finditer(line):
            if self._is_boundary(line, m):
                out.append(m.end())
        return out

    def split_lines(self, lines: Iterable[str]) -> Iterator[list[tuple[int, int]]]:
        """For each line, its sentences as (start, end) offsets into the line, surrounding spaces kept."""
        for line in lines:
            bounds = [0, *self.starts(line), len(line)]
            yield [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]

    def _is_boundary(self, line: str, m: re.Match[str]) -> bool:
        end = m.group("end")
        if "?" in end or "!" in end:  # a quoted question runs on into its attribution
            return not (_CLOSING_QUOTE.search(end) and self._attribution_follows(line[m.end() :]))
        if end[0] != "." or end.startswith(".."):
            return True  # … and ... end a sentence whatever came before
        word_match = _WORD_BEFORE.search(line, max(0, m.start() - 40), m.start())
        word = word_match.group().lower().lstrip("'\u2019") if word_match else ""
        if not word:
            return True
        abbr = self.abbreviations
        last = re.split(r"[.\-]", word)[-1]
        following = line[m.end() :]
        if _DOTTED.fullmatch(word) or word in abbr.before_openers or last in abbr.before_openers:
            nxt = _WORD_AFTER.match(following)  # "U.S. Army" goes on, "in the U.S. The" ends
            return nxt is not None and nxt.group(1).lower() in abbr.openers
        if _INITIAL.fullmatch(word) and _HEMISPHERE_BEFORE.search(line, max(0, m.start() - 4), m.start() - 1):
            return True  # "... at 36.12°N 36.88°E. Separately": a coordinate's hemisphere, not an initial
        if _INITIAL.fullmatch(last) or word in abbr.always or last in abbr.always:
            return False  # "J. Smith", "D-W. Va.", "Gen. Haftar", "Maj.-Gen. Ali"
        if word in abbr.before_numbers or last in abbr.before_numbers:
            return not following[:1].isdigit()  # "No. 5"
        return True

    def _attribution_follows(self, following: str) -> bool:
        m = _ATTRIBUTION.match(following)
        return m is not None and m.group(1).lower() in self.abbreviations.reporting_verbs
