"""Capitals whose first-level division is the city itself (data/gazetteer/city_provinces.tsv).

A side of such a capital holds only its quarters, wherever its districts lie: Bangkok's districts reach 30 km
from its centre, and "Lat Krabang, in eastern Bangkok" is a quarter of the city, not a town of a province around
it (`where_precision._holds_a_district` judges other capitals' bare names by distance).
"""
from __future__ import annotations

from functools import lru_cache

from eventwatch.geo.derive import DATA_DIR

CITY_PROVINCES_FILE = DATA_DIR / "city_provinces.tsv"


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The ISO codes of the countries listed in the file (one per line, the capital's name as a note)."""
    codes = set()
    for line in CITY_PROVINCES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            codes.add(line.split("\t", 1)[0].strip().upper())
    return frozenset(codes)


def capital_is_its_division(country_code: str) -> bool:
    """Whether the country's capital (PPLC) is a city whose first-level division is the city itself."""
    return country_code.upper() in _countries()
