"""Local news capitalises many words that are no places: an award's title ("Man of the Year"), a contest's
grouping ("the Teen category", "Class 3A"), a field someone is qualified in ("a degree in Public Health"), a
programme's gerund title ("the Shaping the Next Decade panel"), a housing complex named like a landscape ("the
Willow Creek apartments") and a shop named for its owner ("Marshall's Welding", "at Tyler's,"). Small towns share
some of those words, and an unlisted capitalised phrase after "in" reads like a place; none of them is one. A
returned building (a facility) is no fault here; a town read from such a word is. The places beside them stay.
Sentences invented for these tests."""
import pytest

from conftest import found_names, located, locational_names


# -- an award's title: "<Word> of the Year" ---------------------------------------------------------------------


def test_a_word_before_of_the_year_is_an_award_title(gaz):
    text = "Tom Reyes was named Man of the Year by the Rotary club in Tulsa on Friday."
    assert found_names(gaz, text) == ["Tulsa"]


def test_a_word_before_of_the_month_is_an_award_title(gaz):
    text = "The shelter in Macon named Joan Pike its Woman of the Month and Rob Hale its Man of the Month."
    assert found_names(gaz, text) == ["Macon"]


def test_a_town_before_of_the_and_its_region_is_still_the_town(gaz):
    # " of the " alone makes no award: the period word does ("Year", "Month"), not the region after it
    text = "Fighting in Man of the Tonkpi region killed four, residents said."
    assert "Man" in locational_names(gaz, text)


def test_a_demonym_before_of_the_year_stays_the_demonym(gaz):
    # "Texan of the Year" is an award too, but the demonym still names the people of a place
    text = "Tom Reyes was named Texan of the Year by the club in Tulsa."
    assert found_names(gaz, text) == ["Texan", "Tulsa"]


# -- a contest's grouping: "the Teen category", "Class 4A" -------------------------------------------------------


def test_a_word_before_category_is_the_contest_group(gaz):
    text = "Ana Ruiz of Lima won in the Teen category of the pageant held in Findlay."
    assert found_names(gaz, text) == ["Lima", "Findlay"]


@pytest.mark.xfail(reason="'Ames' (Iowa) is not read as a place at all, even in 'The race went through Ames on "
                          "Sunday': a recall gap outside the contest-group rule, which drops 'Junior' here",
                   strict=True)
def test_a_word_before_division_in_a_race_is_the_contest_group(gaz):
    text = "Joe Kim finished second in the Junior category of the fun run through Ames."
    assert found_names(gaz, text) == ["Ames"]


def test_a_word_before_category_in_a_race_is_the_contest_group(gaz):
    text = "Joe Kim finished second in the Junior category of the fun run in Ottumwa."
    assert found_names(gaz, text) == ["Ottumwa"]


def test_fields_after_minor_in_are_no_places(gaz):
    text = "She has a minor in Fine Arts and a major in Political Science from a college in Salina."
    assert found_names(gaz, text) == ["Salina"]


def test_class_with_a_sports_code_is_a_school_grouping(gaz):
    text = "The Bulldogs of Newton are ranked third in Class 4A this season."
    assert found_names(gaz, text) == ["Newton"]


def test_class_with_a_sports_code_after_placing_first(gaz):
    text = "The choir placed first in Class 2A at the district contest in Ottumwa."
    assert found_names(gaz, text) == ["Ottumwa"]


def test_a_city_of_note_naming_a_bracket_stays_the_city(gaz):
    # a tournament's regional bracket is named for the city that hosts it
    text = "The top seed in the Houston bracket plays on Friday in Dallas."
    assert locational_names(gaz, text) == ["Houston", "Dallas"]


def test_a_demonym_naming_a_category_stays_the_demonym(gaz):
    text = "She won the Mexican category at the chili cook-off in Pueblo."
    assert "Mexican" in found_names(gaz, text)


# -- a field of study or practice: "a degree in Public Health" ----------------------------------------------------


def test_a_field_after_certification_in_is_no_place(gaz):
    text = "She earned a certification in Payroll Administration and now works in Dayton."
    assert found_names(gaz, text) == ["Dayton"]


@pytest.mark.xfail(reason="'The Marion native' loses Marion whatever follows ('The Marion native moved away'): a "
                          "recall gap outside the study-field rule, which drops both fields here", strict=True)
def test_fields_after_major_and_minor_are_no_places(gaz):
    text = "The Marion native has a major in Political Science and a minor in Fine Arts."
    assert found_names(gaz, text) == ["Marion"]


def test_fields_after_major_and_minor_beside_a_native_town_are_no_places(gaz):
    text = "An Omaha native, she has a major in Political Science and a minor in Fine Arts."
    assert found_names(gaz, text) == ["Omaha"]


def test_a_field_after_diploma_in_is_no_place(gaz):
    text = "She holds a diploma in Early Childhood Education and teaches in Fargo."
    assert found_names(gaz, text) == ["Fargo"]


def test_a_field_after_degree_in_is_no_place(gaz):
    text = "He has a master's degree in Public Health and moved to Akron in May."
    assert found_names(gaz, text) == ["Akron"]


def test_a_town_after_studied_in_stays_a_town(gaz):
    text = "She studied in Boston before she returned to Duluth."
    assert locational_names(gaz, text) == ["Boston", "Duluth"]


def test_a_town_after_trained_in_stays_a_town(gaz):
    text = "The surgeon trained in Kharkiv and practised in Lviv."
    assert locational_names(gaz, text) == ["Kharkiv", "Lviv"]


def test_a_field_of_law_after_degree_in_is_no_place(gaz):
    # "Law" is a hamlet's name too; after "degree in", which has no other sense, it is the field
    text = "He earned a degree in Law and opened a practice in Salina."
    assert found_names(gaz, text) == ["Salina"]


def test_a_field_after_professional_in_is_no_place(gaz):
    text = "She is a certified professional in Supply Chain Management and works in Dayton."
    assert found_names(gaz, text) == ["Dayton"]


def test_a_city_of_note_after_degree_in_stays_the_city(gaz):
    # one may well earn a degree in a city: a strong reading is kept
    text = "She earned her degree in Boston and now teaches in Duluth."
    assert locational_names(gaz, text) == ["Boston", "Duluth"]


# "degrees", "major", "minor", "graduate", "professional" and "concentration" have other senses before "in" and a
# town: a temperature, an officer's rank, a juvenile, a person, massed troops. A small town stays a town there.


def test_a_small_town_after_degrees_of_temperature_stays_a_town(gaz):
    assert "Needles" in locational_names(gaz, "Thermometers read 108 degrees in Needles on Sunday afternoon.")
    assert "Gunnison" in locational_names(
        gaz, "Overnight it was minus 9 degrees in Gunnison, the coldest reading in the state.")


def test_a_small_town_after_a_minor_or_a_graduate_stays_a_town(gaz):
    assert "Hazlehurst" in locational_names(gaz, "Deputies arrested a minor in Hazlehurst after a break-in.")
    assert "Hazlehurst" in locational_names(gaz, "Two minors in Hazlehurst were charged with vandalism.")
    assert "Hazlehurst" in locational_names(gaz, "A recent graduate in Hazlehurst was hired by the county.")
    assert "Hazlehurst" in locational_names(gaz, "A health professional in Hazlehurst said the clinic closed early.")


def test_a_town_after_an_officers_rank_stays_a_town(gaz):
    assert located(gaz, "An army major in Taftanaz was killed by a drone strike on Tuesday.") == [("Taftanaz", "SY")]
    assert located(gaz, "A police major in Kupiansk said shelling went on overnight.") == [("Kupiansk", "UA")]


def test_a_town_after_a_troop_concentration_stays_a_town(gaz):
    text = "The troop concentration in Avdiivka grew during the week, the general said."
    assert located(gaz, text) == [("Avdiivka", "UA")]


# -- a programme's gerund title: "the Shaping the Next Decade panel" ----------------------------------------------


def test_a_gerund_opening_a_title_is_no_place(gaz):
    text = "The board in Elyria weighed a report by the Shaping the Next Decade panel on Monday."
    assert found_names(gaz, text) == ["Elyria"]


def test_a_gerund_opening_a_committees_title_is_no_place(gaz):
    text = "Members of the Shaping the Region committee met in Elyria on Monday."
    assert found_names(gaz, text) == ["Elyria"]


def test_a_gerund_title_named_again_without_its_head_noun_is_no_place(gaz):
    # the head noun shows the title once; the story may leave it out when it names the title again
    text = ("The board in Elyria heard the Shaping the Region committee on Monday. Later it voted on the Shaping "
            "the Region and staff recommendations.")
    assert found_names(gaz, text) == ["Elyria"]


def test_a_town_ending_in_ing_after_the_stays_the_town(gaz):
    # "the Reading the Royals left": an article before a town and a clause after it, no title's head noun
    assert "Reading" in locational_names(gaz, "It is not the Reading the Royals left behind in 1990.")
    assert "Nanjing" in locational_names(gaz, "Historians describe the Nanjing the Japanese army entered in 1937.")
    assert "Kunming" in locational_names(gaz, "Veterans recall the Kunming the Flying Tigers knew.")


def test_a_town_ending_in_ing_before_a_title_without_an_article_stays_the_town(gaz):
    # the title's shape follows, but no article comes before the town
    text = "In Reading the Borough Council plan drew objections from residents."
    assert "Reading" in locational_names(gaz, text)


# -- a housing complex named like a landscape: "the Willow Creek apartment complex" ----------------------------


def test_names_before_apartment_complexes_are_the_complexes(gaz):
    text = "The city wants to raze the Willow Creek and Cedar Hills apartment complexes on Elm Street in Tyler."
    assert found_names(gaz, text) == ["Elm Street", "Tyler"]


def test_a_name_before_apartments_is_the_complex(gaz):
    text = "Firefighters from Lufkin were called to the Pine Meadows apartments late on Sunday."
    assert found_names(gaz, text) == ["Lufkin"]


def test_a_name_before_a_mobile_home_park_is_the_park(gaz):
    text = "Residents of the Forest Glen mobile home park outside Conroe were told to leave."
    assert found_names(gaz, text) == ["Conroe"]


def test_a_town_before_a_flat_bought_there_stays_the_town(gaz):
    # "a Chevy Chase condo", "their Grosse Pointe condo": a home in that town, whatever its size
    assert "Chevy Chase" in locational_names(gaz, "She rented a Chevy Chase condo before the move to Omaha.")
    assert "Gig Harbor" in locational_names(gaz, "Deputies raided a Gig Harbor condo on Friday.")
    assert "Grosse Pointe" in locational_names(gaz, "The couple sold their Grosse Pointe condo last spring.")


def test_a_town_sharing_a_housing_noun_with_a_town_stays_the_town(gaz):
    text = "Flooding hit Chevy Chase and Bethesda apartments on Monday."
    assert locational_names(gaz, text) == ["Chevy Chase", "Bethesda"]


@pytest.mark.xfail(reason="a bare plural after a small town ('Grosse Pointe condos') reads as the complex: no "
                          "article or possessive says it is homes in the town", strict=True)
def test_a_town_before_a_bare_plural_housing_noun_stays_the_town(gaz):
    text = "Residents of Grosse Pointe condos and Detroit homes lost power."
    assert locational_names(gaz, text) == ["Grosse Pointe", "Detroit"]


def test_a_town_of_note_before_apartment_is_the_town(gaz):
    text = "She rented a Beverly Hills apartment before she moved back to Omaha."
    assert "Beverly Hills" in found_names(gaz, text)


def test_a_city_of_note_named_like_a_landscape_before_apartment_complex_is_the_city(gaz):
    # "Overland Park" ends in a landscape word, but a city of note is kept even after "the"
    text = "A fire gutted the Overland Park apartment complex early on Monday, officials said."
    assert "Overland Park" in locational_names(gaz, text)


# -- a shop named for its owner: "Marshall's Welding", "at Tyler's," -----------------------------------------------


def test_a_name_owning_a_trade_is_the_owners_shop(gaz):
    text = "Vandals spray-painted Irving's Welding on Pine Street in Lawton overnight."
    assert found_names(gaz, text) == ["Pine Street", "Lawton"]


def test_a_name_owning_a_bakery_is_the_owners_shop(gaz):
    text = "She hopes to work at Tyler’s Bakery in Longview next spring."
    assert "Tyler" not in found_names(gaz, text)  # the bakery may be returned as a building, never the town
    assert "Longview" in locational_names(gaz, text)


def test_a_possessive_name_alone_after_at_is_a_shop(gaz):
    text = "A fundraiser will be held at Tyler’s, 120 Oak Ave., in Marshall on Friday."
    assert "Tyler" not in found_names(gaz, text)
    assert "Marshall" in locational_names(gaz, text)


def test_a_city_owning_a_museum_is_still_the_city(gaz):
    text = "Boston's Museum of Fine Arts reopened its west wing on Saturday."
    assert "Boston" in found_names(gaz, text)


def test_a_city_owning_an_airport_is_still_the_city(gaz):
    text = "Flights out of Chicago's Midway Airport were delayed by snow."
    assert "Chicago" in found_names(gaz, text)


def test_a_city_owning_a_gallery_or_theatre_is_still_the_city(gaz):
    text = "London's National Gallery and Chicago's Goodman Theatre lent the paintings."
    names = found_names(gaz, text)
    assert "London" in names and "Chicago" in names


def test_a_weak_town_owning_a_named_diner_is_the_owners_shop(gaz):
    text = "Vandals broke windows at Gantt's Family Diner in Elgin overnight."
    assert "Gantt" not in found_names(gaz, text)
    assert "Elgin" in locational_names(gaz, text)


def test_a_city_of_note_before_a_named_eatery_stays_the_city(gaz):
    # the owner's shop is "Tyler's Bakery"; a city's is "Chicago's Pequod's Pizza", a name of its own after it
    assert "Chicago" in found_names(gaz, "We ate at Chicago's Pequod's Pizza on the trip.")
    assert "Austin" in found_names(gaz, "Crowds lined up outside Austin's Franklin BBQ on Friday.")
    assert "Boston" in found_names(gaz, "Explosion Rocks Boston's Oldest Tavern")


def test_a_state_before_a_trade_word_stays_the_state(gaz):
    assert found_names(gaz, "Cookbook Celebrates Texas's Barbecue") == ["Texas"]


def test_a_list_of_possessive_cities_after_at_keeps_every_city(gaz):
    text = "The drones were aimed at Kyiv's, Kharkiv's and Odesa's power plants."
    assert locational_names(gaz, text) == ["Kyiv", "Kharkiv", "Odesa"]
    text = "Missiles struck at Kramatorsk's, Sloviansk's and Pokrovsk's substations overnight."
    assert locational_names(gaz, text) == ["Kramatorsk", "Sloviansk", "Pokrovsk"]


def test_a_possessive_name_alone_after_at_ending_the_text_is_a_shop(gaz):
    assert "Tyler" not in found_names(gaz, "After the game the team ate at Tyler's")


def test_a_possessive_town_alone_without_at_stays_the_town(gaz):
    # only "at" before it makes a lone possessive a shop one visits; elsewhere it is the town's
    text = "The best barbecue in East Texas is Tyler's."
    assert "Tyler" in locational_names(gaz, text)


# -- the second review of these rules: the other senses of "degree", fields named like towns ----------------------


def test_a_town_after_to_a_lesser_degree_in_stays_the_town(gaz):
    # "to a (lesser) degree in X" measures how much, it names no field
    assert ("Marinka", "UA") in located(gaz, "Shelling went on in Donetsk and to a degree in Marinka.")
    assert ("Taftanaz", "SY") in located(
        gaz, "Raids hit Idlib and, to a lesser degree in Taftanaz, the outskirts of Saraqib.")
    assert "Hazlehurst" in locational_names(gaz, "Rents rose, to some degree in Hazlehurst more than anywhere.")


def test_a_town_after_one_degree_of_temperature_stays_the_town(gaz):
    assert "Gunnison" in locational_names(gaz, "At dawn it was minus one degree in Gunnison, the forecaster said.")
    assert "Needles" in locational_names(gaz, "Readings climbed by a degree in Needles during the night.")


def test_a_field_after_going_on_to_a_degree_in_is_still_no_place(gaz):
    # the extent sense keeps a town, but a field's name is a field after it all the same
    text = "After school she went on to a degree in Law and moved to Salina."
    assert found_names(gaz, text) == ["Salina"]


def test_a_field_after_to_earn_a_degree_in_is_still_no_place(gaz):
    # "to" opens a measure only before an article or a word of extent ("to a lesser degree"), not a verb
    text = "He went back to school to earn a degree in Harmony from the conservatory."
    assert "Harmony" not in found_names(gaz, text)


def test_a_field_named_like_a_town_after_an_ambiguous_word_is_no_place(gaz):
    # "Commerce", "Law" and "Art" are towns somewhere, but after a qualification word they are the subject
    assert "Commerce" not in found_names(gaz, "He has a major in Commerce from the state university.")
    assert "Law" not in found_names(gaz, "She is a graduate in Law from a college in Nairobi.")
    assert found_names(gaz, "She has a minor in Art and lives in Salina.") == ["Salina"]


def _span_read_as(text: str, name: str, feature_code: str):
    """The one name span of `text` written `name`, read only as an invented place of this feature code."""
    from eventwatch.geo.gazetteer import Candidate
    from eventwatch.geo.name_span import NameSpan

    start = text.index(name)
    reading = Candidate(1, name, 10.0, 10.0, "US", None, None, None, None, feature_code, 0, 1, "geonames", 0)
    return NameSpan(i=5, j=6, start=start, end=start + len(name), norm=name.lower(), candidates=[reading])


def test_a_name_held_with_no_town_reading_after_minor_in_is_a_field():
    # after an ambiguous word only a town reading keeps the name: a county's name alone is the field
    from eventwatch.geo.study_fields import study_field_names

    text = "She has a minor in Varnholt and lives in Salina."
    assert study_field_names(text, [_span_read_as(text, "Varnholt", "ADM2")]) == {0}
    assert study_field_names(text, [_span_read_as(text, "Varnholt", "PPL")]) == set()


# -- the second review: gerund titles beside capitals and large cities ------------------------------------------


def test_a_capital_or_large_city_ending_in_ing_before_an_organisations_name_stays_the_city(gaz):
    # "the Beijing the Olympic Committee chose": a head noun follows, but a capital is no gerund
    assert "Beijing" in found_names(gaz, "Few now recognise the Beijing the Olympic Committee chose in 2001.")
    assert "Nanjing" in locational_names(gaz, "Witnesses told of the Nanjing the International Committee shielded.")
    assert "Chongqing" in locational_names(gaz, "This is not the Chongqing the World Bank report described.")


@pytest.mark.xfail(reason="kept by the title rule, but then read as metonymy (a capital standing for its "
                          "government, as in 'Beijing chose'): the metonymy reading, not this rule", strict=True)
def test_a_capital_before_an_organisations_name_is_read_as_the_place(gaz):
    assert "Beijing" in locational_names(gaz, "Few now recognise the Beijing the Olympic Committee chose in 2001.")


@pytest.mark.xfail(reason="a middling town ending in -ing ('Reading', 'Kettering') before an organisation's name "
                          "reads as a gerund title: telling a verb's gerund from a town's name needs an English "
                          "verb lexicon, which the rule does not have", strict=True)
def test_a_middling_town_ending_in_ing_before_an_organisations_name_stays_the_town(gaz):
    assert "Kettering" in locational_names(gaz, "It is not the Kettering the Council plan promised.")


# -- the second review: owners' shops padded with generic shop words ---------------------------------------------


def test_a_town_of_note_before_generic_shop_words_is_the_owners_shop(gaz):
    # "Family", "Hair", "Quality Auto" pad an owner's shop; a city's venue has a name of its own
    text = "Tyler's Family Steakhouse in Waco closed after 30 years."
    assert "Tyler" not in found_names(gaz, text)
    assert "Waco" in locational_names(gaz, text)
    assert "Florence" not in found_names(gaz, "Florence's Hair Salon gave coupons to the food drive.")
    assert "Irving" not in found_names(gaz, "Irving's Quality Auto shop burned down on Tuesday.")


def test_a_city_of_note_before_a_named_grill_stays_the_city(gaz):
    assert "Mogadishu" in found_names(gaz, "Gunmen stormed Mogadishu's Blue Lagoon Grill on Friday night.")


def test_a_capital_alone_after_at_stays_the_capital(gaz):
    # a cut-off headline, or a clause closed by "!": a capital is no owner
    assert "Kyiv" in locational_names(gaz, "Moscow's missiles were aimed at Kyiv's")
    assert "Kyiv" in locational_names(gaz, "They fired at Kyiv's! The grid went down.")


def test_a_list_of_possessive_towns_with_not_or_or_keeps_the_first_town(gaz):
    text = "Drones struck at Lutsk's, not Lviv's, power grid."
    assert locational_names(gaz, text) == ["Lutsk", "Lviv"]
    text = "The shells fell at Kramatorsk's or Sloviansk's water plant."
    assert locational_names(gaz, text) == ["Kramatorsk", "Sloviansk"]


def test_a_list_of_shops_after_at_is_a_list_of_owners(gaz):
    # the list ends on a bare possessive: the shops, not a noun they share
    text = "We ate at Tyler's, Norman's and Marshall's last week."
    assert [n for n in found_names(gaz, text) if n in ("Tyler", "Norman", "Marshall")] == []
    text = "The club has dined at Tyler's, Norman's and Marshall's."
    assert [n for n in found_names(gaz, text) if n in ("Tyler", "Norman", "Marshall")] == []


# -- the second review: one home "in a X apartment in <Town>" ---------------------------------------------------


def test_a_landscape_name_before_an_apartment_in_a_town_is_the_complex(gaz):
    # the town follows the housing noun: the name before it is the complex in that town
    assert locational_names(gaz, "Detectives searched a Willow Creek apartment in Fresno.") == ["Fresno"]
    assert locational_names(gaz, "Police found the body in a Pine Ridge apartment in Tulsa on Monday.") == ["Tulsa"]


def test_a_town_before_a_condo_in_its_state_stays_the_town(gaz):
    # the state after the housing noun holds the town named before it
    text = "They bought a Chevy Chase condo in Maryland in 2010."
    assert "Chevy Chase" in locational_names(gaz, text)


def test_a_town_before_a_civic_shop_name_stays_the_town(gaz):
    # "Central", "City", "Municipal" name the town's own venue, not an owner's padding
    assert ("Kupiansk", "UA") in located(gaz, "Gunmen raided Kupiansk's Central Bakery at noon.")
    assert ("Toretsk", "UA") in located(gaz, "A drone hit Toretsk's Municipal Bakery overnight.")
    # a generic shop word still leaves the owner's shop
    assert "Gantt" not in found_names(gaz, "Vandals broke windows at Gantt's Family Diner in Elgin overnight.")
