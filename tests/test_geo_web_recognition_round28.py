"""Web news writes a street's side of town as a one-letter compass abbreviation before its name ("N. Maple
Drive", "W. Orchard St."): the letter is part of the street's name, as "North" is in "North Fourth Street",
so the street is reported whole. A capital initial inside a person's name ("Mary E. Walnut") and the last
letter of a dotted abbreviation ("U.S.") are no compass word and open no street.

Two countries joined by a hyphen open the name of a body they share ("the Peru-Chile Friendship Group", "the
Kenya-Uganda Business Council"): both names are part of the body's name, as a single country is in "the Ghana
Business Council", so neither is a place the text puts anything at. The same pair before a common noun ("the
Kenya-Uganda railway", "the Syria-Turkey border") or naming one area ("the Dallas-Fort Worth area") stays two
places.

A few places stand for the trade they are home to ("Hollywood" for film, "Broadway" and "the West End" for
the stage, "Wall Street" for finance): before a noun of that trade ("the Broadway smash", "Hollywood's cowboy
films", "Wall Street analysts") the name is the trade, and nothing happens at the place. The same names after a
place cue or before any other noun stay places. Sentences invented for these tests."""
import pytest

from conftest import found_names, locational_names


# -- a compass abbreviation opens the street it stands before ---------------------------------------------------


@pytest.mark.parametrize("text, street", [
    ("Police were called to a break-in in the 300 block of N. Maple Drive in Glendale.", "N. Maple Drive"),
    ("A car was stolen from a driveway on S. Harbor Boulevard on Tuesday.", "S. Harbor Boulevard"),
    ("Crews cleared a crash on W. Orchard St. early Sunday.", "W. Orchard St."),
    ("The bakery at 112 E. Linden Avenue will close in June.", "E. Linden Avenue"),
    ("N. Juniper Road will be closed for repaving next week.", "N. Juniper Road"),
])
def test_a_compass_abbreviation_opens_the_street(gaz, text, street):
    assert street in found_names(gaz, text)


# -- an initial or a dotted abbreviation's last letter opens no street --------------------------------------------


@pytest.mark.parametrize("text, street", [
    ("The parade passed the U.S. Post Office on Harbor Boulevard.", "Harbor Boulevard"),
    ("The fund was named for Mary E. Walnut Street residents who gave the land.", "Walnut Street"),
])
def test_an_initial_or_a_dotted_abbreviation_opens_no_street(gaz, text, street):
    names = found_names(gaz, text)
    assert street in names
    assert not any(n.endswith(" " + street) and n != street for n in names)



# -- two names joined by a hyphen open a body's name together ---------------------------------------------------


@pytest.mark.parametrize("text, places", [
    ("The senator joined the Peru-Chile Parliamentary Friendship Group last year.", []),
    ("The Kenya-Uganda Business Council met in Nairobi on Monday.", ["Nairobi"]),
    ("Members of the India-Nepal Joint Commission met in Kathmandu.", ["Kathmandu"]),
    ("She chairs the Canada-Mexico Chamber of Commerce in Toronto.", ["Toronto"]),
    ("The Ghana Business Council met in Accra.", ["Accra"]),
])
def test_a_hyphen_pair_opening_a_bodys_name_is_no_place(gaz, text, places):
    assert locational_names(gaz, text) == places


@pytest.mark.parametrize("text, places", [
    ("Talks on the Kenya-Uganda railway resumed in Nairobi.", ["Kenya", "Uganda", "Nairobi"]),
    ("Shelling hit villages along the Syria-Turkey border.", ["Syria", "Turkey"]),
    ("Traffic in the Dallas-Fort Worth area was heavy on Friday.", ["Dallas", "Fort Worth"]),
])
def test_a_hyphen_pair_before_a_common_noun_stays_two_places(gaz, text, places):
    assert locational_names(gaz, text) == places


# -- a place standing for its trade, before a noun of that trade, is the trade ----------------------------------


@pytest.mark.parametrize("text, places", [
    ("She starred in the Broadway smash before moving to Denver.", ["Denver"]),
    ("The canyon served as a backdrop for Hollywood's cowboy films.", []),
    ("The West End musical will tour Leeds in May.", ["Leeds"]),
    ("Wall Street analysts expect growth at the plant in Omaha.", ["Omaha"]),
    ("A Hollywood film crew arrived in Santa Fe.", ["Santa Fe"]),
])
def test_a_place_standing_for_its_trade_before_a_noun_of_the_trade_is_no_place(gaz, text, places):
    assert locational_names(gaz, text) == places


@pytest.mark.parametrize("text, places", [
    ("He lived on Broadway in Nashville.", ["Broadway", "Nashville"]),
    ("The crew filmed the final scene in Hollywood last spring.", ["Hollywood"]),
    ("Theatres in the West End reopened on Monday.", ["West End"]),
    ("Tourists crowded Hollywood Boulevard on Sunday.", ["Hollywood Boulevard"]),
    pytest.param("The Broadway shops stayed open late in Fargo.", ["Broadway", "Fargo"], marks=pytest.mark.xfail(
        reason="'Broadway' is dropped before this rule whatever follows it ('The shops on Broadway stayed open late "
               "in Fargo' loses it too): a street read as a small town with no support near Fargo, left unbelieved; "
               "a recall gap outside the trade rule", strict=True)),
])
def test_the_same_names_after_a_cue_or_before_other_nouns_stay_places(gaz, text, places):
    assert locational_names(gaz, text) == places
