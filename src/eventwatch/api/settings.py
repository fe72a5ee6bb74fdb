"""What an operator can set when serving: the store, who may read, the optional tile server, body limits,
and the gazetteer, places and sources files uploads are geoparsed with."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

MIB = 1024 * 1024


@dataclass
class ApiSettings:
    db: Optional[str] = None  # SQLAlchemy URL or SQLite path; None means $EVENTWATCH_DB or ./eventwatch.db
    read_token_required: bool = False  # True: every read needs a token too (viewer or above)
    tiles: Optional[str] = None  # e.g. https://tile.example.org/{z}/{x}/{y}.png, drawn over the offline basemap
    tile_attribution: str = ""
    max_body_bytes: int = 1 * MIB  # JSON writes
    max_upload_bytes: int = 20 * MIB  # POST /api/documents
    assets_dir: Optional[Path] = None  # node_modules holding the front-end libraries
    token_cache_seconds: float = 60.0  # a revoked token stops working within this time
    # What uploaded documents are geoparsed with, as for `eventwatch ingest`: a gazetteer store built by
    # `gazetteer build` (None = bundled), files of the user's own places, and of their sources' home towns.
    gazetteer: Optional[str] = None
    places: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @classmethod
    def from_env(cls, **overrides) -> "ApiSettings":
        """Defaults from EVENTWATCH_* variables, then explicit values (the CLI's options) on top."""
        env = os.environ
        base = cls(
            db=env.get("EVENTWATCH_DB"),
            read_token_required=env.get("EVENTWATCH_READ_TOKEN_REQUIRED", "").lower() in ("1", "true", "yes"),
            tiles=env.get("EVENTWATCH_TILES") or None,
            tile_attribution=env.get("EVENTWATCH_TILE_ATTRIBUTION", ""),
            assets_dir=Path(env["EVENTWATCH_ASSETS"]) if env.get("EVENTWATCH_ASSETS") else None,
            gazetteer=env.get("EVENTWATCH_GAZETTEER") or None,
            places=_paths(env.get("EVENTWATCH_PLACES")),
            sources=_paths(env.get("EVENTWATCH_SOURCES")),
        )
        for key, value in overrides.items():
            if value is not None and value != []:
                setattr(base, key, value)
        return base

    @property
    def tile_origin(self) -> Optional[str]:
        """scheme://host[:port] of the tile URL, for the Content-Security-Policy; None when unset or not http(s)."""
        if not self.tiles:
            return None
        parts = urlsplit(self.tiles.replace("{s}", "a"))
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return None
        host = parts.netloc
        if "{s}" in self.tiles:  # Leaflet subdomains a/b/c
            host = "*." + host.split(".", 1)[1] if "." in host else host
        return f"{parts.scheme}://{host}"


def _paths(value: Optional[str]) -> list[str]:
    """A list of files from one variable, separated as PATH is (':' here, ';' on Windows)."""
    return [p for p in (value or "").split(os.pathsep) if p]
