"""Words that a gazetteer holds as some town's name but that the text uses for something else: a house model or
a car after "the", a model or gate number, a currency code, a common word inside a longer capitalised name, a
determiner opening a sentence, a quoted title. Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from conftest import found_names


def places(gaz, text: str) -> list[str]:
    """The names geoparsing reads as places where something is or happens."""
    return [t.text for t in geoparse(gaz, text) if t.locational]


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
    found = found_names(gaz, text)
    assert "US" not in found  # not even as an actor: it names money
    assert "Kenya" in found and "Uganda" in found


def test_a_currency_after_a_place_cue_is_still_a_currency(gaz):
    assert "US" not in found_names(gaz, "The grant was raised to US$30 million in March for Malawi.")


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


# -- cars, days, parliaments, people and mastheads named like places (geo/false_places.py) -------------------

def reported(gaz, text: str) -> list[str]:
    """Every name geoparsing reports, with "!" after those read as where something is or happens."""
    return [t.text + ("!" if t.locational else "") for t in geoparse(gaz, text)]


@pytest.mark.parametrize("text, thing", [
    ("A 2004 Toyota Camry driven by a nurse crossed the median near Tulsa.", "Toyota"),  # make and model
    ("Deputies said a 1998 Plymouth hit the fence on Route 9 in Tulsa.", "Plymouth"),  # a model year before it
    ("The mayor drove a Dodge pickup to the meeting in Tulsa.", "Dodge"),  # a vehicle noun after it
    ("Police found a Ford Bronco abandoned in Tulsa.", "Bronco"),  # the model after its make
])
def test_a_car_make_or_model_is_no_place(gaz, text, thing):
    found = found_names(gaz, text)
    assert thing not in found
    assert "Tulsa" in found


def test_a_make_used_for_a_car_once_is_the_car_again_later_in_the_text(gaz):
    text = ("A 2004 Toyota Camry crossed the median in Tulsa. The Toyota then struck a fence, and both "
            "passengers in the Toyota were hurt.")
    assert "Toyota" not in found_names(gaz, text)


def test_a_make_written_as_a_place_stays_a_place(gaz):
    assert "Toyota" in places(gaz, "Voters in Toyota, Aichi, went to the polls on Sunday.")
    found = places(gaz, "He bought a Lincoln Navigator last year. Lincoln, Nebraska, held its vote on Tuesday.")
    assert found.count("Lincoln") == 1 and "Nebraska" in found


def test_a_make_foremost_a_company_is_the_company_without_a_place_cue(gaz):
    assert "Toyota" not in found_names(gaz, "Toyota recalled two million cars. Toyota's chief apologised.")


@pytest.mark.parametrize("text, day", [
    ("Crowds lined the route of the Columbus Day parade in Denver.", "Columbus"),
    ("Shops in Denver closed for St. Patrick's Day.", "Patrick"),
    ("Bars in Denver stayed open late on Bastille Day.", "Bastille"),
])
def test_a_name_before_day_names_the_holiday_not_a_place(gaz, text, day):
    found = found_names(gaz, text)
    assert not any(day in n for n in found)
    assert "Denver" in found


def test_a_name_before_day_care_or_a_day_school_keeps_its_own_reading(gaz):
    from eventwatch.geo.false_places import load_false_place_words, named_day
    from eventwatch.geo.normalise import tokenize

    words = load_false_place_words()
    for text, holiday in (("the Columbus Day parade", True), ("the Columbus Day Care centre", False),
                          ("St. Patrick’s Day", True), ("Columbus daily", False)):
        tokens = tokenize(text)
        k = next(n for n, t in enumerate(tokens) if t.text in ("Columbus", "Patrick"))
        assert named_day(text, tokens, k + 1, tokens[k].end, words) is holiday, text


@pytest.mark.parametrize("text", [
    "The State Duma approved the bill on Friday.",
    "The bill now goes to the Duma, the speaker said.",
    "Duma deputies voted 320 to 12 against the treaty.",
    "The Verkhovna Rada voted on Tuesday.",
])
def test_a_parliament_named_like_a_town_is_the_parliament(gaz, text):
    assert not any(n in ("Duma", "Rada") for n in found_names(gaz, text))


@pytest.mark.parametrize("text", [
    "Government shelling in Duma killed six people on Friday.",
    "Rebels held Duma, near Damascus, for five years.",
    "Artillery hit the Duma area east of the capital.",
    "The strike hit Duma on Friday, and the Duma council was evacuated.",
])
def test_the_syrian_town_of_duma_stays_a_place(gaz, text):
    assert "Duma" in places(gaz, text)


def test_a_parliament_read_once_is_the_parliament_where_no_place_cue_stands(gaz):
    text = "The State Duma approved the bill. Duma said the vote was final."
    assert "Duma" not in found_names(gaz, text)


def test_a_capitalised_local_title_opens_a_persons_name(gaz):
    text = ("Councilwoman Ilsa Martinez won the seat. Voters backed Martinez by 400 votes in the "
            "district, officials in Sacramento said.")
    found = found_names(gaz, text)
    assert "Martinez" not in found and "Sacramento" in found


def test_a_name_with_what_only_people_have_is_a_persons_everywhere_in_the_text(gaz):
    text = ("Cory Stevens drove Georgia's father to the rink in Calgary. Georgia began skating at four, "
            "and Georgia was named champion last year.")
    found = found_names(gaz, text)
    assert "Georgia" not in found and "Calgary" in found


def test_a_country_with_a_government_is_still_the_country(gaz):
    assert "Georgia" in found_names(gaz, "Georgia's government sent troops to the border with Russia.")


def test_a_person_named_by_the_full_name_after_a_verb_of_saying(gaz):
    text = "“It was quiet,” said Ellery Lincoln, a neighbour in Topeka. Later Lincoln left for work."
    found = found_names(gaz, text)
    assert "Lincoln" not in found and "Topeka" in found


def test_a_place_opening_a_newspapers_or_a_utilitys_name_is_part_of_that_name(gaz):
    found = reported(gaz, "The Des Moines Register said Kansas City Power & Light cut power to homes in "
                          "Topeka.")
    assert "Des Moines" in found and "Kansas City" in found  # returned, as a name's part
    assert "Topeka!" in found


def test_false_place_lists_load_and_are_checked(tmp_path):
    from eventwatch.geo.false_places import load_false_place_words

    words = load_false_place_words()
    assert ("toyota",) in words.makes and ("corolla",) in words.makes[("toyota",)]
    assert ("s", "10") in words.makes[("chevrolet",)]  # a hyphenated model split as the tokeniser splits it
    bad = tmp_path / "false_places.yaml"
    bad.write_text("vehicle_makes: {toyota: [Corolla]}\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_false_place_words(str(bad))


def test_a_peoples_name_used_as_a_surname_is_the_person_where_it_stands_as_one(gaz):
    text = ("Spokeswoman Officer Dana French said the grant came late. French said the audit in "
            "Topeka was fine. French students visited Topeka.")
    found = found_names(gaz, text)
    assert found.count("French") == 1  # only "French students" is the people
    assert "French" in found_names(gaz, "The French said the plan would fail.")


# -- a news agency's name -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, agency", [
    ("Three miners died in a flood, the Meridian news agency said on Monday.", "Meridian"),
    ("The king met envoys in the capital, the official Petra news agency said.", "Petra"),
    # the same word alone later in the report is the agency again
    ("A ferry sank, the Osprey news agency said. Rescuers found two boats, according to Osprey.", "Osprey"),
])
def test_a_word_naming_a_news_agency_is_no_place(gaz, text, agency):
    assert agency not in found_names(gaz, text)


def test_a_town_called_like_an_agency_elsewhere_is_still_read(gaz):
    assert places(gaz, "Two boats sank near Osprey on Friday.") == ["Osprey"]


def test_a_country_naming_a_news_agency_stays_in_it(gaz):
    # a country's or a large city's name in an agency's name says whose agency it is; it is kept, embedded
    assert found_names(gaz, "Officials met in Kuwait, the Kuwait News Agency said.") == ["Kuwait", "Kuwait"]
