"""A user's own places (villages, neighbourhoods, camps, checkpoints) from CSV or YAML.

Columns / keys: `name` (required), `aliases` (separated by ";" or "|", or a YAML list), `lat`, `lon`
(required), `country` (ISO code), `admin1` (GeoNames code such as "SY.09", or a name), `admin2`,
`feature_code` (default PPL), `population`, `precision` (UCDP where_prec, default from the feature code).
These places always rank above GeoNames entries of the same name.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from eventwatch.geo.store import NAME_CURATED, NAME_MAIN, PlaceRecord
from eventwatch.yaml_data import parse_yaml


class UserPlacesError(ValueError):
    pass


def _aliases(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    text = str(value)
    for sep in ("|", ";"):
        if sep in text:
            return [v.strip() for v in text.split(sep) if v.strip()]
    return [text.strip()]


def _record(row: dict[str, Any], where: str) -> PlaceRecord:
    name = str(row.get("name") or "").strip()
    if not name:
        raise UserPlacesError(f"{where}: a place needs a name")
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (KeyError, TypeError, ValueError) as exc:
        raise UserPlacesError(f"{where}: {name!r} needs numeric lat and lon") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise UserPlacesError(f"{where}: {name!r} has coordinates out of range")
    country = (str(row.get("country") or "").strip().upper()) or None
    admin1 = str(row.get("admin1") or "").strip() or None
    precision = row.get("precision")
    names = [(name, NAME_MAIN)] + [(a, NAME_CURATED) for a in _aliases(row.get("aliases", row.get("alias")))]
    return PlaceRecord(
        name, lat, lon, country, admin1, str(row.get("admin2") or "").strip() or None,
        str(row.get("feature_code") or "PPL").strip().upper(), int(float(row.get("population") or 0)),
        int(row["geonames_id"]) if row.get("geonames_id") else None, source="user",
        precision=int(precision) if precision not in (None, "") else None, names=names,
    )


def read_user_places(path: str | Path) -> list[PlaceRecord]:
    p = Path(path)
    if not p.is_file():
        raise UserPlacesError(f"user places file not found: {p}")
    if p.suffix.lower() in {".yaml", ".yml"}:
        data = parse_yaml(p.read_text(encoding="utf-8")) or []
        if isinstance(data, dict):
            data = data.get("places", [])
        if not isinstance(data, list):
            raise UserPlacesError(f"{p}: expected a list of places")
        return [_record(row, f"{p}[{k}]") for k, row in enumerate(data)]
    with p.open(encoding="utf-8-sig", newline="") as fh:
        return [_record(row, f"{p}:{k + 2}") for k, row in enumerate(csv.DictReader(fh))]
