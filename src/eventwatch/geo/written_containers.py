"""A division written after a town ("Baliuag, Bulacan") is the division holding that town.

The resolver's rounds weigh a container's readings by the whole story's places, and an outbreak story often
moves between two regions of one country: the first farms in one province, later cases on another island. The
second region's names then pull every name towards it, and a province whose name a village of that region
also bears was read as the village, though the text had just written a town inside the province. The town's
own reading is the firmer word: where the container's chosen reading lies in another first-level division (or
country) than the town, and another reading of the container, a division or a country spelled as written,
holds the town, that reading is meant. The story's other bare mentions of the name that had the same pulled
reading take it too: a story means one place by one name. Only those: a bare mention read otherwise keeps its
reading. Where the container kept its reading, a bare mention read as a plain town of another region follows
it, but not a capital: a capital's bare name is its own ("Tacoma, Washington ... the Pentagon in Washington";
"Podolsk, Moscow ... the mayor of Moscow").

A written state or country is never moved: it is the firmer word, and where it holds no reading of the town
the town is the misread name, a small town the table lacks there ("near Oshkosh, Iowa" is no Iowa County in
Wisconsin); nor is a name with a state or country reading moved to a namesake county.

Where the container's chosen reading is a division that holds another reading of the town, the town is the
misread name and takes that reading ("Harwich, Essex": the English port, not a Cape Cod town beside an Essex
County of Massachusetts). Only a division or a country is taken for the container, never a town: "Queens, New York" keeps the city, which holds the
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


def _firm(c: Candidate) -> bool:
    """Whether a reading is a state or a country: a name written so after a town is the firmer word."""
    return c.feature_code == "ADM1" or c.feature_code.startswith("PCL")


def container_readings(spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]],
                       ranked: Sequence[Sequence[tuple[float, Candidate]]]) -> dict[int, Candidate]:
    """Span index → the reading of a written container that holds the town written before it, for each
    container whose chosen reading (`chosen`, None where unread or unsupported) holds it not; then that
    reading for the name's bare mentions that had the reading the container was moved from, and the reading a
    container kept for its bare mentions read as a plain town (no capital) it does not hold. `ranked[k]` is
    span k's scored readings (with the readings beyond the candidate cut)."""
    out: dict[int, Candidate] = {}
    moved_from: dict[str, tuple[int, Candidate]] = {}  # name → (the pulled reading's id, the reading moved to)
    kept: dict[str, Candidate] = {}  # name → the reading a container of that name kept, holding its town
    for i, s in enumerate(spans):
        k = s.container
        if k is None or k >= len(spans) or s.facility:
            continue  # a facility's readings are borrowed from the name inside it: no town of its own
        town, held = chosen[i], out.get(k, chosen[k])
        if town is None or held is None or not town.feature_code.startswith("PPL") or not town.exact \
                or not town.admin1_code:
            continue
        if _holds(held, town):
            if k not in out:
                kept.setdefault(spans[k].norm, held)
            continue
        inner = next((c for _sc, c in ranked[i] if c.exact and c.feature_code.startswith("PPL") and c.id != town.id
                      and _holds(held, c)), None) if _division(held) else None
        if inner is not None:
            out[i] = inner  # "Harwich, Essex": the county holds a namesake of the town; the town was misread
            continue
        if _firm(held):
            continue  # "near Oshkosh, Iowa": a written state holding no reading of the town; the town is misread
        # A name with a state or country reading is that one or none ("Waukesha, Washington", read as the
        # capital): never a namesake county in the misread town's state.
        firm = any(c.exact and _firm(c) for _sc, c in ranked[k])
        new = next((c for _sc, c in ranked[k] if _division(c) and (c.exact or not held.exact)
                    and (_firm(c) or not firm) and _holds(c, town)), None)
        if new is None:
            continue
        moved_from.setdefault(spans[k].norm, (held.id, new))
        out[k] = new
    if not moved_from and not kept:
        return out
    for j, s in enumerate(spans):
        c = chosen[j]
        if j in out or c is None or s.container is not None:
            continue
        entry = moved_from.get(s.norm)
        if entry is not None and c.id == entry[0]:
            reading = entry[1]  # the reading its written container was pulled to, moved alike
        elif s.norm in kept and c.feature_code == "PPL" and not _holds(kept[s.norm], c):
            reading = kept[s.norm]  # a village of another region, where the written one kept a reading
        else:
            continue  # "Tacoma, Washington ... the Pentagon in Washington": a capital by its bare name is its own
        if c.id != reading.id and any(x.id == reading.id for _sc, x in ranked[j]):
            out[j] = reading
    return out
