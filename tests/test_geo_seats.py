"""Organisations named as places: international bodies at their seats, countries' embassies where the text
puts them, ministries in their capitals; and the same names acting ("NATO warned") kept out of the places."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse, resolve_names
from eventwatch.geo.seats import SEAT_FEATURE, capital_of, load_seats, parse_seats, unresolved_seats

from conftest import named as _named

_WORDS = {"mission_heads": ["Embassy"], "ministry_heads": ["Ministry"], "place_cues": ["at"],
          "building_cues": ["in"], "movement_to": ["marched"], "posted_to": ["mission"],
          "building_after": ["headquarters"], "members_at": ["officials"]}


def _absent(toponyms, text):
    assert text not in {t.text for t in toponyms if t.locational}, [(t.text, t.cue) for t in toponyms]


# -- the data file and its loader ----------------------------------------------------------------------------

def test_every_bundled_seat_is_a_town_of_the_bundled_gazetteer(gaz):
    seats = load_seats()
    assert len(seats.organisations) > 50
    assert {"United Nations", "North Atlantic Treaty Organization", "Organization of American States",
            "European Commission", "African Union"} <= {o.name for o in seats.organisations}
    assert unresolved_seats(gaz, seats) == []


@pytest.mark.parametrize("entry, message", [
    ({"name": "Grand Council"}, "seat must be"),
    ({"name": "Grand Council", "seat": {"name": "Townsville"}}, "seat must be"),
    ({"name": "grand council", "seat": {"name": "Townsville", "country": "ZZ"}}, "must start with a capital"),
    ({"name": "Grand Council", "acronyms": ["Gc"], "seat": {"name": "Townsville", "country": "ZZ"}},
     "at least two capitals"),
    ({"name": "Grand Council", "lat": 1.0, "seat": {"name": "Townsville", "country": "ZZ"}}, "unknown fields"),
])
def test_loader_rejects_malformed_bodies(entry, message):
    with pytest.raises(ValueError, match=message):
        parse_seats({"organisations": [entry], **_WORDS})


def test_loader_rejects_one_name_for_two_bodies_and_malformed_word_lists():
    two = [{"name": "Grand Council", "acronyms": ["GC"], "seat": {"name": "A", "country": "ZZ"}},
           {"name": "Green Club", "acronyms": ["GC"], "seat": {"name": "B", "country": "ZZ"}}]
    with pytest.raises(ValueError, match="already a name of"):
        parse_seats({"organisations": two, **_WORDS})
    one = [{"name": "Grand Council", "seat": {"name": "A", "country": "ZZ"}}]
    with pytest.raises(ValueError, match="place_cues"):
        parse_seats({"organisations": one, **{**_WORDS, "place_cues": ["At the"]}})
    with pytest.raises(ValueError, match="mission_heads"):
        parse_seats({"organisations": one, **{**_WORDS, "mission_heads": []}})


def test_a_countrys_capital_is_its_capital_town(gaz):
    assert capital_of(gaz, "PE").name == "Lima"
    assert capital_of(gaz, "IR").name == "Tehran"


# -- international bodies --------------------------------------------------------------------------------

def test_a_body_after_a_place_cue_is_its_seat_town_named_for_the_body(gaz):
    t = _named(geoparse(gaz, "Foreign ministers met at the OAS on Friday to discuss the crisis."), "OAS")
    assert t.locational and t.place.feature_code == SEAT_FEATURE
    assert t.place.name == "Organization of American States"
    assert (t.place.country_code, t.place.precision) == ("US", 1)
    assert abs(t.place.lat - 38.9) < 0.3 and abs(t.place.lon + 77.0) < 0.3  # Washington, D.C.


def test_a_body_named_in_full_or_by_an_organ_is_found_by_its_longest_name(gaz):
    t = _named(geoparse(gaz, "Her statement at the UN Security Council was cut short."), "UN Security Council")
    assert t.locational and t.place.name == "United Nations Security Council" and t.place.country_code == "US"
    t = _named(geoparse(gaz, "Farmers rallied outside the Food and Agriculture Organization on Monday."),
               "Food and Agriculture Organization")
    assert t.locational and t.place.country_code == "IT"


def test_a_town_written_after_the_body_is_where_that_mention_lies(gaz):
    toponyms = geoparse(gaz, "The envoys spoke at the UN in Geneva on Tuesday.")
    un = _named(toponyms, "UN")
    assert un.locational and un.place.country_code == "CH"
    assert _named(toponyms, "Geneva").locational


def test_a_mission_to_a_body_lies_at_its_seat(gaz):
    t = _named(geoparse(gaz, "A reception was held by the Norwegian mission to the United Nations."),
               "United Nations")
    assert t.locational and t.place.country_code == "US" and t.place.admin1 == "New York"


def test_a_body_acting_or_modifying_a_noun_is_no_place(gaz):
    for text in ("NATO warned on Friday that the exercises would continue.",
                 "The European Commission said it would release the funds.",
                 "Finland signed a NATO training agreement last year.",
                 "Lithuania's ambassador to the United Nations resigned.",
                 "The exporters met the OAS Secretary General.",
                 "Officials at the UN said aid had stalled."):
        toponyms = geoparse(gaz, text)
        for name in ("NATO", "European Commission", "United Nations", "OAS"):
            _absent(toponyms, name)
    # the place word inside a body's name names no place there either
    european = _named(geoparse(gaz, "The European Commission said it would release the funds."), "European")
    assert not european.locational


def test_acronyms_count_only_as_written_and_not_in_text_written_in_capitals(gaz):
    assert not any(t.text.lower() == "who" for t in geoparse(gaz, "Who attacked the convoy near Kasese is unclear."))
    _absent(geoparse(gaz, "RALLY OUTSIDE WHO OFFICES AS MINISTERS MEET"), "WHO")
    t = _named(geoparse(gaz, "Doctors protested outside the WHO headquarters on Monday."), "WHO")
    assert t.locational and t.place.country_code == "CH"


# -- countries' embassies and ministries -------------------------------------------------------------------

def test_an_embassy_lies_in_the_town_the_text_gives_not_in_the_sending_country(gaz):
    toponyms = geoparse(gaz, "Hundreds of students protested outside the Chilean Embassy in Lima on Sunday.")
    embassy = _named(toponyms, "Chilean Embassy")
    assert embassy.locational and embassy.place.country_code == "PE"
    assert not _named(toponyms, "Chilean").locational
    assert _named(toponyms, "Lima").locational


def test_an_embassy_in_a_country_or_its_capital_lies_in_that_capital(gaz):
    t = _named(geoparse(gaz, "Police stood guard outside the Peruvian Embassy in the Iranian capital."),
               "Peruvian Embassy")
    assert t.locational and t.place.country_code == "IR" and abs(t.place.lat - 35.7) < 0.3
    t = _named(geoparse(gaz, "A reception was held at the Peruvian Embassy Tehran on Monday."),
               "Peruvian Embassy Tehran")
    assert t.locational and t.place.country_code == "IR"


def test_the_embassy_of_a_country_reads_as_its_demonyms_embassy(gaz):
    toponyms = geoparse(gaz, "A car bomb exploded outside the Embassy of Peru in Tehran.")
    embassy = _named(toponyms, "Embassy of Peru")
    assert embassy.locational and embassy.place.country_code == "IR"
    assert not _named(toponyms, "Peru").locational


def test_an_embassy_the_text_does_not_place_stays_unresolved(gaz):
    toponyms = geoparse(gaz, "A grenade was thrown near the Chilean Embassy, police said.")
    embassy = [t for t in toponyms if t.text.startswith("Chilean Embassy")]
    assert embassy and embassy[0].place is None  # never Chile, the country that sent it


def test_a_lower_case_office_is_no_name(gaz):
    toponyms = geoparse(gaz, "They will close the Peruvian consulate in Lima next month.")
    assert not any("consulate" in t.text for t in toponyms)
    assert _named(toponyms, "Lima").locational


def test_a_ministry_lies_in_its_countrys_capital(gaz):
    t = _named(geoparse(gaz, "The ambassador was summoned to the Iranian Foreign Ministry on Tuesday."),
               "Iranian Foreign Ministry")
    assert t.locational and t.place.country_code == "IR" and t.place.precision == 1
    t = _named(geoparse(gaz, "Nurses gathered outside the Ministry of Health of Peru on Monday."),
               "Ministry of Health of Peru")
    assert t.locational and t.place.country_code == "PE"


def test_a_ministry_acting_is_no_place(gaz):
    toponyms = geoparse(gaz, "The Peruvian Ministry of Health reported 40 new cases in Cusco.")
    _absent(toponyms, "Peruvian Ministry of Health")
    assert _named(toponyms, "Cusco").locational


# -- gold spans ----------------------------------------------------------------------------------------------

def test_a_given_span_that_names_a_body_resolves_to_its_seat_even_when_it_acts(gaz):
    text = "The European Commission said it would release the funds to farmers."
    start = text.index("European Commission")
    (t,) = resolve_names(gaz, text, [(start, start + len("European Commission"))])
    assert t.place is not None and t.place.country_code == "BE" and not t.locational
