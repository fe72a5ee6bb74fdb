"""A town named like the region it heads, written beside another town of its country, is the town:
"soldiers left Menaka for Ansongo", "floods cut the road between Matam and Podor".

Many countries name a first-level division after its seat (Mali's Ménaka and Mopti, Niger's Diffa, Burkina's
regions of old). The resolver may read the bare name as the region where the region counts more people, or where
the story's other names lie in or beside it. But a writer who puts the name beside a town of the same country, in
the same sentence, speaks of towns: a region would be called one ("the Menaka region", "Mopti and Segou regions",
read as divisions before this rule is asked), and a region named beside a peer region of its country stays one
("grocers in Quebec and Ontario", a town named elsewhere in the sentence). The town must be the region's own namesake (its own name the
region's, lying in it: not "Montana City" for Montana), so nothing but the level changes.

The rule speaks only of a bare name beside a town of another region. A name written as what holds another ("Celaya,
Guanajuato", "Kati in Koulikoro") is the region by that very use; so is one after a compass or "rural" word
("northern Quebec", "rural southern Idlib"), which parts an area, not a town. A town lying in the region itself
("Montreal" beside "Quebec") is one the region holds, not its peer; and a peer bearing a first-level division's name
of its own ("Mandera and Lamu", "Lambayeque and Tumbes") may be read as that region, so the pair may be regions too.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import normalise
from eventwatch.geo.resolve import Resolution

# What ends a sentence between two names: the town must stand beside its peer in one sentence.
_SENTENCE_BREAK = re.compile(r"[.!?;\n]")
# How far apart the two names may be: one sentence's reach, so that a long text costs time linear in its names.
_REACH = 300
# A division word right after the name ("Menaka region", "Menaka and Gao regions") keeps the region.
_DIVISION_AFTER = re.compile(r"(?i)\s*(?:(?:and|,)\s+\w+\s+)?(?:regions?|provinces?|states?|departments?|"
                             r"governorates?|prefectures?|districts?|circles?|cercles?)\b")
# A compass or "rural" word right before the name ("northern Quebec", "rural southern Idlib"): a part of an area.
_AREA_BEFORE = re.compile(r"(?i)\b(?:[a-z]+-)?(?:[a-z]+ern|north|south|east|west|central|rural|upper|lower|greater)"
                          r"(?:\s+(?:and|or)\s+[a-z-]+)?\s+(?:of\s+)?(?:the\s+)?$")


def _own_town(r: Resolution) -> Optional[Candidate]:
    """The region's namesake town among the name's readings: a populated place spelled exactly, in the region."""
    region = r.candidate
    own = normalise(region.name)
    for _sc, c in r.ranked:
        if c.feature_code.startswith("PPL") and c.exact and c.country_code == region.country_code \
                and c.admin1_code == region.admin1_code and c.lat is not None and normalise(c.name) == own:
            return c
    return None


def towns_beside_towns(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                       keep: Sequence[bool]) -> list[tuple[int, Candidate]]:
    """(index, town) for each bare name read as a first-level division that has a namesake town of its own, where
    the same sentence names another town of that country (read as a populated place)."""
    out: list[tuple[int, Candidate]] = []
    towns = [k for k, r in enumerate(resolutions) if keep[k] and r is not None and r.candidate is not None
             and spans[k].locational and r.candidate.feature_code.startswith("PPL")]
    if not towns:
        return out
    starts = [spans[m].start for m in towns]
    # peers that are regions: read as one, or named like one of their country ("Lamu" read as the town)
    regions = [k for k, r in enumerate(resolutions) if keep[k] and r is not None and r.candidate is not None
               and spans[k].locational and (r.candidate.feature_code == "ADM1" or _named_like_region(r))]
    region_starts = [spans[m].start for m in regions]
    holders = {s.container for s in spans if s.container is not None}
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if not keep[k] or r is None or r.candidate is None or r.candidate.feature_code != "ADM1" \
                or not s.locational or s.demonym or s.vague is not None or s.j - s.i != 1 or k in holders \
                or s.direction is not None:
            continue
        if _DIVISION_AFTER.match(text, s.end) is not None \
                or _AREA_BEFORE.search(text, max(0, s.start - 40), s.start) is not None:
            continue
        town = _own_town(r)
        if town is None:
            continue
        # a peer named like a region but read as a town by its own words ("near Gao", "from Gao to Menaka") is
        # a town: the pair speaks of towns
        within = regions[bisect_left(region_starts, s.start - _REACH) : bisect_right(region_starts, s.end + _REACH)]
        peers = [m for m in within if not _town_by_its_words(text, spans, resolutions, m, k)]
        if _beside(text, k, spans, resolutions, peers, [spans[m].start for m in peers], town.country_code):
            continue
        if _beside(text, k, spans, resolutions, towns, starts, town.country_code, outside=r.candidate.admin1_code):
            out.append((k, town))
    return out


# "from X to Y": the two ends of a journey or a road are towns, not the regions named after them.
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_BETWEEN = re.compile(r"\s+to\s+$")


def _town_by_its_words(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]], m: int,
                       k: int) -> bool:
    """Whether peer m, read as a populated place, is one by the words around it: a cue that only a town takes
    ("near Gao", "the town of Gao"), or the other end of a route with name k ("from Gao to Menaka")."""
    r = resolutions[m]
    if not r.candidate.feature_code.startswith("PPL"):
        return False
    if spans[m].vague in ("near", "city"):
        return True
    a, b = (spans[m], spans[k]) if m < k else (spans[k], spans[m])
    return _TO_BETWEEN.fullmatch(text, a.end, b.start) is not None \
        and _FROM_BEFORE.search(text, max(0, a.start - 6), a.start) is not None


def _named_like_region(r: Resolution) -> bool:
    """Whether a name read otherwise has an exact first-level reading in its read place's country ("Lamu")."""
    country = r.candidate.country_code
    return any(c.feature_code == "ADM1" and c.exact and c.country_code == country for _sc, c in r.ranked)


def _beside(text: str, k: int, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
            others: Sequence[int], starts: Sequence[int], country: str, outside: Optional[str] = None) -> bool:
    """Whether one of `others` (indices, ordered by start) of `country` shares name k's sentence within reach; with
    `outside`, only one not lying in that first-level division (a town the region holds is no peer of it)."""
    s = spans[k]
    for m in others[bisect_left(starts, s.start - _REACH) : bisect_right(starts, s.end + _REACH)]:
        c = resolutions[m].candidate
        if m == k or spans[m].norm == s.norm or c.country_code != country \
                or (outside is not None and c.admin1_code == outside):
            continue
        lo, hi = (s.end, spans[m].start) if m > k else (spans[m].end, s.start)
        if lo <= hi and _SENTENCE_BREAK.search(text, lo, hi) is None:
            return True
    return False
