"""Rules found by the news probe's forty-second batch (local papers of the LGL kind from Vermont, Maine, West
Virginia, Kentucky, Arkansas, Oklahoma, Kansas, Nebraska, South Dakota, Montana, Utah, New Mexico and Louisiana,
and Saskatchewan, Prince Edward Island, Cumbrian, Lincolnshire, Queensland shire, Southland and Mayo papers).

Each is a rule a reader applies to any local paper: crews, troopers and investigators come from towns, not from
people, so a town named after a noun of such people ("Crews from Jackson and Whitesburg", "investigators from
Waterbury") stays a town where the story also gives a person that surname, so long as the town lies in one
district with the story's other towns; a relative clause after a town that a preposition governs ("Residents of
Pecos and Mora, which relied on water trucks, asked the state") tells of the town, but the verb after it is the
people's, as after an apposition; a road written by its number alone ("closed U.S. 191 between Lewistown and
Malta") makes the towns it runs between neighbours, as "the highway between" does; a one-sided result takes the
beaten side by "of" ("a rout of Dodge City") as a win takes it by "over"; and a town listed beside a town of the
dateline's state is that state's namesake where it lies beside the list and the other state's lies far off,
however a later name draws the other ("Crews from Williamstown and Northfield" under "BARRE, Vt.", with
"Concord, N.H." named after: Vermont's Northfield, not New Hampshire's beside Concord).

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str, str | None]:
    t = toponym(gaz, text, name)
    return t.place.country_code, t.place.admin1


# -- a town after a noun of people, whoever else bears its name ------------------------------------------------------

def test_investigators_from_a_town_named_like_the_fire_chief_come_from_the_town(gaz):
    text = ("BARRE, Vt. — Fire Chief Gary Waterbury said the shed burned in minutes. State fire investigators from "
            "Waterbury were at the scene Friday.")
    assert "Waterbury" in locational_names(gaz, text)
    assert _where(gaz, text, "Waterbury") == ("US", "Vermont")


def test_crews_from_two_neighbouring_towns_one_named_like_a_judge_are_both_towns(gaz):
    text = ("HAZARD, Ky. — County Judge-Executive Tom Whitesburg said the damage was light. Crews from Jackson and "
            "Whitesburg cleared logs from bridges on Monday.")
    assert _where(gaz, text, "Jackson") == ("US", "Kentucky")
    assert _where(gaz, text, "Whitesburg") == ("US", "Kentucky")


def test_volunteers_from_a_town_named_like_the_coach_keep_the_town(gaz):
    text = "TUPELO, Miss. — Coach Ray Ripley said the bus broke down. Volunteers from Ripley and Booneville fixed it."
    assert _where(gaz, text, "Ripley") == ("US", "Mississippi")


def test_letters_from_a_senator_stay_the_senators(gaz):
    # A letter comes from a person as often as from a town: the noun is no crew's.
    text = "AUGUSTA, Ga. — Senator Amy Waterbury spoke on Monday. Letters from Waterbury reached the office Friday."
    assert "Waterbury" not in locational_names(gaz, text)


def test_troopers_from_a_surname_with_no_town_near_the_story_stay_the_persons(gaz):
    # No Waterbury lies in a district with Augusta, Georgia: nothing vouches for the name as a town here.
    text = "AUGUSTA, Ga. — Officer Dan Waterbury said the bus broke down. Troopers from Waterbury took the call."
    assert "Waterbury" not in locational_names(gaz, text)


# -- a relative clause after a governed town ---------------------------------------------------------------------------

def test_shoppers_from_a_town_with_a_clause_leave_the_asking_to_the_shoppers(gaz):
    text = ("PUEBLO, Colo. — Shoppers from Trinidad, which has had no grocery store since May, asked the county to "
            "run a bus.")
    assert "Trinidad" in locational_names(gaz, text)


def test_ranchers_from_a_town_that_depends_on_the_river_are_the_ones_who_ask(gaz):
    text = "ROSWELL, N.M. — Ranchers from Carlsbad, which also depends on the river, asked the state for more water."
    assert "Carlsbad" in locational_names(gaz, text)
    assert _where(gaz, text, "Carlsbad") == ("US", "New Mexico")


def test_residents_of_two_towns_with_a_clause_keep_both_towns(gaz):
    text = ("SANTA FE, N.M. — Residents of Pecos and Mora, which also relied on water trucks during the shortage, "
            "asked the state for similar help.")
    assert {"Pecos", "Mora"} <= set(locational_names(gaz, text))


def test_a_state_opening_its_clause_with_a_relative_clause_still_acts(gaz):
    # No preposition governs the name: the verb after the clause is the state's own.
    text = "CHENNAI — Tamil Nadu, which filed the petition last year, asked the court to stay the order on Monday."
    assert "Tamil Nadu" in found_names(gaz, text)
    assert "Tamil Nadu" not in locational_names(gaz, text)


# -- a numbered road between two towns -------------------------------------------------------------------------------

def test_a_us_route_between_a_town_and_malta_keeps_malta_in_montana(gaz):
    text = "LEWISTOWN, Mont. — The storm closed U.S. 191 between Lewistown and Malta and stranded travelers."
    assert _where(gaz, text, "Malta") == ("US", "Montana")


def test_a_route_written_us_and_a_number_names_a_road_too(gaz):
    text = "HAVRE, Mont. — Drifts shut US 2 between Chinook and Malta on Friday night."
    assert _where(gaz, text, "Malta") == ("US", "Montana")


def test_flights_between_a_city_and_malta_reach_the_island(gaz):
    text = "PORTLAND, Ore. — The airline added flights between Portland and Malta last year."
    assert _where(gaz, text, "Malta") == ("MT", None)


# -- a one-sided result takes the beaten side by "of" ----------------------------------------------------------------

def test_a_thrashing_of_a_town_in_a_game_report_is_the_side(gaz):
    text = "NORFOLK, Neb. — The Panthers are 9-1 after a 48-7 thrashing of Columbus on Friday night, the coach said."
    assert "Columbus" in found_names(gaz, text)
    assert "Columbus" not in locational_names(gaz, text)


def test_a_rout_of_a_town_in_a_basketball_story_is_the_side(gaz):
    text = ("HAYS, Kan. — Hays beat Great Bend 55-49 on Friday night to clinch the league title. Great Bend had won "
            "eight straight, including a rout of Dodge City last week.")
    assert "Dodge City" not in locational_names(gaz, text)


def test_a_rout_near_a_town_outside_sport_leaves_the_town(gaz):
    text = "The rout of the army near Vicksburg ended the siege, historians say."
    assert _where(gaz, text, "Vicksburg") == ("US", "Mississippi")


# -- a listed town pulled to another state by a place named later -------------------------------------------------

def test_a_listed_town_beside_its_neighbour_stays_in_the_datelines_state(gaz):
    # New Hampshire's Northfield lies beside Concord, named later; Vermont's lies beside Williamstown, in the list.
    text = ("BARRE, Vt. — Crews from Williamstown and Northfield helped put out the fire. The owner ships headstones "
            "to buyers in Concord, N.H., and Albany, N.Y.")
    assert _where(gaz, text, "Northfield") == ("US", "Vermont")


def test_a_town_listed_with_a_neighbour_is_not_drawn_across_the_state_line(gaz):
    text = ("KEENE, N.H. — Crews from Swanzey and Marlborough worked through the night. A second crew came from "
            "Worcester, Mass.")
    assert _where(gaz, text, "Marlborough") == ("US", "New Hampshire")


def test_firefighters_from_two_neighbouring_towns_are_the_datelines_states(gaz):
    text = "LEBANON, N.H. — Firefighters from Hanover and Enfield fought the blaze. Tankers came from Hartford, Conn."
    assert _where(gaz, text, "Enfield") == ("US", "New Hampshire")


def test_a_town_of_another_state_written_with_its_state_stays_there(gaz):
    # A name written with its own state is placed by it, whatever list it closes.
    text = "KEENE, N.H. — Crews from Swanzey and Brattleboro, Vt., worked through the night."
    assert _where(gaz, text, "Brattleboro") == ("US", "Vermont")


def test_a_listed_city_of_size_in_another_state_stays_itself(gaz):
    # A city known beyond its state is listed beside a small town as itself: the list may reach across states.
    text = "MARIETTA, Ohio — Buyers came from Belpre and Pittsburgh on Saturday, the auctioneer said."
    assert _where(gaz, text, "Pittsburgh") == ("US", "Pennsylvania")
