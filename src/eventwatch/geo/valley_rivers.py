""""The Sava valley", "the Kosi basin": a valley or a basin is a river's, read as the river the gazetteer holds.

A valley, a basin or a delta written in lower case after a bare name is named for the river that drains it,
and the gazetteer often holds that river as "X River" without a valley of the name. Read by its other readings
the bare name lands on a namesake division or town (a Sava province in Madagascar, a Kosi town in India) the
story gives no support. Where the chosen reading lies in no country the story's other names are in, the river
is the better place. A valley held under its own name ("the Swat valley": Swat Valley) and a reading in a
country the story names are left as read; so is a country, a capital or a province in a story that names no
other place ("Rains flooded the Kabul valley": nothing says the capital is a far namesake) or whose river has no
country or lies in the same one (the river says no more than the reading does). A town read in a story that
names nothing else gives way to the river ("the Sacramento valley").

The gazetteer's river point is its mouth (the Sava's lies at Belgrade, the Kosi's in India), so the river is
taken only where its mouth lies in a country the story names; where it does not, the name stands in at the
story's own places, neither at the far namesake nor across the border.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Optional, Sequence

from eventwatch.geo.resolve import Resolution
from eventwatch.geo.river_verbs import held_river

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Gazetteer
    from eventwatch.geo.name_span import NameSpan

_THE_BEFORE = re.compile(r"(?:^|\W)[Tt]he\s$")
_VALLEY_AFTER = re.compile(r" (?:valley|basin|delta|floodplain|catchment)\b")
# Readings that are already the valley or its water ("Swat Valley", a river, a stream).
_WATER_OR_VALLEY = ("STM", "VAL", "BSND", "DLTA", "LK")
# Readings that are a country, its capital or a province: kept where the river lies in no other country.
_SEATS = ("PCL", "PPLC", "ADM1")


def _water(r: Optional[Resolution]) -> bool:
    """Whether the reading is already the valley or its water."""
    return r is not None and r.candidate is not None and r.candidate.feature_code.startswith(_WATER_OR_VALLEY)


def rivers_of_valleys(gaz: "Gazetteer", text: str, spans: Sequence["NameSpan"],
                      resolutions: list[Optional[Resolution]], keep: Sequence[bool]) -> None:
    """Give each bare name before a lower-case "valley"/"basin" whose reading the story does not support the
    river the gazetteer holds as "X River", or leave it standing in at the story's places where that river's
    mouth lies outside the story's countries (in place, in `resolutions`)."""
    valleys = [k for k, s in enumerate(spans)
               if keep[k] and s.locational and not s.demonym and s.j - s.i == 1
               and _VALLEY_AFTER.match(text, s.end) is not None
               and _THE_BEFORE.search(text, max(0, s.start - 5), s.start) is not None]
    if not valleys:
        return
    # The story's countries, counted once per document by name: a valley named twice must not vouch for itself,
    # nor do the readings in question of other valleys ("the Drava valley, the Sava valley": each far namesake
    # would vouch for the other's).
    asked = {k for k in valleys if not _water(resolutions[k])}
    by_name: dict[str, Counter] = {}
    for n, q in enumerate(resolutions):
        if keep[n] and n not in asked and q is not None and q.candidate is not None and q.candidate.country_code:
            by_name.setdefault(spans[n].norm, Counter())[q.candidate.country_code] += 1
    total: Counter = Counter()  # added in place: `sum` of Counters makes a new one per name
    for counts in by_name.values():
        total.update(counts)
    # The names a stand-in can stand in at: places, not demonyms ("Croatian officials" name a country but no
    # place in it), each with the countries it reads in.
    grounds = {spans[n].norm for n, q in enumerate(resolutions)
               if keep[n] and n not in asked and spans[n].locational and not spans[n].demonym
               and q is not None and q.candidate is not None and q.candidate.country_code}
    demonyms = {q.candidate.country_code: q.candidate for n, q in enumerate(resolutions)
                if keep[n] and spans[n].demonym and q is not None and q.candidate is not None
                and q.candidate.country_code}
    rivers: dict[str, list] = {}
    for k in sorted(asked):
        s, r = spans[k], resolutions[k]
        reading = r.candidate if r is not None else None
        named = set((total - by_name.get(s.norm, Counter())).keys())
        if reading is not None and reading.country_code in named:
            continue
        if reading is not None and not named and reading.feature_code.startswith(_SEATS):
            continue  # "Rains flooded the Kabul valley": nothing in the story says the capital is a far namesake
        name = text[s.start : s.end]
        if name not in rivers:
            rivers[name] = held_river(gaz, name)
        if not rivers[name]:
            continue
        river = rivers[name][0]
        if reading is not None and reading.feature_code.startswith(_SEATS) \
                and river.country_code in (None, reading.country_code):
            continue
        if named and river.country_code is not None and river.country_code not in named:
            # the mouth lies across a border (a river GeoNames gives no country is shared, and across none)
            if reading is None:
                continue
            if grounds - {s.norm}:  # stand in at the story's places
                resolutions[k] = Resolution(None, 0, r.score, r.ranked)
            elif len(demonyms) == 1:  # only "Croatian officials" say where: the valley lies in their country
                country = next(iter(demonyms.values()))
                resolutions[k] = Resolution(country, country.precision, r.score, r.ranked)
            else:
                resolutions[k] = Resolution(river, river.precision, 0.0, [(0.0, river)])
            continue
        resolutions[k] = Resolution(river, river.precision, 0.0, [(0.0, river)])
