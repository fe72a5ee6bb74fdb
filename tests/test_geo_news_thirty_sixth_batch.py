"""Rules found by the news probe's thirty-sixth batch (local papers of the LGL kind from Louisiana, Arkansas, the
Carolinas, West Virginia, Iowa, Wisconsin, Michigan, Nebraska, Vermont, Colorado, Maine and Ohio, and market-town
and shire papers from Wales, the Highlands, Fermanagh, Manitoba, Tasmania, the Eastern Cape and Tamil Nadu).

Each is a rule a reader applies to any local paper: a hamlet that shares its name with a major city of its
country ("Denver", Iowa; "Atlanta", Illinois) does not take the bare name where the story tells a life or a
trip around it ("after a decade in Denver" under an Iowa dateline is Colorado's city) or is not set in the
hamlet's state at all, unless the text places the hamlet on its own ground (a neighbour or its own county named,
"the town of", "the mayor of", "residents of", a town apposition) or the name is the dateline itself; outside
those frames a state-wide paper's own small towns keep their names ("the sawmill in Lincoln" under a Portland,
Maine dateline); a town apposition that introduces the next name ("In California, the state's capital city,
Sacramento") leaves the name before it alone; a name
after a verb of saying that an apposition calls a town ("said Norfolk, the county's largest city, is") is the
town the speakers talk about, not the speaker;
"a resident of X told the meeting that" makes the resident the speaker, not X; a Gulf-coast stream written
"Bayou X" is one name, the stream's, even where the gazetteer lacks it, and takes no reading from the parish or
the town named after it; a road named after one is no stream; and "Auburn", a town's name of some size
whose other sense (a hair colour) news prose seldom uses, is read as a town after a place cue.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import found_names, locational_names, toponym

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.major_city_rivals import major_city_over_hamlet
from eventwatch.geo.store import NAME_MAIN


# The second review found "moved to", "a native of" and counted stays just as often name the paper's own town
# ("The family moved to Buffalo last spring and opened a hardware store", "A native of Buffalo, the new sheriff")
# under the hamlet's own state, so the rule no longer trades the hamlet there, except after "the University of".
_OWN_STATE_FRAME = pytest.mark.xfail(strict=True, reason=(
    "under the hamlet's own state the rule fires only after 'the University of' or a flight to a hamlet within a "
    "drive: a move, a native or a counted stay is as often the paper's own town, and nothing else in the sentence "
    "tells the far city"))


# -- a hamlet named like a major city ------------------------------------------------------------------------------

@_OWN_STATE_FRAME
def test_a_major_city_named_bare_in_a_small_towns_story_is_the_city_not_the_states_hamlet(gaz):
    text = ("COUNCIL BLUFFS, Iowa — The new librarian, who spent eight years in Denver before moving back to "
            "Sioux City, starts work in Council Bluffs on Monday.")
    denver = toponym(gaz, text, "Denver")
    assert (denver.place.country_code, denver.place.admin1) == ("US", "Colorado")


def test_the_hamlet_keeps_its_name_where_the_text_places_it_on_its_own_ground(gaz):
    # Under its own state's dateline with no distance frame the rule is not asked at all; the frame variant
    # ("who grew up in Denver, a farm town of") below exercises the town-word guard itself.
    text = "WATERLOO, Iowa — Volunteers cleared storm damage in the town of Denver and in Janesville on Sunday."
    denver = toponym(gaz, text, "Denver")
    assert (denver.place.country_code, denver.place.admin1) == ("US", "Iowa")


def test_the_hamlet_keeps_its_name_beside_a_town_in_its_area(gaz):
    # The Georgia half is kept by its own state's dateline (no frame); the undated Oakland half exercises the
    # near-town guard.
    text = "Madison will raise its fees. DANIELSVILLE, Ga. - The board of Madison County agreed to hire a clerk."
    assert toponym(gaz, text, "Madison").place.admin1 == "Georgia"
    text = "Volunteers from Bethel Park packed boxes. A pantry in Oakland took the rest of the food."
    oakland = toponym(gaz, text, "Oakland")
    assert (oakland.place.country_code, oakland.place.admin1) == ("US", "Pennsylvania")


def test_a_hamlet_named_in_its_own_dateline_keeps_the_name(gaz):
    text = "LONDON, Ky. — Deputies found the stolen truck near Corbin and returned it to its owner in London."
    london = [t for t in (toponym(gaz, text, "London"),) if t.place]
    assert london and london[0].place.country_code == "US"
    # No neighbour here: the dateline alone names the hamlet, whatever frame of moving the story uses (its state,
    # written as the name's own container, keeps it: the major-city rule is asked only of uncontained names).
    text = "DENVER, Iowa — The couple moved back to Denver after ten years away and opened a bakery."
    denver = [t for t in found_names(gaz, text) if t == "Denver"]
    assert len(denver) == 1
    assert toponym(gaz, text, "Denver").place.admin1 == "Iowa"


def _place(name: str, cc: str, a1: str, a2: str, code: str, pop: int, lat: float, lon: float,
           kind: int = NAME_MAIN) -> Candidate:
    return Candidate(id=hash((name, a1, code)) & 0xFFFF, name=name, lat=lat, lon=lon, country_code=cc,
                     admin1_code=a1, admin2_code=a2, admin1=a1, admin2=a2, feature_code=code, population=pop,
                     geonames_id=None, source="test", precision=0, kind=kind)


def test_a_hamlet_is_traded_only_for_a_major_city_of_its_own_country_holding_the_name_as_its_own():
    hamlet = _place("Lisbon", "US", "IA", "113", "PPL", 2_000, 41.9, -91.4)
    city = _place("Lisbon", "US", "XX", "001", "PPLA", 500_000, 35.0, -100.0)
    assert major_city_over_hamlet(hamlet, city, [], 200.0) is city
    abroad = _place("Lisbon", "PT", "14", "1106", "PPLC", 500_000, 38.7, -9.1)
    assert major_city_over_hamlet(hamlet, abroad, [], 200.0) is None
    variant = _place("Lisbon", "US", "XX", "001", "PPLA", 500_000, 35.0, -100.0, kind=NAME_MAIN + 1)
    assert major_city_over_hamlet(hamlet, variant, [], 200.0) is None


def test_a_population_of_zero_is_unknown_not_a_hamlets():
    unknown = _place("Dalian", "CN", "19", "", "PPL", 0, 30.0, 110.0)
    city = _place("Dalian", "CN", "19", "", "PPLA2", 3_000_000, 38.9, 121.6)
    assert major_city_over_hamlet(unknown, city, [], 200.0) is None


def test_only_the_hamlets_own_county_keeps_it_not_a_county_of_its_name_elsewhere_in_its_state():
    hamlet = _place("Lincoln", "US", "ME", "019", "PPL", 4_800, 45.36, -68.5)
    city = _place("Lincoln", "US", "NE", "109", "PPLA", 290_000, 40.8, -96.7)
    own = _place("Lincoln County", "US", "ME", "019", "ADM2", 0, 44.0, -69.5)
    other = _place("Lincoln County", "US", "ME", "015", "ADM2", 0, 44.0, -69.5)
    assert major_city_over_hamlet(hamlet, city, [own], 200.0) is None
    assert major_city_over_hamlet(hamlet, city, [other], 200.0) is city


# Where the story says someone moved, lived, grew up or travelled: the frames in which a local paper names
# the famous city by its bare name. Outside them, a state-wide paper's own small towns keep their names.

@pytest.mark.parametrize("text, name, state", [
    pytest.param("LITTLE ROCK, Ark. — The band, which moved here from Nashville in 2019, plays the riverfront on "
                 "Friday.", "Nashville", "Tennessee", marks=_OWN_STATE_FRAME),
    # round 29 (geo/major_city_rivals.py): a flight to a hamlet within a drive of the dateline is to the city
    ("TOPEKA, Kan. — The governor flew to Minneapolis on Tuesday for a trade meeting.", "Minneapolis", "Minnesota"),
    pytest.param("CASPER, Wyo. — The new coach, who spent twelve years in Buffalo, takes over the team in June.",
                 "Buffalo", "New York", marks=_OWN_STATE_FRAME),
    ("PEORIA, Ill. — A chemist at the University of Rochester will lead the state's new water study.",
     "Rochester", "New York"),
])
def test_a_frame_of_moving_living_or_travelling_names_the_major_city(gaz, text, name, state):
    place = toponym(gaz, text, name).place
    assert (place.country_code, place.admin1) == ("US", state)


@pytest.mark.parametrize("text, name, country, state", [
    ("CASPER, Wyo. — The county fair will be held in Buffalo this summer because the arena there is larger.",
     "Buffalo", "US", "Wyoming"),
    ("CASPER, Wyo. — The mayor of Buffalo signed the burn ban on Friday.", "Buffalo", "US", "Wyoming"),
    ("CASPER, Wyo. — Residents of Buffalo packed the gym to oppose the new landfill.", "Buffalo", "US", "Wyoming"),
    ("PORTLAND, Maine — The sawmill in Lincoln will cut 30 jobs next month.", "Lincoln", "US", "Maine"),
    ("LITTLE ROCK, Ark. — Authorities in Nashville said the middle school will reopen on Monday.", "Nashville",
     "US", "Arkansas"),
    ("TOPEKA, Kan. — The grain cooperative in Minneapolis posted record sales.", "Minneapolis", "US", "Kansas"),
    ("HOBART, Tas. — A family bakery in Perth has shut its doors after 60 years.", "Perth", "AU", "Tasmania"),
    ("SYDNEY, N.S. — The hospital in Windsor will add ten beds this winter.", "Windsor", "CA", "Nova Scotia"),
])
def test_a_state_wide_papers_own_small_town_keeps_its_name_outside_such_frames(gaz, text, name, country, state):
    place = toponym(gaz, text, name).place
    assert (place.country_code, place.admin1) == (country, state)


@pytest.mark.parametrize("text, name, state", [
    ("ATLANTA — The railroad will reopen its Louisville rail yard next month, and Tennessee shippers in Spring "
     "Hill expect faster service.", "Louisville", "Kentucky"),
    ("The railroad will reopen its Louisville rail yard next month, and Tennessee shippers in Spring Hill expect "
     "faster service.", "Louisville", "Kentucky"),
    ("A spokesman for the University of Rochester said the study, which followed patients in Illinois, was "
     "sound.", "Rochester", "New York"),
])
def test_a_hamlet_of_a_state_the_story_is_not_set_in_gives_the_bare_name_to_the_city(gaz, text, name, state):
    # Neither a dateline nor a county sets these stories in the hamlet's state (Tennessee's Louisville lies some
    # 300 km from Spring Hill): the state's name alone does not make a hamlet of 2,000 the reading.
    place = toponym(gaz, text, name).place
    assert (place.country_code, place.admin1) == ("US", state)


def test_a_hamlet_of_the_state_whose_officials_speak_keeps_its_name(gaz):
    # No dateline and no county: the state named, with no town of the story far from the hamlet, sets it there.
    text = "Maine officials said the sawmill in Lincoln will cut 30 jobs next month."
    assert toponym(gaz, text, "Lincoln").place.admin1 == "Maine"


def test_a_town_placed_by_the_text_keeps_its_name_even_in_a_frame_of_moving(gaz):
    # Council Bluffs lies some 370 km from Denver, Iowa: only the apposition places the hamlet here.
    text = ("COUNCIL BLUFFS, Iowa — The new principal, who grew up in Denver, a farm town of 1,800 people, starts "
            "in August.")
    assert toponym(gaz, text, "Denver").place.admin1 == "Iowa"


def test_a_town_whose_council_the_story_names_keeps_its_name_even_in_a_frame_of_moving(gaz):
    text = ("CASPER, Wyo. — The new rodeo coach grew up in Buffalo, and the Buffalo council honoured him at its "
            "Friday meeting.")
    assert toponym(gaz, text, "Buffalo").place.admin1 == "Wyoming"


def test_a_hamlet_beside_its_own_county_keeps_its_name_even_in_a_frame_of_moving(gaz):
    text = ("TOPEKA, Kan. — The new pastor, who grew up in Lincoln, thanked the Lincoln County commissioners for "
            "the grant.")
    assert toponym(gaz, text, "Lincoln").place.admin1 == "Kansas"


# -- a town in apposition after a verb of saying -------------------------------------------------------------------

def test_a_name_after_said_that_an_apposition_calls_a_town_is_the_town(gaz):
    text = ("KEARNEY, Neb. — Supervisors said Kearney, the county's largest city, needs a second fire station "
            "before the new plant opens.")
    kearney = [t for t in found_names(gaz, text) if t == "Kearney"]
    assert len(kearney) == 1 and "Kearney" in locational_names(gaz, text)


def test_a_speaker_described_by_a_title_after_said_stays_a_person(gaz):
    text = "HASTINGS, Neb. — \"We are short of drivers,\" said Holdrege, the district's transport manager."
    assert "Holdrege" not in found_names(gaz, text)


def test_a_speaker_working_for_a_city_of_another_name_stays_a_person(gaz):
    text = "\"We need a second ladder truck,\" said Lawson, a city of Omaha employee, on Tuesday."
    assert "Lawson" not in found_names(gaz, text)
    assert "Omaha" in locational_names(gaz, text)


@pytest.mark.xfail(reason="a town apposition narrows the readings of a name already found but is no recognition "
                          "cue: without a dateline or a place word before it, bare 'Kearney' (a surname too) is not "
                          "found at all, after 'said' or opening a sentence")
def test_a_name_after_said_that_an_apposition_calls_a_town_is_the_town_without_a_dateline(gaz):
    text = "Supervisors said Kearney, the county's largest city, needs a second fire station."
    assert "Kearney" in locational_names(gaz, text)


# -- an apposition that introduces the next name ---------------------------------------------------------------------

def test_the_states_city_named_after_the_state_leaves_the_state_a_state(gaz):
    text = "In California, the state's capital city, Sacramento, banned fireworks for the holiday."
    california = toponym(gaz, text, "California")
    assert (california.place.country_code, california.place.feature_code) == ("US", "ADM1")
    assert toponym(gaz, text, "Sacramento").place.admin1 == "California"
    text = "Officials in Ontario, the province's largest city, Toronto, declared a heat emergency."
    ontario = toponym(gaz, text, "Ontario")
    assert (ontario.place.country_code, ontario.place.feature_code) == ("CA", "ADM1")
    assert toponym(gaz, text, "Toronto").place.admin1 == "Ontario"


def test_a_county_seat_apposition_still_calls_the_name_before_it_a_town(gaz):
    text = "SIDNEY, Neb. — Supervisors met in Kimball, the county seat, on Monday to set the levy."
    assert toponym(gaz, text, "Kimball").place.admin1 == "Nebraska"


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


def test_auburn_opening_a_sentence_about_hair_is_the_colour(gaz):
    assert "Auburn" not in found_names(gaz, "Auburn hair ran in the family, his aunt said.")


def test_a_bayou_named_for_a_parish_or_a_town_is_no_parish_or_town(gaz):
    text = "HOUMA, La. — Crews cleared fallen logs from Bayou Lafourche after the storm."
    bayou = toponym(gaz, text, "Bayou Lafourche")
    assert bayou.place is None or not bayou.place.feature_code.startswith(("ADM", "PPL"))


# -- the probe's batch option ----------------------------------------------------------------------------------------

def test_the_news_probe_reports_a_batch_without_stories_instead_of_failing(gaz, tmp_path, capsys):
    spec = importlib.util.spec_from_file_location(
        "news_probe_b36", Path(__file__).resolve().parents[1] / "benchmarks" / "news_probe.py")
    probe = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = probe
    spec.loader.exec_module(probe)
    one = tmp_path / "one.yaml"
    filler = " ".join(["Rain fell for hours and the water rose in the low streets near the market."] * 7)
    one.write_text("stories:\n- id: b2-only\n  kind: world\n  text: Floods hit Dhaka. " + filler + "\n"
                   "  toponyms:\n  - {t: Dhaka, cc: BD}\n", encoding="utf-8")
    assert probe.main(["--probe", str(one), "--batch", "b36"]) == 0
    assert "no stories" in capsys.readouterr().out


def test_a_road_named_after_a_bayou_is_no_stream(gaz):
    text = "The drive along the Bayou Teche Byway passes sugar mills and old plantation houses."
    assert "Bayou Teche Byway" not in found_names(gaz, text)
    # A road of a street word is read whole by the street rule (geo/features.py `streets`), as roads are.
    text = "Trucks lined up on Bayou Dularge Road before the levee gate closed."
    assert found_names(gaz, text) == ["Bayou Dularge Road"]


# -- the second review: under the hamlet's own state, only a distance or life-story frame gives way -------------
# A story datelined in the hamlet's state, or one that names that state and no town far from the hamlet, is set
# there: its local phrasing ("last year in", "this summer in", "fled to", "born in", "lives in", "visited") is the
# phrasing of its own towns. Only a move, a flight, a native or a counted stay ("nine years in") reaches the
# major city, and a town of the state named within `near_km` of the hamlet still keeps it (the dateline town
# aside: it is where the paper sits, not where the story places the hamlet).

@pytest.mark.parametrize("text, name, state", [
    ("CASPER, Wyo. — Last year in Buffalo, a hailstorm flattened the lumber yard on Elm Street.", "Buffalo",
     "Wyoming"),
    ("PORTLAND, Maine — Earlier this month in Lincoln, the paper mill trimmed its night shift.", "Lincoln",
     "Maine"),
    ("LITTLE ROCK, Ark. — This summer in Nashville, the melon fair sold out its grandstand.", "Nashville",
     "Arkansas"),
    ("CASPER, Wyo. — The driver fled to Buffalo, where deputies caught up with him at a gas station.", "Buffalo",
     "Wyoming"),
    ("CASPER, Wyo. — The man was driving to Buffalo when a trooper pulled him over for speeding.", "Buffalo",
     "Wyoming"),
    ("CASPER, Wyo. — Deputies visited Buffalo on Thursday to hand out the burn notices.", "Buffalo", "Wyoming"),
    ("CASPER, Wyo. — The horse trailer was found in Buffalo. Its owner lives in Buffalo, deputies said.",
     "Buffalo", "Wyoming"),
    ("PORTLAND, Maine — She grew up in Lincoln and later taught school in Bangor for a decade.", "Lincoln",
     "Maine"),
    ("LITTLE ROCK, Ark. — Smith, who was born in Nashville and raised in De Queen, was fined on Monday.",
     "Nashville", "Arkansas"),
    ("SYDNEY, N.S. — He was born in Windsor and drove a gravel truck for forty years.", "Windsor",
     "Nova Scotia"),
])
def test_local_phrasing_under_the_hamlets_own_dateline_keeps_the_hamlet(gaz, text, name, state):
    assert toponym(gaz, text, name).place.admin1 == state


def test_a_move_beside_a_named_town_of_the_state_within_reach_keeps_the_hamlet(gaz):
    # Sheridan lies some 50 km from Buffalo, Wyoming: beyond a county, well within the resolver's reach.
    text = ("CASPER, Wyo. — The couple moved to Buffalo in 2016 to live nearer their grandchildren in Sheridan.")
    assert toponym(gaz, text, "Buffalo").place.admin1 == "Wyoming"


@pytest.mark.parametrize("text, name, state", [
    pytest.param("CASPER, Wyo. — The rodeo clown, a native of Buffalo, has worked arenas in six states.",
                 "Buffalo", "New York", marks=_OWN_STATE_FRAME),
    pytest.param("LITTLE ROCK, Ark. — The chef spent nine years in Nashville before opening a diner here.",
                 "Nashville", "Tennessee", marks=_OWN_STATE_FRAME),
    ("TOPEKA, Kan. — The team flew to Minneapolis for the weekend tournament.", "Minneapolis", "Minnesota"),
    ("PEORIA, Ill. — Two surgeons trained at the University of Rochester will open a clinic downtown.",
     "Rochester", "New York"),
])
def test_a_distance_or_life_story_frame_under_the_hamlets_own_dateline_still_names_the_city(gaz, text, name,
                                                                                               state):
    assert toponym(gaz, text, name).place.admin1 == state


@pytest.mark.parametrize("text, name, state", [
    ("Maine's lumber trade is shrinking. The mill in Lincoln will let 40 workers go, its owner said.", "Lincoln",
     "Maine"),
    ("Wyoming cattlemen met on Tuesday. The auction barn in Buffalo will close in May, its owner said.", "Buffalo",
     "Wyoming"),
])
def test_an_undated_story_naming_the_hamlets_state_is_set_there(gaz, text, name, state):
    assert toponym(gaz, text, name).place.admin1 == state


def test_the_dateline_town_itself_keeps_its_name_whatever_the_frame(gaz):
    # No neighbour, no county, no town word, and a distance frame: the dateline's state, written as the
    # container of the name itself, is what keeps it (the resolver asks the rule only of uncontained names).
    text = "DENVER, Iowa — After nine years in Denver, the family is moving to a farm outside town."
    assert toponym(gaz, text, "Denver").place.admin1 == "Iowa"


@pytest.mark.parametrize("text, name, state", [
    ("CASPER, Wyo. — The family moved to Buffalo last spring and opened a hardware store on Main Street.",
     "Buffalo", "Wyoming"),
    ("PORTLAND, Maine — The library moved to Lincoln's old grange hall this week.", "Lincoln", "Maine"),
    ("CASPER, Wyo. — A native of Buffalo, the new sheriff served 20 years with the county.", "Buffalo",
     "Wyoming"),
    ("CASPER, Wyo. — For the second year in Buffalo, the rodeo sold out.", "Buffalo", "Wyoming"),
])
def test_a_move_or_a_native_under_the_hamlets_own_dateline_is_the_papers_own_town(gaz, text, name, state):
    assert toponym(gaz, text, name).place.admin1 == state


def test_a_story_naming_the_state_and_a_town_far_from_the_hamlet_is_not_set_about_the_hamlet(gaz):
    # Tennessee is named, but Spring Hill lies some 300 km from Tennessee's Louisville: the state name alone
    # does not make the hamlet the reading.
    text = ("Tennessee shippers in Spring Hill welcomed the news that the Louisville rail yard will reopen, a "
            "spokesman said.")
    assert toponym(gaz, text, "Louisville").place.admin1 == "Kentucky"
