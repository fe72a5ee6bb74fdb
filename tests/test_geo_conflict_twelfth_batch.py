"""Rules found by the conflict probe's twelfth round of reports and the leftovers of its eleventh.

Each rule is one a human coder states: a town's own settlement word between it and the place that holds it
("X city in Y governorate") still makes Y its container, so a loose spelling of X is believed there; a village
written in the address form ("X village, Y groupement, Z territory") lies in Z even where the gazetteer lacks
Y; a province the gazetteer lacks, written after the town it holds, says no more than the town; what an armed
group burns is a place; "X town in Y" and "the X market in Y" name a place even where the gazetteer lacks X;
a camp named after a town lies at the town's edge, near it; and a town the gazetteer files under a division carved out
of an older one (Hermel under Baalbek-Hermel) still lies in the older one a report names (the Bekaa).

Every sentence here is invented for the test.
"""
from __future__ import annotations

from eventwatch.geo import geoparse
from conftest import event_place


def test_a_towns_own_kind_word_does_not_cut_it_from_its_governorate(gaz):
    place = event_place(gaz, "Mortar fire hit the old souk of Rada'a city in al-Bayda governorate on Monday.")
    assert (place.country_code, place.admin1, place.precision) == ("YE", "Al Bayda", 1)
    assert place.name.startswith("Rad")


def test_a_village_of_an_unknown_groupement_lies_in_the_territory_after_it(gaz):
    text = ("Armed men killed nine farmers in Mbotela village, Kandori groupement, Lubero territory, North Kivu, "
            "on Tuesday. A military spokesman in Beni said troops had been sent.")
    place = event_place(gaz, text)
    assert (place.name, place.precision, place.raw) == ("Lubero", 3, "Mbotela")


def test_an_unknown_province_after_a_town_does_not_take_the_towns_place(gaz):
    place = event_place(gaz, "Gunmen attacked a police post in Djibo commune (Soum province, Sahel region) on Monday.")
    assert (place.name, place.country_code) == ("Djibo", "BF")
    assert place.raw != "Soum"


def test_what_an_armed_group_burns_is_a_place(gaz):
    text = ("Gunmen burned Tankwari overnight, killing five people, the chairman of Bokkos local government area "
            "told reporters.")
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.raw) == ("Bokkos", "NG", "Tankwari")


def test_what_protesters_burn_is_no_place(gaz):
    assert not [t for t in geoparse(gaz, "Protesters burned Brackwell effigies outside the court in Jos.")
                if t.text == "Brackwell"]


def test_an_unknown_town_written_with_its_word_and_its_state_is_kept(gaz):
    place = event_place(gaz, "Aircraft dropped bombs on Nyandit town in Jonglei State on Friday.")
    assert (place.name, place.country_code, place.precision, place.raw) == ("Jonglei", "SS", 4, "Nyandit")


def test_an_unknown_towns_market_keeps_the_towns_name(gaz):
    place = event_place(gaz, "A bomb went off at the Gourmala market in Cameroon's Far North region on Sunday.")
    assert (place.name, place.country_code, place.raw) == ("Far North", "CM", "Gourmala")


def test_a_camp_named_after_its_town_is_near_the_town(gaz):
    place = event_place(gaz, "Bulldozers tore up roads in Tulkarm refugee camp during a three-day operation.")
    assert (place.country_code, place.precision) == ("PS", 2)
    assert "lkarm" in place.name


def test_a_camp_of_the_displaced_named_after_its_town_is_near_the_town(gaz):
    place = event_place(gaz, "Shelling hit the Kutum displacement camp on Sunday, aid workers said.")
    assert (place.name, place.country_code, place.precision) == ("Kutum", "SD", 2)


def test_a_division_carved_out_of_an_older_one_still_lies_in_it():
    from eventwatch.geo.split_divisions import lies_in_division

    assert lies_in_division("LB", "Baalbek-Hermel Governorate", "Béqaa")
    assert lies_in_division("LB", "Béqaa", "Béqaa")
    assert not lies_in_division("LB", "Béqaa", "Baalbek-Hermel Governorate")  # the older holds the newer only


def test_a_road_from_a_town_filed_under_a_newer_division_lies_in_the_older_one_named(gaz):
    place = event_place(gaz, "An airstrike hit a truck on the road between Hermel and the border in the Bekaa late "
                             "on Tuesday, local officials said.")
    assert (place.country_code, place.admin1) == ("LB", "Baalbek-Hermel Governorate")
    assert "Hermel" in place.name and place.precision in (2, 3)
