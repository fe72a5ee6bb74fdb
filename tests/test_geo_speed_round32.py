"""Round 32: a long Arabic report costs work in proportion to its length, with the same readings as before.

Four scans of every name per name made a digest of a few hundred Arabic reports cost the square of its length:
1. the countries of a report's other Arabic names (`_report_namesakes`, `_governorate_namesakes`, ...) are now
   counted once per text (geo/report_readings.py), each name's own share left out;
2. after a governorate word, those countries are worked out only where the words translate some division's
   name at all (`translates_a_division`), since without one no country changes the answer;
3. a definite word is compared with the two-word towns read so far only where its head is written somewhere in
   the text (`may_be_short_form`);
4. whether a believed place lies within 300 km of a name measures only the places near its latitude
   (geo/latitude_bands.py).
5. (mend) a list of divisions after a governorate word asks the tally of 1. whether an item reads as a division,
   and the report's names indexed by position (geo/covering_names.py) for the countries of the names outside
   the words it reads and for the one name inside them, so a digest WITH such lists is linear too.
Each shortcut is checked against the scan it replaces (written out here as it was) on invented names, and a
deterministic count of the work (function calls) guards the length scaling. Every text and name is invented.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from conftest import geoparse_calls
from eventwatch.geo import geoparse
from eventwatch.geo.covering_names import CoveringNames
from eventwatch.geo.arabic_short_forms import may_be_short_form, short_form_of_named, written_words
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.latitude_bands import LatitudeBands
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import is_arabic, tokenize
from eventwatch.geo.report_readings import ReportReadings
from eventwatch.geo.sure_countries import NEAR_KM, near_settled, sure_countries

FIXTURES = Path(__file__).parent / "fixtures" / "geo_arabic" / "reports.yaml"


def _place(pid: int, country: str, admin1: str = "01", population: int = 1000, lat: float = 35.0,
           lon: float = 38.0) -> Candidate:
    return Candidate(id=pid, name=f"Place{pid}", lat=lat, lon=lon, country_code=country, admin1_code=admin1,
                     admin2_code=None, admin1=None, admin2=None, feature_code="PPL", population=population,
                     geonames_id=pid, source="geonames", precision=0)


# -- 1. the countries of the other names, counted once -------------------------------------------------------------
def _scan_countries(found, s, within):
    """The scan `ReportReadings.countries_without` replaces, as `_other_countries` wrote it."""
    return frozenset(max(o.candidates, key=lambda c: c.population).country_code for o in found
                     if o is not s and o.candidates and o.locational and is_arabic(o.norm)) & within


def _scan_admin1s(found, s):
    return frozenset(max(o.candidates, key=lambda c: c.population).admin1_code for o in found
                     if o is not s and o.candidates and o.locational and is_arabic(o.norm)) - {None, ""}


def _random_spans(rng: random.Random) -> list[NameSpan]:
    words = ["حلب", "ادلب", "درعا", "Halvor", "Brixen", "كفرنبل"]
    spans = []
    for k in range(rng.randint(0, 9)):
        cands = [_place(100 * k + m, rng.choice("SY IQ YE FR".split()), rng.choice(["01", "02", "", None]),
                        rng.choice([0, 500, 500, 9000])) for m in range(rng.randint(0, 3))]
        spans.append(NameSpan(k, k + 1, 0, 1, rng.choice(words), cands, locational=rng.random() < 0.8))
    return spans


def test_others_countries_are_those_the_scan_finds_as_readings_change():
    """A name's others are the scan's, for names in the report and one outside it, also after readers change
    some names' readings (a far reading set right, a name's readings cut) and tell the tally."""
    rng = random.Random(32)
    within = frozenset({"SY", "IQ", "YE"})
    for _ in range(400):
        found = _random_spans(rng)
        tally = ReportReadings(found)
        outside = NameSpan(99, 100, 0, 1, "حماة", [_place(1, "SY")])
        for s in [*found, outside]:
            assert tally.countries_without(s, within) == _scan_countries(found, s, within)
            assert tally.admin1s_without(s) == _scan_admin1s(found, s)
            if found and rng.random() < 0.5:
                changed = rng.choice(found)
                changed.candidates = [_place(7, rng.choice(["IQ", "EG"]), "05", 50_000)] if rng.random() < 0.7 else []
                tally.note(changed)


def test_a_name_listed_twice_leaves_both_out():
    """`o is not s` left out every place a name stood in the list: so does the tally."""
    aleppo = NameSpan(0, 1, 0, 3, "حلب", [_place(1, "SY")])
    mosul = NameSpan(1, 2, 4, 8, "الموصل", [_place(2, "IQ")])
    found = [aleppo, mosul, aleppo]
    within = frozenset({"SY", "IQ"})
    assert ReportReadings(found).countries_without(aleppo, within) == _scan_countries(found, aleppo, within) == {"IQ"}
    assert ReportReadings(found).countries_without(mosul, within) == {"SY"}


# -- 2 and 4: the readings of invented reports are those of before ----------------------------------------------
@pytest.mark.parametrize("text, name, country", [
    ("قصفت الطائرات بلدة كفرزيتا في ريف حماة الشمالي واستهدفت مدينة الموصل", "حماة", "SY"),
    ("اندلعت اشتباكات في ولاية شمال كردفان وسقط قتلى في مدينة الأبيض", "شمال كردفان", "SD"),
])
def test_governorates_and_towns_of_a_report_still_read(gaz, text, name, country):
    """A governorate named after its word, and a translated division name, come out in the report's country."""
    read = {t.text: t for t in geoparse(gaz, text)}
    assert read[name].place is not None and read[name].place.country_code == country


def test_a_report_repeated_reads_its_places_as_it_did_once(gaz):
    """Each report read inside a long digest of reports gives the places it gives alone (the counts of the other
    names' countries only agree more): the digest's readings repeat one report's."""
    one = "قصفت قوات النظام مدينة سراقب شرقي إدلب وسقط قتلى في بلدة كفرنبل. "
    alone = [(t.text, t.place.geonames_id if t.place else None) for t in geoparse(gaz, one)]
    many = [(t.text, t.place.geonames_id if t.place else None) for t in geoparse(gaz, one * 12)]
    assert alone and many == alone * 12


# -- 3. a short form is looked for only where its head is written ------------------------------------------------
def test_short_forms_are_read_only_where_the_scan_finds_them():
    """Wherever `may_be_short_form` says no, the scan of the names read so far finds no town either; and the
    short form of a two-word town named first in full is still found ("معرة النعمان", then "المعرة"; "قلعة
    المضيق", then "القلعة"), not that of a head too short to be a name's own ("تل رفعت", then "التل")."""
    texts = ["دخلت القوات معرة النعمان ثم انسحبت من المعرة باتجاه الجنوب والمعرة هادئة",
             "قصفت المدفعية قلعة المضيق وسقطت قذائف على القلعة والمدينة",
             "زار الوفد تل رفعت وخرج من التل الى المدينة"]
    found_any = 0
    for text in texts:
        tokens = tokenize(text)
        written = written_words(tokens)
        named = [NameSpan(i, i + 2, tokens[i].start, tokens[i + 1].end, f"{tokens[i].norm} {tokens[i + 1].norm}",
                          [_place(i, "SY")]) for i in range(len(tokens) - 1)]
        for k in range(len(tokens)):
            short = short_form_of_named(tokens, k, named, frozenset())
            if not may_be_short_form(tokens, k, written):
                assert short is None, (text, tokens[k].norm)
            found_any += short is not None
    assert found_any == 3


# -- 4. near places by latitude bands ------------------------------------------------------------------------------
def test_near_places_by_bands_are_those_every_distance_finds():
    """Random places over the globe (poles, the date line, a place among the points itself): the band answers as
    a haversine to every point does, at several limits."""
    rng = random.Random(32)
    for _ in range(300):
        points = [_place(k, "XX", lat=rng.uniform(-90, 90), lon=rng.uniform(-180, 180)) for k in range(rng.randint(0, 30))]
        near_pole = [_place(100 + k, "XX", lat=rng.uniform(85, 90), lon=rng.uniform(-180, 180)) for k in range(3)]
        points += near_pole
        bands = LatitudeBands(points)
        for c in [*rng.sample(points, 3), _place(999, "XX", lat=rng.uniform(-90, 90), lon=rng.uniform(-180, 180))]:
            for km in (10, 300, 2000):
                slow = any(p.id != c.id and haversine_km(c.lat, c.lon, p.lat, p.lon) < km for p in points)
                assert bands.any_within(c, km) == slow


def test_a_point_just_inside_the_limit_along_a_meridian_is_near():
    """A place straight north of another, a hair closer than the limit, is found; one a hair farther is not."""
    base = _place(1, "SY", lat=33.0, lon=36.0)
    for km in (300, 50):
        inside = _place(2, "SY", lat=33.0 + (km - 0.01) / 111.19508, lon=36.0)
        outside = _place(3, "SY", lat=33.0 + (km + 0.01) / 111.19508, lon=36.0)
        assert LatitudeBands([inside]).any_within(base, km) and not LatitudeBands([outside]).any_within(base, km)
        assert not LatitudeBands([base]).any_within(base, km)  # a place is not its own neighbour


# -- the work of a long report grows in proportion to its length ---------------------------------------------------
_calls = geoparse_calls  # (tests/conftest.py: calls of one warm geoparse, no timing)


def test_a_digest_of_arabic_reports_costs_work_in_proportion_to_its_length(gaz):
    """The project's short Arabic reports, 60 of them and then 480 joined into one digest: the calls per letter
    may grow by half again (the resolver still weighs each name against the others' readings), not by the
    square's 2.7 times this digest cost before round 32 (1.45 times after it)."""
    reports = [r["text"].rstrip(".") + "." for r in yaml.safe_load(FIXTURES.read_text(encoding="utf-8"))["reports"]]
    short, long = " ".join(reports[:60]), " ".join(reports[:480])
    per_letter_short = _calls(gaz, short) / len(short)
    per_letter_long = _calls(gaz, long) / len(long)
    assert per_letter_long < 2.0 * per_letter_short


def test_long_tail_readings_near_settling_names_are_those_every_distance_finds():
    """`near_settled` measures only the settling points near a reading's latitude (kept in order of latitude by
    `sure_countries`): it answers as the measure of every point did, for readings in and out of the country."""
    rng = random.Random(3232)
    # a mid-latitude country, and points near the poles and on both sides of the 180th meridian, where a degree
    # of longitude is short or a near neighbour's longitude is far in number
    regions = [((30, 40), (-10, 10)), ((84, 90), (-180, 180)), ((-90, -84), (-180, 180)),
               ((-20, 20), (175, 180)), ((-20, 20), (-180, -175))]
    for _ in range(300):
        (lat_lo, lat_hi), (lon_lo, lon_hi) = rng.choice(regions)
        pts = sorted((rng.uniform(lat_lo, lat_hi), rng.uniform(lon_lo, lon_hi)) for _ in range(rng.randint(0, 25)))
        sure = {"ES": pts}
        for _ in range(5):
            (lat_lo, lat_hi), (lon_lo, lon_hi) = rng.choice(regions)
            lat = min(90.0, max(-90.0, rng.uniform(lat_lo - 3, lat_hi + 3)))
            c = _place(1, rng.choice(["ES", "FR"]), lat=lat, lon=rng.uniform(lon_lo, lon_hi))
            slow = bool(sure.get(c.country_code)) and any(
                haversine_km(c.lat, c.lon, lat, lon) <= NEAR_KM for lat, lon in sure.get(c.country_code, []))
            assert near_settled(c, sure) == slow


def test_near_settled_finds_a_neighbour_across_the_date_line_and_over_the_pole():
    """A settling point a few kilometres away across the 180th meridian, or on the far side of the North Pole,
    is near; a point as far in longitude at the equator is not."""
    sure = {"FJ": [(-16.5, 179.95)], "NO": [(89.9, 10.0)]}
    assert near_settled(_place(1, "FJ", lat=-16.5, lon=-179.95), sure)
    assert near_settled(_place(2, "NO", lat=89.9, lon=-170.0), sure)
    assert not near_settled(_place(3, "FJ", lat=-16.5, lon=0.0), sure)


def test_sure_countries_keep_their_points_in_order_of_latitude():
    """Two invented names held only in Spain settle it; its points come in order of latitude, as the band needs."""
    north, south = _place(1, "ES", lat=43.2, lon=-2.9), _place(2, "ES", lat=36.7, lon=-4.4)
    spans = [NameSpan(0, 1, 0, 5, "Belmora", [north]), NameSpan(2, 3, 9, 15, "Vadillo", [south])]
    assert sure_countries(spans) == {"ES": [(36.7, -4.4), (43.2, -2.9)]}


# -- round 32 mend: a digest with lists of divisions --------------------------------------------------------------
def _scan_outside(found, lo, hi, within):
    """The scan `CoveringNames.countries_outside` replaces, as `_translated_division_names` wrote it."""
    return frozenset(c.country_code for o in found if o.candidates and o.locational and is_arabic(o.norm)
                     and (o.j <= lo or o.i > hi - 1) for c in o.candidates) & within


def _scan_bare_name(found, k, j):
    """The scan of `_bare_name_after_translated_words` (without its check of taken words)."""
    inner = [s for s in found if k < s.i < j and s.j == j]
    if len(inner) != 1 or any(s.i < j and s.j > k for s in found if s is not inner[0]):
        return None
    return inner[0]


def _random_positioned_spans(rng: random.Random) -> list[NameSpan]:
    words = ["حلب", "كسلا", "Halvor", "سنار", "Brixen"]
    spans, i = [], 0
    for k in range(rng.randint(0, 12)):
        i += rng.randint(0, 2)
        j = i + rng.randint(1, 3)
        cands = [_place(100 * k + m, rng.choice("SD SY IQ FR".split())) for m in range(rng.randint(0, 3))]
        spans.append(NameSpan(i, j, 0, 1, rng.choice(words), cands, locational=rng.random() < 0.8))
    if spans and rng.random() < 0.2:
        spans.append(rng.choice(spans))  # a name listed twice
    return spans


def test_names_by_position_answer_as_the_scans_as_names_grow_and_change():
    """The countries of the names outside some words, whether a word is covered, and the one bare name inside
    some words are the scans' answers, also after readers widen a name over the words before or after it and
    change its readings."""
    rng = random.Random(3233)
    within = frozenset({"SD", "SY", "IQ"})
    for _ in range(400):
        found = _random_positioned_spans(rng)
        covering = CoveringNames(found)
        for _ in range(6):
            lo = rng.randint(0, 20)
            hi = lo + rng.randint(1, 3)
            assert covering.countries_outside(lo, hi, within) == _scan_outside(found, lo, hi, within)
            assert covering.covers(lo) == any(s.i <= lo < s.j for s in found)
            near = covering.covering(lo, hi)
            inner = [s for s in near if lo < s.i < hi and s.j == hi]
            bare = inner[0] if len(inner) == 1 and all(s is inner[0] for s in near) else None
            assert bare is _scan_bare_name(found, lo, hi)
            if found and rng.random() < 0.6:
                changed = rng.choice(found)
                if rng.random() < 0.5:
                    new_j = changed.j + rng.randint(0, 2)
                    covering.extend(changed, changed.j, new_j)
                    changed.j = new_j
                else:
                    new_i = max(0, changed.i - rng.randint(0, 2))
                    covering.extend(changed, new_i, changed.i)
                    changed.i = new_i
                changed.candidates = [_place(7, rng.choice(["SD", "EG"]))] if rng.random() < 0.7 else []
                covering.note(changed)


def test_a_digest_with_lists_of_divisions_costs_work_in_proportion_to_its_length(gaz):
    """An invented digest item naming a town and then a list of divisions after a governorate word ("ولايات كسلا
    والقضارف"), 20 and then 160 of them: each list item once asked for the countries of every other name, twice
    (2.2 times the calls per letter before this mend); the calls per letter now stay about the same."""
    towns = ["تلعفر", "سنجار", "بيجي", "هيت", "عانة", "راوة", "الرطبة", "طوزخورماتو"]
    items = [f"قصفت المدفعية بلدة {towns[i % 8]} غرب الموصل، وتجددت المعارك في ولاية جنوب دارفور وولايات كسلا "
             "والقضارف والنيل الأزرق." for i in range(160)]
    short, long = " ".join(items[:20]), " ".join(items)
    per_letter_short = _calls(gaz, short) / len(short)
    per_letter_long = _calls(gaz, long) / len(long)
    assert per_letter_long < 1.4 * per_letter_short


@pytest.mark.parametrize("text, names", [
    ("تجددت المعارك في ولاية جنوب دارفور وولايات كسلا والقضارف والنيل الأزرق",
     {"جنوب دارفور": "SD", "كسلا": "SD", "والقضارف": "SD", "والنيل الأزرق": "SD"}),
    ("وصلت قوافل الإغاثة إلى ولايات سنار والنيل الأبيض بعد أن غادرت مدينة بورتسودان",
     {"سنار": "SD", "والنيل الأبيض": "SD"}),
])
def test_lists_of_divisions_still_read_as_divisions(gaz, text, names):
    """Each item of a list of divisions after a plural governorate word reads in the report's country (the Blue
    and White Nile items as Sudan's divisions, not the rivers), with the tallies told of every rewritten name."""
    read = {t.text: t for t in geoparse(gaz, text)}
    for name, country in names.items():
        assert read[name].place is not None and read[name].place.country_code == country
