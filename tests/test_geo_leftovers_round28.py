"""Round twenty-eight of known leftovers: classes of English errors left by earlier rounds.

1. A one-word name the gazetteer lacks, hyphened or not, taken by an assault's "on" and followed by "in" and a
   district's division word ("an attack on Kitosa-Mbeli in Beni territory") is a village: a person attacked is
   named by a given name and a surname or with a title ("an attack on John Mbusa", "on Pastor Kambale"), and a
   plural of a people or a faith ("an attack on Christians") is a people. Before, only a deed word ahead of the
   cue ("killed", "clashed") let the aside without a comma make the name a place.
2. A seat of government (a country, a state, a capital) that, after an auxiliary, doubles, cuts, raises or
   halves something it sets ("Bucharest has doubled its defence budget", "Warsaw will cut fuel taxes") is its
   government. The same verbs without an object ("has doubled in size"), in a passive ("has been cut off"),
   with a particle ("has cut off the power") or counting the place's own people ("has doubled its population")
   tell what happens to the place, which stays the ground.

3. The first of three names or more after "from" and a noun of a message ("letters from Lincoln, Hampton and
   Deen"), or of two or more after "in" and a word of trust ("placed their faith in Marshall and Tyler"), a
   later one of which the story gives a person (Ruth Hampton, Tom Tyler), is a person as the others are,
   though no person of the story bears it: before, only the later names were read as people. Two names after
   "from", a list of towns no person of the story bears, a list after a noun of people or goods ("riders from
   ...") and towns of some size side by side after a word of trust ("a stake in Niles and Warren") are read
   as before.
4. "into" after a verb of crossing or of going ("refugees crossed into Renk", "fighters infiltrated into X")
   takes where the movers arrived, as "to" after a verb of going does: the name after it is firmly a place, so
   a county held only under its bare name is kept as after "in". "into" after other verbs ("ran into Jones",
   "investors poured into Amazon") stays a weak cue.
5. A named site whose name carries a town ("the Kirkuk gas field", "the Ahvaz oilfield"), placed by the text in
   a country or a province that holds the town ("... in Iraq"), stands in at the town, not at the coarser
   container: the field lies at the town its name carries, and the container agrees. A container that does not
   hold the town (the Baiji plant "in Basra province"), or a name the story's country does not hold ("Al-Quds
   Hospital in Syria"), keeps the container.

Left open (xfails below, with their reasons): a lake named like the county or town that took its name ("swam
in Bear Lake"), and a square held only under another country's district's name, after a weak cue ("walked
across the Registan in Samarkand").

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import pytest

from conftest import found_names, located, locational_names, toponym


# -- 1. an unknown village an assault's "on" takes, in a district ----------------------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    ("Rebels launched an attack on Kitosa-Mbeli in Beni territory on Sunday.", "Kitosa-Mbeli", "CD"),
    ("Militiamen carried out an attack on Mabanga-Ndoyo in Irumu territory.", "Mabanga-Ndoyo", "CD"),
    ("Fighters launched an assault on Bokoroma in Djugu territory.", "Bokoroma", "CD"),
    ("Bandits launched an attack on Tangaza-Ruvu in Kilombero district.", "Tangaza-Ruvu", "TZ"),
    ("Gunmen staged a raid on Kitungu-Mbari in Masisi territory overnight.", "Kitungu-Mbari", "CD"),
])
def test_a_one_word_name_an_assault_takes_in_a_district_is_a_village(gaz, text, name, cc):
    assert (name, cc) in located(gaz, text), located(gaz, text)


@pytest.mark.parametrize("text, words", [
    # a person: a given name and a surname, or a title before the name
    ("Gunmen launched an attack on John Mbusa in Beni territory.", ["John", "Mbusa"]),
    ("Rebels carried out an attack on Pastor Kambale in Beni territory.", ["Pastor", "Kambale"]),
    ("Police foiled an attack on Mbusa Kambale in Lubero territory.", ["Mbusa", "Kambale"]),
    # a given name alone
    ("Gunmen launched an attack on Ahmed in Kilombero district.", ["Ahmed"]),
    # a people or a faith, written in the plural
    ("Soldiers repelled an attack on Christians in Beni territory.", ["Christians"]),
    ("Soldiers repelled an attack on Catholics in Beni territory.", ["Catholics"]),
])
def test_a_person_or_a_people_an_assault_takes_is_no_village(gaz, text, words):
    read = " ".join(found_names(gaz, text))
    assert not any(w in read for w in words), read


def test_an_assault_on_a_village_still_needs_a_district_after_it(gaz):
    # with no division word after "in", an unknown name after "an attack on" is as often a person's or a firm's
    assert "Kitosa-Mbeli" not in found_names(gaz, "Rebels launched an attack on Kitosa-Mbeli in the morning.")


# -- 2. a seat of government changing a figure it sets ---------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Bucharest has doubled its defence budget.", "Bucharest"),
    ("Bucharest has doubled defence spending.", "Bucharest"),
    ("Bucharest has raised the minimum wage.", "Bucharest"),
    ("Warsaw has cut fuel taxes for farmers.", "Warsaw"),
    ("Warsaw has slashed fuel taxes.", "Warsaw"),
    ("Warsaw will cut fuel taxes.", "Warsaw"),
    ("Madrid plans to halve the subsidy.", "Madrid"),
    ("Romania has doubled its defence budget.", "Romania"),
])
def test_a_seat_of_government_changing_a_figure_it_sets_is_its_government(gaz, text, name):
    assert toponym(gaz, text, name).locational is False


@pytest.mark.parametrize("text, name", [
    ("Bucharest has doubled in size since 1990.", "Bucharest"),
    ("Bucharest has doubled its population since 1990.", "Bucharest"),
    ("Bucharest has been cut off by snow.", "Bucharest"),
    ("Warsaw has cut off the power to the east.", "Warsaw"),
    ("The population of Bucharest has doubled since 1990.", "Bucharest"),
    ("Traffic in Warsaw has doubled.", "Warsaw"),
])
def test_a_place_that_grows_or_is_cut_off_stays_the_ground(gaz, text, name):
    assert toponym(gaz, text, name).locational is True


# -- 3. the first name of a list of people ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ruth Hampton chairs the board. Letters from Lincoln, Hampton and Deen came in on Monday.",
    "Detective Sam Lowell testified. Testimony from Burlington, Lowell and Reed filled the day.",
    "Mayor Ann Reed spoke. Statements from Denver, Boulder and Reed followed on Friday.",
    "Coach Pat Dunmore retired. Tributes poured from Camden, Dunmore and Wills on Sunday.",
    "Sen. Tom Tyler spoke on Monday. Voters placed their faith in Marshall and Tyler this fall.",
    "The poet Amy Lowell wrote of him. He found comfort in Frost and Lowell during the war.",
])
def test_the_first_name_of_a_list_of_people_is_a_person(gaz, text):
    assert locational_names(gaz, text) == []


@pytest.mark.parametrize("text, name", [
    # no person of the story bears a listed name: the towns stay towns
    ("Letters from Lincoln, Omaha and Kearney came in on Monday.", "Lincoln"),
    # a noun of people, not of a message, before "from"
    ("Ruth Hampton chairs the board. Farmers from Lincoln, Hampton and Deen came in on Monday.", "Lincoln"),
    # towns of some size side by side after a word of trust
    ("Mayor Jim Warren spoke. Investors took a stake in Youngstown and Warren last year.", "Youngstown"),
    ("Mayor Jim Warren spoke. Residents take pride in Niles and Warren.", "Niles"),
])
def test_a_list_after_from_that_names_no_senders_keeps_its_towns(gaz, text, name):
    assert name in locational_names(gaz, text)


# -- 4. into after a verb of crossing --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    ("Refugees crossed into Renk from Sudan.", "Renk", "SS"),
    ("Refugees crossed into Renk on Monday.", "Renk", "SS"),
    ("Fighters infiltrated into Renk overnight.", "Renk", "SS"),
    ("Troops advanced into Marshall on Monday.", "Marshall", "US"),
])
def test_a_name_after_into_and_a_verb_of_crossing_is_a_place(gaz, text, name, cc):
    assert (name, cc) in located(gaz, text), located(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("He ran into Jones at the market.", "Jones"),
    ("Investors poured into Amazon last week.", "Amazon"),
])
def test_a_name_after_into_and_another_verb_is_no_place(gaz, text, name):
    assert name not in found_names(gaz, text)


# -- 5. a site named for a town, in a country holding the town --------------------------------------------------
def _stand_in(gaz, text: str, name: str):
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None, (t.place, t.fallback)
    return t.fallback


@pytest.mark.parametrize("text, name, town", [
    ("Guards were killed at the Kirkuk gas field in Iraq.", "Kirkuk gas field", "Kirkuk"),
    ("Output fell at the Ahvaz oilfield in Iran.", "Ahvaz oilfield", "Ahvaz"),
])
def test_a_site_named_for_a_town_in_a_country_holding_it_stands_in_at_the_town(gaz, text, name, town):
    assert _stand_in(gaz, text, name).name == town


@pytest.mark.parametrize("text, name, container", [
    ("Guards were killed at the Baiji power plant in Basra province.", "Baiji power plant", "Basra"),
    ("Doctors at the Al-Quds Hospital in Syria were hurt.", "Al-Quds Hospital", "Syria"),
])
def test_a_site_whose_container_does_not_hold_its_town_stands_in_at_the_container(gaz, text, name, container):
    assert _stand_in(gaz, text, name).name == container


# -- left open -------------------------------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="the bundled gazetteer holds no lake named Bear Lake, only Bear Lake County "
                   "(Idaho) and a hamlet giving the name as another spelling: a water verb before 'X Lake' cannot "
                   "choose a lake the store lacks, and a curated entry for this one lake would fix one example")
def test_a_lake_named_like_its_county_is_the_lake_after_a_water_verb(gaz):
    t = toponym(gaz, "Children swam in Bear Lake on Saturday afternoon.", "Bear Lake")
    assert t.place is not None and t.place.feature_code == "LK", t.place


@pytest.mark.xfail(strict=True, reason="'Registan' bare is held only as an Afghan district (Rēgistān) and the "
                   "gazetteer holds no square of the name: after the weak cue 'across' (with or without 'the') the "
                   "district, unsupported by the story's Uzbek places, is dropped; after a firm 'in' ('in Registan "
                   "in Samarkand') it is kept, unresolved, standing in at Samarkand")
def test_a_square_named_bare_in_its_city_is_found(gaz):
    assert "Registan" in found_names(gaz, "Tourists walked across the Registan in Samarkand.")
