"""Build a gazetteer store from a full GeoNames dump (allCountries.txt or XX.txt, alternateNamesV2.txt).

For users who have the dump: every populated place and division (or the feature classes asked for), with
GeoNames' own coordinates, feature codes and alternate names, written into the same store as the default.
Countries, continents and the curated aliases of the bundled data are always added, so a store built for
one country still knows the rest of the world by name.
"""
from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TextIO

from eventwatch.geo.sources import derived_names, division_records, keep_alternate
from eventwatch.geo.store import NAME_ALT, NAME_MAIN, PlaceRecord, write_store

# alternateNamesV2 "languages" that are codes or links, not names.
_PSEUDO_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "fr_1793", "abbr", "unlc", "tcid"})
DEFAULT_FEATURE_CLASSES = frozenset("AP")


def _open_text(path: Path) -> TextIO:
    if path.suffix.lower() == ".zip":
        zf = zipfile.ZipFile(path)
        member = next(n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme"))
        return io.TextIOWrapper(zf.open(member), encoding="utf-8")
    return path.open(encoding="utf-8")


def read_geonames(
    path: str | Path,
    *,
    countries: Optional[set[str]] = None,
    feature_classes: frozenset[str] = DEFAULT_FEATURE_CLASSES,
    min_population: int = 0,
) -> Iterator[PlaceRecord]:
    """Rows of a GeoNames main table (19 tab-separated columns) as records."""
    with _open_text(Path(path)) as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                raise ValueError(f"{path}:{n}: expected GeoNames' 19 tab-separated columns, got {len(cols)}")
            gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc = cols[:9]
            a1, a2 = cols[10], cols[11]
            if fclass not in feature_classes or (countries and cc not in countries):
                continue
            population = int(cols[14] or 0)
            if population < min_population and not fcode.startswith(("ADM", "PCL")):
                continue
            names = [(name, NAME_MAIN)]
            if ascii_name and ascii_name != name:
                names.append((ascii_name, NAME_MAIN))
            names += [(a, NAME_ALT) for a in alternates.split(",") if a and a != name and keep_alternate(a)]
            names += [(d, 3) for d in derived_names(name)]
            yield PlaceRecord(
                name, float(lat), float(lon), cc or None, f"{cc}.{a1}" if a1 else None,
                f"{cc}.{a1}.{a2}" if a1 and a2 else None, fcode or fclass, population, int(gid), names=names,
            )


def read_alternate_names(path: str | Path, wanted: set[int]) -> dict[int, list[str]]:
    """alternateNamesV2 rows for the wanted places (historic names and pseudo-languages left out)."""
    out: dict[int, list[str]] = defaultdict(list)
    with _open_text(Path(path)) as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            try:
                gid = int(cols[1])
            except ValueError:
                continue
            if gid not in wanted or cols[2] in _PSEUDO_LANGUAGES:
                continue
            historic = len(cols) > 7 and cols[7] == "1"
            if historic or not keep_alternate(cols[3]):
                continue
            out[gid].append(cols[3])
    return out


def build_from_dump(
    geonames: str | Path,
    out_dir: str | Path,
    *,
    alternate_names: Optional[str | Path] = None,
    countries: Optional[Iterable[str]] = None,
    feature_classes: Iterable[str] = DEFAULT_FEATURE_CLASSES,
    min_population: int = 0,
    progress: Optional[Callable[[int], None]] = None,
) -> Path:
    wanted_cc = {c.strip().upper() for c in countries} if countries else None
    records = list(read_geonames(geonames, countries=wanted_cc, feature_classes=frozenset(feature_classes),
                                 min_population=min_population))
    if alternate_names:
        extra = read_alternate_names(alternate_names, {r.geonames_id for r in records if r.geonames_id})
        for r in records:
            have = {n for n, _ in r.names}
            r.names += [(a, NAME_ALT) for a in extra.get(r.geonames_id or -1, []) if a not in have]
    dump_ids = frozenset(r.geonames_id for r in records if r.geonames_id)
    covered = frozenset(wanted_cc) if wanted_cc else frozenset(r.country_code for r in records if r.country_code)
    # Bundled countries, continents, curated places, and divisions of countries the dump does not cover.
    bundled, admin1_names, admin2_names = division_records(skip_ids=dump_ids)
    dump_divisions = {r.geonames_id for r in records if r.feature_code in {"ADM1", "ADM2"}}
    keep_bundled = [
        b for b in bundled
        if b.geonames_id not in dump_ids
        and not (b.feature_code in {"ADM1", "ADM2"} and b.country_code in covered and dump_divisions)
    ]
    for r in records:
        if r.feature_code == "ADM1" and r.admin1_code:
            admin1_names[r.admin1_code] = r.name
        elif r.feature_code == "ADM2" and r.admin2_code:
            admin2_names[r.admin2_code] = r.name
    return write_store(keep_bundled + records, out_dir, admin1_names=admin1_names, admin2_names=admin2_names,
                       meta={"source": f"geonames dump {Path(geonames).name}"}, progress=progress)
