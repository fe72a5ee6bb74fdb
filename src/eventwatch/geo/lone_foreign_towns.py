"""A mid-sized town (or a municipality) abroad, in a story set wholly in another country: a local place the
gazetteer lacks.

Suburbs and townships often share a name with a town of another continent (a "Lichfield" among
Johannesburg's townships). The gazetteer may hold only the faraway town; a sizeable one
reads as an anchor, so geo/namesakes.py keeps it. But when every other place the story names lies in one
country, and nothing in the story (no other place there, no people of it) points to the town's own
country, the story's places outweigh the town's population: the name is kept unresolved and stands in at the
story's places. A world city (WORLD_CITY_POPULATION and up) or a capital is still what its name means.

A life story is the exception: where someone was born, raised or trained, or moved from, is as often abroad as
not ("born in a small Swedish town, now coaches in Winnipeg"), so a town after such words keeps its reading.
"""
from __future__ import annotations

from collections import Counter

import re
from typing import Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.resolve import Resolution

# A town, or a municipality or a district by its bare name ("in Ayala", Mexico's municipality, in a story of
# Zamboanga's barangays): a second- or third-order division abroad is as local a namesake as a town.
_LOCAL_CODES = ("PPL", "ADM2", "ADM3")
_DIVISION_CODES = ("ADM2", "ADM3")
# Words that name a division as such ("Kern County", "Borough of Wirral", "Kasese District"): the writer names
# the division, not a local place that shares its name.
_DIVISION_WORDS = frozenset({"county", "borough", "district", "parish", "municipality", "shire", "township",
                             "province", "prefecture", "department", "region", "canton", "commune", "regency"})
# Words that name an island or a group of them ("the Isle of Wight", "the Orkney Islands"): the division the island
# is, not a village that shares its name.
_ISLAND_WORDS = frozenset({"isle", "isles", "island", "islands"})
# Heads of a landform's name ("the Derwent Valley", "the Eden Vale"): a river's or a landform's name recurs wherever
# settlers carried it, so a division held only under such a name may be the story's own valley or plain.
_LANDFORM_HEADS = frozenset({"valley", "vale", "plain", "plains", "dale", "dales", "hills", "downs", "basin"})
# At least this many other firm places, all in one country, set a story there.
SET_IN_PLACES = 3
# The town lies this far from each of them: not a neighbour across a border.
ABROAD_KM = 800.0
# Words of a person's origin or schooling shortly before the town, in the same clause ("was born in",
# "trained as a nurse in", "moved from", "a native of"). Not a bare "from": "a man from Brookfield" in a
# local story is a neighbour of the story's places, the very case the rule is for.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:born|raised|grew[ \u00a0]up|trained|studied|educated|emigrated|immigrated|moved[ \u00a0]from"
    r"|native[ \u00a0]of|hails?[ \u00a0]from)\b[^.;:!?()]{0,30}\Z")
# The same words as the other rules of a town abroad read them (geo/dateline_state_strays.py).
ORIGIN_BEFORE = _ORIGIN_BEFORE


def lone_foreign_towns(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                       keep: Optional[Sequence[bool]] = None) -> list[int]:
    """Indices of spans placed by a cue ("in Lichfield", "at the Lichfield clinic") and read as a town below
    world-city size in a country nothing else in the story names, while the story's other firm places (at least
    SET_IN_PLACES) all lie in one other country, far away, and no reading of the name lies there. A name
    without a place cue ("camps such as Ravensbruck") is more often a famous place abroad, and is left alone,
    and so is a town after words of someone's origin (`_ORIGIN_BEFORE`)."""
    keep = keep if keep is not None else [True] * len(spans)
    chosen = [r.candidate if keep[k] and r is not None and not r.unsupported else None
              for k, r in enumerate(resolutions)]
    # Counted once per story, each name then leaving its own mentions out: a list of thousands of names would
    # otherwise rebuild every other name's readings for each of them.
    named: Counter = Counter()  # country → readings of the story's names there
    named_by: Counter = Counter()  # (country, name) → the same, by name
    # (a sea or a river held in no country, "the Sulu Sea", sets the story in none: it is not counted)
    firm_all = [(spans[m].norm, o) for m, o in enumerate(chosen) if o is not None and spans[m].locational
                and not spans[m].demonym and o.exact and o.lat is not None and o.country_code
                and not o.feature_code.startswith(("PCL", "CONT"))]
    firm_in: Counter = Counter(o.country_code for _n, o in firm_all)
    firm_by: Counter = Counter((o.country_code, norm) for norm, o in firm_all)
    for m, o in enumerate(chosen):
        if o is not None:
            named[o.country_code] += 1
            named_by[(o.country_code, spans[m].norm)] += 1
    out = []
    for k, s in enumerate(spans):
        c = chosen[k]
        if c is None or not s.located or not s.locational or s.demonym or c.source == "user" or c.lat is None \
                or not c.feature_code.startswith(_LOCAL_CODES) or c.feature_code == "PPLC" \
                or c.population >= WORLD_CITY_POPULATION \
                or _ORIGIN_BEFORE.search(text, max(0, s.start - 60), s.start) is not None \
                or (c.feature_code in _DIVISION_CODES and not _namesake_division(text, s, c)):
            continue
        if named[c.country_code] - named_by[(c.country_code, s.norm)] > 0:
            continue  # the story names the town's country, a place there or its people
        countries = {cc for cc, n in firm_in.items() if n - firm_by[(cc, s.norm)] > 0}
        if sum(firm_in.values()) - sum(firm_by[(cc, s.norm)] for cc in firm_in) < SET_IN_PLACES \
                or len(countries) != 1 or None in countries \
                or any(x.country_code in countries for x in s.candidates):
            continue  # a reading there exists: which one to take is the resolver's business
        firm = [o for norm, o in firm_all if norm != s.norm]
        if all(haversine_km(c.lat, c.lon, o.lat, o.lon) > ABROAD_KM for o in firm):
            out.append(k)
    return out


def _namesake_division(text: str, span: NameSpan, reading: Candidate) -> bool:
    """Whether a second- or third-order division read for `span` may be a namesake of a local place: written by
    its bare name, not with a word that names a division or an island ("stabbed in Kern County" is the county,
    "drowned off the Isle of Wight" the island), and a name that recurs: another place bears it too (Mexico's
    Ayala and its seat Ciudad Ayala; a saint's, a surname's or a hero's name, as Spanish colonial names are, is
    given again wherever they were), or its last word heads a landform's name (`_LANDFORM_HEADS`: "villages in
    the Derwent Valley", a river's name recurs wherever settlers carried it). A bare name only that one
    division bears ("a man stabbed in Kirklees", a coined borough's name), or one written after "the" as a
    region's name is ("the Scottish Borders"), is that division, however far the story's other places lie: a
    division has no population in the gazetteer to weigh as a town's does."""
    words = span.norm.split()
    if _DIVISION_WORDS.intersection(words) or _ISLAND_WORDS.intersection(words):
        return False
    return bool(words) and words[-1] in _LANDFORM_HEADS \
        or any(c.exact and c.id != reading.id for c in span.candidates)
