"""Rules found by the news probe's sixty-fourth batch (outbreak reports of the GeoVirus kind from Niger, Togo,
eastern Syria, Belize, Suriname, Oecusse, Bhutan, the Solomon Islands, South Sudan and Zimbabwe's Midlands, and
international news of the TR-News kind from Luxembourg, the Belarusian border, Kuwait, Brunei, Turkmenistan, the
Seychelles, Malta, the Essequibo, northern Oman and a cricket final in Barbados).

The word a writer puts after a Spanish-American division's name tells two countries' divisions of one name apart:
Venezuela's are states and Colombia's departments, so "miners from Bolívar state" in a Guyanese story is
Venezuela's, where Colombia's larger department had been read (geo/first_level_words.py now lists the countries
that call their first-level divisions departments). And true facts for
the lexicons: Belize writes its district towns with "Town" ("Orange Walk Town", "Corozal Town"), which tells them
from their districts; "St Vincent" is the short name of Saint Vincent and the Grenadines, as "St Lucia" is of
Saint Lucia; the Essequibo region (held by Guyana, claimed by Venezuela), the Cuyuni and the Courantyne
(Corentyne) rivers; Bhutan's rivers named with "Chhu" (the Pho Chhu and the Mo Chhu meet at Punakha); and the
Khor Abdullah channel between Kuwait and Iraq. The Ebola River, the disease's namesake, is left out: once it is
held, a later "the Ebola" in the same report ("a subtype of the Ebola") is read as the river.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str | None, str | None]:
    """(country, feature code) of the place read for `name`, or of its stand-in where it is unresolved."""
    t = toponym(gaz, text, name)
    if t.place is not None:
        return t.place.country_code, t.place.feature_code
    return (t.fallback.country_code if t.fallback else None), None


# -- the word a writer calls a division by ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lawyers for Georgetown said soldiers had escorted miners from Bolívar state across the river.",
    "Gold miners from Bolívar state were seen on the river near Bartica.",
])
def test_a_state_is_venezuelas_not_colombias_department(gaz, text):
    """Venezuela calls its first-level divisions states and Colombia departments: "Bolívar state", in a story
    that names no place in either country, is Venezuela's, though Colombia's department of the name is larger."""
    assert _where(gaz, text, "Bolívar") == ("VE", "ADM1")


def test_a_department_is_colombias(gaz):
    """The same word read the other way: "Bolívar department" is Colombia's."""
    assert _where(gaz, "Farmers in Bolívar department blocked the road on Tuesday.", "Bolívar") == ("CO", "ADM1")


@pytest.mark.parametrize("text, country", [
    ("Troops moved into Bolívar state after a bombing near Cartagena and Barranquilla.", "CO"),
    ("Police in Bolívar said the road was shut.", "CO"),
])
def test_the_story_outweighs_the_word_and_a_bare_name_is_left_alone(gaz, text, country):
    """The negative cases: the word is only a tie-breaker, so a story set among Colombian towns keeps Colombia's
    department whatever word the writer used, and a name with no word is read as before."""
    assert _where(gaz, text, "Bolívar")[0] == country


# -- true facts for the lexicons -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Crews are fogging streets in Orange Walk Town after the rains.", "Orange Walk Town"),
    ("Schools in Corozal Town will close early on Friday.", "Corozal Town"),
    ("The ferry from Dangriga Town to the cayes was cancelled.", "Dangriga Town"),
])
def test_belizes_district_towns_are_found_whole(gaz, text, name):
    """Belize writes its district towns with "Town", telling them from the districts: the whole name is the
    town, not "Orange Walk" followed by a stray word."""
    assert name in locational_names(gaz, text)
    assert _where(gaz, text, name) == ("BZ", "PPL")


@pytest.mark.parametrize("text", [
    "About 2,000 fans are expected to travel from St Vincent and Antigua.",
    "Ferries from St. Vincent to Bequia were cancelled as the storm neared.",
])
def test_st_vincent_is_saint_vincent_and_the_grenadines(gaz, text):
    """"St Vincent" is the usual short name of Saint Vincent and the Grenadines (as "St Lucia" is of Saint
    Lucia), not a Jamaican division of that name."""
    name = "St Vincent" if "St Vincent" in text else "St. Vincent"
    assert _where(gaz, text, name)[0] == "VC"


@pytest.mark.parametrize("text, name, country, code", [
    ("Venezuela claims the Essequibo, and Guyana has sent troops to its border.", "Essequibo", "GY", "RGN"),
    ("Miners crossed the Cuyuni near Bartica on Monday.", "Cuyuni", None, "STM"),
    ("Patients were found in Corriverton, on the Corentyne.", "Corentyne", None, "STM"),
    ("Migratory birds winter along the Pho Chhu below the fortress.", "Pho Chhu", "BT", "STM"),
    ("Rafters set off down the Mo Chhu from Punakha.", "Mo Chhu", "BT", "STM"),
    ("Talks over shipping in the Khor Abdullah stalled again.", "Khor Abdullah", None, "STRT"),
])
def test_features_the_tables_lack_are_found(gaz, text, name, country, code):
    """A region, rivers and a channel GeoNames' populated places lack are found whole and read as features."""
    assert name in locational_names(gaz, text)
    assert _where(gaz, text, name) == (country, code)


def test_the_essequibo_river_is_still_the_river(gaz):
    """The negative case: the region's name does not take the river's whole name."""
    text = "Barges carry gold down the Essequibo River to Parika."
    assert _where(gaz, text, "Essequibo River") == ("GY", "STM")


# -- shown, not mended ------------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="'the X crossing' after a name no gazetteer holds is read as a site of its own "
                                       "(facilities.yaml town_heads, for conflict reports); outbreak corpora mark "
                                       "the town alone")
def test_an_unknown_towns_crossing_names_the_town(gaz):
    """A GeoVirus annotator marks "Sinkansé" in "the Sinkansé crossing"."""
    text = "Burkina Faso has been asked to watch for fever at the Sinkansé crossing."
    assert "Sinkansé" in found_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="metonymy: a state named after 'the state of' keeps that firm place cue, so its "
                                       "reporting verb is never read")
def test_a_state_titled_with_of_that_reports_is_its_authority(gaz):
    """"The Indian state of West Bengal reported dead crows": the state's authority reports, as "West Bengal
    reported" does."""
    text = "The Indian state of West Bengal reported dead crows near Siliguri last month."
    assert "West Bengal" not in locational_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="lexicon: 'the Kimberley', Western Australia's region, is not held beside the "
                                       "South African city, and no rule reads the article before it")
def test_the_kimberley_is_australias_region(gaz):
    """"the Kimberley" with its article is the Australian region; Kimberley without it is the South African city."""
    text = "Australia's agriculture department said it was watching dogs in the Kimberley."
    assert _where(gaz, text, "Kimberley")[0] == "AU"
