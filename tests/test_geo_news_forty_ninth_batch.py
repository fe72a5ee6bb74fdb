"""Rules found by the news probe's forty-ninth batch (regional English-language papers writing about their own
region, of the GeoWebNews kind: Karnali, Rangpur, Swat, Assam, Kerala, Plateau State, the Volta Region, Kisumu,
northern Uganda, Bohol, Lombok, Sarawak, Shetland, Pembrokeshire, Mayo, Hawke's Bay, St Lucia, Cape Breton,
Jaffna and Pemba).

Each is a rule a reader applies to any regional story: a paper's own town with a name of two or three letters
opens the story before the dateline's dash as a longer one does ("JOS —", "HO —"), where the gazetteer holds a
town of some size spelt so (an acronym's namesake village does not qualify); and an unheld beach, jetty or road
of the paper's region is the region's, not a city abroad that the sentence before named as where visitors come
from ("flights from Seoul and Shanghai. Resorts along X Beach..."); and a small town that shares its name with dozens of
larger ones worldwide is still weighed where two other names of the story are held by its country alone
("from Westport through Newport to Castlebar in County Mayo"). And a few true facts for the lexicons: the
Albert Nile, Achill Island, Sullom Voe, the Pitons, RNZAF Base Ohakea and Kochi's suburbs.

After review, each rule was narrowed to what a reader means by it: a short dateline is a town's own name (no
alternate spelling, no country's or state's code) that another name of the story places in the town's country
("VAN — A van...", "WA —", "SUI —" in a medal table are no towns); a foreign place passed over is one named as no
scene (an origin, destination or route), for a village after "shelling near Daraa in Syria" is Syria's; and the
long tail's namesakes come back only near the names that settle their country.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


def _country(gaz, text: str, name: str) -> str | None:
    t = toponym(gaz, text, name)
    place = t.place or t.fallback
    return place.country_code if place is not None else None


# -- a short-named town's dateline -----------------------------------------------------------------------------------

def test_a_three_letter_town_before_the_dateline_dash_is_the_dateline(gaz):
    text = "JOS — The state health ministry has recorded new cases of cholera in markets at Bukuru and Pankshin."
    assert locational_names(gaz, text)[0] == "JOS"
    assert _country(gaz, text, "JOS") == "NG"


def test_a_two_letter_town_before_the_dateline_dash_is_the_dateline(gaz):
    text = "HO — Residents of Keta say the sea has broken through the wall again."
    assert _country(gaz, text, "HO") == "GH"
    assert "Keta" in locational_names(gaz, text)


def test_a_short_dateline_typed_with_two_hyphens_is_read_too(gaz):
    text = "BO -- Nurses at the district hospital said malaria cases were rising in Kenema and Pujehun."
    assert _country(gaz, text, "BO") == "SL"


def test_an_acronym_before_a_dash_is_no_dateline(gaz):
    # "Un" is a town in India of some 30,000 people: too small a namesake to make "UN" a paper's dateline
    text = "UN — The Security Council met on Monday to discuss aid for Sudan."
    assert found_names(gaz, text) == ["Sudan"]


def test_an_agency_before_a_dash_is_no_dateline(gaz):
    assert found_names(gaz, "AFP — A fire broke out at a depot near Lyon on Sunday.") == ["Lyon"]


def test_a_short_town_named_by_no_other_name_of_its_country_is_no_dateline(gaz):
    """Van is a Turkish city of 300,000 and Bol a town of Chad, but a story that names nothing else in their
    countries opens with a word or an acronym in capitals, not with them."""
    assert locational_names(gaz, "VAN — The van overturned on a wet bend, police said, injuring four passengers.") == []
    assert "BOL" not in found_names(gaz, "BOL — Bolivian truckers parked across the main road in protest on Monday.")


def test_an_association_acronym_before_a_dash_is_no_dateline(gaz):
    """Aba (Nigeria) and Oss (the Netherlands) are towns of some size; as acronyms they name no place."""
    assert locational_names(gaz, "ABA — The lawyers' association wrote to senators about court delays.") == []
    assert locational_names(gaz, "OSS — Old agents of the wartime spy service held a reunion dinner.") == []


def test_a_state_code_before_a_dash_is_no_ghanaian_town(gaz):
    """'WA' is Western Australia's code (a first-level division's) before it is Wa in Ghana."""
    text = "WA — Crews held a scrub fire near Kalgoorlie overnight, the state's fire service said."
    assert "WA" not in locational_names(gaz, text)
    assert _country(gaz, text, "Kalgoorlie") == "AU"


def test_a_team_code_in_a_medal_table_is_no_town(gaz):
    """'SUI' reached Suizhou through an alternate spelling: a short dateline must be the town's own name."""
    assert found_names(gaz, "Medals after day nine:\nNOR — 16 gold, 8 silver, 13 bronze\nSUI — 7 gold, 2 silver") == []


@pytest.mark.parametrize("text", [
    "CHI — Chilean growers said an early frost had cut the cherry harvest.",
    "TUR — Turkish lira traders braced for another rate decision.",
    "ERI — Eritrean exiles marched in protest on Saturday.",
])
def test_a_country_code_before_a_dash_reaches_no_town_by_an_alternate_spelling(gaz, text):
    """'CHI', 'TUR' and 'ERI' are alternate spellings of Chinese, French and American towns, not their names."""
    assert locational_names(gaz, text) == []


def test_a_short_name_in_capitals_inside_a_sentence_is_no_dateline(gaz):
    assert "JOS" not in locational_names(gaz, "Officials in JOS — the state capital — said the market would reopen.")


# -- an unheld local name after a sentence naming cities abroad -----------------------------------------------------

def test_an_unheld_beach_after_visitors_from_abroad_is_the_papers_own(gaz):
    text = ("CEBU CITY — Tourists arrived on direct flights from Seoul and Tokyo. Hotels along Malapascua Beach "
            "were full by noon.")
    assert _country(gaz, text, "Malapascua Beach") == "PH"


def test_an_unheld_jetty_after_visitors_from_abroad_is_the_papers_own(gaz):
    text = ("KOTA KINABALU — Most visitors this year came from Perth and Melbourne. Divers crowded the jetty at "
            "Mabul Point, operators said.")
    assert _country(gaz, text, "Mabul Point") == "MY"


def test_an_unheld_village_beside_a_foreign_town_in_the_same_sentence_still_lies_there(gaz):
    # within one sentence the story has moved abroad: the village lies by the town named with it
    text = "Refugees settled near Adre in Chad, beside the village of Goungour, officials in Khartoum said."
    assert _country(gaz, text, "Goungour") == "TD"


def test_an_unheld_port_whose_sentence_has_moved_abroad_stays_abroad(gaz):
    # under a Rabat dateline, "aid groups in Tenerife" move the sentence to Spain: Huelva, named before, stands in
    text = ("RABAT — Ministers of Morocco and Spain met in the capital on Thursday. Madrid wants more patrols near "
            "Huelva. Aid groups in Tenerife say tents now fill the port of Arguineguín.")
    assert _country(gaz, text, "Arguineguín") == "ES"


def test_an_unheld_village_after_shelling_across_the_border_lies_there(gaz):
    """A foreign place named as where something happened (a scene), not as an origin, a destination or a route,
    still stands in for the next sentence's village: a cross-border report has gone there."""
    text = ("TEGUCIGALPA — Honduran police said gunfire had been reported near Esquipulas in Guatemala late on "
            "Friday. Farmers said stray bullets struck houses in Quebrada Zarcaxul and injured a boy.")
    assert _country(gaz, text, "Quebrada Zarcaxul") == "GT"


def test_an_unheld_village_after_families_fled_a_town_across_the_border_lies_there(gaz):
    """A town people fled is a scene too, not an origin like a tourist's home city."""
    text = ("KUPANG — Indonesian border police said hundreds of families had fled Maliana in East Timor. Farmers "
            "said troops torched granaries in Aidabaleten Kraik.")
    assert _country(gaz, text, "Aidabaleten Kraik") == "TL"


def test_an_unheld_village_after_a_raid_across_the_border_lies_there(gaz):
    text = ("ISLAMABAD — Pakistani officials said artillery fire was heard near Khost in Afghanistan on Tuesday. "
            "Elders said shells landed in the village of Sperkai Kalay and killed two goats.")
    assert _country(gaz, text, "Sperkai Kalay") == "AF"
    text = ("NAIROBI — Kenyan officials said raiders had struck near Kapoeta in South Sudan. Herders said gunmen "
            "burned huts in the village of Lokwamoru overnight.")
    assert _country(gaz, text, "Lokwamoru") == "SS"


def test_a_sentence_naming_the_origin_country_after_the_unheld_name_has_moved_abroad(gaz):
    """The unheld name's sentence is read whole: a town of the visitors' country after the village moves it."""
    text = ("KUCHING — Most visitors came from Pontianak and Singkawang. On Sunday they toured the village of "
            "Tapang Sidai and then took a bus on to Sanggau.")
    assert _country(gaz, text, "Tapang Sidai") == "ID"


# -- a country the document's own names settle -----------------------------------------------------------------------

def test_a_small_namesake_between_two_towns_only_ireland_holds_is_irelands(gaz):
    # Newport of Mayo ranks below forty other Newports; Castlebar and County Mayo are Ireland's alone
    text = "Cyclists ride the old railway line from Westport through Newport to Castlebar in County Mayo."
    assert toponym(gaz, text, "Newport").place.admin1 == "Connacht"


def test_a_small_namesake_listed_with_towns_only_the_philippines_holds_is_philippine(gaz):
    # Victoria of Tarlac ranks below sixty other Victorias; Gerona, Paniqui and Tarlac are the Philippines'
    text = "Farmers in Victoria, Gerona and Paniqui in Tarlac lost their rice crops."
    assert toponym(gaz, text, "Victoria").place.admin1 == "Central Luzon"


def test_a_namesake_with_no_settled_country_keeps_its_best_known_reading(gaz):
    assert _country(gaz, "Voters in Newport went to the polls on Thursday.", "Newport") == "GB"


def test_a_settled_countrys_namesake_is_weighed_not_chosen(gaz):
    # Rosslare and Dún Laoghaire settle Ireland, but the Welsh port beside Newport still places it in Wales
    text = "Ferries from Rosslare and Dún Laoghaire reached Holyhead, and lorries drove on to Newport."
    assert _country(gaz, text, "Newport") == "GB"


def test_a_settled_country_brings_back_no_far_off_namesake(gaz):
    """Guaymas and Obregón settle Mexico, but a Santa Cruz of a thousand people 400 km away is not theirs:
    the Bolivian city stays the reading."""
    text = "Fruit buyers from Obregon and Guaymas flew to Santa Cruz to meet Bolivian farmers."
    assert _country(gaz, text, "Santa Cruz") == "BO"


# -- lexicon facts ------------------------------------------------------------------------------------------------

def test_the_albert_nile_is_ugandas_river(gaz):
    text = "Lorries bound for South Sudan crossed the Albert Nile at Pakwach on Monday."
    t = toponym(gaz, text, "Albert Nile")
    assert t.place.country_code == "UG"
    assert t.place.lat < 3.5  # mid-course, not at Nimule on the border


def test_achill_island_is_in_mayo(gaz):
    t = toponym(gaz, "Boats leave Achill Island for Clare Island in summer.", "Achill Island")
    assert (t.place.country_code, t.place.admin1) == ("IE", "Connacht")


def test_sullom_voe_is_in_shetland(gaz):
    assert _country(gaz, "Tankers still call at Sullom Voe, north of Lerwick.", "Sullom Voe") == "GB"


def test_edappally_is_a_suburb_of_kochi(gaz):
    t = toponym(gaz, "Commuters avoid the jams on the Edappally flyover and take the metro.", "Edappally")
    assert (t.place.country_code, t.place.admin1) == ("IN", "Kerala")


def test_ohakea_is_new_zealands_air_base(gaz):
    text = "A Defence Force helicopter flew from Ohakea to help the flooded town."
    assert _country(gaz, text, "Ohakea") == "NZ"


def test_the_pitons_are_st_lucias(gaz):
    assert _country(gaz, "Hotels around the Pitons near Soufrière were full.", "Pitons") == "LC"


# -- shown, not mended ----------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="'West Nile', Uganda's north-western sub-region, is held by no lexicon "
                                       "(and 'West Nile virus' names a disease): read as the Nile to the west")
def test_the_west_nile_region_is_ugandas(gaz):
    assert _country(gaz, "Fuel reaches the West Nile region from Mombasa by road through Arua.", "West Nile") == "UG"


@pytest.mark.xfail(strict=True, reason="a provincial capital that 'has put' buses on a road is its government; "
                                       "'put' is no deed the acting-capital reader knows")
def test_a_provincial_capital_that_puts_on_buses_is_its_government(gaz):
    assert "Peshawar" not in locational_names(gaz, "Peshawar has put extra buses on the motorway to Mardan.")
