"""What a mention's own words and spelling add to a reading's context-free prior.

These terms depend on the mention alone (its cue, the other readings of its name, how its title words are
written), never on the document's other names, so the resolver adds them once, before any round of context.
"""
from __future__ import annotations

import re

from eventwatch.geo.gazetteer import PRIOR, Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.store import NAME_ALT


def _namesake_towns(candidates: list[Candidate]) -> set[str]:
    """Divisions that hold a town of the same name: there the town is meant more often than the division."""
    return {c.admin1_code for c in candidates if c.admin1_code and c.feature_code.startswith("PPL")}


def _division_bonus(c: Candidate, namesakes: set[str]) -> float:
    """Undo the prior's doubt about a division when no town of its name lies inside it.

    The prior marks a first-level division down because "Aleppo" and "Idlib" mean the city more often
    than the province; but "Maine" or "California" named in a report are the states, not a small
    namesake town elsewhere.
    """
    if c.feature_code == "ADM1" and c.admin1_code not in namesakes:
        return DIVISION_WITHOUT_TOWN
    return 0.0


DIVISION_WITHOUT_TOWN = 1.5

# A dateline's town over a division or country of the same name.
DATELINE_TOWN = 1.5


# A division abolished or merged (GeoNames' ADM1H, ADM2H: Kenya's provinces, France's former regions) is
# what "X province" or "X county" still means in reporting, as much as a current one.
ADMIN1_CODES = frozenset({"ADM1", "ADM1H"})
ADMIN2_CODES = frozenset({"ADM2", "ADM2H"})


def _cue_bonus(s: NameSpan, c: Candidate) -> float:
    fc = c.feature_code
    if s.vague == "admin1":
        return 6.0 if fc in ADMIN1_CODES else 0.0
    if s.vague == "admin2":
        return 6.0 if fc in ADMIN2_CODES else 0.0
    if s.vague in {"city", "near", "offset"}:
        return 3.0 if fc.startswith("PPL") else 0.0
    if s.cue == "dateline":
        return DATELINE_TOWN if fc.startswith("PPL") else 0.0  # "WASHINGTON —": reports are filed from towns
    if s.direction and fc.startswith(("PCL", "ADM1")):
        return 1.0
    return 0.0


# Title words written short in place names: "St. Petersburg" is Saint Petersburg's own name written as
# newspapers write it, not a foreign or former name of the city.
_SHORT_TITLES = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


def _title_words(name: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", name.lower())


def _short_written_main(c: Candidate) -> float:
    """Give back the alternate-name doubt to a reading matched by its own name with a title written short
    ("St. Petersburg" for Saint Petersburg, "Mt. Hermon" for Mount Hermon): the prior ranks a place's own
    name over another place's alternate one, and the short form is its own name. Without this, a US
    namesake whose GeoNames name is written "St. Petersburg" beats the world city in any American context."""
    if c.kind != NAME_ALT or not c.matched:
        return 0.0
    written = _title_words(c.matched)
    if not any(w in _SHORT_TITLES for w in written):
        return 0.0
    if [_SHORT_TITLES.get(w, w) for w in written] != [_SHORT_TITLES.get(w, w) for w in _title_words(c.name)]:
        return 0.0
    return PRIOR["main_name"] - PRIOR["alternate_name"]
