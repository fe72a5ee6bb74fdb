"""Rules found by the conflict probe's tenth round of reports (Syria's north-east and the Idlib/Hama fronts,
Anbar, Hodeidah, Gezira, North Kivu, a Burkina Faso province road).

"The western edge of X" is the ground around the town, as "the outskirts of X" is. A kilometre post written
"Kilo 16" names a junction on a road, not Kilo in Finland. A village written with an aside that passes a
division the recogniser did not take ("a village in the Y sector of Z territory") lies in Z; one in "the
countryside of X (Y subdistrict)" lies in the bracketed subdistrict, the note's finest word. A road between a
known town and one the tables lack runs from the known town, and such a road outranks a dateline. Gezira is
the English name of Sudan's Al Jazirah state.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place, toponym


# -- "the edge of X" -----------------------------------------------------------------------------------------

def test_the_edge_of_a_town_is_near_it(gaz):
    place = event_place(gaz, "Mortar rounds fell on the southern edge of Kirkuk on Friday, wounding two boys.")
    assert (place.name, place.country_code, place.precision) == ("Kirkuk", "IQ", 2)


def test_the_town_itself_stays_the_town(gaz):
    place = event_place(gaz, "Mortar rounds fell on a market in Kirkuk on Friday, wounding two boys.")
    assert (place.name, place.precision) == ("Kirkuk", 1)


# -- kilometre posts -------------------------------------------------------------------------------------------

def test_a_kilometre_post_is_no_town(gaz):
    from eventwatch.geo import geoparse

    text = "Gunmen set up a checkpoint at the Kilo 40 junction west of Ramadi and abducted a driver."
    assert all(t.text != "Kilo" for t in geoparse(gaz, text))
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision) == ("Ramadi", "IQ", 2)


# -- an unknown village's holder, through an unread division or a bracket ------------------------------------

def test_a_village_in_a_sector_of_a_territory_stands_in_at_the_territory(gaz):
    place = event_place(gaz, "Gunmen killed five people in Mbwekele, a village in the Ruwenzori sector of Beni "
                             "territory, on Monday night.")
    assert (place.country_code, place.precision, place.raw) == ("CD", 3, "Mbwekele")
    assert place.name == "Beni"


def test_a_hamlet_in_a_countryside_with_a_bracketed_subdistrict_stands_in_at_the_subdistrict(gaz):
    text = ("Militants attacked a post in Tal Sharqiya, a hamlet in the northern countryside of Deir ez-Zor "
            "(Hajin subdistrict), killing a guard.")
    hamlet = toponym(gaz, text, "Tal Sharqiya")
    assert hamlet.place is None and hamlet.fallback.precision == 3 and "Haj" in hamlet.fallback.name
    place = event_place(gaz, text)
    assert (place.country_code, place.precision, place.raw) == ("SY", 3, "Tal Sharqiya")


# -- a road with one end the tables lack ---------------------------------------------------------------------

def test_a_road_to_an_unknown_town_runs_from_the_known_one_not_from_the_dateline(gaz):
    place = event_place(gaz, "BAMAKO - Jihadists ambushed an army convoy on the road between Douentza and "
                             "Zobouna on Friday, killing nine soldiers.")
    assert (place.name, place.country_code, place.precision) == ("Douentza", "ML", 3)


def test_a_hyphenated_modifier_after_and_is_no_road_end(gaz):
    from eventwatch.geo import geoparse

    text = "Jihadists ambushed a convoy on the road between Douentza and Government-held villages on Friday."
    assert all("Government" not in t.text for t in geoparse(gaz, text))


def test_a_road_between_two_known_towns_outranks_the_dateline(gaz):
    place = event_place(gaz, "BAGHDAD - A roadside bomb hit a police convoy on the Kirkuk-Tikrit road on Sunday, "
                             "killing three officers.")
    assert (place.name, place.country_code) == ("Kirkuk", "IQ") and place.precision in (2, 3)


def test_the_dateline_stays_where_the_sentence_names_no_other_place(gaz):
    place = event_place(gaz, "BAMAKO - Jihadists ambushed an army convoy on Friday, killing nine soldiers.")
    assert place.name == "Bamako"


# -- Gezira --------------------------------------------------------------------------------------------------

def test_gezira_state_is_sudans_al_jazirah(gaz):
    place = event_place(gaz, "Militiamen looted shops in the villages of Gezira State on Monday.")
    assert (place.country_code, place.precision) == ("SD", 4) and "Jaz" in place.admin1
