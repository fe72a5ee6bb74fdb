"""Words that tell a town from the division or country sharing its name ("upstate New York", "the New York
mayor"), and whether a document is about a national government's business (where a capital means the capital).

Read from cues.yaml's namesake_levels lists; the resolver turns them into a bonus for the reading of the level
the words fit.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.reading_priors import ADMIN1_CODES
from eventwatch.geo.yaml_files import parsed_file, word_list


# What the words beside a name give the namesake reading they fit (see `namesake_level`), in prior units:
# as much as "the city of X" gives a town.
NAMESAKE_LEVEL = 3.0


# What a capital gains over its namesakes in a document about a national government's business.
CAPITAL_GOVERNMENT = 2.0


@dataclass(frozen=True)
class NamesakeLevelWords:
    """Words that fit only one of a town and the division or country sharing its name (cues.yaml)."""

    division_after: tuple[str, ...]
    division_before: tuple[str, ...]
    town_after: tuple[str, ...]
    town_before: tuple[str, ...]
    capital_words: tuple[str, ...]


@lru_cache(maxsize=4)
def load_namesake_level_words(data_dir: str = str(DATA_DIR)) -> NamesakeLevelWords:
    raw = (parsed_file(Path(data_dir) / "cues.yaml") or {}).get(
        "namesake_levels")
    if not isinstance(raw, dict):
        raise ValueError("cues.yaml: namesake_levels must be a mapping")
    lists = {}
    for key in ("division_after", "division_before", "town_after", "town_before", "capital_words"):
        value = word_list(raw.get(key), f"namesake_levels.{key}", "cues.yaml")
        lists[key] = tuple(sorted(value, key=len, reverse=True))
    return NamesakeLevelWords(**lists)


def _words_pattern(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words) + ")"


@lru_cache(maxsize=4)
def _level_patterns(words: NamesakeLevelWords) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    # After the name: an optional possessive, at most one capitalised word ("Quebec Health Minister"), then
    # the word in any case, ending there ("gov." ends with its period).
    after = r"^(?:['’]s)?\s+(?:[A-Z][a-z]+\s+)?(?i:{})(?![\w-])"
    before = r"(?i:(?<![\w-]){}\s+$)"
    return (re.compile(after.format(_words_pattern(words.division_after))),
            re.compile(before.format(_words_pattern(words.division_before))),
            re.compile(after.format(_words_pattern(words.town_after))),
            re.compile(before.format(_words_pattern(words.town_before))))


_APOSTROPHES = ("'", "’")  # a possessive after the name ("X's governor")


def namesake_level(text: str, start: int, end: int, words: Optional[NamesakeLevelWords] = None) -> Optional[str]:
    """"division" or "town" where the words right around text[start:end] fit only one of a division (or a
    country) and a town sharing the name ("upstate New York", "New York's governor" / "downtown New York",
    "the New York mayor"), else None (both fit, or neither)."""
    div_after, div_before, town_after, town_before = _level_patterns(words or load_namesake_level_words())
    # Both patterns after the name open with a possessive or a space, both before it end with a space: a name
    # written against a comma or a bracket on a side (most of them, on one side) skips that side's searches.
    after = text[end : end + 60] if text[end : end + 1].isspace() or text[end : end + 1] in _APOSTROPHES else ""
    before = text[max(0, start - 40) : start] if text[start - 1 : start].isspace() else ""
    division = bool((after and div_after.match(after)) or (before and div_before.search(before)))
    town = bool((after and town_after.match(after)) or (before and town_before.search(before)))
    if division == town:
        return None
    return "division" if division else "town"


@lru_cache(maxsize=4)
def _capital_pattern(words: NamesakeLevelWords) -> re.Pattern:
    return re.compile(r"(?i:(?<![\w-]){}(?![\w-]))".format(_words_pattern(words.capital_words)))


def government_business(text: str, words: Optional[NamesakeLevelWords] = None) -> bool:
    """Whether the document is about a national government's business (embassies, congress, a summit):
    there a capital's name means the capital, however a division or town elsewhere shares it."""
    return _capital_pattern(words or load_namesake_level_words()).search(text) is not None


def namesake_levels(text: str, spans: list[NameSpan]) -> list[Optional[str]]:
    """`namesake_level` of each span's words in the text."""
    return [namesake_level(text, s.start, s.end) for s in spans]


def _levels_said(spans: list[NameSpan], levels: list[Optional[str]]) -> dict[str, list[str]]:
    """For each name, the levels the words around its mentions fit (`namesake_level`), one per mention."""
    said: dict[str, list[str]] = defaultdict(list)
    for s, level in zip(spans, levels):
        if level is not None:
            said[s.norm].append(level)
    return dict(said)


def _namesake_pair(prior: list[tuple[float, Candidate]]) -> bool:
    """Whether the readings hold a town and a division (or country) of one country, spelled exactly."""
    towns = {c.country_code for _b, c in prior if c.exact and namesake_level_of(c) == "town"}
    return any(c.exact and namesake_level_of(c) == "division" and c.country_code in towns for _b, c in prior)


def namesake_level_of(c: Candidate) -> Optional[str]:
    """A reading as one of the two namesakes `namesake_level` tells apart: a division (first-level, or a
    country), a town, or neither."""
    fc = c.feature_code
    if fc in ADMIN1_CODES or fc.startswith("PCL"):
        return "division"
    if fc.startswith("PPL"):
        return "town"
    return None
