"""Inputs whose reading cost the square of their length now cost time in proportion to it, with the same readings.

1. A list's other names (`reading_context.list_peers`, `listed_with`) are a view of the list's one tuple of
   members without the name itself (geo/run_peers.py), equal to the list it replaces; the resolver sums a list's
   agreement once a round and takes each member's own share out.
2. A run of listed brands or people (name_lists._LIST_RUN) reads its words at most 64 letters long, each to its
   word's end: the runs are those the unbounded search finds wherever no word is longer, and one capitalised word
   thousands of letters long is no longer read to its end from each of its capitals.
3. The countries of a report's other Arabic names (`report_focus`, asked for every one-word Arabic name) are
   counted once per text, each name then leaving its own out: the same focus as the names' others give.

Timing specs take the best of two tries at each size and allow eight times the time for five times the input (a
busy machine); the square took twenty-five. Every text is invented.
"""
from __future__ import annotations

import random
import re
from collections import Counter

from eventwatch.geo import geoparse
from eventwatch.geo.arabic_words import _focus_country, _focus_without, load_arabic_report_words, report_focus
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_lists import _LIST_RUN
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.reading_context import list_peers
from eventwatch.geo.run_peers import RunPeers, run_peers

from conftest import geoparse_seconds


def _seconds(gaz, text: str, tries: int = 2) -> float:
    return geoparse_seconds(gaz, text, tries)


# -- 1. a list's other names as a view of the list ---------------------------------------------------------------
def test_a_members_peers_are_the_other_members_in_order():
    peers = run_peers([4, 7, 9, 12])
    assert peers[7] == [4, 9, 12] and peers[4] == (7, 9, 12) and list(peers[12]) == [4, 7, 9]
    assert len(peers[9]) == 3 and 9 not in peers[9] and 4 in peers[9]
    assert [peers[9][i] for i in range(3)] == [4, 7, 12] and peers[9][-1] == 12 and peers[9][1:] == [7, 12]
    assert peers[4].members is peers[12].members  # one tuple for the whole run


def test_peers_differ_from_another_list_of_names():
    peers = run_peers([1, 2, 3])
    assert peers[1] != [3, 2] and peers[1] != [2] and peers[1] == RunPeers((1, 2, 3), 1, 0)


def test_list_peers_are_still_the_other_members_of_each_run():
    text = "Oswin, Brantle and Corvey; later Dunmere, Elsby or Farrow."
    names = ["Oswin", "Brantle", "Corvey", "Dunmere", "Elsby", "Farrow"]
    spans = [NameSpan(0, 1, text.index(n), text.index(n) + len(n), n.lower()) for n in names]
    peers = list_peers(text, spans)
    assert peers[1] == [0, 2] and peers[3] == [4, 5] and peers[5] == [3, 4]


def test_names_listed_together_still_agree_on_their_kind(gaz):
    # the agreement is now summed once per list: states listed with states stay states
    read = {t.text: t for t in geoparse(gaz, "Storms hit Georgia, Alabama and Tennessee on Monday.")}
    assert all(read[n].place is not None and read[n].place.feature_code == "ADM1"
               for n in ("Georgia", "Alabama", "Tennessee"))


# -- 2. a run of listed brands or people, its words read at most 64 letters long -------------------------------------
_ITEM = r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,2}"
_UNBOUNDED = re.compile(rf"{_ITEM}(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+){_ITEM}){{2,}}")


def test_list_runs_are_those_the_unbounded_search_finds():
    pieces = ["Kel", "Brix", "b", "x", "É", "é", "7", "_", "-", ".", "'", "’", "&", " ", " ", ", ", ",", " and ",
              " or ", "\n", "(", "Ab", "iPod", "McVey", "TORVAL"]
    rng = random.Random(28)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 24)))
        assert [m.span() for m in _LIST_RUN.finditer(text)] == [m.span() for m in _UNBOUNDED.finditer(text)], text


def test_a_list_run_inside_a_word_still_opens_at_its_first_capital():
    runs = [m.group() for m in _LIST_RUN.finditer("Buy an iPod, Brixel or Kestra now.")]
    assert runs == ["Pod, Brixel or Kestra"]


def test_a_listed_word_of_64_letters_is_still_read_and_a_longer_one_opens_no_run():
    word = "Q" + "x" * 63
    assert [m.group() for m in _LIST_RUN.finditer(f"{word}, Brixel and Kestra")] == [f"{word}, Brixel and Kestra"]
    longer = "Q" + "x" * 64
    assert not list(_LIST_RUN.finditer(f"{longer}, Brixel and Kestra"))


def test_one_long_capitalised_word_is_read_in_linear_time(gaz):
    # "A" * 19,000 took twenty seconds: a run was tried from each of its capitals, each reading to the word's end
    geoparse(gaz, "A" * 100)
    small = _seconds(gaz, "A" * 19000)
    large = _seconds(gaz, "A" * 95000)
    assert large < 8 * small, (small, large)


# -- 3. the report's focus, counted once per text -------------------------------------------------------------------
def _candidate(id_: int, cc: str, population: int) -> Candidate:
    return Candidate(id=id_, name="x", lat=0.0, lon=0.0, country_code=cc, admin1_code=None, admin2_code=None,
                     admin1=None, admin2=None, feature_code="PPL", population=population, geonames_id=id_,
                     source="geonames", precision=1, kind=0, matched="x", match_norm="x", similarity=100.0,
                     approximate=False)


def test_the_focus_without_one_name_is_the_focus_of_the_others():
    words = load_arabic_report_words()
    countries = sorted(words.name_countries)[:3] + ["ZZ"]
    rng = random.Random(5)
    for _ in range(300):
        spans = []
        for k in range(rng.randint(1, 7)):
            norm = rng.choice(["حلب", "ادلب", "kestra"])
            s = NameSpan(k, k + 1, 10 * k, 10 * k + 4, norm)
            s.candidates = [_candidate(10 * k + j, rng.choice(countries), rng.randint(0, 9)) for j in
                            range(rng.randint(0, 3))]
            s.locational = rng.random() < 0.8
            spans.append(s)
        counted = Counter(map(_focus_country, spans))
        for k, s in enumerate(spans):
            assert _focus_without(counted, _focus_country(s), words) == report_focus(spans[:k] + spans[k + 1:], words)


def test_thousands_of_one_word_arabic_names_are_read_in_linear_time(gaz):
    # "حلب و" * 3,900 took seventeen seconds: each one-word name summed the countries of every other name
    geoparse(gaz, "حلب و" * 20)
    small = _seconds(gaz, "حلب و" * 300)
    large = _seconds(gaz, "حلب و" * 1500)
    assert large < 8 * small, (small, large)


# -- 1b. the resolver's list agreement, summed once a round, equals the plain sum over each member's peers -------

def _plain_with_peers(list_peers_weight: float, scores, own, peer_idx, group_of, levels):
    """The per-member loop the linear sum replaced: each member sums its peers' shares itself."""
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
    return [sc + list_peers_weight * share[level] / n if c.exact else sc
            for sc, level, c in zip(scores, levels[id(own)], own.cands)]


def test_the_list_agreement_summed_once_a_round_equals_the_sum_over_each_members_peers():
    from types import SimpleNamespace

    from eventwatch.geo.reading_context import _Group
    from eventwatch.geo.resolve import Resolver

    rng = random.Random(28)
    resolver = SimpleNamespace(w=SimpleNamespace(list_peers=0.8))
    checked = 0
    for _ in range(300):
        # a few ambiguous names (town, county or state readings, some look-alikes), repeated and mixed in a list,
        # with unread members (None) among them
        names = []
        for g in range(rng.randint(1, 5)):
            group = _Group((f"n{g}",), 1.0)
            size = rng.randint(1, 4)
            raw = [rng.random() + 1e-3 for _ in range(size)]
            group.cands = [SimpleNamespace(exact=rng.random() < 0.8) for _ in range(size)]
            group.probs = [p / sum(raw) for p in raw]
            names.append(group)
        levels = {id(g): [rng.randrange(3) for _ in g.cands] for g in names}
        members = sorted(rng.sample(range(200), rng.randint(2, 40)))
        group_of = [None] * 200
        for k in members:
            group_of[k] = rng.choice(names) if rng.random() < 0.9 else None
        peers = run_peers(members)
        run_shares: dict = {}
        for k in members:
            own = group_of[k]
            if own is None:
                continue
            scores = [rng.uniform(-2, 2) for _ in own.cands]
            linear = Resolver._with_peers(resolver, scores, own, peers[k], group_of, levels, run_shares)
            plain = _plain_with_peers(0.8, scores, own, list(peers[k]), group_of, levels)
            assert len(linear) == len(plain)
            assert all(abs(a - b) <= 1e-12 for a, b in zip(linear, plain)), (members, k)
            checked += 1
    assert checked > 1000


def test_a_long_list_of_neighbour_towns_named_by_common_words_is_read_in_linear_time(gaz):
    """"officers from Sterling and Rock Falls and ..." two thousand times: the check of a common word inside a
    longer name asked every span for each such word, and the lone-foreign-town test rebuilt every other name's
    readings for each name; both now count once per text (2,000 repeats took ten seconds, now one and a half)."""
    read = geoparse(gaz, "Officers from Sterling and Rock Falls met.")
    assert {t.text for t in read} == {"Sterling", "Rock Falls"}
    # Alone, five times the list costs four to six times the time; inside the suite a collector's pass over the
    # other tests' objects can land in one try, so three tries each and ten allowed (the square would be 25).
    small = _seconds(gaz, "officers from Sterling and Rock Falls and " * 400 + "others met.", tries=3)
    large = _seconds(gaz, "officers from Sterling and Rock Falls and " * 2000 + "others met.", tries=3)
    assert large < 10 * small, (small, large)
