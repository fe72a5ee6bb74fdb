"""A division written after a town ("Baliuag, Bulacan") is the division holding that town.

The resolver's rounds weigh a container's readings by the whole story's places, and an outbreak story often
moves between two regions of one country: the first farms in one province, later cases on another island. The
second region's names then pull every name towards it, and a province whose name a village of that region
also bears was read as the village, though the text had just written a town inside the province. The town's
own reading is the firmer word: where the container's chosen reading lies in another first-level division (or
country) than the town, and another reading of the container, a division or a country spelled as written,
holds the town, that reading is meant. The story's other bare mentions of the name that had the same pulled
reading take it too: a story means one place by one name.

Only a division or a country is taken, never a town: "Queens, New York" keeps the city, which holds the
borough in its own first-level division, and nothing moves where the container already holds the town in that
loose sense. A town read only by a look-alike spelling, or left unsupported, gives no such word; nor does a
facility ("the Crossroads prison in Shelby"), whose readings are a name inside it, not a town the text placed.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.split_divisions import holds_filed


def _holds(division: Candidate, town: Candidate) -> bool:
    """Whether a reading of the container holds the town: its country, or its first-level division (a
    second-level division, or a town, within the town's first-level division counts too: the loose sense)."""
    if division.country_code != town.country_code or not division.country_code:
        return False
    if division.feature_code.startswith("PCL"):
        return True
    return bool(division.admin1_code and town.admin1_code and holds_filed(division.admin1_code, town.admin1_code))


def _division(c: Candidate) -> bool:
    return c.feature_code.startswith(("ADM1", "ADM2", "PCL")) and not c.feature_code.endswith("H")


def container_readings(spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]],
                       ranked: Sequence[Sequence[tuple[float, Candidate]]]) -> dict[int, Candidate]:
    """Span index → the reading of a written container that holds the town written before it, for each
    container whose chosen reading (`chosen`, None where unread or unsupported) holds it not; then that
    reading, or the one the container kept, for the name's bare mentions read as a town in another first-level
    division or country. `ranked[k]` is span k's scored readings (with the readings beyond the candidate cut)."""
    out: dict[int, Candidate] = {}
    held_as: dict[str, Candidate] = {}  # name → the reading a written container of that name holds its town in
    for i, s in enumerate(spans):
        k = s.container
        if k is None or k >= len(spans) or s.facility:
            continue  # a facility's readings are borrowed from the name inside it: no town of its own
        town, held = chosen[i], out.get(k, chosen[k])
        if town is None or held is None or not town.feature_code.startswith("PPL") or not town.exact \
                or not town.admin1_code:
            continue
        if not _holds(held, town):
            new = next((c for _sc, c in ranked[k] if _division(c) and (c.exact or not held.exact)
                        and _holds(c, town)), None)
            if new is None:
                continue
            out[k] = held = new
        held_as.setdefault(spans[k].norm, held)
    for j, s in enumerate(spans):
        c = chosen[j]
        reading = held_as.get(s.norm)
        if j in out or reading is None or c is None or c.id == reading.id or not c.feature_code.startswith("PPL") \
                or _holds(reading, c) or s.container is not None:
            continue
        if any(x.id == reading.id for _sc, x in ranked[j]):
            out[j] = reading
    return out
