"""Document endpoints: list, one document with the spans events used, and uploads of new reports."""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from eventwatch.api.audit import audit
from eventwatch.api.auth import BEARER, require_reader, require_role
from eventwatch.api.ingesting import upload_name
from eventwatch.api.responses import json_response
from eventwatch.store.access import User
from eventwatch.store.queries import document_record, document_rows

router = APIRouter(prefix="/api", tags=["documents"])


@router.get("/documents", response_class=Response)
def list_documents(request: Request, q: Optional[str] = Query(None, max_length=500),
                   limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0),
                   _: Optional[User] = Depends(require_reader)) -> Response:
    """Stored documents, newest first; `q` searches their text."""
    total, rows = document_rows(request.app.state.store, limit=limit, offset=offset, q=q)
    return json_response({"total": total, "limit": limit, "offset": offset, "items": rows})


@router.get("/documents/{document_id}", response_class=Response)
def get_document(document_id: str, request: Request, _: Optional[User] = Depends(require_reader)) -> Response:
    """Metadata, the cleaned text, and the spans (sentences and fields) that events were read from.

    The text is data: clients must show it as text, never as markup.
    """
    record = document_record(request.app.state.store, document_id)
    if record is None:
        raise HTTPException(status_code=404, detail=f"no document {document_id!r}")
    return json_response(record)


@router.post("/documents", response_class=Response, status_code=201, openapi_extra={**BEARER,
    "requestBody": {"required": True, "description": "one report (text, HTML, Markdown, JSON) or many (JSONL, RSS)",
                    "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}}}})
async def post_documents(request: Request, name: Optional[str] = Query(
                             None, max_length=200, description="file name; its suffix tells the format"),
                         user: User = Depends(require_role("analyst", "document.ingest"))) -> Response:
    """Ingest the request body as one or many reports. Needs an analyst token."""
    data = await request.body()
    filename = upload_name(name, request.headers.get("content-type"))
    detail = {"name": filename, "bytes": len(data)}
    if not data:
        audit(request, user, action="document.ingest", outcome="invalid", status=422, detail=detail)
        raise HTTPException(status_code=422, detail="empty body: send the report as the request body")
    try:
        summary = await run_in_threadpool(request.app.state.ingest, request.app.state.store, data, filename)
    except Exception as exc:
        audit(request, user, action="document.ingest", outcome="error", status=500,
              detail={**detail, "error": f"{type(exc).__name__}: {exc}"})
        raise
    ok = summary["new"] or summary["known"]
    status = 201 if summary["new"] else 200 if ok else 422
    audit(request, user, action="document.ingest", outcome="ok" if ok else "invalid", status=status,
          target=",".join(summary["document_ids"])[:200] or None, detail={**detail, **{
              k: summary[k] for k in ("new", "known", "copies", "events_created", "events_touched")},
              "failed": summary["failed"][:20]})
    return json_response(summary, status_code=status)
