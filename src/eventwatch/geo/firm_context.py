"""The document's names read only at what each most likely is: the firm context a winning reading is judged on.

Soft context (geo/reading_context.py) lets every reading count by its weight, which settles most names but lets
two world cities lend each other their small namesakes' weight; the resolver's last judgement
(`Resolver._judge`) asks what the names say read at their leading readings only.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Optional

from eventwatch.geo.distances import flat_km, is_area
from eventwatch.geo.firm_points import FirmPoints
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.latitude_bands import band
from eventwatch.geo.name_masses import LessOwn, quarter_terms
from eventwatch.geo.name_span import NameSpan, strong
from eventwatch.geo.other_names import OtherNames
from eventwatch.geo.reading_context import CELL_DEG, _cell, _Grid, _Group, _masses, _Terms, nation_votes
from eventwatch.geo.weights import Weights

if TYPE_CHECKING:
    from eventwatch.geo.resolve import Resolver

# A village this small, spelled exactly, is only as good as the firm names around it.
SMALL_TOWN_POPULATION = 10_000
# A town this large is a city: named beside a village, it names the village's region, not its neighbourhood.
SMALL_CITY_POPULATION = 100_000
# A dateline opens the story: its town starts within this many characters of the text's start.
DATELINE_CHARS = 40
# A town that confirms a bare county's state lies within this many county spans (`Weights.county_km`) of the
# county's point: in the county or next to it.
COUNTY_TOWN_REACH = 1.5


def _top(g: _Group) -> Candidate:
    """The reading a name currently leans to."""
    return g.cands[max(range(len(g.cands)), key=g.probs.__getitem__)]


def _leading(g: _Group) -> _Group:
    """Name g read only at the reading it leans to, as firm context.

    Soft context lets every reading of a name count by its weight, which settles most names; but two world
    cities named together ("Paris", "Geneva") then lend each other the weight of their small namesakes in one
    far state. Read at its leading reading only, a name supports what it most likely is. A name inside a
    longer proper name ("US-led") names a country no more than it counts as context (its weight).
    """
    lead = _Group(g.key, g.weight)
    lead.set_candidates([_top(g)], [1.0])
    lead.summarise()
    if g.weight < 1.0:
        lead.nation_of = {cc: p * g.weight for cc, p in lead.nation_of.items()}
    return lead


class _FirmContext:
    """The document's names read at their leading readings (see `_leading`): where they put the document, and
    the support they give a reading."""

    def __init__(self, groups: list[_Group], spans: list[NameSpan], w: Weights):
        self.w = w
        self._others: dict[str, tuple[tuple, _Grid]] = {}  # see `support`
        self._asked: dict[tuple, tuple[Candidate, tuple[float, float]]] = {}
        self._towns_of_county: dict[tuple[str, int], frozenset[int]] = {}  # see `_county_towns`
        self._leads_of: dict[str, frozenset[int]] = {}  # see `_lead_ids`
        self._spans = spans
        self._written: Optional[frozenset[str]] = None  # see `written`
        self._band: Optional[tuple[list[float], list[tuple[str, Candidate]]]] = None  # see `_leads_near`
        self._lead_points: Optional[FirmPoints] = None  # see `lead_nearest_km`
        self._lead_states: Optional[dict[tuple[Optional[str], Optional[str]], list[tuple[str, int]]]] = None
        named = [g for g in groups if g.cands]
        self.groups = [_leading(g) for g in named]
        # A country that acts ("a US official said", "Washington said") names an actor: that the actor is
        # American does not put the report's places in the United States. Its towns and counties, named
        # even inside longer names ("Paris Police Department"), still place the report.
        for k, g in enumerate(named):
            if _top(g).feature_code.startswith("PCL") and not any(
                    spans[i].locational or spans[i].demonym for i in g.spans):
                self.groups[k] = _Group(g.key, 0.0)
        self.reach = 1 + int(w.near_km // (111 * CELL_DEG))
        # Each name's groups, filed once: the judge asks per name for its own leads and its own masses.
        self._by_name: dict[str, list[_Group]] = {}
        for lead in self.groups:
            self._by_name.setdefault(lead.key[0], []).append(lead)
        self._all: Optional[tuple[tuple, _Grid]] = None  # see `_without`
        self.votes = nation_votes(self.groups)  # `_Terms` skips the name's own vote
        self.sums = OtherNames(self.groups)  # and these sums skip the name's own terms (geo/other_names.py)
        # Where the document's firm places lie: a town's point, or a first-level division's centre (a report
        # naming "Idlib province" is about Idlib's ground); countries, seas and regions are too wide to place
        # anything. A firm place is a name used as a place, spelled exactly, and sizeable (a division or a town
        # of SMALL_TOWN_POPULATION): a village may itself be a namesake, and two villages must not refuse each
        # other.
        self.points: list[tuple[str, Candidate]] = []
        self._filed: Optional[FirmPoints] = None  # see `_filed_points`
        for g, lead in zip(named, self.groups):
            if not lead.cands:
                continue
            top = lead.cands[0]
            if top.lat is None or not (top.exact or top.source == "user") or (is_area(top) and top.feature_code != "ADM1"):
                continue
            if not (strong(top) or top.feature_code.startswith("ADM") or top.population >= SMALL_TOWN_POPULATION):
                continue
            if any(spans[i].locational and not spans[i].demonym and not spans[i].weak for i in g.spans):
                self.points.append((g.key[0], top))
        # The story's dateline: its first name, at the head of the text, with a first-level division as its
        # container ("WATKINSVILLE, Ga. —").
        self.dateline: Optional[tuple[str, Candidate]] = None
        # ...and the name of the dateline's town ("watkinsville"), where the paper sits.
        self.dateline_town: Optional[str] = None
        first = min(range(len(spans)), key=lambda i: spans[i].start, default=None)
        if first is not None and spans[first].start <= DATELINE_CHARS and spans[first].container is not None:
            for g, lead in zip(named, self.groups):
                if spans[first].container in g.spans and lead.cands and lead.cands[0].feature_code == "ADM1":
                    self.dateline = (g.key[0], lead.cands[0])
            if self.dateline is not None:
                self.dateline_town = next((g.key[0] for g in named if first in g.spans), None)

    def support(self, resolver: "Resolver", g: _Group, c: Candidate, other_w: float) -> tuple[float, float]:
        """Reading c's (country, local) support counting only the firm names other than g's own, as shares of
        all the other names' weight, so that it is the firm part of c's full support."""
        # The judge asks again of the same reading, and of several readings of one name: what the other names
        # sum to is worked out once per name, and each answer kept (`_asked`), the reading itself held with
        # it so that its id stays its own.
        name = g.key[0]
        key = (name, g.wide, id(c), other_w)
        asked = self._asked.get(key)
        if asked is not None:
            return asked[1]
        context = self._others.get(name)
        if context is None:
            context = self._others[name] = self._without(name)
        (country_mass, admin_mass, admin_names), grid = context
        own = _Group(g.key, 0.0)  # the name itself adds nothing: its own masses stay empty
        own.wide = g.wide
        terms = _Terms(own, self.sums, [], other_w, self.w, country_mass, admin_mass, admin_names, self.votes)
        cell = _cell(c) if c.lat is not None and not is_area(c) else None
        got = resolver._support(c, cell, name, terms, grid)
        self._asked[key] = (c, got)
        return got

    def _without(self, name: str) -> tuple[tuple, _Grid]:
        """The masses and the grid of points of the names other than `name`.

        Gathered once for all the names, with the name's own masses taken out (geo/name_masses.py: exact for
        the quarter weights firm names have; otherwise the others are summed afresh, as before). The grid keeps
        the name's own points: the nearness and county terms skip points of the name itself
        (`Resolver._near`, `Resolver._county`), so they add nothing. A fresh sum and grid per judged name
        cost a story naming hundreds of places the square of their number."""
        if self._all is None:
            exact = quarter_terms(self.groups)
            self._all = (_masses(self.groups) if exact else (), _Grid(self.groups, self.reach))
        total, grid = self._all
        if not total:
            others = [o for o in self.groups if o.key[0] != name]
            return _masses(others), grid
        own = _masses(self._by_name.get(name, []))
        return tuple(LessOwn(t, o) for t, o in zip(total, own)), grid

    def written(self) -> frozenset[str]:
        """The story's names as written (their normal forms), gathered once: the judge asks it name by name,
        and a gathering per name cost a long text the square of its length."""
        if self._written is None:
            self._written = frozenset(s.norm for s in self._spans)
        return self._written

    def has_neighbour(self, name: str, c: Candidate, km: float) -> bool:
        """Whether another name of the story leads to a town smaller than a city (`SMALL_CITY_POPULATION`) lying
        within km of reading c: a village's own neighbourhood, which a big city named in passing is not. Names
        not used as places count ("Hopkinton police"): a local story names its neighbours so."""
        if c.lat is None:
            return False
        return any(p.feature_code.startswith("PPL") and p.population < SMALL_CITY_POPULATION
                   and flat_km(c.lat, c.lon, p.lat, p.lon) <= km for p in self._leads_near(name, c, km))

    def has_listed_neighbour(self, name: str, c: Candidate, km: float, among: frozenset[str]) -> bool:
        """Whether a name of `among` (the names listed with this one: "Berlin and Bhisho") leads to a town of any
        size lying within km of reading c: a list names a town beside its neighbours, however big they are."""
        if c.lat is None:
            return False
        return any(p.feature_code.startswith("PPL") and flat_km(c.lat, c.lon, p.lat, p.lon) <= km
                   for p in self._other_leads(name, c, among))

    def has_county(self, name: str, c: Candidate, km: float) -> bool:
        """Whether another name of the story leads to a second-level division of c's first-level one whose
        point lies within km of reading c: the town's own county named ("the Ash County sheriff")."""
        if c.lat is None or not c.admin1_code:
            return False
        return any(p.feature_code == "ADM2" and p.admin1_code == c.admin1_code
                   and flat_km(c.lat, c.lon, p.lat, p.lon) <= km for p in self._leads_near(name, c, km))

    def lead_nearest_km(self, name: str, c: Candidate, by_state: bool = True) -> Optional[float]:
        """How far reading c lies from the nearest leading reading of another name in c's country, whether or
        not that name is used as a place ("Hopkinton police" still tells where a story is); 0 for c's own
        first-level division named, unless `by_state` is False (a town read by a former name of its own is
        placed only by places around it). None: no other name leads to a place in c's country."""
        if c.lat is None:
            return None
        # Asked of every judged reading: the leads are filed once per document, first-level divisions by
        # (country, division) and the points with a distance by country and latitude (geo/firm_points.py), where
        # a scan of every other name's lead per question cost a long text the square of its length. The answer
        # is the scan's minimum exactly (no distance is below the 0 of a division's own).
        if self._lead_points is None:
            states: dict[tuple[Optional[str], Optional[str]], list[tuple[str, int]]] = {}
            points = []
            for name_, p in self._leads_with_points():
                if p.feature_code == "ADM1":
                    states.setdefault((p.country_code, p.admin1_code), []).append((name_, p.id))
                elif not is_area(p):
                    points.append((name_, p))
            self._lead_states, self._lead_points = states, FirmPoints(points)
        if by_state and any(other != name and pid != c.id
                            for other, pid in self._lead_states.get((c.country_code, c.admin1_code), ())):
            return 0.0
        return self._lead_points.nearest_km(name, c)

    def _leads_with_points(self) -> Iterator[tuple[str, Candidate]]:
        """(name, leading reading) of every name of the story whose leading reading has a point."""
        for lead in self.groups:
            if lead.cands and lead.cands[0].lat is not None:
                yield lead.key[0], lead.cands[0]

    def _leads_near(self, name: str, c: Candidate, km: float) -> Iterator[Candidate]:
        """The leads of `_other_leads(name, c)` that can lie within km of reading c (with a point): those in
        the band of latitudes around c's (geo/latitude_bands.py), the others lying farther along the meridian
        alone. Filed once per document, so that a neighbour asked of every judged reading is no longer a scan
        of every name's lead, which cost a long text the square of its length; a test of nearness over them
        answers as over all the leads."""
        if self._band is None:
            filed = sorted(self._leads_with_points(), key=lambda x: x[1].lat)
            self._band = ([p.lat for _n, p in filed], filed)
        lats, filed = self._band
        lo, hi = band(lats, c.lat, km)
        for k in range(lo, hi):
            other, p = filed[k]
            if other != name and p.id != c.id:
                yield p

    def _other_leads(self, name: str, c: Candidate, among: Optional[frozenset[str]] = None) -> Iterator[Candidate]:
        """The leading reading of every other name of the story (of `among` only, where given) that has a point
        and is not c itself."""
        for lead in self.groups:
            if lead.key[0] != name and lead.cands and (among is None or lead.key[0] in among):
                p = lead.cands[0]
                if p.id != c.id and p.lat is not None:
                    yield p

    def other_leads(self, name: str, c: Candidate, besides: Optional[str] = None) -> list[Candidate]:
        """`_other_leads` as a list, for the readers outside this module (geo/major_city_rivals.py), leaving out
        the name `besides` too (the dateline's town, which tells where the paper sits, not where a town lies)."""
        return [p for p in self._other_leads(name, c) if besides is None or p is not self._lead_of(besides)]

    def dateline_town_reading(self) -> Optional[Candidate]:
        """The leading reading of the dateline's town, where the paper sits; None without a dateline."""
        return self._lead_of(self.dateline_town) if self.dateline_town is not None else None

    def _lead_of(self, name: str) -> Optional[Candidate]:
        """The leading reading of name's group, if it has one."""
        return next((lead.cands[0] for lead in self._by_name.get(name, ()) if lead.cands), None)

    def dateline_division(self, name: str, country: Optional[str]) -> Optional[str]:
        """The first-level division of `country` the story's dateline gives ("WATKINSVILLE, Ga. —"): the state
        a local story is set in. A state named elsewhere ("Alaska Gov. Sarah Palin", "trained in Iowa City,
        Iowa") does not set the story there."""
        if self.dateline is None or self.dateline[0] == name or self.dateline[1].country_code != country:
            return None
        return self.dateline[1].admin1_code

    def county_division(self, name: str, country: Optional[str]) -> Optional[str]:
        """The one first-level division of `country` holding every county the story names firmly and places
        (`_placed_county`), when it names one ("Madison County deputies ... firefighters came from Berea"): a
        local story without a dateline is set where its counties are. None where its counties lie in several
        states, or where it names none so placed.

        A dateline writes its state; a bare county name does not. "Cook County", "Lake County" or "Madison
        County" each name a dozen counties or more, and the reading a bare one leads to is a guess, so a county
        sets the story's state only where another name of the story (not `name`, the one being judged) leads
        to a town of that state near the county."""
        states = {p.admin1_code for other, p in self._filed_points().counties(country)
                  if other != name and self._placed_county(other, name, p)}
        return next(iter(states)) if len(states) == 1 else None

    def _placed_county(self, county: str, judged: str, p: Candidate) -> bool:
        """Whether a name of the story other than `county` and `judged` leads to a populated place of county
        reading p's first-level division within COUNTY_TOWN_REACH county spans of its point: a town of the
        county or next to it ("Lamar County ... crews from Roxton").

        Every judged town asks this of every county point, so a county round-up naming many towns would ask
        it of each pair of names again and again: the towns confirming a county point are worked out once
        per document (`_county_towns`), and each question only sets the judged name's own readings aside."""
        return bool(self._county_towns(county, p) - self._lead_ids(judged))

    def _county_towns(self, county: str, p: Candidate) -> frozenset[int]:
        """The ids of the leading readings (of names other than `county`) that confirm county reading p: a
        populated place of its first-level division within reach. Kept per document."""
        key = (county, p.id)
        got = self._towns_of_county.get(key)
        if got is None:
            reach = COUNTY_TOWN_REACH * self.w.county_km
            got = self._towns_of_county[key] = frozenset(
                q.id for q in self._leads_near(county, p, reach)
                if q.admin1_code == p.admin1_code and q.country_code == p.country_code
                and q.feature_code.startswith("PPL") and flat_km(p.lat, p.lon, q.lat, q.lon) <= reach)
        return got

    def _lead_ids(self, name: str) -> frozenset[int]:
        """The ids of the readings `name` itself leads to (one per group of the name)."""
        got = self._leads_of.get(name)
        if got is None:
            got = self._leads_of[name] = frozenset(lead.cands[0].id for lead in self._by_name.get(name, ())
                                                   if lead.cands)
        return got

    def nearest_km(self, name: str, c: Candidate) -> Optional[float]:
        """How far reading c lies from the nearest place another firm name has in c's country (None: none)."""
        if c.lat is None:
            return None
        return self._filed_points().nearest_km(name, c)

    def _filed_points(self) -> FirmPoints:
        """The firm points filed by country (geo/firm_points.py), once the resolver has added the home to them:
        the judge asks per name, and a scan of all the points per name cost a long story the square."""
        if self._filed is None or self._filed.size != len(self.points):
            self._filed = FirmPoints(self.points)
        return self._filed
