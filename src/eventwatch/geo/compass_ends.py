"""A town's compass end ("the West End of Aberdeen", "Toronto's East End"): a part of that town, no namesake.

Nearly every town of size has a West End, an East End or a North Side, and the gazetteer holds a few of them as
places of their own (Vancouver's West End, one in London, hamlets elsewhere). Written with "of" and its town,
or after the town's possessive, the part is that town's: read as one of the held ones, it pulls the town to that
one's neighbourhood (a small Aberdeen lies in British Columbia, as Vancouver's West End does), and the city the
story is about loses to it. After a possessive, an end the gazetteer holds within the town's reach ("London's West
End") is the one meant and keeps its reading.
Such a part is left unknown, held by its town, so the town is read on its own and the part stands in
at it, as the story's other mentions of that end do. The town, whose part the story is set in, is firmly a
place, and one large enough to be cut into ends (`TOWN_WITH_ENDS`): its hamlets of the name are left out.
A later mention takes that town only where nothing gives it a town of its own: no town's possessive before it
("London's West End"), no "of"/"in" and a name after it, and no other town named between the two mentions
("the West End of Aberdeen, while theatres in London's West End"): such a mention keeps its own reading.
A compass end written alone ("shops in the West End") keeps its readings, and so does one "of" a name that is
no town ("the East End of Long Island": an island).
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.distances import flat_km
from eventwatch.geo.name_span import NameSpan

# "West End", "North Side", "Southside": a compass word and a word for a town's side.
_COMPASS_END = re.compile(r"(?:north|south|east|west)\s?(?:end|side)")
# Between the part and its town: "of", perhaps "the" ("the West End of the city of X" is left alone).
_OF = re.compile(r"\s+of\s+")
# A mention's own town beside it: a possessive before ("London's West End"), "of"/"in" and a name after.
_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*['’]s\s+(?:[Tt]he\s+)?$")
# A possessive right before the end, its town's name ending where it starts: "Toronto's East End".
_POSSESSIVE_BEFORE = re.compile(r"['’]s\s+$")
_TOWN_AFTER = re.compile(r",?\s+(?:of|in)\s+(?:the\s+)?[A-Z]")


# How near its town's point a held end of the town lies (London's West End is some 2 km from it).
END_KM = 15.0
# A town cut into named ends holds some thousands of people: a hamlet has no West End.
TOWN_WITH_ENDS = 10_000


def _towns_with_ends(s: NameSpan) -> list:
    """The readings of the name, as written, that are towns large enough to have ends, or divisions a city may
    also be (Aberdeen is a council area too); none where the name is a country's, a state's or an island's."""
    if any(c.exact and (c.feature_code.startswith("PCL") or c.feature_code in ("ADM1", "ISL", "ISLS"))
           for c in s.candidates):
        return []
    towns = [c for c in s.candidates if c.exact and c.feature_code.startswith("PPL") and c.population >= TOWN_WITH_ENDS]
    return towns + [c for c in s.candidates if c.exact and c.feature_code == "ADM2"] if towns else []


def hold_compass_ends(text: str, spans: Sequence[NameSpan]) -> None:
    """Leave each compass end written "of" a town unknown, held by that town (`container`)."""
    by_start = {s.start: k for k, s in enumerate(spans)}
    by_end = {s.end: k for k, s in enumerate(spans)}
    held: dict[str, int] = {}
    for s in spans:
        if s.unknown or not s.locational or _COMPASS_END.fullmatch(s.norm) is None:
            continue
        m = _OF.match(text, s.end)
        k = by_start.get(m.end()) if m is not None else None
        owned = False
        if k is None:  # "Toronto's East End": the town's possessive before its end
            p = _POSSESSIVE_BEFORE.search(text, max(0, s.start - 12), s.start)
            k = by_end.get(p.start()) if p is not None else None
            if k is not None and not spans[k].locational:
                k = None  # "Clinton's East End tour": a person's possessive owns no town's end
            owned = k is not None
        towns = _towns_with_ends(spans[k]) if k is not None else []
        if not towns or owned and _held_in(s, towns):
            continue  # "London's West End": the gazetteer holds that town's own end, which is meant
        s.candidates, s.unknown, s.container = [], True, k
        # the town, whose part the story is set in, is firmly a place, and one large enough to have ends
        spans[k].candidates, spans[k].firm = towns, True
        held.setdefault(s.norm, k)
    for s in spans:  # the story's other mentions of that end are the same town's ("the West End show")
        if s.norm in held and not s.unknown and not _own_town(text, s, spans, held[s.norm]):
            s.candidates, s.unknown, s.container = [], True, held[s.norm]


def _held_in(s: NameSpan, towns: Sequence) -> bool:
    """Whether a reading of the end, as written, lies within `END_KM` of the town's largest reading (the city a
    possessive before a named end means: a namesake town's neighbour says nothing)."""
    t = max(towns, key=lambda c: c.population or 0)
    return t.lat is not None and any(c.exact and c.lat is not None and flat_km(c.lat, c.lon, t.lat, t.lon) <= END_KM
                                     for c in s.candidates)


def _own_town(text: str, s: NameSpan, spans: Sequence[NameSpan], k: int) -> bool:
    """Whether a later mention of a held end has a town of its own: one beside it ("London's West End", "the
    West End of Leeds") or another town named between it and the held end's town `k`."""
    if _OWNER_BEFORE.search(text, max(0, s.start - 40), s.start) or _TOWN_AFTER.match(text, s.end):
        return True
    town = spans[k]
    lo, hi = sorted((town.end, s.start))
    return any(lo <= t.start and t.end <= hi and t.locational and t.norm != town.norm and t.norm != s.norm
               and _COMPASS_END.fullmatch(t.norm) is None
               and any(c.exact and c.feature_code.startswith("PPL") for c in t.candidates) for t in spans)
