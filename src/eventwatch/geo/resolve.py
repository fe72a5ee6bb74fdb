"""Pick, for each recognised name, the place it refers to, and how precise that place is (UCDP where_prec).

Resolution is a score per candidate: a context-free prior (user place, spelling, feature type, population)
plus what the document says: the countries and first-level divisions its other names could be in, the
countries it names outright, nearness to the places they could be, explicit containment ("Saraqib, Idlib",
"Atarib in western rural Aleppo", "Memphis St., Alexandria"), the kind of place the other names of a list
are ("Utah, Washington and Wisconsin"), a given document country, the publisher's country and, weakest, the
country the text's own words point to ("the sheriff's office", "Gardaí", "£": geo/country_register.py). A small
town's country counts fully only where the document also names places around it.

The strongest tie between two names is containment: a town lying in a second-level division another name
could be ("Walker County ... Huntsville"), read from the map since towns carry no second-level code
(`Resolver._county`); once the towns are read, a division is read as the namesake holding one of them
(`Resolver._agree_divisions`).

Context is read softly: each other name contributes every reading it has, weighted by how likely that
reading currently is, rather than only its best guess, so one early wrong guess does not drag the rest.
A few rounds let the readings settle; names spelled alike (the same name mentioned again) share context
and never support themselves.

A winning reading is then judged on firm support alone, each other name read as what it most likely is
(`Resolver._judge`): a loose spelling or a village far from the document's firm places, and a small town that
beat a world city of its name only through other names' unlikely readings, do not beat "unresolved" (the
name stands in at the document's places) or the world city.

Where a town and the division or country around it share a name ("New York", "Quebec", "Washington"), only
words that fit one of them decide ("upstate", "governor" / "mayor", "downtown"; `namesake_level`), and a
capital wins over its namesakes in a story about a government's business (`government_business`). A bare
short form ("SA", "WA", "MP") is read in the country the document's firm names are in, or not at all.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from eventwatch.geo.country_register import country_evidence, document_votes
from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.features import is_street
from eventwatch.geo.gazetteer import PRIOR, Candidate, Gazetteer, prior_score, similarity
from eventwatch.geo.landmarks import is_landmark
from eventwatch.geo.town_parts import TOWN_PART_CODE
from eventwatch.geo.name_lists import LIST_GAP
from eventwatch.geo.name_span import strong
from eventwatch.geo.normalise import normalise
from eventwatch.geo.publisher_home import (PublisherSources, home_candidates, host_of, publisher_home_names,
                                          section_home_names)
from eventwatch.geo.recognise import NameSpan
from eventwatch.geo.sports_teams import NO_TEAMS, team_readings
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_ALT, NAME_DERIVED, NAME_MAIN
from eventwatch.geo.yaml_files import parse_yaml, word_list
from eventwatch.model import (
    WHERE_PREC_ADMIN1,
    WHERE_PREC_ADMIN2,
    WHERE_PREC_COUNTRY,
    WHERE_PREC_NEAR,
    WHERE_PREC_REGION,
)


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts, in units of the prior (one unit ~ a tenfold population)."""

    temperature: float = 0.35  # of the softmax that turns scores into reading weights
    rounds: int = 3
    country: float = 4.0  # x share of the other names' weight in the candidate's country
    named_country: float = 1.5  # when another name is the candidate's country itself ("London ... Canada")
    admin1: float = 0.75  # x share of the other names' weight in the candidate's first-level division
    admin1_names: float = 1.5  # per other name that could lie in (or be) the candidate's division, up to 2
    near_km: float = 200.0
    near: float = 0.5  # per other name that could lie within near_km, up to 3 names
    weak_local: float = 1.0  # local support a reading found only inside a longer name, or by fuzzy spelling, needs
    siblings: float = 0.5  # per other name that could be a division of the same country (or a country), up to 2
    doc_country: float = 3.0
    publisher: float = 2.0
    # The country the text's own words place it in (jurisdiction words, addresses, currency:
    # geo/country_register.py), x its vote in [0, 1]: less than the publisher's country or a place the document
    # names, so that it settles only namesakes nothing firmer tells apart.
    register: float = 1.5
    # The publisher's home town (geo/publisher_home.py, `home_readings`): to a bare mention of its name, the
    # home reading; to any name, a reading within home_near_km of the home or in its first-level division.
    # (Its country as well, 1.0 to every name, lost on LGL: stories from local papers also go abroad.)
    home_name: float = 4.0
    home_near: float = 2.0
    home_admin1: float = 1.0
    home_near_km: float = 80.0
    list_peers: float = 3.0  # x share of a list's other names ("A, B and C") read at the candidate's level
    contained_admin1: float = 8.0
    contained_country: float = 6.0
    county: float = 2.0  # a town lying in a second-level division another name could be, and the reverse
    county_km: float = 40.0  # a town this close to a division's centre, in its province, lies in it
    max_candidates: int = 25  # per name, by prior: the long tail of hamlets never wins and costs time


WEIGHTS = Weights()


@dataclass
class Resolution:
    candidate: Optional[Candidate]
    precision: int
    score: float = 0.0
    ranked: list[tuple[float, Candidate]] = field(default_factory=list)
    # The reading rests only on weak context (see `Resolver._judge`): the name is a place, but it is left
    # unresolved to stand in at the document's places (geo.namesakes.far_namesakes does that).
    unsupported: bool = False


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within a few hundred km it is as good as haversine and far cheaper."""
    dlon = abs(lon1 - lon2)
    if dlon > 180:
        dlon = 360 - dlon
    return 111.2 * math.hypot(lat1 - lat2, dlon * math.cos(math.radians((lat1 + lat2) / 2)))


WIDE_FEATURES = frozenset({"CONT", "RGN", "SEA", "OCN"})


def is_area(c: Candidate) -> bool:
    """Countries, continents, first-level divisions, seas, rivers, regions: too large (or, for a river placed
    at its mouth, too long) for "nearby" to mean anything. Read from the UCDP precision a feature has."""
    fc = c.feature_code
    return fc.startswith("PCL") or fc in {"CONT", "ADM1"} or (
        c.precision >= WHERE_PREC_REGION and not fc.startswith(("PPL", "ADM")))


def _namesake_towns(candidates: list[Candidate]) -> set[str]:
    """Divisions that hold a town of the same name: there the town is meant more often than the division."""
    return {c.admin1_code for c in candidates if c.admin1_code and c.feature_code.startswith("PPL")}


def _division_bonus(c: Candidate, namesakes: set[str]) -> float:
    """Undo the prior's doubt about a division when no town of its name lies inside it.

    The prior marks a first-level division down because "Aleppo" and "Idlib" mean the city more often
    than the province; but "Maine" or "California" named in a report are the states, not a small
    namesake town elsewhere.
    """
    if c.feature_code == "ADM1" and c.admin1_code not in namesakes:
        return DIVISION_WITHOUT_TOWN
    return 0.0


DIVISION_WITHOUT_TOWN = 1.5
# A town smaller than this with less local support than this (no other name in its division or around it)
# gets only this share of the support its country has in the document.
LONE_TOWN_POPULATION = 100_000
LONE_TOWN_LOCAL = 0.5
LONE_TOWN_COUNTRY = 0.6

# A town this large (a world city) is what its name means unless firm names place a smaller namesake.
WORLD_CITY_POPULATION = 100_000
# A village this small, spelled exactly, is only as good as the firm names around it.
SMALL_TOWN_POPULATION = 10_000
# A spelling this similar to the gazetteer's (after folding marks, apostrophes and articles) differs from it
# only as transliterations of one Arabic, Persian or Cyrillic name do ("Maaret al-Numan" ~ "Ma'arret en
# Nu'man" scores 98, "Tal Rifaat" ~ "Tall Rif'at" 95). One vowel in a short name ("Karrada" ~ "Karradi", 93)
# may make another word, and stays a loose spelling.
TRANSLITERATION_SIMILAR = 95.0
# Support a loose spelling needs from firm names in its country when the document places none of them
# (4 x a quarter of the other names' weight, or the country named outright and some more).
LOOSE_COUNTRY = 1.0

# Firm support (see `Resolver._unsupported_abbreviation`) a short form's reading needs: about one firm name of
# eight in its country, or the country named outright.
ABBREVIATION_SUPPORT = 0.5

# A dateline's town over a division or country of the same name.
DATELINE_TOWN = 1.5


# A division abolished or merged (GeoNames' ADM1H, ADM2H: Kenya's provinces, France's former regions) is
# what "X province" or "X county" still means in reporting, as much as a current one.
ADMIN1_CODES = frozenset({"ADM1", "ADM1H"})
ADMIN2_CODES = frozenset({"ADM2", "ADM2H"})
# How far a district's point may lie from the town it is named after for the town to be its seat.
_SEAT_KM = 10.0


def _cue_bonus(s: NameSpan, c: Candidate) -> float:
    fc = c.feature_code
    if s.vague == "admin1":
        return 6.0 if fc in ADMIN1_CODES else 0.0
    if s.vague == "admin2":
        return 6.0 if fc in ADMIN2_CODES else 0.0
    if s.vague in {"city", "near", "offset"}:
        return 3.0 if fc.startswith("PPL") else 0.0
    if s.cue == "dateline":
        return DATELINE_TOWN if fc.startswith("PPL") else 0.0  # "WASHINGTON —": reports are filed from towns
    if s.direction and fc.startswith(("PCL", "ADM1")):
        return 1.0
    return 0.0


# Title words written short in place names: "St. Petersburg" is Saint Petersburg's own name written as
# newspapers write it, not a foreign or former name of the city.
_SHORT_TITLES = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


def _title_words(name: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", name.lower())


def _short_written_main(c: Candidate) -> float:
    """Give back the alternate-name doubt to a reading matched by its own name with a title written short
    ("St. Petersburg" for Saint Petersburg, "Mt. Hermon" for Mount Hermon): the prior ranks a place's own
    name over another place's alternate one, and the short form is its own name. Without this, a US
    namesake whose GeoNames name is written "St. Petersburg" beats the world city in any American context."""
    if c.kind != NAME_ALT or not c.matched:
        return 0.0
    written = _title_words(c.matched)
    if not any(w in _SHORT_TITLES for w in written):
        return 0.0
    if [_SHORT_TITLES.get(w, w) for w in written] != [_SHORT_TITLES.get(w, w) for w in _title_words(c.name)]:
        return 0.0
    return PRIOR["main_name"] - PRIOR["alternate_name"]


def publisher_country(gaz: Gazetteer, publisher: Optional[str]) -> Optional[str]:
    """A country implied by the publisher: its domain's country code, or a country/demonym in its name."""
    if not publisher:
        return None
    m = re.search(r"\.([a-z]{2})(?:/|$|:)", publisher.lower().strip())
    if m and m.group(1) not in {"co", "io", "tv", "me", "fm", "ly", "ai"}:
        cc = m.group(1).upper().replace("UK", "GB")
        if gaz.division("PCLI", cc) is not None:
            return cc
    for word in re.findall(r"[A-Z][a-z]+", publisher):
        for c in gaz.lookup(word, limit=3):
            if c.exact and c.kind in (0, 2, 5) and (
                c.feature_code.startswith(("PCL", "ADM1")) or c.population >= 100_000
            ):
                return c.country_code
    return None


@dataclass(frozen=True)
class Home:
    """The publisher's home town as the resolver reads it: the name (normalised) and the place it is."""

    name: str
    reading: Candidate


def home_readings(gaz: Gazetteer, names: Sequence[str], groups: list["_Group"], spans: Sequence[NameSpan],
                  pub_cc: Optional[str], w: Weights) -> list[Home]:
    """Which place each of the publisher's home names is (see geo/publisher_home.py), or none.

    A home name is read as a place the document names but does not return: the reading the document's own
    places support (other names with a reading, spelled exactly, in its first-level division or within
    home_near_km of it; `_home_support`), else, where the domain is a country's, the best-known reading in that
    country when it clearly is (HOME_CLEAR times the next one's population). An outlet's other home name
    ("Richmond and Twickenham") supports it as a document name does. Only names used as places count: a name
    inside another ("Wal-Mart") or a demonym says nothing of where the paper is.

    Each name counts once whatever its readings' populations: a local story names small towns around its
    home, and weighting them by size hands the home to the state where the names' larger namesakes lie.
    Without support and without a country domain no reading is guessed: a ".com" paper named after
    Gainesville or Norfolk is as often the small town's as the well-known one's.
    """
    if not names:
        return []
    readings: dict[str, list[Candidate]] = {}
    for name in names:
        cands = [c for c in home_candidates(gaz, name) if c.lat is not None]
        if cands:
            readings[normalise(name)] = cands[: w.max_candidates]
    if not readings:
        return []
    votes: list[tuple[str, float, list[tuple[Candidate, float]]]] = []
    for g in groups:
        if g.cands and any(spans[i].locational and not spans[i].demonym for i in g.spans):
            votes.append((g.key[0], 1.0, [(c, _presence(c)) for c in g.cands if c.exact
                                                         and c.feature_code.startswith(("PPL", "ADM1", "ADM2"))]))
    for name, cands in readings.items():
        votes.append((name, 1.0, [(c, 1.0) for c in cands]))
    out = []
    for name, cands in readings.items():
        support = [_home_presence(h) * _home_support(h, name, votes, w) for h in cands]
        chosen = _clearly_supported(cands, support)
        if chosen is None and pub_cc:
            chosen = _best_known(cands, pub_cc)
        if chosen is not None:
            out.append(Home(name, chosen))
    return out


def _presence(c: Candidate) -> float:
    """A name's vote that it lies where reading c is: whole for the place's own name, half for another of
    its names ("South Island" is also a town's old name) or a name made by a rule ("Texas" for Texas County)."""
    return 1.0 if c.kind == NAME_MAIN else 0.5


def _home_presence(h: Candidate) -> float:
    """How surely a home reading is what the publisher's label names: as `_presence`, except that a division's
    abbreviation is whole. A label of two or three letters ("al.com", "wvgazette") is read only as one
    (see publisher_home.py): there the abbreviation is the name the outlet gives itself. So is a county's
    name without its division word ("/metro/dekalb/"): a county desk or paper writes its county so."""
    return 1.0 if h.kind == NAME_ABBREVIATION or (h.kind == NAME_DERIVED and h.feature_code == "ADM2") \
        else _presence(h)


def _home_support(h: Candidate, name: str, votes: list, w: Weights) -> float:
    """How much the document's other names say the home is reading h: each name's largest vote for a
    reading in h's first-level division or within home_near_km of it, twice that for one within
    HOME_CLOSE_KM (the town's own county, a suburb).

    Namesakes come in pairs across a country: a Richmond and a Madison County lie in one state in several
    states, a Richmond and a Berea in two countries. Sharing a state, or lying a county or two apart, is
    what many such pairs do; lying side by side is what the paper's own town and its neighbours do."""
    total = 0.0
    town = h.feature_code != "ADM1"
    for other, weight, readings in votes:
        if other == name:
            continue
        best = 0.0
        for r, vote in readings:
            if vote * HOME_CLOSE <= best:
                continue
            point = town and r.lat is not None and not is_area(r)
            km = flat_km(h.lat, h.lon, r.lat, r.lon) if point else None
            if km is not None and km <= HOME_CLOSE_KM:
                best = vote * HOME_CLOSE
            elif vote > best and (h.admin1_code and r.admin1_code == h.admin1_code
                                  or km is not None and km <= w.home_near_km):
                best = vote
        total += weight * best
    return total


def _same_place(a: Candidate, b: Candidate) -> bool:
    """A town and the division named after it, or two rows for one town: one home either way."""
    return a.id == b.id or (a.admin1_code == b.admin1_code and a.lat is not None and b.lat is not None
                            and flat_km(a.lat, a.lon, b.lat, b.lon) <= HOME_SAME_KM)


def _clearly_supported(cands: list[Candidate], support: list[float]) -> Optional[Candidate]:
    """The reading the document supports (HOME_SUPPORT at least), if no reading elsewhere comes close.

    A small town over a namesake HOME_FAMOUS times its size needs twice the support: one name beside it may
    be a surname or a namesake of its own ("Miami" and "Ripley" are both small towns in Queensland)."""
    order = sorted(range(len(cands)), key=lambda k: (-support[k], -prior_score(cands[k])))
    top = order[0]
    largest = max(c.population for c in cands)
    needed = HOME_SUPPORT if cands[top].population * HOME_FAMOUS >= largest else 2 * HOME_SUPPORT
    if support[top] < needed:
        return None
    rival = max((support[k] for k in order[1:] if not _same_place(cands[k], cands[top])), default=0.0)
    return cands[top] if support[top] >= HOME_MARGIN * rival else None


def _best_known(cands: list[Candidate], country: str) -> Optional[Candidate]:
    """The reading in `country` clearly better known than any other there (a division's short form, "wv",
    has one reading)."""
    there = sorted((c for c in cands if c.country_code == country), key=lambda c: -prior_score(c))
    if not there:
        return None
    top = there[0]
    rival = next((c for c in there[1:] if not _same_place(c, top)), None)
    if rival is None or top.population >= HOME_CLEAR * max(1, rival.population):
        return top
    return None


def home_bonus(c: Candidate, norm: str, homes: list[Home], w: Weights) -> float:
    """What the publisher's home gives reading c of a name (`norm`): the home reading itself to a bare
    mention of the home's name; nearness or its first-level division to its neighbours."""
    bonus = 0.0
    for home in homes:
        h = home.reading
        if norm == home.name:
            if _same_place(c, h) and c.exact:
                bonus = max(bonus, w.home_name)
            continue
        b = 0.0
        if h.admin1_code and c.admin1_code == h.admin1_code:
            b += w.home_admin1
        if h.feature_code != "ADM1" and c.lat is not None and not is_area(c) \
                and flat_km(c.lat, c.lon, h.lat, h.lon) <= w.home_near_km:
            b += w.home_near
        bonus = max(bonus, b)
    return bonus


# A home reading needs the support of one other name in its division or near it, and twice that of any
# reading elsewhere; without it, the best-known reading in the domain's country is taken only when it has
# HOME_CLEAR times the people of the next one there. Rows this close are one place.
HOME_SUPPORT = 1.0
HOME_MARGIN = 2.0
HOME_CLEAR = 3.0
HOME_SAME_KM = 30.0
HOME_FAMOUS = 10
# A name with a reading this close to a home reading votes HOME_CLOSE times (see `_home_support`).
HOME_CLOSE_KM = 40.0
HOME_CLOSE = 2.0


class _Group:
    """The mentions of one name (same spelling, same kind of cue): they share one set of readings."""

    __slots__ = ("key", "spans", "cands", "weight", "probs", "countries", "admin1s", "cells", "divisions", "nations",
                 "cell_of", "nation_of", "wide", "prior_probs", "holds", "seats")

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

    def set_candidates(self, cands: list[Candidate], probs: list[float], county_km: float = 0.0) -> None:
        self.cands, self.probs = cands, probs
        self.prior_probs = probs
        self.seats = _seats(cands, county_km or WEIGHTS.county_km)
        self.wide = any(c.feature_code.startswith("PCL") or c.feature_code in WIDE_FEATURES for c in cands)
        self.cell_of = [_cell(c) if c.lat is not None and not is_area(c) else None for c in cands]

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
                 "nation_votes", "_country", "_admin1", "_divisions", "_nations", "_named")

    def __init__(self, g: _Group, others: list[_Group], same_name: list[_Group], other_w: float, w: Weights,
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

    def admin1(self, a1: str) -> tuple[float, float]:
        """The other names' weight in division a1 as a share, and their capped votes for it."""
        v = self._admin1.get(a1)
        if v is None:
            g, w = self.g, self.w
            own = g.weight * g.admin1s.get(a1, 0.0)
            votes = min(1.0, g.admin1s.get(a1, 0.0) * 2)
            if self.same_name:
                own += sum(o.weight * o.admin1s.get(a1, 0.0) for o in self.same_name)
                votes = sum(min(1.0, o.admin1s.get(a1, 0.0) * 2) for o in (g, *self.same_name))
            share = w.admin1 * max(0.0, self.admin_mass[a1] - own) / self.other_w
            votes = self.admin_names.get(a1, 0.0) - votes
            v = self._admin1[a1] = (share, w.admin1_names * min(2.0, max(0.0, votes)))
        return v

    def sibling_divisions(self, cc: str) -> float:
        """For a first-level division of cc: other names that could be divisions of cc too."""
        v = self._divisions.get(cc)
        if v is None:
            v = self._divisions[cc] = self.w.siblings * min(2.0, sum(
                min(1.0, 2 * o.divisions.get(cc, 0.0)) for o in self.others))
        return v

    def sibling_nations(self) -> float:
        """For a country: other names that could be countries too."""
        if self._nations is None:
            self._nations = self.w.siblings * min(2.0, sum(min(1.0, 2 * o.nations) for o in self.others))
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
        # Per province, the towns and second-level divisions the names could be (see `Resolver._county`).
        self.held: dict[str, list[tuple[str, bool, float, float, float]]] = defaultdict(list)
        for g in groups:
            for a1, name, division, lat, lon, vote in g.holds:
                self.held[a1].append((name, division, lat, lon, vote))
        # Cells with some reading within reach: most readings of a name (hamlets of its name worldwide) have none.
        self._covered = {(y + dy, x + dx) for y, x in self.cells
                         for dy in range(-reach, reach + 1) for dx in range(-reach, reach + 1)}
        self._blocks: dict[tuple[int, int], list] = {}

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


def world_rival(c: Candidate, readings: list[Candidate], near_km: float) -> Optional[Candidate]:
    """A world city spelled exactly like small town c and lying far from it ("Geneva", Switzerland, for
    Geneva, Illinois), if c is a small town that has one."""
    if not c.exact or not c.feature_code.startswith("PPL") or c.population >= LONE_TOWN_POPULATION or c.lat is None:
        return None
    return next((o for o in readings if o.exact and o.feature_code.startswith("PPL") and o.lat is not None
                 and o.population >= WORLD_CITY_POPULATION and flat_km(o.lat, o.lon, c.lat, c.lon) > near_km), None)


class _FirmContext:
    """The document's names read at their leading readings (see `_leading`): where they put the document, and
    the support they give a reading."""

    def __init__(self, groups: list[_Group], spans: list[NameSpan], w: Weights):
        self.w = w
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
        self.votes = nation_votes(self.groups)  # `_Terms` skips the name's own vote
        # Where the document's firm places lie: a town's point, or a first-level division's centre (a report
        # naming "Idlib province" is about Idlib's ground); countries, seas and regions are too wide to place
        # anything. A firm place is a name used as a place, spelled exactly, and sizeable (a division or a town
        # of SMALL_TOWN_POPULATION): a village may itself be a namesake, and two villages must not refuse each
        # other.
        self.points: list[tuple[str, Candidate]] = []
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

    def support(self, resolver: "Resolver", g: _Group, c: Candidate, other_w: float) -> tuple[float, float]:
        """Reading c's (country, local) support counting only the firm names other than g's own, as shares of
        all the other names' weight, so that it is the firm part of c's full support."""
        others = [o for o in self.groups if o.key[0] != g.key[0]]
        country_mass, admin_mass, admin_names = _masses(others)
        own = _Group(g.key, 0.0)  # the name itself adds nothing: its own masses stay empty
        own.wide = g.wide
        terms = _Terms(own, others, [], other_w, self.w, country_mass, admin_mass, admin_names, self.votes)
        cell = _cell(c) if c.lat is not None and not is_area(c) else None
        return resolver._support(c, cell, g.key[0], terms, _Grid(others, self.reach))

    def nearest_km(self, name: str, c: Candidate) -> Optional[float]:
        """How far reading c lies from the nearest place another firm name has in c's country (None: none)."""
        if c.lat is None:
            return None
        dists = [0.0 if p.feature_code == "ADM1" and p.admin1_code == c.admin1_code
                 else flat_km(c.lat, c.lon, p.lat, p.lon) for other, p in self.points
                 if other != name and p.country_code == c.country_code and p.id != c.id]
        return min(dists, default=None)


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


def list_peers(text: str, spans: list[NameSpan]) -> dict[int, list[int]]:
    """For each name in a list of three or more ("A, B and C"), the other names of that list.

    A name the text places in another ("Saraqib, Idlib") ends the run: a container is not a peer, nor is an
    abbreviated state after a town ("Springfield, Ill."). A comma before a division none of whose readings
    holds the name before it ("Miami, New York and Detroit") joins equals, not a town and its state.
    """
    order = sorted(range(len(spans)), key=lambda k: spans[k].start)
    out: dict[int, list[int]] = {}
    run: list[int] = []

    def close() -> None:
        members = [k for k in run if not spans[k].demonym]
        if len(members) >= 3:
            for k in members:
                out[k] = [o for o in members if o != k]

    for pos, k in enumerate(order):
        prev = order[pos - 1] if pos else None
        joined = (
            prev is not None and spans[prev].end <= spans[k].start and not spans[k].abbreviation
            and not (spans[prev].container == k and _may_contain(spans[k], spans[prev]))
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
# What the home a registered team's name gives (geo/sports_teams.py) adds to that reading: as much as an
# explicit container's country, over the story's local focus.
TEAM_HOME = 6.0


def _softmax(scores: list[float], temperature: float) -> list[float]:
    if not scores:
        return []
    top = max(scores)
    ex = [math.exp((s - top) / temperature) for s in scores]
    total = sum(ex)
    return [e / total for e in ex]


class Resolver:
    def __init__(self, gazetteer: Gazetteer, weights: Optional[Weights] = None):
        self.gaz = gazetteer
        self.w = weights or WEIGHTS
        self._spans: list[NameSpan] = []
        self._levels: list[Optional[str]] = []
        self._said: dict[str, list[str]] = {}  # name → the levels its mentions' words fit, one per mention
        self._government = False
        self._register: dict[str, float] = {}  # the text's country votes (`document_votes`)
        # The publisher's home towns the last `resolve` read (see `home_readings`): context for its callers too.
        self.homes: list[Home] = []

    def resolve(
        self,
        spans: list[NameSpan],
        *,
        doc_country: Optional[str] = None,
        publisher: Optional[str] = None,
        text: Optional[str] = None,
        url: Optional[str] = None,
        sources: Optional[PublisherSources] = None,
    ) -> list[Optional[Resolution]]:
        """Each span's reading; `text` (the document the spans index) lets names listed together agree.

        `publisher` (a name or domain) and `url` (the document's address) give the publisher's country and
        home town (`home_readings`), context as a place the document names would be; a section of the address
        naming a town or county ("/arlington_news/", `section_home_names`) is read as a home name too.
        `sources` (a user's list, `publisher_home.load_sources`) gives the home of a listed outlet outright."""
        w = self.w
        self._spans = spans
        self._text = text or ""
        self._levels = namesake_levels(text, spans) if text else [None] * len(spans)
        self._said = _levels_said(spans, self._levels)
        self._government = bool(text) and government_business(text)
        self._register = document_votes(country_evidence(text)) if text and w.register else {}
        doc_country = doc_country.upper() if doc_country else None
        pub_cc = publisher_country(self.gaz, publisher) or (publisher_country(self.gaz, host_of(url)) if url else None)

        # Candidates per span with their context-free score; spans of one name share a group.
        priors: list[list[tuple[float, Candidate]]] = []
        groups: dict[tuple, _Group] = {}
        group_of: list[Optional[_Group]] = []
        for idx, s in enumerate(spans):
            namesakes = _namesake_towns(s.candidates)
            p = sorted(((prior_score(c) + _cue_bonus(s, c) + _division_bonus(c, namesakes) + _short_written_main(c), c)
                        for c in s.candidates),
                       key=lambda x: -x[0])
            keep = p[: w.max_candidates]
            if doc_country:
                keep += [x for x in p[w.max_candidates :] if x[1].country_code == doc_country][: w.max_candidates]
            priors.append(keep)
            if not keep:
                group_of.append(None)
                continue
            key = (s.norm, s.vague, s.demonym, frozenset(c.id for _, c in keep))
            g = groups.get(key)
            if g is None:
                g = groups[key] = _Group(key, _context_weight(s))
                g.set_candidates([c for _, c in keep], _softmax([b for b, _ in keep], w.temperature), w.county_km)
            elif len(g.spans) < 4:
                g.weight += 0.25 if not s.demonym else 0.0  # a name said again is a little more the focus
            g.spans.append(idx)
            group_of.append(g)
        glist = list(groups.values())
        for g in glist:
            g.summarise()

        inner_of: dict[int, list[NameSpan]] = defaultdict(list)
        for o in spans:
            if o.container is not None:
                inner_of[o.container].append(o)
        fixed = [self._fixed(idx, s, priors[idx], spans, doc_country, pub_cc, inner_of.get(idx, ()))
                 for idx, s in enumerate(spans)]
        listed = sources.homes_for(publisher, url) if sources is not None else ()
        if listed:  # the user said where this outlet is based: taken as given, in place of its domain's names
            homes = self.homes = [Home(normalise(h.name), h.reading) for h in listed]
        else:
            names = publisher_home_names(self.gaz, publisher, url) if publisher or url else ()
            names += tuple(n for n in section_home_names(self.gaz, url) if n not in names)
            homes = self.homes = home_readings(self.gaz, names, glist, spans, pub_cc, w) if names else []
        if homes:
            for idx, s in enumerate(spans):
                fixed[idx] = [f + home_bonus(c, s.norm, homes, w) for f, (_b, c) in zip(fixed[idx], priors[idx])]
        # geo/sports_teams.py: a team's name gives its home ("the Portland Trail Blazers"); a team from afar
        # named bare ("outlasted Louisville") is read by prominence, without the story's local focus.
        teams = team_readings(self.gaz, text, spans) if text else NO_TEAMS
        for idx, home in teams.homes.items():
            fixed[idx] = [f + (TEAM_HOME if _same_place(c, home) else 0.0)
                          for f, (_b, c) in zip(fixed[idx], priors[idx])]
        # A mention's own evidence for each of its group's readings does not change between rounds. Mentions
        # of one name share readings but not cues ("Syria", "northern Syria"): aligned to the group by id.
        own_scores: dict[int, list[float]] = {}
        for g in glist:
            for idx in g.spans:
                own = {c.id: base + extra for (base, c), extra in zip(priors[idx], fixed[idx])}
                own_scores[idx] = [own[c.id] for c in g.cands]
        # Which names are "the others" of a group, and their weight, is fixed too. A facility's readings are
        # borrowed from the place name inside it, which is context of its own: the facility adds none.
        context_groups = [g for g in glist if not all(spans[i].facility for i in g.spans)]
        neighbours = {}
        for g in glist:
            others = [o for o in context_groups if o is not g and o.key[0] != g.key[0]]
            same_name = [o for o in glist if o is not g and o.key[0] == g.key[0]]
            neighbours[id(g)] = (others, same_name, sum(o.weight for o in others) or 1.0)
        peers = list_peers(text, spans) if text else {}
        levels = {id(g): [place_level(c) for c in g.cands] for g in glist}
        ranked_all: list[list[tuple[float, Candidate]]] = [[] for _ in spans]
        support: dict[tuple[int, int], tuple[float, float]] = {}
        rounds = max(1, w.rounds)
        for round_ in range(rounds):
            final = round_ == rounds - 1  # only the last round's rankings are read; earlier ones move weights
            # Summed once per round; each candidate then subtracts its own name's share (a sum over the others
            # per candidate is quadratic).
            country_mass, admin_mass, admin_names = _masses(context_groups)
            new_scores: dict[int, list[float]] = {}
            grid = _Grid(context_groups, 1 + int(w.near_km // (111 * CELL_DEG)))
            votes = nation_votes(context_groups)
            for g in glist:
                others, same_name, other_w = neighbours[id(g)]
                terms = _Terms(g, others, same_name, other_w, w, country_mass, admin_mass, admin_names, votes)
                context, countries = [], []
                for c, cell in zip(g.cands, g.cell_of):
                    country, local = self._support(c, cell, g.key[0], terms, grid)
                    context.append(country + local)
                    countries.append(country)
                    if final:
                        support[(id(g), c.id)] = (country, local)
                if final:
                    for idx in g.spans:
                        ctx_of = countries if idx in teams.far else context  # a team from afar: no local focus
                        scores = [ctx + own for ctx, own in zip(ctx_of, own_scores[idx])]
                        if idx in peers:
                            scores = self._with_peers(scores, g.cands, levels[id(g)], peers[idx], group_of, levels)
                        ranked_all[idx] = sorted(zip(scores, g.cands), key=lambda x: -x[0])
                else:
                    first = g.spans[0]
                    scores = [ctx + own for ctx, own in zip(context, own_scores[first])]
                    if first in peers:
                        scores = self._with_peers(scores, g.cands, levels[id(g)], peers[first], group_of, levels)
                    new_scores[id(g)] = scores
            if not final:
                for g in glist:
                    g.probs = _softmax(new_scores[id(g)], w.temperature)
                    g.summarise()

        out: list[Optional[Resolution]] = []
        firm: Optional[_FirmContext] = None
        for idx, s in enumerate(spans):
            ranked = ranked_all[idx]
            if not ranked:
                out.append(None)
                continue
            best_score, best = ranked[0]
            country, local = support[(id(group_of[idx]), best.id)]
            if short_name(s) and not self._short_match(s, best, local, spans):
                # A short name's look-alike is too often another town ("Hass" ~ "Hisya"): take the best
                # reading spelled exactly instead, or none.
                exact = [(sc, c) for sc, c in ranked if c.exact or c.source == "user"]
                if not exact:
                    out.append(Resolution(None, 0, best_score, ranked))
                    continue
                best_score, best = exact[0]
                country, local = support[(id(group_of[idx]), best.id)]
            if firm is None:
                firm = _FirmContext(context_groups, spans, w)
                firm.points += [(h.name, h.reading) for h in homes]  # the home is a firm place of the document
            if not self._credible(s, best, country, local, doc_country) and (s.weak or not self._lone_transliteration(
                    group_of[idx].key[0], best, ranked, firm)):
                out.append(Resolution(None, 0, best_score, ranked))
                continue
            g = group_of[idx]
            if self._unsupported_abbreviation(s, best, spans, firm, g, neighbours[id(g)][2]):
                out.append(Resolution(None, 0, best_score, ranked))
                continue
            judged = self._judge(s, best, ranked, spans, firm, g, neighbours[id(g)][2], own_scores[idx])
            if judged is not None and judged is not best:
                best_score, best = next((sc, c) for sc, c in ranked if c is judged)
            best, precision = self._precision(s, best, ranked)
            out.append(Resolution(best, precision, best_score, ranked, unsupported=judged is None))
        self._agree_divisions(spans, out)
        self._seats_for_districts(spans, out)
        return out

    def _seats_for_districts(self, spans: list[NameSpan], out: list[Optional[Resolution]]) -> None:
        """Read a district named without a division word as its seat, the town at its point ("in Zurmi,
        Zamfara state", "in Saravena, Arauca").

        A district takes its seat's name and often outranks it a priori (the seat's population may be
        missing from the tables), yet a name with no "district", "LGA" or "municipality" beside it names
        the town: the event is there, at precision 1, not anywhere in the district.
        """
        for k, r in enumerate(out):
            c = r.candidate if r is not None else None
            s = spans[k]
            if c is None or c.feature_code not in ADMIN2_CODES or s.vague is not None or c.lat is None \
                    or c.source == "user":
                continue
            seat = next((alt for _sc, alt in r.ranked if alt.feature_code.startswith("PPL")
                         and alt.country_code == c.country_code and (alt.exact or not c.exact)
                         and alt.lat is not None and flat_km(alt.lat, alt.lon, c.lat, c.lon) <= _SEAT_KM
                         and similarity(_core(alt.name), _core(c.name)) >= 90), None)
            if seat is not None:
                best, precision = self._precision(s, seat, r.ranked)
                out[k] = Resolution(best, precision, r.score, r.ranked, unsupported=r.unsupported)

    def _agree_divisions(self, spans: list[NameSpan], out: list[Optional[Resolution]]) -> None:
        """Read a second-level division as the namesake holding a town the document names, where the
        division chosen holds none of them ("Walker County ... Huntsville": once Huntsville is read in
        Texas, Walker County is Texas's).

        The rounds settle a division's readings, alike a priori, by the province the document's other names
        lean to while they are still read softly; the towns' final readings are the firmer word. A division
        that already holds one of them is kept.
        """
        km = self.w.county_km
        towns = [(_core_of(spans[k].norm), r.candidate) for k, r in enumerate(out)
                 if r is not None and r.candidate is not None and not r.unsupported
                 and r.candidate.feature_code.startswith("PPL") and r.candidate.lat is not None
                 and r.candidate.admin1_code]
        if not towns:
            return

        def holds(d: Candidate, core: str) -> bool:
            return d.lat is not None and any(
                other != core and t.admin1_code == d.admin1_code and flat_km(t.lat, t.lon, d.lat, d.lon) <= km
                for other, t in towns)

        for k, r in enumerate(out):
            c = r.candidate if r is not None else None
            if c is None or c.feature_code != "ADM2" or r.unsupported or c.source == "user":
                continue
            core = _core_of(spans[k].norm)
            if holds(c, core):
                continue
            rival = next(((sc, alt) for sc, alt in r.ranked if alt.feature_code == "ADM2" and alt.id != c.id
                          and (alt.exact or not c.exact) and holds(alt, core)), None)
            if rival is not None:
                best, precision = self._precision(spans[k], rival[1], r.ranked)
                out[k] = Resolution(best, precision, rival[0], r.ranked)

    def _with_peers(self, scores: list[float], cands: list[Candidate], own_levels: list[int], peer_idx: list[int],
                    group_of: list[Optional[_Group]], levels: dict[int, list[int]]) -> list[float]:
        """Scores plus the agreement of a list's other names: "Utah, Washington and Wisconsin" are states,
        "Miami, New York and Detroit" cities, whatever each name alone would more often be."""
        share = [0.0, 0.0, 0.0]
        n = 0
        for k in peer_idx:
            o = group_of[k]
            if o is None:
                continue
            n += 1
            for level, p in zip(levels[id(o)], o.probs):
                share[level] += p
        if not n:
            return scores
        # Peers agree on the kind of place, not on the spelling: a look-alike reading gains nothing.
        return [sc + self.w.list_peers * share[level] / n if c.exact else sc
                for sc, level, c in zip(scores, own_levels, cands)]

    def _support(self, c: Candidate, cell: Optional[tuple[int, int]], name: str, terms: _Terms,
                 grid: "_Grid") -> tuple[float, float]:
        """What the other names say for reading c: (country-level support, local support)."""
        country = local = 0.0
        cc, a1 = c.country_code, c.admin1_code
        nation = c.feature_code.startswith("PCL")
        if cc:
            country += terms.country(cc)
            if not nation:
                country += terms.named(cc)
        if a1:
            share, votes = terms.admin1(a1)
            local += share
            local += votes
        if cell is not None:
            local += self.w.near * min(3.0, self._near(c, name, grid.around(cell)))
            local += self._county(c, name, grid, terms.g.seats)
        if c.feature_code == "ADM1" and cc:
            country += terms.sibling_divisions(cc)
        elif nation:
            country += terms.sibling_nations()
        elif local < LONE_TOWN_LOCAL and c.population < LONE_TOWN_POPULATION:
            # A small town's country says little on its own: a report naming one of its country's many small
            # towns names others around it, while a large namesake elsewhere needs no neighbours to be meant.
            country *= LONE_TOWN_COUNTRY
        return country, local

    def _credible(self, s: NameSpan, c: Candidate, country: float, local: float, doc_country: Optional[str]) -> bool:
        """Whether a weak reading is believed: the document must point to where it lies.

        A place found only inside a longer unknown name ("Lake Vermont", "Tennessee Colony") is another
        place, believed only when the document's other places lie around it. A reading found only by
        fuzzy spelling ("Neches" ~ "Nauche", "Toco" ~ "Tocio") needs the document to be about its country.
        """
        if c.source == "user":
            return True
        if s.weak:
            return local >= self.w.weak_local
        if not c.exact:
            return country > 0.0 or local >= self.w.weak_local or c.country_code == doc_country
        return True

    def _judge(self, s: NameSpan, best: Candidate, ranked: list[tuple[float, Candidate]], spans: list[NameSpan],
               firm: "_FirmContext", g: _Group, other_w: float, own: list[float]) -> Optional[Candidate]:
        """The reading to keep once support that rests on other names' unlikely readings is discounted:
        `best`, a world city it beat only that way, or None (the name stays unresolved and stands in).

        Three readings are refused. A loose spelling of a town ("Karrada" ~ "Ar Rifa'i") where the document
        names its places in that country elsewhere, or names nothing firmly in its country at all. A village
        spelled exactly, with no firm name around it, while the document's places in its country all lie
        beyond `near_km`: villages the gazetteer lacks share their names with others across a country; or where it
        places nothing firmly in the village's country while placing names firmly elsewhere. And a
        small town over a world city of its name when, with each other name read as what it most likely is,
        the town no longer wins ("Geneva" beside "Paris", whose Illinois namesakes lent each other weight).
        """
        if best.source == "user" or s.weak:
            return best
        container = spans[s.container] if s.container is not None else None
        if container is not None and self._contained(best, container) > 0:
            return best
        name = g.key[0]
        if not best.exact:
            if is_area(best):
                return best
            far = firm.nearest_km(name, best)
            if far is not None:
                return best if far <= self.w.near_km else None
            country, local = firm.support(self, g, best, other_w)
            if local >= self.w.weak_local or country >= LOOSE_COUNTRY:
                return best
            return best if self._lone_transliteration(name, best, ranked, firm) else None
        if not best.feature_code.startswith("PPL"):
            return best
        rival = world_rival(best, [c for _sc, c in ranked], self.w.near_km)
        if rival is not None:
            # The text's country words do not count here: a local story names world cities abroad too ("the
            # mayor flew to Manchester"), and only its places tell the town of the name from the city.
            own_of = dict(zip((c.id for c in g.cands), own))
            country, local = firm.support(self, g, best, other_w)
            mine = own_of.get(best.id, 0.0) - self._register_vote(best, g.wide) + country + local
            theirs = own_of.get(rival.id, 0.0) - self._register_vote(rival, g.wide) + sum(
                firm.support(self, g, rival, other_w))
            if theirs >= mine:
                return rival
        if best.population < SMALL_TOWN_POPULATION and container is None:
            far = firm.nearest_km(name, best)
            if far is not None and far > self.w.near_km and firm.support(self, g, best, other_w)[1] < self.w.weak_local:
                return None
            if far is None and any(other != name for other, _p in firm.points):
                # A village in a country the document places nothing in, while it places other names firmly
                # elsewhere ("English" for English, Indiana, in a story set in England): refused unless a firm
                # name points to its country at all.
                country, local = firm.support(self, g, best, other_w)
                if country <= 0.0 and local < self.w.weak_local:
                    return None
        return best

    def _unsupported_abbreviation(self, s: NameSpan, best: Candidate, spans: list[NameSpan], firm: "_FirmContext",
                                  g: _Group, other_w: float) -> bool:
        """Whether a bare short form ("SA", "WA", "MP") is read only for want of any other reading: nothing the
        document names firmly lies in the reading's country, and the text places it in nothing.

        Such a form is a place only in a story about its country ("SA" is South Africa beside Johannesburg or
        "South Africans", South Australia beside Adelaide); elsewhere it is as likely a title ("MP") or an
        organisation's initials, and a guessed country would misplace the report.
        """
        if best.kind != NAME_ABBREVIATION or best.source == "user" or "." in best.matched:
            return False  # a dotted form ("N.J.", "Fla.") is written only for the place
        if s.cue == "affiliation":
            return False  # "Rep. Jane Doe (D-NY)": the party letter is the support, a US state's
        if s.container is not None and self._contained(best, spans[s.container]) > 0:
            return False
        country, local = firm.support(self, g, best, other_w)
        return country + local < ABBREVIATION_SUPPORT

    @staticmethod
    def _lone_transliteration(name: str, best: Candidate, ranked: list[tuple[float, Candidate]],
                              firm: "_FirmContext") -> bool:
        """Whether a transliterated spelling stands on its own: the document places nothing firmly in the
        reading's country ("Airstrikes hit Maaret al-Numan", "a UN official in Geneva said strikes hit Maaret
        al-Numan"), so nothing there argues for another reading; the spelling differs from the gazetteer's
        only as transliterations do ("Maaret" / "Ma'arrat"); and no reading in another country matches as
        well. Refusing it would leave the report's town unplaced, or standing in at a city abroad."""
        if any(other != name and p.country_code == best.country_code for other, p in firm.points):
            return False
        if best.exact or best.similarity < TRANSLITERATION_SIMILAR or not best.feature_code.startswith(("PPL", "ADM")):
            return False
        rivals = [c for _sc, c in ranked if c.id != best.id and c.country_code != best.country_code]
        return not any(c.similarity >= best.similarity for c in rivals)

    def _short_match(self, s: NameSpan, c: Candidate, local: float, spans: list[NameSpan]) -> bool:
        """Whether a short name may mean reading c: spelled exactly, a user's place, or placed by its context.

        Four or five letters leave a look-alike spelling one or two letters from many other towns, so a
        similar spelling is believed only where the text puts the town in c's division ("X, Idlib") or
        several of the document's other places lie around it.
        """
        if c.exact or c.source == "user":
            return True
        if s.container is not None and self._contained(c, spans[s.container]) >= self.w.contained_admin1:
            return True
        return local >= SHORT_NAME_LOCAL

    # -- context terms ---------------------------------------------------------------------------------
    def _county(self, c: Candidate, name: str, grid: "_Grid", seats: frozenset[int] = frozenset()) -> float:
        """A town lying in a second-level division another name could be ("Walker County ... Huntsville"), or
        a division holding a town another name could be: the strongest tie two names of a document have.

        Towns carry no second-level code, so "lies in" is read from the map: in the division's province and
        within county_km of its centre. Nearness alone (`_near`) spans several counties and states; this is
        the containment that makes one joint reading of the two names coherent and its rivals not. A town
        needs one division around it; a division counts up to two towns in it. (See `_seats` for divisions
        sharing their name with a town inside them.)
        """
        fc = c.feature_code
        division = fc == "ADM2"
        if not (division or fc.startswith("PPL")) or not c.admin1_code or c.id in seats:
            return 0.0
        bucket = grid.held.get(c.admin1_code)
        if not bucket:
            return 0.0
        best: dict[str, float] = {}
        limit = self.w.county_km
        name = _core_of(name)  # "Karak district" says no more than "Karak" of which Karak is meant
        for other, other_division, lat, lon, vote in bucket:
            if other != name and other_division != division and vote > best.get(other, 0.0) \
                    and flat_km(c.lat, c.lon, lat, lon) <= limit:
                best[other] = vote
        if not best:
            return 0.0
        return self.w.county * min(2.0 if division else 1.0, sum(best.values()))

    def _near(self, c: Candidate, name: str, block: list[tuple[str, float, float, float]]) -> float:
        """How many other names could lie within near_km of c (each counted by its reading's weight), among
        the point readings of the cells around c's."""
        best: dict[str, float] = {}
        limit = self.w.near_km
        for other, lat, lon, p in block:
            if other != name and p > best.get(other, 0.0) and flat_km(c.lat, c.lon, lat, lon) < limit:
                best[other] = p
        return sum(min(1.0, p * 2) for p in best.values())

    def _fixed(self, idx: int, s: NameSpan, prior: list[tuple[float, Candidate]], spans: list[NameSpan],
               doc_country: Optional[str], pub_cc: Optional[str], inner: Sequence[NameSpan] = ()) -> list[float]:
        """Evidence that does not change between rounds: given countries and explicit containment (`inner`:
        the names said to lie in this one)."""
        w = self.w
        out = []
        container = spans[s.container] if s.container is not None else None
        level_bonus = self._namesake_level_bonus(idx, s, prior)
        capital = self._capital_bonus(prior)
        wide = any(c.feature_code.startswith("PCL") or c.feature_code in WIDE_FEATURES for _b, c in prior)
        for _base, c in prior:
            score = 0.0
            if c.country_code and c.country_code == doc_country:
                score += w.doc_country
            if c.country_code and c.country_code == pub_cc:
                score += w.publisher
            score += self._register_vote(c, wide)
            if container is not None:
                score += self._contained(c, container)
            for o in inner:
                score += self._contains(c, o)
            if c.exact:
                if level_bonus:
                    score += level_bonus.get(namesake_level_of(c), 0.0)
                if capital and c.feature_code == "PPLC":
                    score += capital
            out.append(score)
        return out

    def _register_vote(self, c: Candidate, wide: bool) -> float:
        """What the text's own words (jurisdiction words, addresses, titles: geo/country_register.py) give
        reading c: a weak vote between the towns and divisions of one name. Not for a name that can be a
        country or a region (`wide`: "Italy", "Jordan"), which is the country unless places say otherwise."""
        if wide or not self._register or not c.country_code:
            return 0.0
        return self.w.register * self._register.get(c.country_code, 0.0)

    def _capital_bonus(self, prior: list[tuple[float, Candidate]]) -> float:
        """What a country's capital (spelled exactly) gains over a division or town elsewhere sharing its name,
        in a document about a national government's business (see `government_business`): "Washington" beside
        diplomats and the Pentagon is the capital, not the state or an English town."""
        if not self._government:
            return 0.0
        capitals = [c for _b, c in prior if c.exact and c.feature_code == "PPLC"]
        if not capitals or not any(c.exact and c.feature_code != "PPLC" for _b, c in prior):
            return 0.0
        return CAPITAL_GOVERNMENT

    def _namesake_level_bonus(self, idx: int, s: NameSpan, prior: list[tuple[float, Candidate]]) -> dict[str, float]:
        """What the words around a name give each level of reading ("town", "division"; see
        `namesake_level_of`), where a town and the division or country around it share the name: the
        mention's own words count fully, those around the name's other mentions half (a report saying "New
        York police" once means the city in its other mentions too), unless they disagree.

        Which of the two the bare name means is a corpus's habit, not the text's; only words that fit one of
        them ("upstate", "governor", "mayor", "downtown") are read, see `namesake_level`. Every reading of
        the level gains, in any country: the words tell a town from a division, and the document's other
        names still tell one country's from another's.
        """
        if idx >= len(self._levels) or not _namesake_pair(prior):
            return {}
        own = self._levels[idx]
        if own is not None:
            return {own: NAMESAKE_LEVEL}
        said = set(self._said.get(s.norm, ()))
        return {said.pop(): NAMESAKE_LEVEL / 2} if len(said) == 1 else {}

    def _contained(self, c: Candidate, container: NameSpan) -> float:
        """c is named as lying in `container` ("Saraqib, Idlib"): any reading of the container that holds c."""
        bonus = 0.0
        for b in container.candidates:
            if b.feature_code == "ADM1" and c.admin1_code and c.admin1_code == b.admin1_code:
                bonus = max(bonus, self.w.contained_admin1)
            elif b.feature_code.startswith("PCL") and c.country_code == b.country_code:
                bonus = max(bonus, self.w.contained_country)
            elif b.feature_code.startswith(("PPL", "ADM2")) and c.admin1_code and c.admin1_code == b.admin1_code \
                    and c.id != b.id:
                bonus = max(bonus, self.w.contained_country / 2)
        return bonus

    @staticmethod
    def _contains(c: Candidate, inner: NameSpan) -> float:
        """c is named as the container of another name: prefer a reading that holds one of its readings."""
        fc = c.feature_code
        best = 0.0
        if not inner.candidates:
            if inner.facility or is_street(inner.norm) or inner.cue == "street":
                # "Memphis St., Alexandria", "the Grand Hotel in Alexandria": streets and buildings are in towns.
                return STREET_TOWN if fc.startswith("PPL") else 0.0
            # An unknown village "in" the name: a province or a country, more than a town.
            return 4.5 if fc == "ADM1" else 3.0 if fc.startswith("PCL") else 0.0
        if all(is_landmark(o.feature_code, o.source) for o in inner.candidates):
            # "Tahrir Square in Cairo": a landmark (geo/landmarks.py) lies in a town, as a building does.
            return STREET_TOWN if fc.startswith("PPL") else 0.0
        for o in inner.candidates:
            if o.feature_code == TOWN_PART_CODE and fc.startswith("PPL") and o.lat is not None \
                    and c.lat is not None and flat_km(o.lat, o.lon, c.lat, c.lon) < PART_OF_TOWN_KM:
                best = max(best, PARENT_TOWN)  # "Karrada, Baghdad": a part of a town is named with its town
            elif fc == "ADM1" and o.admin1_code == c.admin1_code and o.id != c.id:
                best = max(best, 4.5)  # as a container, "Idlib" is the province more often than the city
            elif fc.startswith("PCL") and o.country_code == c.country_code and o.id != c.id:
                best = max(best, 3.0)
            elif fc.startswith(("PPL", "ADM2")) and c.admin1_code and o.admin1_code == c.admin1_code and o.id != c.id:
                best = max(best, 1.0)
        return best

    # -- precision -------------------------------------------------------------------------------------
    def _namesake_division(self, c: Candidate, ranked, countryside: bool = False) -> Optional[Candidate]:
        """The first-level division town c shares its name with ("Idlib" city → Idlib governorate), if any.

        In conflict reporting a vague area around such a name ("rural Aleppo", "southern Idlib") is the
        division's ground, not the city's: the division is returned for it, never one of another name.
        """
        division = self.gaz.division("ADM1", c.admin1_code or "")
        if division is not None and similarity(_core(division.name), _core(c.name)) >= 80:
            return division
        # A capital that is a division of its own has its countryside as another: "rural Damascus" is Rif
        # Dimashq, which the gazetteer also names "Rural Damascus" and "Damascus Countryside" ("eastern
        # Damascus", a side of the city, is not asked for it).
        for phrase in (f"Rural {c.name}", f"{c.name} Countryside") if countryside else ():
            for alt in self.gaz.lookup(phrase, limit=20):
                if alt.exact and alt.feature_code == "ADM1" and alt.country_code == c.country_code:
                    return alt
        for _score, alt in ranked:
            if alt.feature_code == "ADM1" and alt.country_code == c.country_code and alt.admin1_code == c.admin1_code:
                return alt
        return None

    def _countryside(self, s: NameSpan) -> bool:
        """Whether the words around a name say its countryside ("rural X", "the X countryside"), not a side."""
        if s.direction is None:
            return True
        phrase = self._text[max(0, s.phrase_start) : max(s.phrase_end, s.end)].lower()
        return "rural" in phrase or "countryside" in phrase

    def _namesake_district(self, c: Candidate, ranked) -> Optional[Candidate]:
        """The second-level division town c gives its name to ("Afrin" → Afrin District), among the readings.

        A district is named after its seat, and the seat, a town with people, outranks the division in the
        prior; "in Afrin district" still names the district's ground, as "rural Aleppo" names the province's.
        Towns carry no second-level code, so the district is the namesake reading in the town's province.
        """
        for _score, alt in ranked:
            if alt.feature_code == "ADM2" and alt.country_code == c.country_code and alt.admin1_code == c.admin1_code \
                    and similarity(_core(alt.name), _core(c.name)) >= 80:
                return alt
        return None

    def _said_city(self, s: NameSpan) -> bool:
        """Whether the document calls this name a city elsewhere ("Aleppo city", "the city of Aleppo").

        Then "eastern Aleppo" is the city's eastern districts, not the east of its province.
        """
        return any(o.norm == s.norm and (o.vague == "city" or o.cue in CITY_CUES) for o in self._spans)

    def _precision(self, s: NameSpan, c: Candidate, ranked) -> tuple[Candidate, int]:
        fc = c.feature_code
        if s.vague == "admin1":
            if fc.startswith("PPL"):
                division = self._namesake_division(c, ranked, countryside=self._countryside(s))
                if division is not None:
                    return division, WHERE_PREC_ADMIN1
                return c, WHERE_PREC_NEAR
            if fc.startswith("PCL"):
                return c, WHERE_PREC_REGION
            return c, max(c.precision, WHERE_PREC_ADMIN1) if fc == "ADM1" else c.precision
        if s.vague is None and regional(s.direction) and fc.startswith("PPL") and not self._said_city(s):
            division = self._namesake_division(c, ranked)
            if division is not None:
                return division, WHERE_PREC_ADMIN1
        if s.vague == "admin2" and fc == "ADM2":
            return c, WHERE_PREC_ADMIN2
        if s.vague == "admin2" and fc.startswith("PPL"):
            district = self._namesake_district(c, ranked)
            if district is not None:
                return district, WHERE_PREC_ADMIN2
            # "Gwoza LGA", "Nikopol hromada": a division the tables lack, named after its seat; the seat's
            # point stands for it at the division's precision.
            return c, max(c.precision, WHERE_PREC_ADMIN2)
        if s.vague == "near" and fc.startswith("PPL"):
            return c, WHERE_PREC_NEAR
        if s.vague == "offset" and fc.startswith("PPL"):
            # "50 km northwest of Goma": beyond the near radius, in the town's wider area.
            return c, max(c.precision, WHERE_PREC_ADMIN2)
        if s.direction and fc.startswith("PCL"):
            return c, WHERE_PREC_REGION
        if fc.startswith("PCL"):
            return c, WHERE_PREC_COUNTRY
        return c, c.precision


# What a street or building named in a place gives the place's readings as a town ("Main St., X").
STREET_TOWN = 2.0
# A part of a town ("Karrada", "Jobar": geo/town_parts.py, or GeoNames' PPLX sections) named with a container
# ("Karrada, Baghdad") is in that town, not merely its province: the town within this distance of the part
# outweighs the province's holding it (4.5).
PARENT_TOWN = 5.0
PART_OF_TOWN_KM = 15.0

# Names of at most this many letters are matched by exact or listed spellings only, unless context is strong.
SHORT_NAME_LETTERS = 5
# Local support (see Weights: about two other names in the same division, or several nearby) a short name's
# look-alike reading needs.
SHORT_NAME_LOCAL = 3.0


# Cues that name a town as a city ("the city of X", "X city").
CITY_CUES = frozenset({"city", "town"})


def short_name(s: NameSpan) -> bool:
    """Too short for a look-alike spelling to identify a town: "Hass", "Dael", "Binnish" is not."""
    return sum(ch.isalpha() for ch in s.norm) <= SHORT_NAME_LETTERS


def regional(direction: Optional[str]) -> bool:
    """A compass word before a name ("southern Idlib", "north Aleppo") marks out a region of it.

    "central", "upper" and "lower" are left out: "central Aleppo" is as often the city centre.
    """
    return bool(direction) and direction not in _NOT_REGIONAL


_NOT_REGIONAL = frozenset({"central", "upper", "lower"})


@lru_cache(maxsize=4096)
def _core_of(norm: str) -> str:
    """A name's core (see `_core`), kept: the county term asks it of every reading in every round."""
    return _core(norm)


def _core(name: str) -> str:
    """A name without articles and division words: "Aleppo Governorate" and "Aleppo" share "aleppo"."""
    from eventwatch.geo.derive import core_name

    return core_name(name)


# What the words beside a name give the namesake reading they fit (see `namesake_level`), in prior units:
# as much as "the city of X" gives a town.
NAMESAKE_LEVEL = 3.0


# What a capital gains over its namesakes in a document about a national government's business.
CAPITAL_GOVERNMENT = 2.0


@dataclass(frozen=True)
class NamesakeLevelWords:
    """Words that fit only one of a town and the division or country sharing its name (cues.yaml)."""

    division_after: tuple[str, ...]
    division_before: tuple[str, ...]
    town_after: tuple[str, ...]
    town_before: tuple[str, ...]
    capital_words: tuple[str, ...]


@lru_cache(maxsize=4)
def load_namesake_level_words(data_dir: str = str(DATA_DIR)) -> NamesakeLevelWords:
    raw = (parse_yaml((Path(data_dir) / "cues.yaml").read_text(encoding="utf-8")) or {}).get(
        "namesake_levels")
    if not isinstance(raw, dict):
        raise ValueError("cues.yaml: namesake_levels must be a mapping")
    lists = {}
    for key in ("division_after", "division_before", "town_after", "town_before", "capital_words"):
        value = word_list(raw.get(key), f"namesake_levels.{key}", "cues.yaml")
        lists[key] = tuple(sorted(value, key=len, reverse=True))
    return NamesakeLevelWords(**lists)


def _words_pattern(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words) + ")"


@lru_cache(maxsize=4)
def _level_patterns(words: NamesakeLevelWords) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    # After the name: an optional possessive, at most one capitalised word ("Quebec Health Minister"), then
    # the word in any case, ending there ("gov." ends with its period).
    after = r"^(?:['’]s)?\s+(?:[A-Z][a-z]+\s+)?(?i:{})(?![\w-])"
    before = r"(?i:(?<![\w-]){}\s+$)"
    return (re.compile(after.format(_words_pattern(words.division_after))),
            re.compile(before.format(_words_pattern(words.division_before))),
            re.compile(after.format(_words_pattern(words.town_after))),
            re.compile(before.format(_words_pattern(words.town_before))))


def namesake_level(text: str, start: int, end: int, words: Optional[NamesakeLevelWords] = None) -> Optional[str]:
    """"division" or "town" where the words right around text[start:end] fit only one of a division (or a
    country) and a town sharing the name ("upstate New York", "New York's governor" / "downtown New York",
    "the New York mayor"), else None (both fit, or neither)."""
    div_after, div_before, town_after, town_before = _level_patterns(words or load_namesake_level_words())
    after = text[end : end + 60]
    before = text[max(0, start - 40) : start]
    division = bool(div_after.match(after) or div_before.search(before))
    town = bool(town_after.match(after) or town_before.search(before))
    if division == town:
        return None
    return "division" if division else "town"


@lru_cache(maxsize=4)
def _capital_pattern(words: NamesakeLevelWords) -> re.Pattern:
    return re.compile(r"(?i:(?<![\w-]){}(?![\w-]))".format(_words_pattern(words.capital_words)))


def government_business(text: str, words: Optional[NamesakeLevelWords] = None) -> bool:
    """Whether the document is about a national government's business (embassies, congress, a summit):
    there a capital's name means the capital, however a division or town elsewhere shares it."""
    return _capital_pattern(words or load_namesake_level_words()).search(text) is not None


def namesake_levels(text: str, spans: list[NameSpan]) -> list[Optional[str]]:
    """`namesake_level` of each span's words in the text."""
    return [namesake_level(text, s.start, s.end) for s in spans]


def _levels_said(spans: list[NameSpan], levels: list[Optional[str]]) -> dict[str, list[str]]:
    """For each name, the levels the words around its mentions fit (`namesake_level`), one per mention."""
    said: dict[str, list[str]] = defaultdict(list)
    for s, level in zip(spans, levels):
        if level is not None:
            said[s.norm].append(level)
    return dict(said)


def _namesake_pair(prior: list[tuple[float, Candidate]]) -> bool:
    """Whether the readings hold a town and a division (or country) of one country, spelled exactly."""
    towns = {c.country_code for _b, c in prior if c.exact and namesake_level_of(c) == "town"}
    return any(c.exact and namesake_level_of(c) == "division" and c.country_code in towns for _b, c in prior)


def namesake_level_of(c: Candidate) -> Optional[str]:
    """A reading as one of the two namesakes `namesake_level` tells apart: a division (first-level, or a
    country), a town, or neither."""
    fc = c.feature_code
    if fc in ADMIN1_CODES or fc.startswith("PCL"):
        return "division"
    if fc.startswith("PPL"):
        return "town"
    return None
