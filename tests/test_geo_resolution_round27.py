"""Round 27 of the gold-toponym resolution errors, read as classes.

A town's former name is not a spelling of its own name: GeoNames lists "Maryville" among Beeville's names and
"Pekin" among Paducah's, long out of use. A story naming the state such a town lies in says nothing about
the old name; the towns bearing the name as their own today are what a paper means by it. A variant that is
a spelling of the town's own name ("Hillsboro" for Hillsborough) is another matter: local papers write it,
and the rules for it are left as they were (tests/test_geo_own_names.py). So is a former name the text
places as a town ("The town of Egypt ... the Ohio mayor", tests/test_geo_variant_owners.py).
"""
from conftest import toponym

from eventwatch.geo import resolve_names


def gold_reading(gaz, text: str, *names: str):
    """The toponyms `resolve_names` gives the first mention of each of `names`, as gold spans are read."""
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    return resolve_names(gaz, text, spans)


def test_a_former_name_is_not_read_in_the_state_the_story_names(gaz):
    text = ("A pastor from Fort Worth, Texas, led three services at the First Baptist Church in Maryville on "
            "Sunday.")
    assert toponym(gaz, text, "Maryville").place.name == "Maryville"


def test_a_former_name_is_not_read_in_the_state_of_a_highway(gaz):
    # Read on given spans: "Sharon", a first name too, far from the story's state, is then refused as a place
    # when the geoparser recognises names itself.
    text = "A trucker from Sharon was cited on a Texas highway on Friday, state police said."
    place = gold_reading(gaz, text, "Sharon", "Texas")[0].place
    assert place.name == "Sharon" and place.admin1 != "Texas"


def test_a_former_name_is_not_read_in_the_state_of_an_auction(gaz):
    text = "A rancher from Sharon sold forty head of cattle at the Texas auction on Saturday."
    assert gold_reading(gaz, text, "Sharon", "Texas")[0].place.name == "Sharon"


def test_a_former_name_is_not_read_in_the_state_of_an_office(gaz):
    text = "The quilt show moves to Elmira next spring, the Missouri extension office said."
    assert toponym(gaz, text, "Elmira").place.name == "Elmira"


def test_a_town_bearing_the_name_as_its_own_keeps_it_in_its_state(gaz):
    # Counter-example: the rule concerns a town read by another name; a town of the state bearing the name
    # as its own is still read there.
    text = "A Chillicothe man was charged after a crash on a rural Ohio road, troopers said."
    place = toponym(gaz, text, "Chillicothe").place
    assert (place.name, place.admin1) == ("Chillicothe", "Ohio")


def test_a_spelling_variant_beside_its_neighbours_keeps_its_town(gaz):
    # Counter-example: "Hillsboro" is a spelling of Hillsborough, and its neighbours named place it.
    text = "Deputies in Hillsboro and Concord searched for a missing hiker, the Hopkinton fire chief said."
    place = toponym(gaz, text, "Hillsboro").place
    assert (place.name, place.admin1) == ("Hillsborough", "New Hampshire")
