"""What a mention's own words and spelling add to a reading's context-free prior.

These terms depend on the mention alone (its cue, the other readings of its name, how its title words are
written), never on the document's other names, so the resolver adds them once, before any round of context.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.derive import core_name
from eventwatch.geo.gazetteer import PRIOR, Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.report_titles import TITLE_CUE
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
# A country over its capital or a town of its name, in an agency report's title (geo/report_titles.py).
TITLE_COUNTRY = 6.0
# A line's reading after "along" ("the dykes along the Elbe") over a village of the name.
ALONG_LINE = 6.0
_LINES = frozenset({"STM", "STMS", "CNL", "COAST", "MTS", "VAL", "RDGE"})


# A division abolished or merged (GeoNames' ADM1H, ADM2H: Kenya's provinces, France's former regions) is
# what "X province" or "X county" still means in reporting, as much as a current one.
ADMIN1_CODES = frozenset({"ADM1", "ADM1H"})
ADMIN2_CODES = frozenset({"ADM2", "ADM2H"})


# Land features, of the curated list, that reports measure distances from as they do from towns.
_MEASURED_LANDS = frozenset({"ISL", "ISLS", "PEN"})


def _cue_bonus(s: NameSpan, c: Candidate) -> float:
    fc = c.feature_code
    if s.vague == "admin1":
        return 6.0 if fc in ADMIN1_CODES else 0.0
    if s.vague == "admin2":
        return 6.0 if fc in ADMIN2_CODES else 0.0
    if s.vague in {"near", "offset", "offshore"} and fc in _MEASURED_LANDS and c.source == "curated":
        # "220 km west of Luzon", "off Crete": distances and bearings are given from a large island or peninsula
        # as from a town, so the cue does not hand the name to a village that shares the island's name.
        return 3.0
    if s.vague in {"city", "near", "offset"}:
        return 3.0 if fc.startswith("PPL") else 0.0
    if s.cue == TITLE_CUE:
        return TITLE_COUNTRY if fc.startswith("PCL") else 0.0  # "DJIBOUTI: Flash Update": the report's country
    if s.cue == "dateline":
        return DATELINE_TOWN if fc.startswith("PPL") else 0.0  # "WASHINGTON —": reports are filed from towns
    if s.cue == "along" and fc in _LINES:
        return ALONG_LINE  # "along the Elbe": one goes along a river, a coast or a range, not a village
    if s.direction and fc.startswith(("PCL", "ADM1")):
        return 1.0
    return 0.0


# Title words written short in place names: "St. Petersburg" is Saint Petersburg's own name written as
# newspapers write it, not a foreign or former name of the city.
_SHORT_TITLES = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
# Letters every short title holds ("ste" holds "st"): a spelling without any of them has none of the titles.
_SHORT_TITLE_CORES = ("st", "mt", "ft", "pt")


def _title_words(name: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", name.lower())


def _short_written_main(c: Candidate) -> float:
    """Give back the alternate-name doubt to a reading matched by its own name with a title written short
    ("St. Petersburg" for Saint Petersburg, "Mt. Hermon" for Mount Hermon): the prior ranks a place's own
    name over another place's alternate one, and the short form is its own name. Without this, a US
    namesake whose GeoNames name is written "St. Petersburg" beats the world city in any American context."""
    if c.kind != NAME_ALT or not c.matched:
        return 0.0
    lowered = c.matched.lower()
    if not any(short in lowered for short in _SHORT_TITLE_CORES):
        return 0.0  # no short title can be a word of it: most alternate names, without the regex
    written = _title_words(c.matched)
    if not any(w in _SHORT_TITLES for w in written):
        return 0.0
    if [_SHORT_TITLES.get(w, w) for w in written] != [_SHORT_TITLES.get(w, w) for w in _title_words(c.name)]:
        return 0.0
    return PRIOR["main_name"] - PRIOR["alternate_name"]


# "the Northern Region of Ghana": the country a division is said to belong to, written after it.
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
# Divisions a name with its division word may be read as.
_DIVISION_CODES = ADMIN1_CODES | ADMIN2_CODES


def stated_division_readings(gaz: Gazetteer, text: str, spans: list[NameSpan], idx: int) -> Optional[list[Candidate]]:
    """The readings a division's name has by the words the text gives it, where its recognised readings miss
    them; None where they do not.

    Three ways a division's readings miss what the text says. A compound name read without its first word
    ("the Upper East Region" matched as "East Region"): the whole name, where a division carries it, is what
    is meant, not a shorter namesake elsewhere. A division said to be a country's ("the Northern Region of
    Ghana") while none of its readings lies there: the container stated after "of" decides, and that
    country's division of the name is read (its readings elsewhere would put the report in another country).
    And a name with its division word where other countries hold the division without it ("Central Region":
    `_bare_namesakes`): those readings are added, for the document's places to choose among.
    """
    s = spans[idx]
    if not s.candidates or not any(c.feature_code in _DIVISION_CODES for c in s.candidates):
        return None
    surface = core_name(text[s.start : s.end])
    if surface and len(surface.split()) > len(core_name(s.norm).split()):
        whole = [c for c in gaz.lookup(surface, limit=20)
                 if c.exact and c.feature_code in _DIVISION_CODES and core_name(c.matched or c.name) == surface]
        if whole:
            return whole
    if s.container is None or not surface:
        return _bare_namesakes(gaz, s, surface)
    container = spans[s.container]
    if container.start < s.end or not _OF_COUNTRY.fullmatch(text[s.end : container.start]):
        return _bare_namesakes(gaz, s, surface)
    countries = {c.country_code for c in container.candidates if c.feature_code.startswith("PCL") and c.exact}
    if len(countries) != 1 or any(c.country_code in countries for c in s.candidates):
        return None
    country = next(iter(countries))
    found = [c for c in gaz.lookup(surface, country=country, limit=20)
             if c.exact and c.feature_code in _DIVISION_CODES]
    return found or None


def _bare_namesakes(gaz: Gazetteer, s: NameSpan, surface: str) -> Optional[list[Candidate]]:
    """The span's readings with the divisions of other countries that the gazetteer holds without the division
    word ("Central Region" matched whole as Uganda's and Malawi's, where Ghana's is held as "Central"): which
    country's division is meant is the document's places' to say, not the spelling's. None where no such
    division adds a country."""
    if not surface or core_name(s.norm) != surface or len(s.norm.split()) <= len(surface.split()):
        return None
    held = {c.country_code for c in s.candidates if c.exact and c.feature_code in _DIVISION_CODES}
    if not held:
        return None
    more = [c for c in gaz.lookup(surface, limit=20) if c.exact and c.feature_code in ADMIN1_CODES
            and c.country_code not in held and core_name(c.matched or c.name) == surface]
    return s.candidates + more if more else None

