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

Each rule is kept to its own cases. A bare name only a dropped local title gives ("Houn" for "Muang Houn") does not
take a story set in another country abroad ("Houn, Libya" is Libya's Hūn), and the titles are read only in their
own countries. An offset set beside a town ("X (15 km east of Y) was shelled") only says where X lies. A verb of
speaking marks the speaker's seat only with its audience or opening its own clause, not inside the event's.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym

from eventwatch.geo import geoparse
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


# -- mends of the review: each rule kept to its own cases ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the country written after the name, or as its people's adjective, is where the report is set
    "A drone struck a fuel convoy near Houn, Libya, late on Sunday, a militia spokesman said.",
    "Gunmen stormed a police post in the Libyan town of Houn before dawn on Wednesday.",
])
def test_a_bare_name_only_a_dropped_title_gives_does_not_override_a_written_country(gaz, text):
    place = event_place(gaz, text)
    assert place is not None and place.country_code == "LY"


def test_a_bare_name_only_a_dropped_title_gives_does_not_pull_its_neighbours_abroad(gaz):
    tops = geoparse(gaz, "Rival brigades traded fire in Houn overnight, elders of the Jufra region said on Friday.")
    jufra = next(t for t in tops if t.text == "Jufra")
    houn = next(t for t in tops if t.text == "Houn")
    assert jufra.place is not None and jufra.place.country_code == "LY"
    assert houn.place is not None and houn.place.country_code == "LY"


@pytest.mark.parametrize("text, country", [
    # the division word written beside the name asks for the district
    ("Unexploded ordnance killed a boy in Phin district on Sunday, a clearance team said.", "LA"),
    # a place of the district's country named in the story agrees with it
    ("A cluster bomblet wounded two farmers in Phin, Savannakhet, on Sunday.", "LA"),
])
def test_a_bare_name_only_a_dropped_title_gives_is_read_where_the_story_supports_it(gaz, text, country):
    place = event_place(gaz, text)
    assert place is not None and place.country_code == country


@pytest.mark.parametrize("held, country, bare", [
    # the elided French title ("Daïra d'X") and Bosnia's "Opština" are the same titles
    ("Daïra d\u2019Akbou", "DZ", "Akbou"),
    ("Daïra d'Arris", "DZ", "Arris"),
    ("Opština Bileća", "BA", "Bileća"),
])
def test_the_other_written_forms_of_a_national_title_are_dropped_too(held, country, bare):
    assert normalise(bare) in {normalise(n) for n in division_derived_names(held, country)}


@pytest.mark.parametrize("held, country, kept", [
    # Thailand's "Muang X District" is the capital district of province X, not a Lao district title: the bare
    # name stays the province's and town's
    ("Muang Lop Buri District", "TH", "Lop Buri"),
    # a local title of one country is not read as a title in another
    ("Bezirk Mitte", "DE", "Mitte"),
])
def test_a_local_title_is_dropped_only_in_its_own_countries(held, country, kept):
    assert normalise(kept) not in {normalise(n) for n in division_derived_names(held, country)}


@pytest.mark.parametrize("text, name", [
    # the town the offset describes is the subject, set off by brackets or by a relative clause
    ("Saraqib (15 km east of Idlib) was bombed again on Tuesday, rescuers said.", "Saraqib"),
    ("Russian troops took Vuhledar, which lies some 50 km south-west of Donetsk, on Sunday.", "Vuhledar"),
    ("Jarabulus, about 30 km north of Manbij, was shelled overnight, a monitor said.", "Jarabulus"),
])
def test_a_town_the_offset_describes_keeps_the_event_from_its_anchor(gaz, text, name):
    place = event_place(gaz, text)
    assert place is not None and normalise(place.name) == normalise(name)


@pytest.mark.parametrize("before", [
    "a convoy was hit about 150 kilometres north-northwest of the ",
    "fighting broke out about 15 kilometres (9 miles) east of ",
    "a mine went off 15 km to the east of ",
    "bandits raided a farm 15 km east of the town of ",
    "a ferry sank 50 nautical miles south-west of ",
    "an ambush 15 km north\u2011west of ",
    "shelling some 15 kms. east of ",
])
def test_the_wire_forms_of_a_measured_offset_measure_from_the_name_after_them(before):
    assert measured_anchor(before + "Kafolo", len(before))


@pytest.mark.parametrize("text, name", [
    # the speaker is the victim: the verb of speaking is inside the event's own clause
    ("A medic talking to journalists in Beni was shot dead by militiamen, officials in Goma said.", "Beni"),
    # the crowd a leader was addressing is where the tear gas was fired
    ("Police fired tear gas at the rally the candidate was addressing in Kankan, days after riots in Labé.",
     "Kankan"),
    # "where" after the town makes it the scene
    ("Talking to reporters in Kabul, where a bomb hit a mosque on Friday, the minister said troops would respond "
     "from Jalalabad.", "Kabul"),
    # no audience after the past form: "addressed" says nothing of a speaker's seat
    ("Soldiers addressed a crowd in Bunia before opening fire, a witness in Goma said.", "Bunia"),
])
def test_a_verb_of_speaking_without_its_audience_or_in_the_events_clause_is_no_speakers_seat(gaz, text, name):
    place = event_place(gaz, text)
    assert place is not None and place.name == name


def test_journalists_attacked_in_a_town_are_the_event_even_beside_a_speakers_town(gaz):
    place = event_place(gaz, "Soldiers beat two journalists in Bawku on Tuesday, a press freedom group in Accra said.")
    assert place is not None and place.name == "Bawku"


def test_journalists_briefed_in_a_town_leave_the_event_to_the_attack_they_heard_of(gaz):
    place = event_place(gaz, "Journalists briefed in Kabul said a blast tore through a mosque in Kunduz on Friday.")
    assert place is not None and place.name == "Kunduz"


# -- second review: a people's word or a participant country does not set the story abroad ------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Korea paid for a new bridge in Phin, district officials said.", "Phin", "LA"),
    ("A minibus full of Chinese pilgrims overturned in Phin, injuring nine.", "Phin", "LA"),
    ("Thai border police found a cache of rifles in Phin on Monday.", "Phin", "LA"),
    ("Floods in Kong Pisei stranded French and Dutch aid workers on Tuesday.", "Kong Pisei", "KH"),
    ("Black ice in Bruck-Mürzzuschlag trapped Czech and Polish lorry drivers overnight.", "Bruck-Mürzzuschlag", "AT"),
])
def test_a_participant_country_or_a_peoples_word_keeps_the_bare_district(gaz, text, name, country):
    place = toponym(gaz, text, name).place
    assert place is not None and place.country_code == country


@pytest.mark.parametrize("text, name", [
    ("A councillor from Jowhar was gunned down while talking to journalists in Baidoa on Monday.", "Baidoa"),
    ("A district chief was shot after addressing reporters in Kunduz, police said.", "Kunduz"),
])
def test_an_audience_addressed_in_the_clause_of_a_killing_is_the_scene(gaz, text, name):
    place = event_place(gaz, text)
    assert place is not None and place.name == name


def test_a_speaker_after_the_report_of_a_killing_still_speaks_from_elsewhere(gaz):
    place = event_place(gaz, "Gunmen killed four guards in Jowhar, the governor said, speaking to reporters in Baidoa.")
    assert place is not None and place.name == "Jawhar"  # the gazetteer's spelling of Jowhar
