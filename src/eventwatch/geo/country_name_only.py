"""A weak reading in a country that the story names only as a country, far from every place it names.

geo/namesakes.py lets a weak reading (a fuzzy spelling) stand when its country is among the countries the
story's firm names lie in. But a country named in passing ("the second-largest exporter after China", "buyers
look to Australia for wheat") says nothing about where the story's villages are: a Bangladeshi town the
gazetteer lacks should not land on a fuzzy namesake in Xinjiang because China was compared with Bangladesh.
Only a town or a division of that country, firmly named, ties the story to places there.

The same holds for a region named by its compass position ("the West Coast", "the Central Highlands",
"Central West"): each is a division in some country (Tasmania, Queensland and New Zealand all have one), and
what it means depends on the story's country. Read in a Canadian or a Vietnamese story it is that country's
coast or highlands, not a division of a country the story never sets a place in.

Such a reading is dropped: the name stays a place and stands in at the story's own places.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Optional, Sequence

from eventwatch.geo.distances import is_area, km_against
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import Resolution

# A weak reading this close to a place the story names is a neighbour of it, whatever its country.
NEAR_KM = 250.0
# Words that open a name by its position in a country rather than by a name of its own.
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "upper", "lower", "far", "mid", "northeast", "northwest", "southeast", "southwest"})
# Common nouns that, after a compass word, still name no place of their own ("the West Coast", "the Central
# Highlands"). A proper name after the compass word ("North Waziristan", "South Kordofan") is a division's own
# name, read wherever the text sets it, and never dropped here.
_GENERIC = frozenset({"coast", "coastal", "highlands", "lowlands", "uplands", "midlands", "tablelands", "plains",
                      "plateau", "hills", "slopes", "islands", "region", "district", "province", "division",
                      "valley", "lakes", "desert", "frontier", "interior", "bank", "shore"}) | _COMPASS


def _compass_division(s: NameSpan, code: str) -> bool:
    """Whether the span is a second-level division named by its compass position ("West Coast")."""
    words = s.norm.split()
    return (code == "ADM2" and len(words) >= 2 and words[0] in _COMPASS and s.container is None
            and all(w in _GENERIC for w in words[1:]))


def _weak_or_compass(s: NameSpan, r: Optional[Resolution]) -> bool:
    """Whether the span is read fuzzily, or as a compass-named division, in a country, with a point."""
    if r is None or r.candidate is None or not s.locational or s.demonym:
        return False
    c = r.candidate
    if c.source == "user" or c.lat is None or not c.country_code:
        return False
    return (not c.exact and s.container is None) or _compass_division(s, c.feature_code)


def country_name_only_readings(spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                               keep: Optional[Sequence[bool]] = None) -> list[int]:
    """Indices of spans read fuzzily, or as a compass-named division, in a country where no other firm name
    of the story lies below the country itself, and farther than NEAR_KM from every place the story names."""
    keep = keep if keep is not None else [True] * len(spans)
    asked = [k for k, (s, r) in enumerate(zip(spans, resolutions)) if keep[k] and _weak_or_compass(s, r)]
    if not asked:
        return []
    # (index, country, point) of every firm reading below a country: a town, a division, a feature.
    local: list[tuple[int, str, Optional[tuple[float, float]]]] = []
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if not keep[k] or r is None or r.candidate is None or r.unsupported:
            continue
        c = r.candidate
        if not s.locational or s.demonym or not c.exact or s.weak or c.feature_code.startswith("PCL"):
            continue
        point = (c.lat, c.lon) if c.lat is not None and (not is_area(c) or c.feature_code == "ADM1") else None
        local.append((k, c.country_code or "", point))
    # Indexed once, not walked for every reading (the square of a long story's names): the countries named, by
    # where they end; the firm readings by country; their points, each distinct point once with its count.
    countries = sorted([(t.end, q.candidate.country_code) for j, (t, q) in enumerate(zip(spans, resolutions))
                        if keep[j] and q is not None and q.candidate is not None
                        and q.candidate.feature_code.startswith("PCL")], key=lambda x: x[0])
    country_ends = [end for end, _ in countries]
    own = {j: (cc, p) for j, cc, p in local}
    local_in = Counter(cc for _, cc, _ in local)
    point_count = Counter(p for _, _, p in local if p is not None)
    points = sum(point_count.values())
    far: dict[tuple[float, float, Optional[tuple[float, float]]], bool] = {}
    out: list[int] = []
    for k in asked:
        s, c = spans[k], resolutions[k].candidate
        if any(cc == c.country_code for _, cc in
               countries[bisect_left(country_ends, s.start - 120) : bisect_right(country_ends, s.start)]):
            continue  # "flew to Egypt for a week in Sharm el Sheik": the country just named is where the name lies
        own_cc, own_point = own.get(k, (None, None))
        if points - (own_point is not None) == 0 or local_in[c.country_code] - (own_cc == c.country_code) > 0:
            continue  # no point of another name to be far from, or another firm name in the reading's country
        key = (c.lat, c.lon, own_point)
        if key not in far:
            far[key] = all(km_against(c.lat, c.lon, p[0], p[1], NEAR_KM) > NEAR_KM for p, n in point_count.items()
                           if n > (p == own_point))
        if far[key]:
            out.append(k)
    return out

