"""Words that a gazetteer holds as some town's name but that the text uses for something else: a house model or
a car after "the", a model or gate number, a currency code, a common word inside a longer capitalised name, a
determiner opening a sentence, a quoted title. Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def places(gaz, text: str) -> list[str]:
    """The names geoparsing reads as places where something is or happens."""
    return [t.text for t in geoparse(gaz, text) if t.locational]


def names(gaz, text: str) -> list[str]:
    """Every name geoparsing reports, places and actors alike."""
    return [t.text for t in geoparse(gaz, text)]


def recognised(rec, text: str) -> list[str]:
    """The names the recogniser keeps as places, before any support from other places is asked for."""
    return [text[s.start : s.end] for s in rec.recognise(text) if s.locational]


# -- a town's name as the head of "the ..." ------------------------------------------------------------------

@pytest.mark.parametrize("text, thing", [
    ("Two models are sold. The Granville has a large porch and a garage.", "Granville"),  # a verb follows
    ("The driver of the Bronco failed to yield at the junction.", "Bronco"),  # a past tense follows
    ("The family ran the Webster for forty years.", "Webster"),  # the clause ends
    ("Critics praised the Webster's new screen.", "Webster"),  # a possessive
])
def test_a_small_towns_name_heading_a_phrase_after_the_is_a_thing(rec, text, thing):
    assert thing not in recognised(rec, text)


@pytest.mark.parametrize("text, town", [
    ("Burglaries rose in the Granville area last month.", "Granville"),  # it modifies the noun after it
    ("Schools in the Granville and Webster districts closed.", "Granville"),  # a shared head comes later
])
def test_a_towns_name_modifying_a_noun_after_the_stays_a_place(rec, text, town):
    assert town in recognised(rec, text)


def test_a_strong_place_after_the_is_left_alone(gaz):
    # Regions and large places take "the" as a matter of course.
    assert "Caribbean" in places(gaz, "Storms battered islands across the Caribbean.")


# -- a number after the name ---------------------------------------------------------------------------------

def test_a_small_places_name_before_a_number_is_a_model_or_a_gate(gaz):
    assert places(gaz, "Passengers waited at Gate 12 for the delayed flight to Denver.") == ["Denver"]
    assert places(gaz, "The airline's jets left from Gate 10 in Chicago.") == ["Chicago"]


def test_a_highway_number_after_a_country_or_state_keeps_it(gaz):
    found = places(gaz, "Traffic was diverted onto U.S. 27 after the crash near Ocala.")
    assert "U.S." in found and "Ocala" in found


# -- currencies ----------------------------------------------------------------------------------------------

def test_a_country_code_joined_to_a_dollar_sign_is_a_currency_not_a_name(gaz):
    text = "The fund pledged US$5 million to clinics in Kenya, and a further $US 2 million to Uganda."
    found = names(gaz, text)
    assert "US" not in found  # not even as an actor: it names money
    assert "Kenya" in found and "Uganda" in found


def test_a_currency_after_a_place_cue_is_still_a_currency(gaz):
    assert "US" not in names(gaz, "The grant was raised to US$30 million in March for Malawi.")


# -- a city named by a common word inside a longer capitalised name ------------------------------------------

def test_a_common_word_city_after_another_capitalised_word_belongs_to_that_name(gaz):
    assert places(gaz, "Veterans exposed to Agent Orange met with doctors in Hanoi.") == ["Hanoi"]
    assert places(gaz, "Fans queued to meet The Fish Man at the fair in Columbus.") == ["Columbus"]


def test_a_common_word_city_on_its_own_is_still_the_city(gaz):
    assert places(gaz, "Flooding closed several roads in Orange on Monday.") == ["Orange"]


# -- a determiner opening a sentence before a kind of place --------------------------------------------------

def test_a_capitalised_determiner_before_a_kind_of_place_is_no_town(gaz):
    text = "Any city may apply for the grant. Other states have been slow to act. But county officials in Texas disagreed."
    assert places(gaz, text) == ["Texas"]


def test_a_town_before_a_lower_case_kind_mid_sentence_keeps_its_cue(gaz):
    assert "Orange" in places(gaz, "Officials in Orange county said the roads were closed.")


# -- quoted titles and nicknames -----------------------------------------------------------------------------

def test_a_quoted_title_or_nickname_is_not_the_place(gaz):
    text = "She starred in the musical \u201cHamilton.\u201d Her brother moved to Hamilton last year."
    found = [t for t in geoparse(gaz, text) if t.locational]
    assert [t.text for t in found] == ["Hamilton"]
    assert found[0].start == text.rindex("Hamilton")  # the town he moved to, not the musical
    assert "Mary" not in places(gaz, "The old train, known locally as \u201cSmoky Mary,\u201d ran through Mandeville.")


def test_a_place_inside_a_quoted_sentence_is_still_a_place(gaz):
    assert "Hanoi" in places(gaz, "He said: \u201cHanoi was calm when we arrived there.\u201d")


# -- a name listed among companies, bands or people ----------------------------------------------------------

@pytest.mark.parametrize("text, thing", [
    ("Sales were flat in Germany, where Ashford, SMA, ABB and DuraDeck led the market.", "Ashford"),
    ("In Ohio, the festival booked GRiZ, Alvarado, MGMT and Paul Ames this year.", "Alvarado"),
])
def test_a_small_towns_name_listed_among_acronyms_brands_and_people_is_one_of_them(rec, text, thing):
    found = recognised(rec, text)
    assert thing not in found
    assert found[-1] in ("Germany", "Ohio")  # the place the sentence names is still read


def test_a_list_of_places_keeps_its_places(rec):
    found = recognised(rec, "Shelling hit Saraqib, Sarmin, Binnish and Taftanaz, and the M5 stayed closed.")
    assert {"Saraqib", "Sarmin", "Binnish"} <= set(found)


def test_names_among_non_places_reads_only_lists_of_plain_non_places():
    from eventwatch.geo.name_lists import _plainly_no_place

    given = frozenset({"paul"})
    assert _plainly_no_place("ABB", given) and _plainly_no_place("GRiZ", given)
    assert _plainly_no_place("Paul Ames", given)
    assert not _plainly_no_place("Sarmin", given) and not _plainly_no_place("Kafr Nubl", given)
