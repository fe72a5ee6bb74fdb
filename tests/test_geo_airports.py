"""Airports and air bases as places: found by the names news gives them, placed at the town they stand at,
and kept apart from the people, words and countries that share their names."""
from __future__ import annotations

import pytest

from eventwatch.evaluate.geo import place_name_predictions
from eventwatch.geo import geoparse
from eventwatch.geo.facilities import is_site
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.landmarks import (
    HUB_KINDS,
    Landmark,
    hub_spellings,
    load_hub_heads,
    load_landmarks,
    parse_hub_heads,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _at(gaz: Gazetteer, text: str, name: str):
    found = [t for t in geoparse(gaz, text) if t.text == name]
    assert found, f"{name!r} not among {[t.text for t in geoparse(gaz, text)]}"
    return found[0]


def _hub(name: str, *names: str, kind: str = "base") -> Landmark:
    return Landmark(name, names, kind, 1, None, None)


HEADS = parse_hub_heads({"hub_heads": ["airport", "air base", "airbase", "airfield", "military airport"]})


# -- the list and the spellings made from it ---------------------------------------------------------------

def test_the_bundled_list_holds_a_few_hundred_airports_and_bases():
    hubs = [lm for lm in load_landmarks() if lm.kind in HUB_KINDS]
    assert len(hubs) >= 250
    names = {n for lm in hubs for n in lm.all_names}
    assert {"Heathrow", "Schiphol", "Gatwick", "O'Hare", "LaGuardia", "Changi", "Shayrat air base",
            "Mitiga", "Bagram Airfield", "Kandahar Airfield"} <= names


@pytest.mark.parametrize("bare", ["Pearson", "Dulles", "Logan", "Kennedy", "Hamad", "Ben Gurion", "Jordan", "Bole"])
def test_a_name_that_is_mostly_a_person_a_word_or_a_country_is_never_listed_bare(bare):
    assert bare not in {n for lm in load_landmarks() for n in lm.all_names}


def test_hub_words_must_be_lower_case():
    with pytest.raises(ValueError, match="hub_heads"):
        parse_hub_heads({"hub_heads": ["Airport"]})
    assert ("air", "base") in load_hub_heads() and ("airport",) in load_hub_heads()


def test_a_listed_hub_spelling_lends_its_name_to_the_other_hub_words():
    made = {(" ".join(h.norms), h.main, h.core) for h in hub_spellings([_hub("Qarwan air base")], HEADS)}
    assert ("qarwan airfield", "Qarwan air base", 1) in made
    assert ("qarwan military airport", "Qarwan air base", 1) in made
    assert ("qarwan air base", "Qarwan air base", 1) not in made  # listed already


def test_no_spelling_is_made_for_a_bare_listed_name_or_shared_by_two_hubs():
    assert hub_spellings([_hub("Tellar Airport", "Tellar", kind="airport")], HEADS) == ()
    shared = hub_spellings([_hub("Varna air base"), _hub("Varna airport", kind="airport")], HEADS)
    assert not any(h.norms == ("varna", "airfield") for h in shared)
    assert hub_spellings([_hub("Kremlin Palace", kind="government")], HEADS) == ()  # only hubs lend names


# -- reading them in text ------------------------------------------------------------------------------------

def test_a_bare_hub_name_is_the_airport_at_the_town_it_stands_at(gaz):
    t = _at(gaz, "All flights from Heathrow were cancelled on Monday because of the fog.", "Heathrow")
    assert t.locational and t.place.name == "Heathrow Airport"
    assert (t.place.country_code, t.place.feature_code, t.place.geonames_id) == ("GB", "AIRP", None)


def test_the_lower_case_word_after_a_bare_hub_name_is_not_part_of_the_name(gaz):
    t = _at(gaz, "She landed at Schiphol airport after a night flight from Lagos.", "Schiphol")
    assert t.place.name == "Amsterdam Airport Schiphol"


def test_a_military_airport_named_by_its_place_is_the_listed_base(gaz):
    t = _at(gaz, "Drones struck Mezzeh military airport in the early hours of Tuesday.", "Mezzeh military airport")
    assert t.locational and t.place.name == "Mezzeh air base" and t.place.country_code == "SY"


def test_a_base_found_by_a_hub_word_its_list_entry_does_not_use(gaz):
    t = _at(gaz, "Ukrainian drones hit the Morozovsk military airport overnight.", "Morozovsk military airport")
    assert t.place.name == "Morozovsk air base" and t.place.country_code == "RU"


def test_a_person_named_like_an_airport_is_not_one(gaz):
    text = "Lester Pearson won the Nobel Peace Prize before he led the government in Ottawa."
    assert not any(t.place is not None and t.place.feature_code == "AIRP" for t in geoparse(gaz, text))
    t = _at(gaz, "Long delays were reported at Pearson airport in Toronto on Friday.", "Pearson airport")
    assert t.place.name == "Toronto Pearson International Airport"


def test_a_country_before_the_word_airport_stays_the_country(gaz):
    country = _at(gaz, "Passengers were stranded at a Jordan airport after the snowstorm.", "Jordan")
    assert country.place.feature_code == "PCLI"
    assert _at(gaz, "The minister flew to Jordan on Sunday.", "Jordan").place.feature_code == "PCLI"


def test_a_town_named_like_a_foreign_airport_keeps_its_own_reading(gaz):
    text = "The Odessa airport in Texas reopened after the storm, officials in Midland said."
    assert not any(t.place is not None and t.place.feature_code == "AIRP" for t in geoparse(gaz, text))
    t = _at(gaz, "A missile struck Odesa airport, Ukrainian officials said.", "Odesa airport")
    assert t.place.name == "Odesa International Airport" and t.place.country_code == "UA"


def test_an_unlisted_airport_of_a_town_stays_the_town(gaz):
    t = _at(gaz, "Shells landed near the Zarqa airport on Thursday.", "Zarqa")
    assert t.place.country_code == "JO" and t.place.feature_code.startswith("PPL")


def test_the_town_an_airport_is_named_for_is_returned_inside_it(gaz):
    tops = geoparse(gaz, "Rocket fire closed Baghdad International Airport again on Sunday.")
    hub = next(t for t in tops if t.text == "Baghdad International Airport")
    town = next(t for t in tops if t.text == "Baghdad")
    assert hub.locational and hub.place.feature_code == "AIRP"
    assert not town.locational and town.cue == "embedded" and town.place.geonames_id == 98182


# -- scoring them by a corpus's scheme ----------------------------------------------------------------------

def test_place_name_schemes_count_an_airport_by_its_name_or_by_the_town_it_is_named_for(gaz):
    text = ("Flights from Heathrow were cancelled, rockets closed Baghdad International Airport, and the Kremlin "
            "denied any role.")
    kept = {t.text for t in place_name_predictions(geoparse(gaz, text))}
    assert "Heathrow" in kept and "Baghdad" in kept
    assert "Baghdad International Airport" not in kept and "Kremlin" not in kept


def test_an_airport_is_a_site_like_a_park_or_a_fort():
    assert is_site("Marlow County Airport") and is_site("Camp Harlan") and not is_site("Marlow County Hospital")
