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
place cue or before any other noun stay places.

A letter that ends a sentence ("vitamin E.") or a numbered road's direction ("Highway 12 S.") opens no street,
and the street after it stays whole; after a bracket or a slash a letter does open one. Only a body's head word
(Council, Group, Commission) after the pair makes both names the body's: the first end of a named railway,
pipeline, train or war stays a place. A trade noun after a cued name, after a function word, or a noun that is
as often a verb where the name modifies nothing leaves the place, as does a namesake the story sets in a town of
its own ("the West End of Aberdeen", "Hollywood, Florida"). A cue before the name followed at once by a plain noun
of the trade ("in Broadway musicals", "in the West End production of") opens the noun's phrase, and the name is
the trade again; only a real town, no country, firm or other trade name, sets a namesake in a town of its own.
Sentences invented for these tests."""
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


# -- review of round 28: a compass letter after a numbered road, a sentence break or a dotted abbreviation -------


@pytest.mark.parametrize("text, street", [
    ("A truck overturned on Highway 12 S. Pine Street was closed as well in Dover.", "Pine Street"),
    ("Lanes were shut on Route 30 E. Elm Avenue was quiet by noon in Lima.", "Elm Avenue"),
])
def test_a_street_after_a_numbered_roads_direction_letter_is_kept(gaz, text, street):
    names = found_names(gaz, text)
    assert any(n == street or n.endswith(" " + street) for n in names)


@pytest.mark.parametrize("text, street", [
    ("The clinic on Pine Road (W. Cedar Lane) reopened on Monday.", "W. Cedar Lane"),
    ("Crews patched Birch St./N. Poplar Avenue overnight.", "N. Poplar Avenue"),
])
def test_a_compass_letter_after_a_bracket_or_a_slash_opens_the_street(gaz, text, street):
    assert street in found_names(gaz, text)


@pytest.mark.parametrize("text, street", [
    ("Her doctor prescribed vitamin E. Main Street pharmacies sold out within a day.", "Main Street"),
    ("Their U.S. Market Street offices closed in the spring.", "Market Street"),
])
def test_a_letter_ending_a_sentence_or_a_dotted_abbreviation_opens_no_street(gaz, text, street):
    names = found_names(gaz, text)
    assert street in names
    assert not any(n.endswith(" " + street) and n != street for n in names)


# -- review of round 28: only a body's head word makes a hyphen pair one name ----------------------------------


@pytest.mark.parametrize("text, first", [
    ("Work resumed on the Ghana-Togo Railway after the floods.", "Ghana"),
    ("Survivors of the Peru-Ecuador War met in Quito.", "Peru"),
    ("The Lisbon-Porto Express was cancelled because of a strike.", "Lisbon"),
    ("Engineers inspected the Uganda-Rwanda Pipeline after the leak.", "Uganda"),
])
def test_the_first_end_of_a_named_route_or_war_stays_a_place(gaz, text, first):
    assert first in locational_names(gaz, text)


def test_a_chain_of_three_hyphen_joined_names_opening_a_bodys_name_is_no_place(gaz):
    assert locational_names(gaz, "Envoys joined the Chile-Peru-Bolivia Trade Council in March.") == []


# -- review of round 28: a trade noun after a cued name, a function word or a verb leaves the place ------------


@pytest.mark.parametrize("text, places", [
    ("She flew to Hollywood to star in a thriller.", ["Hollywood"]),
    ("A tour bus crashed in Hollywood near studio gates.", ["Hollywood"]),
    ("Wildfires near Silicon Valley forced startups to close.", ["Silicon Valley"]),
    ("A blast on Fleet Street injured reporters on Friday.", ["Fleet Street"]),
])
def test_a_cued_name_before_a_noun_of_its_trade_stays_a_place(gaz, text, places):
    assert locational_names(gaz, text) == places


@pytest.mark.parametrize("text, places", [
    ("Heavy rain soaked Silicon Valley as engineers drove home.", ["Silicon Valley"]),
    ("Tourists who visit Hollywood film everything they see.", ["Hollywood"]),
])
def test_a_name_before_a_function_word_or_a_verb_stays_a_place(gaz, text, places):
    assert locational_names(gaz, text) == places


@pytest.mark.parametrize("text, places", [
    ("The Broadway show closed after a month in Chicago.", ["Chicago"]),
    ("Bollywood stars attended a wedding in Udaipur.", ["Udaipur"]),
    ("A Nollywood producer was kidnapped near Enugu.", ["Enugu"]),
    ("Fleet Street editors criticised the ruling in Belfast.", ["Belfast"]),
    ("Madison Avenue agencies pitched the campaign to voters in Ohio.", ["Ohio"]),
    ("Silicon Valley investors funded a solar plant in Nevada.", ["Nevada"]),
])
def test_each_trade_name_before_a_noun_of_its_trade_is_no_place(gaz, text, places):
    assert locational_names(gaz, text) == places


@pytest.mark.parametrize("text, name", [
    ("Power was cut across the West End of Aberdeen, and the West End show at a church hall was cancelled.",
     "West End"),
    ("Police in Hollywood, Florida, arrested two men. A Hollywood studio owner said the pair had fled.", "Hollywood"),
])
def test_a_namesake_the_story_sets_in_another_town_stays_a_place(gaz, text, name):
    names = locational_names(gaz, text)
    assert names.count(name) == 2


@pytest.mark.xfail(reason="a verb-like trade noun after a name in its modifier slot ('of the West End show support') is "
                          "read as the noun: telling 'show' the verb (an object follows) from 'show' the noun (a verb "
                          "follows) needs a part-of-speech reading the recogniser does not make", strict=True)
def test_a_namesake_before_a_verb_like_trade_noun_used_as_a_verb_stays_a_place(gaz):
    text = "Shoppers of the West End show support for a new library in Aberdeen."
    assert "West End" in locational_names(gaz, text)


# -- second review of round 28: a cue before a trade name followed by a plain noun of its trade is the noun's --------


@pytest.mark.parametrize("text, places", [
    ("He sang in Broadway musicals for twenty years before settling in Tulsa.", ["Tulsa"]),
    ("The fund put money in Silicon Valley startups last year.", []),
    ("She danced in Bollywood films before moving to Pune.", ["Pune"]),
    ("He has sung in West End musicals and toured Japan.", ["Japan"]),
    ("She was cast in the West End production of a new opera.", []),
    ("He joined the West End revival of an old comedy after a season in Boston.", ["Boston"]),
])
def test_a_cue_before_a_trade_name_and_a_plain_noun_of_its_trade_belongs_to_the_noun(gaz, text, places):
    assert locational_names(gaz, text) == places


@pytest.mark.parametrize("text, places", [
    ("A chemical spill in Hollywood forced studios to shut for a day.", ["Hollywood"]),
    ("Storms in Broadway closed shops for hours.", ["Broadway"]),
    ("She moved to Hollywood to act in westerns.", ["Hollywood"]),
])
def test_a_cue_before_a_trade_name_followed_by_a_verb_or_a_function_word_keeps_the_place(gaz, text, places):
    assert locational_names(gaz, text) == places


@pytest.mark.parametrize("text, places", [
    ("Disney's Hollywood studio laid off 150 workers on Monday.", []),
    # the owning country stays a place by the file's convention (a country's possessive is read where it lies)
    ("India's Silicon Valley startups hired 5,000 coders last year.", ["India"]),
    # round 29: a list of trade names shares the noun after its last member (geo/trade_namesakes.py)
    ("Hollywood, Bollywood and Nollywood films filled the cinemas of Accra.", ["Accra"]),
])
def test_a_possessor_or_a_follower_that_is_no_town_of_the_name_leaves_the_trade(gaz, text, places):
    assert locational_names(gaz, text) == places


def test_the_town_a_namesake_is_set_in_is_resolved_as_the_larger_place(gaz):
    # round 29 (geo/compass_ends.py): "the West End of Aberdeen" is Aberdeen's part, no Canadian hamlet
    from conftest import located

    text = "Power was cut across the West End of Aberdeen, and the West End show at a church hall was cancelled."
    assert ("Aberdeen", "GB") in located(gaz, text)
