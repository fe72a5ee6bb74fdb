"""A town matched only by a variant name gives the name to its owner: a town the story also names by its own
name is not the one the variant means, and a populous province or world city abroad owns its name against a
distant town that once bore it."""
from conftest import toponym


def test_a_variant_name_is_not_a_town_the_story_names_by_its_own_name(gaz):
    text = ("ROME — Boaters were told to launch at Cartersville until the ramp reopens. The spring tournament draws "
            "anglers from Chattanooga and Birmingham, and a firm from Cedartown will do the repairs.")
    place = toponym(gaz, text, "Birmingham").place
    assert (place.name, place.admin1) == ("Birmingham", "Alabama")


def test_a_province_abroad_owns_its_name_against_a_far_town_that_bore_it(gaz):
    text = ("BERLIN, N.H. — Loggers from Coos County haul timber to mills in Gorham or over the border in Quebec, "
            "the selectmen said.")
    place = toponym(gaz, text, "Quebec").place
    assert place.country_code == "CA"


def test_a_neighbourhood_name_stays_with_its_city_story(gaz):
    text = "PITTSBURGH — Police closed two streets on the North Side after a water main broke near the stadium."
    t = toponym(gaz, text, "North Side")
    assert t.place is None or t.place.country_code == "US"


def test_a_town_written_in_full_and_then_short_keeps_the_short_form(gaz):
    text = ("DECATUR, Ga. — Avondale Estates wants to annex 20 lots along the corridor. Most of the lots lie in "
            "Decatur, and six of them in Avondale, the county's records show.")
    place = toponym(gaz, text, "Avondale").place
    assert place.admin1 == "Georgia"


def test_a_country_owns_its_name_against_a_town_that_lists_it_among_its_old_names(gaz):
    text = ("COLUMBUS, Ohio — The governor said on Tuesday that farm exports to Egypt had doubled since last "
            "spring, and that growers across Ohio hoped for more.")
    place = toponym(gaz, text, "Egypt").place
    assert place.country_code == "EG"


def test_a_country_owns_its_name_before_a_larger_town_of_the_same_name(gaz):
    text = "The Wisconsin dairy co-op sold cheese to Cuba for the first time, a spokesman in Madison said."
    place = toponym(gaz, text, "Cuba").place
    assert place.country_code == "CU"


def test_a_town_called_a_town_keeps_the_old_name_a_country_bears(gaz):
    text = "The town of Egypt will hold its fall festival on Saturday, the Ohio mayor said."
    place = toponym(gaz, text, "Egypt").place
    assert (place.country_code, place.admin1) == ("US", "Ohio")
