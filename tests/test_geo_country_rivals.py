"""A country abroad is what its name means against a same-named town of the story's country, unless the text
places the town on its own ground: a container, words calling it a town, a small neighbour or its county named
beside it. The town's state, or a city a county or two away, is no such evidence."""
from conftest import toponym


def test_a_country_beats_a_town_of_its_name_in_the_storys_state(gaz):
    text = ("WACO, Texas — The veteran, 94, flew bombers over Italy and North Africa during the war, his family "
            "in McLennan County said.")
    assert toponym(gaz, text, "Italy").place.country_code == "IT"


def test_a_country_in_a_story_of_a_county_near_its_namesake_town(gaz):
    text = ("Families across Lancaster County gathered for the seder, which retells the flight of the Israelites "
            "from Egypt.")
    assert toponym(gaz, text, "Egypt").place.country_code == "EG"


def test_a_town_whose_county_the_story_names_keeps_the_name(gaz):
    text = "Police in Lebanon arrested two men after a chase through Wilson County on Tuesday."
    place = toponym(gaz, text, "Lebanon").place
    assert (place.country_code, place.admin1) == ("US", "Tennessee")


def test_a_town_with_its_neighbour_named_keeps_the_name(gaz):
    text = "The Jordan City Council met Monday. Jordan police said a car was stolen near Shakopee."
    place = toponym(gaz, text, "Jordan").place
    assert (place.country_code, place.admin1) == ("US", "Minnesota")


def test_a_town_written_with_its_state_keeps_the_name(gaz):
    text = "The rodeo in Italy, Texas, drew riders from three counties on Saturday."
    place = toponym(gaz, text, "Italy").place
    assert (place.country_code, place.admin1) == ("US", "Texas")


def test_a_town_after_a_street_address_keeps_the_name(gaz):
    # only a town has streets: "Elm Ave., X" writes a home address, whatever the state's other places
    text = ("The funeral will be held Friday at the Grace Chapel, 120 N. Elm Ave., Lebanon. He worked for the "
            "county highway department in Pennsylvania for 30 years.")
    place = toponym(gaz, text, "Lebanon").place
    assert (place.country_code, place.admin1) == ("US", "Pennsylvania")


def test_a_town_modifying_a_person_bare_keeps_the_name(gaz):
    # a country modifies a person by its people's adjective ("a Jordanian man"), a town by its name
    text = ("Two Jordan teens were hurt when their car hit a deer on Sunday, the Minnesota State Patrol said. Both "
            "were treated and released.")
    place = toponym(gaz, text, "Jordan").place
    assert (place.country_code, place.admin1) == ("US", "Minnesota")


def test_a_country_after_a_persons_noun_elsewhere_stays_the_country(gaz):
    text = "The Minnesota man served two tours in Jordan and Iraq before joining the State Patrol."
    assert toponym(gaz, text, "Jordan").place.country_code == "JO"
