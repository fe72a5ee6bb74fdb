"""The country that governs a territory holding a country code of its own (French Guiana, Greenland, Bermuda).

The gazetteer files Kourou under GF and Nuuk under GL, yet a writer may place either in the country that governs
it ("riots in Kourou in France", "protests in Nuuk in Denmark"): a town of such a territory, written in its
governing country, is the territory's own town, not a namesake of one the gazetteer lacks there
(geo/stated_containers._far_from_country). The list is data (data/gazetteer/governed_territories.tsv).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from eventwatch.geo.derive import DATA_DIR


@lru_cache(maxsize=1)
def _governors() -> dict[str, str]:
    """Territory code → governing country code, read once."""
    out: dict[str, str] = {}
    for line in (DATA_DIR / "governed_territories.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        territory, governor = line.split("\t")[:2]
        out[territory.strip()] = governor.strip()
    return out


def governs(country: Optional[str], territory: Optional[str]) -> bool:
    """Whether `country` governs `territory` (both ISO codes), a territory having its own code."""
    return bool(country) and bool(territory) and _governors().get(territory or "") == country
