"""Rules found by the news probe's fourth batch (wire copy, migration routes, elections, outbreaks, disasters,
refugee camps) and by the gaps the conflict probe left.

Each is a rule a reader applies to any text: a short name in capitals opening a line before a dash or an agency
in brackets is a dateline ("ROME (Reuters) -"), as a longer one is; a number set between two capitalised words
by single spaces is part of the name ("North 24 Parganas"); a site's head after a name opened by a weak prefix
("the Ras X fuel port") makes it a place's name, as no person's name stands before a port; a camp's name is read
after "assault on" when a bearing to a known place follows ("X camp, south of Y"); an aside ", in the Y region"
says where an unknown name lies, ahead of a dateline that happens to be nearer; a capitalised run after an
organisation's "to" ("the Alliance to Restore Order in Y") is the rest of its name, not a venue; a dateline is
where the story was filed, not what it is about; and "Bosnia" is the country, as reporting writes it.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.extract.mentions import _main_place
from conftest import toponyms_by_name


# -- a short dateline in capitals before a dash or an agency ----------------------------------------------------

@pytest.mark.parametrize("text, name, cc", [
    ("ROME (Reuters) - Ferries carried 400 people to the mainland on Monday.", "ROME", "IT"),
    ("DHAKA — Hospitals admitted 1,200 dengue patients in a week.", "DHAKA", "BD"),
    ("LIMA (AP) — Protesters blocked the main highway on Friday.", "LIMA", "PE"),
])
def test_a_short_name_in_capitals_opening_a_line_before_a_dash_or_agency_is_a_dateline(gaz, text, name, cc):
    t = toponyms_by_name(gaz, text)[name]
    assert t.cue == "dateline" and t.locational and t.place is not None and t.place.country_code == cc


@pytest.mark.parametrize("text", [
    "NOTE - the meeting moves to Friday.",
    "CARE (Reuters) - The charity said it would send food.",
])
def test_a_label_or_an_acronym_before_a_dash_is_no_dateline(gaz, text):
    assert geoparse(gaz, text) == []


# -- a number inside a name ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Police in South 24 Parganas arrested two men after the clash.", "South 24 Parganas"),
    ("Polling in North 24 Parganas was marred by violence.", "North 24 Parganas"),
])
def test_a_number_between_two_capitalised_words_is_part_of_the_name(gaz, text, name):
    t = toponyms_by_name(gaz, text)[name]
    assert t.place is not None and t.place.admin1 == "West Bengal"


def test_a_number_in_a_date_joins_no_name(gaz):
    found = toponyms_by_name(gaz, "He scored twice in the March 3 match in London.")
    assert list(found) == ["London"]


# -- a weak prefix before a site's head ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, holder", [
    ("Drones struck the Ras Omar fuel port in Hodeidah governorate overnight.", "Ras Omar", "YE"),
    ("Fighters shelled the Ras Yusuf oil terminal near Hodeidah on Sunday.", "Ras Yusuf", "YE"),
])
def test_a_name_opened_by_a_weak_prefix_before_a_site_is_read_whole(gaz, text, name, holder):
    t = toponyms_by_name(gaz, text)[name]
    assert t.locational and t.place is None and t.fallback is not None and t.fallback.country_code == holder


def test_a_person_named_with_a_weak_prefix_stays_a_person(gaz):
    assert geoparse(gaz, "He met Dan Brown at the port on Monday.") == []


# -- a camp after "assault on", placed by a bearing -----------------------------------------------------------

@pytest.mark.parametrize("text, name, town", [
    ("Survivors described the militia's assault on Bardagil camp, south of Nyala, the group said.", "Bardagil",
     "Nyala"),
    ("The attack on Bardagil camp, 10 km north of Kutum, lasted two days.", "Bardagil", "Kutum"),
])
def test_a_camp_after_an_attack_on_it_is_read_when_a_bearing_places_it(gaz, text, name, town):
    t = toponyms_by_name(gaz, text)[name]
    assert t.locational and t.fallback is not None and t.fallback.name == town


def test_a_side_called_a_camp_is_no_place(gaz):
    assert geoparse(gaz, "Reporters joined the Trump camp, north of the river, on Friday.") == []


# -- an aside naming the region holds the unknown name before it ------------------------------------------------

def test_an_aside_naming_a_region_holds_the_name_before_it_ahead_of_the_dateline(gaz):
    text = ("MOGADISHU - Army forces repelled an attack on their base in Wabho Dhexe, in the Galguduud region, "
            "the ministry said.")
    t = toponyms_by_name(gaz, text)["Wabho Dhexe"]
    assert t.fallback is not None and t.fallback.admin1 == "Galguduud" and t.fallback.raw == "Wabho Dhexe"


# -- an organisation's name runs on past "to" ------------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("The Joint Command of the Alliance to Restore Order in Somalia said on Monday.", ["Somalia"]),
    ("The Committee to Protect Journalists in New York said on Monday.", ["New York"]),
])
def test_the_words_after_an_organisations_to_are_its_name_not_a_venue(gaz, text, kept):
    assert list(toponyms_by_name(gaz, text)) == kept


# -- a dateline is where the story was filed --------------------------------------------------------------------

def test_a_dateline_does_not_make_its_town_the_main_place(gaz):
    text = ("NAIROBI - Gunmen attacked a church in Garissa on Sunday, killing six worshippers. The attack came a "
            "week after bombings in Nairobi and Mombasa.")
    main = _main_place(geoparse(gaz, text))
    assert main is not None and main.name == "Garissa"


def test_a_dateline_is_the_main_place_when_the_body_names_none(gaz):
    main = _main_place(geoparse(gaz, "NAIROBI - Gunmen killed six worshippers on Sunday, the police said."))
    assert main is not None and main.name == "Nairobi"


# -- "Bosnia" -----------------------------------------------------------------------------------------------------

def test_bosnia_is_the_country_as_reporting_writes_it(gaz):
    t = toponyms_by_name(gaz, "Police in northern Bosnia moved 300 migrants to a tented camp.")["Bosnia"]
    assert t.place is not None and t.place.country_code == "BA"


# -- the fourth batch of the news probe ---------------------------------------------------------------------------

def test_the_fourth_batch_adds_wire_court_outbreak_election_disaster_refugee_and_historical_news():
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "news_probe.py"
    spec = importlib.util.spec_from_file_location("news_probe", path)
    probe = sys.modules.get("news_probe")
    if probe is None:
        probe = importlib.util.module_from_spec(spec)
        sys.modules["news_probe"] = probe  # dataclasses look their module up by name
        spec.loader.exec_module(probe)
    fourth = [s for s in probe.load_probe() if probe.batch_of(s) == "b4"]
    assert len(fourth) == 24 and all(s.id.startswith("b4-") for s in fourth)
    assert {s.kind for s in fourth} == {"world", "us_local", "outbreak", "regional", "disaster",
                                        "sport_business_travel"}
