"""Rules found by the conflict probe's thirty-first round (theatres it had one report of or none: Laos's ordnance,
Liberia's elections, Mauritania's Malian border, Transnistria, Batken, Karakalpakstan, Zimbabwe, Congo's Pool, Côte
d'Ivoire's north, Djibouti, Casamance, Guinea's forest region, Cabinda, the Chapare, Araucanía, Sololá, Peru's
VRAEM, Madagascar's cattle raids, Tanzania's Ruvuma border, North Sinai, Bawku, Mount Chaambi, Paraguay's north,
Durban's townships).

GeoNames holds some countries' second-level divisions only under their national title: Laos's "Muang X", Cambodia's
"Srŏk X", Croatia's "Općina X", Algeria's "Daïra de X", Panama's "Distrito de X", Austria's and Switzerland's
"(Politischer) Bezirk X" and Jordan's "Liwā’ X". A report writes "X district", so each such division is also
indexed under its bare name, as Thailand's "Amphoe X" already was.

A speaker may be named with the audience addressed before the town it spoke in ("Briefing reporters in Geneva, a
spokesperson said ...", "speaking to journalists in Nairobi"): the town is the speaker's seat, as after "said in",
not where the event happened.

A distance and a compass word put the event at their anchor ("15 km east of X") as firmly as "near X" does, and as
"20 km from X" already did: a "near Y" written after the anchor only says where X lies, and does not take the event
from it.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym

from eventwatch.geo.measured_offsets import measured_anchor
from eventwatch.geo.normalise import normalise
from eventwatch.geo.sources import division_derived_names


# -- divisions held only under a national title -------------------------------------------------------------------

@pytest.mark.parametrize("held, country, bare", [
    ("Muang Kham", "LA", "Kham"),
    ("Muang Houayxay", "LA", "Houayxay"),
    ("Srŏk Thmâ Pôk", "KH", "Thmâ Pôk"),
    ("Općina Gvozd", "HR", "Gvozd"),
    ("Daïra de Touggourt", "DZ", "Touggourt"),
    ("Distrito de Tonosí", "PA", "Tonosí"),
    ("Bezirk Meilen", "CH", "Meilen"),
    ("Politischer Bezirk Zwettl", "AT", "Zwettl"),
    ("Liwā’ ar Ramthā", "JO", "ramtha"),
])
def test_a_division_held_under_its_national_title_is_also_named_without_it(held, country, bare):
    assert normalise(bare) in {normalise(n) for n in division_derived_names(held, country)}


@pytest.mark.parametrize("name, country, kept", [
    # the title inside a name is part of it: only an opening title is dropped
    ("Ban Muang Kao", "LA", "Muang Kao"),
    ("Nam Srok Thom", "KH", "Srok Thom"),
])
def test_a_title_inside_a_name_is_not_dropped(name, country, kept):
    assert kept not in division_derived_names(name, country)


def test_a_lao_district_written_in_english_is_the_district(gaz):
    t = toponym(gaz, "An old cluster bomblet killed a herder in Kham district, Xiengkhouang province, on Monday.",
                "Kham")
    assert t.place is not None and t.place.country_code == "LA" and t.place.feature_code == "ADM2"
    assert t.place.precision == 3


def test_a_lao_district_is_the_event_place_not_the_province_named_with_it(gaz):
    place = event_place(gaz, "Two farmers were killed when a bombie went off in Kham district, Xiengkhouang "
                             "province, on Sunday, deminers said.")
    assert place is not None and place.country_code == "LA" and place.precision == 3


# -- a speaker named with its audience ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, country, name", [
    ("Briefing reporters in Geneva, a spokesperson said troops shot dead four marchers in Nzérékoré on Friday.",
     "GN", "Nzérékoré"),
    ("Speaking to journalists in Nairobi, the envoy said soldiers killed three protesters in Kisumu on Monday.",
     "KE", "Kisumu"),
    ("Talking to reporters in Dakar, the governor said a landmine killed two farmers in Bignona on Monday.",
     "SN", "Bignona"),
])
def test_the_town_a_speaker_briefed_its_audience_in_is_not_the_event_place(gaz, text, country, name):
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code) == (name, country)


def test_journalists_attacked_in_a_town_are_still_where_it_happened(gaz):
    # no verb of speaking before the audience: the town is where the journalists were beaten
    place = event_place(gaz, "Soldiers beat two journalists in Bawku on Tuesday, a press freedom group said.")
    assert place is not None and place.country_code == "GH" and place.precision == 1


# -- the anchor of a measured offset ------------------------------------------------------------------------------

@pytest.mark.parametrize("before", [
    "Gunmen killed two herders 15 km east of ",
    "a checkpoint about 40 kilometres north-west of the ",
    "raiders struck 12 miles southeast of ",
    "shelling 30km south of ",
])
def test_a_written_distance_and_compass_word_measure_from_the_name_after_them(before):
    assert measured_anchor(before + "Kafolo", len(before))


@pytest.mark.parametrize("before", [
    # a bare direction, no distance: it may open a region ("the villages east of X")
    "Gunmen raided villages east of ",
    # a distance without a compass word is read as "near" elsewhere
    "a camp 20 km from ",
    # the number is a count, not a distance
    "15 soldiers of ",
])
def test_no_distance_or_no_compass_word_is_no_measured_offset(before):
    assert not measured_anchor(before + "Kafolo", len(before))


def test_the_offsets_anchor_keeps_the_event_from_a_town_said_to_lie_near_it(gaz):
    place = event_place(gaz, "Raiders shot dead three herders at a well about 15 km east of Mbera camp, near "
                             "Bassikounou, on Tuesday, officials said.")
    assert place is not None and place.name == "Mbera" and place.precision == 2


def test_a_town_named_before_the_offset_is_still_where_it_happened(gaz):
    place = event_place(gaz, "Shells hit Kafranbel, 15 km east of Maarat al-Numan, on Monday, medics said.")
    assert place is not None and place.name == "Kafranbel" and place.precision == 1
