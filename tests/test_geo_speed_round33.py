"""Round 33: a long English text costs work in proportion to its length, with the same readings as before.

Several steps asked each name about every other name of the text, so a digest of many local stories (each
with its paper's masthead, its county and its lists of towns) cost the square of its length:
1. a masthead's name asked the countries of all the story's other names (`recognise._story_countries`): now
   tallied once per text (geo/story_countries.py), kept current as titles' readings are cut;
2. the soft context listed each name's others and summed over them per country (resolve.py, `_Terms`); the
   others' weight is now all the names' less the name's own (quarters, summed exactly), and the sums run over
   the names filed by country with a reading of that kind (geo/other_names.py);
3. a town and a county read as a pair measured every town against every county for every town
   (geo/town_county_pairs.py: cubic): now only those of one province, each county's answer kept;
4. the judge gathered the story's written names per name (`firm_context.written`), and a person's name after
   a possessive looked its first word up from the text's start (`cue_readers._position`);
5. the settling points of a country and the believed places were measured once per mention (a long text
   repeats its towns): each point is kept once (geo/sure_countries.py, geo/latitude_bands.py);
6. names lying inside or across a feature's, a street run's, a list member's or a labelled facility's range
   were asked against every range: now by bisection (geo/interval_cover.py).
Each shortcut is checked against the scan it replaces (written out here as it was) on invented data, and a
deterministic count of the work (function calls) guards the length scaling. Every text and name is invented.
"""
from __future__ import annotations

import random
from typing import Optional

from conftest import geoparse_calls
from eventwatch.geo import geoparse
from eventwatch.geo.cue_readers import _position
from eventwatch.geo.derive import core_name
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.interval_cover import Intervals
from eventwatch.geo.latitude_bands import LatitudeBands
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.other_names import OtherNames
from eventwatch.geo.reading_context import _Group, _share_weight
from eventwatch.geo.story_countries import StoryCountries
from eventwatch.geo.sure_countries import near_settled, sure_countries
from eventwatch.geo.town_county_pairs import _best_pair, coherent_pairs, lies_in


def _place(pid: int, country: str, admin1: Optional[str] = "01", feature: str = "PPL", lat: float = 40.0,
           lon: float = -80.0, exact: bool = True, population: int = 1000) -> Candidate:
    c = Candidate(id=pid, name=f"Place{pid}", lat=lat, lon=lon, country_code=country, admin1_code=admin1,
                  admin2_code=None, admin1=None, admin2=None, feature_code=feature, population=population,
                  geonames_id=pid, source="geonames", precision=0, similarity=100.0 if exact else 90.0)
    return c


# -- 1. a masthead's story countries, tallied once -----------------------------------------------------------------
def _scan_story_countries(spans, title):
    """`recognise._story_countries` as it was."""
    return frozenset(c.country_code for o in spans if o is not title and o.norm != title.norm and not o.demonym
                     for c in o.candidates if c.exact and c.country_code)


def test_story_countries_are_those_the_scan_finds_as_titles_are_cut():
    """Each title's countries are the scan's, for names spelled alike, demonyms and inexact readings, also after
    earlier titles' readings were cut and the tally told."""
    rng = random.Random(33)
    for _ in range(300):
        spans = []
        for k in range(rng.randint(1, 10)):
            cands = [_place(10 * k + m, rng.choice(["US", "GB", "IE", None]), exact=rng.random() < 0.8)
                     for m in range(rng.randint(0, 3))]
            spans.append(NameSpan(k, k + 1, 0, 1, rng.choice(["dover", "salem", "troy", "cork"]), cands,
                                  demonym=rng.random() < 0.15))
        tally = StoryCountries(spans)
        for s in rng.sample(spans, rng.randint(1, len(spans))):
            assert tally.without(s.norm) == _scan_story_countries(spans, s)
            before, s.candidates = s.candidates, s.candidates[:rng.randint(0, len(s.candidates))]
            tally.replace(s, before)


# -- 2. the sums over a name's others ------------------------------------------------------------------------------
def _random_groups(rng: random.Random) -> list[_Group]:
    groups = []
    for k in range(rng.randint(0, 12)):
        g = _Group((rng.choice(["lima", "paris", "jordan", "georgia", "delhi"]), k), rng.choice([0.25, 0.5, 1.0, 1.75]))
        g.title = rng.random() < 0.2
        g.nation_of = {cc: rng.random() for cc in rng.sample(["US", "PE", "JO", "GE"], rng.randint(0, 2))}
        g.divisions = {cc: rng.random() for cc in rng.sample(["US", "PE", "JO", "GE"], rng.randint(0, 2))}
        g.nations = rng.choice([0.0, rng.random()])
        groups.append(g)
    return groups


def test_other_names_sums_are_the_scans_over_the_others_to_the_last_bit():
    """The per-country sums over the names spelled otherwise equal the sums over a list of the others (as
    `_Terms` read it) exactly, not merely nearly: a ranking may turn on the last bit."""
    rng = random.Random(330)
    for _ in range(400):
        groups = _random_groups(rng)
        sums = OtherNames(groups)
        for name in ["lima", "paris", "jordan", "georgia", "delhi", "quito"]:
            others = [o for o in groups if o.key[0] != name]
            for cc in ["US", "PE", "JO", "GE", "FR"]:
                assert sums.nation_weight(cc, name) == sum(o.weight * o.nation_of.get(cc, 0.0) for o in others)
                assert sums.division_votes(cc, name) == sum(min(1.0, 2 * o.divisions.get(cc, 0.0)) for o in others)
            assert sums.nation_votes(name) == sum(min(1.0, 2 * o.nations) for o in others)


def test_the_others_share_is_all_less_the_names_own_exactly():
    """A name's weight is a quarter's multiple (a mention 1, 0.5 or 0.25, each repeat a quarter more), so the
    others' share worked out as all the names' less its own is the sum over the others in any order."""
    rng = random.Random(331)
    for _ in range(300):
        groups = _random_groups(rng)
        total = sum(_share_weight(g) for g in groups)
        for g in groups:
            own = sum(_share_weight(o) for o in groups if o.key[0] == g.key[0])
            assert ((total - own) or 1.0) == (sum(_share_weight(o) for o in groups if o.key[0] != g.key[0]) or 1.0)


# -- 3. towns and counties read as pairs ---------------------------------------------------------------------------
def _scan_coherent_pairs(cores, chosen, ranked, km, named_provinces=frozenset()):
    """`coherent_pairs` as it was, measuring every town against every county for every town."""
    towns, divisions = {}, {}
    for k, c in enumerate(chosen):
        if c is None or not c.exact:
            continue
        if c.feature_code.startswith("PPL") and c.lat is not None and bool(c.admin1_code):
            towns.setdefault(cores[k], []).append(k)
        elif c.feature_code == "ADM2" and c.lat is not None and bool(c.admin1_code) and core_name(c.name) == cores[k]:
            divisions.setdefault(cores[k], []).append(k)
    if not towns or not divisions:
        return {}
    chosen_towns = [(cores[k], chosen[k]) for ks in towns.values() for k in ks[:1]]
    chosen_divisions = [(cores[k], chosen[k]) for ks in divisions.values() for k in ks[:1]]
    moved = {}
    for tname, tks in towns.items():
        t_now = chosen[tks[0]]
        if t_now.admin1_code in named_provinces:
            continue
        if any(d is not None and dname != tname and lies_in(t_now, d, km) for dname, d in chosen_divisions):
            continue
        for dname, dks in divisions.items():
            if dname == tname or any(k in moved for k in dks):
                continue
            d_now = chosen[dks[0]]
            if d_now.admin1_code in named_provinces:
                continue
            if any(tn != dname and lies_in(t, d_now, km) for tn, t in chosen_towns):
                continue
            pair = _best_pair(ranked[tks[0]], ranked[dks[0]], km)
            if pair is None:
                continue
            t_new, d_new = pair
            if t_new.country_code != t_now.country_code or d_new.country_code != d_now.country_code:
                continue
            for k in tks:
                moved[k] = t_new
            for k in dks:
                moved[k] = d_new
            break
    return moved


def test_town_county_pairs_are_those_every_measure_finds():
    """Filed by province, with each county's answer kept, the pairs moved are those of the full measure, for
    stories of towns and counties of a few states, some named outright."""
    rng = random.Random(332)
    names = ["lowell", "fairview", "marion", "clay", "union", "perry"]
    for _ in range(300):
        cores, chosen, ranked = [], [], []
        for k in range(rng.randint(1, 12)):
            name = rng.choice(names)
            readings = []
            for m in range(rng.randint(1, 4)):
                feature = rng.choice(["PPL", "PPL", "ADM2"])
                readings.append(_place(100 * k + m, "US", rng.choice(["OH", "IN", "KY"]), feature,
                                       lat=38 + rng.random() * 2, lon=-85 + rng.random() * 2,
                                       exact=rng.random() < 0.9))
                readings[-1].name = name.title() + (" County" if feature == "ADM2" else "")
            cores.append(name)
            chosen.append(rng.choice([*readings, None]))
            ranked.append([(rng.random(), c) for c in readings])
        named = frozenset(rng.sample(["OH", "IN", "KY"], rng.randint(0, 1)))
        assert coherent_pairs(cores, chosen, ranked, 40.0, named) == _scan_coherent_pairs(cores, chosen, ranked,
                                                                                          40.0, named)


# -- 4. a token's position -----------------------------------------------------------------------------------------
def test_a_tokens_position_is_its_index():
    """The bisection finds each token where `list.index` does, a repeated word included."""
    tokens = tokenize("Ms Mara Quill of Dunmore met Mara Quill's aides in Dunmore, and Dunmore cheered.")
    for t in tokens:
        assert _position(tokens, t) == tokens.index(t)


# -- 5. repeated points measured once ------------------------------------------------------------------------------
def test_a_repeated_believed_point_answers_as_before():
    """Believed places repeated per mention give the answers a single copy gives, the place itself excepted."""
    rng = random.Random(333)
    for _ in range(200):
        places = [_place(pid, "US", lat=40 + rng.random() * 4, lon=-80 + rng.random() * 4) for pid in range(1, 7)]
        points = [rng.choice(places) for _ in range(rng.randint(0, 12))]  # a place believed once per mention
        many = LatitudeBands(points)
        asked = _place(rng.randint(1, 9), "US", lat=40 + rng.random() * 4, lon=-80 + rng.random() * 4)
        for km in (30, 150, 300):
            scan = any(p.id != asked.id and haversine_km(asked.lat, asked.lon, p.lat, p.lon) < km for p in points)
            assert many.any_within(asked, km) == scan


def test_settling_points_are_kept_once_and_still_settle():
    """Names said again add no point twice to their country, and a reading near one is still brought back."""
    a = NameSpan(0, 1, 0, 5, "kilvane", [_place(1, "IE", lat=53.8, lon=-9.3)])
    b = NameSpan(1, 2, 6, 11, "dromore", [_place(2, "IE", lat=53.9, lon=-9.1)])
    sure = sure_countries([a, b, a, b, a])
    assert sure == {"IE": [(53.8, -9.3), (53.9, -9.1)]}
    assert near_settled(_place(3, "IE", lat=53.85, lon=-9.2), sure)
    assert not near_settled(_place(4, "IE", lat=51.9, lon=-8.4), sure)


# -- 6. ranges asked by bisection ----------------------------------------------------------------------------------
def test_intervals_answer_as_the_scans_do():
    """`holds`, `meets` and `inside` give the scans' answers, for empty, touching, nested and repeated ranges."""
    rng = random.Random(334)
    for _ in range(500):
        ranges = [(a, a + rng.randint(0, 4)) for a in (rng.randint(0, 15) for _ in range(rng.randint(0, 6)))]
        got = Intervals(ranges)
        for start in range(0, 18):
            for end in range(start, start + 5):
                assert got.holds(start, end) == any(a <= start and end <= b for a, b in ranges)
                assert got.meets(start, end) == any(start < b and a < end for a, b in ranges)
                assert got.inside(start, end) == any(start <= a and b <= end for a, b in ranges)


# -- the work of a long text grows in proportion to its length -----------------------------------------------------
_TOWNS = ["Fairview", "Greenville", "Madison", "Springfield", "Clinton", "Franklin", "Salem", "Georgetown",
          "Ashland", "Burlington", "Dover", "Hudson", "Jackson", "Lebanon", "Marion", "Milton", "Newport",
          "Oxford", "Riverside", "Troy", "Winchester", "Auburn", "Bristol", "Chester"]
_COUNTIES = ["Washington", "Jefferson", "Lincoln", "Monroe", "Warren", "Wayne", "Marshall", "Greene"]
_PAPERS = ["Gazette", "Herald", "Courier", "Tribune"]


def _digest(parts: int) -> str:
    """Invented local stories joined: a masthead, a county with towns, and a list of six towns in each."""
    out = []
    for k in range(parts):
        t = [_TOWNS[(k * 5 + m) % len(_TOWNS)] for m in range(6)]
        out.append(f"The {t[0]} {_PAPERS[k % len(_PAPERS)]} said crews cleared fallen trees in {t[1]} and {t[2]} "
                   f"overnight. Deputies of {_COUNTIES[k % len(_COUNTIES)]} County stopped a truck from {t[3]} on "
                   f"the road to {t[4]}. Shelters stayed open in {t[0]}, {t[1]}, {t[2]}, {t[3]}, {t[4]} and "
                   f"{t[5]}, officials said.")
    return "\n\n".join(out)


_calls = geoparse_calls  # (tests/conftest.py: calls of one warm geoparse, no timing)


def test_a_digest_of_local_stories_costs_work_in_proportion_to_its_length(gaz):
    """Three invented local stories, then forty-eight: the calls per letter may grow by a fifth at most (they
    fall, since the later stories' names are cached: 0.55 times in round 33), where before round 33 they grew
    1.55 times, the square's cost showing."""
    short, long = _digest(3), _digest(48)
    assert _calls(gaz, long) / len(long) < 1.2 * _calls(gaz, short) / len(short)


def test_the_digest_still_reads_its_towns_and_counties(gaz):
    """The shortcuts change no reading: the digest's names are found and the county is read as one."""
    read = [t for t in geoparse(gaz, _digest(2))]
    names = {t.text for t in read}
    assert {"Washington County", "Springfield", "Salem"} <= names
    county = next(t for t in read if t.text == "Washington County")
    assert county.place is not None and county.place.country_code == "US"

