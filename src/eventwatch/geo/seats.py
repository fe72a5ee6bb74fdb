"""Where organisations sit: international bodies' seats (seats.yaml) and countries' capitals, as places.

Reports name a body where its building is meant ("talks at the OAS", "Norway's mission to the United
Nations", "summoned to the Iranian Foreign Ministry"). No gazetteer row holds a body, and the words of
its name are no place ("Organization of American States" is not in America at large), so such mentions were
missed or landed on the place inside the name. This module holds the list of bodies and their seat towns,
and makes a body's candidate from its seat: the seat town's point, country and divisions under the body's
own name, filed as an international building (landmarks' "international" kind) so that schemes counting
place names only treat it as the building it is.

The seat is written as a town's name and country, not as coordinates: every seat must resolve in the bundled
gazetteer (`unresolved_seats`; a test checks), so the list cannot drift from the places it points at.
Precision: the town's own (1 for a town). The body's building is inside that town, which is as fine as
UCDP precision 1 reads ("the town where it happened"); landmarks use 2 because some lie beside their town.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from eventwatch.geo.derive import DATA_DIR, read_tsv
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.landmarks import KIND_FEATURE_CODES
from eventwatch.geo.normalise import normalise
from eventwatch.geo.store import NAME_CURATED
from eventwatch.geo.yaml_files import checked_entry, name_list, parse_yaml, word_list

SEATS_FILE = DATA_DIR / "seats.yaml"
COUNTRIES_FILE = DATA_DIR / "countries.tsv"
# A body's candidate is filed as an international building, as the landmarks' international seats are.
SEAT_FEATURE = KIND_FEATURE_CODES["international"]
_KEYS = frozenset({"name", "names", "acronyms", "seat"})
_WORD_LISTS = ("mission_heads", "ministry_heads", "place_cues", "building_cues", "movement_to", "posted_to",
               "building_after", "members_at")


@dataclass(frozen=True)
class Organisation:
    name: str
    names: tuple[str, ...]  # other full names, matched with their listed capitals
    acronyms: tuple[str, ...]  # short forms, matched only exactly as written
    seat_name: str  # the seat town, as the gazetteer names it
    seat_country: str  # ISO code

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.names)


@dataclass(frozen=True)
class SeatWords:
    """The file's word lists (see seats.yaml): heads of offices, and the cues that make a body's name a place."""
    mission_heads: tuple[str, ...]
    ministry_heads: tuple[str, ...]
    place_cues: frozenset[str]
    building_cues: frozenset[str]
    movement_to: frozenset[str]
    posted_to: frozenset[str]
    building_after: frozenset[str]
    members_at: frozenset[str]


@dataclass(frozen=True)
class Seats:
    organisations: tuple[Organisation, ...]
    words: SeatWords


def _seat(entry: dict, where: str) -> tuple[str, str]:
    seat = entry.get("seat")
    if not (isinstance(seat, dict) and set(seat) == {"name", "country"} and isinstance(seat["name"], str)
            and seat["name"].strip() and isinstance(seat["country"], str) and len(seat["country"]) == 2
            and seat["country"].isupper()):
        raise ValueError(f"{where}: seat must be {{name: TOWN, country: ISO}}, got {seat!r}")
    return seat["name"].strip(), seat["country"]


def parse_seats(raw: object, source: str = "seats.yaml") -> Seats:
    """Validate the file: every body a capitalised name, acronyms in capitals, a seat; word lists of words."""
    if not isinstance(raw, dict) or not isinstance(raw.get("organisations"), list):
        raise ValueError(f"{source}: expected a mapping with an 'organisations' list")
    out: list[Organisation] = []
    seen: dict[str, str] = {}
    for k, e in enumerate(raw["organisations"]):
        where = f"{source}: entry {k + 1} ({e.get('name') if isinstance(e, dict) else e!r})"
        name, names = checked_entry(e, _KEYS, where)
        acronyms = name_list(e, "acronyms", where)
        seat_name, seat_country = _seat(e, where)
        for n in (name, *names):
            if not n[:1].isupper():
                raise ValueError(f"{where}: name {n!r} must start with a capital, as the text writes it")
        for a in acronyms:
            if " " in a or sum(ch.isupper() for ch in a) < 2:
                raise ValueError(f"{where}: acronym {a!r} must be one word with at least two capitals")
        for n in (name, *names, *acronyms):
            key = n if n in acronyms else normalise(n)
            if key in seen and seen[key] != name:
                raise ValueError(f"{where}: {n!r} is already a name of {seen[key]!r}")
            seen[key] = name
        out.append(Organisation(name, tuple(dict.fromkeys(n for n in names if n != name)), acronyms, seat_name,
                                seat_country))
    lists = {}
    for key in _WORD_LISTS[:2]:
        words = raw.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w[:1].isupper() for w in words):
            raise ValueError(f"{source}: {key} must be a non-empty list written as in a name, with capitals")
        lists[key] = words
    for key in _WORD_LISTS[2:]:
        lists[key] = word_list(raw.get(key), key, source, single=True)
    words = SeatWords(tuple(lists["mission_heads"]), tuple(lists["ministry_heads"]),
                      *(frozenset(lists[k]) for k in _WORD_LISTS[2:]))
    return Seats(tuple(out), words)


@lru_cache(maxsize=4)
def load_seats(path: str = str(SEATS_FILE)) -> Seats:
    return parse_seats(parse_yaml(Path(path).read_text(encoding="utf-8")) or {}, Path(path).name)


@lru_cache(maxsize=2)
def capital_names(path: str = str(COUNTRIES_FILE)) -> dict[str, str]:
    """Each country's capital by ISO code, as countries.tsv names it."""
    return {row[0]: row[3] for row in read_tsv(Path(path)) if len(row) > 3 and row[3]}


@lru_cache(maxsize=2)
def country_points(path: str = str(COUNTRIES_FILE)) -> dict[str, tuple[Optional[int], float, float]]:
    """Each country's GeoNames id and point by ISO code, as countries.tsv gives them: where a place stands in
    at a whole country, a map still needs somewhere to put it."""
    out: dict[str, tuple[Optional[int], float, float]] = {}
    for row in read_tsv(Path(path)):
        if len(row) > 10 and row[9] and row[10]:
            out[row[0]] = (int(row[4]) if row[4].isdigit() else None, float(row[9]), float(row[10]))
    return out


def seat_town(gaz: Gazetteer, name: str, country: str) -> Optional[Candidate]:
    """The populated place of that name in that country a reader means: a capital first, then the largest."""
    towns = [c for c in gaz.lookup(name, limit=50) if c.exact and c.country_code == country
             and c.feature_code.startswith("PPL") and c.lat is not None]
    if not towns:
        return None
    return max(towns, key=lambda c: (c.feature_code == "PPLC", c.population))


def capital_of(gaz: Gazetteer, country: str) -> Optional[Candidate]:
    """The country's capital town, or None where countries.tsv names none the gazetteer holds."""
    name = capital_names().get(country)
    return seat_town(gaz, name, country) if name else None


def seat_candidate(town: Candidate, name: str) -> Candidate:
    """A body or an office under its own name at its seat town's point, country and divisions."""
    # The town's population stays: between namesake towns given after a name ("in Washington") the reader's
    # prior for towns chooses the body's one too.
    return dataclasses.replace(town, name=name, feature_code=SEAT_FEATURE, source="curated", geonames_id=None,
                               kind=NAME_CURATED, matched=name, match_norm=normalise(name),
                               similarity=100.0, approximate=False)


def unresolved_seats(gaz: Gazetteer, seats: Optional[Seats] = None) -> list[str]:
    """The bodies whose seat the gazetteer cannot place (an error in the file, or a store without its towns)."""
    seats = seats or load_seats()
    return [f"{o.name}: {o.seat_name} ({o.seat_country})" for o in seats.organisations
            if seat_town(gaz, o.seat_name, o.seat_country) is None]
