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

Mends after the round's review (the last sections below): rule 1 needs an armed doer before the assault noun,
a hyphen after "attack" (a surname alone is attacked as often), and no organisation of the actor registry, no
Bantu plural of a people ("Banya-"), no doubled word and no surname of the story; after "strike" or "offensive"
the deed word stays needed. Rule 2 reads only a seat that opens its clause and an object that is a figure a
government sets (a budget, taxes, wages, fares, pensions ...) or a sum of money. Rule 4 leaves out "pushed"
and never makes a story person's surname firm. Rule 3's "from" keeps lists of cities, of towns side by side and
of names before a noun of people. Rule 5 stands in at the town in a country only for a site a town names
(field, dam, port, refinery, mine, plant), never for a dedication's building (stadium, hospital, hotel).

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


@pytest.mark.parametrize("text, name, cc", [
    # second review: a reporting aside between commas (", local chiefs said,") stands inside the clause, not at its
    # end; the armed doer before it still heads the assault
    ("Rebels, local chiefs said, launched an assault on Bokara-Tembe in Beni territory.", "Bokara-Tembe", "CD"),
    ("Militiamen, witnesses say, staged a raid on Ndoyo-Kesi in Irumu territory.", "Ndoyo-Kesi", "CD"),
])
def test_an_armed_doer_before_a_reporting_aside_still_heads_the_assault(gaz, text, name, cc):
    assert (name, cc) in located(gaz, text), located(gaz, text)


@pytest.mark.parametrize("text", [
    # guard: a comma that ends the clause is no aside ("Militiamen fled, and police launched an assault on ...")
    "Militiamen fled, and police said hackers launched an assault on Ndoyo-Kesi in Irumu territory.",
])
def test_a_doer_in_a_clause_before_is_no_doer_of_the_assault(gaz, text):
    assert "Ndoyo-Kesi" not in " ".join(found_names(gaz, text))


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
    ("Bucharest will halve the rail subsidy.", "Bucharest"),
    ("Warsaw has doubled its defence budget.", "Warsaw"),
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
    "Coach Pat Dunmore retired. Letters from Camden, Dunmore and Wills arrived on Sunday.",
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
    # resolved as the town, not dropped as a person and read again as an unknown village
    t = toponym(gaz, text, name)
    assert t.locational is True and t.place is not None and t.place.name == name, (t.place, t.fallback)


# -- 4. into after a verb of crossing --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    ("Refugees crossed into Renk from Sudan.", "Renk", "SS"),
    ("Refugees crossed into Renk on Monday.", "Renk", "SS"),
    ("Fighters infiltrated into Renk overnight.", "Renk", "SS"),
    ("Troops advanced into Marshall on Monday.", "Marshall", "US"),
    # a verb of going, read as before "to"
    ("Refugees fled into Renk on Monday.", "Renk", "SS"),
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


# == mends of the round's review: each class a rule above over-read ================================================
# -- 1. an assault's "on" takes an armed group, a firm, a people or a person as often as a village -----------------
@pytest.mark.parametrize("text, word", [
    # an organisation of the actor registry
    ("Warplanes carried out strikes on Hezbollah in Tyre district overnight.", "Hezbollah"),
    ("Gunmen staged a raid on Daesh in Hawija district.", "Daesh"),
    # "strike" and "offensive" take an organisation as readily as a place: a deed word is still needed
    ("The army opened an offensive on Toradiko in Masisi territory.", "Toradiko"),
    # a firm, attacked by no armed doer
    ("Hackers staged a raid on Kelvora in Nairobi county.", "Kelvora"),
    ("A strike on Brantwick in Leeds district hit sales.", "Brantwick"),
    # a people, in a Bantu plural ("Banya-": the people of)
    ("Rebels carried out a raid on Banyaluvinga in Fizi territory.", "Banyaluvinga"),
    # a person the story names
    ("Commander Joseph Tumbaro fled. Gunmen staged a raid on Tumbaro in Masisi territory.", "Tumbaro"),
    # after "attack" a single unhyphened word is a surname as often as a village
    ("Militiamen launched an attack on Bakumbira in Lubero territory.", "Bakumbira"),
])
def test_an_assault_on_a_group_a_firm_a_people_or_a_person_makes_no_village(gaz, text, word):
    assert not any(word in n for n in locational_names(gaz, text)), located(gaz, text)


def test_a_doubled_word_an_assault_takes_names_a_militia(gaz):
    # "Kata-Kata", "Mai-Mai": a word said twice names a band of fighters, never a village
    text = "Rebels launched an attack on Rasa-Rasa in Beni territory."
    assert not any("Rasa" in n for n in found_names(gaz, text)), located(gaz, text)


def test_an_armed_doer_and_a_district_still_make_the_village(gaz):
    text = "Militiamen staged a raid on Bokoviro in Rutshuru territory on Sunday."
    assert ("Bokoviro", "CD") in located(gaz, text), located(gaz, text)


# -- 2. the seat must open the clause: the object of a verb before it is no subject ----------------------------------
@pytest.mark.parametrize("text, name", [
    ("Drones striking Kharkiv have cut power to 40,000 homes.", "Kharkiv"),
    ("Families leaving Warsaw have cut their spending.", "Warsaw"),
])
def test_a_seat_after_a_verb_is_its_object_not_the_government(gaz, text, name):
    assert toponym(gaz, text, name).locational is True


@pytest.mark.parametrize("text, name", [
    # a seat opening its clause, after a comma or a conjunction
    ("Prices rose, and Bucharest has raised bus fares.", "Bucharest"),
    ("Bucharest has doubled its fuel subsidies.", "Bucharest"),
    ("Warsaw will raise pensions next year.", "Warsaw"),
    ("Bucharest has cut 300 million euros from the plan.", "Bucharest"),
])
def test_a_seat_opening_its_clause_and_changing_a_figure_is_the_government(gaz, text, name):
    assert toponym(gaz, text, name).locational is False


@pytest.mark.parametrize("text, name", [
    # second review: reported speech without "that" ("Officials say Warsaw will ..."): the verb of saying opens the
    # clause its complement is, and the seat after it is that clause's subject, the government
    ("Ministers say Bucharest will raise bus fares in May.", "Bucharest"),
    ("A spokesman said Warsaw has doubled its defence budget.", "Warsaw"),
    ("The agency reported Bucharest has cut fuel taxes.", "Bucharest"),
    # round 29: the one a verb of telling addresses stands between it and the clause (policy_quantities.py)
    ("Aides told reporters Warsaw will halve the rail subsidy.", "Warsaw"),
])
def test_a_seat_after_a_verb_of_saying_changing_a_figure_is_the_government(gaz, text, name):
    assert toponym(gaz, text, name).locational is False


# -- 3. only a figure a government sets, or a sum of money, is the object ---------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Bucharest will double within a decade.", "Bucharest"),
    ("Warsaw has doubled under its new mayor.", "Warsaw"),
    ("Bucharest has increased 40 percent in area since 2001.", "Bucharest"),
    ("Bucharest has doubled its footprint since 1995.", "Bucharest"),
    ("Warsaw has cut its water use at night.", "Warsaw"),
    ("Warsaw has tripled its cycle lanes.", "Warsaw"),
])
def test_a_seat_changing_what_no_government_sets_stays_the_ground(gaz, text, name):
    assert toponym(gaz, text, name).locational is True


# -- 4. a site named for a town stands in at it only when the name is a site's, or the container a province ---------
@pytest.mark.parametrize("text, name, container", [
    ("Fans gathered at the Jackson Stadium in the United States.", "Jackson Stadium", "United States"),
    ("A fire gutted the Victoria Hospital in Canada.", "Victoria Hospital", "Canada"),
    ("Police raided the Lagos Hotel in Nigeria.", "Lagos Hotel", "Nigeria"),
])
def test_a_dedicated_building_in_a_country_stands_in_at_the_country(gaz, text, name, container):
    assert _stand_in(gaz, text, name).name == container


def test_a_site_named_for_a_town_of_another_country_stands_in_at_the_stated_country(gaz):
    # Kirkuk is an Iraqi town: a field "in Iran" named so is not at it
    assert _stand_in(gaz, "Output fell at the Kirkuk oilfield in Iran.", "Kirkuk oilfield").name == "Iran"


# -- 5. "pushed into" a person of the story ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Coach Dale Marshall watched. The forward pushed into Marshall under the basket.", "Marshall"),
    ("Referee Tom Denton looked on. The winger was pushing into Denton near the line.", "Denton"),
])
def test_pushing_into_a_person_of_the_story_is_no_place(gaz, text, name):
    assert name not in locational_names(gaz, text), located(gaz, text)


def test_a_story_person_s_surname_is_no_firm_place_after_a_crossing_verb(gaz):
    text = "Coach Dale Marshall watched. The forward crept into Marshall under the basket."
    assert "Marshall" not in locational_names(gaz, text), located(gaz, text)


# -- 6. a list after "from" of towns of size, or before a noun, stays a list of towns -------------------------------
@pytest.mark.parametrize("text, name", [
    ("Secretary Cordell Hull spoke. Letters from Leeds, York and Hull arrived on Monday.", "Leeds"),
    ("Coach Kevin Durham resigned. Messages from Charlotte, Raleigh and Durham poured in on Monday.", "Charlotte"),
    # the names modify a noun of people: towns, of any size
    ("Secretary Cordell Hull spoke. Letters from Whitby, Skipton and Hull readers arrived.", "Whitby"),
])
def test_a_list_after_from_of_towns_of_size_or_before_a_noun_keeps_its_towns(gaz, text, name):
    assert toponym(gaz, text, name).place is not None and toponym(gaz, text, name).locational is True


@pytest.mark.parametrize("text", [
    # second review: a noun of people after the list ("supporters", "families") follows senders' surnames as often
    # as towns; only towns lying side by side make the list one of towns
    "Senator Ann Warren spoke. Greetings from Sanders, Booker and Warren supporters poured in.",
    "Judge Amy Carter spoke. Letters from Logan, Tyler and Carter families arrived.",
    "Coach Lou Durham quit on Friday. Notes from Jordan, Bryant and Durham fans arrived.",
    # cities of size, wherever they lie, are a list of surnames when the story names two of them as people
    "Presidents Andrew Jackson and James Madison wrote often. Letters from Lincoln, Jackson and Madison are on show.",
])
def test_a_list_of_senders_names_before_a_noun_or_of_far_cities_is_of_people(gaz, text):
    assert locational_names(gaz, text) == []


def test_a_site_named_for_a_town_in_a_town_stands_in_at_the_stated_town(gaz):
    # a container that is itself a point is where the site stands, whatever town its name carries
    assert _stand_in(gaz, "Guards were killed at the Kirkuk gas field in Baghdad.", "Kirkuk gas field").name \
        == "Baghdad"
