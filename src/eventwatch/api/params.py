"""The filter parameters every event endpoint shares, parsed once into a store `EventQuery`."""
from __future__ import annotations

from datetime import date
from typing import Optional

from fastapi import HTTPException, Query

from eventwatch.store.queries import SORT_KEYS, STATUSES, EventQuery


def _floats(value: Optional[str], n: int, name: str) -> Optional[tuple[float, ...]]:
    if value is None or value == "":
        return None
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != n or any(p != p or p in (float("inf"), float("-inf")) for p in parts):
        raise HTTPException(status_code=422, detail=f"{name} takes {n} comma-separated numbers")
    return parts


def _day(value: Optional[str], name: str) -> Optional[str]:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(status_code=422, detail=f"{name} takes a date as YYYY-MM-DD") from None


def event_filters(
    since: Optional[str] = Query(None, description="first day, YYYY-MM-DD"),
    until: Optional[str] = Query(None, description="last day, YYYY-MM-DD"),
    bbox: Optional[str] = Query(None, description="west,south,east,north in degrees"),
    near: Optional[str] = Query(None, description="lat,lon,km: within km of a point"),
    type: Optional[str] = Query(None, description="event type label(s), comma-separated, e.g. AIR_STRIKE"),
    family: Optional[str] = Query(None, description="ACLED event type, e.g. Battles"),
    actor: Optional[str] = Query(None, description="part of an actor's canonical name"),
    place: Optional[str] = Query(None, description="part of the location name"),
    grade: Optional[str] = Query(None, description="single_source | corroborated | confirmed | contested | ..."),
    status: Optional[str] = Query(None, description="review status: machine | confirmed | rejected"),
    min_killed: Optional[int] = Query(None, ge=0, description="at least this many killed (best estimate)"),
    q: Optional[str] = Query(None, max_length=500, description="full-text search over evidence and documents"),
    sort: str = Query("-date", description="date, killed, updated, confidence, sources; '-' for descending"),
) -> EventQuery:
    if sort not in SORT_KEYS:
        raise HTTPException(status_code=422, detail=f"sort must be one of {', '.join(SORT_KEYS)}")
    if status and status not in STATUSES:
        raise HTTPException(status_code=422, detail=f"status must be one of {', '.join(STATUSES)}")
    box = _floats(bbox, 4, "bbox")
    if box and not (-90 <= box[1] <= box[3] <= 90):
        raise HTTPException(status_code=422, detail="bbox is west,south,east,north with south <= north")
    pt = _floats(near, 3, "near")
    if pt and not (-90 <= pt[0] <= 90 and -180 <= pt[1] <= 180 and 0 < pt[2] <= 20000):
        raise HTTPException(status_code=422, detail="near is lat,lon,km with a radius above 0")
    return EventQuery(since=_day(since, "since"), until=_day(until, "until"), bbox=box, near=pt,
                      event_type=type or None, family=family or None, actor=actor or None, place=place or None,
                      grade=grade or None, status=status or None, min_killed=min_killed, q=q or None, sort=sort)
