"""The soft context one name's readings get from the document's other names.

Each name (its mentions grouped by spelling and cue) holds all its readings, weighted by how likely each
currently is; the groups sum where they put the document (per country, per first-level division, per grid
cell of points, per province of towns and counties), and each reading's support is read off those sums with
its own name's share taken out. Also here: how much a name counts as context, and which names form a list.
"""
from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache
from typing import Callable, Optional

from eventwatch.geo.derive import core_name
from eventwatch.geo.division_seats import division_keys, seat_of_namesake
from eventwatch.geo.distances import WIDE_FEATURES, flat_km, is_area
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_lists import LIST_GAP
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.other_names import OtherNames
from eventwatch.geo.run_peers import RunPeers, run_peers
from eventwatch.geo.sure_near import ASK_FROM, MOST_POINTS, Asked, Cell, asked, heaviest_first
from eventwatch.geo.weights import WEIGHTS, Weights


class _Group:
    """The mentions of one name (same spelling, same kind of cue): they share one set of readings."""

    __slots__ = ("key", "spans", "cands", "weight", "probs", "countries", "admin1s", "cells", "divisions", "nations",
                 "cell_of", "nation_of", "wide", "prior_probs", "holds", "seats", "title")

    def __init__(self, key: tuple, weight: float):
        self.key = key
        self.spans: list[int] = []
        self.cands: list[Candidate] = []
        self.weight = weight
        self.probs: list[float] = []
        self.countries: dict[str, float] = {}
        self.admin1s: dict[str, float] = {}
        self.cells: dict[tuple[int, int], list[tuple[str, float, float, float]]] = {}
        self.divisions: dict[str, float] = {}  # country → weight of readings as one of its first-level divisions
        self.nations = 0.0  # weight of readings as a country
        self.nation_of: dict[str, float] = {}  # country → weight of the reading as that country itself
        self.wide = False  # some reading is a country, a continent, a region or a sea
        self.cell_of: list[Optional[tuple[int, int]]] = []  # grid cell of each reading that is a point, else None
        self.prior_probs: list[float] = []  # the readings' weights before any context (see `_holding`)
        self.holds: list[tuple[str, str, bool, float, float, float]] = []  # see `_holding`
        self.seats: frozenset[int] = frozenset()  # division readings with a town reading of the name inside
        # every mention names a paper or broadcaster ("the Denver Post"): see `_share_weight`
        self.title = False

    def set_candidates(self, cands: list[Candidate], probs: list[float], county_km: float = 0.0) -> None:
        self.cands, self.probs = cands, probs
        self.prior_probs = probs
        self.seats = _seats(cands, county_km or WEIGHTS.county_km)
        self.wide = any(c.feature_code.startswith("PCL") or c.feature_code in WIDE_FEATURES for c in cands)
        self.cell_of = [_cell(c) if c.lat is not None and not is_area(c) else None for c in cands]

    def reweigh(self, scores: list[float], temperature: float) -> bool:
        """Weigh the readings by a round's scores; whether any weight moved.

        A name with one reading, or whose scores kept their gaps, keeps its weights to the last bit: its sums
        stand, and a round in which no name moved would only repeat itself."""
        probs = _softmax(scores, temperature)
        if probs == self.probs:
            return False
        self.probs = probs
        self.summarise()
        return True

    def summarise(self) -> None:
        """Where this name's readings put it: weight per country, per division, and points per grid cell
        (each point tagged with the name, so that "nearby" never counts a name for itself)."""
        countries: dict[str, float] = defaultdict(float)
        admin1s: dict[str, float] = defaultdict(float)
        cells: dict[tuple[int, int], list] = defaultdict(list)
        divisions: dict[str, float] = defaultdict(float)
        nation_of: dict[str, float] = defaultdict(float)
        nations = 0.0
        name = self.key[0]
        for c, p, cell in zip(self.cands, self.probs, self.cell_of):
            if c.feature_code == "ADM1" and c.country_code:
                divisions[c.country_code] += p
            elif c.feature_code.startswith("PCL"):
                nations += p
                if c.country_code:
                    nation_of[c.country_code] += p
            if c.country_code:
                countries[c.country_code] += p
            if c.admin1_code:
                admin1s[c.admin1_code] += p
            if cell is not None and p > 0.01:
                cells[cell].append((name, c.lat, c.lon, p))
        self.countries, self.admin1s, self.cells = dict(countries), dict(admin1s), dict(cells)
        self.divisions, self.nations, self.nation_of = dict(divisions), nations, dict(nation_of)
        self.holds = _holding(self)


class _Terms:
    """The support terms one name's readings get from the document's other names, per country and division.

    A name has up to 25 readings, often several in one country or division, and a term depends only on that
    country or division: each is worked out once per name and round rather than once per reading (with the
    same arithmetic, so scores are unchanged to the last bit).
    """

    __slots__ = ("g", "others", "same_name", "other_w", "w", "country_mass", "admin_mass", "admin_names",
                 "nation_votes", "_country", "_admin1", "_divisions", "_nations", "_named", "_seat_keys")

    def __init__(self, g: _Group, others: OtherNames, same_name: list[_Group], other_w: float, w: Weights,
                 country_mass: dict[str, float], admin_mass: dict[str, float], admin_names: dict[str, float],
                 nation_votes: dict[str, list[tuple[float, str]]]):
        self.g, self.others, self.same_name, self.other_w, self.w = g, others, same_name, other_w, w
        self.country_mass, self.admin_mass, self.admin_names = country_mass, admin_mass, admin_names
        self.nation_votes = nation_votes
        self._country: dict[str, float] = {}
        self._admin1: dict[str, tuple[float, float]] = {}
        self._divisions: dict[str, float] = {}
        self._nations: Optional[float] = None
        self._named: dict[str, float] = {}
        self._seat_keys: Optional[frozenset[tuple[str, str, str]]] = None

    def seats_a_namesake(self, c: Candidate) -> bool:
        """Whether reading c is a town named like the first-level division that holds it, another reading of
        the same name (geo/division_seats.py): the division's keys are gathered once per name."""
        keys = self._seat_keys
        if keys is None:
            keys = self._seat_keys = division_keys(self.g.cands)
        return bool(keys) and seat_of_namesake(c, keys)

    def named(self, cc: str) -> float:
        """Whether another name is country cc itself ("Canada", "Canadian"): a namesake there is likelier
        than one in a country the report never names, however many names crowd into others.

        Not for a name that can itself be a country or a region: "Italy" beside "United States" is still
        the country, not a town in Texas."""
        if self.g.wide:
            return 0.0
        v = self._named.get(cc)
        if v is None:
            # The largest vote of a name other than this one (the others are every group of another name).
            name = self.g.key[0]
            best = next((vote for vote, other in self.nation_votes.get(cc, ()) if other != name), 0.0)
            v = self._named[cc] = self.w.named_country * min(1.0, best)
        return v

    def country(self, cc: str) -> float:
        """The other names' weight in country cc (this name's and its namesakes' taken out), as a share."""
        v = self._country.get(cc)
        if v is None:
            g = self.g
            own = g.weight * g.countries.get(cc, 0.0)
            if self.same_name:
                own += sum(o.weight * o.countries.get(cc, 0.0) for o in self.same_name)
            v = self._country[cc] = self.w.country * max(0.0, self.country_mass[cc] - own) / self.other_w
        return v

    def country_below(self, cc: str) -> float:
        """The other names' weight in country cc, less the share that they are the country itself: what the
        country's towns and divisions say, without a mention of the country (geo/variant_readings.py)."""
        nation = self.others.nation_weight(cc, self.g.key[0])
        return max(0.0, self.country(cc) - self.w.country * nation / self.other_w)

    def admin1(self, a1: str) -> tuple[float, float]:
        """The other names' weight in division a1 as a share, and their capped votes for it."""
        v = self._admin1.get(a1)
        if v is None:
            g, w = self.g, self.w
            own = g.weight * g.admin1s.get(a1, 0.0)
            # A title's vote was never added (`_masses`), so it is not taken away either.
            votes = 0.0 if g.title else min(1.0, g.admin1s.get(a1, 0.0) * 2)
            if self.same_name:
                own += sum(o.weight * o.admin1s.get(a1, 0.0) for o in self.same_name)
                votes = sum(min(1.0, o.admin1s.get(a1, 0.0) * 2) for o in (g, *self.same_name) if not o.title)
            share = w.admin1 * max(0.0, self.admin_mass[a1] - own) / self.other_w
            votes = self.admin_names.get(a1, 0.0) - votes
            v = self._admin1[a1] = (share, w.admin1_names * min(2.0, max(0.0, votes)))
        return v

    def sibling_divisions(self, cc: str) -> float:
        """For a first-level division of cc: other names that could be divisions of cc too."""
        v = self._divisions.get(cc)
        if v is None:
            v = self._divisions[cc] = self.w.siblings * min(2.0, self.others.division_votes(cc, self.g.key[0]))
        return v

    def sibling_nations(self) -> float:
        """For a country: other names that could be countries too."""
        if self._nations is None:
            self._nations = self.w.siblings * min(2.0, self.others.nation_votes(self.g.key[0]))
        return self._nations


def _masses(groups: list[_Group]) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """The names' weight per country and per first-level division, and per division every name's capped vote
    that it lies there."""
    country_mass: dict[str, float] = defaultdict(float)
    admin_mass: dict[str, float] = defaultdict(float)
    admin_names: dict[str, float] = defaultdict(float)
    for g in groups:
        for cc, p in g.countries.items():
            country_mass[cc] += g.weight * p
        for a1, p in g.admin1s.items():
            admin_mass[a1] += g.weight * p
            if not g.title:
                admin_names[a1] += min(1.0, p * 2)
    return country_mass, admin_mass, admin_names


def nation_votes(groups: list[_Group]) -> dict[str, list[tuple[float, str]]]:
    """Per country, every name's vote that it is that country itself (twice its weight there), largest first.

    Gathered once per round: each name then takes the largest vote of another name from the head of the
    list, where a scan of all the other names per name and country made the term quadratic in the names.
    A name absent from a country's list votes 0, which no vote is below, so the maximum is unchanged.
    """
    out: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for g in groups:
        for cc, p in g.nation_of.items():
            out[cc].append((2 * p, g.key[0]))
    for votes in out.values():
        votes.sort(key=lambda x: -x[0])
    return dict(out)


def _seats(cands: list[Candidate], km: float) -> frozenset[int]:
    """Second-level division readings of a name that also has a town reading inside them ("Montreal",
    "Red Deer", "Cairns"): the division is named after its seat or the town after its division.

    Towns named around the pair would lend the division support the seat, a town, cannot get from them
    (a town is supported by divisions around it, not by towns): the seat would lose to its own division
    ("Oklahoma City" vs its county, "New York City" vs New York County). They lend the division nothing.
    """
    towns = [c for c in cands if c.feature_code.startswith("PPL") and c.lat is not None]
    return frozenset(d.id for d in cands if d.feature_code == "ADM2" and d.lat is not None and any(
        t.admin1_code == d.admin1_code and flat_km(t.lat, t.lon, d.lat, d.lon) <= km for t in towns))


def _holding(g: _Group) -> list[tuple[str, str, bool, float, float, float]]:
    """The readings of name g that can hold a town or lie in a division: (province, name without division
    words, is a division, lat, lon, vote), each vote twice the reading's weight, capped at 1.

    A reading counts by the larger of its weight now and before any context. A county's namesakes elsewhere
    are a priori alike, and the rounds soon hand the division to the state its largest namesake town lies in
    ("Walker County" to Alabama beside "Huntsville"); the pair that lies in each other must still be seen.
    """
    out = []
    name = _core_of(g.key[0])
    for c, p, p0 in zip(g.cands, g.probs, g.prior_probs):
        fc = c.feature_code
        if c.lat is None or not c.admin1_code or not (fc == "ADM2" or fc.startswith("PPL")):
            continue
        vote = min(1.0, 2 * max(p, p0))
        if vote > 0.02:
            out.append((c.admin1_code, name, fc == "ADM2", c.lat, c.lon, vote))
    return out


def _cell(c: Candidate) -> tuple[int, int]:
    return int(math.floor(c.lat / CELL_DEG)), int(math.floor(c.lon / CELL_DEG))


class _Grid:
    """Every name's point readings of one round, filed by grid cell.

    The readings of the cells around a cell are gathered once per round: the candidates of a document's
    names crowd into a few cells, and each would otherwise look up its 3 x 3 cells itself.
    """

    def __init__(self, groups: list[_Group], reach: int):
        self.cells: dict[tuple[int, int], list] = defaultdict(list)
        for g in groups:
            for cell, points in g.cells.items():
                self.cells[cell].extend(points)
        self.reach = reach
        # Per province, the towns and, apart, the second-level divisions the names could be (see
        # `Resolver._county`): a town asks only the divisions, a division only the towns, and a story naming
        # hundreds of towns of one state made each town pass over all the others.
        self.held: dict[tuple[str, bool], list[tuple[str, float, float, float]]] = defaultdict(list)
        for g in groups:
            for a1, name, division, lat, lon, vote in g.holds:
                self.held[(a1, division)].append((name, lat, lon, vote))
        # Cells with some reading within reach: most readings of a name (hamlets of its name worldwide) have none.
        self._covered = {(y + dy, x + dx) for y, x in self.cells
                         for dy in range(-reach, reach + 1) for dx in range(-reach, reach + 1)}
        self._blocks: dict[tuple[int, int], list] = {}
        self._heaviest: dict[tuple[int, int], Cell] = {}
        self._asked: dict[tuple[int, int], Optional[Asked]] = {}

    def around(self, cell: tuple[int, int]) -> list[tuple[str, float, float, float]]:
        """(name, lat, lon, weight) of the readings within `reach` cells of `cell`, row by row."""
        if cell not in self._covered:
            return []
        block = self._blocks.get(cell)
        if block is None:
            y, x, r, cells = cell[0], cell[1], self.reach, self.cells
            block = self._blocks[cell] = [point for dy in range(-r, r + 1) for dx in range(-r, r + 1)
                                          for point in cells.get((y + dy, x + dx), ())]
        return block

    def heaviest(self, cell: tuple[int, int]) -> Optional[Asked]:
        """The filled cells of the block around `cell` for the nearness count to ask before the block itself
        (geo/sure_near.py): `cell` first, then those beside it, then the corners, each cell's readings heaviest
        first with the sum of their terms, and each name's heaviest term in the block. Worked out once a round,
        and only where the block is long (else None): a cell's readings are filed once, whichever blocks ask
        them."""
        if cell in self._asked:
            return self._asked[cell]
        block = None
        if ASK_FROM <= len(self.around(cell)) <= MOST_POINTS:
            cells = []
            for dy, dx in _ring_order(self.reach):
                here = (cell[0] + dy, cell[1] + dx)
                if here in self.cells:
                    if here not in self._heaviest:
                        self._heaviest[here] = heaviest_first(self.cells[here])
                    cells.append(self._heaviest[here])
            block = asked(cells)
        self._asked[cell] = block
        return block


@lru_cache(maxsize=4)
def _ring_order(reach: int) -> list[tuple[int, int]]:
    """The offsets of a block's cells from its middle one, nearest first: the middle, those beside it, the
    corners, and so on outward."""
    offsets = [(dy, dx) for dy in range(-reach, reach + 1) for dx in range(-reach, reach + 1)]
    return sorted(offsets, key=lambda o: (max(abs(o[0]), abs(o[1])), abs(o[0]) + abs(o[1])))


# Side of the grid cells the readings are filed in for the "nearby" term, in degrees: cells about as wide as
# near_km mean a candidate looks in 3 x 3 cells rather than 5 x 5 smaller ones.
CELL_DEG = 2.0


def place_level(c: Candidate) -> int:
    """The kind of place a reading is, as names in one list share it: 2 a country, 1 a first-level division,
    0 a town or anything smaller."""
    fc = c.feature_code
    if fc.startswith("PCL") or fc == "CONT":
        return 2
    return 1 if fc == "ADM1" else 0


def list_peers(text: str, spans: list[NameSpan]) -> dict[int, RunPeers]:
    """For each name in a list of three or more ("A, B and C"), the other names of that list.

    A name the text places in another ("Saraqib, Idlib") ends the run: a container is not a peer, nor is an
    abbreviated state after a town ("Springfield, Ill."). A comma before a division none of whose readings
    holds the name before it ("Miami, New York and Detroit") joins equals, not a town and its state.
    """
    return _list_runs(text, spans, 3, lambda prev, k: spans[prev].container == k
                      and _may_contain(spans[k], spans[prev]))


def listed_with(text: str, spans: list[NameSpan]) -> dict[int, RunPeers]:
    """For each name listed with others ("Toronto and Vancouver", "Rome, Lisbon or Manchester"), the other
    names of its list, two names making a list here (`list_peers` wants three to agree on a kind of place).

    A name the text places in another ("Vancouver, Wash.") is not listed with its container.
    """
    return _list_runs(text, spans, 2, lambda prev, k: spans[prev].container == k)


def _list_runs(text: str, spans: list[NameSpan], least: int,
               contained: Callable[[int, int], bool]) -> dict[int, RunPeers]:
    """Runs of names joined by list gaps (`LIST_GAP`), each of at least `least` names other than demonyms,
    as name → the other names of its run (a view of the run's members, geo/run_peers.py: a list of thousands
    costs no square). A name written as the container of the one before it (`contained(prev, k)`) or an
    abbreviation starts a new run."""
    order = sorted(range(len(spans)), key=lambda k: spans[k].start)
    out: dict[int, RunPeers] = {}
    run: list[int] = []

    def close() -> None:
        members = [k for k in run if not spans[k].demonym]
        if len(members) >= least:
            out.update(run_peers(members))

    for pos, k in enumerate(order):
        prev = order[pos - 1] if pos else None
        joined = (
            prev is not None and spans[prev].end <= spans[k].start and not spans[k].abbreviation
            and not contained(prev, k)
            and LIST_GAP.fullmatch(text[spans[prev].end : spans[k].start]) is not None
        )
        if not joined:
            close()
            run = []
        run.append(k)
    close()
    return out


def _may_contain(outer: NameSpan, inner: NameSpan) -> bool:
    """Whether some reading of `outer` is a division or country holding some reading of `inner`."""
    holders = {(c.country_code, c.admin1_code if c.feature_code == "ADM1" else None) for c in outer.candidates
               if c.feature_code == "ADM1" or c.feature_code.startswith("PCL")}
    return any((c.country_code, None) in holders or (c.country_code, c.admin1_code) in holders
               for c in inner.candidates if c.country_code)


def _context_weight(s: NameSpan) -> float:
    """How much a name says about where the document is, as context for the others.

    A demonym names people, not a place they are in; a name inside a longer proper name ("Rod Stewart",
    "Oakdale Fire Department") may not be a place at all.
    """
    if s.demonym:
        return 0.5
    if not s.locational and s.cue == "embedded":
        return EMBEDDED_WEIGHT
    return 1.0


EMBEDDED_WEIGHT = 0.25


def _share_weight(g: _Group) -> float:
    """How much name g counts among the others when their support is read as a share of them all.

    A title's place ("the New York Daily News") lends its readings EMBEDDED_WEIGHT, but as a share of the other
    names it would count whole where it is the story's only other name, and pull the story's names to
    namesakes in the paper's state however small ("Augusta" to a hamlet of New York state): it counts as a
    whole name here, so that what it lends stays a weak hint of where the paper is. A city's title also lends
    no votes by division (`_masses`), but it keeps its nearness: a metro paper's stories are about its metro
    (a Boston paper's Salem is the one beside Boston), while a namesake hamlet of its state far from the
    city is no neighbour. A state's title ("the Texas Tribune") is a normal name (resolve.py): its state is
    what it says of the story.
    """
    return max(1.0, g.weight) if g.title else g.weight


def _softmax(scores: list[float], temperature: float) -> list[float]:
    if not scores:
        return []
    top = max(scores)
    ex = [math.exp((s - top) / temperature) for s in scores]
    total = sum(ex)
    return [e / total for e in ex]


@lru_cache(maxsize=4096)
def _core_of(norm: str) -> str:
    """A name's core (`derive.core_name`: "Aleppo Governorate" and "Aleppo" share "aleppo"), kept: the county
    term asks it of every reading in every round."""
    return core_name(norm)
