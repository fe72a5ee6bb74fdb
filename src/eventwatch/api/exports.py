"""Downloads in the formats of `eventwatch export`, streamed a batch at a time."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, Iterator, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse

from eventwatch.api.auth import require_reader
from eventwatch.api.params import event_filters
from eventwatch.export import ACLED_COLUMNS, FLAT_COLUMNS, FORMATS, acled_row, event_json, flat_row, geojson_feature
from eventwatch.model import Event
from eventwatch.store.access import User
from eventwatch.store.queries import EventQuery, iter_events

router = APIRouter(prefix="/api", tags=["export"])

MEDIA = {"jsonl": "application/x-ndjson", "json": "application/json", "csv": "text/csv; charset=utf-8",
         "acled-csv": "text/csv; charset=utf-8", "geojson": "application/geo+json"}
SUFFIX = {"jsonl": "jsonl", "json": "json", "csv": "csv", "acled-csv": "acled.csv", "geojson": "geojson"}


def _csv(events: Iterable[Event], columns: list[str], row_of) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for i, event in enumerate(events, 1):
        writer.writerow(row_of(event))
        if i % 500 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _array(items: Iterable[str], head: str, tail: str) -> Iterator[str]:
    yield head
    for i, item in enumerate(items):
        yield ("," if i else "") + item
    yield tail


def stream(events: Iterable[Event], fmt: str) -> Iterator[str]:
    """The same bytes `export.write_events` writes, produced incrementally."""
    if fmt == "jsonl":
        return (json.dumps(event_json(e), ensure_ascii=False) + "\n" for e in events)
    if fmt == "json":
        return _array((json.dumps(event_json(e), ensure_ascii=False) for e in events), "[", "]\n")
    if fmt == "geojson":
        return _array((json.dumps(geojson_feature(e), ensure_ascii=False) for e in events),
                      '{"type": "FeatureCollection", "features": [', "]}\n")
    if fmt == "csv":
        return _csv(events, FLAT_COLUMNS, flat_row)
    return _csv(events, ACLED_COLUMNS, acled_row)


@router.get("/export/{fmt}", response_class=StreamingResponse, responses={200: {"content": {
    m: {} for m in set(MEDIA.values())}}})
def export(fmt: str, request: Request, query: EventQuery = Depends(event_filters),
           limit: Optional[int] = Query(None, ge=1, le=1_000_000),
           _: Optional[User] = Depends(require_reader)) -> StreamingResponse:
    """All events matching the filters as jsonl, json, csv, geojson or acled-csv (ACLED's columns)."""
    if fmt not in FORMATS:
        raise HTTPException(status_code=404, detail=f"formats: {', '.join(FORMATS)}")
    query.limit = limit
    events = iter_events(request.app.state.store, query)
    return StreamingResponse(stream(events, fmt), media_type=MEDIA[fmt], headers={
        "content-disposition": f'attachment; filename="eventwatch-events.{SUFFIX[fmt]}"'})
