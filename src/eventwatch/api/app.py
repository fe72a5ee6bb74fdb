"""The FastAPI application: API routers, web UI, security middleware and shared state.

`create_app` takes its store and ingester as arguments so tests run the real app on a store they built;
`eventwatch serve` passes nothing and gets the configured database and the full pipeline.
"""
from __future__ import annotations

from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.encoders import jsonable_encoder
from fastapi.openapi.utils import get_openapi

from eventwatch.api import documents, events, exports, meta, pages, stats
from eventwatch.api.assets import find_node_modules, vendor_assets, web_assets
from eventwatch.api.auth import SECURITY_SCHEMES, TokenCache, client_address, current_user
from eventwatch.api.ingesting import Ingester, PipelineIngester, pipeline_settings
from eventwatch.api.security import WRITE_METHODS, BodyLimit, SecurityHeaders
from eventwatch.api.settings import ApiSettings
from eventwatch.store.access import record_audit
from eventwatch.store.repository import Store

DESCRIPTION = """Conflict events extracted from reports: geolocated, source-attributed, graded.

Reads are open unless the server runs with `--read-token-required`; writes need a bearer token
(`Authorization: Bearer ew.…`) issued by `eventwatch users add NAME --role analyst`. Every write is
recorded in the audit log with who and why."""


def create_app(settings: Optional[ApiSettings] = None, *, store: Optional[Store] = None,
               ingest: Optional[Ingester] = None) -> FastAPI:
    settings = settings or ApiSettings.from_env()
    if store is None:
        from eventwatch.store.repository import open_store

        store = open_store(settings.db)
    app = FastAPI(title="eventwatch", version="0.1.0", description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.settings = settings
    app.state.store = store
    app.state.ingest = ingest or PipelineIngester(settings.max_upload_bytes, settings=pipeline_settings(settings))
    app.state.token_cache = TokenCache(settings.token_cache_seconds)
    app.state.web_assets = web_assets()
    app.state.node_modules = find_node_modules(settings.assets_dir)
    app.state.vendor_assets = vendor_assets(app.state.node_modules)

    for module in (events, documents, stats, exports, meta, pages):
        app.include_router(module.router)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # a malformed write is still a write attempt: audit it like the others
        if request.method in WRITE_METHODS and request.url.path.startswith("/api/"):
            user = current_user(request)
            record_audit(store.engine, action=f"{request.method.lower()} {request.url.path}"[:40], outcome="invalid",
                         status=422, who=user.name if user else None, role=user.role if user else None,
                         remote=client_address(request), detail={"errors": jsonable_encoder(exc.errors())[:10]})
        return JSONResponse(status_code=422, content={"detail": jsonable_encoder(exc.errors())})

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            schema.setdefault("components", {})["securitySchemes"] = SECURITY_SCHEMES
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi

    def limit_for(method: str, path: str) -> int:
        return settings.max_upload_bytes if path == "/api/documents" else settings.max_body_bytes

    app.add_middleware(BodyLimit, limit_for=limit_for)
    app.add_middleware(SecurityHeaders, tile_origin=settings.tile_origin)
    return app
