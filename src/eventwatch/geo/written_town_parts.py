"""A place written with the town it lies in ("Victoria, in Mahé", "Chipata compound, Lusaka") lies in that town.

geo/city_sections.py codes such a place as a section where its reading already lies near the town. Often it
does not: the name's most likely reading on its own is a namesake far away (Victoria is Hong Kong's old name;
Chipata is a city in Zambia's east, and also a compound of Lusaka). The text has said where the place is:

- a reading of the name, spelled exactly, within `_PART_KM` of the town's reading is the one meant (the
  capital of the Seychelles, read for "Mahé" as its island's town); an island written as the holder
  ("Victoria, in Gozo") holds a town the same way, where the island's point lies that near it (of any size:
  the gazetteer has no population for islands, and only the nearness to the island's point is asked);
- a name written with a town-part noun ("X compound", "the X township of Y", "X suburb, Y") whose readings all
  lie far from the town is a part the gazetteer lacks: it is left unresolved, to stand in at the town.

A part never outnumbers its town: where the name's reading, or one of its exact readings in the town's country,
holds more people than the town, or is a capital or a seat while the town is a plain town, the text names the city first and its part after it ("the
Tokyo ward of X", "Moscow suburb, X"), and nothing is moved.

A bare name before a comma and a town with no reading near it keeps its reading: "Lagos, Abuja" is a list,
not a town inside another. A list going on after the town ("Kingston, Spanish Town and Portmore") places
nothing, nor does a town opening one after a name ("from Accra, Kumasi and Tamale").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import LIST_GOES_ON, Resolution

# How close to the town's point a reading must lie to be the place the text puts in it.
_PART_KM = 25.0
# Nouns naming a part of a town written right after the part's name.
_PART_NOUNS = r"(?:compound|township|ward|suburb|neighbou?rhood|quarter|barrio|colonia|favela|slum)s?"
# "X compound, Y", "X township of Y", "X ward in Y"
_PART_GAP = re.compile(rf"\s+{_PART_NOUNS}(?:\s*,\s*|\s+(?:in|of)\s+)(?:the\s+)?")
# "X, Y", "X, in Y", "X, on Y"
_COMMA_GAP = re.compile(r"\s*,\s+(?:(?:in|on)\s+)?")
# A comma and a capitalised word right before the name: the name continues a list.
_LIST_BEFORE = re.compile(r",\s*(?:and\s+|or\s+)?$")


def readings_in_written_towns(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                              keep: Sequence[bool]) -> list[tuple[int, Optional[Candidate]]]:
    """(index, reading) for each span written inside the town after it whose reading lies farther than
    `_PART_KM` from that town: its exact reading near the town, or None (a named part the gazetteer lacks, to
    stand in at the town; the span's container is set to the town)."""
    out: list[tuple[int, Optional[Candidate]]] = []
    for k in range(len(spans) - 1):
        r, held = resolutions[k], resolutions[k + 1]
        s, town = spans[k], spans[k + 1]
        if not keep[k] or not keep[k + 1] or r is None or held is None or held.candidate is None \
                or not s.locational or not town.locational or town.vague is not None:
            continue
        city = held.candidate
        if not (city.feature_code.startswith("PPL") or city.feature_code == "ISL") or city.lat is None \
                or city.lon is None:
            continue  # a town, or an island named as a town's ("Victoria, in Gozo"; any island: the gazetteer
            # gives islands no population to size them by, and a name with an exact reading near the island's point
            # is the one meant however large the island is)
        end = max(s.end, s.phrase_end)
        part = _PART_GAP.fullmatch(text, end, town.start) is not None
        if not part and (_COMMA_GAP.fullmatch(text, end, town.start) is None
                         or _LIST_BEFORE.search(text, max(0, s.start - 8), s.start) is not None):
            continue
        if LIST_GOES_ON.match(text, town.end) is not None:
            continue
        c = r.candidate
        if _outnumbers(s, c, city):
            continue  # "the Tokyo ward of X", "Moscow suburb, X": the city is named first, its part after it
        if c is not None and c.lat is not None and haversine_km(c.lat, c.lon, city.lat, city.lon) <= _PART_KM:
            continue
        near = _nearest(s.candidates, city)
        if near is not None:
            out.append((k, near))
        elif part:
            s.container = k + 1
            out.append((k, None))
    return out


def _nearest(candidates: Sequence[Candidate], city: Candidate) -> Optional[Candidate]:
    """The exactly spelled reading nearest the town's point, if one lies within `_PART_KM` of it."""
    best, best_km = None, _PART_KM
    for c in candidates:
        if not c.exact or c.lat is None or c.lon is None:
            continue
        km = haversine_km(c.lat, c.lon, city.lat, city.lon)
        if km <= best_km:
            best, best_km = c, km
    return best


def _outnumbers(s: NameSpan, c: Optional[Candidate], city: Candidate) -> bool:
    """Whether the name's reading c, or an exact reading of it in the town's country, holds more people than the
    town's reading or is a capital or a seat (PPLC, PPLA..) while the town is a plain town: then the name is the
    city and the town after it its part ("the Lima district of X", Lima read as Ohio's still has Peru's). A
    namesake abroad ("Victoria" read as Hong Kong's before "in Mahé") says nothing of the part, nor does an
    island, which the gazetteer gives no population."""
    if not city.feature_code.startswith("PPL") or city.country_code is None:
        return False
    readings = [o for o in s.candidates if o.exact and o.country_code == city.country_code]
    if c is not None and c.country_code == city.country_code:
        readings.append(c)
    return any((o.population or 0) > (city.population or 0)
               or (o.feature_code == "PPLC" or o.feature_code.startswith("PPLA")) and city.feature_code == "PPL"
               for o in readings)
