"""The homeland a people's name means when that name must be resolved as a place (data/gazetteer/homelands.yaml).

Only `resolve_names` asks, for spans a caller gives as places (gold toponyms): the recogniser reads these
words as peoples, never as places by themselves, since a people living across borders names no one place
(see inhabitants.yaml). Asked to place "Arab" or "Tamil" anyway, the region the people is named for is the
reading a reader would give; the gazetteer's namesakes of the word ("Arab", Alabama) or its fuzzy look-alikes
("Tama", Japan) are not.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.gazetteer import Candidate, Gazetteer, prior_score
from eventwatch.geo.normalise import normalise
from eventwatch.geo.yaml_files import name_list, parse_yaml

HOMELANDS_FILE = DATA_DIR / "homelands.yaml"
_KEYS = frozenset({"forms", "place", "country"})


@lru_cache(maxsize=2)
def load_homelands(path: str = str(HOMELANDS_FILE)) -> dict[str, tuple[str, Optional[str]]]:
    """Normalised form → (the homeland's name, its country code or None)."""
    where = Path(path).name
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    out: dict[str, tuple[str, Optional[str]]] = {}
    for entry in raw.get("homelands", []):
        if not isinstance(entry, dict) or set(entry) - _KEYS or not isinstance(entry.get("place"), str):
            raise ValueError(f"{where}: an entry is a mapping of forms, place and an optional country: {entry!r}")
        forms = name_list(entry, "forms", where)
        if not forms:
            raise ValueError(f"{where}: an entry needs its forms: {entry}")
        for form in forms:
            out[normalise(form)] = (entry["place"], entry.get("country"))
    return out


def homeland_readings(gaz: Gazetteer, surface: str) -> list[Candidate]:
    """The readings of the homeland `surface` names if it is a people's name of the list, best first; else []."""
    found = load_homelands().get(normalise(surface))
    if found is None:
        return []
    place, country = found
    readings = [c for c in gaz.lookup(place, limit=50) if c.exact and (country is None or c.country_code == country)]
    return sorted(readings, key=prior_score, reverse=True)[:1]
