"""Rules found by the conflict probe's thirty-ninth round (countries it had no report of: St. Cloud in Minnesota,
Mantes-la-Jolie, Mayotte's Kawéni, Réunion's Saint-Denis, Sangerhausen, Arezzo, Madrid's Vallecas, Utrecht's
Kanaleneiland, Molenbeek, Göteborg's Hjällbo, Fnideq, Moss, Helsinki's Itäkeskus, rural Roscommon,
Wien-Favoriten, Winterthur, Krnov, Ózd, Petroșani, Knin, Kokura, Newcastle's Wallsend, Whangārei and Surrey,
B.C.).

A petrol bomb, a Molotov cocktail or an incendiary device thrown at a hostel, a party office or a home (or a
building "firebombed") is an arson attack, property destruction, with or without a protest: the protest cues
that name such weapons scored only where a protest was named, and the night attack on a shelter was no event.

Words are no projectiles: protesters who "hurled insults at police" did not turn violent, and "insults hurled
at the mayor" or "rocks hurled at police" is no grenade (the weak cue "hurled at" counts only where what is
thrown is unnamed or explosive).

"X, a district of Y" after a name the tables do not hold, where they hold Y only as a town, is a part of the
town (precision 2), not a second-order division named after it that the tables lack (3).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place


# -- an incendiary thrown at a building or a home is an arson attack ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Attackers threw two petrol bombs at a hostel for seasonal workers in Opole on Saturday night.",
    "Masked men hurled incendiary devices at the offices of a regional newspaper in Patras before dawn.",
    "A Molotov cocktail was thrown at the home of a local councillor in Cluj on Tuesday, police said.",
    "Someone threw a firebomb through the window of a kebab shop in Limerick overnight.",
])
def test_an_incendiary_thrown_at_a_building_is_property_destruction(classifier, text):
    """No protest is named, so the protest cues ("petrol bomb", "threw") had nothing to hold the act to and
    the report was no event at all; an incendiary thrown at a building is the arson ACLED records as
    property destruction."""
    result = classifier.classify(text)
    assert result.label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "Arsonists firebombed a shelter for asylum seekers in Cottbus on Sunday.",
    "Unknown men firebombed the office of an opposition party in Kutaisi overnight.",
])
def test_a_building_firebombed_is_property_destruction(classifier, text):
    """"Firebombed" with a building as its object says the same as "threw a firebomb at" it."""
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text, label", [
    ("Youths threw petrol bombs at riot police in Lurgan on Friday night.", "MOB_VIOL"),
    ("Protesters threw petrol bombs at the town hall in Sfax on Monday.", "VIOL_DEMONSTR"),
])
def test_incendiaries_at_the_forces_or_by_protesters_keep_their_own_type(classifier, text, label):
    """Guard: a crowd's petrol bombs at the police are mob violence, a protest's are its own violence."""
    assert classifier.classify(text).label == label


@pytest.mark.parametrize("text", [
    "No petrol bomb was thrown at the mosque in Bradford, police said.",
    "The gang threatened to throw petrol bombs at the shops in Bergen.",
    "Boys threw stones at a parked bus in Kaunas on Monday.",
    "Fans threw flares onto the pitch in Genoa on Sunday.",
])
def test_a_negated_threatened_or_non_incendiary_throw_is_no_arson(classifier, text):
    """Guard: a throwing denied or only threatened is no attack, and stones or flares thrown at no building
    are no arson."""
    assert classifier.classify(text).scores.get("PROPERTY_DISTRUCT", 0) == 0


# -- words hurled are no projectiles ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Protesters hurled a hail of insults at police officers outside the ministry in Lome on Tuesday.",
    "Marchers threw abuse and accusations at the governor's guards in Kaduna on Friday.",
])
def test_protesters_hurling_words_do_not_turn_violent(classifier, text):
    """"Hurled" and "threw" are cues of a protest's violence; with only words as their objects they say
    nothing of it, and the protest stays peaceful."""
    result = classifier.classify(text)
    assert result.scores.get("VIOL_DEMONSTR", 0) == 0 and result.label == "PEACE_PROTEST"


def test_words_thrown_with_stones_still_make_a_violent_protest(classifier):
    """Guard: insults and stones together are still a throwing of stones."""
    text = "Protesters hurled insults and stones at police officers in Lome on Tuesday."
    assert classifier.classify(text).label == "VIOL_DEMONSTR"


@pytest.mark.parametrize("text", [
    "Insults hurled at police chief in Tamale",
    "Rocks hurled at soldiers in Bukavu",
    "Youths hurled eggs at a minister's car in Kisumu on Monday.",
])
def test_things_named_and_not_explosive_hurled_are_no_grenade(classifier, text):
    """The weak grenade cue "hurled at" stood for an unnamed device; where the thing hurled is named and is
    no explosive (insults, rocks, eggs), no grenade was thrown."""
    assert classifier.classify(text).scores.get("GRENADE", 0) == 0


@pytest.mark.parametrize("text", [
    "An object was hurled at a police post in Kisumu, wounding two officers.",
    "Grenade hurled at police post in Mandera",
])
def test_a_device_or_grenade_hurled_keeps_the_grenade(classifier, text):
    """Guard: an unnamed "object" may be a grenade, and a named one is one."""
    assert classifier.classify(text).scores.get("GRENADE", 0) > 0


# -- "X, a district of Y": a part of the town Y -------------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Rival gangs fought with machetes in Kawéni, a district of Mamoudzou, on Sunday.", "Mamoudzou"),
    ("Thugs burned two kiosks in Xanobadi, a district of Jos, on Friday.", "Jos"),
])
def test_an_unheld_district_of_a_town_is_near_the_town(gaz, text, town):
    """The indefinite article says the town is cut into districts: the event lies in one of its parts (2),
    not in a second-order division named after it that the tables lack (3)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 2)


def test_a_held_district_before_the_town_is_placed_by_itself(gaz):
    """Guard: a district the tables hold ("Bani Matar") is the event's place, at its own precision."""
    place = event_place(gaz, "An air strike hit a market in Bani Matar, a district of Sanaa, on Monday.")
    assert place is not None and (place.name, place.precision) == ("Bani Matar", 3)


def test_the_district_of_a_town_stays_the_district(gaz):
    """Guard: "the district of Jos" names the division, at the second order's precision."""
    place = event_place(gaz, "Gunmen killed four farmers in the district of Jos on Sunday.")
    assert place is not None and place.precision == 3


# -- left as it is ----------------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="an unheld neighbourhood before ', Utrecht' is read in the province (4), "
                                       "as an unheld village would be: city and province share the name")
def test_an_unheld_neighbourhood_before_a_city_named_like_its_province(gaz):
    place = event_place(gaz, "A grenade exploded at a door in Kanaleneiland, Utrecht, on Friday.")
    assert place is not None and place.precision == 2
