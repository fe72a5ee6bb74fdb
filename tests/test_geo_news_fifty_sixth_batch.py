"""Rules found by the news probe's fifty-sixth batch (outbreak reports of the GeoVirus kind from Guinea-Bissau,
Eswatini, Cape Verde, Syria, El Salvador, Micronesia, French Polynesia, Madagascar, the Isle of Man and Yemen, and
international news of the TR-News kind from Liechtenstein, Aruba, the Bahamas, the West Bank, North Korea,
Montserrat, Nicaragua, San Marino, St Kitts and Bermuda).

True facts for the lexicons: the islands of Saint Kitts and Nevis (St Kitts and Nevis), Great Inagua (the
Bahamas), Moorea, Raiatea and the Marquesas Islands (French Polynesia), and the Bijagós Islands (Guinea-Bissau);
Monte Titano, San Marino's mountain; the Geba river, which reaches the sea at Bissau; and "Federated States of
Micronesia", the country's full name, which wire copy writes whole. And a rule of sports copy: a side "hosting"
another plays it at home, as one that "hosts" or "hosted" it, so in a sentence of sport the name after "hosting"
is the visiting side. And a people's word alone after "in" ("in Miskito villages", "in Fulani homesteads") is
no place where no place bears that very name; a word for the state of the place ("occupied", "liberated")
between "in" and the name keeps the cue, so "Voters in the occupied X voted" leaves X a place; and a country or
capital that "has no plans to" or "had no intention of" doing something is its government; a lower-case "a"
between two capitalised words goes on with the name where the gazetteer holds it whole ("Gracias a Dios").

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str | None, str]:
    t = toponym(gaz, text, name)
    place = t.place or t.fallback
    return place.country_code, place.feature_code


# -- islands, a mountain and a river the tables lack ------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Hotels on St Kitts were full, and ferries to Nevis ran every hour from Basseterre.", "St Kitts", "KN"),
    ("Ferries to Nevis ran every hour, and Charlestown was crowded on Sunday.", "Nevis", "KN"),
    ("A second ferry sailed from Nevis to St Kitts as the festival opened.", "Nevis", "KN"),
    ("The coast guard stopped a sloop off Great Inagua, south of Nassau.", "Great Inagua", "BS"),
    ("Flamingos nest on Great Inagua every spring, far from Freeport.", "Great Inagua", "BS"),
    ("Dengue spread from Papeete to Moorea within a month.", "Moorea", "PF"),
    ("Cases were found on Raiatea, and tourists on Moorea were told to use repellent.", "Raiatea", "PF"),
    ("A festival opens on Nuku Hiva, in the Marquesas, next month.", "Marquesas", "PF"),
    ("Fishermen from the Bijagós Islands sell their catch in Bissau.", "Bijagós Islands", "GW"),
    ("A health team reached Bubaque in the Bijagós archipelago on Monday.", "Bijagós", "GW"),
    ("Fans climbed Monte Titano after the match in Serravalle.", "Monte Titano", "SM"),
])
def test_islands_and_a_mountain_the_tables_lack_are_placed_in_their_country(gaz, text, name, country):
    """Named islands and mountains GeoNames' populated places lack are found whole and placed in their country,
    not split ("Great" + "Inagua") nor read as a namesake town abroad (Charlestown, Massachusetts)."""
    assert name in locational_names(gaz, text)
    assert _where(gaz, text, name)[0] == country


@pytest.mark.parametrize("text", [
    "The regional hospital in Bafatá has set up a ward beside the Geba river.",
    "Rice farmers along the Geba lost their crop when the river flooded near Bafatá.",
])
def test_the_geba_is_a_river(gaz, text):
    """The Geba flows from Senegal through Guinea-Bissau to the sea: a river, not a town near it."""
    assert _where(gaz, text, "Geba")[1] == "STM"


def test_ben_nevis_is_still_the_mountain(gaz):
    """The negative case: Nevis listed alone does not take the Scottish mountain's name."""
    text = "Climbers were rescued from Ben Nevis near Fort William on Sunday."
    assert _where(gaz, text, "Ben Nevis") == ("GB", "MT")


# -- a country's full name ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Federated States of Micronesia has declared a measles outbreak on Pohnpei.",
    "Travellers to the Federated States of Micronesia must show a vaccination card in Chuuk.",
])
def test_the_full_name_of_micronesia_is_read_whole(gaz, text):
    """"Federated States of Micronesia" is one name: not "Micronesia" alone inside it."""
    assert "Federated States of Micronesia" in found_names(gaz, text)
    assert "Micronesia" not in found_names(gaz, text)


# -- a side hosting another -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Wales beat Latvia 2-0 in the qualifier on Saturday, and next week they will be hosting Croatia in Cardiff.",
     "Croatia"),
    ("Kerala scored 320 in their first innings before hosting Bengal in the semifinal at Kochi.", "Bengal"),
])
def test_a_side_hosting_another_names_the_visitors(gaz, text, name):
    """In a sentence of sport "hosting X" is a fixture at home against X, as "hosts X" and "hosted X" are."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


def test_a_town_hosting_a_final_stays_the_venue(gaz):
    """The negative case: the town that hosts is the venue, and what it hosts is no side."""
    text = "Wales beat Latvia 2-0 in the qualifier on Saturday, and Cardiff is hosting the final in June."
    assert "Cardiff" in locational_names(gaz, text)


# -- seen and left for later ------------------------------------------------------------------------------------------

# -- a people's word after "in" ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Four people died in Miskito villages along the Coco River in Nicaragua.", "Miskito"),
    ("Gunmen burned crops in Fulani homesteads near Mopti on Sunday.", "Fulani"),
])
def test_a_peoples_word_after_in_is_no_place(gaz, text, name):
    """"Miskito villages" are the villages of the Miskito people: a people's word alone after "in", with no place
    of that very name, is neither a near spelling of a town abroad (Muscat) nor an unknown village."""
    assert name not in found_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("The sheriff said the crash happened in Arab, near Guntersville, on Friday.", "Arab"),
    ("A bomb went off in Hazara Town, on the edge of Quetta, on Monday.", "Hazara Town"),
])
def test_a_town_named_by_a_peoples_word_stays_a_place(gaz, text, name):
    """The negative cases: a town that bears the very word (Arab, Alabama), and a longer name that holds it."""
    assert name in locational_names(gaz, text)


# -- a word for the place's state between the cue and the name -------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Palestinians in the occupied West Bank voted on Saturday in municipal elections.", "West Bank"),
    ("Farmers in the occupied Golan Heights said the water had been cut.", "Golan Heights"),
    ("Voters in liberated Kherson voted on Sunday for the first time since 2019.", "Kherson"),
])
def test_a_state_word_after_in_keeps_the_cue(gaz, text, name):
    """"in the occupied X", "in liberated Y": the word tells the state of the place itself, so the name is still
    where those before "in" live, and the verb after it ("voted", "said") is theirs, not the place's."""
    assert name in locational_names(gaz, text)


def test_a_state_word_without_a_cue_leaves_the_reading(gaz):
    """The negative case: with no "in" before it, "occupied Crimea voted" is the territory's people acting."""
    text = "Moscow says occupied Crimea voted to join Russia in 2014."
    assert "Crimea" in found_names(gaz, text) and "Crimea" not in locational_names(gaz, text)


# -- a Romance "a" inside a name ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Tegucigalpa evacuated 12,000 people from Gracias a Dios department.", "Gracias a Dios", "HN"),
    ("Floods cut the only road into Gracias a Dios, on the border with Nicaragua.", "Gracias a Dios", "HN"),
    ("A landslide closed the road at Bagno a Ripoli, near Florence.", "Bagno a Ripoli", "IT"),
])
def test_a_name_held_whole_with_a_lower_case_a_is_read_whole(gaz, text, name, country):
    """Spanish and Italian names join words with "a" ("Gracias a Dios", "Bagno a Ripoli"): where the gazetteer
    holds the whole name, the "a" goes on with it, not ending it at "Gracias" (a town in another department)."""
    assert name in locational_names(gaz, text)
    assert _where(gaz, text, name)[0] == country


def test_an_english_a_between_two_names_ends_the_first(gaz):
    """The negative case: "gave Lima a Sunday" holds no name with "a" inside, so Lima is read alone."""
    text = "The late goal in the final gave Lima a Sunday to remember, fans in Peru said."
    assert "Lima" in found_names(gaz, text)


# -- an intent held or denied ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Jamaica has no plans to close its embassy in Caracas.", "Jamaica"),
    ("Ottawa had no intention of sending troops to Haiti, officials said.", "Ottawa"),
])
def test_a_country_with_no_plans_is_its_government(gaz, text, name):
    """A place holds no plans and no intentions; its government does, as it "is committed to" a course."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Kenya has no rain in March, and farmers in Kitui wait for April.", "Kenya"),
    ("Tourists in Jamaica have no plans to leave early, hotels in Montego Bay said.", "Jamaica"),
])
def test_what_a_place_lacks_or_its_visitors_plan_leaves_it_a_place(gaz, text, name):
    """The negative cases: "has no" before a thing that is no intent, and people in the place who plan."""
    assert name in locational_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="coordinated subjects after a relative clause ('The Cayman Islands and the "
                                      "British Virgin Islands, which host ..., have no plans') are not reached")
def test_territories_with_no_plans_after_a_relative_clause_are_governments(gaz):
    """The relative clause between the subjects and "have no plans" leaves the intent theirs."""
    text = "The Cayman Islands and the British Virgin Islands, which host mostly funds, have no plans for a tax."
    assert "Cayman Islands" not in locational_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="coordinated capitals before 'have asked': the first stays a place")
def test_two_capitals_that_have_asked_for_help_are_governments(gaz):
    """"Nassau and Cockburn Town have asked Ottawa for help": both governments ask."""
    text = "Nassau and Cockburn Town have asked Ottawa and London for help to pay for the flights."
    assert "Nassau" not in locational_names(gaz, text)
