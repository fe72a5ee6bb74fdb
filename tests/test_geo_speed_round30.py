"""Two readings that cost the square of a long text's length now cost time in proportion to it, with the same results.

1. The saint's word before a name followed by its division word ("St. Tammany Parish", geo/cue_readers.py) was
   found by a search over the whole text before the name, once per such name; it is now read from the spaces
   right before the name, less the longest saint's word: the match the whole search finds.
2. A road's names (geo/roads.py) were each tested against every road, and each road against every name; the
   names a road may hold are now read from the tokens it covers, whether a name lies inside a road or crosses
   one is answered by bisection over the roads, which never overlap, a road read twice is found by the tokens
   of the roads kept, and the street a route number closes is looked up by its last token.
3. The text between two names, read for each unresolved name from the sentence of any resolved one that holds
   both (geo/fallback.py), walked every name; the kept sentences are now indexed once per list.
4. A division's namesake holding a town the text names (`Resolver._agree_divisions`) tested every division
   against every town; it now tests the towns of the division's province, each pair once.

Each shortcut is checked against the slow path it replaces on invented or random text; the timing spec takes
the best of two tries at each size and allows eight times the time for five times the input (a busy machine).
"""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

import eventwatch.geo.fallback as fallback
from eventwatch.geo import geoparse
from eventwatch.geo.cue_readers import _SAINT_BEFORE, saint_before
from eventwatch.geo.fallback import _gap_between, _KeptSentences
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


def test_the_index_serves_only_the_list_being_read():
    # outside `add_fallbacks` (or for another list) the plain walk answers
    text = "Aid reached Oswin and Kestra on Monday."
    evidence = Evidence("d", "location", "Oswin", 12, 17, text, 0)
    toponyms = [Toponym(12, 17, "Oswin", Place(name="Oswin", evidence=evidence)), Toponym(22, 28, "Kestra")]
    assert fallback._reading == (None, None)
    assert _gap_between(toponyms, 17, 22) == " and "
    assert _gap_between([], 17, 22) is None


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
    # 500 copies took 8.2 times 100 copies' time: each parish searched the whole text before it for a saint
    unit = "Deputies in St. Tammany Parish shut Route 9 near Slidell. "
    geoparse(gaz, unit)
    small = geoparse_seconds(gaz, unit * 100)
    large = geoparse_seconds(gaz, unit * 500)
    assert large < 8 * small, (small, large)
