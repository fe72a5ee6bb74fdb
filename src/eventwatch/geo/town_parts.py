"""Named parts of towns — neighbourhoods, districts, quarters, suburbs and camps — read from town_parts.yaml.

Conflict reports and news name them constantly ("shelling hit Jobar", "a car bomb in Karrada", "clashes in
Sheikh Maqsoud"), yet GeoNames' cities500 table holds few of them: without this list such a name is missed,
or lands on a namesake village in another country. The list gives no coordinates of its own. A part takes
its parent town's point and is precise to "part of a town" (UCDP 2), keeps its own name, and takes its
first-level division and country from the parent, which must be a town of the bundled table: a parent
that the table lacks is an error naming the entry, so a typo cannot silently place a district nowhere.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional, Sequence

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.natural_features import readable_name
from eventwatch.geo.normalise import normalise
from eventwatch.geo.yaml_files import checked_entry, parse_yaml
from eventwatch.model import WHERE_PREC_NEAR, Place, Toponym

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


# Kinds that only a town has ("the Tierra Blanca neighbourhood of Culiacán"): the name before them is a part
# of the town whatever the gazetteer makes of it (a namesake village elsewhere is a misreading).
_TOWN_ONLY_KINDS = r"neighbou?rhoods?|quarters?|suburbs?|sectors?"
# Kinds that a town and a province both have ("the Crater district of Aden", "the Andarab district of
# Baghlan", "the Karari locality of Omdurman", "the Ngaliema commune of Kinshasa", "the Hlaing Tharyar
# township of Yangon"): what the name before them is depends on what it lies in.
_SHARED_KINDS = r"districts?|areas?|localit(?:y|ies)|communes?|townships?"
_PART_BEFORE_OF = re.compile(rf"\s+({_TOWN_ONLY_KINDS}|{_SHARED_KINDS})\s+of\s+(?:the\s+)?")
_KIND_AFTER_PART = re.compile(rf"\s+({_TOWN_ONLY_KINDS}|{_SHARED_KINDS})\b")
_POSSESSIVE = re.compile(r"['’]s\s+")
# How far a named ground may lie from a town's point and still be a part of the town, not a district of
# the province around it: a city's districts lie within a few km of its centre ("Hodan", "Sheikh Othman"),
# a province's districts tens of km from its capital ("Khanabad" is 23 km from Kunduz).
TOWN_PART_KM = 12.0


def _sentence_gap(a: Toponym, b: Toponym) -> Optional[str]:
    """The words between toponyms a and b (a before b), read from b's (or a's) sentence."""
    for t in (b, a):
        p = t.place or t.fallback
        ev = p.evidence if p is not None else None
        if ev is not None and ev.sentence and ev.sentence_start <= a.end \
                and b.start <= ev.sentence_start + len(ev.sentence):
            return ev.sentence[a.end - ev.sentence_start : b.start - ev.sentence_start]
    return None


def _sentence_after(t: Toponym, chars: int = 20) -> str:
    p = t.place or t.fallback
    ev = p.evidence if p is not None else None
    if ev is None or not ev.sentence:
        return ""
    at = t.end - ev.sentence_start
    return ev.sentence[at : at + chars] if at >= 0 else ""


def _populated(place: Optional[Place]) -> bool:
    """A town (GeoNames PPL*, not itself a section of a town) at town precision."""
    return place is not None and (place.feature_code or "").startswith("PPL") \
        and place.feature_code != TOWN_PART_CODE and place.precision <= WHERE_PREC_NEAR and place.lat is not None


def _lies_in_town(part: Place, town: Place) -> Optional[bool]:
    """Whether a resolved name written as a district or area of a town is a part of it (True), a district of
    the province around it (False), or a misreading (None: a namesake in another division or country)."""
    from eventwatch.geo.distances import haversine_km
    from eventwatch.geo.district_seats import has_own_seat

    if part.feature_code == TOWN_PART_CODE:
        return True
    if has_own_seat(part) and part.country_code == town.country_code and part.admin1 == town.admin1:
        return False  # a district with a town of its own at its seat: the province's, however near its capital
    if part.lat is not None and haversine_km(part.lat, part.lon, town.lat, town.lon) <= TOWN_PART_KM:
        return True
    if part.country_code == town.country_code and part.admin1 and part.admin1 == town.admin1:
        return False
    return None


def town_part_pairs(toponyms: Sequence[Toponym]) -> list[tuple[int, int, bool]]:
    """(part, holder, is_part) for each pair of toponyms that the text joins as a named ground and the town
    or province holding it: "the X district|area|quarter|neighbourhood of Y" or "Y's X district".

    Decided by what Y is: only a town (a populated place) has named parts. is_part is True when X is a part
    of the town Y (the event is at Y, precision 2, X kept as the raw name); False when X is a division of
    the province Y or its capital stands for ("the Khanabad district of Kunduz"): X is the place, and Y
    only says where X lies. Pairs whose Y is itself a division are left out: nothing is read from them.
    """
    out: list[tuple[int, int, bool]] = []
    for k in range(len(toponyms) - 1):
        a, b = toponyms[k], toponyms[k + 1]
        if not (a.locational and b.locational):
            continue
        gap = _sentence_gap(a, b)
        if gap is None:
            continue
        m = _PART_BEFORE_OF.fullmatch(gap)
        if m is not None:
            part, holder, kind = k, k + 1, m.group(1)
        elif _POSSESSIVE.fullmatch(gap) and (m := _KIND_AFTER_PART.match(_sentence_after(b))) is not None:
            part, holder, kind = k + 1, k, m.group(1)
        else:
            continue
        town = toponyms[holder].place
        if not _populated(town):
            continue
        named = toponyms[part].place
        if named is None or re.fullmatch(_TOWN_ONLY_KINDS, kind):
            out.append((part, holder, True))
            continue
        inside = _lies_in_town(named, town)
        out.append((part, holder, inside is not False))
    return out


def part_of_town_place(part: Toponym, town: Place) -> Place:
    """The event's place for a named part of a town: the town's point, near it (UCDP 2), the part's name as
    its raw name (the part is known, its point is not)."""
    return dataclasses.replace(town, precision=max(town.precision, WHERE_PREC_NEAR), raw=part.text,
                               alternatives=[])


def misread_parts(toponyms: Sequence[Toponym]) -> list[tuple[int, int]]:
    """(part, town) for each named part of a town whose own reading is a namesake in another division or
    country ("Beirut's Hamra district" read as a Hamra in Oman): the text says the part lies in the town, so the
    gazetteer holds the part under no reading of its own, and it stands in at the town (`part_of_town_place`).
    A town of the same country written as the part is left alone: the text may name the two the other way
    round ("the Dayton suburb of Kettering" puts Kettering in Dayton's orbit)."""
    out = []
    for part, holder, is_part in town_part_pairs(toponyms):
        named, town = toponyms[part].place, toponyms[holder].place
        if not is_part or named is None or town is None or _lies_in_town(named, town) is not None:
            continue
        if _populated(named) and named.country_code == town.country_code:
            continue
        out.append((part, holder))
    return out

