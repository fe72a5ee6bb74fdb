"""Rules found by the conflict probe's ninth round of reports (Kordofan and Darfur localities, Nigerian LGAs,
Cabo Delgado districts, Sahel communes, Sagaing and Rakhine townships, Ukrainian towns under Russian spellings).

A name written with its division word and then, after a comma, the division above it ("Kani township, Sagaing
Region") is placed there by the report as plainly as "Moura, Mali" is: when the gazetteer holds no reading of
the name in that country, a namesake abroad (a Kani in Japan) is wrong by the report's own words, and the name
stands in at the division the report gives, keeping its own name. A looser spelling in that country ("Kan")
that lost to the exact namesake abroad is no reading of the name and does not save the namesake. A name after
"at" read only as loose spellings abroad is still a local place when an aside names its division ("the post at
X, a rural commune in Y cercle"), and a statement "read on state television in" the capital is a speaker's seat.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place


def test_a_township_the_gazetteer_lacks_stands_in_at_the_region_after_the_comma(gaz):
    place = event_place(gaz, "Soldiers burned two villages in Kani township, Sagaing Region, on Friday.")
    assert (place.country_code, place.precision, place.raw) == ("MM", 4, "Kani")
    assert "Sagaing" in place.name


def test_an_unnamed_village_of_such_a_township_stands_in_there_too(gaz):
    place = event_place(gaz, "An airstrike hit a school in a village of Kani township, Sagaing Region, at noon.")
    assert (place.country_code, place.precision) == ("MM", 4)


def test_a_township_the_gazetteer_holds_in_that_region_keeps_its_reading(gaz):
    place = event_place(gaz, "Navy ships shelled a village in Mrauk-U township, Rakhine State, on Monday.")
    assert place.country_code == "MM" and place.precision in (2, 3) and "Mrauk" in place.name


def test_a_local_government_area_read_in_the_state_after_the_comma_is_kept(gaz):
    place = event_place(gaz, "Gunmen abducted twelve farmers in Tsafe LGA, Zamfara State, on Monday.")
    assert (place.name, place.country_code) == ("Tsafe", "NG")


# -- an unknown commune named in an aside with its division ---------------------------------------------------

def test_a_name_after_at_with_an_aside_naming_its_division_is_a_local_place(gaz):
    # "Dioura" reads only as loose spellings abroad, and "at" alone is no firm cue; the aside places it.
    place = event_place(gaz, "Gunmen overran the army post at Dioura, a rural commune in Tenenkou cercle, at dawn.")
    assert (place.name, place.country_code, place.precision, place.raw) == ("Ténenkou", "ML", 3, "Dioura")


def test_the_aside_may_be_a_bare_in_phrase(gaz):
    place = event_place(gaz, "Gunmen overran the army post at Dioura, in Tenenkou cercle, at dawn.")
    assert (place.country_code, place.precision, place.raw) == ("ML", 3, "Dioura")


# -- a capital that speaks through the state broadcaster -------------------------------------------------------

def test_a_communique_read_on_state_television_in_the_capital_is_a_speakers_seat(gaz):
    text = ("Jihadists attacked a camp in Tenenkou cercle on Sunday, killing 10 soldiers, the army said in a "
            "communique read on state television in Bamako.")
    place = event_place(gaz, text)
    assert (place.name, place.precision) == ("Ténenkou", 3)


def test_a_statement_broadcast_in_the_capital_is_a_speakers_seat_too(gaz):
    text = "Gunmen attacked a camp in Tenenkou cercle on Sunday, the army said in a statement broadcast in Bamako."
    assert event_place(gaz, text).name == "Ténenkou"


def test_without_the_comma_a_capitalised_word_before_in_is_no_such_place(gaz):
    from eventwatch.geo import geoparse
    text = "Farmers in Hants County are counting the cost after a storm surge flooded their fields."
    assert [t.text for t in geoparse(gaz, text)] == ["Hants County"]
