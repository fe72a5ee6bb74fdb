"""Named parts of towns — neighbourhoods, districts, quarters, suburbs and camps — read from town_parts.yaml.

Conflict reports and news name them constantly ("shelling hit Jobar", "a car bomb in Karrada", "clashes in
Sheikh Maqsoud"), yet GeoNames' cities500 table holds few of them: without this list such a name is missed,
or lands on a namesake village in another country. The list gives no coordinates of its own. A part takes
its parent town's point and is precise to "part of a town" (UCDP 2), keeps its own name, and takes its
first-level division and country from the parent, which must be a town of the bundled table: a parent
that the table lacks is an error naming the entry, so a typo cannot silently place a district nowhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.natural_features import readable_name
from eventwatch.geo.normalise import normalise
from eventwatch.geo.yaml_files import checked_entry, parse_yaml

TOWN_PARTS_FILE = DATA_DIR / "town_parts.yaml"
# GeoNames' feature code for a section of a populated place: ranks and reads like a town, but is no town.
TOWN_PART_CODE = "PPLX"
KINDS = frozenset({"neighbourhood", "district", "camp", "suburb"})
_TOWN_KEYS = frozenset({"town", "country", "geonames", "parts"})
_PART_KEYS = frozenset({"name", "names", "kind"})


@dataclass(frozen=True)
class TownPart:
    name: str
    names: tuple[str, ...]  # other names, spellings and scripts
    kind: str  # one of KINDS
    town: str  # the parent town's name, as the list writes it
    country: str  # ISO 3166 alpha-2 code of the parent town
    town_id: Optional[int] = None  # the parent town's GeoNames id, where the list gives it

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.names)


@dataclass(frozen=True)
class ParentTown:
    """What a part borrows from its town: the point, the division and the country."""

    geonames_id: int
    name: str
    lat: float
    lon: float
    country: str
    admin1_code: Optional[str]
    alternate_names: tuple[str, ...] = ()


def _part(entry: object, town: str, country: str, town_id: Optional[int], where: str) -> TownPart:
    name, names = checked_entry(entry, _PART_KEYS, f"{where}: {town}")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise ValueError(f"{where}: {name}: kind {kind!r} is not one of {sorted(KINDS)}")
    every = (name, *names)
    for n in every:
        if not readable_name(n):
            raise ValueError(f"{where}: {name}: {n!r} cannot be recognised (capitalise every word but connectors)")
    folded = [normalise(n) for n in every]
    if len(set(folded)) != len(folded):
        raise ValueError(f"{where}: {name}: names repeat one another: {every}")
    if normalise(town) in folded:
        raise ValueError(f"{where}: {name}: a part cannot bear its town's own name ({town})")
    return TownPart(every[0], every[1:], kind, town, country, town_id)


def parse_town_parts(raw: object, where: str = TOWN_PARTS_FILE.name) -> tuple[TownPart, ...]:
    """Validate the parsed file: towns, each with its country, optional GeoNames id and list of parts."""
    towns = raw.get("towns") if isinstance(raw, dict) else None
    if not isinstance(towns, list) or not towns:
        raise ValueError(f"{where}: expected a non-empty list under 'towns'")
    parts: list[TownPart] = []
    for t in towns:
        if not isinstance(t, dict):
            raise ValueError(f"{where}: every town is a mapping: {t!r}")
        unknown = set(t) - _TOWN_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown fields {sorted(unknown)}: {t.get('town')!r}")
        town, country, gid = t.get("town"), t.get("country"), t.get("geonames")
        if not isinstance(town, str) or not town.strip():
            raise ValueError(f"{where}: a town needs a name: {t!r}")
        if not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
            raise ValueError(f"{where}: {town}: country must be an ISO 3166 alpha-2 code: {country!r}")
        if gid is not None and not (isinstance(gid, int) and not isinstance(gid, bool) and gid > 0):
            raise ValueError(f"{where}: {town}: geonames must be a positive integer id: {gid!r}")
        entries = t.get("parts")
        if not isinstance(entries, list) or not entries:
            raise ValueError(f"{where}: {town}: expected a non-empty list of parts")
        parts += [_part(e, town.strip(), country, gid, where) for e in entries]
    seen: dict[tuple[str, str, str], str] = {}
    for p in parts:
        for n in p.all_names:  # one town may not list a name twice; towns apart may share one (Ashrafieh)
            key = (p.town, p.country, normalise(n))
            if key in seen and seen[key] != p.name:
                raise ValueError(f"{where}: {n!r} names both {seen[key]} and {p.name} in {p.town}")
            seen[key] = p.name
    return tuple(parts)


@lru_cache(maxsize=4)
def load_town_parts(path: str = str(TOWN_PARTS_FILE)) -> tuple[TownPart, ...]:
    """Every part of the list, validated (parents are checked against the towns by `parent_of`)."""
    return parse_town_parts(parse_yaml(Path(path).read_text(encoding="utf-8")) or {}, Path(path).name)


def parent_of(part: TownPart, towns: Mapping[int, ParentTown],
              by_name: Mapping[tuple[str, str], list[ParentTown]], where: str = TOWN_PARTS_FILE.name) -> ParentTown:
    """The town a part lies in: by GeoNames id where given (and its name and country must agree), else the
    most populous town of that name in that country (`by_name` lists them most populous first)."""
    if part.town_id is not None:
        town = towns.get(part.town_id)
        if town is None:
            raise ValueError(f"{where}: {part.name}: parent town {part.town} ({part.country}, geonames "
                             f"{part.town_id}) is not in the gazetteer's towns")
        if town.country != part.country or normalise(part.town) not in {
            normalise(n) for n in (town.name, *town.alternate_names)
        }:
            raise ValueError(f"{where}: {part.name}: geonames {part.town_id} is {town.name} ({town.country}), "
                             f"not {part.town} ({part.country})")
        return town
    found = by_name.get((normalise(part.town), part.country))
    if not found:
        raise ValueError(f"{where}: {part.name}: parent town {part.town} ({part.country}) is not in the "
                         f"gazetteer's towns")
    return found[0]
