"""A name listed beside a town of the dateline's state is that state's town: "between Havre and Malta" under a
"HAVRE, Mont." dateline is Montana's Malta, "parents from Victoria and Ellis" under "HAYS, Kan." is Kansas's
Victoria.

Why: a list joins places of one kind and one scale, and a local paper's lists of towns are its own county's
and its neighbours' ("crews from Cashmere, East Wenatchee and Malaga"). The resolver weighs a small town
against the country, the foreign first-level division or the world city that shares its name, and the list's
other member lies too far for the neighbour tests that protect a hamlet (a county or more away); but a list of
towns in a state-datelined story that reached abroad in mid-list is rare, while small towns named like
countries and world provinces are common across the United States, Canada and Australia. The rule asks for
both ends to be firm: the dateline writes its state ("HAYS, Kan. —", not a bare "HAYS —"), the listed
neighbour is read as a town of that state, and the name itself has an exact town reading there. A name read in
the dateline's own state already is left to the resolver; so is a world city
or a capital ("played in Austin and Paris this year" under a Texas dateline is France's Paris: a tour, a flight
or a twinning names the city abroad, and a state's hamlet is seldom listed beside the paper's own city), and a
list after words of flying ("flights between Dallas and Malta"), which joins places across any distance. A name
read in another of the country's states moves only where its state's town lies beside a listed neighbour and the
reading lies several times farther from them all (`_strays`: "Crews from Williamstown and Northfield" under
"BARRE, Vt.", where a later "Concord, N.H." drew Northfield to New Hampshire, a hundred kilometres off): a state
line is crossed by lists often, but not to skip the neighbour's own town for one far away.

A country's name asks for more. Dealers "in Portland and China" are a market at home and one abroad, so a name
read as a country moves only where the list is plainly the neighbourhood: a road or a stretch between the
towns, the towns' people or the towns themselves before the list ("the highway between Havre and Malta",
"families from Ellis and Victoria"), or two other members read as the state's towns; and never where the sentence
speaks of trade or travel abroad or names another place of that country ("shipping routes between Portland and
China", "... and China, and plans to hire in Shanghai"). A list one member of which keeps a reading abroad reaches
abroad: none of its members moves ("from Portland, China and Mexico"); a town just across the border does not
count so ("crews from Glasgow, Malta and Regina"). Each judgement reads the resolver's readings, not this rule's
own moves, so that one move never carries the next. The comma inside such a list lists names: the paper's own
town before it is not placed in the next name (`listed_home_towns`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Optional, Sequence

from eventwatch.geo.dateline_towns import DATELINE_CUE
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.name_lists import LIST_GAP
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.town_readings import NEIGHBOUR_KM
from eventwatch.geo.written_states import STATE_STYLE
from eventwatch.geo.route_ends import _FLOWN

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate
    from eventwatch.geo.resolve import Resolution

# A gap with a conjunction; a bare comma joins a list only where a conjunction closes it later ("X, Y and Z"):
# alone it as often ends a clause ("When the ship left Portland, China was its next port").
_CONJUNCTION = re.compile(r"\b(?:and|or)\s+$")
# A sentence opening with a subordinate clause: its comma may close that clause before the list seems to go on
# ("After the storm hit Orono, Peru and Hermon opened shelters").
_SUBORDINATE_OPENING = re.compile(r"(?:^|[.!?\n\"“—–]\s*)(?:Since|When|After|While|As|If|Because|Although|Though|Once|"
                                  r"Until|Before|Whenever)\s[^,.!?;:\n]*$")
# What makes a list of names a neighbourhood, right before it: a road or a stretch between the towns, the towns'
# people, their schools and churches, or the towns themselves ("the highway between Havre and Malta", "Residents
# of Ellis and Victoria", "schools in X and Y", "the towns of X and Y"), whatever the case of its first letter.
# Families and parents are a town's only "from" or "in" it: "the families of X and Lebanon" are as often kin
# across the sea.
_LOCAL_CUE = re.compile(r"(?i:\b(?:(?:highways?|roads?|routes?|stretch|lanes?|interstate|trails?|commute|"
                        r"residents|crews|firefighters|deputies|ranchers|hunters|anglers|volunteers|students|"
                        r"farmers|neighbou?rs|townships?|towns|villages|communities|schools|churches|clinics|"
                        r"libraries)\b[^.;:!?,]{0,24}?\b(?:between|from|of|in)|"
                        r"(?:families|parents)\b[^.;:!?,]{0,24}?\b(?:between|from|in))\s+(?:the\s+)?)$"
                        # a road written by its number alone ("closed U.S. 191 between Lewistown and Malta", "SR 20
                        # between", "I-90 from"): a US or state route is a road as "the highway" is
                        r"|(?:\bU\.\s?S\.|\bUS|\bSR|\bI)[\s-]?\d{1,4}[A-Z]?\s+(?:between|from)\s+$")
# Words of trade and travel abroad in the sentence: a country listed beside the paper's town is then a market,
# a port or a home abroad ("shipping routes between Portland and China", "tariffs hit exporters in ... Mexico").
_TRADE = re.compile(r"(?i:\b(?:export\w*|import\w*|tariffs?|ship(?:s|ped|ping|ments?)?|trade|trading|overseas|"
                    r"abroad|foreign|cargo|containers?|freight|embassy|consulate|immigra\w*|emigra\w*|visas?|"
                    r"international)\b)")
# Sentence ends, to bound the window in which a country's other evidence is looked for.
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")
# A town of a neighbouring country lies across a border the paper's readers cross: listed beside the state's
# towns it is no sign that the list reaches abroad, while one farther than this from them is.
_NEIGHBOUR_KM = 1500.0
# How many of a list's towns of the state are measured against a member abroad: they lie close together, and a
# table-long list must not cost a measure per pair.
_TOWNS_MEASURED = 8
# How many times farther than its state's town a reading in another state must lie from the list's towns of the
# dateline's state before the list pulls it home: a town at a state line has namesakes just across it.
_STRAY_FACTOR = 4.0
# The gap between a dateline town and its state: "HAYS, Kan."
_DATELINE_STATE_GAP = re.compile(r",\s*")


def dateline_state(text: str, spans: Sequence[NameSpan],
                   resolutions: Sequence[Optional["Resolution"]]) -> Optional[tuple[str, str]]:
    """(country, first-level division code) of a dateline that writes its state ("HAYS, Kan. —"): the first
    name is a dateline read as a town of a state-style country, and the next name, right after its comma, is
    read as that town's own first-level division. None otherwise: a bare dateline ("LOGAN —") tells no state
    firmly enough to move a listed name."""
    if len(spans) < 2 or spans[0].cue != DATELINE_CUE:
        return None
    town, state = (r.candidate if r is not None else None for r in resolutions[:2])
    if town is None or state is None or town.country_code not in STATE_STYLE \
            or not town.feature_code.startswith("PPL") or state.feature_code != "ADM1" \
            or state.country_code != town.country_code or state.admin1_code != town.admin1_code \
            or _DATELINE_STATE_GAP.fullmatch(text, spans[0].end, spans[1].start) is None:
        return None
    return town.country_code, town.admin1_code


def state_list_readings(text: str, spans: Sequence[NameSpan],
                        resolutions: list[Optional["Resolution"]]) -> None:
    """Re-read, in place, a listed name read outside the dateline's state as its exact town in that state, where
    another member of its list ("X and Y", "X, Y and Z", "between X and Y") is read as a town of that state."""
    from eventwatch.geo.resolve import Resolution

    home = dateline_state(text, spans, resolutions)
    if home is None:
        return
    before = list(resolutions)  # the resolver's readings: a move here must not make the next member's peer
    lists = _ListRuns(text, spans)
    countries = _CountryStarts(spans, before)
    peers_of: dict[range, list[int]] = {}  # each list's towns of the state, found once for all its members
    moves: dict[int, tuple["Candidate", range]] = {}
    for k in range(2, len(spans)):
        s, r = spans[k], before[k]
        if r is None or r.candidate is None or s.demonym or not s.locational or s.container is not None \
                or _in_state(r.candidate, home) or _world_city(r.candidate):
            continue
        elsewhere_at_home = r.candidate.country_code == home[0]  # read in another of the country's states
        home_town = _state_town(s, home) if elsewhere_at_home else None  # looked up once for both uses below
        if elsewhere_at_home and home_town is None:
            continue
        members = lists.members(k)
        if members not in peers_of:
            peers_of[members] = [j for j in (*lists.clause_head(k), *members)
                                 if _in_state_town(spans, before, j, home)]
        peers = peers_of[members]
        if not peers:
            continue
        first = spans[members[0]].start
        if _FLOWN.search(text, max(0, first - 60), first) is not None:
            continue  # "flights between Dallas and Malta", "flies between Malta and Billings": a flown route
        if home_town is not None:
            if _strays(r.candidate, home_town, [before[j].candidate for j in peers]):
                moves[k] = (home_town, members)
            continue
        if r.candidate.feature_code.startswith("PCL") \
                and not _country_moves(text, spans, countries, k, r.candidate.country_code, first, peers):
            continue  # "dealers in Portland and China": a country beside one town is still the country
        town = _state_town(s, home)
        if town is not None:
            moves[k] = (town, members)
    abroad: dict[range, bool] = {}  # whether a list keeps a member abroad, judged once for all its members
    for k, (town, members) in moves.items():
        if members not in abroad:
            towns = [before[j].candidate for j in peers_of[members][:_TOWNS_MEASURED]]  # type: ignore[union-attr]
            abroad[members] = any(j not in moves and _abroad(spans, before, j, home, towns) for j in members)
        if abroad[members]:
            continue  # "Portland, China and Mexico": a member kept abroad takes the list abroad
        r = before[k]
        if r is None:
            continue
        top = r.ranked[0][0] if r.ranked else r.score
        ranked = [(top, town)] + [(sc, c) for sc, c in r.ranked if c is not town]
        resolutions[k] = Resolution(town, town.precision, r.score, ranked)


def listed_home_towns(text: str, spans: Sequence[NameSpan],
                      resolutions: Sequence[Optional["Resolution"]]) -> set[int]:
    """Indices of names read as towns of the dateline's state that open a comma pair inside a list, the next
    member of which is also a name of a town of that state ("Havre, Malta and Chinook" under "HAVRE, Mont."):
    the comma lists the two, it does not place Havre in Malta. The container reader must leave these alone, or
    it unreads the town and with it the dateline that repeats its name."""
    home = dateline_state(text, spans, resolutions)
    if home is None:
        return set()
    lists = _ListRuns(text, spans)
    out: set[int] = set()
    for k in range(2, len(spans) - 1):
        if not _in_state_town(spans, resolutions, k, home) or not text.startswith(",", spans[k].end):
            continue
        members = lists.members(k)
        if k + 1 in members and _state_town(spans[k + 1], home) is not None:
            out.add(k)
    return out


def _country_moves(text: str, spans: Sequence[NameSpan], countries: "_CountryStarts", k: int, country: str,
                   first: int, peers: list[int]) -> bool:
    """Whether the country name k, listed beside the state's towns, is the state's town: the list must be plainly
    the neighbourhood (a local cue before it, or two of the state's towns in it), and nothing in the sentence
    may speak of the country abroad: words of trade or travel across borders, or another name read in it
    ("offices in Portland, Bangor and China, and plans to hire in Shanghai")."""
    if len(peers) < 2 and _LOCAL_CUE.search(text, max(0, first - 60), first) is None:
        return False
    lo, hi = _sentence(text, spans[k].start)
    return _TRADE.search(text, lo, hi) is None and countries.count(country, lo, hi) < 2  # k itself is one


class _CountryStarts:
    """Where the names read in each country start, in order, so that a sentence's names of a country are counted
    by bisection rather than by walking every name for every member of a long list."""

    def __init__(self, spans: Sequence[NameSpan], readings: Sequence[Optional["Resolution"]]) -> None:
        self.starts: dict[str, list[int]] = {}
        for s, r in zip(spans, readings):
            if r is not None and r.candidate is not None and r.candidate.country_code:
                self.starts.setdefault(r.candidate.country_code, []).append(s.start)

    def count(self, country: str, lo: int, hi: int) -> int:
        starts = self.starts.get(country, [])
        return bisect_left(starts, hi) - bisect_left(starts, lo)


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence around offset `at`, looked for within 300 characters either side."""
    lo = max(0, at - 300)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, at):
        start = m.end()
    m = _SENTENCE_END.search(text, at, min(len(text), at + 300))
    return start, (m.end() if m is not None else min(len(text), at + 300))


class _ListRuns:
    """The lists of names in a text, walked once: each pair of neighbouring names is tested once, and each run
    is cut to its list once, however many of its members ask."""

    def __init__(self, text: str, spans: Sequence[NameSpan]) -> None:
        self.text, self.spans = text, spans
        self.run_of: list[int] = []  # index of the first name of each name's run
        for i in range(len(spans)):
            joined = i > 2 and _listed(text, spans, i - 1, i)
            self.run_of.append(self.run_of[i - 1] if joined else i)
        self.cut: dict[int, tuple[int, int]] = {}
        self.run_end: dict[int, int] = {}

    def members(self, k: int) -> range:
        """The indices of the names in one list with name k, in order (k alone where it is listed with none)."""
        start = self.run_of[k]
        if start not in self.cut:
            end = k
            while end + 1 < len(self.spans) and self.run_of[end + 1] == start:
                end += 1
            self.cut[start] = _cut_list(self.text, self.spans, start, end)
        lo, hi = self.cut[start]
        if not lo <= k <= hi or lo == hi:
            return range(k, k + 1)
        return range(lo, hi + 1)

    def clause_head(self, k: int) -> list[int]:
        """The name an opening clause ends with, cut from the head of k's list ("After the storm hit Havre,
        Malta and Chinook opened shelters": Havre): not a member, but a neighbour the sentence names all the same."""
        members = self.members(k)
        start = self.run_of[k]
        return [start] if len(members) > 1 and members[0] == start + 1 else []


def _cut_list(text: str, spans: Sequence[NameSpan], lo: int, hi: int) -> tuple[int, int]:
    """The list inside a run of names joined by commas and conjunctions. A bare comma joins the list only where
    a conjunction closes it later ("X, Y and Z"), or where two bare commas run on ("Hays, Victoria, Ellis", a
    headline's or a caption's list): one comma alone as often ends a clause ("When the ship left Portland,
    China was its next port"). A subordinate clause's comma before a list closes that clause ("After the storm
    hit Orono, Peru and Hermon opened shelters")."""
    gaps = [_CONJUNCTION.search(text, spans[i].end, spans[i + 1].start) is not None for i in range(lo, hi)]
    if not any(gaps) and hi - lo >= 2:
        return lo, hi  # "Parents from Hays, Victoria, Ellis packed the gym"
    while hi > lo and not gaps[hi - 1 - lo]:
        hi -= 1
    if hi > lo and not gaps[0] \
            and _SUBORDINATE_OPENING.search(text, max(0, spans[lo].start - 120), spans[lo].start) is not None:
        lo += 1  # "After the storm hit Orono, Peru and Hermon ...": the first comma closes the opening clause
    return lo, hi


def _abroad(spans: Sequence[NameSpan], resolutions: Sequence[Optional["Resolution"]], j: int,
            home: tuple[str, str], towns: Sequence[Optional["Candidate"]]) -> bool:
    """Whether list member j is a place read outside the dateline's country that takes the list abroad: a
    country, or a place far from the list's towns of the state (`towns`). A town across the border nearby
    ("crews from Glasgow, Malta and Regina" in Montana) is the neighbourhood still."""
    r = resolutions[j]
    c = r.candidate if r is not None else None
    if c is None or not spans[j].locational or spans[j].demonym or c.country_code == home[0]:
        return False
    if c.feature_code.startswith("PCL") or c.lat is None or c.lon is None:
        return True
    return not any(t is not None and t.lat is not None and t.lon is not None
                   and haversine_km(c.lat, c.lon, t.lat, t.lon) <= _NEIGHBOUR_KM for t in towns)


def _strays(reading: "Candidate", town: "Candidate", peers: Sequence[Optional["Candidate"]]) -> bool:
    """Whether a name read in another state of the dateline's country strays from its list: its state's town lies
    beside one of the list's towns of the dateline's state (`NEIGHBOUR_KM`) and the reading lies several times
    farther from all of them ("Crews from Williamstown and Northfield" under "BARRE, Vt.": Vermont's Northfield,
    ten kilometres off, not New Hampshire's, a hundred away, however often the story names New Hampshire)."""
    near = _nearest_km(town, peers)
    return near is not None and near <= NEIGHBOUR_KM \
        and (_nearest_km(reading, peers) or 0.0) > max(NEIGHBOUR_KM, _STRAY_FACTOR * near)


def _nearest_km(c: "Candidate", peers: Sequence[Optional["Candidate"]]) -> Optional[float]:
    """The distance from `c` to the nearest of `peers` with coordinates (None where none has them)."""
    if c.lat is None or c.lon is None:
        return None
    ds = [haversine_km(c.lat, c.lon, p.lat, p.lon) for p in peers[:_TOWNS_MEASURED]
          if p is not None and p.lat is not None and p.lon is not None]
    return min(ds, default=None)


def _world_city(c: "Candidate") -> bool:
    """A city known beyond its country by size or as a capital: listed beside a local town it is still itself."""
    return c.feature_code.startswith("PPL") and (c.feature_code == "PPLC" or (c.population or 0) >= WORLD_CITY_POPULATION)


def _in_state(c: "Candidate", home: tuple[str, str]) -> bool:
    return (c.country_code, c.admin1_code) == home


def _in_state_town(spans: Sequence[NameSpan], resolutions: Sequence[Optional["Resolution"]], j: int,
                   home: tuple[str, str]) -> bool:
    """Whether name j is a firm list neighbour: a place (not the dateline) read as a town of the home state."""
    if j < 1 or j >= len(spans) or spans[j].cue == DATELINE_CUE or not spans[j].locational:
        return False
    r = resolutions[j]
    c = r.candidate if r is not None else None
    return c is not None and c.feature_code.startswith("PPL") and _in_state(c, home)


def _listed(text: str, spans: Sequence[NameSpan], a: int, b: int) -> bool:
    """Whether names a and b (a before b) are neighbours in one list: only a comma or a conjunction between."""
    return LIST_GAP.fullmatch(text, spans[a].end, spans[b].start) is not None


def _state_town(s: NameSpan, home: tuple[str, str]) -> Optional["Candidate"]:
    """The most populous town reading of the name spelled exactly so in the home state, if any."""
    towns = [c for c in s.candidates if c.exact and c.feature_code.startswith("PPL") and _in_state(c, home)]
    return max(towns, key=lambda c: c.population or 0, default=None)
