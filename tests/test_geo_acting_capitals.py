"""A capital the story makes act as its government is the capital in every mention, its dateline included."""
from conftest import toponym, toponyms_by_name


def test_a_bare_dateline_of_a_capital_that_speaks_is_the_capital_not_a_state_s_namesake(gaz):
    text = ("WASHINGTON — Washington said on Monday it would raise duties on imported copper wire. Mills in "
            "Muncie, Indiana, and Terre Haute welcomed the decision.")
    place = toponym(gaz, text, "WASHINGTON").place
    assert (place.country_code, place.admin1) == ("US", "District of Columbia")


def test_without_the_capital_acting_the_towns_of_the_state_still_settle_a_bare_town(gaz):
    text = ("Crews in Washington, Muncie and Terre Haute cleared fallen trees on Monday after storms crossed "
            "southern Indiana overnight.")
    place = toponyms_by_name(gaz, text)["Washington"].place
    assert place.admin1 != "District of Columbia"
