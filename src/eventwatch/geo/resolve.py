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
(`Resolver._agree_divisions`). Softly, a county's many namesakes each lend little, so a town and a county read
in states where neither holds the other are then read as the pair that does (geo/town_county_pairs.py). A
town's bare mentions keep the reading its mention with a written state got (geo/stated_once.py), and a town
written in the possessive before a landmark is the namesake around it (geo/possessive_holders.py). A name
before a road number is its county (geo/county_roads.py), and a state's abbreviation spelling the initials of
the story's town in another state is that town (geo/town_initials.py).

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

This module holds the `Resolver` and its rounds; the terms it adds up live in modules of their own: the
weights (geo/weights.py), distances (geo/distances.py), a mention's own prior terms (geo/reading_priors.py),
the soft context of the other names (geo/reading_context.py) and the firm one (geo/firm_context.py), the
publisher's home (geo/home_readings.py), namesake-level words (geo/namesake_levels.py) and the precision of
the place chosen (geo/where_precision.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional, Sequence

from eventwatch.geo.article_seats import drop_seat_namesakes
from eventwatch.geo.capital_nicknames import drop_capital_nicknames
from eventwatch.geo.country_containers import country_held_reading, listed_countries
from eventwatch.geo.country_lists import country_list_readings
from eventwatch.geo.country_register import country_evidence, document_votes
from eventwatch.geo.county_roads import county_road_reading, road_number_after
from eventwatch.geo.dateline_towns import dateline_town
from eventwatch.geo.derive import core_name
from eventwatch.geo.division_list_peers import division_peer_readings
from eventwatch.geo.division_lists import SpansByStart, listed_division_readings
from eventwatch.geo.one_country_division_lists import one_country_division_readings
from eventwatch.geo.distances import KM_PER_DEGREE, WIDE_FEATURES, flat_km, haversine_km, is_area
from eventwatch.geo.bearing_lands import bearing_off_a_land
from eventwatch.geo.country_seats import seat_of_a_country
from eventwatch.geo.pointless_divisions import pointed_reading
from eventwatch.geo.division_seats import names_its_division
from eventwatch.geo.capital_appositives import capital_town
from eventwatch.geo.final_vowels import same_but_ending
from eventwatch.geo.features import is_street
from eventwatch.geo.firm_context import SMALL_TOWN_POPULATION, _FirmContext, _top
from eventwatch.geo.speaker_seats import speaker_seat_names
from eventwatch.geo.gazetteer import METROPOLIS, Candidate, Gazetteer, prior_score, similarity, vowel_class
from eventwatch.geo.home_readings import (Home, _same_place, guessed_home_town, home_bonus, home_readings,
                                          publisher_country, register_country)
from eventwatch.geo.landmarks import is_landmark
from eventwatch.geo.major_city_rivals import (HAMLET_POPULATION, MAJOR_CITY_POPULATION, flight_frame,
                                              local_body_frame, major_city_over_hamlet, moving_frame,
                                              university_frame, within_a_drive)
from eventwatch.geo.name_lists import CONTAINMENT_GAP
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.owned_divisions import owned_division_readings
from eventwatch.geo.natural_features import feature_word_after
from eventwatch.geo.namesake_owners import (WORLD_CITY_POPULATION, another_name, division_rival, metropolis_owner,
                                            own_name_owner, owner_abroad_of_other_name, owns_against_variant,
                                            short_form_of_own_name, written_apart)
from eventwatch.geo.namesake_neighbours import StoryNames, namesake_among_neighbours
from eventwatch.geo.acting_capitals import acting_capital_names
from eventwatch.geo.namesake_levels import (CAPITAL_GOVERNMENT, NAMESAKE_LEVEL, _levels_said, _namesake_pair,
                                            government_business, load_namesake_level_words, namesake_level,
                                            namesake_level_of, namesake_levels)
from eventwatch.geo.normalise import normalise
from eventwatch.geo.own_name_towns import own_name_town
from eventwatch.geo.other_names import OtherNames
from eventwatch.geo.possessive_holders import possessive_holders
from eventwatch.geo.province_rivals import province_rival
from eventwatch.geo.country_rivals import country_rival, town_ground
from eventwatch.geo.publisher_home import PublisherSources, host_of, publisher_home_names, section_home_names
from eventwatch.geo.qualified_seats import province_qualified_seat
from eventwatch.geo.reading_context import (CELL_DEG, _context_weight, _core_of, _Grid, _Group, _masses, _share_weight,
                                            _softmax, _Terms, list_peers, listed_with, nation_votes, place_level)
from eventwatch.geo.elided_compounds import elided_spelling_bonus
from eventwatch.geo.exact_fallbacks import exact_fallback
from eventwatch.geo.run_peers import RunPeers
from eventwatch.geo.kasra_vowels import kasra_reading
from eventwatch.geo.reading_priors import (ADMIN1_CODES, ADMIN2_CODES, _cue_bonus, _division_bonus, _namesake_towns,
                                           _short_written_main, stated_division_readings)
from eventwatch.geo.spelled_areas import spelled_area
from eventwatch.geo.split_divisions import holds_filed
from eventwatch.geo.sports_teams import NO_TEAMS, team_readings
from eventwatch.geo.sure_countries import near_settled, sure_countries
from eventwatch.geo.sure_near import ASK_FROM, Asked, surely_capped
from eventwatch.geo.state_capitals import is_state_capital
from eventwatch.geo.variant_readings import variant_reading
from eventwatch.geo.sentence_countries import SentenceCountries
from eventwatch.geo.sentence_states import sentence_state_counties
from eventwatch.geo.stated_once import stated_readings
from eventwatch.geo.stated_provinces import PROVINCE_HOLDS_TOWN, province_of_unheld_town
from eventwatch.geo.sources import held_under_local_title
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_ALT, NAME_DERIVED, NAME_MAIN
from eventwatch.geo.town_appositions import called_a_town
from eventwatch.geo.town_county_pairs import beyond_cut, coherent_pairs, lies_in
from eventwatch.geo.written_containers import container_readings
from eventwatch.geo.written_states import STATE_STYLE, inside_written_state, outside_written_state
from eventwatch.geo.town_initials import initial_towns
from eventwatch.geo.town_parts import TOWN_PART_CODE
from eventwatch.geo.weights import WEIGHTS, Weights
from eventwatch.geo.bare_gulf import bare_gulf_readings
from eventwatch.geo.where_precision import where_precision
from eventwatch.geo.world_bodies import world_body_readings
from eventwatch.geo.written_apart import drop_readings_written_apart

# The resolver's public names, some now held by the modules it is built from (distances, weights,
# reading_context, namesake_levels) and imported from here by callers and tests.
__all__ = ["WEIGHTS", "Resolution", "Resolver", "Weights", "government_business", "haversine_km", "is_area",
           "list_peers", "load_namesake_level_words", "namesake_level", "nation_votes"]

@dataclass
class Resolution:
    candidate: Optional[Candidate]
    precision: int
    score: float = 0.0
    ranked: list[tuple[float, Candidate]] = field(default_factory=list)
    # The reading rests only on weak context (see `Resolver._judge`): the name is a place, but it is left
    # unresolved to stand in at the document's places (geo.namesakes.far_namesakes does that).
    unsupported: bool = False


class _CutReadings:
    """Each name's scored readings and its readings beyond the candidate cut (town_county_pairs.beyond_cut),
    made only for the names a rule asks about: the late rules move a name or two in a document of hundreds."""

    def __init__(self, out: Sequence[Optional[Resolution]], spans: Sequence[NameSpan]) -> None:
        self._out, self._spans = out, spans
        self._made: dict[int, list[tuple[float, Candidate]]] = {}

    def __len__(self) -> int:
        return len(self._out)

    def __getitem__(self, k: int) -> list[tuple[float, Candidate]]:
        made = self._made.get(k)
        if made is None:
            r = self._out[k]
            made = self._made[k] = beyond_cut(r.ranked, self._spans[k].candidates) if r is not None else []
        return made


# A town smaller than this with less local support than this (no other name in its division or around it)
# gets only this share of the support its country has in the document.
LONE_TOWN_POPULATION = 100_000
LONE_TOWN_LOCAL = 0.5
LONE_TOWN_COUNTRY = 0.6

# A city smaller than this whose name other places share, placed by "near" or an offset ("near Waco", "ten
# miles north of Waco"), is a local landmark in a story set in another state (by its dateline or its counties):
# `Resolver._judge` reads it as a local namesake, as it reads a bare town under LONE_TOWN_POPULATION. A city
# named bare as a destination or origin ("flew to Syracuse", "moved from Topeka") is the city itself.
SHARED_CITY_POPULATION = 300_000
# Vague-area kinds that place a name as a local landmark: within reach of it, or an offset from it.
_LANDMARK_VAGUE = frozenset({"near", "offset"})
# Seats of a country or a first-level division: their names are known beyond their state, so a bare or "near"
# mention in another state's story is still the seat. The gazetteer codes many US state capitals PPL (Topeka,
# Des Moines), so a seat is also what `is_state_capital` says it is.
_SEAT_CODES = frozenset({"PPLA", "PPLC"})

# `STATE_STYLE` (geo/written_states.py): countries whose papers name a town of another state or province with
# it ("Farmington, N.M.", "Perth, Ont."), all but their big cities: there a bare town name is read in the story's
# own state.
# A spelling this similar to the gazetteer's (after folding marks, apostrophes and articles) differs from it
# only as transliterations of one Arabic, Persian or Cyrillic name do ("Maaret al-Numan" ~ "Ma'arret en
# Nu'man" scores 98, "Tal Rifaat" ~ "Tall Rif'at" 95). One vowel in a short name ("Karrada" ~ "Karradi", 93)
# may make another word, and stays a loose spelling.
TRANSLITERATION_SIMILAR = 95.0
# Consonants a spelling differing from the gazetteer's in its vowels alone must hold to count as the same name.
VOWELS_APART_CONSONANTS = 6


def vowels_apart(a: str, b: str) -> bool:
    """Whether two spellings differ in their vowels alone, with at least VOWELS_APART_CONSONANTS consonants.

    A name written without the ayn's doubled vowel and with o for u ("Marat al-Noman" for "Maarat al-Numan")
    loses points twice in the plain edit ratio, though it is the same name; short names differing only in
    vowels are often different words ("Merit", "Maaret"), so only long consonant frames count.
    """
    folded = vowel_class(a)
    return folded == vowel_class(b) and sum(ch not in "a " for ch in folded) >= VOWELS_APART_CONSONANTS


# Support a loose spelling needs from firm names in its country when the document places none of them
# (4 x a quarter of the other names' weight, or the country named outright and some more).
LOOSE_COUNTRY = 1.0

# Firm support (see `Resolver._unsupported_abbreviation`) a short form's reading needs: about one firm name of
# eight in its country, or the country named outright.
ABBREVIATION_SUPPORT = 0.5
# How far a district's point may lie from the town it is named after for the town to be its seat.
_SEAT_KM = 10.0
# Cues that call a name a town ("the town of X", "near X", "5 km from X"; see `_cue_bonus`).
_TOWN_VAGUE = frozenset({"city", "near", "offset"})
# How many county spans (`Weights.county_km`) from a town matched only by another name of its own a place of the
# story listed with it, of any size, may lie and still place the town on its own ground (Piet Retief, 41 km from
# eMvelo, once Amsterdam): a city abroad that owns the name has no neighbours there.
_OLD_NAME_NEIGHBOUR_SPANS = 1.5
# The longest list read so: a town is listed with a few neighbours, and a list of thousands is read once.
_OLD_NAME_LIST_MOST = 12


# How many times the near distance a listed city of a namesake's own country may lie from it and still name the
# namesake's region with it (`Resolver._world_city_listed`): a long day's drive, not a continent.
REGION_FACTOR = 2.0


def world_rival(c: Candidate, readings: list[Candidate], near_km: float) -> Optional[Candidate]:
    """A world city spelled exactly like small town c and lying far from it ("Geneva", Switzerland, for
    Geneva, Illinois), if c is a small town that has one."""
    if not c.exact or not c.feature_code.startswith("PPL") or c.population >= LONE_TOWN_POPULATION or c.lat is None:
        return None
    return next((o for o in readings if o.exact and o.feature_code.startswith("PPL") and o.lat is not None
                 and o.population >= WORLD_CITY_POPULATION and flat_km(o.lat, o.lon, c.lat, c.lon) > near_km), None)


def set_elsewhere(name: str, c: Candidate, firm: "_FirmContext") -> bool:
    """Whether the story is set in a country other than c's: it names a country outright and places firm names
    in it ("in Ruritania ... clinics in Northport"), or places SET_IN_PLACES firm names in one country ("in
    Northport ... Eastvale ... the capital, Westford"), and places nothing firmly in c's country. A reading
    that rests on a guess at the name's spelling (a loose transliteration, an inflected form cut back to a
    stem) is then an unknown local place, not a town abroad. The name's own reading is no firm place."""
    points = [(other, p) for other, p in firm.points if other != name]
    if any(p.country_code == c.country_code for _other, p in points):
        return False
    named = {o.cands[0].country_code for o in firm.groups
             if o.cands and o.weight > 0 and o.cands[0].feature_code.startswith("PCL")}
    names_in: dict[str, set[str]] = defaultdict(set)
    for other, p in points:
        names_in[p.country_code].add(other)
    return any(cc in named or len(held) >= SET_IN_PLACES for cc, held in names_in.items())


def _reaches_abroad(name: str, c: Candidate, firm: "_FirmContext") -> bool:
    """Whether the story places another name firmly outside c's country ("made in Hsinchu, Taiwan"): a story
    that reaches abroad may name a world city there; a local one names its own places."""
    return any(other != name and p.country_code and p.country_code != c.country_code for other, p in firm.points)


# Firm names in one country that set a story there, where it does not name the country itself.
SET_IN_PLACES = 3


# A town at least this large, the only reading of its name in the story's country, is not refused for lying
# far from the story's other places there (`Resolver._alone_in_country`); a smaller village may be.
SOLE_TOWN_POPULATION = 5_000


# What the home a registered team's name gives (geo/sports_teams.py) adds to that reading: as much as an
# explicit container's country, over the story's local focus.
TEAM_HOME = 6.0


def _has_namesake(best: Candidate, ranked: list[tuple[float, Candidate]]) -> bool:
    """Whether another populated place holds `best`'s name as its own, spelled as the text writes it."""
    return any(c.id != best.id and c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL")
               for _sc, c in ranked)


def _local_landmark_city(s: NameSpan, best: Candidate, ranked: list[tuple[float, Candidate]]) -> bool:
    """Whether mid-sized city `best` (under SHARED_CITY_POPULATION) may be a local namesake in a story set in
    another state: only where the text uses it as a landmark ("near Waco"), its name is shared, and it is no
    seat of a state or country. Almost every such city has namesakes somewhere, so the name alone tells nothing;
    a bare "to Syracuse" or "from Windsor" under another state's dateline names the city."""
    return best.population < SHARED_CITY_POPULATION and s.vague in _LANDMARK_VAGUE \
        and best.feature_code not in _SEAT_CODES and not is_state_capital(best) and _has_namesake(best, ranked)


def _first_level_named(c: Candidate, spans: list[NameSpan]) -> bool:
    """Whether the story names c's first-level division ("Pernambuco officials said" beside "Belém")."""
    if not c.admin1_code:
        return False
    return any(o.country_code == c.country_code and o.admin1_code == c.admin1_code and o.feature_code == "ADM1"
               and o.exact for s in spans for o in s.candidates)


def _towns_by_province(towns: list[tuple[str, Candidate]]) -> dict[str, list[tuple[str, Candidate]]]:
    """The (name, reading) pairs of towns by their province, each pair once (a name repeated in a text repeats
    its pair, the same reading object). Keyed by `id()`: the readings are held in `towns` while the result is
    used, so no id is reused for another object."""
    out: dict[str, list[tuple[str, Candidate]]] = {}
    seen: set[tuple[str, int]] = set()
    for core, t in towns:
        if (core, id(t)) not in seen:
            seen.add((core, id(t)))
            out.setdefault(t.admin1_code, []).append((core, t))
    return out


class Resolver:
    def __init__(self, gazetteer: Gazetteer, weights: Optional[Weights] = None):
        self.gaz = gazetteer
        self.w = weights or WEIGHTS
        self._spans: list[NameSpan] = []
        self._levels: list[Optional[str]] = []
        self._said: dict[str, list[str]] = {}  # name → the levels its mentions' words fit, one per mention
        self._listed: dict = {}  # a name's id → the other names of its list (`listed_with`), per document
        # Whether the text is about a government's business (`government_business`): asked only of a name with
        # a capital among its readings, which most documents lack, so read from the text on that first ask.
        self._government: Optional[bool] = False
        self._acting: frozenset[str] = frozenset()  # names some mention makes act as a government
        self._register: dict[str, float] = {}  # the text's country votes (`document_votes`)
        self._named: Optional[set[str]] = None  # the countries the document names (`_document_countries`)
        self._story: Optional[StoryNames] = None  # the story's names indexed (`_namesake_among_neighbours`)
        self._abroad: dict[tuple[str, int], Optional[Candidate]] = {}
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
        self._town_ground = town_ground(self._text, spans)  # geo/country_rivals.py: "12 Mill St., X", "an X man"
        self._speaker_seats = speaker_seat_names(self._text, spans)  # geo/speaker_seats.py: "a group in X said"
        self._government = None if text else False
        self._acting = acting_capital_names(spans)
        self._register = document_votes(country_evidence(text)) if text and w.register else {}
        self._named = None  # read once, when first asked
        self._story = None  # the story's names indexed (geo/namesake_neighbours.py), read once, when first asked
        self._abroad = {}  # (name, world city's id) → its namesake abroad, or None
        doc_country = doc_country.upper() if doc_country else None
        if text:
            drop_readings_written_apart(spans)  # geo/written_apart.py: "from Bar to Bari" writes two towns
            drop_capital_nicknames(spans)  # geo/capital_nicknames.py: "Bridgetown" beside "Portland"
            drop_seat_namesakes(text, spans)  # geo/article_seats.py: "at the White House" is no Tennessee town
            by_start = SpansByStart(spans)  # sorted once, when a list of divisions first asks
            for idx, s in enumerate(spans):  # "the Upper East Region", "the Northern Region of Ghana"
                stated = stated_division_readings(self.gaz, text, spans, idx)
                if stated is None:
                    stated = owned_division_readings(text, spans, idx)  # "Argentina's provinces of Misiones"
                if stated is None:
                    stated = listed_division_readings(self.gaz, text, spans, idx, by_start)  # "the provinces of X, Y"
                if stated is not None:
                    s.candidates = stated
        pub_cc = publisher_country(self.gaz, publisher) or (publisher_country(self.gaz, host_of(url)) if url else None)

        # Candidates per span with their context-free score; spans of one name share a group.
        priors: list[list[tuple[float, Candidate]]] = []
        groups: dict[tuple, _Group] = {}
        group_of: list[Optional[_Group]] = []
        sure_cache: list[Mapping[str, Sequence[tuple[float, float]]]] = []

        def settled() -> Mapping[str, Sequence[tuple[float, float]]]:
            if not sure_cache:
                sure_cache.append(sure_countries(spans))
            return sure_cache[0]

        for idx, s in enumerate(spans):
            namesakes = _namesake_towns(s.candidates)
            written = self._text[s.start : s.end]  # geo/elided_compounds.py: "Val-d'Or" is not "Val Dor"
            p = sorted(((prior_score(c) + _cue_bonus(s, c) + _division_bonus(c, namesakes) + _short_written_main(c)
                         + elided_spelling_bonus(written, c), c)
                        for c in s.candidates),
                       key=lambda x: -x[0])
            keep = p[: w.max_candidates]
            if doc_country:
                keep += [x for x in p[w.max_candidates :] if x[1].country_code == doc_country][: w.max_candidates]
            elif len(p) > w.max_candidates and (sure := settled()):
                # "Westport through Newport to Castlebar": the country the document's own names settle
                # (geo/sure_countries.py) brings back the long tail's namesakes in it, near its settling names
                keep += [x for x in p[w.max_candidates :] if near_settled(x[1], sure)][: w.max_candidates]
            priors.append(keep)
            if not keep:
                group_of.append(None)
                continue
            key = (s.norm, s.vague, s.demonym, frozenset(c.id for _, c in keep))
            g = groups.get(key)
            if g is None:
                g = groups[key] = _Group(key, _context_weight(s))
                # A state's title ("the Texas Tribune") says where the story is: only a city's title is a
                # weak hint of the paper's home (reading_context._share_weight).
                g.title = s.title and not any(c.feature_code == "ADM1" for c in s.candidates)
                g.set_candidates([c for _, c in keep], _softmax([b for b, _ in keep], w.temperature), w.county_km)
            else:
                g.title = g.title and s.title
                if len(g.spans) < 4:
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
            homes = self.homes = home_readings(self.gaz, names, glist, spans, pub_cc, w,
                                               register_country(self._register)) if names else []
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
        # borrowed from the place name inside it, which is context of its own: the facility adds none; nor does a
        # name read only by a division's name inside it (`_borrowed_division`).
        context_groups = [g for g in glist if not all(spans[i].facility or _borrowed_division(spans[i], g)
                                                      for i in g.spans)]
        # The others of g are the context names spelled otherwise; their weight is all the context's less its
        # own name's (weights are quarters, summed exactly in any order), and its namesakes are filed by name:
        # no list of others per name, which a long list of places made cost the square of its length.
        by_name: dict[str, list[_Group]] = {}
        for g in glist:
            by_name.setdefault(g.key[0], []).append(g)
        share_of: dict[str, float] = {}
        for g in context_groups:
            share_of[g.key[0]] = share_of.get(g.key[0], 0.0) + _share_weight(g)
        all_share = sum(_share_weight(g) for g in context_groups)
        neighbours = {}
        for g in glist:
            same_name = [o for o in by_name[g.key[0]] if o is not g]
            neighbours[id(g)] = (same_name, (all_share - share_of.get(g.key[0], 0.0)) or 1.0)
        peers = list_peers(text, spans) if text else {}
        listed = listed_with(text, spans) if text else {}
        self._listed = {id(spans[k]): peers_of for k, peers_of in listed.items()}  # for `_listed_beside_town`
        levels = {id(g): [place_level(c) for c in g.cands] for g in glist}
        ranked_all: list[list[tuple[float, Candidate]]] = [[] for _ in spans]
        support: dict[tuple[int, int], tuple[float, float]] = {}
        rounds = max(1, w.rounds)
        # A name with one reading weighs it 1 whatever its score: only the last round needs its support.
        moving = [g for g in glist if len(g.cands) > 1]
        round_ = 0
        while round_ < rounds:
            final = round_ == rounds - 1  # only the last round's rankings are read; earlier ones move weights
            # Summed once per round; each candidate then subtracts its own name's share (a sum over the others
            # per candidate is quadratic).
            country_mass, admin_mass, admin_names = _masses(context_groups)
            new_scores: dict[int, list[float]] = {}
            grid = _Grid(context_groups, 1 + int(w.near_km // (111 * CELL_DEG)))
            run_shares: dict[int, tuple[list[float], int]] = {}  # a list's summed agreement, this round's weights
            votes = nation_votes(context_groups)
            others = OtherNames(context_groups)  # geo/other_names.py: the sums over a name's others, by country
            for g in glist if final else moving:
                same_name, other_w = neighbours[id(g)]
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
                            scores = self._with_peers(scores, g, peers[idx], group_of, levels, run_shares)
                        ranked_all[idx] = sorted(zip(scores, g.cands), key=lambda x: -x[0])
                else:
                    first = g.spans[0]
                    scores = [ctx + own for ctx, own in zip(context, own_scores[first])]
                    if first in peers:
                        scores = self._with_peers(scores, g, peers[first], group_of, levels, run_shares)
                    new_scores[id(g)] = scores
            round_ += 1
            if not final and not any([g.reweigh(new_scores[id(g)], w.temperature) for g in moving]):
                round_ = rounds - 1  # nothing moved: every round left would repeat this one; only the last is read

        out: list[Optional[Resolution]] = []
        firm: Optional[_FirmContext] = None
        for idx, s in enumerate(spans):
            ranked = ranked_all[idx]
            if not ranked:
                out.append(None)
                continue
            best_score, best = ranked[0]
            held = country_held_reading(self._text, spans, idx, ranked, ranked_all[s.container]) \
                if s.container is not None else None
            if held is not None:
                best_score, best = held  # "Cambridge, New Zealand": the country written after it holds it
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
                # the home is a firm place of the document; a guessed one only reads its own name's mentions
                firm.points += [(h.name, h.reading) for h in homes if not h.guessed]
                self._own_sentences = SentenceCountries(self._text, spans, ranked_all)
            if s.stemmed and set_elsewhere(group_of[idx].key[0], best, firm):
                out.append(Resolution(None, 0, best_score, ranked))  # "Kestrelan" is no "Kestrel" abroad
                continue
            if not self._credible(s, best, country, local, doc_country) and (s.weak or not self._lone_transliteration(
                    group_of[idx].key[0], best, ranked, firm)):
                spelled = None if s.weak else exact_fallback(ranked)  # geo/exact_fallbacks.py: "Sancheong"
                if spelled is None:
                    out.append(Resolution(None, 0, best_score, ranked))
                    continue
                best_score, best = spelled
                country, local = support[(id(group_of[idx]), best.id)]
            g = group_of[idx]
            if self._unsupported_abbreviation(s, best, spans, firm, g, neighbours[id(g)][1]):
                out.append(Resolution(None, 0, best_score, ranked))
                continue
            judged = self._judge(s, best, ranked, spans, firm, g, neighbours[id(g)][1], own_scores[idx])
            if judged is not None and idx in listed:
                judged = self._world_city_listed(s, judged, ranked, (group_of[k] for k in listed[idx]), firm, g.key[0])
            if judged is not None and idx not in inner_of:  # ("PORTLAND, Maine —": the state holds the town)
                judged = dateline_town(s.cue, judged, ranked)  # "BUENOS AIRES —" is the city, not the province
                judged = capital_town(self._text, s.end, judged, ranked)  # "X, the capital of Y region": the town
            if judged is not None and s.vague not in ("admin1", "admin2"):
                # a division with no point is its namesake town, unless the words call it a division
                judged = pointed_reading(judged, ranked)  # (geo/pointless_divisions.py)
            if judged is not None and judged is not best:
                best_score, best = next((sc, c) for sc, c in ranked if c is judged)
            best, precision = where_precision(self.gaz, self._text, self._spans, s, best, ranked)
            out.append(Resolution(best, precision, best_score, ranked, unsupported=judged is None))
        self._pair_towns_and_divisions(spans, out)
        self._hold_written_towns(spans, out)
        self._keep_stated_readings(spans, out)
        self._agree_divisions(spans, out)
        self._sentence_state_counties(spans, out)
        self._seats_for_districts(spans, out)
        self._county_roads(spans, out)
        self._town_initials(spans, out)
        self._listed_countries(spans, out, listed)
        self._world_readings(spans, out)
        self._own_name_towns(spans, out)
        return out

    @staticmethod
    def _own_name_towns(spans: list[NameSpan], out: list[Optional[Resolution]]) -> None:
        """A village read by another name of a town gives way to that town of its division, never against a
        container written with the name (geo/own_name_towns.py)."""
        for k, r in enumerate(out):
            if r is None or r.candidate is None:
                continue
            town = own_name_town(r.candidate, r.ranked, spans[k].container is not None)
            if town is not None:
                out[k] = Resolution(town, r.precision, r.score, r.ranked, r.unsupported)  # both are towns

    def _world_readings(self, spans: list[NameSpan], out: list[Optional[Resolution]]) -> None:
        """Readings a story's local pull must not decide: a place opening an international body's name is its
        most prominent namesake ("the Oslo Commission"; geo/world_bodies.py), and a bare "Gulf" is the sea the
        story lies by ("tankers sailing the Gulf"; geo/bare_gulf.py)."""
        chosen = [r.candidate if r is not None else None for r in out]
        readings = [[c for _sc, c in beyond_cut(r.ranked, s.candidates)] if r is not None else []
                    for r, s in zip(out, spans)]
        moved: dict[int, Optional[Candidate]] = dict(world_body_readings(self._text, spans, chosen, readings))
        moved.update(bare_gulf_readings(self.gaz, self._text, spans, chosen))
        for k, c in moved.items():
            r = out[k]
            if r is None:
                continue
            if c is None:  # a bare "Gulf" no sea or land of the story is meant by: left unread
                out[k] = None
                continue
            score = next((sc for sc, x in r.ranked if x.id == c.id), r.score)
            best, precision = where_precision(self.gaz, self._text, self._spans, spans[k], c, r.ranked)
            out[k] = Resolution(best, precision, score, r.ranked)

    def _listed_countries(self, spans: list[NameSpan], out: list[Optional[Resolution]],
                          listed: dict[int, RunPeers]) -> None:
        """Read a name listed only with countries as its country ("neighbouring Chad and Niger"), over a
        namesake town the story's region pulls it to (geo/country_lists.py), and one listed only with states or
        provinces as its own, not a town inside one of them (geo/division_list_peers.py)."""
        if not listed:
            return
        chosen = [r.candidate if r is not None else None for r in out]
        ranked = {k: beyond_cut(out[k].ranked, spans[k].candidates) for k in listed if out[k] is not None}
        moved = country_list_readings(listed, chosen, ranked)
        moved.update(division_peer_readings(listed, chosen, ranked))  # geo/division_list_peers.py
        placed = {k: c for k in listed if k + 1 < len(spans) and (c := chosen[k + 1]) is not None
                  and CONTAINMENT_GAP.fullmatch(self._text, spans[k].end, spans[k + 1].start) is not None}
        moved.update(one_country_division_readings(listed, chosen, ranked,  # geo/one_country_division_lists.py
                                                    [s.candidates for s in spans], placed))
        for k, c in moved.items():
            r = out[k]
            score = next(sc for sc, x in ranked[k] if x.id == c.id)
            best, precision = where_precision(self.gaz, self._text, self._spans, spans[k], c, r.ranked)
            out[k] = Resolution(best, precision, score, r.ranked)

    def _town_initials(self, spans: list[NameSpan], out: list[Optional[Resolution]]) -> None:
        """Read a state's abbreviation spelling the initials of the story's town in another state as that town
        ("N.C." above "NORTH CANTON, Ohio"; geo/town_initials.py)."""
        chosen = [r.candidate if r is not None else None for r in out]
        for k, t in initial_towns(spans, chosen).items():
            town = out[t]
            out[k] = Resolution(town.candidate, town.precision, town.score, out[k].ranked)

    def _county_roads(self, spans: list[NameSpan], out: list[Optional[Resolution]]) -> None:
        """Read a name before a road number ("Wellington Road 7") as the namesake county (geo/county_roads.py)."""
        for k, r in enumerate(out):
            if r is None or r.candidate is None or r.candidate.source == "user" \
                    or not road_number_after(self._text, spans[k].end):
                continue
            ranked = beyond_cut(r.ranked, spans[k].candidates)
            c = county_road_reading(self._text, spans[k].end, spans[k].norm, ranked)
            if c is not None and c.id != r.candidate.id:
                score = next(sc for sc, x in ranked if x.id == c.id)
                best, precision = where_precision(self.gaz, self._text, self._spans, spans[k], c, r.ranked)
                out[k] = Resolution(best, precision, score, r.ranked)

    def _pair_towns_and_divisions(self, spans: list[NameSpan], out: list[Optional[Resolution]]) -> None:
        """Read a town and a county the story names as the namesakes lying one in the other, where the
        readings chosen hold neither each other nor any other name of the story (geo/town_county_pairs.py)."""
        chosen = [r.candidate if r is not None and not r.unsupported and r.candidate is not None
                  and r.candidate.source != "user" else None for r in out]
        cores = [_core_of(s.norm) for s in spans]
        named = frozenset(c.admin1_code for c in chosen if c is not None and c.feature_code == "ADM1" and c.admin1_code)
        moved = coherent_pairs(cores, chosen, [beyond_cut(r.ranked, s.candidates) if r is not None else []
                                               for r, s in zip(out, spans)], self.w.county_km, named)
        for k, c in moved.items():
            r = out[k]
            if c.id == r.candidate.id:
                continue
            score = next((sc for sc, x in r.ranked if x.id == c.id), min((sc for sc, _ in r.ranked), default=0.0))
            best, precision = where_precision(self.gaz, self._text, self._spans, spans[k], c, r.ranked)
            out[k] = Resolution(best, precision, score, r.ranked)

    def _hold_written_towns(self, spans: list[NameSpan], out: list[Optional[Resolution]]) -> None:
        """Read a division written after a town ("Baliuag, Bulacan") as the namesake holding that town, where
        the story's other region pulled it to a village of its name (geo/written_containers.py)."""
        if not any(s.container is not None for s in spans):
            return
        chosen = [r.candidate if r is not None and not r.unsupported and r.candidate is not None
                  and r.candidate.source != "user" else None for r in out]
        ranked = _CutReadings(out, spans)
        for k, c in container_readings(spans, chosen, ranked).items():
            r = out[k]
            score = next((sc for sc, x in ranked[k] if x.id == c.id), r.score)
            best, precision = where_precision(self.gaz, self._text, self._spans, spans[k], c, r.ranked)
            out[k] = Resolution(best, precision, score, r.ranked)

    def _sentence_state_counties(self, spans: list[NameSpan], out: list[Optional[Resolution]]) -> None:
        """Read a county in the one state its sentence names before it ("in Michigan, in a marsh in Monroe
        County"), over the state the story's other names lean to (geo/sentence_states.py)."""
        if not self._text:
            return
        chosen = [r.candidate if r is not None and not r.unsupported and r.candidate is not None
                  and r.candidate.source != "user" else None for r in out]
        codes = {c.feature_code for c in chosen if c is not None}
        if "ADM1" not in codes or "ADM2" not in codes:
            return  # no state for a county to be read in, or no county
        ranked = _CutReadings(out, spans)
        for k, c in sentence_state_counties(self._text, spans, chosen, ranked).items():
            r = out[k]
            score = next((sc for sc, x in ranked[k] if x.id == c.id), r.score)
            best, precision = where_precision(self.gaz, self._text, self._spans, spans[k], c, r.ranked)
            out[k] = Resolution(best, precision, score, r.ranked)

    def _keep_stated_readings(self, spans: list[NameSpan], out: list[Optional[Resolution]]) -> None:
        """Give a town's bare mentions the reading its mention with a written state got ("New Haven, Conn."
        ... "New Haven"; geo/stated_once.py), and a town written in the possessive before a landmark the
        namesake holding it."""
        chosen = [r.candidate if r is not None else None for r in out]
        ranked = [r.ranked if r is not None else [] for r in out]
        moved = stated_readings(spans, chosen, ranked)
        # "London's Heathrow": the town is the namesake holding the landmark (geo/possessive_holders.py).
        moved.update(possessive_holders(self._text, spans, chosen, ranked))
        for k, c in moved.items():
            r = out[k]
            score = next(sc for sc, x in r.ranked if x.id == c.id)
            best, precision = where_precision(self.gaz, self._text, self._spans, spans[k], c, r.ranked)
            out[k] = Resolution(best, precision, score, r.ranked)

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
                         and similarity(core_name(alt.name), core_name(c.name)) >= 90), None)
            if seat is None:
                seat = province_qualified_seat(c, beyond_cut(r.ranked, s.candidates), _SEAT_KM)
            if seat is not None:
                best, precision = where_precision(self.gaz, self._text, self._spans, s, seat, r.ranked)
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
        in_province = _towns_by_province(towns)
        held: dict[tuple[int, str], tuple[Candidate, bool]] = {}

        def holds(d: Candidate, core: str) -> bool:
            # Only a town of the division's province can lie in it, and a division asked again for the same name
            # answers as before: a long text named the same towns and divisions hundreds of times, each division
            # once tested against every town. Keyed by `id(d)`, the memo holds `d` too: a reading replaced in `out`
            # below stays alive, so its id is never reused for another reading while `held` lives.
            key = (id(d), core)
            memo = held.get(key)
            if memo is None:
                memo = held[key] = (d, any(other != core and lies_in(t, d, km)
                                           for other, t in in_province.get(d.admin1_code, ())))
            return memo[1]

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
                best, precision = where_precision(self.gaz, self._text, self._spans, spans[k], rival[1], r.ranked)
                out[k] = Resolution(best, precision, rival[0], r.ranked)

    def _with_peers(self, scores: list[float], own: _Group, peers: RunPeers, group_of: list[Optional[_Group]],
                    levels: dict[int, list[int]], run_shares: dict[int, tuple[list[float], int]]) -> list[float]:
        """Scores plus the agreement of a list's other names: "Utah, Washington and Wisconsin" are states,
        "Miami, New York and Detroit" cities, whatever each name alone would more often be.

        A run's shares are summed once a round (`run_shares`, by the run's first member) and each member takes
        its own out: a sum over the others for each member cost the square of a long list's length."""
        summed = run_shares.get(peers.members[0])
        if summed is None:
            total = [0.0, 0.0, 0.0]
            named = 0
            for k in peers.members:
                o = group_of[k]
                if o is None:
                    continue
                named += 1
                for level, p in zip(levels[id(o)], o.probs):
                    total[level] += p
            summed = run_shares[peers.members[0]] = (total, named)
        total, named = summed
        own_levels = levels[id(own)]
        share = list(total)
        for level, p in zip(own_levels, own.probs):
            share[level] -= p
        n = named - 1
        if not n:
            return scores
        # Peers agree on the kind of place, not on the spelling: a look-alike reading gains nothing.
        return [sc + self.w.list_peers * share[level] / n if c.exact else sc
                for sc, level, c in zip(scores, own_levels, own.cands)]

    def _support(self, c: Candidate, cell: Optional[tuple[int, int]], name: str, terms: _Terms,
                 grid: "_Grid") -> tuple[float, float]:
        """What the other names say for reading c: (country-level support, local support)."""
        country = local = 0.0
        cc, a1 = c.country_code, c.admin1_code
        nation = c.feature_code.startswith("PCL")
        if cc:
            if not variant_reading(c) or terms.country_below(cc) > 0.0:  # geo/variant_readings.py
                country += terms.country(cc)
                if not nation:
                    country += terms.named(cc)
        if a1:
            share, votes = terms.admin1(a1)
            local += share
            local += votes
        if cell is not None:
            block = grid.around(cell)
            if block:  # most readings (a name's hamlets worldwide) have no reading of any name around them
                cells = grid.heaviest(cell) if len(block) >= ASK_FROM else None  # long blocks: geo/sure_near.py
                local += self.w.near * self._near(c, name, block, cells)
            local += self._county(c, name, grid, terms.g.seats)
        if c.feature_code == "ADM1" and cc:
            country += terms.sibling_divisions(cc)
        elif nation:
            country += terms.sibling_nations()
        elif local < LONE_TOWN_LOCAL and c.population < LONE_TOWN_POPULATION \
                and not (terms.named(cc) > 0.0 and terms.seats_a_namesake(c)):
            # A small town's country says little on its own: a report naming one of its country's many small
            # towns names others around it, while a large namesake elsewhere needs no neighbours to be meant.
            # Not the seat of a first-level division of its name (an Andorran parish's town) where the report
            # names its country: the country speaks for the town as much as for the division, which takes no
            # such cut. Unnamed, the seat stays cut, so a list of such names ("in Arkhangai and Bayankhongor") is
            # read as the divisions, not their towns.
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

        Two readings give the name to its owner (geo/namesake_owners.py): a town matched only by an old or
        variant name of its own, far from every place the story names in its country, to the larger town
        bearing the name as its own ("Pittsburgh"); and a village kept so far, with no small town of the story
        around it and no word calling it a town, to its country's state or nation of the name ("Florida" beside
        New York City, "England and Wales").
        """
        if best.source == "user" or s.weak:
            return best
        container = spans[s.container] if s.container is not None else None
        if container is not None and self._contained(best, container) > 0:
            return best
        if container is not None and outside_written_state(best, container):
            # "ST. ALBANS, Vt." beside an unheld "Highgate": not the English St Albans, but a reading in the state
            # where one is ranked; none, and the town stands in at its state (geo/written_states.py)
            return inside_written_state(ranked, container)
        name = g.key[0]
        unplaced = self._bare_local_title_unplaced(s, spans, best, firm, g, other_w)
        if unplaced is not None:
            # "Houn, Libya", "the Libyan town of Houn": a bare name only a dropped local title gives ("Muang Houn")
            # is the district only where the text asks for a district or the story is set in its country;
            # otherwise a reading the story supports elsewhere, spelled as closely. Without one, a name the text
            # sets abroad (its container, firm places only elsewhere) is none, so that it does not set the story
            # abroad; a country merely named ("Thai police", "Japan funded") leaves the district standing.
            elsewhere = self._supported_elsewhere(best, ranked, firm, g, other_w, unplaced == "country named")
            if elsewhere is not None or unplaced == "set abroad":
                return elsewhere
        owner = own_name_owner(best, [c for _sc, c in ranked], self._owner_countries(best, container))
        if owner is None and container is None:
            # not kept by the world city's own neighbours: the namesake's own are as near, and named by their own names
            abroad = self._namesake_among_neighbours(s, best, ranked)
            if abroad is not None:
                return abroad
        if owner is not None:
            # Kept where the story names a place near the town or its state, even in passing ("Concord
            # police"): local papers write their towns' variant names ("Hillsboro" for Hillsborough, N.H.). Not
            # where the story also writes the town by its own name: the variant then names another town.
            # A former name of the town ("Maryville" for Beeville) is placed by its state only where the text
            # calls it a town or names its ground (`_placed_as_town`): otherwise the towns bearing it today own it.
            by_state = not another_name(best) or self._placed_as_town(s, name, best, firm)
            near = firm.lead_nearest_km(name, best, by_state=by_state)
            if near is None or near > self.w.near_km or written_apart(best, s.norm, firm.written()) \
                    or metropolis_owner(owner, best) and not (short_form_of_own_name(best)
                                                              and _first_level_named(best, spans)):
                return owner
            abroad = owner if owner.feature_code.startswith("PCL") \
                else owner_abroad_of_other_name(owner, best, [c for _sc, c in ranked])
            # a town matched only by another name of its own against a province abroad is placed only by words
            # calling it a town: neighbours named beside it do not ("schools in Quebec, Berlin and Plainville"
            # in a Connecticut story are the province's, as the 51st batch reads a list beside big towns)
            placed = self._called_a_town(s) if abroad is not None and abroad.feature_code == "ADM1" \
                and best.kind == NAME_ALT else self._placed_as_town(s, name, best, firm)
            if abroad is not None and not placed \
                    and not (abroad.feature_code.startswith("PPL")
                             and self._listed_beside_town(s, name, best, spans, firm)):
                # "exports to Cuba" in a Wisconsin story: a nation abroad (geo/country_rivals.py); "crossings
                # into Quebec" in a New York story: a province abroad, not a town once given its name
                return abroad
        if not best.exact:
            if is_area(best):
                return best
            spelled = spelled_area(best, [c for _sc, c in ranked])
            if spelled is not None:
                return spelled  # "cold air from Siberia" in a Niigata story is no "Suibara" nearby
            far = firm.nearest_km(name, best)
            if far is not None:
                return best if far <= self.w.near_km else None
            country, local = firm.support(self, g, best, other_w)
            if local >= self.w.weak_local or country >= LOOSE_COUNTRY:
                return best
            return best if self._lone_transliteration(name, best, ranked, firm) else None
        if not best.feature_code.startswith("PPL"):
            return best
        province = province_rival(best, [c for _sc, c in ranked])
        if province is not None and container is None and "town" not in self._said.get(s.norm, ()) \
                and not guessed_home_town(self.homes, s.norm, best):
            # "the beaches of Normandy": a province of millions abroad is what its name means unless the story
            # places the town, naming its state or a place near it (geo/province_rivals.py).
            near = firm.lead_nearest_km(name, best)
            if near is None or near > self.w.near_km:
                return province
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
            if container is None and self._major_city_meant(s, g, spans, name, best, rival, firm):
                return rival  # "after a decade in Denver" under an Iowa dateline (geo/major_city_rivals.py)
        if best.population < SMALL_TOWN_POPULATION and container is None:
            far = firm.nearest_km(name, best)
            if far is not None and far > self.w.near_km \
                    and firm.support(self, g, best, other_w)[1] < self.w.weak_local \
                    and not self._alone_in_country(name, best, ranked, firm) \
                    and not self._division_seat(best, ranked) and not seat_of_a_country(name, best, ranked, firm):
                if rival is not None and (self._placed_only_by_inner(s, g, best, spans, firm)
                                          or self._far_village_gives_way(s, name, best, firm)):
                    # "east of Toowong in Dallas": places said to lie in the name cannot argue that it is a
                    # village far from them; refused, the village leaves the name to its world-city namesake.
                    return rival
                return None
            if far is None and any(other != name and other not in self._speaker_seats for other, _p in firm.points):
                # A village in a country the document places nothing in, while it places other names firmly
                # elsewhere ("English" for English, Indiana, in a story set in England): refused unless a firm
                # name points to its country at all. A town named only as a speaker's seat ("a rights group in
                # Nairobi said") places no event there (geo/speaker_seats.py).
                country, local = firm.support(self, g, best, other_w)
                if country <= 0.0 and local < self.w.weak_local and not self._division_seat(best, ranked) \
                        and not seat_of_a_country(name, best, ranked, firm) \
                        and not self._own_sentences.names_its_country(s, best, [c for _sc, c in ranked]):
                    # a small state's capital is what its name means (geo/country_seats.py); a town whose own
                    # sentence names its country is there ("Mauritania will patrol waters off Nouamghar" in a
                    # Senegal story: geo/sentence_countries.py; not asked above, where the story places names in
                    # the town's country already)
                    return None
        if container is None and best.country_code in STATE_STYLE and (
                best.population < LONE_TOWN_POPULATION
                or _local_landmark_city(s, best, ranked)):
            # Papers there write a town of another state with its state ("Farmington, N.M."), big cities
            # excepted. In a story datelined in a state ("WATKINSVILLE, Ga. —"), or naming counties of one state
            # only, a bare town of another state that lies far from every place the story gives is the namesake
            # of a local place the gazetteer lacks. A mid-sized city counts as such a town only as a landmark
            # with a shared name: "near Waco" in a Kentucky county story is Kentucky's Waco; "near Boise", with no
            # namesake, is Boise, and "flew to Syracuse" under a Missouri dateline is Syracuse
            # (`_local_landmark_city`).
            state = firm.dateline_division(name, best.country_code) \
                or firm.county_division(name, best.country_code)
            if state is not None and best.admin1_code != state:
                far = firm.nearest_km(name, best)
                if far is not None and far > self.w.near_km \
                        and firm.support(self, g, best, other_w)[1] < self.w.weak_local:
                    return None
        if best.population < SMALL_TOWN_POPULATION and container is None and s.vague is None \
                and "town" not in self._said.get(s.norm, ()):
            # A village kept so far still gives way to its country's division of the name, unless the text
            # calls it a town ("the village of Florida", "the Florida mayor") or names neighbours of its own
            # (`division_rival`).
            division = division_rival(best, [c for _sc, c in ranked])
            if division is not None and not firm.has_neighbour(name, best, self.w.county_km):
                return division
        nation = country_rival(best, [c for _sc, c in ranked])
        if nation is not None and container is None and (
                not self._placed_as_town(s, name, best, firm)
                or bearing_off_a_land(s, self._said, name, best, firm, self._register)):
            # "flew bombers over Italy" in a Texas story: a country abroad is what its name means unless the
            # story places the town on its own ground (geo/country_rivals.py). Asked last: a town far from the
            # story's places was refused above and leaves the name to stand in at them ("Medon, Pinson and
            # Denmark", villages the gazetteer holds only in other states). A bearing alone ("south of Tonga")
            # places no town abroad in a story with no ground near it (geo/bearing_lands.py).
            return nation
        return best

    def _bare_local_title_unplaced(self, s: NameSpan, spans: list[NameSpan], best: Candidate, firm: "_FirmContext",
                                   g: _Group, other_w: float) -> Optional[str]:
        """Whether `best` was read by a bare name made by dropping a local title (`held_under_local_title`:
        "Houn" for "Muang Houn") while the story may be set in another country, and how firmly: "set abroad" where
        the text writes the name in a container outside the district's country ("Houn, Libya") or firm places of
        the story, other than country names, lie only elsewhere ("Houn ... the Jufra region"); "country named"
        where the story only names another country or its people. Nothing, where something places the name in
        the district's own country (a division word beside it, "Kham district", the vague level of admin2; a
        name of the story in or around that country; a mention of it). A country named may be a participant
        only ("Thai police", "Chinese tourists", "Japan funded"), so the caller refuses the district for it only
        in favour of a supported reading spelled as closely. Alone, with nothing around it ("Gunmen killed three
        people in Kong Pisei"), the distinctive name is still the district."""
        if best.kind != NAME_DERIVED or not best.feature_code.startswith("ADM") \
                or not held_under_local_title(best.name, best.country_code):
            return None
        cc = best.country_code
        named = self._document_countries()
        if s.vague in ("admin1", "admin2") or cc in named:
            return None
        abroad = s.container is not None and any(c.country_code != cc for c in spans[s.container].candidates) \
            or any(self._only_elsewhere(o, cc) or _country_of_a_place_noun(o, cc) for o in self._spans
                   if o.norm != s.norm)
        if not named and not abroad:
            return None
        country, local = firm.support(self, g, best, other_w)
        if country > 0.0 or local >= self.w.weak_local:
            return None
        return "set abroad" if abroad else "country named"

    def _supported_elsewhere(self, best: Candidate, ranked: list[tuple[float, Candidate]], firm: "_FirmContext",
                             g: _Group, other_w: float, as_closely: bool = False) -> Optional[Candidate]:
        """The best-ranked reading in another country than `best`'s that the story supports (its country named or
        a firm place around it: "Houn, Libya" is Libya's Hūn), or None. Where only a named country argues for it
        (`as_closely`), it must be spelled at least as closely as the bare district name: "Thai police ... in
        Phin" is no call for Thailand's Phon."""
        for _sc, c in ranked:
            if c.country_code != best.country_code and (not as_closely or c.similarity >= best.similarity):
                country, local = firm.support(self, g, c, other_w)
                if country > 0.0 or local >= self.w.weak_local:
                    return c
        return None

    @staticmethod
    def _only_elsewhere(o: NameSpan, cc: Optional[str]) -> bool:
        """Whether name `o` is a place of the story read only outside country `cc`: every town, division or
        country reading of it spelled as closely as its closest lies elsewhere ("the Jufra region", Libya's Al
        Jufrah, beside a bare Lao district name)."""
        readings = [c for c in o.candidates if c.feature_code.startswith(("PPL", "ADM", "PCL"))] \
            if o.locational else []
        if not readings or any(c.feature_code.startswith("PCL") for c in readings if c.similarity >= 1.0):
            return False  # a country's name may be a participant's ("Japan funded"): read by `_document_countries`
        closest = max(c.similarity for c in readings)
        return all(c.country_code != cc for c in readings if c.similarity >= closest)

    def _major_city_meant(self, s: NameSpan, g: _Group, spans: list[NameSpan], name: str, best: Candidate,
                          rival: Candidate, firm: "_FirmContext") -> bool:
        """Whether hamlet `best` gives its name to the major city `rival` of its country (geo/major_city_rivals.py):
        in a story set in the hamlet's state only after "the University of", a town of the story within a county
        (the dateline's aside) placing it; in a story not set there, where a mention is framed as a place people move to, live in or visit, its towns within a
        county placing it, and otherwise its towns within `near_km`. Never where a mention names
        the hamlet's local bodies or people ("the mayor of Buffalo") or the text otherwise places it as a town."""
        if not 0 < best.population < HAMLET_POPULATION or rival.population < MAJOR_CITY_POPULATION:
            return False  # the cheap test first: most towns are no hamlet facing a major city
        text = self._text
        mentions = [spans[k] for k in g.spans]
        if any(local_body_frame(text, m.start, m.end) or called_a_town(text, m.end) for m in mentions):
            return False  # "the mayor of Buffalo", "Denver, a farm town of 1,800 people"
        leads = firm.other_leads(name, best)
        if self._set_in_hamlets_state(name, best, leads, firm):
            # Its own state's paper names its own towns bare in every frame: "moved to Buffalo", "a native of
            # Buffalo" and "nine years in Buffalo" are as often the paper's Buffalo as the far city. Only "the
            # University of Rochester" names the city there, no hamlet having a university of its name, and a
            # flight to a hamlet within a drive of the dateline's town ("TOPEKA ... flew to Minneapolis").
            return (any(university_frame(text, m.start) for m in mentions)
                    or (any(flight_frame(text, m.start) for m in mentions)
                        and within_a_drive(best, firm.dateline_town_reading()))) \
                and major_city_over_hamlet(best, rival, firm.other_leads(name, best, firm.dateline_town),
                                           self.w.county_km) is not None
        if any(moving_frame(text, m.start) for m in mentions):
            reach = self.w.county_km
        else:
            reach = self.w.near_km  # the story is not set in the hamlet's state: only its own towns place it
        return major_city_over_hamlet(best, rival, leads, reach) is not None \
            and not self._placed_as_town(s, name, best, firm)

    def _set_in_hamlets_state(self, name: str, best: Candidate, leads: list[Candidate],
                              firm: "_FirmContext") -> bool:
        """Whether the story is set in the state of hamlet `best`: its dateline or its counties say so, or,
        with neither, it names that state ("Maine's lumber trade ... the mill in Lincoln") and no town of it
        lies beyond `near_km` of the hamlet (a story naming Tennessee and Spring Hill, 300 km from Louisville,
        Tennessee, is not set about Louisville)."""
        state = firm.dateline_division(name, best.country_code) or firm.county_division(name, best.country_code)
        if state is not None:
            return state == best.admin1_code
        return any(p.feature_code == "ADM1" and p.country_code == best.country_code
                   and p.admin1_code == best.admin1_code for p in leads) \
            and all(p.feature_code.startswith(("ADM", "PCL")) or p.lat is None
                    or flat_km(best.lat, best.lon, p.lat, p.lon) <= self.w.near_km for p in leads)

    def _called_a_town(self, s: NameSpan) -> bool:
        """Whether words around the name, or around another mention of it, call it a town ("the town of X", "X
        police", "near X"): the part of `_placed_as_town` that asks nothing of the story's other places."""
        return s.vague in _TOWN_VAGUE or "town" in self._said.get(s.norm, ()) or s.norm in self._town_ground

    def _placed_as_town(self, s: NameSpan, name: str, best: Candidate, firm: "_FirmContext") -> bool:
        """Whether the text places town `best` on its own ground, as a country's namesake must be placed: words
        calling it a town ("the town of X", "X police", "near X"), or a small neighbour or its county named.
        The town's state or a city a county or two away is no such evidence: a local story names the world's
        countries as freely as its own towns."""
        return s.vague in _TOWN_VAGUE or "town" in self._said.get(s.norm, ()) or s.norm in self._town_ground \
            or firm.has_neighbour(name, best, self.w.county_km) or firm.has_county(name, best, self.w.county_km)

    def _listed_beside_town(self, s: NameSpan, name: str, best: Candidate, spans: list[NameSpan],
                            firm: "_FirmContext") -> bool:
        """Whether a town matched only by another name of its own is listed with a place of the story lying a
        county or so from it, whatever that place's size ("learners from Berlin and Bhisho": Ntabozuko, once
        Berlin; "farmers from Amsterdam and Piet Retief": eMvelo, 41 km off). A list names a town beside its
        neighbours; a name merely set in a story near a big city of the town's ("truckers from Quebec" in a
        Hartford story) is the world's. Asked only where the owner abroad is a city: a province or a nation
        abroad is listed beside any towns ("fans from Quebec and Bristol" in a Connecticut story are Canadians)."""
        peers = self._listed.get(id(s))
        if not peers or len(peers) > _OLD_NAME_LIST_MOST:
            return False
        among = frozenset(spans[k].norm for k in peers)
        return firm.has_listed_neighbour(name, best, _OLD_NAME_NEIGHBOUR_SPANS * self.w.county_km, among)

    def _far_village_gives_way(self, s: NameSpan, name: str, best: Candidate, firm: "_FirmContext") -> bool:
        """Whether a village refused for lying far from the story's places gives its name to the world city
        ("a research lab in Dresden" beside Austin, Texas): the support it beat the city with came from its
        country, not from its ground. Only for a name a firm cue places, with no neighbour of the village
        named, in a story that places names firmly abroad (a local paper names its own county's places, which
        the gazetteer may lack), and not for a feature's name ("the Santiago river"), where no city is meant."""
        return s.firm and not feature_word_after(self._text, s.end) \
            and not firm.has_neighbour(name, best, self.w.near_km) and _reaches_abroad(name, best, firm)

    @staticmethod
    def _placed_only_by_inner(s: NameSpan, g: _Group, best: Candidate, spans: list[NameSpan],
                              firm: "_FirmContext") -> bool:
        """Whether every firm place the document has in reading best's country is a name the text places in
        this one ("Toowong in Dallas"), which argues nothing about where the name itself lies."""
        inner = {_core_of(o.norm) for o in spans if o.container is not None and o.container in g.spans}
        others = [other for other, p in firm.points if other != g.key[0] and p.country_code == best.country_code]
        return bool(others) and all(_core_of(o) in inner for o in others)

    def _world_city_listed(self, s: NameSpan, best: Candidate, ranked: list[tuple[float, Candidate]],
                           peers: Iterable[Optional[_Group]], firm: "_FirmContext", name: str) -> Candidate:
        """A world city over the smaller namesake `best` where the name is listed with world cities or places
        in other countries ("flights to Toronto and Vancouver", "to Amsterdam and Manchester"): a list names
        places of one kind, and one reaching abroad reaches to the world city, whatever big city of the small
        namesake's region the story names elsewhere ("Seattle"). The namesake is kept where it has support of
        its own: a container ("Manchester, N.H."), a listed neighbour ("Bremerton and Manchester") or a town of
        the story's around it that is no world city itself."""
        if s.container is not None or not best.exact or not best.feature_code.startswith("PPL") or best.lat is None:
            return best
        near = self.w.near_km
        rival = max((c for _sc, c in ranked if c.exact and c.feature_code.startswith("PPL") and c.lat is not None
                     and c.population >= WORLD_CITY_POPULATION and c.population > best.population
                     and flat_km(c.lat, c.lon, best.lat, best.lon) > near and not owns_against_variant(best, c)),
                    key=lambda c: c.population, default=None)
        if rival is None:
            return best
        leads = [_top(o) for o in peers if o is not None and o.cands]  # read only here: a list may be thousands long
        if not leads:
            return best

        def close(p: Candidate) -> bool:
            return p.lat is not None and p.country_code == best.country_code \
                and flat_km(p.lat, p.lon, best.lat, best.lon) <= near

        if any(close(p) for p in leads):
            return best
        # A namesake that is a city itself, listed only with cities of its own country, one of them within a
        # region's reach of it ("buyers in Memphis and Birmingham", about 350 km apart), names the namesake's
        # region, not the world: the pair is a drive apart, where a list spanning a continent reaches for the
        # world city ("LEXINGTON, Ky. — flights to Boston and London"). A list reaching abroad ("to Orlando, Rome
        # and Naples") or a small town of the name ("London", Kentucky) is no region's.
        if best.population >= WORLD_CITY_POPULATION \
                and all(p.lat is not None and p.country_code == best.country_code for p in leads) \
                and any(flat_km(p.lat, p.lon, best.lat, best.lon) <= REGION_FACTOR * near for p in leads):
            return best
        # A listed city of the namesake's own country ("flights to Boston and London") speaks for the world
        # city only where it is a world city's size itself and no bigger than the world city: a lesser one
        # ("hotels in Winnipeg and Brandon", a Florida suburb of 100,000 against Manitoba's Brandon) is no more
        # the list's kind than the namesake is.
        if not all(p.country_code != best.country_code
                   or WORLD_CITY_POPULATION <= p.population <= rival.population for p in leads):
            return best
        if any(other != name and p.feature_code.startswith("PPL") and p.population < WORLD_CITY_POPULATION
               and close(p) for other, p in firm.points):
            return best
        return rival

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
    def _division_seat(best: Candidate, ranked: list[tuple[float, Candidate]]) -> bool:
        """Whether small town `best` is named like the first-level division holding it, its seat
        (geo/division_seats.py); not where papers write a town with its state (`STATE_STYLE`), where a hamlet
        named like its state is as likely a namesake as any."""
        return best.country_code not in STATE_STYLE and names_its_division(best, ranked)

    @staticmethod
    def _alone_in_country(name: str, best: Candidate, ranked: list[tuple[float, Candidate]],
                          firm: "_FirmContext") -> bool:
        """Whether small town `best`, far from the story's other places, is still what its name means: a town
        of some thousands (not a village), the only reading of the name in its country, while the story's firm
        places lie mostly in that country ("ferries from Oban" in a story of storms across Britain).

        A far village is refused because villages the gazetteer lacks share their names with others across a
        country: a hamlet of no recorded size named in a story about one city is likelier that city's
        neighbour than a namesake across the country. A town of thousands, the name's only reading in the
        country the story is about, has no such rival. Not in countries whose papers name a town of another
        state with its state (`STATE_STYLE`): there a bare far town is the namesake of a local place.
        """
        cc = best.country_code
        if not cc or cc in STATE_STYLE or best.population < SOLE_TOWN_POPULATION \
                or any(c.id != best.id and c.country_code == cc for _sc, c in ranked):
            return False
        countries = [p.country_code for other, p in firm.points if other != name]
        return bool(countries) and 2 * countries.count(cc) > len(countries)

    @staticmethod
    def _lone_transliteration(name: str, best: Candidate, ranked: list[tuple[float, Candidate]],
                              firm: "_FirmContext") -> bool:
        """Whether a transliterated spelling stands on its own: the document places nothing firmly in the
        reading's country ("Airstrikes hit Maaret al-Numan", "a UN official in Geneva said strikes hit Maaret
        al-Numan"), so nothing there argues for another reading; the spelling differs from the gazetteer's
        only as transliterations do ("Maaret" / "Ma'arrat", or in its vowels alone: "Marat al-Noman" /
        "Maarat al-Numan", `vowels_apart`); and no reading in another country matches as well. Refusing it would leave the report's town unplaced, or standing in at a city abroad.

        A story set in another country (`set_elsewhere`: one it names outright and places firm names in, or
        places SET_IN_PLACES firm names in) has given its ground: a lone look-alike of a town in a country it
        never names is then an island or village the gazetteer lacks, not that town."""
        if any(other != name and p.country_code == best.country_code for other, p in firm.points):
            return False
        if set_elsewhere(name, best, firm):
            return False
        if best.exact or not best.feature_code.startswith(("PPL", "ADM")):
            return False
        if best.similarity < TRANSLITERATION_SIMILAR and not vowels_apart(name, best.match_norm):
            return False
        rivals = [c for _sc, c in ranked if c.id != best.id and c.country_code != best.country_code]
        return not any(c.similarity >= best.similarity for c in rivals)

    def _short_match(self, s: NameSpan, c: Candidate, local: float, spans: list[NameSpan]) -> bool:
        """Whether a short name may mean reading c: spelled exactly, a user's place, or placed by its context.

        Four or five letters leave a look-alike spelling one or two letters from many other towns, so a
        similar spelling is believed only where the text puts the town in c's division ("X, Idlib") or
        several of the document's other places lie around it. A spelling that differs only in a final "-a",
        "-ah" or "-eh" is the same name, in any country ("Jabla", "Jableh", "Jablah").
        """
        if c.exact or c.source == "user" or same_but_ending(s.norm, c.match_norm or ""):
            return True  # (a final "-a"/"-ah"/"-eh" is one ending written three ways: geo/final_vowels.py)
        if s.container is not None and self._contained(c, spans[s.container]) >= self.w.contained_admin1:
            return True
        if kasra_reading(s.norm, c.match_norm or "", c.country_code, self._document_countries):
            return True  # "Irbed" for Irbid in a report naming Jordan (geo/kasra_vowels.py)
        return local >= SHORT_NAME_LOCAL

    def _namesake_among_neighbours(self, s: NameSpan, best: Candidate,
                                   ranked: list[tuple[float, Candidate]]) -> Optional[Candidate]:
        """The city abroad bearing as its own the old name world city `best` was matched by, where another name
        of the story is, by its own name, a town of that city's country near it ("San Miguel and Santa Ana"
        with no country written; geo/namesake_neighbours.py). Read once per name and reading in a document,
        from the story's names indexed once."""
        if best.kind != NAME_ALT or best.population < WORLD_CITY_POPULATION:
            return None
        # Keyed by name and reading alone: the answer depends on the story's names, indexed once per document
        # (`StoryNames`, from each name's first span), not on which mention of the name asks.
        key = (s.norm, best.id)
        if key not in self._abroad:
            if self._story is None:
                self._story = StoryNames(self._spans)
            self._abroad[key] = namesake_among_neighbours(self._story, s.norm, best, [c for _sc, c in ranked],
                                                          self.w.near_km)
        return self._abroad[key]

    def _owner_countries(self, best: Candidate, container: Optional[NameSpan]) -> frozenset[str]:
        """What tells a world city's other name from a city abroad bearing it (namesake_owners._world_city_owner):
        the countries the name's container could be, or else the countries the story names. Asked only of world
        cities matched by another name."""
        if best.kind != NAME_ALT or best.population < WORLD_CITY_POPULATION:
            return frozenset()
        return _container_countries(container) if container is not None else frozenset(self._document_countries())

    def _document_countries(self) -> set[str]:
        """The countries this document names (`_named_countries`), read once per document."""
        if self._named is None:
            self._named = _named_countries(self._spans)
        return self._named

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
        bucket = grid.held.get((c.admin1_code, not division))  # a town's divisions, a division's towns
        if not bucket:
            return 0.0
        best: dict[str, float] = {}
        limit = self.w.county_km
        name = _core_of(name)  # "Karak district" says no more than "Karak" of which Karak is meant
        c_lat = c.lat
        cap = 2.0 if division else 1.0
        floor = 0.0  # the sure part of the sum (see NEAR_NAMES)
        for other, lat, lon, vote in bucket:
            if other != name and vote > best.get(other, 0.0) \
                    and KM_PER_DEGREE * abs(c_lat - lat) <= limit and flat_km(c_lat, c.lon, lat, lon) <= limit:
                if other not in best:
                    floor += vote
                    if floor >= cap:
                        return self.w.county * cap
                best[other] = vote
        if not best:
            return 0.0
        total = 0.0  # added left to right, as `floor` is (see NEAR_NAMES): sum() compensates from Python 3.12
        for vote in best.values():
            total += vote
        return self.w.county * min(cap, total)

    def _near(self, c: Candidate, name: str, block: Sequence[tuple[str, float, float, float]],
              cells: Optional[Asked] = None) -> float:
        """How many other names could lie within near_km of c (each counted by its reading's weight, up to
        NEAR_NAMES names), among the point readings of the cells around c's.

        The count stops once it is sure to reach NEAR_NAMES (`floor`): a story naming hundreds of towns of one
        region put each of them beside all the others, and counted them all. Where the names around weigh
        little, or lie in the block's far cells, it would still pass over most of a long block before the cap:
        so the block's cells, c's own first, each heaviest first (`cells`, for long blocks: geo/sure_near.py), are
        asked first, and where they surely reach the cap, that is the answer the full count would give."""
        limit = self.w.near_km
        if cells and surely_capped(c.lat, c.lon, name, cells, limit, NEAR_NAMES):
            return NEAR_NAMES
        best: dict[str, float] = {}
        c_lat = c.lat
        floor = 0.0
        for other, lat, lon, p in block:
            if other != name and p > best.get(other, 0.0) and KM_PER_DEGREE * abs(c_lat - lat) < limit \
                    and flat_km(c_lat, c.lon, lat, lon) < limit:
                if other not in best:
                    floor += min(1.0, p * 2)
                    if floor >= NEAR_NAMES:
                        return NEAR_NAMES
                best[other] = p
        total = 0.0  # added left to right, as `floor` is (see NEAR_NAMES): sum() compensates from Python 3.12
        for p in best.values():
            total += min(1.0, p * 2)
        return min(NEAR_NAMES, total)

    def _fixed(self, idx: int, s: NameSpan, prior: list[tuple[float, Candidate]], spans: list[NameSpan],
               doc_country: Optional[str], pub_cc: Optional[str], inner: Sequence[NameSpan] = ()) -> list[float]:
        """Evidence that does not change between rounds: given countries and explicit containment (`inner`:
        the names said to lie in this one)."""
        w = self.w
        out = []
        container = spans[s.container] if s.container is not None else None
        if container is not None and listed_countries(s, container):
            container = None  # "China, Japan": equals, neither holding the other
        level_bonus = self._namesake_level_bonus(idx, s, prior)
        capital = self._capital_bonus(prior, s)
        wide = any(c.feature_code.startswith("PCL") or c.feature_code in WIDE_FEATURES for _b, c in prior)
        commas = [self._comma_holder(o, s) for o in inner]  # once per inner name, not per reading
        for _base, c in prior:
            score = 0.0
            if c.country_code and c.country_code == doc_country:
                score += w.doc_country
            if c.country_code and c.country_code == pub_cc:
                score += w.publisher
            score += self._register_vote(c, wide)
            if container is not None:
                score += self._contained(c, container)
            for o, comma in zip(inner, commas):
                score += self._contains(c, o, comma)
                score += province_of_unheld_town(self._text, c, o, s, s.candidates)  # "a Bradford, Ontario court"
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

    def _capital_bonus(self, prior: list[tuple[float, Candidate]], s: NameSpan) -> float:
        """What a country's capital (spelled exactly) gains over a division or town elsewhere sharing its name,
        in a document about a national government's business (see `government_business`): "Washington" beside
        diplomats and the Pentagon is the capital, not the state or an English town; and for a name the
        document makes act as a government, at its dateline ("WASHINGTON —" ... "Washington said":
        `acting_capital_names`)."""
        acting = s.cue == "dateline" and s.norm in self._acting
        if self._government is False and not acting:
            return 0.0
        capitals = [c for _b, c in prior if c.exact and c.feature_code == "PPLC"]
        if not capitals or not any(c.exact and c.feature_code != "PPLC" for _b, c in prior):
            return 0.0
        if acting:
            return CAPITAL_GOVERNMENT
        if self._government is None:
            self._government = government_business(self._text)
        return CAPITAL_GOVERNMENT if self._government else 0.0

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
            if b.feature_code == "ADM1" and c.admin1_code and b.admin1_code and holds_filed(b.admin1_code,
                                                                                            c.admin1_code):
                bonus = max(bonus, self.w.contained_admin1)
            elif b.feature_code.startswith("PCL") and c.country_code == b.country_code:
                bonus = max(bonus, self.w.contained_country)
            elif b.feature_code.startswith(("PPL", "ADM2")) and c.admin1_code and c.admin1_code == b.admin1_code \
                    and c.id != b.id:
                bonus = max(bonus, self.w.contained_country / 2)
        return bonus

    def _comma_holder(self, inner: NameSpan, s: NameSpan) -> bool:
        """Whether `inner` is written right before s after a comma, and no list goes on after s ("Power,
        Montana, on Tuesday"; not "Peter, Paul and Mary", a list of equals)."""
        return bool(self._text) and 0 <= s.start - inner.end <= _COMMA_GAP_CHARS \
            and self._text[inner.end : s.start].strip() == "," and LIST_GOES_ON.match(self._text, s.end) is None

    @staticmethod
    def _contains(c: Candidate, inner: NameSpan, comma: bool = False) -> float:
        """c is named as the container of another name: prefer a reading that holds one of its readings.
        `comma`: the name is written right before c's, after a comma ("Power, Montana")."""
        fc = c.feature_code
        best = 0.0
        if not inner.candidates or comma and not any(o.exact and o.kind != NAME_DERIVED for o in inner.candidates):
            # (before a comma, a name known only by loose spellings or as a county's bare name, "Power" ~ Pu'er or
            # Power County, Idaho, is as unknown: "Power, Montana" is a village of the state, not of Bulgaria's
            # town; "Kitaya village in Mtwara Rural district" names the district by its town, as before)
            if inner.facility or is_street(inner.norm) or inner.cue == "street":
                # "Memphis St., Alexandria", "the Grand Hotel in Alexandria": streets and buildings are in towns.
                return STREET_TOWN if fc.startswith("PPL") else 0.0
            # An unknown village "in" the name: a province or a country, more than a town.
            return PROVINCE_HOLDS_TOWN if fc == "ADM1" else 3.0 if fc.startswith("PCL") else 0.0
        if all(is_landmark(o.feature_code, o.source) for o in inner.candidates):
            # "Tahrir Square in Cairo": a landmark (geo/landmarks.py) lies in a town, as a building does.
            return STREET_TOWN if fc.startswith("PPL") else 0.0
        for o in inner.candidates:
            if o.feature_code == TOWN_PART_CODE and fc.startswith("PPL") and o.lat is not None \
                    and c.lat is not None and flat_km(o.lat, o.lon, c.lat, c.lon) < PART_OF_TOWN_KM:
                best = max(best, PARENT_TOWN)  # "Karrada, Baghdad": a part of a town is named with its town
            elif fc.startswith("PPL") and o.feature_code.startswith("PPL") and o.id != c.id and city_district(o, c):
                best = max(best, PARENT_TOWN)  # "Queens, New York": a metropolis's borough names the city
            elif fc == "ADM1" and o.admin1_code and c.admin1_code and holds_filed(c.admin1_code, o.admin1_code) \
                    and o.id != c.id:
                best = max(best, PROVINCE_HOLDS_TOWN)  # a container "Idlib" is the province more often than the city
            elif fc.startswith("PCL") and o.country_code == c.country_code and o.id != c.id:
                best = max(best, 3.0)
            elif fc.startswith(("PPL", "ADM2")) and c.admin1_code and o.admin1_code == c.admin1_code and o.id != c.id:
                best = max(best, 1.0)
        return best


STREET_TOWN = 2.0
# The most other names the nearness term counts around a reading. A count that reaches it stops (`Resolver._near`,
# and `Resolver._county` at its own caps): `floor` adds each other name's first weight as it is met, in the order
# the full sum adds that name's final weight, which is no smaller. Float addition of non-negative terms never
# falls as a term grows or a term is added, so a floor at the cap means the full sum reaches it, to the last bit.
# Both add left to right with `+=`: sum() of floats compensates its rounding from Python 3.12, and a compensated
# total may round otherwise than the plain left-to-right one this argument is about.
NEAR_NAMES = 3.0
# The most characters a comma and its spaces take between a name and its holder ("Power, Montana").
_COMMA_GAP_CHARS = 3
# A list going on after a name: another capitalised name after a comma, "and" or "or" ("Lagos, Accra and
# Dakar", "Lagos, Accra, Dakar"). Shared by the modules that read "X, Y" as a place and its holder.
LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?[A-Z]|(?:and|or)\s+[A-Z])")
# A part of a town ("Karrada", "Jobar": geo/town_parts.py, or GeoNames' PPLX sections) named with a container
# ("Karrada, Baghdad") is in that town, not merely its province: the town within this distance of the part
# outweighs the province's holding it (4.5).
PARENT_TOWN = 5.0
PART_OF_TOWN_KM = 15.0
# A town of this many people lying within PART_OF_TOWN_KM of a metropolis's centre is one of its boroughs or
# wards, not a town of the province around it (see `city_district`).
CITY_DISTRICT_POPULATION = 100_000


def _borrowed_division(s: NameSpan, g: _Group) -> bool:
    """Whether a name is read only by a first-level division's or a country's name inside it ("Tennessee
    Colony", a settlement called after another state). It is believed only where the document's other places
    are, so it is none of them; else its inner state carries a county beside it that several states have
    ("Anderson County") into that state, and the county carries the inner reading back. A longer name whose
    inner name is best read as a town ("Dubai World Cup", "Salinas Valley") stays context: it is often the
    document's one sign of where it is."""
    if not s.weak or not g.cands:
        return False
    code = max(g.cands, key=prior_score).feature_code  # the reading the inner name alone would get
    return code in ADMIN1_CODES or code.startswith("PCL")


def city_district(part: Candidate, city: Candidate) -> bool:
    """Whether town reading `part` is a district of metropolis `city`: a large town within PART_OF_TOWN_KM of
    the metropolis's centre, smaller than it ("Queens" or "Brooklyn" for New York City, "Shibuya" for Tokyo).

    Named with its metropolis ("Brooklyn, New York"), such a district names the city, not the state or
    prefecture sharing its name; a town that far out or that small is a town of the division around the
    city ("Yonkers, New York" names a town of the state)."""
    return (city.population >= METROPOLIS and CITY_DISTRICT_POPULATION <= part.population < city.population
            and part.lat is not None and city.lat is not None
            and flat_km(part.lat, part.lon, city.lat, city.lon) < PART_OF_TOWN_KM)


# Names of at most this many letters are matched by exact or listed spellings only, unless context is strong.
SHORT_NAME_LETTERS = 5
# Local support (see Weights: about two other names in the same division, or several nearby) a short name's
# look-alike reading needs.
SHORT_NAME_LOCAL = 3.0


def _country_of_a_place_noun(o: NameSpan, cc: Optional[str]) -> bool:
    """Whether `o` is a country's adjective naming the kind of place a name is ("the Libyan town of Houn"), for a
    country other than `cc`: unlike a people's word ("Thai police"), it sets the place itself in that country."""
    return o.locational and o.cue == "place modifier" \
        and any(c.feature_code.startswith("PCL") and c.country_code != cc for c in o.candidates)


def _container_countries(container: NameSpan) -> frozenset[str]:
    """The countries a written container could be ("San Miguel, El Salvador"): its nations where
    it names one (a village abroad may bear a nation's name), else its exact readings' countries."""
    exact = [c for c in container.candidates if c.exact and c.country_code]
    nations = frozenset(c.country_code for c in exact if c.feature_code.startswith("PCL"))
    return nations or frozenset(c.country_code for c in exact)


def _named_countries(spans: list[NameSpan]) -> set[str]:
    """The countries the document names by their own name or their people's ("Jordan", "Jordanian")."""
    return {c.country_code for o in spans for c in o.candidates
            if c.exact and c.country_code and c.feature_code.startswith("PCL")}


def short_name(s: NameSpan) -> bool:
    """Too short for a look-alike spelling to identify a town: "Hass", "Dael", "Binnish" is not."""
    return sum(ch.isalpha() for ch in s.norm) <= SHORT_NAME_LETTERS
