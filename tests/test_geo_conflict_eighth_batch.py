"""Rules found by the conflict probe's eighth round of reports (the English of Arabic-language outlets, Ukraine's
General Staff bulletins and hromadas, Pakistan's tehsils and former agencies, Colombian veredas and Mexican
communities in their municipios, Ethiopian woredas and kebeles, a South Sudanese payam).

Each rule is one a human coder states: "the X direction" in a military bulletin is a front sector named after a
city, not where the fighting was; South Sudan's payam is a division below the county, and a payam the gazetteer
lacks keeps its name while standing in at its county; "X Zuria woreda" is the rural woreda around the town X,
known to the second-order division, not a second town called "Zuria"; medical staff who speak "in X" speak from
where the wounded were taken; "municipio" is a municipality; "the community of X" names a settlement; an aside
"in the (rural area of the) municipality of Y" says which division holds the name before it, even where a
namesake elsewhere in the country shares that name; and "X district" in Pakistan is the gazetteer's "X Agency",
the title the tribal agencies had before they became districts.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from eventwatch.geo import geoparse
from conftest import event_place, toponym


# -- a front sector named after a city ---------------------------------------------------------------------

def test_a_bulletins_direction_is_a_front_sector_not_the_place_of_the_fighting(gaz):
    text = "In the Kharkiv direction, Russian troops stormed positions near Vovchansk twice overnight."
    assert not toponym(gaz, text, "Kharkiv").locational
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision) == ("Vovchansk", "UA", 2)


def test_a_city_without_the_sector_word_is_still_a_place(gaz):
    place = event_place(gaz, "A missile hit an apartment block in Kharkiv on Tuesday night.")
    assert (place.name, place.precision) == ("Kharkiv", 1)


# -- South Sudan's payam -------------------------------------------------------------------------------------

def test_a_payam_the_gazetteer_lacks_stands_in_at_its_county_keeping_its_name(gaz):
    place = event_place(gaz, "Armed men raided Lomuru payam of Kajo-Keji county on Friday, burning huts.")
    assert (place.name, place.country_code, place.precision, place.raw) == ("Kajo Keji County", "SS", 3, "Lomuru")


# -- an Ethiopian "Zuria" woreda ----------------------------------------------------------------------------

def test_a_zuria_woreda_is_the_rural_woreda_around_its_town(gaz):
    text = "Federal troops clashed with militia fighters in Bure Zuria woreda on Sunday."
    names = [t.text for t in geoparse(gaz, text)]
    assert "Zuria" not in names
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Burē", "ET", 3, "Bure Zuria woreda")


def test_medical_staff_speaking_in_a_town_speak_from_where_the_wounded_were_taken(gaz):
    text = ("A drone struck a market in Bure Zuria woreda on Monday, killing nine people, health workers in "
            "Bahir Dar town said.")
    place = event_place(gaz, text)
    assert (place.name, place.precision) == ("Burē", 3)


# -- municipios, communities and veredas --------------------------------------------------------------------

def test_a_municipio_is_the_municipality_around_its_seat(gaz):
    place = event_place(gaz, "Dissidents burned a truck in the municipio of Suarez, Cauca, on Monday.")
    assert (place.name, place.country_code, place.precision) == ("Suárez", "CO", 3)
    assert "Cauca" in place.admin1


def test_a_vereda_read_as_a_namesake_elsewhere_stands_in_at_the_municipio_the_text_gives(gaz):
    # The gazetteer's Playarrica (also written Playa Rica) lies in Tolima; the aside puts this vereda in Cauca.
    text = ("Gunmen killed a farmer in the vereda Playa Rica, in the rural area of the municipio of El Tambo, "
            "Cauca, on Thursday.")
    t = toponym(gaz, text, "Playa Rica")
    assert t.place is None
    place = event_place(gaz, text)
    assert (place.name, place.precision, place.raw) == ("El Tambo", 3, "Playa Rica")
    assert "Cauca" in place.admin1


def test_a_community_in_an_aside_municipality_stands_in_there_not_at_the_speakers_city(gaz):
    text = ("Armed men attacked the community of Tzelbal, in the municipality of Frontera Comalapa, Chiapas, "
            "on Sunday, the state prosecutor said in Tuxtla Gutierrez.")
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Frontera Comalapa", "MX", 3, "Tzelbal")


# -- Pakistan's former tribal agencies ----------------------------------------------------------------------

def test_a_district_that_was_a_tribal_agency_is_read_as_the_agency(gaz):
    place = event_place(gaz, "Militants fired rockets at a fort in Khyber district on Saturday night.")
    assert (place.name, place.country_code, place.precision) == ("Khyber Agency", "PK", 3)


def test_a_tehsil_of_a_former_agency_stands_in_at_the_district_not_the_dateline(gaz):
    text = "PESHAWAR: Gunmen attacked a checkpost in Bara tehsil of Khyber district on Monday, police said."
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Khyber Agency", "PK", 3, "Bara")


def test_a_capitalised_community_of_opens_a_bodys_name_not_a_settlement(gaz):
    names = [t.text for t in geoparse(gaz, "Talks were hosted by the Community of Oakbrook Brothers in Rome.")]
    assert "Oakbrook Brothers" not in names and "Rome" in names


def test_a_community_named_before_the_word_lies_in_the_division_after_of(gaz):
    text = "Bandits killed five people in Tudun Kadaura community of Faskari Local Government Area on Tuesday."
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Faskari", "NG", 3, "Tudun Kadaura")
