"""Conflict reports end to end: each report's event lands at the right place with an honest UCDP precision.

The probe (tests/fixtures/geo/conflict_probe.yaml, written for the project) holds 80 short reports from two
dozen theatres; each is run through the whole pipeline and scored at its first located mention
(benchmarks/conflict_probe.py prints the score by theatre). The rules it exercises are pinned one by one
below with sentences of their own: a place a statement was made from is not the event's, a named part of a
town is precision 2, a road between two towns is known by their distance, "the town of X" is the town, a
district named without its division word is its seat, a town whose only readings lie outside the division
the report gives stands in at that division, and the spellings wire copy uses for conflict regions resolve.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.event_location import speaks_from
from conftest import event_place, toponym

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("conflict_probe", ROOT / "benchmarks" / "conflict_probe.py")
probe = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("conflict_probe", probe)  # dataclasses look their module up by name
_spec.loader.exec_module(probe)

REPORTS = probe.load_probe()


def _case(report):
    marks = [pytest.mark.xfail(reason=report.xfail, strict=True)] if report.xfail else []
    return pytest.param(report, id=report.id, marks=marks)


@pytest.mark.parametrize("report", [_case(r) for r in REPORTS])
def test_each_probe_report_is_placed_where_its_event_happened(resources, report):
    place = probe.pipeline_place(resources, report)
    assert probe.misses(report, place) == [], probe.describe(place)


def test_the_probe_covers_the_theatres_it_is_meant_to():
    theatres = {r.theatre for r in REPORTS}
    assert len(REPORTS) >= 80  # engineers append reports for the shapes they add
    assert {"Syria", "Iraq", "Yemen", "Sudan", "Ukraine", "Sahel", "DRC", "Palestine/Lebanon", "Haiti"} <= theatres


def test_probe_spellings_compare_without_accents_apostrophes_or_case():
    assert probe.fold("Ma‘arrat an Nu‘mān") == probe.fold("Ma'arrat an Nu'man") == "maarratannuman"


def test_a_probe_entry_with_an_unknown_key_fails_loudly(tmp_path):
    bad = tmp_path / "probe.yaml"
    bad.write_text("reports:\n  - {id: a, theatre: T, text: t, expect: {name: X, country: SY, precison: 1}}\n")
    with pytest.raises(ValueError):
        probe.load_probe(bad)


# -- where a statement was made is not where the event happened -----------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Troops were killed near Marib, the ministry said in Aden.", "Aden"),
    ("Fighters shelled the edge of Kadugli, officers told reporters in Khartoum.", "Khartoum"),
    ("The militia was accused of the killings near Bunia by the Paris-based federation.", "Paris"),
    ("Two soldiers died outside Kismayo, officials in Mogadishu said.", "Mogadishu"),
    ("Police in Katsina said bandits shot two herders near Funtua.", "Katsina"),
    ("The army in Gao told reporters that militants ambushed a convoy near Ansongo.", "Gao"),
])
def test_the_place_a_statement_comes_from_is_not_the_events(gaz, text, speaker):
    place = event_place(gaz, text)
    assert speaks_from(toponym(gaz, text, speaker))
    assert place is not None and speaker not in place.name


def test_a_place_where_fighting_happened_is_not_a_speakers(gaz):
    text = "Government forces in Idlib said they repelled an attack."
    assert not speaks_from(toponym(gaz, text, "Idlib"))
    text = "Police in Kano fired tear gas at protesters on Monday."
    assert not speaks_from(toponym(gaz, text, "Kano"))


def test_a_speakers_place_stays_the_events_when_the_sentence_names_no_other(gaz):
    place = event_place(gaz, "Explosions were heard, the ministry said in Kabul.")
    assert place is not None and place.name == "Kabul"


def test_a_town_and_a_point_near_another_rank_alike_so_the_first_named_wins(gaz):
    place = event_place(gaz, "A drone struck a bus near Kadugli before fighters moved into Dilling.")
    assert (place.name, place.precision) == ("Kadugli", 2)


# -- named parts of towns ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Fighting erupted in the al-Waer neighbourhood of Homs.", "Homs"),
    ("Shelling hit Sanaa's northern suburbs overnight.", "Sanaa"),
    ("A car bomb went off in Mosul's Bab al-Tob area.", "Mosul"),
])
def test_a_named_part_of_a_town_puts_the_town_at_precision_two(gaz, text, town):
    t = toponym(gaz, text, town)
    assert t.place.precision == 2


def test_a_district_of_a_province_is_not_a_part_of_a_town(gaz):
    t = toponym(gaz, "Clashes spread to Andarab district of Baghlan province.", "Baghlan")
    assert t.place.precision == 4


# -- roads between towns -----------------------------------------------------------------------------------

def test_a_road_between_two_close_towns_is_near_the_first(gaz):
    place = event_place(gaz, "A drone hit a car on the road between Homs and Hama.")
    assert (place.name, place.precision) == ("Homs", 2)
    found = geoparse(gaz, "A drone hit a car on the road between Homs and Hama.")
    ends = [t for t in found if t.text in {"Homs", "Hama"}]
    assert len(ends) == 2 and all(t.place is not None for t in ends)


def test_a_road_between_far_towns_is_known_only_to_a_wider_area(gaz):
    place = event_place(gaz, "Bandits ambushed travellers on the highway between Kano and Maiduguri.")
    assert place.name == "Kano" and place.precision >= 3


# -- the town itself, not its namesake division ----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Militants entered the town of Gao on Monday.", "Gao"),
    ("Troops reinforced the city of Mopti after the raid.", "Mopti"),
])
def test_the_town_of_x_is_the_town_not_the_region(gaz, text, name):
    place = event_place(gaz, text)
    assert (place.name, place.precision) == (name, 1)


def test_a_district_named_without_its_division_word_is_its_seat(gaz):
    place = event_place(gaz, "A grenade exploded in Saravena on Friday, police said.")
    assert (place.name, place.country_code, place.precision) == ("Saravena", "CO", 1)


def test_a_district_named_with_its_division_word_stays_the_district(gaz):
    place = event_place(gaz, "Gunmen raided villages in Zurmi LGA overnight.")
    assert place.precision == 3


# -- a town placed in a division none of its readings lies in ----------------------------------------------

def test_a_town_whose_readings_all_lie_elsewhere_stands_in_at_the_division_given(gaz):
    place = event_place(gaz, "Clashes broke out in Paris, Ituri province, on Sunday.")
    assert (place.name, place.country_code, place.precision, place.raw) == ("Ituri", "CD", 4, "Paris")


def test_a_country_after_a_comma_and_a_direction_is_where_the_town_lies(gaz):
    place = event_place(gaz, "Soldiers killed villagers in Moura, central Mali, last week.")
    assert (place.country_code, place.raw) == ("ML", "Moura")


def test_a_division_word_read_as_a_foreign_town_is_no_container(gaz):
    place = event_place(gaz, "Gunmen attacked a convoy near Djibo, Soum province, on Tuesday.")
    assert (place.name, place.country_code) == ("Djibo", "BF")


def test_a_list_of_countries_is_no_containment(gaz):
    found = {t.text: t.place for t in geoparse(gaz, "Cases rose in Cyprus, Greece and Italy.") if t.place}
    assert found["Cyprus"].country_code == "CY"


# -- cues and spellings --------------------------------------------------------------------------------

def test_an_unknown_name_raided_or_attacked_is_kept_as_the_events_place(gaz):
    place = event_place(gaz, "Militants raided Ngoulmari in the Far North region, killing three.")
    assert place is not None and place.raw == "Ngoulmari" and place.country_code == "CM"


def test_the_market_of_a_town_names_the_town(gaz):
    place = event_place(gaz, "Jets bombed the market of Sarmin at noon.")
    assert place is not None and place.country_code == "SY" and place.precision == 1


@pytest.mark.parametrize("text, country, precision", [
    ("Houthi fighters attacked positions in Hodeidah on Monday.", "YE", 1),
    ("Clashes were reported in eastern Oromia last week.", "ET", 4),
])
def test_press_spellings_of_conflict_places_resolve(gaz, text, country, precision):
    place = event_place(gaz, text)
    assert (place.country_code, place.precision) == (country, precision)
