"""The web UI's files, the npm library files it loads, and the offline API docs page.

Every URL here is a key into a table built at start-up (see `assets`); nothing joins a URL onto a path.
"""
from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, RedirectResponse

from eventwatch.api.assets import Asset

router = APIRouter(include_in_schema=False)

MISSING_VENDOR = ("front-end library not installed: run `npm ci` (or `npm install`) in the eventwatch "
                  "checkout, or point EVENTWATCH_ASSETS at a node_modules folder")


def _send(asset: Asset, cache: str) -> FileResponse:
    return FileResponse(asset.path, media_type=asset.media_type, headers={"cache-control": cache})


def _page(request: Request, name: str) -> FileResponse:
    asset = request.app.state.web_assets.get(name)
    if asset is None:
        raise HTTPException(status_code=404)
    return _send(asset, "no-cache")


@router.get("/")
def index(request: Request) -> FileResponse:
    return _page(request, "index.html")


@router.get("/docs")
def docs(request: Request) -> FileResponse:
    return _page(request, "docs.html")


@router.get("/favicon.ico")
def favicon(request: Request) -> FileResponse:
    return _page(request, "favicon.svg")


@router.get("/static/{name:path}")
def static(name: str, request: Request) -> FileResponse:
    asset = request.app.state.web_assets.get(name)
    if asset is None or name.endswith(".html"):
        raise HTTPException(status_code=404)
    return _send(asset, "no-cache")


@router.get("/vendor/{name:path}")
def vendor(name: str, request: Request) -> FileResponse:
    asset = request.app.state.vendor_assets.get(name)
    if asset is None:
        from eventwatch.api.assets import VENDOR_FILES

        raise HTTPException(status_code=404, detail=MISSING_VENDOR if name in VENDOR_FILES else "not found")
    return _send(asset, "public, max-age=86400")


@router.get("/redoc")
def redoc() -> RedirectResponse:
    return RedirectResponse("/docs")
