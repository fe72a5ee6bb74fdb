"""Rules found by the news probe's twenty-sixth batch (web news of the GeoWebNews kind from many countries).

Web copy names a conurbation by its central city after "Greater" ("the Greater Toronto Area", "Greater
Sydney"): the phrase is the city's metropolitan area, so it is read whole as that city, the most populous of
the name, and not as a part of some other thing's name; "Greater ... Police" is an organisation's name still.

A city named like a word ("Cork", "Bath", "Nice") opens a story in capitals before a dateline's dash: it is the
dateline, where a label in capitals ("UPDATE —") names no town.

Quebec and other French-speaking places write a kind of place, a hyphen and the rest of the name
("Lac-Saint-Jean", "Lac-Beauport"): the run is one name, not the head word's namesake abroad ("Lac", a
province of Chad) beside a second namesake.

A government is the one a deal troubles, worries or irks ("likely to trouble New Delhi"), as it is the one a
deal angers or reassures.

Two governments coordinated as the subjects of one verb share its role across a relative clause about the first
("Iraq, which pumps its oil near Basra, and Kuwait have trimmed output"); the places inside the clause keep
their own readings.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import found_names, located, locational_names, toponym


def test_a_greater_city_area_is_the_city_read_whole(gaz):
    text = "Rents rose faster in the Greater Toronto Area than anywhere else in Ontario last year."
    place = toponym(gaz, text, "Greater Toronto Area")
    assert place.locational and place.place.name == "Toronto" and place.place.country_code == "CA"


def test_a_greater_city_is_the_largest_namesake_of_the_city(gaz):
    text = "Bus drivers walked out across Greater Vancouver on Tuesday morning."
    place = toponym(gaz, text, "Greater Vancouver")
    assert (place.place.country_code, place.place.admin1) == ("CA", "British Columbia")
    assert ("Greater Sydney", "AU") in located(gaz, "Water limits were eased in Greater Sydney after the rain.")


def test_a_lower_case_area_after_a_greater_city_is_no_part_of_the_name(gaz):
    assert "Greater Cairo" in found_names(gaz, "Power cuts hit the Greater Cairo area for six hours.")


def test_a_greater_city_inside_an_organisation_name_stays_embedded(gaz):
    text = "Officers of the Greater Toronto Airports Authority met staff in Mississauga, Ontario."
    assert "Greater Toronto Airports" not in " ".join(found_names(gaz, text))
    assert "Toronto" not in locational_names(gaz, text)


def test_a_city_named_like_a_word_opening_the_story_before_a_dash_is_the_dateline(gaz):
    assert ("CORK", "IE") in located(gaz, "CORK — Shops on the quays were flooded after a high tide on Thursday.")
    assert ("BATH", "GB") in located(gaz, "BATH — The abbey reopened on Monday after six months of repairs.")


def test_a_label_in_capitals_before_a_dash_is_no_dateline(gaz):
    for label in ("UPDATE", "WATCH", "LIVE"):
        assert label not in found_names(gaz, f"{label} — Shops on the quays in Cannes were flooded on Thursday.")


def test_a_hyphenated_name_opened_by_a_kind_of_place_is_read_whole(gaz):
    text = "Evacuees were taken by bus to Lac-Saint-Jean and Lac-Beauport, in Quebec, on Monday."
    names = found_names(gaz, text)
    assert "Lac-Saint-Jean" in names and "Lac-Beauport" in names and "Lac" not in names
    assert all(country == "CA" for _, country in located(gaz, text))


def test_a_hyphenated_name_the_gazetteer_holds_whole_keeps_its_own_reading(gaz):
    text = "Crews from Rivière-du-Loup and Mont-Tremblant, Quebec, joined the search."
    assert toponym(gaz, text, "Rivière-du-Loup").place.name == "Rivière-du-Loup"
    assert toponym(gaz, text, "Mont-Tremblant").place.name == "Mont-Tremblant"


def test_a_capital_a_deal_troubles_or_worries_is_the_government(gaz):
    for text in ("A port lease in Hambantota, Sri Lanka, is likely to trouble New Delhi.",
                 "The pipeline deal signed in Baku will worry Moscow and irk Tehran."):
        assert not {"New Delhi", "Moscow", "Tehran"} & set(locational_names(gaz, text)), text


def test_a_troubled_country_before_its_name_is_still_a_place(gaz):
    # a past form standing as an adjective before the name is no verb of feeling
    assert "Venezuela" in locational_names(gaz, "Aid convoys reached troubled Venezuela on Monday.")


def test_coordinated_governments_share_a_role_across_a_relative_clause(gaz):
    text = "Libya, which pumps most of its crude near Sirte, and Algeria have also trimmed output."
    names = locational_names(gaz, text)
    assert "Libya" not in names and "Algeria" not in names and "Sirte" in names


def test_countries_coordinated_across_a_relative_clause_stay_places_where_nothing_acts(gaz):
    text = "Ghana, which lies on the Gulf of Guinea, and Togo are hot and humid in March."
    names = locational_names(gaz, text)
    assert "Ghana" in names and "Togo" in names
