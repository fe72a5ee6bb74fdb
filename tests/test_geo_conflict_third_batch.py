"""Rules found by the conflict probe's fourth round of reports (Libya, Yemen, Iraq, Afghanistan, Gaza and the
West Bank, North Kivu, South Sudan, the CAR, Burkina Faso, Kashmir, Armenia, Darfur and Kordofan, Kenya).

Each rule is one a human coder states: a name written as a division "of" or "in" a larger one lies in it,
whatever the country calls its divisions ("X County of Unity State", "X territory of North Kivu"); a division
word before a place puts the event there as "district" does, ahead of where the attackers came from; a
country written in the possessive before a division ("Niger's Tillabéri region") only says whose division it
is, and the division holds the name before it; a town's named part read as a namesake abroad ("Beirut's
Hamra district") is the town's part; a bare holder after a comma whose readings all lie in one country holds
the town before it ("Boni, Mopti"), unless it goes on into a list or is read only by another place's
alternate name, which the town before it shows to be misread; an institution named with its remit ("the Ministry of Health
in Gaza") sits in its seat, which is not where the event happened; and a doubled w or y is a consonant that
no spelling of the same name omits, so "Far'a" is not "Fawwar".

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo.event_location import speaks_from
from eventwatch.geo.gazetteer import FUZZY_TEXT_MIN, similarity
from conftest import event_place, toponym


# -- a division "of" a larger one lies in it ----------------------------------------------------------------

@pytest.mark.parametrize("text, name, holder", [
    ("Fighters from Lakes State attacked villages in Ngobe territory of North Kivu.", "Ngobe", "North Kivu"),
    ("Gunmen looted shops in Ngobe woreda of East Wollega zone.", "Ngobe", "East Wellega"),
])
def test_an_unknown_division_of_a_larger_one_stands_in_there(gaz, text, name, holder):
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None
    assert (t.fallback.name, t.fallback.raw) == (holder, name)


def test_the_unknown_division_keeps_its_name_as_the_events_place(gaz):
    place = event_place(gaz, "Fighters from Lakes State attacked villages in Ngobe territory of North Kivu.")
    assert (place.name, place.country_code, place.precision, place.raw) == ("North Kivu", "CD", 4, "Ngobe")


def test_a_division_word_puts_the_event_there_ahead_of_the_attackers_origin(gaz):
    place = event_place(gaz, "Cattle raiders from Lakes State killed nine herders in Ngobe County of Unity State.")
    assert (place.name, place.country_code) == ("Unity", "SS")


# -- a country in the possessive before a division --------------------------------------------------------

@pytest.mark.parametrize("text, name, region", [
    ("Militants raided a market in Tondikiwindi, in Mali's Mopti region, killing eleven traders.",
     "Tondikiwindi", "Mopti"),
    ("Traders were robbed near Ngobe, in Mali's Mopti region.", "Ngobe", "Mopti"),
])
def test_the_division_after_a_possessive_country_holds_the_name_before_it(gaz, text, name, region):
    t = toponym(gaz, text, name)
    assert (t.fallback.name, t.fallback.precision, t.fallback.raw) == (region, 4, name)
    place = event_place(gaz, text)
    assert (place.name, place.raw) == (region, name)


# -- an institution's seat, named with its remit ------------------------------------------------------------

@pytest.mark.parametrize("text, seat, where", [
    ("Two policemen were killed near Ramadi, according to the Ministry of Interior in Baghdad.", "Baghdad",
     "Ramadi"),
    ("A school was shelled in Kharkiv, the Office of the Prosecutor General in Kyiv said.", "Kyiv", "Kharkiv"),
])
def test_an_institution_named_with_its_remit_speaks_from_its_seat(gaz, text, seat, where):
    assert speaks_from(toponym(gaz, text, seat))
    assert where in event_place(gaz, text).name


def test_the_offices_an_attack_hit_are_where_it_happened(gaz):
    text = "Gunmen attacked the offices of the Red Crescent in Kismayo on Monday."
    assert not speaks_from(toponym(gaz, text, "Kismayo"))
    assert event_place(gaz, text).name == "Kismayo"


# -- a doubled w or y is a consonant ------------------------------------------------------------------------

def test_a_doubled_w_missing_from_the_other_spelling_makes_another_name():
    assert similarity("al fara", "al fawwar") < FUZZY_TEXT_MIN


@pytest.mark.parametrize("a, b", [
    ("huwwara", "huwara"),  # both write the consonant
    ("ajdabiya", "ajdabia"),  # a single y may be a vowel letter another spelling leaves out
    ("qayyarah", "qaiyara"),  # "i" before a vowel writes the same glide
])
def test_spellings_that_keep_the_glide_stay_alike(a, b):
    assert similarity(a, b) >= FUZZY_TEXT_MIN


# -- a bare holder after a comma ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, holder, country, precision", [
    ("Militia fighters burned the market in Paris, Ituri, overnight.", "Paris", "Ituri", "CD", 4),
    ("Gunmen attacked Boni, Mopti, on Sunday.", "Boni", "Mopti", "ML", 2),
])
def test_a_town_whose_readings_all_lie_outside_its_bare_holders_country_stands_in_there(
        gaz, text, name, holder, country, precision):
    t = toponym(gaz, text, name)
    assert t.place is None
    assert (t.fallback.name, t.fallback.country_code, t.fallback.precision, t.fallback.raw) == \
        (holder, country, precision, name)


def test_a_name_that_goes_on_into_a_list_is_an_equal_not_a_holder(gaz):
    t = toponym(gaz, "Flights between Lagos, Accra and Dakar resumed.", "Lagos")
    assert t.place is not None and t.place.country_code == "NG"


def test_a_holder_read_by_another_places_alternate_name_moves_nothing(gaz):
    t = toponym(gaz, "Soldiers were killed in Kumbo, Bui, on Friday.", "Kumbo")
    assert t.place is not None and t.place.country_code == "CM"


def test_a_holder_read_only_as_a_namesake_abroad_stands_in_around_the_town_before_it(gaz):
    t = toponym(gaz, "Separatists burned a school in Jakiri, Bui, on Friday.", "Bui")
    assert t.place is None
    assert (t.fallback.name, t.fallback.country_code, t.fallback.raw) == ("Jakiri", "CM", "Bui")


# -- a named part of a town read as a namesake abroad -----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Shells hit Beirut's Hamra district.", "Hamra"),  # read alone: Al Hamra, Oman
    ("Shells hit the Verdun district of Beirut.", "Verdun"),  # read alone: Verdun, Quebec
])
def test_a_part_of_a_town_read_as_a_namesake_abroad_stands_in_near_the_town(gaz, text, name):
    t = toponym(gaz, text, name)
    assert t.place is None
    assert (t.fallback.name, t.fallback.country_code, t.fallback.precision, t.fallback.raw) == \
        ("Beirut", "LB", 2, name)


def test_a_town_written_as_another_towns_suburb_keeps_its_reading(gaz):
    # Florence, Kentucky lies across a state line from Cincinnati: a part read there would be a namesake
    t = toponym(gaz, "He lived in the Cincinnati suburb of Florence, Kentucky.", "Cincinnati")
    assert t.place is not None and (t.place.country_code, t.place.admin1) == ("US", "Ohio")
