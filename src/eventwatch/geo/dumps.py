"""Build a gazetteer store from a full GeoNames dump (allCountries.txt or XX.txt, alternateNamesV2.txt).

For users who have the dump: every populated place and division, and the named seas, rivers, mountains and
regions (or the feature classes asked for), with GeoNames' own ids, coordinates, feature codes and alternate
names, written into the same store as the default. The bundled data is merged in, so a dump-built store
knows at least what the default one knows: countries, continents, divisions, the curated aliases and
demonyms, the bundled natural features, the curated parts of towns and landmarks whose parent town the store
holds, and the towns of the countries the dump leaves out, when asked. Where the dump and the bundled data
hold the same place, the dump's row (its id, its coordinates) is kept and takes the bundled names.
"""
from __future__ import annotations

import io
import logging
import math
import sqlite3
import tempfile
import zipfile
from array import array
from bisect import bisect_left
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence, TextIO

from eventwatch.geo.landmarks import LANDMARK_FEATURES, Landmark, landmark_records, load_landmarks, parent_index
from eventwatch.geo.normalise import normalise
from eventwatch.geo.sources import part_record as sources_part_record
from eventwatch.geo.sources import (
    INTERNATIONAL_FEATURES,
    NEAR_FEATURES,
    REGIONAL_FEATURES,
    city_records,
    derived_names,
    division_derived_names,
    division_records,
    feature_precision,
    geonames_aliases,
    inhabitant_town_names,
    keep_alternate,
)
from eventwatch.geo.store import (
    NAME_ALT,
    NAME_CURATED,
    NAME_DEMONYM,
    NAME_DERIVED,
    NAME_MAIN,
    PlaceRecord,
    write_store,
)
from eventwatch.geo.town_parts import TOWN_PART_CODE, TOWN_PARTS_FILE, TownPart, load_town_parts
from eventwatch.model import (
    WHERE_PREC_ADMIN1,
    WHERE_PREC_ADMIN2,
    WHERE_PREC_INTERNATIONAL,
    WHERE_PREC_NEAR,
    WHERE_PREC_REGION,
)

log = logging.getLogger(__name__)

# alternateNamesV2 "languages" that are codes or links, not names.
_PSEUDO_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "fr_1793", "abbr", "unlc", "tcid"})

# Divisions (A) and populated places (P) whole; of water (H), land forms (T) and areas (L) only the kinds a
# report names as places (seas, straits, rivers, lakes, ranges, deserts, islands, regions): those classes
# also hold millions of wells, springs, hills, parks and oil fields whose names are common words or
# repeat a nearby town's. Buildings and spots (S), roads (R), vegetation (V) and undersea features (U)
# only when asked for: their names ("Central Hospital", "Al-Nour Farm") are read as facilities, not places.
DEFAULT_FEATURE_CLASSES = frozenset("APHTL")
LANDMARK_CLASSES = frozenset("HTL")
LANDMARK_CODES = INTERNATIONAL_FEATURES | REGIONAL_FEATURES | NEAR_FEATURES

# GeoNames' feature class of the codes the bundled natural features and curated places use: a bundled
# feature stands for a dump row only of the same class (a river is not the mountain it is named after).
FEATURE_CLASS = {
    **dict.fromkeys(("OCN", "SEA", "GULF", "BAY", "STRT", "CHN", "CNL", "STM", "LK", "LKS", "GLCR", "SWMP",
                     "RF", "SHOL"), "H"),
    **dict.fromkeys(("MTS", "MT", "VLC", "DSRT", "PEN", "ISL", "ISLS", "VAL", "PLN", "PLAT", "DLTA", "CAPE",
                     "HLLS"), "T"),
    **dict.fromkeys(("RGN", "RGNE", "AREA", "ZN", "CONT"), "L"),
}
# How far apart two points of one feature may lie. The bundled point is hand-placed (a river at its mouth,
# as GeoNames places it; a sea or region near its middle), GeoNames' another point of the same feature:
# for open water the two can be half a sea apart, for a river, range, desert or region some hundreds of
# kilometres, for a mountain, volcano or reef (one point) a few tens.
SAME_FEATURE_KM = {WHERE_PREC_INTERNATIONAL: 2500.0, WHERE_PREC_REGION: 1000.0}
SAME_POINT_KM = 100.0
# A curated part or landmark stands at its parent's point; the dump's row of the same place lies where it is:
# within a town (~25 km, UCDP 2), or within the district or province an entry placed at a division names.
SAME_CURATED_KM = {WHERE_PREC_NEAR: 25.0, WHERE_PREC_ADMIN2: 100.0, WHERE_PREC_ADMIN1: 300.0}
# Populated places that are no town a part could belong to: historical, abandoned, destroyed, or a part itself.
_NOT_A_PARENT = frozenset({"PPLH", "PPLQ", "PPLW", TOWN_PART_CODE})
# How many of the skipped entries' names the build's message lists.
_SKIPPED_SHOWN = 5


def _open_text(path: Path) -> TextIO:
    if path.suffix.lower() == ".zip":
        zf = zipfile.ZipFile(path)
        member = next(n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme"))
        return io.TextIOWrapper(zf.open(member), encoding="utf-8")
    return path.open(encoding="utf-8")


def keeps_row(fclass: str, fcode: str, feature_classes: frozenset[str], landmarks_only: bool) -> bool:
    """Whether a dump row of this class and code goes into the store (see DEFAULT_FEATURE_CLASSES)."""
    if fclass not in feature_classes:
        return False
    return not (landmarks_only and fclass in LANDMARK_CLASSES and fcode not in LANDMARK_CODES)


def read_geonames(
    path: str | Path,
    *,
    countries: Optional[set[str]] = None,
    feature_classes: frozenset[str] = DEFAULT_FEATURE_CLASSES,
    min_population: int = 0,
    landmarks_only: bool = True,
) -> Iterator[PlaceRecord]:
    """Rows of a GeoNames main table (19 tab-separated columns) as records.

    `landmarks_only`: of classes H, T and L keep only the named features of LANDMARK_CODES.
    """
    with _open_text(Path(path)) as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                raise ValueError(f"{path}:{n}: expected GeoNames' 19 tab-separated columns, got {len(cols)}")
            gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc = cols[:9]
            a1, a2 = cols[10], cols[11]
            if not keeps_row(fclass, fcode, feature_classes, landmarks_only) or (countries and cc not in countries):
                continue
            population = int(cols[14] or 0)
            if population < min_population and fclass == "P":
                continue
            names = [(name, NAME_MAIN)]
            if ascii_name and ascii_name != name:
                names.append((ascii_name, NAME_MAIN))
            names += [(a, NAME_ALT) for a in alternates.split(",") if a and a != name and keep_alternate(a)]
            short = division_derived_names(name, cc) if fcode.startswith("ADM") else derived_names(name)
            names += [(d, NAME_DERIVED) for d in short]
            yield PlaceRecord(
                name, float(lat), float(lon), cc or None, f"{cc}.{a1}" if a1 else None,
                f"{cc}.{a1}.{a2}" if a1 and a2 else None, fcode or fclass, population, int(gid), names=names,
            )


def alternate_name_rows(path: str | Path) -> Iterator[tuple[int, str]]:
    """(place id, name) of the alternateNamesV2 rows a store keeps (historic names and pseudo-languages
    left out), in the file's order."""
    with _open_text(Path(path)) as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            try:
                gid = int(cols[1])
            except ValueError:
                continue
            if cols[2] in _PSEUDO_LANGUAGES:
                continue
            historic = len(cols) > 7 and cols[7] == "1"
            if historic or not keep_alternate(cols[3]):
                continue
            yield gid, cols[3]


def read_alternate_names(path: str | Path, wanted: set[int]) -> dict[int, list[str]]:
    """alternateNamesV2 rows for the wanted places (historic names and pseudo-languages left out)."""
    out: dict[int, list[str]] = defaultdict(list)
    for gid, name in alternate_name_rows(path):
        if gid in wanted:
            out[gid].append(name)
    return out


class SpilledAlternateNames:
    """alternateNamesV2's kept names in a SQLite file indexed by place id, read back a batch of places at a
    time: the whole file (16 million rows) as Python lists would take gigabytes, and the build reads the
    main table twice (see `build_from_dump`), so the names are parsed once and looked up per batch."""

    _CHUNK = 900  # ids per query: under SQLite's default limit of bound parameters

    def __init__(self, path: str | Path, folder: str | Path):
        self.db = sqlite3.connect(Path(folder) / "alternate_names.sqlite")
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                              "CREATE TABLE alt (gid INTEGER, name TEXT);")
        rows: list[tuple[int, str]] = []
        for row in alternate_name_rows(path):
            rows.append(row)
            if len(rows) >= 50_000:
                self.db.executemany("INSERT INTO alt VALUES (?,?)", rows)
                rows = []
        self.db.executemany("INSERT INTO alt VALUES (?,?)", rows)
        self.db.execute("CREATE INDEX alt_gid ON alt(gid)")
        self.db.commit()

    def of(self, ids: Iterable[int]) -> dict[int, list[str]]:
        """The names of these places, each place's in the file's order."""
        wanted = sorted(set(ids))
        out: dict[int, list[str]] = defaultdict(list)
        for i in range(0, len(wanted), self._CHUNK):
            chunk = wanted[i:i + self._CHUNK]
            for gid, name in self.db.execute(
                    f"SELECT gid, name FROM alt WHERE gid IN ({','.join('?' * len(chunk))}) ORDER BY rowid", chunk):
                out[gid].append(name)
        return out

    def close(self) -> None:
        self.db.close()


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_feature_km(feature_code: str) -> float:
    """The distance within which a bundled feature and a dump row of its class and name are one place."""
    return SAME_FEATURE_KM.get(feature_precision(feature_code), SAME_POINT_KM)


def merge_into(row: PlaceRecord, bundled: PlaceRecord) -> None:
    """Give a dump row what the bundled record of the same place knows that GeoNames does not.

    The dump's id, coordinates and feature code stand; the bundled names it lacks (curated aliases,
    demonyms, adjectives), its precision and the curation mark (which weighs in ranking) are added.
    """
    # A curated alias is kept even where GeoNames lists it as an alternate name: it ranks as curated.
    have = {(normalise(n), kind) for n, kind in row.names}
    main = {normalise(n) for n, kind in row.names if kind == NAME_MAIN}
    for n, kind in bundled.names:
        key = normalise(n)
        if key and key not in main and (key, kind) not in have:
            have.add((key, kind))
            row.names.append((n, kind))
    if bundled.source == "curated":
        row.source = "curated"
        row.precision = bundled.precision if bundled.precision is not None else row.precision
    row.admin1_code = row.admin1_code or bundled.admin1_code


def match_features(bundled: Iterable[PlaceRecord], rows: Iterable[PlaceRecord]) -> dict[int, PlaceRecord]:
    """Bundled curated features (by index) that a dump row stands for: same feature class, a shared name,
    within `same_feature_km`. Of several such rows the one with most names wins (the Euphrates has dozens,
    a namesake wadi one or two), then the nearest; a row stands for one bundled feature at most."""
    by_name: dict[str, list[PlaceRecord]] = defaultdict(list)
    for r in rows:
        if r.feature_code in FEATURE_CLASS and r.lat is not None:
            for key in {normalise(n) for n, kind in r.names if kind in (NAME_MAIN, NAME_ALT)}:
                by_name[key].append(r)
    out: dict[int, PlaceRecord] = {}
    taken: set[int] = set()
    for i, b in enumerate(bundled):
        cls = FEATURE_CLASS.get(b.feature_code)
        if b.source != "curated" or cls is None or b.lat is None:
            continue
        best = _row_standing_for(b, [n for n, kind in b.names if kind != NAME_DEMONYM], by_name, taken,
                                 same_feature_km(b.feature_code), lambda r: FEATURE_CLASS[r.feature_code] == cls)
        if best is not None:
            out[i] = best
    return out


def _row_standing_for(entry: PlaceRecord, names: Iterable[str], by_name: dict[str, list[PlaceRecord]],
                      taken: set[int], limit_km: float, same_kind: Callable[[PlaceRecord], bool]) -> Optional[PlaceRecord]:
    """The dump row that stands for a bundled entry: of its kind, sharing one of `names`, within `limit_km`,
    not already taken by another entry; the one with most names wins, then the nearest. It is marked taken."""
    seen: dict[int, tuple[int, float, PlaceRecord]] = {}
    for key in {normalise(n) for n in names}:
        for r in by_name.get(key, ()):
            if id(r) in seen or id(r) in taken or not same_kind(r):
                continue
            km = great_circle_km(entry.lat, entry.lon, r.lat, r.lon)
            if km <= limit_km:
                seen[id(r)] = (len(r.names), -km, r)
    if not seen:
        return None
    best = max(seen.values(), key=lambda t: t[:2])[2]
    taken.add(id(best))
    return best


def _part_key(part: TownPart) -> int | tuple[str, str]:
    return part.town_id if part.town_id is not None else (normalise(part.town), part.country)


def _landmark_key(lm: Landmark) -> int | tuple[str, str]:
    return lm.parent_id if lm.parent_id is not None else (normalise(lm.parent_name or ""), lm.parent_country or "")


def _curated_kind(feature_code: str) -> Optional[str]:
    """Which curated list a row of this code may stand for: a part of a town is a populated place (GeoNames
    files neighbourhoods as PPLX, absorbed villages as PPL), a landmark a building of a landmark's code."""
    if feature_code.startswith("PPL") and feature_code not in _NOT_A_PARENT - {TOWN_PART_CODE}:
        return "part"
    return "landmark" if feature_code in LANDMARK_FEATURES else None


def town_parents(records: Iterable[PlaceRecord], parts: Iterable[TownPart]) -> dict[int | tuple[str, str], PlaceRecord]:
    """The towns among `records` that parts hang from: by GeoNames id where the list gives one, else by the
    town's name or alternate name in its country, the most populous town of that name winning (as
    town_parts.yaml's loader does with the bundled towns)."""
    parts = tuple(parts)
    ids = {p.town_id for p in parts if p.town_id is not None}
    wanted = {(normalise(p.town), p.country) for p in parts if p.town_id is None}
    countries = {cc for _, cc in wanted}
    out: dict[int | tuple[str, str], PlaceRecord] = {}
    for r in records:
        if not r.feature_code.startswith("PPL") or r.lat is None:
            continue
        if r.geonames_id in ids:
            out[r.geonames_id] = r
        if r.country_code not in countries or r.feature_code in _NOT_A_PARENT:
            continue
        for key in {(normalise(n), r.country_code) for n, kind in r.names if kind in (NAME_MAIN, NAME_ALT)} & wanted:
            best = out.get(key)
            if best is None or r.population > best.population:
                out[key] = r
    return out


def part_record(part: TownPart, town: PlaceRecord) -> PlaceRecord:
    """A part at its town's point, precise to part of a town, with its town's country and division."""
    return sources_part_record(part, town.lat, town.lon, town.country_code, town.admin1_code)


def place_curated(
    records: Sequence[PlaceRecord], parts: Iterable[TownPart], landmarks: Iterable[Landmark]
) -> tuple[list[tuple[PlaceRecord, PlaceRecord]], list[TownPart], list[Landmark]]:
    """(record, parent) of every part and landmark whose parent is among `records`, and those whose is not."""
    parts, landmarks = tuple(parts), tuple(landmarks)
    towns = town_parents(records, parts)
    placed: list[tuple[PlaceRecord, PlaceRecord]] = []
    parts_left = []
    for p in parts:
        town = towns.get(_part_key(p))
        if town is None:
            parts_left.append(p)
        else:
            placed.append((part_record(p, town), town))
    index = parent_index(records, landmarks)
    found = [lm for lm in landmarks if _landmark_key(lm) in index]
    placed += [(rec, index[_landmark_key(lm)]) for lm, rec in zip(found, landmark_records(found, index))]
    return placed, parts_left, [lm for lm in landmarks if _landmark_key(lm) not in index]


def _curated_km(rec: PlaceRecord) -> float:
    return SAME_CURATED_KM.get(rec.precision or WHERE_PREC_NEAR, SAME_CURATED_KM[WHERE_PREC_NEAR])


def _cells_within(lat: float, lon: float, km: float) -> set[tuple[int, int]]:
    """The one-degree cells (floored lat, lon) that a disc of `km` around the point touches."""
    dlat = km / 111.0
    dlon = min(180.0, km / (111.0 * max(math.cos(math.radians(lat)), 0.01)))
    lats = range(math.floor(max(-90.0, lat - dlat)), math.floor(min(90.0, lat + dlat)) + 1)
    lons = range(math.floor(lon - dlon), math.floor(lon + dlon) + 1)
    return {(a, (o + 180) % 360 - 180) for a in lats for o in lons}


def match_curated(placed: Sequence[tuple[PlaceRecord, PlaceRecord]], rows: Iterable[PlaceRecord]) -> dict[int, PlaceRecord]:
    """Curated parts and landmarks (by index) that a dump row stands for: a row of the same kind (see
    `_curated_kind`), other than the parent, sharing a name, within SAME_CURATED_KM of the parent's point.
    Of several, the one with most names wins, then the nearest; a row stands for one entry at most."""
    # Only rows near some parent are read by name: a whole-world dump holds millions of populated places.
    near: set[tuple[int, int]] = set()
    for c, _parent in placed:
        near |= _cells_within(c.lat, c.lon, _curated_km(c))
    by_name: dict[str, list[PlaceRecord]] = defaultdict(list)
    for r in rows:
        if r.lat is not None and (math.floor(r.lat), math.floor(r.lon)) in near \
                and _curated_kind(r.feature_code) is not None:
            for key in {normalise(n) for n, kind in r.names if kind in (NAME_MAIN, NAME_ALT)}:
                by_name[key].append(r)
    out: dict[int, PlaceRecord] = {}
    taken: set[int] = set()
    for i, (c, parent) in enumerate(placed):
        kind = _curated_kind(c.feature_code)
        best = _row_standing_for(c, [n for n, _kind in c.names], by_name, taken, _curated_km(c),
                                 lambda r, parent=parent, kind=kind: r is not parent
                                 and _curated_kind(r.feature_code) == kind)
        if best is not None:
            out[i] = best
    return out


def _late_curated(
    towns: Iterable[PlaceRecord], parts: Sequence[TownPart], landmarks: Sequence[Landmark]
) -> Iterator[PlaceRecord]:
    """The towns, streamed, then the parts and landmarks whose parents are among them; the rest are
    reported as left out (their parent is in no country the store holds towns of)."""
    ids = {p.town_id for p in parts if p.town_id is not None} | {lm.parent_id for lm in landmarks if lm.parent_id}
    countries = {p.country for p in parts if p.town_id is None} | \
        {lm.parent_country for lm in landmarks if lm.parent_id is None}
    kept: list[PlaceRecord] = []
    for r in towns:
        if r.geonames_id in ids or r.country_code in countries:
            kept.append(r)
        yield r
    placed, parts_left, landmarks_left = place_curated(kept, parts, landmarks) if kept else ([], parts, landmarks)
    yield from (rec for rec, _parent in placed)
    skipped = [p.name for p in parts_left] + [lm.name for lm in landmarks_left]
    if skipped:
        shown = ", ".join(skipped[:_SKIPPED_SHOWN]) + (", ..." if len(skipped) > _SKIPPED_SHOWN else "")
        log.warning("%d curated town parts and landmarks left out: their parent place is not in this store "
                    "(%s); build with --world-cities or from a dump of their countries to keep them",
                    len(skipped), shown)


def curated_lists() -> tuple[tuple[TownPart, ...], tuple[Landmark, ...]]:
    """The bundled town_parts.yaml and landmarks.yaml, validated (empty where a file is absent)."""
    from eventwatch.geo.landmarks import LANDMARKS_FILE

    parts = load_town_parts() if TOWN_PARTS_FILE.is_file() else ()
    return parts, (load_landmarks() if LANDMARKS_FILE.is_file() else ())


_BATCH = 5000  # main-table rows given their alternate names at a time


def _dump_rows(geonames: str | Path, alternates: Optional[SpilledAlternateNames],
               curated_towns: dict[int, list[tuple[str, int]]], **filters) -> Iterator[PlaceRecord]:
    """The dump's kept rows as records, streamed, each with its alternateNamesV2 names (those its own
    row lacks) and then the curated names of its town (aliases, inhabitants' names)."""
    batch: list[PlaceRecord] = []

    def finished(batch: list[PlaceRecord]) -> list[PlaceRecord]:
        extra = alternates.of(r.geonames_id for r in batch if r.geonames_id) if alternates else {}
        for r in batch:
            more = extra.get(r.geonames_id or -1)
            if more:
                have = {n for n, _ in r.names}
                r.names += [(a, NAME_ALT) for a in more if a not in have]
            if r.geonames_id in curated_towns:
                r.names += curated_towns[r.geonames_id]
        return batch

    for r in read_geonames(geonames, **filters):
        batch.append(r)
        if len(batch) >= _BATCH:
            yield from finished(batch)
            batch = []
    yield from finished(batch)


class DumpSurvey:
    """What the first reading of the dump keeps: the few rows that bundled or curated entries may stand for
    or hang from (by position in the stream), and the facts about the rest that the build needs.

    A row is held when its id is one a bundled entry, part or landmark names, or when one of its names is
    one they use (a superset of what `match_features`, `place_curated` and `match_curated` read: each
    re-checks its own conditions on the held rows, which keep the stream's order, so their results are
    those they give on every row). Everything else is only counted, so memory does not grow with the dump.
    """

    def __init__(self, ids: set[int], names: set[str]):
        self.ids, self.names = ids, names
        self.held: dict[int, PlaceRecord] = {}
        self.countries: set[str] = set()
        self.division_countries: set[str] = set()
        self.admin1_names: dict[str, str] = {}
        self.admin2_names: dict[str, str] = {}
        self._gids = array("q")

    def read(self, rows: Iterable[PlaceRecord]) -> "DumpSurvey":
        for n, r in enumerate(rows):
            if r.country_code:
                self.countries.add(r.country_code)
            if r.geonames_id:
                self._gids.append(r.geonames_id)
            if r.feature_code == "ADM1" or r.feature_code == "ADM2":
                self.division_countries.add(r.country_code)
                if r.feature_code == "ADM1" and r.admin1_code:
                    self.admin1_names[r.admin1_code] = r.name
                elif r.feature_code == "ADM2" and r.admin2_code:
                    self.admin2_names[r.admin2_code] = r.name
            if r.geonames_id in self.ids or any(normalise(name) in self.names for name, _kind in r.names):
                self.held[n] = r
        self._gids = array("q", sorted(self._gids))
        return self

    def has_id(self, gid: Optional[int]) -> bool:
        if not gid:
            return False
        i = bisect_left(self._gids, gid)
        return i < len(self._gids) and self._gids[i] == gid


def _wanted_names(bundled: Iterable[PlaceRecord], parts: Sequence[TownPart], landmarks: Sequence[Landmark]) -> set[str]:
    """The normalised names by which a dump row may stand for a bundled feature, or be (or stand for) a
    curated part, landmark or their parent town."""
    names = {normalise(n) for b in bundled if FEATURE_CLASS.get(b.feature_code) and b.source == "curated"
             for n, kind in b.names if kind != NAME_DEMONYM}
    names |= {normalise(p.town) for p in parts} | {normalise(n) for p in parts for n in p.all_names}
    names |= {normalise(lm.parent_name) for lm in landmarks if lm.parent_name}
    names |= {normalise(n) for lm in landmarks for n in lm.all_names}
    return names - {""}


def build_from_dump(
    geonames: str | Path,
    out_dir: str | Path,
    *,
    alternate_names: Optional[str | Path] = None,
    countries: Optional[Iterable[str]] = None,
    feature_classes: Iterable[str] = DEFAULT_FEATURE_CLASSES,
    min_population: int = 0,
    landmarks_only: bool = True,
    world_cities: bool = False,
    cities_file: Optional[Path] = None,
    progress: Optional[Callable[[int], None]] = None,
    curated: Optional[tuple[Iterable[TownPart], Iterable[Landmark]]] = None,
) -> Path:
    """Write a store of the dump's rows merged with the bundled data (see the module docstring).

    `world_cities`: add the bundled towns (cities500) of every country the dump does not cover, so a
    store built from SY.txt still finds Geneva or Moscow (the CLI does so unless told not to; it adds a
    minute and some 200,000 places); `cities_file` replaces cities500.json.
    The curated parts of towns and landmarks (`curated` replaces the bundled lists) stand at their parent
    town of the dump, or of the world's towns; one whose parent the store lacks is left out, with a warning
    naming how many and which. A dump row of the same place keeps its id and point and takes their names.

    The main table is read twice and never held: the first reading keeps only the rows the bundled and
    curated entries can touch (`DumpSurvey`), the second streams every row into the store, the held ones as
    merged. alternateNamesV2 is parsed once into a temporary SQLite file beside `out_dir`. Memory therefore
    stays flat in the dump's size (allCountries: 12.5 million rows) but for the name keys the store collects.
    """
    wanted_cc = {c.strip().upper() for c in countries} if countries else None
    filters = dict(countries=wanted_cc, feature_classes=frozenset(feature_classes),
                   min_population=min_population, landmarks_only=landmarks_only)
    curated_towns: dict[int, list[tuple[str, int]]] = {gid: list(names) for gid, names in geonames_aliases().items()}
    for gid, names in inhabitant_town_names().items():  # "Muscovites" for the dump's own Moscow
        curated_towns.setdefault(gid, []).extend(names)
    bundled, admin1_names, admin2_names = division_records()
    parts, landmarks = curated_lists() if curated is None else (tuple(curated[0]), tuple(curated[1]))
    ids = {b.geonames_id for b in bundled if b.geonames_id} | {p.town_id for p in parts if p.town_id is not None} \
        | {lm.parent_id for lm in landmarks if lm.parent_id is not None}
    out = Path(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".dump-", dir=out.parent) as scratch:
        alternates = SpilledAlternateNames(alternate_names, scratch) if alternate_names else None
        try:
            survey = DumpSurvey(ids, _wanted_names(bundled, parts, landmarks)).read(
                _dump_rows(geonames, alternates, curated_towns, **filters))
            held = list(survey.held.values())
            by_id = {r.geonames_id: r for r in held if r.geonames_id}
            covered = frozenset(wanted_cc) if wanted_cc else frozenset(survey.countries)
            # The divisions of a country the dump holds divisions of come from the dump alone (GeoNames'
            # current ones); a country asked for that the file lacks keeps the bundled ones.
            features = match_features(bundled, held)
            keep_bundled = []
            for i, b in enumerate(bundled):
                same = by_id.get(b.geonames_id) if b.geonames_id else None
                same = same or features.get(i)
                if same is not None:
                    merge_into(same, b)
                elif not (b.feature_code in {"ADM1", "ADM2"} and b.country_code in survey.division_countries):
                    keep_bundled.append(b)
            admin1_names.update(survey.admin1_names)
            admin2_names.update(survey.admin2_names)
            for r in held:  # a division row without its code took the bundled one in `merge_into`
                if r.feature_code == "ADM1" and r.admin1_code and r.admin1_code not in survey.admin1_names:
                    admin1_names[r.admin1_code] = r.name
            placed, parts_left, landmarks_left = place_curated(keep_bundled + held, parts, landmarks)
            same = match_curated(placed, held)
            for i, (rec, _parent) in enumerate(placed):
                if i in same:
                    merge_into(same[i], rec)
            kept_curated = [rec for i, (rec, _parent) in enumerate(placed) if i not in same]
            towns: Iterable[PlaceRecord] = ()
            if world_cities:
                towns = (c for c in city_records(cities_file)
                         if c.country_code not in covered and not survey.has_id(c.geonames_id))
            towns = _late_curated(towns, parts_left, landmarks_left)
            rows = (survey.held.get(n, r) for n, r in enumerate(_dump_rows(geonames, alternates, curated_towns,
                                                                             **filters)))
            return write_store(_chain(keep_bundled, rows, kept_curated, towns), out_dir,
                               admin1_names=admin1_names, admin2_names=admin2_names,
                               meta={"source": f"geonames dump {Path(geonames).name}"}, progress=progress)
        finally:
            if alternates is not None:
                alternates.close()


def _chain(*parts: Iterable[PlaceRecord]) -> Iterator[PlaceRecord]:
    for part in parts:
        yield from part
