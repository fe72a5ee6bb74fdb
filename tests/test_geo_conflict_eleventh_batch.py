"""Rules found by the conflict probe's eleventh round of reports (Yemen's Shabwa, Lebanon's Bekaa, Helmand).

A road written "between X and the border" has one named end: the event lies on the road out of X, known to
X's district (3), and a region named as the border's far side ("the border with Y province") is where the road
leads, not where the event happened. An ACLED note's "X town (Y district, Z)" puts a town the tables lack in
the bracketed district, even where a later sentence names another town of the province.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place, toponym


# -- a road to the border --------------------------------------------------------------------------------------

def test_a_road_between_a_town_and_the_border_runs_from_the_town(gaz):
    place = event_place(gaz, "Gunmen ambushed a bus on the road between Kandahar and the Pakistani frontier on "
                             "Monday, killing four passengers.")
    assert (place.name, place.country_code, place.precision) == ("Kandahār", "AF", 3)


def test_the_province_across_the_border_is_not_the_events_place(gaz):
    place = event_place(gaz, "A mine killed three soldiers on the road between Ataq and the border with Marib "
                             "governorate on Sunday.")
    assert (place.name, place.country_code, place.precision) == ("Ataq", "YE", 3)


def test_a_town_on_its_own_stays_the_town(gaz):
    place = event_place(gaz, "A mine killed three soldiers in Ataq on Sunday.")
    assert (place.name, place.precision) == ("Ataq", 1)


# -- "X town (Y district, Z)" ------------------------------------------------------------------------------------

def test_a_town_the_tables_lack_stands_in_at_the_bracketed_district(gaz):
    text = ("On 2 May, gunmen killed a shopkeeper in Zarghundara town (Nad-e Ali district, Helmand). On the same "
            "day, a bomb wounded two people in Lashkar Gah.")
    place = event_place(gaz, text[: text.index(".") + 1])
    assert (place.precision, place.raw) == (3, "Zarghundara")
    stand_in = toponym(gaz, text, "Zarghundara").fallback
    assert (stand_in.name, stand_in.precision) == ("Ḩukūmat-e Nād ‘Alī", 3)  # not the town a later sentence names
