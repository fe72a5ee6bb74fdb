"""Named parts of towns (town_parts.yaml): neighbourhoods, districts, suburbs and camps that no bundled table
holds. A part stands at its parent town's point, precise to "part of a town" (UCDP 2), and the town named
beside it carries it over a namesake elsewhere.

The sentences are written for these tests; the fixture towns under tests/fixtures/town_parts/ are invented.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.gazetteer import STORE_INPUTS
from eventwatch.geo.normalise import normalise
from eventwatch.geo.sources import town_part_records
from eventwatch.geo.store import NAME_CURATED
from eventwatch.geo.town_parts import KINDS, TOWN_PART_CODE, ParentTown, TownPart, load_town_parts, parent_of, \
    parse_town_parts
from eventwatch.model import WHERE_PREC_NEAR

FIXTURES = Path(__file__).parent / "fixtures" / "town_parts"


def found(gaz, text):
    return {t.text: t for t in geoparse(gaz, text)}


# -- the bundled list ------------------------------------------------------------------------------------------

def test_the_bundled_list_loads_and_covers_the_cities_of_conflict_reporting():
    parts = load_town_parts()
    assert len(parts) >= 500
    assert {p.kind for p in parts} <= KINDS
    towns = {p.town for p in parts}
    for town in ("Baghdad", "Mosul", "Damascus", "Aleppo", "Homs", "Beirut", "Tripoli", "Benghazi", "Sanaa", "Gaza",
                 "Jerusalem", "Kabul", "Karachi", "Mogadishu", "Khartoum", "Kinshasa", "Goma", "Bangui", "Nairobi",
                 "Kharkiv", "Yangon", "Port-au-Prince", "Cairo", "Tehran", "Istanbul"):
        assert town in towns, town


def test_no_bundled_part_is_named_by_an_ordinary_word_or_a_given_name():
    # Such a name would need a cue that the recogniser asks only of words it knows as words; the list leaves
    # them out rather than mislead it ("Crater" in Aden, "Dora" in Baghdad).
    def words(name: str) -> set[str]:
        lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        return {w.strip() for w in lines if w.strip() and not w.startswith("#")}

    ordinary = words("common_words.txt") | words("given_names.txt")
    clashes = [n for p in load_town_parts() for n in p.all_names if normalise(n) in ordinary]
    assert clashes == []


def test_the_list_is_a_store_input_so_an_edit_rebuilds_the_gazetteer():
    assert "town_parts.yaml" in STORE_INPUTS


# -- validation --------------------------------------------------------------------------------------------------

def _raw(*parts: dict, town: str = "Northhaven", country: str = "ZZ", **extra) -> dict:
    return {"towns": [{"town": town, "country": country, "parts": list(parts), **extra}]}


@pytest.mark.parametrize("raw, message", [
    (_raw({"name": "Qasr Tilal", "kind": "ward"}), "kind 'ward'"),
    (_raw({"name": "qasr tilal", "kind": "district"}), "cannot be recognised"),
    (_raw({"name": "Qasr Tilal", "names": ["Qasr  Tilal"], "kind": "district"}), "repeat"),
    (_raw({"name": "Qasr Tilal", "kind": "district", "lat": 1.0}), "unknown fields"),
    (_raw({"name": "Northhaven", "kind": "district"}), "its town's own name"),
    (_raw({"name": "Qasr Tilal", "kind": "district"}, country="Zed"), "alpha-2"),
    (_raw({"name": "Qasr Tilal", "kind": "district"}, geonames="900001"), "positive integer"),
    ({"towns": []}, "non-empty list"),
])
def test_a_malformed_entry_is_refused_with_a_reason(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_town_parts(raw)


def test_a_name_given_to_two_parts_of_one_town_is_refused_but_towns_apart_may_share_one():
    with pytest.raises(ValueError, match="names both"):
        parse_town_parts(_raw({"name": "Qasr Tilal", "kind": "district"},
                              {"name": "Upper Tilal", "names": ["Qasr Tilal"], "kind": "district"}))
    shared = {"towns": [_raw({"name": "Ashra", "kind": "district"})["towns"][0],
                        _raw({"name": "Ashra", "kind": "district"}, town="Port Selim", country="YY")["towns"][0]]}
    assert len(parse_town_parts(shared)) == 2


def _parents() -> tuple[dict[int, ParentTown], dict[tuple[str, str], list[ParentTown]]]:
    big = ParentTown(900001, "Northhaven", 12.5, 40.25, "ZZ", "ZZ.03", ("Nord Haven",))
    return {900001: big}, {("northhaven", "ZZ"): [big]}


def test_an_unknown_parent_town_is_an_error_naming_the_entry():
    towns, by_name = _parents()
    part = TownPart("Qasr Tilal", (), "district", "Southhaven", "ZZ")
    with pytest.raises(ValueError, match="Qasr Tilal: parent town Southhaven \\(ZZ\\) is not in"):
        parent_of(part, towns, by_name)
    wrong_country = TownPart("Qasr Tilal", (), "district", "Northhaven", "YY")
    with pytest.raises(ValueError, match="Qasr Tilal"):
        parent_of(wrong_country, towns, by_name)


def test_a_geonames_id_must_be_the_town_the_entry_names():
    towns, by_name = _parents()
    assert parent_of(TownPart("Qasr Tilal", (), "district", "Nord Haven", "ZZ", 900001), towns, by_name).lat == 12.5
    with pytest.raises(ValueError, match="Old Wharf: geonames 900001 is Northhaven"):
        parent_of(TownPart("Old Wharf", (), "neighbourhood", "Port Selim", "ZZ", 900001), towns, by_name)
    with pytest.raises(ValueError, match="Old Wharf: parent town Port Selim"):
        parent_of(TownPart("Old Wharf", (), "neighbourhood", "Port Selim", "YY", 900003), towns, by_name)


# -- records: the parent's point, precision 2 --------------------------------------------------------------------

def test_a_part_takes_its_towns_point_division_and_country_and_is_precise_to_part_of_a_town():
    records = {r.name: r for r in town_part_records(FIXTURES / "cities.json", FIXTURES)}
    qasr = records["Qasr Tilal"]
    # the most populous Northhaven of the country, not the village of the same name
    assert (qasr.lat, qasr.lon, qasr.country_code, qasr.admin1_code) == (12.5, 40.25, "ZZ", "ZZ.03")
    assert qasr.precision == WHERE_PREC_NEAR
    assert qasr.feature_code == TOWN_PART_CODE and qasr.geonames_id is None and qasr.population == 0
    assert qasr.names == [("Qasr Tilal", NAME_CURATED), ("Qasr al-Tilal", NAME_CURATED), ("قصر التلال", NAME_CURATED)]
    wharf = records["Old Wharf"]
    assert (wharf.lat, wharf.lon, wharf.country_code, wharf.admin1_code) == (-3.75, 10.5, "YY", "YY.01")


def test_a_list_whose_parent_is_missing_fails_the_build_naming_the_entry(tmp_path):
    (tmp_path / "town_parts.yaml").write_text(
        "towns:\n  - town: Atlantis\n    country: ZZ\n    parts:\n      - {name: Coral Gate, kind: district}\n",
        encoding="utf-8")
    with pytest.raises(ValueError, match="Coral Gate: parent town Atlantis"):
        town_part_records(FIXTURES / "cities.json", tmp_path)


# -- recognition and resolution with the bundled gazetteer ---------------------------------------------------

def test_a_district_named_beside_its_city_is_placed_at_the_citys_point_with_precision_2(gaz):
    t = found(gaz, "Mortar rounds landed on Jobar, on the eastern edge of Damascus, late on Tuesday.")
    jobar, damascus = t["Jobar"].place, t["Damascus"].place
    assert jobar is not None and jobar.name == "Jobar" and jobar.country_code == "SY"
    assert jobar.precision == WHERE_PREC_NEAR
    assert (jobar.lat, jobar.lon) == pytest.approx((damascus.lat, damascus.lon))
    assert jobar.admin1 == damascus.admin1


@pytest.mark.parametrize("text, name, country", [
    ("A car bomb tore through a market in Karrada in central Baghdad on Friday.", "Karrada", "IQ"),
    ("Kurdish units held their positions in Sheikh Maqsoud as shelling hit Aleppo.", "Sheikh Maqsoud", "SY"),
    ("Gunmen stormed a police post in Abu Salim, south of central Tripoli, Libya.", "Abu Salim", "LY"),
    ("Residents of Khayelitsha marched to the Cape Town civic centre.", "Khayelitsha", "ZA"),
    ("Clashes resumed between Bab al-Tabbaneh and Jabal Mohsen in Tripoli, Lebanon.", "Bab al-Tabbaneh", "LB"),
])
def test_parts_of_cities_in_conflict_reports_are_recognised_and_resolved(gaz, text, name, country):
    t = found(gaz, text)
    assert name in t and t[name].locational
    assert t[name].place is not None and t[name].place.country_code == country
    assert t[name].place.precision == WHERE_PREC_NEAR


def test_a_part_written_in_arabic_script_is_found(gaz):
    t = found(gaz, "قصف على حي جوبر في دمشق")
    assert any(x.place is not None and x.place.name == "Jobar" for x in t.values())


@pytest.mark.parametrize("text, name, country", [
    # Bahan is also a village in Israel; Daraj a village in Libya.
    ("Soldiers fired on marchers in Bahan, Yangon, on Saturday.", "Bahan", "MM"),
    ("An airstrike levelled a house in Daraj, in Gaza City, overnight.", "Daraj", "PS"),
])
def test_a_namesake_village_elsewhere_loses_to_the_part_when_the_parent_city_is_named(gaz, text, name, country):
    t = found(gaz, text)
    assert t[name].place is not None and t[name].place.country_code == country
    assert t[name].place.precision == WHERE_PREC_NEAR


def test_a_part_of_a_city_abroad_does_not_beat_a_town_of_its_name_in_the_documents_country(gaz):
    # Pangani is a district of Nairobi and a town on the Tanzanian coast.
    t = found(gaz, "The ferry reached Pangani in Tanga region, Tanzania, after a four-hour crossing.")
    assert t["Pangani"].place is not None and t["Pangani"].place.country_code == "TZ"


@pytest.mark.parametrize("text, part, town", [
    ("A car bomb exploded in Karrada, Baghdad, on Sunday.", "Karrada", "Baghdad"),
    ("Mortars fell on Jobar, Damascus, overnight.", "Jobar", "Damascus"),
])
def test_a_town_named_after_one_of_its_parts_is_the_town_not_its_province(gaz, text, part, town):
    found = {t.text: t for t in geoparse(gaz, text)}
    assert found[part].place.feature_code == TOWN_PART_CODE
    assert found[town].place.feature_code.startswith("PPL") and found[town].place.precision == 1
