"""Rules found by the conflict probe's twenty-sixth round (theatres it had none or one of: Sri Lanka, Western
Sahara, Algeria, Tunisia, Georgia's boundary line, Tavush, Tubas, south Lebanon, the Nineveh plains, Kandahar's
border, Manipur, Poonch, Cotabato, Highland Papua, Araucania, Santa Cruz, eastern Chad, Ouham-Fafa, Conakry,
Ihorombe, Gorno-Badakhshan, Derry, Upper Nile).

A place named as the far side of a boundary ("along the occupation line with the Y region", "on the border with
Y") is not where the event happened: it ranks after the sentence's other places, like a speaker's seat. An
agency that "reported from" a capital speaks from it (the passive "shelling was reported from X" still says
where the shelling was). A South Asian "-kot" town is found under its British-era spelling "-kote". Fire
exchanged with a word between verb and object ("exchanged heavy fire") is a gun battle, not a blaze.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place, toponym

from eventwatch.geo.boundary_sides import across_the_line
from eventwatch.geo.event_location import speaks_from, told_elsewhere
from eventwatch.geo.fort_suffixes import fort_forms


# -- the far side of a boundary line --------------------------------------------------------------------------

def test_the_words_before_a_name_across_a_line_are_read():
    assert across_the_line("two shepherds were held along the occupation line with the ")
    assert across_the_line("troops fired mortars near the border with ")
    assert across_the_line("shelling hit farms on the contact line with ")
    assert not across_the_line("the talks with ")
    assert not across_the_line("shelling hit farms in ")


def test_a_province_beats_the_town_across_the_line_it_lies_on(gaz):
    text = "Soldiers traded fire in Tavush province along the contact line with Gazakh on Monday night."
    assert told_elsewhere(toponym(gaz, text, "Gazakh"))
    assert event_place(gaz, text).country_code == "AM"


def test_a_place_across_a_line_is_still_the_place_when_the_sentence_names_no_other(gaz):
    place = event_place(gaz, "Shots were fired overnight along the border with Gazakh district.")
    assert place is not None and place.country_code == "AZ"


# -- an agency reporting from its seat ------------------------------------------------------------------------

def test_an_agency_that_reported_from_a_capital_speaks_from_it(gaz):
    text = "A drone hit a car near Marjayoun on Sunday, the state news agency reported from Beirut."
    assert speaks_from(toponym(gaz, text, "Beirut"))
    assert event_place(gaz, text).name == "Marjayoun"


def test_what_was_reported_from_a_town_happened_there(gaz):
    text = "Heavy shelling was reported from Marjayoun overnight, residents in Beirut said."
    assert not speaks_from(toponym(gaz, text, "Marjayoun"))


# -- "-kote" for "-kot" ---------------------------------------------------------------------------------------

def test_a_kot_town_of_south_asia_gets_its_colonial_spelling():
    assert fort_forms("Rājkot", "IN") == ["Rājkote"]
    assert fort_forms("Shahdad Kot", "PK") == []  # the bare word "Kot" is left alone
    assert fort_forms("Pathānkot", "GB") == []
    assert fort_forms("Lahore", "PK") == []


def test_a_town_written_with_the_colonial_ending_is_found(gaz):
    place = toponym(gaz, "Militants fired on a police patrol near Pathankote on Sunday.", "Pathankote").place
    assert place is not None and (place.name, place.country_code) == ("Pathānkot", "IN")


# -- fire exchanged with a modifier ----------------------------------------------------------------------------

def test_heavy_fire_exchanged_is_a_clash_not_a_blaze(classifier):
    for text in ("Border guards of the two states exchanged heavy fire near the crossing on Friday.",
                 "Police and smugglers traded intense gunfire outside the town overnight."):
        assert classifier.classify(text).label == "ARMED_CLASH", text


def test_a_heavy_fire_that_burns_stays_a_blaze(classifier):
    assert classifier.classify("A heavy fire gutted the central market on Friday.").label != "ARMED_CLASH"
