"""Where the publisher is: its country from its name or domain, and which place each of its home names is.

geo/publisher_home.py finds the names an outlet gives itself ("the Richmond Times", "/arlington_news/"); this
module reads them as places the document does not name but is written from, and says what such a home gives
the readings of the document's own names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, Sequence

from eventwatch.geo.distances import KM_PER_DEGREE, flat_km, is_area
from eventwatch.geo.gazetteer import Candidate, Gazetteer, prior_score
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import normalise
from eventwatch.geo.publisher_home import home_candidates
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_DERIVED, NAME_MAIN
from eventwatch.geo.weights import Weights

if TYPE_CHECKING:
    from eventwatch.geo.reading_context import _Group


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
    # Read only from the story's own words (`register_country`), not from the document's places or a domain: it
    # holds only its country, for the bare mentions of its own name, and lends no state or nearness to other
    # names (`home_bonus`, `guessed_home_town`).
    guessed: bool = False


def home_readings(gaz: Gazetteer, names: Sequence[str], groups: list["_Group"], spans: Sequence[NameSpan],
                  pub_cc: Optional[str], w: Weights, told_in: Optional[str] = None) -> list[Home]:
    """Which place each of the publisher's home names is (see geo/publisher_home.py), or none.

    A home name is read as a place the document names but does not return: the reading the document's own
    places support (other names with a reading, spelled exactly, in its first-level division or within
    home_near_km of it; `_home_support`), else, where the domain is a country's, the best-known reading in that
    country when it clearly is (HOME_CLEAR times the next one's population). An outlet's other home name
    ("Richmond and Twickenham") supports it as a document name does, and two home names with one pair of
    readings side by side are read as that pair (`_paired_homes`). Only names used as places count: a name
    inside another ("Wal-Mart") or a demonym says nothing of where the paper is.

    Each name counts once whatever its readings' populations: a local story names small towns around its
    home, and weighting them by size hands the home to the state where the names' larger namesakes lie.
    Without support and without a country domain no town is chosen: a ".com" paper named after Gainesville or
    Norfolk is as often the small town's as the well-known one's. Only where the story's own words firmly place
    it in one country (`told_in`, `register_country`) is a home guessed (`Home.guessed`), standing at that
    country's clearly best-known town of the name: a paper named after a town, writing of council meetings and
    county roads in American words, is no paper of the world city or the country of that name abroad. Only
    where the story itself writes the home's name (as a place or in its own bodies' names; a title the text
    never uses may be a region's or a district's), and only towns: a paper named after a state says nothing
    of which town the text's bare name is. Such a guess holds the country and nothing more: it lends the bare
    mentions of its name every town of that country alike, leaving which one to the story's other names, and
    lends those names no state and no nearness (`home_bonus`): a wrong guess of the town would carry every
    other name of the story into the wrong state.
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
    # The names the document itself writes, as places or opening an institution's name ("the Palestine school
    # district", "the Athens City Council": the town's own bodies), not as a demonym.
    named = {g.key[0] for g in groups if any(not spans[i].demonym for i in g.spans)}
    for g in groups:
        if g.cands and any(spans[i].locational and not spans[i].demonym for i in g.spans):
            votes.append((g.key[0], 1.0, [(c, _presence(c)) for c in g.cands if c.exact
                                                         and c.feature_code.startswith(("PPL", "ADM1", "ADM2"))]))
    for name, cands in readings.items():
        votes.append((name, 1.0, [(c, 1.0) for c in cands]))
    paired = _paired_homes(readings)
    out = []
    for name, cands in readings.items():
        if name in paired:
            out.append(Home(name, paired[name]))
            continue
        support = [_home_presence(h) * _home_support(h, name, votes, w) for h in cands]
        chosen = _clearly_supported(cands, support)
        guessed = False
        if chosen is None and pub_cc:
            chosen = _best_known(cands, pub_cc)
        elif chosen is None and told_in and name in named:
            chosen = _best_known([c for c in cands if c.feature_code.startswith("PPL")], told_in)
            guessed = True
        if chosen is not None:
            out.append(Home(name, chosen, guessed))
    return out


def register_country(votes: dict[str, float]) -> Optional[str]:
    """The country the story's own words place it in firmly (geo/country_register.py's votes): one with at least
    REGISTER_HOME_VOTE, twice any other's. A lone "high school" or a vote split across countries says nothing."""
    if not votes:
        return None
    cc, top = max(votes.items(), key=lambda kv: kv[1])
    rival = max((v for k, v in votes.items() if k != cc), default=0.0)
    return cc if top >= REGISTER_HOME_VOTE and top >= 2 * rival else None


def _paired_homes(readings: dict[str, list[Candidate]]) -> dict[str, Candidate]:
    """Home names read as the one pair of their towns lying side by side (within HOME_CLOSE_KM), where an
    outlet gives two ("dayton" in the domain, "/springfield_news/" as a desk; "the Oxford and Abingdon
    Leader"): a paper and its desks cover one area, so the names are its city and a town beside it.

    Namesakes come in pairs across a country (a Dayton and a Springfield lie in one state in several states),
    and a document's other names weigh such pairs alike; lying side by side is what only the paper's own pair
    does. More than one such pair says nothing, and the names are read as before (`_home_support`)."""
    out: dict[str, Candidate] = {}
    names = list(readings)
    for i, a_name in enumerate(names):
        for b_name in names[i + 1:]:
            pairs = [(a, b) for a in readings[a_name] for b in readings[b_name]
                     if a.id != b.id and not is_area(a) and not is_area(b)
                     and flat_km(a.lat, a.lon, b.lat, b.lon) <= HOME_CLOSE_KM]
            if not pairs or any(not (_same_place(a, pairs[0][0]) and _same_place(b, pairs[0][1]))
                                for a, b in pairs[1:]):
                continue
            out.setdefault(a_name, pairs[0][0])
            out.setdefault(b_name, pairs[0][1])
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
    # A reading farther in latitude alone than both distances below is read as one without a point: neither
    # distance can hold (`KM_PER_DEGREE`), and most of a document's readings lie in other countries.
    reach = max(HOME_CLOSE_KM, w.home_near_km)
    for other, weight, readings in votes:
        if other == name:
            continue
        best = 0.0
        for r, vote in readings:
            if vote * HOME_CLOSE <= best:
                continue
            point = town and r.lat is not None and KM_PER_DEGREE * abs(h.lat - r.lat) <= reach and not is_area(r)
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


def guessed_home_town(homes: Sequence[Home], norm: str, c: Candidate) -> bool:
    """Whether reading c of a bare name (`norm`) is a town in the country a home of that name was guessed in
    (`Home.guessed`): the paper named after the town, writing in that country's words, places the town there
    as a name of the story near it would, so a province of the name abroad ("Cairo" governorate for a Cairo,
    Georgia paper's council story) is not what it means."""
    return c.feature_code.startswith("PPL") and any(
        h.guessed and h.name == norm and h.reading.country_code == c.country_code for h in homes)


def home_bonus(c: Candidate, norm: str, homes: list[Home], w: Weights) -> float:
    """What the publisher's home gives reading c of a name (`norm`): the home reading itself to a bare
    mention of the home's name; nearness or its first-level division to its neighbours."""
    bonus = 0.0
    for home in homes:
        h = home.reading
        if norm == home.name:
            # a guess from the story's words holds only its country: which of the country's towns of the name
            # it is, the story's other names decide, as they would without a home
            if c.exact and (_same_place(c, h) or home.guessed and c.country_code == h.country_code
                            and c.feature_code.startswith("PPL")):
                bonus = max(bonus, w.home_name)
            continue
        if home.guessed:
            continue  # a town guessed from the story's words says nothing of which state its other names lie in
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
# The register's vote (geo/country_register.py, in [0, 1]) at which it stands in for a country domain.
REGISTER_HOME_VOTE = 0.5
# A name with a reading this close to a home reading votes HOME_CLOSE times (see `_home_support`).
HOME_CLOSE_KM = 40.0
HOME_CLOSE = 2.0
