"""Conflict round twenty-one: unseen theatres and styles, as specifications on invented reports.

An unknown district or township written with its word before a province ("X district, Y province") stands in
at that province, and a chain of unknown links (village, village tract, township) reaches it too; a later bare
mention of the same unknown name stands in where the first was placed; a country adjective heading a village
("the south Lebanese village of X") holds it; a concurrent development added after the attribution ("...,
sources said, as ...") and the town a road leads to ("on the road to Y") are background; the local words for a
settlement written right before its name ("the vereda X") open it; a Maguindanao municipality opened by the
chief's title ("Datu X Y") is one name; and unknown words glued before a known one in front of ACLED's bracket
chain are one village's name.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place, toponym
from eventwatch.geo import geoparse


_FLASH_UPDATE = ("MOZAMBIQUE: Flash Update No. 3 - Raids in Wakulema district, Nampula province. On 2 May, armed "
                 "groups raided several villages in Wakulema district, displacing some 2,000 people. Partners in "
                 "Nampula city are preparing kits.")


def test_unknown_district_written_before_its_province_stands_in_at_the_province(gaz):
    first = toponym(gaz, _FLASH_UPDATE, "Wakulema")
    assert first.place is None and first.fallback.name == "Nampula" and first.fallback.precision == 4


def test_chain_of_unknown_links_reaches_the_region_that_closes_it(gaz):
    text = ("An airstrike hit Taung Kyin village, Nyaung Hla village tract, Mobye township, Sagaing Region, "
            "killing four. The military in Naypyitaw did not comment.")
    village = toponym(gaz, text, "Taung Kyin")
    assert village.fallback.name == "Sagaing Region" and village.fallback.precision == 4


def test_bare_repeat_of_unknown_district_stands_in_where_its_first_mention_was_placed(gaz):
    later = [t for t in geoparse(gaz, _FLASH_UPDATE) if t.text == "Wakulema"][-1]
    assert later.fallback is not None and later.fallback.name == "Nampula" and later.fallback.precision == 4
    assert later.fallback.raw == "Wakulema"


def test_country_adjective_heading_an_unknown_village_holds_it_over_the_dateline(gaz):
    t = toponym(gaz, "AMMAN, May 3 - A drone struck a car in the south Lebanese village of Kfar Wadiyeh on Monday.",
                "Kfar Wadiyeh")
    assert t.place is None and t.fallback.country_code == "LB" and t.fallback.precision == 5


def test_place_in_a_clause_added_after_the_attribution_is_background(gaz):
    place = event_place(gaz, "Shelling killed three farmers in the Kharkiv region on Sunday, officials said, as "
                             "drones struck a depot in Belgorod.")
    assert place.country_code == "UA" and place.precision == 4


def test_town_a_road_leads_to_is_not_where_an_offset_event_was(gaz):
    place = event_place(gaz, "Gunmen ambushed a convoy about 35 km south of Bambari on the road to Alindao on "
                             "Friday.")
    assert place.name == "Bambari" and place.precision in (2, 3)


def test_vereda_written_before_its_name_opens_an_unknown_settlement(gaz):
    place = event_place(gaz, "Armed men killed two farmers in the vereda Loma Verdosa, in the rural area of Tibu, "
                            "on Sunday.")
    assert place.country_code == "CO" and place.raw == "Loma Verdosa"


def test_datu_opens_one_municipality_name_between_a_barangay_and_its_province(gaz):
    place = event_place(gaz, "Troops clashed with gunmen in Barangay Lumba Tres, Datu Kalimpo Ampatuan, "
                             "Maguindanao del Sur, on Friday.")
    assert place.name == "Maguindanao del Sur" and place.precision == 3 and place.raw == "Barangay Lumba Tres"


def test_known_datu_municipality_keeps_its_reading(gaz):
    place = event_place(gaz, "Soldiers clashed with gunmen in Datu Piang, Maguindanao del Sur, on Friday.")
    assert place.name == "Datu Piang" and place.country_code == "PH" and place.precision == 1


def test_unknown_words_glued_before_a_known_one_in_front_of_an_acled_bracket_are_one_village(gaz):
    place = event_place(gaz, "On 3 March 2025, militants killed two herders at Wuldama Kano (Mayo-Sava, "
                             "Extreme-Nord).")
    assert place.country_code == "CM" and place.raw == "Wuldama Kano" and place.precision in (2, 3)


def test_attribution_taking_over_again_after_an_aside_reports_the_event(gaz):
    # "said on Monday, as the water fell, that ... in X": the aside closed at its comma; X is the event's place,
    # not the speaker's seat
    place = event_place(gaz, "Officials in Mogadishu said on Monday, as the floodwaters receded, that 40 people "
                             "died in Beledweyne.")
    assert place.name == "Beledweyne"


def test_title_or_office_after_a_settlement_word_is_no_settlement(gaz):
    # "the barangay Chairman X", "the kebele Administration Office": the settlement's officer or office
    names = [t.text for t in geoparse(gaz, "Police in Cotabato said the barangay Chairman Rudy Dalisay was shot.")]
    assert names == ["Cotabato"]
    names = [t.text for t in geoparse(gaz, "Youths burned the kebele Administration Office in Bahir Dar.")]
    assert names == ["Bahir Dar"]
    t = toponym(gaz, "Gunmen wounded the kebele Chairman in Addis Ababa on Friday.", "Addis Ababa")
    assert t.place is not None and t.place.feature_code == "PPLC"


def test_repeat_read_as_a_namesake_abroad_is_the_first_mention(gaz):
    # the first mention is placed by the text (in Kassala state); the bare repeat's gazetteer reading, a
    # village of the same name in another country, is no other place
    text = "Fighting broke out in Wadi district, Kassala state, on Monday. On Tuesday more clashes hit Wadi."
    later = [t for t in geoparse(gaz, text) if t.text == "Wadi"][-1]
    assert later.place is None and later.fallback is not None and later.fallback.country_code == "SD"
