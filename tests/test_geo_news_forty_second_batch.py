"""Rules found by the news probe's forty-second batch (local papers from Vermont, Maine, West Virginia,
Kentucky, Arkansas, Oklahoma, Kansas, Nebraska, South Dakota, Montana, Utah, New Mexico and Louisiana, and
Saskatchewan, Prince Edward Island, Cumbrian, Lincolnshire, Queensland shire, Southland and Mayo papers).

Each is a rule a reader applies to any local paper: crews, troopers and paramedics come from towns, not from
people, so a town named after "from" and a noun of such people ("Paramedics from Nelsonville") stays a town where
the story also gives a person that surname, so long as the town lies in one district with the story's other
towns, while people "of" a lone name, or a name with a possessive, are the person's ("Patients of Fishers",
"Officials from Hindman's staff"); a relative clause after a town that a preposition governs ("Shoppers from
Cuba, which has had no pharmacy since spring, asked the city") tells of the town, but the verb after it is the
people's, as after an apposition; a road written by its number alone ("I-43 between Green Bay and Denmark")
makes the towns it runs between neighbours, as "the highway between" does; a one-sided result takes the beaten
side by "of" ("a rout of Newton") as a win takes it by "over", where its score sits right before the noun or the
story reads as sport, never on a date range's look of a score ("the rebels' rout of Goma on 27-28 January"); and
a town listed beside a town of the dateline's state is that state's namesake where it lies beside the list and
the other state's lies far off, however a later name draws the other ("Firefighters from Swanzey and Troy" under
"KEENE, N.H.", with "Albany, N.Y." named after).

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str, str | None]:
    t = toponym(gaz, text, name)
    return t.place.country_code, t.place.admin1


# -- a town after a noun of people, whoever else bears its name ------------------------------------------------------

def test_firefighters_from_a_town_named_like_the_mayor_come_from_the_town(gaz):
    """Firefighters come from a town, not from a person: the mayor's surname does not take the town away."""
    text = ("SALINA, Kan. — Mayor Dale Ellsworth said the storm spared the square. Firefighters from Ellsworth "
            "were called out Sunday.")
    assert "Ellsworth" in locational_names(gaz, text)
    assert _where(gaz, text, "Ellsworth") == ("US", "Kansas")


def test_paramedics_from_a_town_named_like_the_sheriff_come_from_the_town(gaz):
    """The same rule with another noun of crews, another state and a sheriff for the namesake."""
    text = ("ATHENS, Ohio — Sheriff Tom Nelsonville said the road was clear. Paramedics from Nelsonville reached the "
            "farm by noon.")
    assert _where(gaz, text, "Nelsonville") == ("US", "Ohio")


def test_volunteers_from_a_list_opened_by_a_town_named_like_the_coach_keep_the_town(gaz):
    """A list of neighbouring towns after a noun of people is towns, whoever bears the first name."""
    text = ("WOOSTER, Ohio — Coach Ray Orrville said the gym lost power. Volunteers from Orrville and Rittman "
            "brought a generator.")
    assert _where(gaz, text, "Orrville") == ("US", "Ohio")


def test_students_of_a_list_of_neighbouring_towns_keep_the_towns(gaz):
    """After "of" a list of towns of one district still names towns: only a lone name after "of" is refused."""
    text = ("WOOSTER, Ohio — Coach Ray Orrville said the gym lost power. Students of Orrville and Rittman brought a "
            "generator.")
    assert _where(gaz, text, "Orrville") == ("US", "Ohio")


def test_letters_from_a_senator_stay_the_senators(gaz):
    """A letter comes from a person as often as from a town: the noun is no crew's."""
    text = "AUGUSTA, Ga. — Senator Amy Waterbury spoke on Monday. Letters from Waterbury reached the office Friday."
    assert "Waterbury" not in locational_names(gaz, text)


def test_troopers_from_a_surname_with_no_town_near_the_story_stay_the_persons(gaz):
    """No Waterbury lies in a district with Augusta, Georgia: nothing vouches for the name as a town here."""
    text = "AUGUSTA, Ga. — Officer Dan Waterbury said the bus broke down. Troopers from Waterbury took the call."
    assert "Waterbury" not in locational_names(gaz, text)


def test_patients_of_a_doctor_named_like_a_town_are_the_doctors(gaz):
    """People "of" a lone name are the person's patients, pupils or clients: "of" alone names no home town."""
    text = ("CARMEL, Ind. — Dr. Ann Fishers closed her clinic on Friday. Patients of Fishers were sent to other "
            "doctors.")
    assert "Fishers" not in locational_names(gaz, text)


def test_students_of_a_coach_named_like_a_town_are_the_coachs(gaz):
    """The same with pupils and a coach: "Students of Nampa" after the coach is his students."""
    text = "BOISE, Idaho — Coach Mike Nampa retired on Friday. Students of Nampa gave him a plaque."
    assert "Nampa" not in locational_names(gaz, text)


def test_investigators_of_a_lawyers_firm_are_not_a_towns(gaz):
    """A name with a possessive owns the noun after it ("Ripley's firm"): it is the lawyer, not a town."""
    text = "TUPELO, Miss. — Lawyer Sam Ripley filed the suit. Investigators of Ripley's firm found the records."
    assert "Ripley" not in locational_names(gaz, text)


def test_officials_from_a_senators_staff_are_not_a_towns(gaz):
    """After "from" too, a possessive makes the name the owner: the senator's staff."""
    text = "HAZARD, Ky. — Sen. Ann Hindman spoke Monday. Officials from Hindman's staff toured the damage."
    assert "Hindman" not in locational_names(gaz, text)


def test_inspectors_from_an_inspectors_office_are_not_a_towns(gaz):
    """The same with a curly apostrophe, another state and a capital for the namesake."""
    text = ("BARRE, Vt. — Inspector Jane Montpelier filed the report. Inspectors from Montpelier’s office "
            "reviewed it.")
    assert "Montpelier" not in locational_names(gaz, text)


# -- a relative clause after a governed town ---------------------------------------------------------------------------

def test_shoppers_from_a_town_with_a_clause_leave_the_asking_to_the_shoppers(gaz):
    """The clause tells of the town; the verb after it is the shoppers'."""
    text = "ROLLA, Mo. — Shoppers from Cuba, which has had no pharmacy since spring, asked the city to run a van."
    assert "Cuba" in locational_names(gaz, text)
    assert _where(gaz, text, "Cuba") == ("US", "Missouri")


def test_farmers_from_a_town_that_floods_are_the_ones_who_ask(gaz):
    """The same with farmers, another state and a clause of what the town undergoes."""
    text = "KOKOMO, Ind. — Farmers from Peru, which also floods each spring, asked the county to dredge the ditch."
    assert "Peru" in locational_names(gaz, text)
    assert _where(gaz, text, "Peru") == ("US", "Indiana")


def test_residents_of_two_towns_with_a_clause_keep_both_towns(gaz):
    """A list of two towns governed by "of" keeps both through the clause."""
    text = ("ROLLA, Mo. — Residents of Cuba and Steelville, which both ran out of road salt in January, asked the "
            "county to share its pile.")
    assert {"Cuba", "Steelville"} <= set(locational_names(gaz, text))


def test_a_state_opening_its_clause_with_a_relative_clause_still_acts(gaz):
    """No preposition governs the name: the verb after the clause is the state's own."""
    text = "CHENNAI — Tamil Nadu, which filed the petition last year, asked the court to stay the order on Monday."
    assert "Tamil Nadu" in found_names(gaz, text)
    assert "Tamil Nadu" not in locational_names(gaz, text)


# -- a numbered road between two towns -------------------------------------------------------------------------------

def test_an_interstate_between_a_city_and_denmark_keeps_denmark_in_wisconsin(gaz):
    """"I-43 between" names a road as "the highway between" does: the towns it joins are neighbours."""
    text = "GREEN BAY, Wis. — A pileup shut I-43 between Green Bay and Denmark on Sunday."
    assert _where(gaz, text, "Denmark") == ("US", "Wisconsin")


def test_a_route_written_us_and_a_number_names_a_road_too(gaz):
    """The same with a US route written "US 2" and another state."""
    text = "HAVRE, Mont. — Drifts shut US 2 between Chinook and Malta on Friday night."
    assert _where(gaz, text, "Malta") == ("US", "Montana")


def test_flights_between_a_city_and_malta_reach_the_island(gaz):
    """A flown route joins places across any distance: no road, no neighbours."""
    text = "PORTLAND, Ore. — The airline added flights between Portland and Malta last year."
    assert _where(gaz, text, "Malta") == ("MT", None)


# -- a one-sided result takes the beaten side by "of" ----------------------------------------------------------------

def test_a_thrashing_of_a_town_in_a_game_report_is_the_side(gaz):
    """The score right before the noun ("a 48-7 thrashing of") makes the name after "of" the beaten side."""
    text = "NORFOLK, Neb. — The Panthers are 9-1 after a 48-7 thrashing of Columbus on Friday night, the coach said."
    assert "Columbus" in found_names(gaz, text)
    assert "Columbus" not in locational_names(gaz, text)


def test_a_scored_hammering_of_a_town_is_the_side(gaz):
    """"Hammering" names a result only beside its score: "a 52-3 hammering of Hastings" is the side."""
    text = "GRAND ISLAND, Neb. — The Islanders are 8-2 after a 52-3 hammering of Hastings on Friday, the coach said."
    assert "Hastings" not in locational_names(gaz, text)


def test_a_rout_of_a_town_in_a_basketball_story_is_the_side(gaz):
    """Without a score before it, "a rout of" names the side where the whole story reads as sport."""
    text = ("SALINA, Kan. — Salina South beat McPherson 61-52 on Tuesday to win the league title. McPherson had won "
            "nine games in a row, including a rout of Newton in December.")
    assert "Newton" not in locational_names(gaz, text)


def test_a_rebels_rout_of_a_city_on_a_date_range_leaves_the_city(gaz):
    """A date range ("27-28 January") looks like a score but is none: a war's rout of a city is the city."""
    text = "After the rebels' rout of Goma on 27-28 January, thousands fled to Gisenyi."
    assert "Goma" in locational_names(gaz, text)


def test_the_hammering_of_a_city_over_two_days_leaves_the_city(gaz):
    """"Hammering" unscored is a city's shelling, whatever date range follows."""
    text = "The hammering of Kharkiv on 12-13 May killed 14 people."
    assert "Kharkiv" in locational_names(gaz, text)


def test_a_storms_hammering_of_a_town_in_a_game_story_leaves_the_town(gaz):
    """Even in a story that reads as sport, an unscored "hammering" is no result: hail struck the town."""
    text = ("GRAND ISLAND, Neb. — The Islanders lost their home game 21-14 on Friday night, the coach said. He said "
            "the hail's hammering of Hastings last week had kept the team off the practice field.")
    assert "Hastings" in locational_names(gaz, text)


# -- a listed town pulled to another state by a place named later -------------------------------------------------

def test_a_listed_town_beside_its_neighbour_stays_in_the_datelines_state(gaz):
    """New York's Troy lies beside Albany, named later; New Hampshire's lies beside Swanzey, in the list."""
    text = ("KEENE, N.H. — Firefighters from Swanzey and Troy stayed until dawn. A second engine came from "
            "Albany, N.Y.")
    assert _where(gaz, text, "Troy") == ("US", "New Hampshire")


def test_a_town_listed_with_a_neighbour_is_not_drawn_across_the_state_line(gaz):
    """The same in Maine: Rhode Island's Warren lies beside Providence, named later; Maine's beside Camden."""
    text = ("ROCKLAND, Maine — Crews from Camden and Warren cleared the pier. The boatyard sells to buyers in "
            "Providence, R.I., and Hartford, Conn.")
    assert _where(gaz, text, "Warren") == ("US", "Maine")


def test_firefighters_from_two_neighbouring_towns_are_the_datelines_states(gaz):
    """Connecticut's Enfield lies by Hartford, named later; New Hampshire's beside Hanover."""
    text = "LEBANON, N.H. — Firefighters from Hanover and Enfield fought the blaze. Tankers came from Hartford, Conn."
    assert _where(gaz, text, "Enfield") == ("US", "New Hampshire")


def test_a_town_of_another_state_written_with_its_state_stays_there(gaz):
    """A name written with its own state is placed by it, whatever list it closes."""
    text = "KEENE, N.H. — Crews from Swanzey and Brattleboro, Vt., cleared the lines by noon."
    assert _where(gaz, text, "Brattleboro") == ("US", "Vermont")


def test_a_listed_city_of_size_in_another_state_stays_itself(gaz):
    """A city known beyond its state is listed beside a small town as itself: the list may reach across states."""
    text = "MARIETTA, Ohio — Buyers came from Belpre and Pittsburgh on Saturday, the auctioneer said."
    assert _where(gaz, text, "Pittsburgh") == ("US", "Pennsylvania")
