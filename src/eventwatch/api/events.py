"""Event endpoints: the filtered list, map features, one event in full, and the analyst's review actions."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from eventwatch.api.audit import audit
from eventwatch.api.auth import BEARER, require_reader, require_role
from eventwatch.api.params import event_filters
from eventwatch.api.responses import json_response, raw_json_list
from eventwatch.api.schemas import EventPatch, MergeRequest, SplitRequest
from eventwatch.store.access import User
from eventwatch.store.queries import EventQuery, event_record, find_events, find_features
from eventwatch.store.repository import NotFound

router = APIRouter(prefix="/api", tags=["events"])

PAGE_JSON = {"application/json": {"schema": {"type": "object", "properties": {
    "total": {"type": "integer"}, "total_exact": {"type": "boolean"}, "limit": {"type": "integer"},
    "offset": {"type": "integer"}, "items": {"type": "array", "items": {"type": "object"}}}}}}


@router.get("/events", responses={200: {"content": PAGE_JSON}}, response_class=Response)
def list_events(request: Request, query: EventQuery = Depends(event_filters),
                limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=10_000_000),
                _: Optional[User] = Depends(require_reader)) -> Response:
    """Events matching the filters, one page at a time; `total` is exact up to 10,000 matches."""
    query.limit, query.offset = limit, offset
    page = find_events(request.app.state.store, query)
    return raw_json_list(page.items, total=page.total, total_exact=page.total_exact, limit=limit, offset=offset)


@router.get("/events.geojson", response_class=Response)
def events_geojson(request: Request, query: EventQuery = Depends(event_filters),
                   limit: int = Query(5000, ge=1, le=50_000), offset: int = Query(0, ge=0),
                   _: Optional[User] = Depends(require_reader)) -> Response:
    """The located events matching the filters as a GeoJSON FeatureCollection (what the map draws)."""
    query.limit, query.offset = limit, offset
    features = find_features(request.app.state.store, query)
    return json_response({"type": "FeatureCollection", "features": features, "limit": limit, "offset": offset,
                          "truncated": len(features) == limit})


@router.get("/events/{event_id}", response_class=Response)
def get_event(event_id: str, request: Request, _: Optional[User] = Depends(require_reader)) -> Response:
    """One event: the full JSON shape with its sources and evidence, review status, overrides, versions.

    An id that was merged into another event answers with that event (`requested_id` keeps the asked id).
    """
    record = event_record(request.app.state.store, event_id)
    if record is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
    return json_response(record)


def _write(request: Request, user: User, action: str, target: str, why: str, detail: dict, fn) -> Response:
    """Run one store write and audit it whatever happens."""
    store = request.app.state.store
    try:
        event = fn(store)
    except NotFound as exc:
        audit(request, user, action=action, outcome="not_found", status=404, target=target, why=why, detail=detail)
        raise HTTPException(status_code=404, detail=str(exc)) from None
    except ValueError as exc:
        audit(request, user, action=action, outcome="invalid", status=422, target=target, why=why,
              detail={**detail, "error": str(exc)})
        raise HTTPException(status_code=422, detail=str(exc)) from None
    except Exception as exc:
        audit(request, user, action=action, outcome="error", status=500, target=target, why=why,
              detail={**detail, "error": f"{type(exc).__name__}: {exc}"})
        raise
    audit(request, user, action=action, outcome="ok", status=200, target=target, why=why,
          detail={**detail, "result": event.id})
    return json_response(event_record(store, event.id))


@router.patch("/events/{event_id}", response_class=Response, openapi_extra=BEARER)
def patch_event(event_id: str, body: EventPatch, request: Request,
                user: User = Depends(require_role("analyst", "event.patch"))) -> Response:
    """Confirm, reject or edit an event, with a reason. Needs an analyst token.

    Edited fields are kept apart from machine output, so a later source does not undo them.
    """
    changes = body.changes.as_changes() if body.changes else {}
    if not changes and body.status is None:
        audit(request, user, action="event.patch", outcome="invalid", status=422, target=event_id, why=body.why)
        raise HTTPException(status_code=422, detail="give a status, changes, or both")
    action = "event.edit" if changes else "event.review"

    def apply(store):
        event = None
        if changes:
            event = store.edit_event(event_id, changes, who=user.name, why=body.why)
        if body.status is not None:
            event = store.review_event(event_id, body.status, who=user.name, why=body.why)
        return event

    return _write(request, user, action, event_id, body.why,
                  {"status": body.status, "changes": changes}, apply)


@router.post("/events/merge", response_class=Response, openapi_extra=BEARER)
def merge_events(body: MergeRequest, request: Request,
                 user: User = Depends(require_role("analyst", "event.merge"))) -> Response:
    """Fold event b into event a: b's sources join a, and b's id answers with a from then on."""
    return _write(request, user, "event.merge", f"{body.a}<-{body.b}", body.why, {"a": body.a, "b": body.b},
                  lambda store: store.merge_events(body.a, body.b, who=user.name, why=body.why))


@router.post("/events/{event_id}/split", response_class=Response, openapi_extra=BEARER)
def split_event(event_id: str, body: SplitRequest, request: Request,
                user: User = Depends(require_role("analyst", "event.split"))) -> Response:
    """Move the named source documents to a new event; answers with the new event."""
    return _write(request, user, "event.split", event_id, body.why, {"document_ids": body.document_ids},
                  lambda store: store.split_event(event_id, body.document_ids, who=user.name, why=body.why))
