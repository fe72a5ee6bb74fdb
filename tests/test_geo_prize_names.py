"""A prize named for a metal and an animal or a thing is no place, though a town's old name matches its word."""
from conftest import toponyms_by_name


def test_a_festival_s_metal_prize_is_not_the_town_its_word_spells(gaz):
    text = ("A drama about two sisters took the Golden Lion on Saturday, and a debut from Quito took the "
            "Silver Lion at the festival on the Lido.")
    names = toponyms_by_name(gaz, text)
    assert "Lion" not in names and names["Quito"].locational


def test_a_town_named_with_a_metal_is_still_a_place(gaz):
    text = "Commuters in Silver Spring waited an hour for trains after a signal failed on Monday."
    assert toponyms_by_name(gaz, text)["Silver Spring"].locational


def test_prize_named_with_the_metal_after_is_no_town(gaz):
    # French and Spanish put the metal after the thing; a cue before the prize governs the prize
    text = "The debut took the Lion d'Or in the festival's last week, ahead of a drama from Madrid."
    assert list(toponyms_by_name(gaz, text)) == ["Madrid"]


def test_a_town_near_a_place_named_with_a_metal_stays(gaz):
    assert "Dijon" in toponyms_by_name(gaz, "Hail hit vineyards in the Côte d'Or near Dijon.")


def test_place_named_whole_with_a_metal_is_that_place(gaz):
    names = toponyms_by_name(gaz, "Hail hit vineyards in the Côte d'Or near Dijon.")
    place = names["Côte d'Or"].place
    assert place is not None and place.country_code == "FR" and place.feature_code == "ADM2"
