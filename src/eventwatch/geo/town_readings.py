"""Which one-word names read as towns, and whether two of them can be neighbours: what a list of names after a
preposition of place needs to be a list of a district's towns rather than of people or bodies.

A local paper lists a county's towns ("in Burlington, Hebron and Union", "growers from Norton, Hampton and
Salisbury"). The last or a middle name of such a list may also be a person's (a sergeant called Bristol) or a
body's ("the Union"); it is read as a town only where the list's other names are towns, not states, countries
or unknown words ("in Ohio and Congress", "letters from Garvey, Hampton and Deen"), and a body's name only where
a town of that name lies near the others ("Union" beside Burlington in Kentucky, not "Congress" beside
Sacramento). A state's or a country's name counts as a town beside a person's name only where a town of its name
lies near the person's town ("in Mexico and Fulton": two towns of one Missouri county).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.store import NAME_MAIN

# Towns a local paper lists together lie in one district: a few tens of kilometres apart.
NEIGHBOUR_KM = 60.0


def _exact_towns(s: NameSpan) -> list:
    """The populated places the name is, as written, the main name of."""
    return [c for c in s.candidates if c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL")]


def reads_as_town(s: NameSpan) -> bool:
    """Whether a one-word name is a town's as written and no state's or country's: "Burlington" is, "Ohio" (a
    state, though a village of Illinois bears the name) and "Georgia" are not."""
    if s.j - s.i != 1:
        return False
    # One plain loop over the readings (every one-word name is asked): a state's or a country's exact reading
    # settles it at once, and a town's must be there.
    town = False
    for c in s.candidates:
        if c.exact:
            fc = c.feature_code
            if fc == "ADM1" or fc.startswith("PCL"):
                return False
            if not town and c.kind == NAME_MAIN and fc.startswith("PPL"):
                town = True
    return town


@dataclass(frozen=True)
class ListTowns:
    """The document's one-word names that can be items of a list of towns, by token: those that read as towns
    (`reads_as_town`; `k in towns` asks this) and those that are a town's and a state's or a country's too
    ("Mexico", "Peru", "Lebanon", "Delaware"). A Midwestern paper lists "Mexico and Fulton" as two towns of one
    county; such a name counts as a town only beside a neighbour (`is_town_beside`), so "in Ohio and Congress"
    still pairs a state with a body."""

    towns: dict[int, NameSpan]
    namesakes: dict[int, NameSpan] = field(default_factory=dict)

    def __contains__(self, k: object) -> bool:
        return k in self.towns

    def __getitem__(self, k: int) -> NameSpan:
        return self.towns[k] if k in self.towns else self.namesakes[k]

    def keys(self):
        return self.towns.keys()

    def span(self, k: int) -> Optional[NameSpan]:
        """The name at token k, a town's or a polity's namesake town's, or None."""
        return self.towns.get(k) or self.namesakes.get(k)

    def is_town_beside(self, k: int, closer: int) -> bool:
        """Whether the name at token k counts as a town in a list that the name at token `closer` closes: it reads
        as one, or it is a state's or a country's name with a town of that name near a town reading of the
        closer ("Mexico" beside Fulton, Missouri)."""
        if k in self.towns:
            return True
        other = self.span(closer)
        return k in self.namesakes and other is not None and near_every(other, [self.namesakes[k]])

    def share_a_district(self, ks: Iterable[int]) -> bool:
        """Whether the names at tokens `ks` (two or more) are all towns and one town of the last lies near a town
        of each of the others (`one_district`)."""
        spans = [self.span(k) for k in ks]
        if len(spans) < 2 or any(s is None for s in spans):
            return False
        return one_district(spans[-1], spans[:-1])

    def neighbours(self, ks: Iterable[int], min_population: int = 0) -> bool:
        """Whether the names at tokens `ks` (two or more) are all towns (of `min_population` people or more)
        lying near the last of them: "Niles and Warren", not "Austin and Tyler"."""
        spans = [self.span(k) for k in ks]
        if len(spans) < 2 or any(s is None for s in spans):
            return False
        return near_every(spans[-1], spans[:-1], min_population=min_population)

    def one_region(self, ks: Iterable[int]) -> bool:
        """Whether the names at tokens `ks` (two or more) are all towns as written with one first-level division
        among the readings of each ("Whitby, Skipton and Hull", all English): a region's towns, which a noun of
        its people may follow ("... readers"); surnames ("Jordan, Bryant and Durham") scatter over the map."""
        spans = [self.towns.get(k) or self.namesakes.get(k) for k in ks]
        if len(spans) < 2 or any(s is None for s in spans):
            return False
        # any name of the town, not only its main one: "Hull" is Kingston upon Hull's
        regions = [{(c.country_code, c.admin1_code) for c in s.candidates
                    if c.exact and c.feature_code.startswith("PPL") and c.admin1_code} for s in spans]
        return bool(set.intersection(*regions))

    def all_large(self, ks: Iterable[int], min_population: int) -> bool:
        """Whether the names at tokens `ks` are all read as towns of `min_population` people or more ("Leeds,
        York and Hull"): a list of cities, wherever they lie, whoever else bears one of the names."""
        spans = [self.towns.get(k) or self.namesakes.get(k) for k in ks]
        return bool(spans) and all(s is not None and any(c.population >= min_population for c in _exact_towns(s))
                                   for s in spans)


# A list of a district's towns anchored on one of them: the anchor may lie at the district's edge, so the others
# may lie half again a neighbour's distance from it (Hampton to Salisbury, New Brunswick: some 85 km).
DISTRICT_KM = 1.5 * NEIGHBOUR_KM


def one_district(last: NameSpan, others: Iterable[NameSpan], km: float = DISTRICT_KM) -> bool:
    """Whether one town of the name `last` lies within `km` of a town of each other name: the list's towns share a
    district. `near_every` lets each other name meet a different namesake of `last` (a Hampton beside a Norton in
    New Brunswick, another beside a Salisbury in New Hampshire), which vouches for no one neighbourhood."""
    theirs = [[c for c in _exact_towns(o) if c.lat is not None] for o in others]
    return any(all(any(haversine_km(a.lat, a.lon, b.lat, b.lon) <= km for b in t) for t in theirs)
               for a in _exact_towns(last) if a.lat is not None)


def town_spans(spans: Iterable[NameSpan]) -> ListTowns:
    """The document's one-word names that read as towns and those that name a polity and a town (`ListTowns`)."""
    towns: dict[int, NameSpan] = {}
    namesakes: dict[int, NameSpan] = {}
    for s in spans:
        if s.j - s.i == 1 and _exact_towns(s):
            (towns if reads_as_town(s) else namesakes)[s.i] = s
    return ListTowns(towns, namesakes)


def near_every(s: NameSpan, others: Iterable[NameSpan], km: float = NEIGHBOUR_KM, min_population: int = 0) -> bool:
    """Whether some town the name s is the main name of lies within `km` of a town reading of each other name:
    "Union" has one in Kentucky beside Burlington; no "Congress" lies near any Sacramento. With
    `min_population`, only towns of that many people count."""
    mine = [c for c in _exact_towns(s) if c.lat is not None and c.population >= min_population]
    if not mine:
        return False
    for o in others:
        theirs = [c for c in _exact_towns(o) if c.lat is not None and c.population >= min_population]
        if not any(haversine_km(a.lat, a.lon, b.lat, b.lon) <= km for a in mine for b in theirs):
            return False
    return True
