"""Rules found by the conflict probe's twenty-second round (the Middle East in English press releases).

An agency report's title line ("DJIBOUTI: Flash Update No. 2 - ...", "SYRIA: Humanitarian Situation
Report") names the area the report covers: a country written there is the country, never its capital or a
town of its name, and the title's area ranks after the places the report's body names. "The local authority in
X said" is a speaker's seat as "the authorities in X" are. A named oil or gas field is a site, not the town a
word of its name spells. The villages of one list lie where the list is said to lie, and "the villages of" cues
each of them. An ACLED bracket after a village the gazetteer lacks is the province, even where the note spells it
as the province's namesake capital. A national capital that only speaks holds no village: a village with
nothing else to place it stands in at the country, and is the event's place rather than the speaker's seat.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place, toponym


# -- an agency report's title line --------------------------------------------------------------------------

def test_a_country_heading_an_agency_title_is_the_country_not_its_capital(gaz):
    text = "DJIBOUTI: Flash Update No. 2 - Clashes in the north. Armed men attacked a border post on Monday."
    place = toponym(gaz, text, "DJIBOUTI").place
    assert (place.name, place.country_code, place.precision) == ("Djibouti", "DJ", 6)


def test_an_unknown_village_after_a_title_country_keeps_its_name_at_the_country(gaz):
    text = ("SINGAPORE: Situation Report No. 4. On 2 May, armed men attacked the village of Kampung Telor, "
            "killing three.")
    place = event_place(gaz, text)
    assert (place.country_code, place.precision) == ("SG", 6)


def test_a_title_area_ranks_after_the_town_the_report_names(gaz):
    text = ("GAZA: Humanitarian Situation Update #40. Key points: - On 3 May, strikes on tents west of "
            "Khan Younis killed nine displaced people.")
    place = event_place(gaz, text)
    assert (place.name, place.precision) == ("Khān Yūnis", 2)


def test_a_colon_dateline_that_opens_a_story_is_still_the_filing_town(gaz):
    place = toponym(gaz, "DJIBOUTI: The port authority said on Monday that two ships had docked.", "DJIBOUTI").place
    assert (place.feature_code, place.precision) == ("PPLC", 1)


# -- a speaker's seat -----------------------------------------------------------------------------------------

def test_the_local_authority_in_a_town_is_a_speakers_seat(gaz):
    text = "A sniper shot a boy in the east of Taiz city on Monday, the local authority in Taiz said."
    place = event_place(gaz, text)
    assert (place.country_code, place.precision) == ("YE", 2)


# -- a named oil or gas field -------------------------------------------------------------------------------

def test_a_gas_field_is_a_site_standing_in_at_its_province(gaz):
    text = "A drone struck the Khor Zanbaq gas field in Sulaymaniyah province on Friday."
    place = event_place(gaz, text)
    assert (place.country_code, place.precision, place.raw) == ("IQ", 4, "Khor Zanbaq gas field")


def test_a_power_station_named_for_its_town_stands_near_the_town(gaz):
    place = event_place(gaz, "Militants attacked the Baiji power station in Salahuddin province.")
    assert (place.country_code, place.precision) == ("IQ", 2)


# -- a list of villages the gazetteer lacks -----------------------------------------------------------------

def test_every_village_of_a_list_lies_where_the_list_is_said_to_lie(gaz):
    text = ("Shelling hit the villages of Kafr Zummar, Tell Ghubran and Ain Marwaq in Jabal al-Zawiya on "
            "Sunday, killing two farmers.")
    place = event_place(gaz, text)
    assert (place.name, place.raw) == ("Jabal al-Zawiya", "Kafr Zummar")
    assert toponym(gaz, text, "Tell Ghubran").fallback.name == "Jabal al-Zawiya"


# -- an ACLED bracket after an unknown village --------------------------------------------------------------

def test_a_bracket_after_an_unknown_village_is_the_province_spelt_as_its_capital(gaz):
    text = "On 2 May 2025, gunmen shot dead a farmer in Beit Nuwaf (Dayr az Zawr). Fatalities: 1."
    place = event_place(gaz, text)
    assert (place.country_code, place.precision, place.raw) == ("SY", 4, "Beit Nuwaf")


# -- a capital that only speaks -----------------------------------------------------------------------------

def test_an_unknown_village_stands_in_at_the_country_not_at_a_capital_that_speaks(gaz):
    text = ("The Lebanese Civil Defence said its teams put out fires on the outskirts of Marj Sallum on "
            "Tuesday, while the health ministry in Beirut said two farmers were wounded.")
    place = event_place(gaz, text)
    assert (place.name, place.precision, place.raw) == ("Lebanon", 6, "Marj Sallum")
