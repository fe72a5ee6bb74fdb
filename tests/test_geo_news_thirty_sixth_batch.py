"""Rules found by the news probe's thirty-sixth batch (local papers of the LGL kind from Louisiana, Arkansas, the
Carolinas, West Virginia, Iowa, Wisconsin, Michigan, Nebraska, Vermont, Colorado, Maine and Ohio, and market-town
and shire papers from Wales, the Highlands, Fermanagh, Manitoba, Tasmania, the Eastern Cape and Tamil Nadu).

Each is a rule a reader applies to any local paper: a hamlet that shares its name with a major city of its
country ("Denver", Iowa; "Atlanta", Illinois) does not take the bare name from the state support a dateline or
the story's other towns give it ("after a decade in Denver" under an Iowa dateline is Colorado's city), unless
the text places the hamlet on its own ground (a neighbour or its county named, "the town of", a town of the
story within a local paper's area of it, a county of the same name) or the name is the dateline itself; a name
after a verb of saying that an apposition calls a town ("said Norfolk, the county's largest city, is") is the
town the speakers talk about, not the speaker;
"a resident of X told the meeting that" makes the resident the speaker, not X; a Gulf-coast stream written
"Bayou X" is one name, the stream's, even where the gazetteer lacks it; and "Auburn", a town's name of some size
whose other sense (a hair colour) news prose seldom uses, is read as a town after a place cue.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import found_names, locational_names, toponym


# -- a hamlet named like a major city ------------------------------------------------------------------------------

def test_a_major_city_named_bare_in_a_small_towns_story_is_the_city_not_the_states_hamlet(gaz):
    text = ("COUNCIL BLUFFS, Iowa — The new librarian, who spent eight years in Denver before moving back to "
            "Sioux City, starts work in Council Bluffs on Monday.")
    denver = toponym(gaz, text, "Denver")
    assert (denver.place.country_code, denver.place.admin1) == ("US", "Colorado")


def test_the_hamlet_keeps_its_name_where_the_text_places_it_on_its_own_ground(gaz):
    text = "WATERLOO, Iowa — Volunteers cleared storm damage in the town of Denver and in Janesville on Sunday."
    denver = toponym(gaz, text, "Denver")
    assert (denver.place.country_code, denver.place.admin1) == ("US", "Iowa")


def test_the_hamlet_keeps_its_name_beside_a_county_of_its_name_or_a_town_in_its_area(gaz):
    text = "Madison will raise its fees. DANIELSVILLE, Ga. - The board of Madison County agreed to hire a clerk."
    assert toponym(gaz, text, "Madison").place.admin1 == "Georgia"
    text = "Volunteers from Bethel Park packed boxes. A pantry in Oakland took the rest of the food."
    oakland = toponym(gaz, text, "Oakland")
    assert (oakland.place.country_code, oakland.place.admin1) == ("US", "Pennsylvania")


def test_a_hamlet_is_not_traded_for_a_city_abroad_or_for_a_city_holding_the_name_only_as_a_variant(gaz):
    # Only cities of the hamlet's own country, holding the name as their own, take it from the hamlet here;
    # across borders the older world-city rule decides.
    text = "LONDON, Ky. — Deputies found the stolen truck near Corbin and returned it to its owner in London."
    london = [t for t in (toponym(gaz, text, "London"),) if t.place]
    assert london and london[0].place.country_code == "US"


# -- a town in apposition after a verb of saying -------------------------------------------------------------------

def test_a_name_after_said_that_an_apposition_calls_a_town_is_the_town(gaz):
    text = ("KEARNEY, Neb. — Supervisors said Kearney, the county's largest city, needs a second fire station "
            "before the new plant opens.")
    kearney = [t for t in found_names(gaz, text) if t == "Kearney"]
    assert len(kearney) == 1 and "Kearney" in locational_names(gaz, text)


def test_a_speaker_described_by_a_title_after_said_stays_a_person(gaz):
    text = "HASTINGS, Neb. — \"We are short of drivers,\" said Holdrege, the district's transport manager."
    assert "Holdrege" not in found_names(gaz, text)


# -- "a resident of X told ... that" --------------------------------------------------------------------------------

def test_the_place_after_a_resident_of_is_no_speaker_of_told_that(gaz):
    text = ("The council will repair the road to Penguin. A farmer from Ulverstone told the meeting that the "
            "bridge near Burnie floods every winter.")
    ulverstone = toponym(gaz, text, "Ulverstone")
    assert ulverstone.locational and (ulverstone.place.country_code, ulverstone.place.admin1) == ("AU", "Tasmania")


def test_a_bare_surname_before_told_that_is_still_a_person(gaz):
    text = "Councillor Jan Burnie spoke first. Burnie told the meeting that rates would rise."
    assert "Burnie" not in locational_names(gaz, text)


# -- Bayou X ---------------------------------------------------------------------------------------------------------

def test_a_stream_written_bayou_x_is_one_name_even_where_the_gazetteer_lacks_it(gaz):
    text = "THIBODAUX, La. — Crews pulled fallen trees out of Bayou Cocodrie and Bayou Grosbec after the storm."
    names = found_names(gaz, text)
    assert "Bayou Cocodrie" in names and "Bayou Grosbec" in names
    assert "Bayou" not in names


# -- Auburn ---------------------------------------------------------------------------------------------------------

def test_auburn_after_a_place_cue_is_a_town_not_the_hair_colour(gaz):
    text = "LEWISTON, Maine — Firefighters from Auburn and Poland helped put out the barn fire in Minot."
    auburn = toponym(gaz, text, "Auburn")
    assert auburn.locational and (auburn.place.country_code, auburn.place.admin1) == ("US", "Maine")
    assert "auburn" not in [t.lower() for t in found_names(gaz, "She had long auburn hair and a red coat.")]
