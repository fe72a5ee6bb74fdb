"""Seas, rivers, mountains, deserts, world regions and disputed territories: the places GeoNames' city and
division tables leave out, read from natural_features.yaml and checked on load.

Reports name such places constantly ("the Strait of Hormuz", "the Sahel", "Kashmir"); without them a name
is missed or lands on a namesake town far away. Some of their names double as adjectives ("the
Mediterranean" / "Mediterranean diet"); geo/adjectival_features.py tells the two apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.normalise import is_arabic, normalise
from eventwatch.geo.yaml_files import checked_entry, name_list, parse_yaml

FEATURES_FILE = DATA_DIR / "natural_features.yaml"

# GeoNames feature codes the list may use: water bodies (H), mountains and land forms (T), regions (L),
# undersea features. Their UCDP precision is in sources.feature_precision.
FEATURE_CODES = frozenset({
    "OCN", "SEA", "GULF", "BAY", "STRT", "CNL", "STM", "LK", "MTS", "MT", "VLC", "DSRT", "PEN", "ISL", "ISLS",
    "RGN", "AREA", "VAL", "PLN", "PLAT", "DLTA", "RF", "SHOL", "GLCR", "SWMP",
})
_KEYS = frozenset({"name", "names", "adjectives", "adjectival", "code", "lat", "lon", "country", "geonames",
                   "precision"})
# Lower-case words a name may hold between capitalised ones ("Gulf of Aden", "Bab el-Mandeb", "Dasht-e Kavir"):
# the recogniser reads only capitalised words and these connectors as parts of a name.
_CONNECTORS = frozenset({"of", "the", "and", "de", "del", "la", "al", "el", "e", "y", "da", "do", "du", "des",
                         "di", "an", "ad", "ash", "as", "ar", "az"})
_WORD_SPLIT = re.compile(r"[\s\-‐‑–]+")


@dataclass(frozen=True)
class NaturalFeature:
    name: str
    names: tuple[str, ...]  # other names and spellings
    adjectives: tuple[str, ...]  # adjective forms, indexed like demonyms ("Siberian")
    adjectival: tuple[str, ...]  # names also used as the adjective ("Mediterranean")
    feature_code: str
    lat: float
    lon: float
    country: Optional[str] = None
    geonames_id: Optional[int] = None
    precision: Optional[int] = None  # overrides the feature code's

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.names)


def readable_name(name: str) -> bool:
    """Whether the recogniser can find the name: every Latin word capitalised, apart from connectors."""
    if is_arabic(name):
        return True
    words = [w for w in _WORD_SPLIT.split(name.strip()) if w]
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def _feature(entry: dict, where: str) -> NaturalFeature:
    name, names = checked_entry(entry, _KEYS, where)
    adjectives, adjectival = (name_list(entry, k, where) for k in ("adjectives", "adjectival"))
    code = entry.get("code")
    if code not in FEATURE_CODES:
        raise ValueError(f"{where}: {name}: feature code {code!r} is not one of {sorted(FEATURE_CODES)}")
    lat, lon = entry.get("lat"), entry.get("lon")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)) \
            or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{where}: {name}: lat/lon must be numbers within range: {entry}")
    country = entry.get("country")
    if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
        raise ValueError(f"{where}: {name}: country must be an ISO 3166 alpha-2 code: {country!r}")
    gid = entry.get("geonames")
    if gid is not None and not (isinstance(gid, int) and not isinstance(gid, bool) and gid > 0):
        raise ValueError(f"{where}: {name}: geonames must be a positive integer id: {gid!r}")
    precision = entry.get("precision")
    if precision is not None and not (isinstance(precision, int) and 1 <= precision <= 7):
        raise ValueError(f"{where}: {name}: precision must be a UCDP code from 1 to 7: {precision!r}")
    every = (name, *names)
    for n in (*every, *adjectives):
        if not readable_name(n):
            raise ValueError(f"{where}: {name}: {n!r} cannot be recognised (capitalise every word but connectors)")
    folded = {normalise(n) for n in every}
    if len(folded) != len(every):
        raise ValueError(f"{where}: {name}: names repeat one another: {every}")
    if any(normalise(a) in folded for a in adjectives):
        raise ValueError(f"{where}: {name}: an adjective is also listed as a name: {adjectives}")
    if any(normalise(a) not in folded for a in adjectival):
        raise ValueError(f"{where}: {name}: adjectival names must be among its names: {adjectival}")
    return NaturalFeature(name.strip(), names, adjectives, adjectival, code, float(lat), float(lon), country, gid,
                          precision)


@lru_cache(maxsize=4)
def load_natural_features(path: str = str(FEATURES_FILE)) -> tuple[NaturalFeature, ...]:
    """Every feature of the list, validated; no name (or adjective) may belong to two features."""
    where = Path(path).name
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    entries = raw.get("features") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{where}: expected a non-empty list under 'features'")
    features = tuple(_feature(e, where) for e in entries)
    owner: dict[str, str] = {}
    for f in features:
        for n in (*f.all_names, *f.adjectives):
            key = normalise(n)
            if key in owner and owner[key] != f.name:
                raise ValueError(f"{where}: {n!r} names both {owner[key]} and {f.name}")
            owner[key] = f.name
    return features


@lru_cache(maxsize=4)
def adjectival_names(path: str = str(FEATURES_FILE)) -> frozenset[str]:
    """Normalised names that English also uses as adjectives ("mediterranean", "caribbean")."""
    return frozenset(normalise(n) for f in load_natural_features(path) for n in f.adjectival)
