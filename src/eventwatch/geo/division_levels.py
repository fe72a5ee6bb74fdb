"""The level of a division a word names ("the department of X"), read from the country the name lies in.

A division word is not one level everywhere: a department is a first-level division in Colombia, Peru or
Haiti and a second-level one in France or Niger; a province is first-level in Afghanistan, second-level in
Peru or the Philippines. A fixed level put "the department of Antioquia" or "the department of Cusco" at the
precision of a district. The level is therefore read from the name's readings: the level the word holds in
each reading's country (cues.yaml `division_levels`), kept where the gazetteer holds a division of that
name at that level there, else the level in the country of the name's likeliest reading.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional, Sequence

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.gazetteer import Candidate, prior_score
from eventwatch.geo.yaml_files import parsed_file

LEVELS = ("admin1", "admin2")
LEVEL_CODES = {"admin1": ("ADM1", "ADM1H"), "admin2": ("ADM2", "ADM2H")}  # GeoNames codes of each level


@dataclass(frozen=True)
class WordLevels:
    """One division word's level: its usual one and the countries where it names another."""

    default: str
    by_country: Mapping[str, str]
    listed_only: bool = False  # the word names a division only in the countries listed ("department")

    def level_in(self, country: Optional[str]) -> str:
        return self.by_country.get(country or "", self.default)

    def used_in(self, country: Optional[str]) -> bool:
        """Whether the country calls a division so: where a word is listed only for some countries, a
        namesake division elsewhere is no "department" (a Mexican municipio, a Congolese territory)."""
        return not self.listed_only or (country or "") in self.by_country


def parse_division_levels(raw: object, where: str = "cues.yaml") -> dict[str, WordLevels]:
    """Check and build the `division_levels` table: word → default level and lists of countries per level."""
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: division_levels must map division words to their levels")
    out: dict[str, WordLevels] = {}
    for word, entry in raw.items():
        if not isinstance(word, str) or word != word.lower() or not isinstance(entry, dict):
            raise ValueError(f"{where}: division_levels: {word!r} must be a lower-case word mapping to levels")
        default = entry.get("default")
        if default not in LEVELS:
            raise ValueError(f"{where}: division_levels.{word}.default must be one of {LEVELS}")
        unknown = set(entry) - {"default", "listed_only", *LEVELS}
        if unknown:
            raise ValueError(f"{where}: division_levels.{word}: unknown keys {sorted(unknown)}")
        by_country: dict[str, str] = {}
        for level in LEVELS:
            codes = entry.get(level, [])
            if not isinstance(codes, list) or not all(
                    isinstance(c, str) and len(c) == 2 and c.isupper() for c in codes):
                raise ValueError(f"{where}: division_levels.{word}.{level} must list two-letter country codes")
            for c in codes:
                if c in by_country:
                    raise ValueError(f"{where}: division_levels.{word}: {c} is listed at two levels")
                by_country[c] = level
        listed_only = entry.get("listed_only", False)
        if not isinstance(listed_only, bool):
            raise ValueError(f"{where}: division_levels.{word}.listed_only must be true or false")
        out[word] = WordLevels(default, by_country, listed_only)
    return out


@lru_cache(maxsize=2)
def load_division_levels(data_dir: str = str(DATA_DIR)) -> dict[str, WordLevels]:
    raw = parsed_file(Path(data_dir) / "cues.yaml") or {}
    return parse_division_levels(raw.get("division_levels", {}))


def fitting_divisions(word: WordLevels, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The exact readings that are a division at the level the word names in their own country."""
    return [c for c in candidates if c.exact and word.used_in(c.country_code)
            and c.feature_code in LEVEL_CODES[word.level_in(c.country_code)]]


def division_level(word: WordLevels, candidates: Sequence[Candidate]) -> str:
    """The level "the <word> of <name>" names, from the name's readings.

    A division of that name at the word's level in its own country decides ("the department of Antioquia":
    Colombia's first level); else the country of the likeliest exact reading does ("the department of
    Ouallam", a town in Niger: Niger's departments are second-level); with no exact reading, the usual level.
    """
    fitting = fitting_divisions(word, candidates)
    if fitting:
        best = max(fitting, key=prior_score)
        return word.level_in(best.country_code)
    exact = [c for c in candidates if c.exact]
    if not exact:
        return word.default
    return word.level_in(max(exact, key=prior_score).country_code)
