"""What the UI needs to know before it asks for data: settings, labels, who is signed in; and the audit log."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from eventwatch.api.auth import BEARER, current_user, require_role
from eventwatch.api.responses import json_response
from eventwatch.store.access import ROLES, User, audit_entries
from eventwatch.store.queries import BUCKETS, SORT_KEYS, STATUSES

router = APIRouter(prefix="/api", tags=["meta"])


@router.get("/config", response_class=Response)
def config(request: Request) -> Response:
    """Server settings the UI follows, and the event type scheme (label, name, family)."""
    from eventwatch.extract.event_types import FAMILIES, load_event_types

    settings = request.app.state.settings
    return json_response({
        "read_token_required": settings.read_token_required,
        "tiles": settings.tiles if settings.tile_origin else None,
        "tile_attribution": settings.tile_attribution,
        "event_types": [{"label": t.label, "name": t.name, "family": t.family}
                        for t in load_event_types().values()],
        "families": list(FAMILIES),
        "sorts": list(SORT_KEYS), "buckets": list(BUCKETS), "statuses": list(STATUSES), "roles": list(ROLES),
        "grades": ["single_source", "corroborated", "confirmed", "contested", "retracted"],
    })


@router.get("/me", response_class=Response)
def me(user: Optional[User] = Depends(current_user)) -> Response:
    """The user the request's token belongs to; `user` is null without a valid token."""
    return json_response({"user": {"name": user.name, "role": user.role} if user else None})


@router.get("/audit", response_class=Response, openapi_extra=BEARER)
def audit_log(request: Request, who: Optional[str] = None, target: Optional[str] = None,
              limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0),
              _: User = Depends(require_role("admin", "audit.read"))) -> Response:
    """Every write attempt, newest first (admin only)."""
    total, rows = audit_entries(request.app.state.store.engine, limit=limit, offset=offset, who=who, target=target)
    return json_response({"total": total, "items": rows})

