"""Aggregates for the timeline and the summary panel, over the same filters as the event list."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from eventwatch.api.auth import require_reader
from eventwatch.api.params import event_filters
from eventwatch.api.responses import json_response
from eventwatch.store.access import User
from eventwatch.store.queries import EventQuery, event_stats

router = APIRouter(prefix="/api", tags=["stats"])


@router.get("/stats", response_class=Response)
def stats(request: Request, query: EventQuery = Depends(event_filters),
          bucket: str = Query("auto", description="day | week | month | auto (by the span of the matches)"),
          group: str = Query("family", description="family | type"),
          top_actors: int = Query(20, ge=1, le=200),
          parts: str = Query("periods,totals,actors", description="what to compute: periods, totals, actors"),
          _: Optional[User] = Depends(require_reader)) -> Response:
    """Event counts per period by family or type, killed by perpetrator (actor1), and totals
    (events, killed, injured, displaced) for the events matching the filters."""
    try:
        return json_response(event_stats(request.app.state.store, query, bucket=bucket, group=group,
                                         top_actors=top_actors,
                                         parts=tuple(p.strip() for p in parts.split(",") if p.strip())))
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
