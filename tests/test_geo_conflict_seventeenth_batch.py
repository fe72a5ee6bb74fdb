"""Rules found by the conflict probe's seventeenth round of reports.

An unknown village placed by an aside between two known towns ("X, a village between Y and Z", "near X,
between Y and Z") is the event's place, standing in near the first town with its own name; the towns only
place it. An outlet's own desk speaks from its seat ("a resident told our newsroom in Bangui"). Every member
of a list of destinations is one ("families fled towards Beni town and Butembo"), not only the first. A camp's
name read as a town in another country does not take the event abroad ("the Karbala camp on the edge of
Geneina").

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place, toponym


def test_an_unknown_village_placed_between_two_towns_is_the_event_place(gaz):
    place = event_place(gaz, "Gunmen killed seven herders in Dankourou, a village between Ouallam and Filingue "
                             "in the Tillaberi region, on Friday, a local official said.")
    assert place.raw == "Dankourou"
    assert place.country_code == "NE" and place.precision > 1


def test_a_bare_between_aside_places_the_village_before_it(gaz):
    place = event_place(gaz, "Rival brigades clashed near Bir Tamsuk, between Ajdabiya and Sirte, on Monday, "
                             "medics said.")
    assert place.raw == "Bir Tamsuk"
    assert place.country_code == "LY" and place.precision > 1


def test_a_known_town_between_two_others_stays_the_town(gaz):
    place = event_place(gaz, "Gunmen attacked Ouallam, a town between Niamey and Filingue, on Friday.")
    assert place.name == "Ouallam" and place.precision == 1


def test_an_outlets_newsroom_is_where_the_report_was_told(gaz):
    place = event_place(gaz, "Rebels burned a market in Bambari on Sunday, a resident reached by our newsroom "
                             "in Bangui said.")
    assert place.name == "Bambari"


def test_every_member_of_a_list_of_destinations_is_one(gaz):
    from eventwatch.geo.event_location import taken_to

    text = "Militiamen burned homes in Mangina on Monday, and families fled towards Beni town and Butembo."
    assert taken_to(toponym(gaz, text, "Butembo"))
    assert event_place(gaz, text).name == "Mangina"


def test_a_name_opening_a_clause_after_a_destination_is_no_destination(gaz):
    from eventwatch.geo.event_location import taken_to

    text = "Thousands of villagers fled to Beni, and Butembo came under heavy shelling on Tuesday."
    assert not taken_to(toponym(gaz, text, "Butembo"))
    assert event_place(gaz, text).name == "Butembo"


def test_the_last_destination_of_a_list_before_a_time_word_is_one(gaz):
    from eventwatch.geo.event_location import taken_to

    text = "Gunmen raided Mangina overnight, and families fled to Beni and Butembo on Tuesday."
    assert taken_to(toponym(gaz, text, "Butembo"))
    assert event_place(gaz, text).name == "Mangina"


def test_a_list_after_a_place_of_action_is_no_destination(gaz):
    from eventwatch.geo.event_location import taken_to

    assert not taken_to(toponym(gaz, "Soldiers patrolled Beni and Butembo on Monday.", "Butembo"))


def test_a_camps_name_read_as_a_town_abroad_stands_in_at_the_camps_town(gaz):
    place = event_place(gaz, "Militiamen stormed the Karbala camp for displaced people on the edge of Geneina, "
                             "West Darfur, on Friday, killing five people.")
    assert place.country_code == "SD"


def test_the_asides_that_place_a_name_between_two_towns():
    from eventwatch.geo.between_asides import between_aside

    assert between_aside(", a small farming village between ")
    assert between_aside(", between ")
    assert between_aside(", a hamlet located midway between the towns of ")
    assert not between_aside(" and clashes between ")
    assert not between_aside(", where fighting between ")


def test_a_speakers_seat_is_the_last_stand_in_for_an_unknown_town(gaz):
    text = ("Fighting spread across Amhara this week. Troops detained twenty men in Kobardet on Monday, the "
            "regional administration in Gondar said.")
    place = toponym(gaz, text, "Kobardet").fallback
    assert place.name == "Amhara" and place.raw == "Kobardet"


def test_a_speakers_seat_still_stands_in_when_the_report_names_nothing_else(gaz):
    place = toponym(gaz, "Troops detained twenty men in Kobardet on Monday, officials in Gondar said.",
                    "Kobardet").fallback
    assert place is not None and place.country_code == "ET"


def test_a_capital_that_does_not_respond_is_a_government(gaz):
    text = "Shelling hit the border town overnight. Asmara did not respond to requests for comment."
    assert not toponym(gaz, text, "Asmara").locational


def test_a_bracketed_address_is_followed_through_unknown_village_tract_and_township(gaz):
    text = ("Junta jets bombed Kyun Taw Gyi village (Ywar Thit village tract, Pyinbauk township, Shwebo "
            "district, Sagaing region) on Monday. The same day, resistance fighters ambushed a column near Monywa.")
    place = toponym(gaz, text, "Kyun Taw Gyi").fallback
    assert place.name == "Shwebo District" and place.raw == "Kyun Taw Gyi"
