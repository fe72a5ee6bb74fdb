"""Rules found by the news probe's forty-sixth batch (world web copy of the GeoWebNews kind from the Seychelles,
Eritrea, Brunei, the Maldives, Suriname, Bhutan, Greenland, Botswana, Djibouti, Montenegro, North Macedonia,
Kyrgyzstan, Trinidad, Jamaica, Lithuania, Samoa, Lesotho, Bulgaria, Latvia and the Azores).

Each is a rule a reader applies to any wire story: a town named by a common word at one end of a route ("from Bar
to Podgorica", "from Bari to Bar") is the town where a town of its name lies within a route's reach of the other
end; a near spelling of a name that the story also writes, exactly, as another name is no slip for it ("from Bar
to Bari": two towns); a side "level at 1-1 with" or "tied at 2-2 with" another is a side, as after "a draw
with", and so is the side that is level ("the West Indies level at 1-1 with") and a name a club "will meet", in a
sports sentence; and a giver's irregular past after a relative
clause or an aside ("Denmark, which pays much of the budget, lent money") is the government's deed, as it is
straight after the name. And a few true facts for the lexicons: Aldabra and Praslin (islands of the
Seychelles), Latgale, the Brokopondo Reservoir, "Djibouti City" and Ngamiland (Botswana's North-West District).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str, str]:
    place = toponym(gaz, text, name).place
    return place.country_code, place.feature_code


# -- a common word at a route's end ---------------------------------------------------------------------------------

def test_a_common_word_town_opening_a_route_to_its_neighbour_is_kept(gaz):
    text = "Trains run from Bar to Podgorica twice a day."
    assert locational_names(gaz, text) == ["Bar", "Podgorica"]
    assert _where(gaz, text, "Bar")[0] == "ME"


def test_a_common_word_town_closing_a_route_is_kept(gaz):
    text = "Ferries run from Bari to Bar every night."
    assert "Bar" in locational_names(gaz, text)
    assert _where(gaz, text, "Bar")[0] == "ME"


def test_a_common_word_town_opening_a_route_to_a_city_is_read_near_it(gaz):
    # the Hope within a route's reach of Vancouver is the town in British Columbia
    text = "Buses leave from Hope to Vancouver each morning."
    assert _where(gaz, text, "Hope")[0] == "CA"


def test_a_common_word_town_between_two_route_ends_is_kept(gaz):
    # "between X and Y" joins a route's ends as "from X to Y" does
    assert "Bar" in locational_names(gaz, "Ferries run between Bar and Bari in summer.")


def test_a_route_partner_that_is_itself_a_common_word_does_not_vouch(gaz):
    # two ideas written with capitals land near each other's namesakes as easily as two towns: no journey
    text = "The old road from Independence to Liberty is a theme of the Missouri show."
    assert "Liberty" not in locational_names(gaz, text)
    assert "Justice" not in found_names(gaz, "The path from Freedom to Justice is the theme of a Kansas festival.")


def test_a_route_partner_is_read_by_any_of_its_towns_not_only_its_largest(gaz):
    # the largest Richmond is in Virginia; the one near Hope is in British Columbia
    text = "Roads from Hope to Richmond in British Columbia were closed by snow."
    assert "Hope" in locational_names(gaz, text) and _where(gaz, text, "Hope")[0] == "CA"
    assert _where(gaz, "Trains from Hope to Chilliwack were halted by floods.", "Hope")[0] == "CA"
    text = "VANCOUVER, British Columbia — Buses from Hope to Richmond were full."
    assert "Hope" in locational_names(gaz, text) and _where(gaz, text, "Hope")[0] == "CA"


def test_a_route_partner_in_no_named_province_is_read_as_its_largest_town(gaz):
    # nothing puts this Richmond in Canada: the largest Richmond has no Hope within a route's reach
    assert "Hope" not in found_names(gaz, "Roads from Hope to Richmond were closed by snow.")


def test_a_route_between_two_common_word_towns_is_kept(gaz):
    assert "Liberty" in locational_names(gaz, "The march from Liberty to Independence drew crowds in Missouri.")


def test_a_common_word_with_no_town_of_its_name_near_the_other_end_is_dropped(gaz):
    # no Bar lies within a route's reach of Sydney: the word is not that town
    assert "Bar" not in found_names(gaz, "Flights from Bar to Sydney are planned.")


def test_a_state_of_mind_at_a_route_end_is_no_town(gaz):
    assert "Hope" not in found_names(gaz, "The mood swung from Hope to despair in Vancouver.")


# -- a near spelling the story writes apart -------------------------------------------------------------------------

def test_a_town_written_beside_its_near_spelling_keeps_its_own_name(gaz):
    # "Bari" also matches "Bar" loosely; written beside "Bar", it is the Italian port
    text = ("PODGORICA, Montenegro — Montenegro will sell a stake in the port of Bar. Ferries still run from Bar to "
            "Bari across the Adriatic.")
    assert _where(gaz, text, "Bari")[0] == "IT"


def test_a_near_spelling_written_apart_in_other_words_keeps_its_own_name(gaz):
    # the story's support for Bar (its country, its neighbour Budva, "in Bar" twice) is no support for Bari
    text = "PODGORICA, Montenegro — Police in Bar and Budva made arrests after a ferry from Bari docked in Bar."
    assert _where(gaz, text, "Bari")[0] == "IT"


def test_a_near_spelling_is_not_pulled_onto_the_story_s_own_town(gaz):
    # a Montenegrin dateline, Bar twice and Kotor beside it would draw the loose reading of "Bari" to Bar
    text = ("BUDVA, Montenegro — Hotels in Bar and Kotor are full; a cruise ship from Bari called at Bar on "
            "Friday.")
    assert _where(gaz, text, "Bari")[0] == "IT"


def test_a_misspelling_written_alone_keeps_its_near_reading(gaz):
    # nothing else in the story is written "Mogadishu": the slip is still read as the city
    assert _where(gaz, "Police said Mogadisu was calm.", "Mogadisu") == ("SO", "PPLC")


# -- sides level with, tied with and met ----------------------------------------------------------------------------

def test_a_side_the_hosts_are_level_with_on_a_score_is_a_side(gaz):
    text = "Rain washed out the last day, leaving the hosts level at 1-1 with Sri Lanka in the series."
    assert "Sri Lanka" in found_names(gaz, text) and "Sri Lanka" not in locational_names(gaz, text)


def test_a_side_the_hosts_are_tied_with_on_a_score_is_a_side(gaz):
    text = "Bangladesh drew the third match, so the hosts stay tied at 2-2 with Zimbabwe."
    assert "Zimbabwe" in found_names(gaz, text) and "Zimbabwe" not in locational_names(gaz, text)


def test_a_harbour_level_with_a_city_stays_the_city(gaz):
    # no score and no sport: "level with" is a height
    assert "Lagos" in locational_names(gaz, "The river stood level with Lagos harbour walls.")


def test_a_club_a_side_will_meet_after_a_result_is_a_side(gaz):
    text = "After the 31-29 win the club will meet Barcelona in the final."
    assert "Barcelona" in found_names(gaz, text) and "Barcelona" not in locational_names(gaz, text)


def test_a_side_met_after_a_win_at_home_is_a_side(gaz):
    text = "After a 3-1 win at home, Leeds will meet Fulham in the semi-final."
    assert "Fulham" in found_names(gaz, text) and "Fulham" not in locational_names(gaz, text)


def test_the_side_that_is_level_is_a_side_too(gaz):
    text = "Rain washed out the last day, leaving the West Indies level at 1-1 with Sri Lanka in the series."
    assert "West Indies" in found_names(gaz, text) and "West Indies" not in locational_names(gaz, text)


def test_sides_level_on_points_after_a_result_are_sides(gaz):
    text = "Kerry are level with Dublin on points after the 2-1 win."
    assert found_names(gaz, text) == ["Kerry", "Dublin"] and locational_names(gaz, text) == []


def test_a_count_level_with_a_country_over_a_date_range_keeps_the_country(gaz):
    # a range of dates looks like a score; "level with" a rival on cases is a count's standing, not a side's
    assert "Zambia" in locational_names(gaz, "Measles cases in Malawi on 3-4 June were level with Zambia.")
    text = "Among women aged 25-34, Portugal is now level with Greece on employment."
    assert locational_names(gaz, text) == ["Portugal", "Greece"]


def test_towns_level_on_a_vote_score_stay_towns(gaz):
    # "level at 2-2 with" on seats is a council's tally: no word of sport in the sentence
    text = "The budget vote left Leeds level at 2-2 with Bradford on seats."
    assert locational_names(gaz, text) == ["Leeds", "Bradford"]


def test_sides_level_in_a_league_table_are_sides(gaz):
    text = "Ghana stayed level with Nigeria at the top of the league table."
    assert "Nigeria" in found_names(gaz, text) and "Nigeria" not in locational_names(gaz, text)


def test_what_does_not_square_with_a_place_leaves_it_a_place(gaz):
    # "square with" is agreeing with, whatever figures stand in the sentence
    assert "Ottawa" in locational_names(gaz, "The 6-3 ruling does not square with Ottawa rules on fishing.")
    text = "The figures for voters aged 18-24 do not square with Ankara estimates."
    assert "Ankara" in locational_names(gaz, text)


def test_a_river_level_with_a_quay_stays_the_river(gaz):
    # no score and no sport in the sentence: a water level
    assert "Danube" in locational_names(gaz, "Water in the Danube stood level with the quay at Vukovar.")


def test_a_side_that_meets_another_after_a_win_is_a_side(gaz):
    text = "Ghana, which leads the bloc, meets Senegal in the semi-final after a 2-0 win."
    assert "Senegal" in found_names(gaz, text) and "Senegal" not in locational_names(gaz, text)


def test_a_town_naming_people_a_side_will_meet_is_no_side(gaz):
    # "meet Harare traders": the name qualifies the people met, it is not the other side
    assert "Harare" in locational_names(gaz, "After the 3-0 win the squad will meet Harare traders at the hotel.")
    text = "After a 3-1 win the team will meet Dakar traders before the final."
    assert "Dakar" in locational_names(gaz, text)


# -- a giver behind an aside ----------------------------------------------------------------------------------------

def test_a_country_that_lent_money_is_its_government(gaz):
    assert "Denmark" not in locational_names(gaz, "Denmark lent money for the project.")


def test_a_country_that_lent_money_behind_a_which_clause_is_its_government(gaz):
    text = "Denmark, which pays a large part of the budget, lent money for the project."
    assert "Denmark" in found_names(gaz, text) and "Denmark" not in locational_names(gaz, text)


def test_a_country_that_gave_money_behind_a_which_clause_is_its_government(gaz):
    text = "Norway, which has backed the fund for years, gave another 20 million."
    assert "Norway" in found_names(gaz, text) and "Norway" not in locational_names(gaz, text)


def test_a_country_that_sold_maize_behind_a_which_clause_is_its_government(gaz):
    text = "Kenya, which hosts the talks, sold maize to Juba."
    assert "Kenya" in found_names(gaz, text) and "Kenya" not in locational_names(gaz, text)
    assert "Juba" in locational_names(gaz, text)


def test_a_country_a_preposition_governs_before_a_which_clause_stays_a_place(gaz):
    # the floods sent people fleeing, not Kenya
    text = "Floods in Kenya, which has had rain for weeks, sent people fleeing."
    assert "Kenya" in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Finland, which chairs the council this year, sought a delay in the vote.", "Finland"),
    ("Chile, which mines much of the copper, sought new buyers in Asia.", "Chile"),
    ("Egypt, which hosts the talks, chose a mediator from Ghana.", "Egypt"),
    ("Kenya, whose courts heard the case, chose a new envoy to Uganda.", "Kenya"),
    ("Canada, which funds the agency, withheld its payment until the audit.", "Canada"),
    ("Norway, whose ships patrol the area, withheld fishing permits from the fleet.", "Norway"),
    ("Iran, which has long opposed the pact, forbade its ships from entering.", "Iran"),
    ("Turkey, which guards the straits, forbade tankers from crossing at night.", "Turkey"),
    ("Japan, whose firms built the dam, paid most of the repair bill.", "Japan"),
    ("Peru, which owes the bank little, paid its debt early.", "Peru"),
])
def test_each_giving_past_behind_a_clause_is_a_government_s_deed(gaz, text, name):
    """sought, chose, withheld, forbade and paid after a relative clause are the country's deeds, as with none."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


def test_a_place_that_gave_its_name_behind_a_clause_stays_a_place(gaz):
    # lending a name to a wine or a pastry is what the place does as a place, not what a government does
    assert "Marseille" in locational_names(gaz, "Marseille, which sits on the coast, gave its name to a soap.")
    assert "Austria" in locational_names(gaz, "Austria, which borders the lake, lent its name to a pastry.")


def test_a_place_that_was_something_behind_an_aside_stays_a_place_when_it_sold(gaz):
    # "once a colonial capital": the aside tells the town's story, and what it sold is its trade
    text = "Dakar, once a colonial capital, sold peanuts to buyers from France."
    assert "Dakar" in locational_names(gaz, text)


def test_a_place_short_of_something_behind_an_aside_stays_a_place_when_it_bought(gaz):
    # an aside of plight tells what the place's people did, not its government
    assert "Beirut" in locational_names(gaz, "Beirut, short of power for months, bought generators from Turkey.")


def test_a_town_that_is_no_nation_stays_a_place_after_a_giving_past(gaz):
    # only a country or a capital gives through its government
    assert "Lyon" in locational_names(gaz, "Lyon, which lies where two rivers meet, sold silk to buyers from Italy.")
    assert "Gdansk" in locational_names(gaz, "Gdansk, whose yards build ferries, sold a vessel to buyers in Norway.")


@pytest.mark.xfail(strict=True, reason="a government whose verb is left out after 'and' (gapping) is not read: "
                                       "'Washington for removing the soil' keeps the capital a place")
def test_a_capital_whose_verb_is_left_out_is_its_government(gaz):
    text = "Lisbon will pay for a new plant, and Washington for removing the soil."
    assert "Washington" not in locational_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="a capital after 'pays royalties to' is read as the place the money goes, "
                                       "not the government paid")
def test_a_capital_paid_royalties_is_its_government(gaz):
    assert "Maseru" not in locational_names(gaz, "Pretoria pays royalties to Maseru for the water.")


# -- lexicon facts --------------------------------------------------------------------------------------------------

def test_the_outer_islands_of_the_seychelles_are_held(gaz):
    assert _where(gaz, "Divers flew from Mahé to Aldabra to count tortoises.", "Aldabra") == ("SC", "ISL")
    text = "Hotels on Praslin and La Digue were full, officials in Victoria said."
    assert _where(gaz, text, "Praslin") == ("SC", "ISL")


def test_latgale_is_eastern_latvia(gaz):
    assert _where(gaz, "Farmers in Latgale, in eastern Latvia, sowed late.", "Latgale") == ("LV", "RGN")


def test_the_brokopondo_reservoir_is_one_name(gaz):
    text = "The Brokopondo Reservoir in Suriname fell."
    assert locational_names(gaz, text) == ["Brokopondo Reservoir", "Suriname"]


def test_djibouti_city_is_the_capital(gaz):
    assert _where(gaz, "Lorries queue at the port of Djibouti City for days.", "Djibouti City") == ("DJ", "PPLC")


def test_ngamiland_is_botswanas_north_west_district(gaz):
    assert _where(gaz, "Cattle in Ngamiland were vaccinated near Maun.", "Ngamiland") == ("BW", "ADM1")


@pytest.mark.xfail(strict=True, reason="'the Orange', a river named like towns, is read only with 'River' "
                                       "(natural_features.yaml), so the bare name goes to a town")
def test_the_orange_written_bare_beside_its_other_name_is_the_river(gaz):
    text = "Villagers in the valley of the Senqu River, as the Orange is called in Lesotho, were not paid."
    assert toponym(gaz, text, "Orange").place.feature_code == "STM"
