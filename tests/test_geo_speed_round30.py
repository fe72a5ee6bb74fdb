"""Two readings that cost the square of a long text's length now cost time in proportion to it, with the same results.

1. The saint's word before a name followed by its division word ("St. Tammany Parish", geo/cue_readers.py) was
   found by a search over the whole text before the name, once per such name; it is now read from the spaces
   right before the name, less the longest saint's word: the match the whole search finds.
2. A road's names (geo/roads.py) were each tested against every road, and each road against every name; the
   names a road may hold are now read from the tokens it covers, whether a name lies inside a road or crosses
   one is answered by bisection over the roads, which never overlap, a road read twice is found by the tokens
   of the roads kept, and the street a route number closes is looked up by its last token.
3. The text between two names, read for each unresolved name from the sentence of any resolved one that holds
   both (geo/fallback.py), walked every name; the kept sentences are now indexed once per list, in a reader
   that `add_fallbacks` hands down explicitly (`indexed_gaps`), no module state.
4. A division's namesake holding a town the text names (`Resolver._agree_divisions`) tested every division
   against every town; it now tests the towns of the division's province, each pair once.

Each shortcut is checked against the slow path it replaces on invented or random text; the timing spec takes
the best of two tries at each size and allows seventeen times the time for ten times the input (a busy machine;
the square's cost would be a hundred times).
"""
from __future__ import annotations

import dataclasses
import random
from types import SimpleNamespace

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.country_name_only import NEAR_KM, _compass_division, country_name_only_readings
from eventwatch.geo.cue_readers import _SAINT_BEFORE, saint_before
from eventwatch.geo.distances import is_area, km_against
from eventwatch.geo.fallback import (_gap_between, _KeptSentences, _point, indexed_gaps, reposition_approximate,
                                     stated_container)
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.resolve import _towns_by_province
from eventwatch.geo.roads import _first_of_overlapping, _opening_at, _opening_within, _Reader, _RoadCover, load_roads
from eventwatch.model import Evidence, Place, Toponym

from conftest import geoparse_seconds


# -- 1. the saint's word before a name, read from the spaces before it ------------------------------------------
def _span(m):
    return None if m is None else m.span()


def test_the_saint_before_a_name_is_the_one_the_whole_search_finds():
    """Random texts of saints' words, dots, spaces of several kinds and other letters: at every offset the
    bounded read finds the match (or none) that a search from the text's start finds."""
    pieces = ["St", "Ste", "Saint", "Sainte", "SSt", "ASaint", ".", " ", "  ", "\n", "\t", "\u00a0", "\u2003",
              "x", "Tammany", "-", ",", "é"]
    rng = random.Random(30)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for start in range(len(text) + 1):
            assert _span(saint_before(text, start)) == _span(_SAINT_BEFORE.search(text, 0, start)), (text, start)


def test_a_saints_word_before_a_name_is_found_after_any_run_of_spaces():
    text = "Crews from Sainte.      \n  Brindle Parish"
    assert saint_before(text, text.index("Brindle")).group().startswith("Sainte.")
    assert saint_before("the Stanton Parish", 4) is None  # no space before the name: no saint's word
    assert saint_before("Amberst Tolley", 8) is None  # "st" closing another word is no saint's word


def test_a_parish_and_a_county_named_for_saints_are_still_their_divisions(gaz):
    # the divisions are written with the saint's word in full in the gazetteer ("Saint Tammany Parish")
    for text, name in (("Deputies in St. Tammany Parish closed two roads on Sunday.", "St. Tammany"),
                       ("Volunteers from Ste. Genevieve County filled sandbags overnight.", "Ste. Genevieve County")):
        read = {t.text: t for t in geoparse(gaz, text)}
        assert read[name].place is not None and read[name].place.feature_code == "ADM2", text


# -- 2. a road's names and a name's road, read by position ----------------------------------------------------------
def _disjoint_ranges(rng: random.Random, n_tokens: int) -> list[tuple[int, int]]:
    ranges, k = [], 0
    while k < n_tokens:
        k += rng.randint(0, 4)
        size = rng.randint(1, 4)
        if k + size <= n_tokens and rng.random() < 0.6:
            ranges.append((k, k + size))
        k += size
    rng.shuffle(ranges)
    return ranges


def test_inside_and_crossing_a_road_are_what_testing_every_road_says():
    rng = random.Random(31)
    for _ in range(2000):
        chosen = _disjoint_ranges(rng, 30)
        cover = _RoadCover(chosen)
        for _ in range(20):
            i = rng.randint(0, 30)
            j = i + rng.randint(0, 5)
            assert cover.inside(i, j) == any(a <= i and j <= b for a, b in chosen), (chosen, i, j)
            assert cover.crossing(i, j) == any(i < b and a < j for a, b in chosen), (chosen, i, j)


def test_roads_read_twice_are_dropped_as_testing_every_road_kept_drops_them():
    rng = random.Random(36)
    for _ in range(3000):
        made = []
        for _ in range(rng.randint(0, 10)):
            i = rng.randint(0, 25)
            made.append((i, i + rng.randint(0 if rng.random() < 0.05 else 1, 5)))
        slow = []
        for i, j in made:
            if not any(i < b and a < j for a, b in slow):
                slow.append((i, j))
        assert _first_of_overlapping(made) == slow, made


def test_the_names_a_road_may_hold_are_those_inside_it_in_their_order():
    rng = random.Random(32)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randint(0, 12)):
            i = rng.randint(0, 20)
            spans.append(NameSpan(i, i + rng.randint(0, 3), 5 * i, 5 * i + 4, "x"))
        opening = _opening_at(spans)
        i = rng.randint(0, 20)
        j = i + rng.randint(1, 6)
        within = [s for s in _opening_within(spans, opening, i, j) if s.j <= j]
        assert [id(s) for s in within] == [id(s) for s in spans if i <= s.i and s.j <= j]


def test_roads_keep_the_places_they_are_named_for_and_the_towns_beside_them(gaz):
    for text, road, town in (("Traffic on the Ohio Turnpike slowed near Toledo after a crash.", "Ohio Turnpike",
                              "Toledo"),
                             ("A bus overturned on Interstate 80 outside Omaha late on Friday.", "Interstate 80",
                              "Omaha")):
        read = {t.text: t for t in geoparse(gaz, text)}
        assert road in read and "Ohio" not in read, text  # the road whole; its place no name of its own
        assert read[town].place is not None and read[town].place.feature_code.startswith("PPL"), text


def test_a_road_reads_no_town_of_another_sentence_as_its_own(gaz):
    read = {t.text: t for t in geoparse(gaz, "Crews repaired Route 9. Lancaster opened its shelters on Monday.")}
    assert read["Lancaster"].place is not None


def test_the_street_a_route_number_closes_is_the_first_the_walk_over_every_name_finds():
    text = "Crews closed Provincial Highway 17 and Kestrel Road 4 near Brindle."
    tokens = tokenize(text)
    rng = random.Random(33)
    for _ in range(300):
        kept = []
        for _ in range(rng.randint(0, 8)):
            i = rng.randint(0, len(tokens) - 1)
            span = NameSpan(i, min(len(tokens), i + rng.randint(1, 3)), 0, 0, "x")
            span.cue = rng.choice(["street", "street", None, "in"])
            kept.append(span)
        reader = _Reader(text, tokens, kept, load_roads())
        for k in range(len(tokens)):
            slow = next((s for s in kept if s.cue == "street" and s.j == k + 1 and s.i < k), None)
            assert reader.street_ending_at(k) is slow


# -- 3. the text between two names, from the kept sentences ------------------------------------------------------
def _toponyms_with_sentences(rng: random.Random, text: str) -> list[Toponym]:
    out = []
    for _ in range(rng.randint(0, 8)):
        start = rng.randint(0, len(text) - 1)
        end = min(len(text), start + rng.randint(1, 5))
        s0, s1 = max(0, start - rng.randint(0, 15)), min(len(text), end + rng.randint(0, 15))
        evidence = Evidence("d", "location", text[start:end], start, end, text[s0:s1] if rng.random() < 0.9 else "",
                            s0)
        place = Place(name="p", evidence=evidence) if rng.random() < 0.8 else None
        out.append(Toponym(start, end, text[start:end], place))
    return out


def test_the_gap_between_two_names_is_what_the_walk_over_every_name_reads():
    text = "Crews left Brindle for Oswin, then Kestra and Dunmere; later the Farrow hills and Elsby were reached."
    rng = random.Random(34)
    for _ in range(500):
        toponyms = _toponyms_with_sentences(rng, text)
        sentences = _KeptSentences(toponyms)
        for _ in range(30):
            start = rng.randint(0, len(text))
            end = start + rng.randint(-2, 25)
            assert sentences.gap(start, end) == _gap_between(toponyms, start, end), (start, end)


def test_the_index_serves_only_the_list_it_was_made_for():
    """The indexed reader answers for its own list; any other list (here an empty one) is read by the walk."""
    text = "Aid reached Oswin and Kestra on Monday."
    evidence = Evidence("d", "location", "Oswin", 12, 17, text, 0)
    toponyms = [Toponym(12, 17, "Oswin", Place(name="Oswin", evidence=evidence)), Toponym(22, 28, "Kestra")]
    gap_between = indexed_gaps(toponyms)
    assert gap_between(toponyms, 17, 22) == _gap_between(toponyms, 17, 22) == " and "
    assert gap_between([], 17, 22) is None


def _chain(text: str, names: list[str], placed: str) -> list[Toponym]:
    """The names of `text` in order, only `placed` resolved (keeping the whole text as its sentence)."""
    out = []
    for name in names:
        start = text.index(name)
        evidence = Evidence("d", "location", name, start, start + len(name), text, 0)
        out.append(Toponym(start, start + len(name), name, Place(name=name, evidence=evidence) if name == placed
                           else None))
    return out


@pytest.mark.parametrize("text, names", [
    ("Militia burned Kelvora, a village in the Mbandu groupement of Rastova territory, on Friday.",
     ["Kelvora", "Mbandu", "Rastova"]),
    ("Herders fled Tessaly village, in the Orrin district of Vandemar province, at dawn.",
     ["Tessaly", "Orrin", "Vandemar"]),
])
def test_a_village_of_an_unplaced_division_reads_the_gaps_through_the_reader_it_is_given(text, names):
    """The chain through a division the gazetteer lacks reads the words between names with the reader passed
    down (no module state): the indexed reader and the plain walk find the placed holder; a reader that finds
    no sentence finds none."""
    toponyms = _chain(text, names, names[-1])
    assert stated_container(toponyms, 0) == (2, 2)
    assert stated_container(toponyms, 0, indexed_gaps(toponyms)) == (2, 2)
    assert stated_container(toponyms, 0, lambda of, start, end: None) == (None, 2)


def test_unknown_villages_listed_with_a_stated_district_still_share_its_stand_in(gaz):
    for text in ("Gunmen raided Qoruvex and Tazmerin villages in the Tonj district on Monday.",
                 "Fighters attacked the villages of Belvashka, Orunzel and Tirmavo in Wau County."):
        read = [t for t in geoparse(gaz, text) if t.place is None and t.fallback is not None]
        assert len(read) >= 2 and len({(t.fallback.lat, t.fallback.lon) for t in read}) == 1, text


# -- 4. a division's namesake holding a named town, tested by province ------------------------------------------
@pytest.mark.parametrize("text, county, town, state", [
    ("Deputies in Walker County searched a farm outside Huntsville on Friday.", "Walker County", "Huntsville", "Texas"),
    ("A storm toppled trees across Walker County and flooded streets in Jasper.", "Walker County", "Jasper", "Alabama"),
    ("Voters in Montgomery County lined up early in Conroe on Tuesday.", "Montgomery County", "Conroe", "Texas"),
])
def test_a_county_is_still_the_namesake_holding_the_town_named_with_it(gaz, text, county, town, state):
    read = {t.text: t for t in geoparse(gaz, text)}
    assert read[county].place.admin1 == state and read[town].place.admin1 == state


def test_towns_by_province_keep_each_name_and_reading_once():
    """A name repeated in a text repeats its (name, reading) pair with the same reading object: kept once."""
    texan, alabaman = SimpleNamespace(admin1_code="US.TX"), SimpleNamespace(admin1_code="US.AL")
    towns = [("oswin", texan), ("oswin", texan), ("elsby", texan), ("oswin", alabaman)]
    grouped = _towns_by_province(towns)
    assert grouped == {"US.TX": [("oswin", texan), ("elsby", texan)], "US.AL": [("oswin", alabaman)]}


# -- the timing spec ---------------------------------------------------------------------------------------------------
def test_a_report_of_saints_parishes_and_roads_is_read_in_linear_time(gaz):
    """Ten times the copies within seventeen times the time: before, each parish searched the whole text before it
    for a saint and each road tested every name, and 500 copies took 8 to 9.6 times 100 copies' time."""
    unit = "Deputies in St. Tammany Parish shut Route 9 near Slidell. "
    geoparse(gaz, unit)
    small = geoparse_seconds(gaz, unit * 100)
    large = geoparse_seconds(gaz, unit * 1000)
    assert large < 17 * small, (small, large)


# -- 5. a country-only reading and a stand-in division's point, read from indexes --------------------------------
def _slow_country_name_only(spans, resolutions, keep):
    """`country_name_only_readings` as it was: every reading tested against every name."""
    local = []
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if not keep[k] or r is None or r.candidate is None or r.unsupported:
            continue
        c = r.candidate
        if not s.locational or s.demonym or not c.exact or s.weak or c.feature_code.startswith("PCL"):
            continue
        point = (c.lat, c.lon) if c.lat is not None and (not is_area(c) or c.feature_code == "ADM1") else None
        local.append((k, c.country_code or "", point))
    out = []
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if not keep[k] or r is None or r.candidate is None or not s.locational or s.demonym:
            continue
        c = r.candidate
        if c.source == "user" or c.lat is None or not c.country_code:
            continue
        if not ((not c.exact and s.container is None) or _compass_division(s, c.feature_code)):
            continue
        if any(keep[j] and q is not None and q.candidate is not None and q.candidate.feature_code.startswith("PCL")
               and q.candidate.country_code == c.country_code and 0 <= s.start - t.end <= 120
               for j, (t, q) in enumerate(zip(spans, resolutions))):
            continue
        others = [(cc, p) for j, cc, p in local if j != k]
        points = [p for _, p in others if p is not None]
        if not points or any(cc == c.country_code for cc, _ in others):
            continue
        if all(km_against(c.lat, c.lon, lat, lon, NEAR_KM) > NEAR_KM for lat, lon in points):
            out.append(k)
    return out


def test_country_only_readings_are_those_testing_every_name_finds():
    """Random stories of towns, divisions, countries and fuzzy readings (points repeated, a country just before
    a name, a reading's own point among the firm ones): the indexed reader drops exactly what the walk dropped."""
    rng = random.Random(35)
    points = [(10.0, 20.0), (10.5, 20.5), (40.0, -3.0), (-5.0, 120.0), (10.0, 20.0)]
    codes = ["PPL", "PPLA", "ADM2", "ADM1", "PCLI", "PPL"]
    for _ in range(1500):
        spans, resolutions, at = [], [], 0
        for _ in range(rng.randint(0, 14)):
            at += rng.randint(1, 90)
            words = rng.choice(["brindle", "west coast", "central highlands", "oswin"])
            s = SimpleNamespace(start=at, end=at + 6, locational=rng.random() < 0.9, demonym=rng.random() < 0.05,
                                weak=rng.random() < 0.3, container=None if rng.random() < 0.8 else 0, norm=words)
            lat, lon = rng.choice(points)
            c = SimpleNamespace(lat=lat if rng.random() < 0.95 else None, lon=lon, exact=rng.random() < 0.6,
                                feature_code=rng.choice(codes), country_code=rng.choice(["AA", "BB", "CC", None]),
                                source="user" if rng.random() < 0.03 else "geonames", precision=rng.randint(1, 6))
            r = None if rng.random() < 0.05 else SimpleNamespace(candidate=c, unsupported=rng.random() < 0.1)
            spans.append(s)
            resolutions.append(r)
        keep = [rng.random() < 0.9 for _ in spans]
        assert country_name_only_readings(spans, resolutions, keep) == _slow_country_name_only(spans, resolutions,
                                                                                                 keep)


def _slow_reposition(toponyms, approximate):
    for k, t in enumerate(toponyms):
        p0 = t.place
        if p0 is None or not p0.admin1 or not approximate[k]:
            continue
        inside = [(abs(o.start - t.start), o.place) for j, o in enumerate(toponyms)
                  if j != k and not approximate[j] and _point(o.place) and o.place.feature_code != "ADM2"
                  and o.place.country_code == p0.country_code and o.place.admin1 == p0.admin1]
        if inside:
            best = min(inside, key=lambda x: x[0])[1]
            t.place = dataclasses.replace(p0, lat=best.lat, lon=best.lon)


def test_a_stand_in_division_moves_to_the_place_the_walk_over_every_name_chose():
    """Random lists with ties of distance on both sides and names sharing an offset: the stand-in takes the
    point of the same place, the first in the text of the nearest."""
    rng = random.Random(37)
    for _ in range(2000):
        made = []
        for k in range(rng.randint(0, 12)):
            start = rng.choice([0, 10, 20, 30, 40, 50])
            place = None if rng.random() < 0.1 else Place(
                name=f"p{k}", lat=float(k), lon=float(-k), country_code=rng.choice(["AA", "BB"]),
                admin1=rng.choice(["01", "02", None]), precision=rng.choice([1, 2, 3, 4]),
                feature_code=rng.choice(["PPL", "ADM2", "ADM3"]))
            made.append((start, place, rng.random() < 0.3))
        approximate = [a for _, _, a in made]
        fast = [Toponym(s, s + 4, "x", p) for s, p, _ in made]
        slow = [Toponym(s, s + 4, "x", p) for s, p, _ in made]
        reposition_approximate(fast, approximate)
        _slow_reposition(slow, approximate)
        assert [t.place for t in fast] == [t.place for t in slow]


def _best_seconds(run, make, tries: int = 3) -> float:
    """The best of `tries` timings of `run` on a fresh input from `make` (made outside the timing)."""
    import time

    best = float("inf")
    for _ in range(tries):
        given = make()
        started = time.perf_counter()
        run(*given)
        best = min(best, time.perf_counter() - started)
    return best


def _story_of_readings(copies: int):
    """`copies` times: two firm towns of country AA, each at its own point, and a fuzzy reading and a
    second in country BB, far away."""
    spans, resolutions = [], []
    for n in range(copies):
        for m, (norm, exact, code, country, lat) in enumerate((
                ("oswin", True, "PPL", "AA", 10.0 + n / 1000), ("kestra", True, "PPL", "AA", 11.0 + n / 1000),
                ("brindle", False, "PPL", "BB", -30.0), ("tarrow", False, "PPLA", "BB", -40.0))):
            at = 400 * n + 100 * m
            spans.append(SimpleNamespace(start=at, end=at + 6, locational=True, demonym=False, weak=False,
                                         container=None, norm=norm))
            resolutions.append(SimpleNamespace(unsupported=False, candidate=SimpleNamespace(
                lat=lat, lon=20.0, exact=exact, feature_code=code, country_code=country, source="geonames",
                precision=1)))
    return spans, resolutions


def test_country_only_readings_of_a_long_story_take_time_in_proportion_to_it():
    """Four times the names within eight times the time (every reading tested against every name: sixteen)."""
    small, large = _story_of_readings(1000), _story_of_readings(4000)
    assert len(country_name_only_readings(*small)) == 2000  # every reading abroad dropped
    t_small = _best_seconds(country_name_only_readings, lambda: small)
    t_large = _best_seconds(country_name_only_readings, lambda: large)
    assert t_large < 8 * t_small, (t_small, t_large)


def _divisions_and_towns(copies: int) -> tuple[list[Toponym], list[bool]]:
    """`copies` times: a division with a stand-in point and a town of its province."""
    toponyms, approximate = [], []
    for n in range(copies):
        toponyms.append(Toponym(100 * n, 100 * n + 6, "Oswin County", Place(
            name="Oswin County", lat=0.0, lon=0.0, country_code="AA", admin1="01", precision=3, feature_code="ADM2")))
        toponyms.append(Toponym(100 * n + 40, 100 * n + 46, "Kestra", Place(
            name="Kestra", lat=float(n), lon=1.0, country_code="AA", admin1="01", precision=1, feature_code="PPL")))
        approximate += [True, False]
    return toponyms, approximate


def test_stand_in_divisions_of_a_long_story_move_in_time_in_proportion_to_it():
    """Four times the names within eight times the time (every stand-in tested against every name: sixteen); each
    stand-in takes the point of the town written after it."""
    toponyms, approximate = _divisions_and_towns(3)
    reposition_approximate(toponyms, approximate)
    assert [t.place.lat for t in toponyms[::2]] == [0.0, 1.0, 2.0]
    t_small = _best_seconds(reposition_approximate, lambda: _divisions_and_towns(2000))
    t_large = _best_seconds(reposition_approximate, lambda: _divisions_and_towns(8000))
    assert t_large < 8 * t_small, (t_small, t_large)
