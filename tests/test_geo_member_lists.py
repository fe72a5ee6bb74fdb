"""Countries listed as a body's members act as states taking part, not as ground where something happens."""
from conftest import toponym


def test_countries_set_after_a_body_s_members_in_apposition_are_its_states(gaz):
    text = ("Talks with the other members of the West African bloc, Ghana, Togo and Benin, are continuing "
            "in Lagos this week.")
    assert not any(toponym(gaz, text, n).locational for n in ("Ghana", "Togo", "Benin"))
    assert toponym(gaz, text, "Lagos").locational


def test_a_body_s_own_members_after_its_possessive_are_its_states(gaz):
    text = "The bloc's members, Chile, Peru and Colombia, agreed on Friday to cut tariffs on farm goods."
    assert not toponym(gaz, text, "Peru").locational


def test_people_of_a_group_from_a_country_leave_the_country_a_place(gaz):
    text = "Three members of the touring choir, all from Kenya, were hurt when their bus overturned."
    assert toponym(gaz, text, "Kenya").locational
