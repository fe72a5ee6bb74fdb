"""Round 35b: joined news stories no longer cost the square of their length in four readers.

A digest of many short local stories (each naming its own towns, a community hall, a street, a school side
named after a lake) grew faster than its text: 400 stories joined took about 2.5 times as long per letter as 50.
Four readers asked a question of every name of the whole text once per name or per run:

- the firm context (geo/firm_context.py) asked, per judged reading, for a small town, a county or the nearest
  lead among every other name's lead; now the leads are filed once per document by latitude (a band around the
  reading's latitude holds every lead that can lie within the limit) and by country (geo/firm_points.py);
- the facility reader (geo/facilities.py) scanned every kept name per capitalised run and per facility accepted;
  now the names are filed by their first token (geo/spans_by_token.py);
- the street reader (geo/features.py) scanned every kept name per street; now it bisects their starts;
- the feature-side reader (geo/associative.py) looked for the name before each feature among all names; now it
  bisects their ends.

Each shortcut is checked against the scan it replaces (written out here as it was), and a guard counts the work of
the four readers per letter on N and 2N invented stories joined.
"""
from __future__ import annotations

import random

import pytest

from eventwatch.geo import firm_context, recognise
from eventwatch.geo.associative import _LastEnding
from eventwatch.geo.distances import flat_km, is_area
from eventwatch.geo.firm_context import SMALL_CITY_POPULATION, _FirmContext
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.reading_context import _Group
from eventwatch.geo.spans_by_token import SpansByToken
from eventwatch.geo.weights import WEIGHTS


def _place(pid: int, lat: float, lon: float, country: str, admin1: str, feature: str, population: int) -> Candidate:
    return Candidate(id=pid, name=f"Place{pid}", lat=lat, lon=lon, country_code=country, admin1_code=admin1,
                     admin2_code=None, admin1=None, admin2=None, feature_code=feature, population=population,
                     geonames_id=pid, source="geonames", precision=0, similarity=100.0)


# -- 1. the firm context's leads near a reading --------------------------------------------------------------------
_NAMES = ["dunmore", "keswick", "orland", "pellham", "tarrow", "vessey", "wickford"]


def _firm(rng: random.Random) -> tuple[_FirmContext, list[Candidate]]:
    """A firm context of invented names read at towns, counties, states and a country, some sharing a name or a
    reading, some close together, some across a state's line or in another country."""
    groups, spans, cands = [], [], []
    for k in range(rng.randint(1, 30)):
        country = rng.choice(["US", "US", "US", "CA"])
        feature = rng.choice(["PPL", "PPL", "PPLA2", "ADM2", "ADM1", "PCLI", "LK"])
        c = _place(rng.choice([100 + k, 100 + k, 100]), 40 + rng.uniform(-1.5, 1.5), -83 + rng.uniform(-1.5, 1.5),
                   country, rng.choice([f"{country}.OH", f"{country}.PA"]), feature,
                   rng.choice([800, 20_000, SMALL_CITY_POPULATION, 400_000]))
        g = _Group((rng.choice(_NAMES), None, False, frozenset({c.id})), 1.0)
        g.set_candidates([c], [1.0])
        g.summarise()
        g.spans = [k]
        groups.append(g)
        spans.append(NameSpan(k, k + 1, 300 + 10 * k, 305 + 10 * k, g.key[0], locational=True))
        cands.append(c)
    return _FirmContext(groups, spans, WEIGHTS), cands


def _scan_leads(fc: _FirmContext, name: str, c: Candidate) -> list[Candidate]:
    """`_other_leads` as the readers used it before round 35b: every other name's lead, scanned per question."""
    return [lead.cands[0] for lead in fc.groups if lead.key[0] != name and lead.cands
            and lead.cands[0].id != c.id and lead.cands[0].lat is not None]


def _scan_nearest(fc: _FirmContext, name: str, c: Candidate, by_state: bool):
    dists = []
    for p in _scan_leads(fc, name, c):
        if p.country_code != c.country_code:
            continue
        if p.feature_code == "ADM1":
            if by_state and p.admin1_code == c.admin1_code:
                dists.append(0.0)
        elif not is_area(p):
            dists.append(flat_km(c.lat, c.lon, p.lat, p.lon))
    return min(dists, default=None)


def test_the_firm_neighbours_counties_and_nearest_leads_are_the_scans():
    """Random stories of invented names: a small town within reach, a county of the state within reach, the
    towns confirming a county, and the nearest lead of the country (0 for the state's own, with and without
    it) are what the scan of every other name's lead answered, to the last bit."""
    rng = random.Random(3502)
    for _ in range(300):
        fc, cands = _firm(rng)
        for c in cands:
            for name in {*_NAMES[:3], *(g.key[0] for g in fc.groups[:2])}:
                km = rng.choice([0.0, 5.0, 30.0, 80.0, 250.0])
                leads = _scan_leads(fc, name, c)
                assert fc.has_neighbour(name, c, km) == any(
                    p.feature_code.startswith("PPL") and p.population < SMALL_CITY_POPULATION
                    and flat_km(c.lat, c.lon, p.lat, p.lon) <= km for p in leads)
                assert fc.has_county(name, c, km) == any(
                    p.feature_code == "ADM2" and p.admin1_code == c.admin1_code
                    and flat_km(c.lat, c.lon, p.lat, p.lon) <= km for p in leads)
                for by_state in (True, False):
                    assert fc.lead_nearest_km(name, c, by_state) == _scan_nearest(fc, name, c, by_state)
            if c.feature_code == "ADM2":
                reach = firm_context.COUNTY_TOWN_REACH * fc.w.county_km
                fc._towns_of_county.clear()  # (kept by id, and two invented readings here may share one)
                assert fc._county_towns("tarrow", c) == frozenset(
                    q.id for q in _scan_leads(fc, "tarrow", c)
                    if q.admin1_code == c.admin1_code and q.country_code == c.country_code
                    and q.feature_code.startswith("PPL") and flat_km(c.lat, c.lon, q.lat, q.lon) <= reach)


def test_a_lead_on_the_limit_of_the_latitude_band_still_counts():
    """A town due north of the reading at exactly the limit's distance lies on the band's edge: it is a
    neighbour, as the scan found; one a hair farther is not."""
    base = _place(1, 41.0, -81.0, "US", "US.OH", "PPL", 900)
    fc, _ = _firm(random.Random(1))
    for gap, near in ((0.0, True), (1e-7, False)):
        north = _place(2, 41.0 + (30.0 + gap) / 111.2, -81.0, "US", "US.OH", "PPL", 900)
        groups = []
        for name, c in (("alder", base), ("birch", north)):
            g = _Group((name, None, False, frozenset({c.id})), 1.0)
            g.set_candidates([c], [1.0])
            g.summarise()
            g.spans = [len(groups)]
            groups.append(g)
        spans = [NameSpan(k, k + 1, 10 * k, 10 * k + 5, g.key[0], locational=True) for k, g in enumerate(groups)]
        fc = _FirmContext(groups, spans, WEIGHTS)
        km = flat_km(base.lat, base.lon, north.lat, north.lon) if near else 30.0
        assert fc.has_neighbour("alder", base, km) is near


# -- 2. the spans asked by token, and the last one ending before a place -------------------------------------------
def _spans(rng: random.Random) -> list[NameSpan]:
    out = []
    for _ in range(rng.randint(0, 25)):
        i = rng.randint(0, 30)
        j = i + rng.choice([1, 1, 2, 3, 6])
        out.append(NameSpan(i, j, 7 * i, 7 * j - rng.randint(1, 3), f"n{i}"))
    return out


def test_the_spans_opening_inside_and_crossing_a_run_are_the_scans_in_order():
    """Random spans (overlapping, nested, repeated): those opening at a token, lying inside a run and crossing its
    edges are the scan's, in the list's order, whose first match the facility reader takes."""
    rng = random.Random(3503)
    for _ in range(500):
        spans = _spans(rng)
        at = SpansByToken(spans)
        for _ in range(20):
            i = rng.randint(0, 34)
            j = i + rng.randint(1, 7)
            assert at.opening(i) == [s for s in spans if s.i == i]
            assert at.inside(i, j) == [s for s in spans if i <= s.i and s.j <= j]
            assert at.crossing(i, j) == [s for s in spans if s.i < i < s.j or s.i < j < s.j]


def test_the_name_ending_last_before_a_place_is_the_scans_first_of_ties():
    """The span ending last at or before a position, the first in the list among those ending there, as `max`
    over the scan gave it; None before every end."""
    rng = random.Random(3504)
    for _ in range(500):
        spans = _spans(rng)
        last = _LastEnding(spans)
        for pos in range(-1, 230, 3):
            want = max((p for p in spans if p.end <= pos), key=lambda p: p.end, default=None)
            assert last.before(pos) is want


# -- 3. the guard: the readers' work per letter on N and 2N stories joined -----------------------------------------
_STREETS = ["Maple Avenue", "Ridge Road", "Front Street", "Orchard Lane", "Mill Street"]


@pytest.fixture(scope="module")
def towns(gaz) -> list[str]:
    """Ohio, Indiana and Pennsylvania towns of one word and some size, in order: a digest's stories each name
    their own, as a state's round-up does."""
    return sorted({surface for c, surface, kind in gaz.populated_place_spellings(["US"])
                   if kind == 0 and c.admin1_code in {"US.OH", "US.IN", "US.PA"} and c.population >= 3000
                   and surface.isalpha()})


def _story(t: list[str], k: int) -> str:
    """An invented local story: a crash on a street, a hall, towns around, a school side facing a lake's."""
    return (f"{t[0].upper()} — A pickup struck a utility pole on {_STREETS[k % len(_STREETS)]} in {t[0]} late "
            f"Sunday, and the driver was taken to a hospital in {t[1]}. Volunteers from {t[2]} served supper at the "
            f"{t[3]} Community Center, the fire chief said. In football on Friday the {t[1]} team beat {t[2]} "
            f"28-14, the coach said after the game, and the side will face Lake {t[3]} in the playoffs.")


def _digest(towns: list[str], n: int) -> str:
    return "\n\n".join(_story(towns[4 * k : 4 * k + 4], k) for k in range(n))


@pytest.fixture
def work_per_letter(gaz, monkeypatch):
    """Counts, per reader, the names it passes over (and the distances the firm context measures) in one
    geoparse of a text, per letter."""
    from eventwatch.geo import geoparse

    seen: dict[str, int] = {}
    active: list[str] = []

    class _Counted(list):
        def __iter__(self):
            for x in list.__iter__(self):
                if active:
                    seen[active[-1]] = seen.get(active[-1], 0) + 1
                yield x

    def counting(name, fn):
        def wrapped(text, tokens, kept, *a, **k):
            active.append(name)
            try:
                return fn(text, tokens, _Counted(kept), *a, **k)
            finally:
                active.pop()
        return wrapped

    for name in ("facilities", "streets", "mark_feature_sides"):
        monkeypatch.setattr(recognise, name, counting(name, getattr(recognise, name)))
    measured = firm_context.flat_km

    def counted_km(*a):
        seen["firm_context"] = seen.get("firm_context", 0) + 1
        return measured(*a)

    monkeypatch.setattr(firm_context, "flat_km", counted_km)

    def per_letter(text: str) -> dict[str, float]:
        geoparse(gaz, text)
        seen.clear()
        geoparse(gaz, text)
        return {k: v / len(text) for k, v in seen.items()}
    return per_letter


def test_joined_local_stories_cost_the_readers_in_proportion_to_their_length(towns, work_per_letter):
    """Thirty and sixty invented local stories joined, each naming towns of its own: what each reader passes
    over per letter grows by far less than the doubling a scan per name gave (before round 35b: 1.9 to 2.0 for
    the facility, street and feature-side readers, whose counts were 20 to 40 times today's; the firm context,
    which this digest asks little, measured 12 times as many distances)."""
    small, large = work_per_letter(_digest(towns, 30)), work_per_letter(_digest(towns, 60))
    assert set(small) >= {"facilities", "streets", "mark_feature_sides"}
    for reader, work in small.items():
        assert large.get(reader, 0.0) / work < 1.3, reader


def test_the_joined_stories_still_read_their_streets_halls_and_towns(gaz, towns):
    """The digest still reads its streets as streets, its halls as facilities, and its towns as places."""
    from eventwatch.geo import geoparse

    got = {t.text: t for t in geoparse(gaz, _digest(towns, 12))}
    assert "Maple Avenue" in got and "Front Street" in got
    assert any(name.endswith("Community Center") for name in got)
    assert towns[0] in got and towns[5] in got


# -- 4. the bare river mentions --------------------------------------------------------------------------------------
def _scan_bare_mentions(text, tokens, spans, nouns):
    """`bare_river_mentions` as it was: every form tried at every "the", every name scanned for an overlap."""
    from eventwatch.geo.bare_river_mentions import _CODES, _HEADS, _whole_forms, set_as_ground

    forms = _whole_forms(spans, nouns)
    if not forms:
        return spans
    taken = [(s.start, s.end) for s in spans]
    added = []
    for k in range(len(tokens) - 1):
        if tokens[k].norm != "the":
            continue
        for bare, whole in forms.items():
            j = k + 1 + len(bare)
            if j > len(tokens) or tuple(t.norm for t in tokens[k + 1 : j]) != bare \
                    or tokens[k + 1].start < whole.end or not tokens[k + 1].text[:1].isupper():
                continue
            nxt = tokens[j] if j < len(tokens) and text[tokens[j - 1].end : tokens[j].start].strip() == "" else None
            if nxt is not None and (nxt.text[:1].isupper() or nxt.norm in _HEADS or nxt.hyphen_after):
                continue
            if tokens[j - 1].hyphen_after:
                continue
            start, end = tokens[k + 1].start, tokens[j - 1].end
            river = any(c.exact and c.feature_code == "STM" for c in whole.candidates)
            if not set_as_ground(text, start, end, river):
                continue
            if any(a < end and start < b for a, b in taken):
                continue
            cands = [c for c in whole.candidates if c.exact and c.feature_code in _CODES]
            added.append(NameSpan(k + 1, j, start, end, " ".join(bare), cands, phrase_start=start, phrase_end=end))
            taken.append((start, end))
            break
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: s.start)


def _shape(spans):
    return [(s.i, s.j, s.start, s.end, s.norm, [c.id for c in s.candidates]) for s in spans]


def test_the_bare_river_mentions_are_the_scans(gaz, monkeypatch):
    """Invented stories naming rivers and ranges whole, then bare after "the" (on the river, along the range, a
    dam named for it, the bare name inside another name, twice over, and none at all): the names added are the
    scan's, in the same places with the same readings, and at least one is added."""
    from eventwatch.geo import geoparse

    compared = []
    found = recognise.bare_river_mentions

    def both(text, tokens, spans, nouns):
        got = found(text, tokens, spans, nouns)
        want = _scan_bare_mentions(text, tokens, list(spans), nouns)
        assert _shape(got) == _shape(want)
        compared.append(len(got) - len(spans))
        return got

    monkeypatch.setattr(recognise, "bare_river_mentions", both)
    stories = [
        "Barges waited below the Salween River locks for days. By Sunday boats moved again on the Salween, and "
        "the Salween dam project was delayed.",
        "Herders crossed the Sittang River in spring; villages along the Sittang lost power, and the Sittang "
        "Bridge Company said repairs would wait. Later, fishermen on the Kuban River said the Kuban was low and "
        "the Sittang was high.",
        "The mayor of Springfield opened a library on Tuesday.",
    ]
    for text in stories:
        geoparse(gaz, text)
    assert len(compared) == len(stories) and any(n > 0 for n in compared)
