"""Places written short: a city's initials ("L.A.", "NYC"), the bare capitals news writes on their own ("in
DC", "in KL"), a compass word before one ("South L.A."), a state's abbreviation as a modifier ("a Ky. man")
or as a legislator's constituency ("D-W. Va."), and initials joined by an ampersand ("T&T"). A bare code
with nothing around it that makes it a place stays a word ("Renault SA", "DC Comics"). The sentences are
the project's own."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.short_forms import load_short_forms, written_as


def found(gaz, text):
    return {t.text: t for t in geoparse(gaz, text)}


def place_of(gaz, text, name):
    t = found(gaz, text).get(name)
    assert t is not None, f"{name!r} not found in {text!r}"
    return t


# -- city initials and bare short forms --------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("A new clinic opened in L.A. on Monday.", "L.A."),
    ("Dockworkers at the L.A. port walked out.", "L.A."),
    ("L.A.'s mayor visited the scene.", "L.A."),
    ("Two shops burned in South L.A. overnight.", "South L.A."),
])
def test_la_with_periods_is_los_angeles(gaz, text, name):
    t = place_of(gaz, text, name)
    assert t.place is not None and t.place.name == "Los Angeles" and t.place.country_code == "US"


def test_initials_before_a_surname_are_a_person(gaz):
    assert "L.A." not in found(gaz, "L.A. Mendez signed the contract.")


def test_bare_la_after_a_place_cue_is_the_city_not_louisiana(gaz):
    t = place_of(gaz, "The band moved to LA from Chicago last spring.", "LA")
    assert t.place is not None and t.place.name == "Los Angeles"


@pytest.mark.parametrize("text, name, place", [
    ("Protesters marched in DC after a rally in Baltimore.", "DC", "District of Columbia"),
    ("Traffic in KL was heavy, officials in Selangor said.", "KL", "Kuala Lumpur"),
    ("Rents in SF rose again, landlords in Oakland said.", "SF", "San Francisco"),
    ("She flew to NYC on Monday.", "NYC", "New York City"),
    ("Police in the DC area said crime fell in Baltimore.", "DC", "District of Columbia"),
])
def test_bare_short_forms_after_a_place_cue_are_read_with_support(gaz, text, name, place):
    t = place_of(gaz, text, name)
    assert t.place is not None and t.place.name == place


@pytest.mark.parametrize("text, name", [
    ("DC Comics released a new title on Tuesday.", "DC"),
    ("Renault SA said profits rose.", "SA"),
    ("The MP said the budget would pass.", "MP"),
    ("Prices in IN 5 stores rose.", "IN"),
])
def test_bare_capitals_without_a_place_cue_are_no_place(gaz, text, name):
    assert name not in found(gaz, text)


# -- a compass word and a short form -----------------------------------------------------------------------

def test_a_capitalised_compass_word_is_part_of_the_short_form(gaz):
    t = place_of(gaz, "Volunteers drove from Northwest D.C. to the shelter.", "Northwest D.C.")
    assert t.place is not None and t.place.admin1 == "District of Columbia"


def test_inner_period_initials_follow_any_place_cue(gaz):
    t = place_of(gaz, "The convoy travelled from Tulsa to D.C. last summer.", "D.C.")
    assert t.place is not None and t.place.admin1 == "District of Columbia"


# -- state abbreviations -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, state", [
    ("A Ky. farmer sold the land.", "Ky.", "Kentucky"),
    ("Two Ore. lawmakers proposed the bill.", "Ore.", "Oregon"),
    ("Cash-strapped Ind. schools cut staff.", "Ind.", "Indiana"),
    ("Jo Dee of Hollowtree, Okla., won the prize.", "Okla.", "Oklahoma"),
])
def test_a_dotted_state_abbreviation_as_modifier_or_after_any_town(gaz, text, name, state):
    t = place_of(gaz, text, name)
    assert t.place is not None and t.place.name == state


@pytest.mark.parametrize("text, name, state", [
    ("Rep. Dana Holt, D-W. Va., said the bill failed.", "W. Va.", "West Virginia"),
    ("Sen. Jane Roe (R-Texas) objected to the vote.", "Texas", "Texas"),
    ("Rep. Ann Lee (D-NY) spoke first.", "NY", "New York"),
    ("Rep. Bo Dunn, R-Calif., voted no.", "Calif.", "California"),
    ("Rep. Bo Dunn, R-Calif, voted no.", "Calif", "California"),  # the party tag's period dropped
    ("Sen. Ida Marsh, D-Mich, read the statement.", "Mich", "Michigan"),
])
def test_a_legislators_state_is_a_place_not_where_anything_happened(gaz, text, name, state):
    t = place_of(gaz, text, name)
    assert t.place is not None and t.place.name == state
    assert t.locational is False and t.cue == "affiliation"


@pytest.mark.parametrize("text, name, state", [
    ("CEDAR BLUFF, Ky (WXKT) -- A barn burned overnight.", "Ky", "Kentucky"),
    ("Firefighters from Pine Hollow, Va spent the night at the scene.", "Va", "Virginia"),
])
def test_a_state_abbreviation_without_its_period_after_a_town_is_the_state(gaz, text, name, state):
    t = place_of(gaz, text, name)
    assert t.place is not None and t.place.name == state


def test_a_two_letter_word_after_a_comma_is_no_state_unless_a_states_abbreviation(gaz):
    assert "Jo" not in found(gaz, "Lee Smith, Jo Park and Al Reyes went home.")


def test_a_postal_code_after_a_town_is_the_state_though_its_ap_form_shares_the_letters(gaz):
    t = place_of(gaz, "Shoppers in Macon, GA lined up early on Friday.", "GA")
    assert t.place is not None and t.place.name == "Georgia"


def test_a_space_after_an_inner_period_writes_the_same_abbreviation():
    text = "Greenwood, W. Va., and Elkins, W.Va."
    first, second = text.index("W. Va"), text.rindex("W.Va")
    assert written_as(text, first, first + len("W. Va"), "W.Va.")
    assert written_as(text, second, second + len("W.Va"), "W.Va.")
    assert not written_as("in La Paz", 3, 5, "La.")  # the period is part of the abbreviation


# -- initials joined by an ampersand -----------------------------------------------------------------------

def test_initials_joined_by_an_ampersand_are_one_name(gaz):
    t = place_of(gaz, "Police said T&T recorded fewer murders than Barbados.", "T&T")
    assert t.place is not None and t.place.country_code == "TT"


def test_a_firm_name_with_an_ampersand_is_no_place(gaz):
    assert not any(t.place is not None and t.place.country_code == "TT"
                   for t in geoparse(gaz, "AT&T raised its prices in Texas."))


# -- the short-form list ------------------------------------------------------------------------------------

def test_the_bundled_short_forms_are_bare_capitals():
    forms = load_short_forms()
    assert {"DC", "LA", "KL"} <= {f.written for f in forms}
    assert all(f.written.isupper() and f.written.isalpha() for f in forms)


@pytest.mark.parametrize("entry, message", [
    ("{admin1: US.DC, names: [DC], alone: [DC]}", "kind: abbreviation"),
    ("{admin1: US.DC, kind: abbreviation, names: [D.C.], alone: [DC]}", "not among"),
    ("{admin1: US.DC, kind: abbreviation, names: [D.C., DC], alone: [D.C.]}", "bare capitals"),
])
def test_the_short_form_loader_refuses_malformed_entries(tmp_path, entry, message):
    path = tmp_path / "aliases.yaml"
    path.write_text(f"aliases:\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_short_forms(str(path))
