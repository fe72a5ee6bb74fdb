"""Which files the app may send: the web UI's own files and a fixed list of npm library files.

No URL path is ever joined onto a folder: both tables are built at start-up from known files, and a
request names an entry of a table or gets a 404. Library files come from node_modules, installed by
`npm ci` at set-up time and never copied into the repository.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Optional

WEB_SUFFIXES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
                ".ico": "image/x-icon", ".json": "application/json"}

# public name → path under node_modules
VENDOR_FILES = {
    "leaflet/leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet/leaflet.css": "leaflet/dist/leaflet.css",
    "leaflet/images/layers.png": "leaflet/dist/images/layers.png",
    "leaflet/images/layers-2x.png": "leaflet/dist/images/layers-2x.png",
    "leaflet/images/marker-icon.png": "leaflet/dist/images/marker-icon.png",
    "leaflet/images/marker-icon-2x.png": "leaflet/dist/images/marker-icon-2x.png",
    "leaflet/images/marker-shadow.png": "leaflet/dist/images/marker-shadow.png",
    "markercluster/leaflet.markercluster.js": "leaflet.markercluster/dist/leaflet.markercluster.js",
    "markercluster/MarkerCluster.css": "leaflet.markercluster/dist/MarkerCluster.css",
    "topojson/topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "uplot/uPlot.iife.min.js": "uplot/dist/uPlot.iife.min.js",
    "uplot/uPlot.min.css": "uplot/dist/uPlot.min.css",
    "world-atlas/countries-50m.json": "world-atlas/countries-50m.json",
    "world-atlas/countries-110m.json": "world-atlas/countries-110m.json",
    "swagger-ui/swagger-ui-bundle.js": "swagger-ui-dist/swagger-ui-bundle.js",
    "swagger-ui/swagger-ui.css": "swagger-ui-dist/swagger-ui.css",
}


@dataclass(frozen=True)
class Asset:
    path: Path
    media_type: str


def web_dir() -> Path:
    return Path(str(resources.files("eventwatch") / "web"))


def find_node_modules(explicit: Optional[Path] = None) -> Optional[Path]:
    """node_modules from the setting, else beside the source checkout, else in the working directory."""
    candidates = [explicit] if explicit else []
    candidates += [Path(__file__).resolve().parents[3] / "node_modules", Path.cwd() / "node_modules"]
    for c in candidates:
        if c is not None and (c / "leaflet").is_dir():
            return c
    return explicit


def web_assets(root: Optional[Path] = None) -> dict[str, Asset]:
    root = root or web_dir()
    table = {}
    for path in sorted(root.rglob("*")):
        media = WEB_SUFFIXES.get(path.suffix)
        if path.is_file() and media and not path.name.startswith("."):
            table[path.relative_to(root).as_posix()] = Asset(path, media)
    return table


def vendor_assets(node_modules: Optional[Path]) -> dict[str, Asset]:
    """The library files that exist; a missing one (npm not run) is simply absent and answers 404."""
    if node_modules is None:
        return {}
    table = {}
    for name, rel in VENDOR_FILES.items():
        path = node_modules / rel
        if path.is_file():
            table[name] = Asset(path, WEB_SUFFIXES.get(path.suffix, "application/octet-stream"))
    return table
