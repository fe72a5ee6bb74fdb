"""Place names that web news writes and the geoparser used to drop (GeoWebNews and TR-News misses, read as
classes): a state's bare code coordinated with another state of its country ("NSW and the ACT", "Ontario
and BC"), and a county or town opening an institution's name after a capitalised "The" mid-sentence, as
some web copy writes it ("On Monday, The Dunmore County Sheriff's Office said"). Each rule has its
counter-examples: a code beside a state of another country, opening a firm's name or after "the" (unless
its division takes the article: "the NT") stays a word, a code that also names a city is not narrowed to
the state, and a paper's title after "The" places nothing. The sentences are the project's own."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def by_name(gaz, text: str) -> dict:
    return {t.text: t for t in geoparse(gaz, text)}


# -- a bare code coordinated with a state or province of its own country -----------------------------------

@pytest.mark.parametrize("text, code, place, country", [
    ("Rain fell across NSW and the ACT on Sunday.", "ACT", "Australian Capital Territory", "AU"),
    ("No road deaths were recorded in Tasmania or the ACT over the weekend.", "ACT",
     "Australian Capital Territory", "AU"),
    ("Police in Ontario and BC said several roads were closed.", "BC", "British Columbia", "CA"),
    ("The pipeline would run between Alberta and BC.", "BC", "British Columbia", "CA"),
    ("Voters in Victoria and SA go to the polls in March.", "SA", "South Australia", "AU"),
    ("Wildfires burned across BC and Alberta this week.", "BC", "British Columbia", "CA"),
])
def test_a_code_coordinated_with_a_state_of_its_country_is_that_state(gaz, text, code, place, country):
    t = by_name(gaz, text).get(code)
    assert t is not None, f"{code!r} not read in {text!r}"
    assert t.place is not None and t.place.name == place and t.place.country_code == country
    assert t.locational


def test_a_code_before_its_neighbour_shares_the_neighbours_use(gaz):
    # "X and Y reported": both provinces stand for their governments, the code as the name written out
    found = by_name(gaz, "BC and Alberta reported more wildfires this week.")
    assert found["BC"].place is not None and found["BC"].place.name == "British Columbia"
    assert found["BC"].locational == found["Alberta"].locational


@pytest.mark.parametrize("text, code", [
    ("Students in Texas and the ACT exam board disagreed.", "ACT"),  # a test's name, and no Australian state
    ("Crews from Ontario and BC Hydro restored power overnight.", "BC"),  # a firm's name
    ("Jane Mercer and the ACT board met on Friday.", "ACT"),  # no state beside it
    ("Sales rose in Germany and OR in the spring.", "OR"),  # a code beside a country of another
])
def test_a_code_beside_no_state_of_its_country_stays_a_word(gaz, text, code):
    assert code not in by_name(gaz, text)


@pytest.mark.parametrize("text, code", [
    ("The lawsuit names Kentucky and the VA as defendants.", "VA"),  # a federal body
    ("The suit named the VA and Kentucky as co-defendants.", "VA"),
    ("Surgeons in Georgia and the OR staff walked out on Monday.", "OR"),  # an operating room
    ("The medical examiner in Iowa and the ME in Boston disagreed.", "ME"),  # an office
    ("Rains hit Odisha and the MP for Cuttack toured the camps.", "MP"),  # a member of parliament
    ("She left Nevada and the PA post she had held for years.", "PA"),  # an assistant's post
])
def test_a_code_after_the_is_no_state_unless_the_state_takes_the(gaz, text, code):
    # English writes "the" before a division's code only for a territory or a district ("the ACT", "the NT"):
    # "the VA", "the OR", "the MP" are a body's, a room's or a title's initials beside a state
    assert code not in by_name(gaz, text)


@pytest.mark.parametrize("text, code, place, country", [
    ("Heat records fell in Queensland and the NT this week.", "NT", "Northern Territory", "AU"),
    ("Snow fell across Alberta and the NWT on Friday.", "NWT", "Northwest Territories", "CA"),
    ("Storms hit Maryland and the DC suburbs overnight.", "DC", "District of Columbia", "US"),
    ("The ACT and Victoria both reported cooler nights.", "ACT", "Australian Capital Territory", "AU"),
])
def test_a_territory_or_district_code_after_the_is_that_division(gaz, text, code, place, country):
    t = by_name(gaz, text).get(code)
    assert t is not None, f"{code!r} not read in {text!r}"
    assert t.place is not None and t.place.name == place and t.place.country_code == country


@pytest.mark.parametrize("text", [
    "Flights between New York and LA were cancelled on Monday.",
    "Trains between Washington and LA ran late all week.",
])
def test_a_code_that_also_names_a_city_is_not_narrowed_to_the_state_by_its_neighbour(gaz, text):
    # LA is Los Angeles as well as Louisiana, and a neighbour that may itself be a city cannot choose
    t = by_name(gaz, text).get("LA")
    assert t is None or t.place is None or t.place.name != "Louisiana"


def test_a_code_without_a_city_reading_is_still_narrowed_beside_a_city_named_like_its_state(gaz):
    t = by_name(gaz, "Flooding was reported in New York and NJ on Sunday.").get("NJ")
    assert t is not None and t.place is not None and t.place.name == "New Jersey"


@pytest.mark.parametrize("text, code, place, neighbour", [
    ("Police in Manitoba & BC closed several highways.", "BC", "British Columbia", "Manitoba"),
    ("Bushfires burned in Victoria & ACT on Sunday.", "ACT", "Australian Capital Territory", "Victoria"),
])
def test_an_ampersand_joins_a_code_to_the_state_before_it_as_and_does(gaz, text, code, place, neighbour):
    found = by_name(gaz, text)
    assert code in found and found[code].place is not None and found[code].place.name == place
    assert neighbour in found and found[code].locational


# -- a capitalised "The" mid-sentence before an institution named for its town -----------------------------

@pytest.mark.parametrize("text, name", [
    ("On March 3, The Lucas County Sheriff's Office looked into a stolen trailer.", "Lucas County"),
    ("Last week, The Marion County Sheriff's Office arrested two men.", "Marion County"),
    ("On Tuesday, The Brockton Police Department said a man was hurt.", "Brockton"),
])
def test_a_capitalised_the_before_an_institution_keeps_its_place(gaz, text, name):
    t = by_name(gaz, text).get(name)
    assert t is not None, f"{name!r} not read in {text!r}"
    assert t.cue == "embedded" and not t.locational  # the body's seat, not where anything happened


@pytest.mark.parametrize("text, name", [
    ("He wrote for The Salem Police Gazette before retiring.", "Salem"),
    ("She edited The Marion Police Journal for a decade.", "Marion"),
])
def test_a_capitalised_the_before_a_papers_title_keeps_its_town_embedded(gaz, text, name):
    # the title names an institution ("Police"), so the capitalised-"The" branch is reached: the town the
    # paper is named for is read as the title's seat, never where anything happened
    t = by_name(gaz, text).get(name)
    assert t is not None, f"{name!r} not read in {text!r}"
    assert t.cue == "embedded" and not t.locational


# -- a name written in lower case only inside a web address -------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("A pickup truck left the road near Simcoe on Sunday.\nHaldimand OPP, firefighters and paramedics attended. "
     "Tips may be sent to safety-haldimand.ca or by phone.", "Haldimand"),
    ("A fire damaged a barn near Welland on Friday.\nBrant OPP and firefighters attended. Details are posted at "
     "www.brant.ca for residents.", "Brant"),
])
def test_a_web_address_does_not_make_a_name_an_ordinary_word(gaz, text, name):
    # the address is no sentence writing the word: the name keeps the reading it has without the address
    t = by_name(gaz, text).get(name)
    assert t is not None, f"{name!r} not read in {text!r}"
    assert t.cue == "embedded"


def test_a_name_also_written_as_a_word_in_the_sentences_is_still_that_word(gaz):
    text = ("A fire damaged a barn near Welland on Friday.\nBrant OPP and firefighters attended. Officers saw a "
            "brant goose by the pond, and www.brant.ca has the details.")
    assert "Brant" not in by_name(gaz, text)


# -- a sentence-opening function word is no part of a loose spelling ---------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Many South Africans work in mines. That SA holds vast coal reserves is no secret.", "SA", "ZA"),
    ("Exports slumped last year. So China will look for new buyers.", "China", "CN"),  # ~ Suqian
    ("Prices rose all spring. Then China cut its tariffs on grain.", "China", "CN"),  # ~ Tianjin
    ("The port was shelled last winter. Now Odesa is busy again.", "Odesa", "UA"),  # ~ Nova Odesa
])
def test_an_opening_function_word_leaves_the_name_after_it_to_be_read(gaz, text, name, country):
    t = by_name(gaz, text).get(name)
    assert t is not None, f"{name!r} not read in {text!r}"
    assert t.place is not None and t.place.country_code == country


def test_web_addresses_are_found_by_their_marks_and_widened_to_the_spaces():
    from eventwatch.geo.web_addresses import address_spans

    text = "Write to tips@elm-news.com, see www.hollis.ca or https://marlow.org/x. The U.S. Co. in town."
    found = [text[a:b] for a, b in address_spans(text)]
    assert found == ["tips@elm-news.com,", "www.hollis.ca", "https://marlow.org/x."]


@pytest.mark.parametrize("text", [
    "He paused...in silence before he spoke.",  # an ellipsis before "in"
    "The version 2.0.co release shipped late.",  # a number's decimals
    "Prices rose 3.5.in some towns.",
])
def test_a_domain_ending_after_no_host_label_is_no_address(text):
    from eventwatch.geo.web_addresses import address_spans

    assert address_spans(text) == []
