"""Rules found by the news probe's fifty-seventh batch (regional English-language papers writing about their own
region, of the GeoWebNews kind: Mangaluru's boats, the Attari crossing, Thoothukudi's salt, Biratnagar's jute,
Weh Island's ferry, Zamboanga's sardines, Enugu's timber market, the Paga ponds, Malindi's silt, rafting at Jinja,
Nyagatare's milk, the Katima Mulilo fish market, Falklands squid licences, Dibba's harbour, a cyclone at Mongla,
the Kelantan floods, meningitis in Sokoto, malaria in Mimika, the TT races and the Exumas' charter season).

Each is a rule a reader applies to any regional story: a bare "the X" set as ground is the river where the
gazetteer's other readings are towns or divisions held under a longer name ("catches from the Zambezi", not the
Zambezi Region); an Indonesian regency filed under its title ("Kabupaten Asmat") is named by its own name, as a
"Province of X" is; a capital a letter or an appeal is addressed to, with a request after it, is its government
("wrote to Kampala asking it to"); an unheld name listed straight after a division or an island stands in there,
not at a town of another country named before the list ("from Miami, crossing to Bimini or X"); "Port X" opens a
harbour settlement's name as "Puerto X" does; and a cay is a feature's head. And true facts for the lexicons: the
Falklands, West and East Falkland, Snaefell, the Exumas and Great Exuma, Impalila Island, the Netravati.

The review's near-misses are kept beside each rule: a rule that "applies to" a place and a letter written there
"for three years" are no pleas (only a thing asked for after "for" is); "Port Health" and "Port Security" are
bodies, not harbours ("Port Vale" is the Stoke-on-Trent wharf its club is named for); and an island's name listed
after a coastal division stands in there (a strict xfail keeps the rarer list that crosses a border).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


def _place(gaz, text: str, name: str):
    t = toponym(gaz, text, name)
    return t.place or t.fallback


# -- a bare "the X" set as ground, where X's other readings never take the article -----------------------------

@pytest.mark.parametrize("text, name", [
    ("Fishermen on the Zambezi near Livingstone mended their nets on Friday.", "Zambezi"),
    ("Fish traders in Chirundu say boats on the Zambezi have fewer nets this year.", "Zambezi"),
])
def test_a_bare_river_after_the_article_is_the_river(gaz, text, name):
    """English writes a river with its article and a town or a region without one ("in Zambezi", "the Zambezi
    Region"): after a locating word, "the Zambezi" is the river, not the Namibian region held as "Zambezi
    Region"."""
    place = _place(gaz, text, name)
    assert place is not None and place.feature_code == "STM", place


def test_a_region_named_for_a_river_is_still_read_where_no_locating_word_sets_it_as_ground(gaz):
    """"The Zambezi regional council met": the article opens the sentence and nothing sets the name as ground,
    so the region the council governs is read as before."""
    place = _place(gaz, "The Zambezi regional council met in Katima Mulilo on Friday.", "Zambezi")
    assert place is not None and place.feature_code == "ADM1" and place.country_code == "NA", place


# -- an Indonesian regency under its title --------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Cases are also rising in Nabire and Asmat, health officials in Jayapura said.", "Asmat"),
    ("TIMIKA — Doctors in Timika said cases of malaria were rising in Asmat.", "Asmat"),
])
def test_a_regency_filed_under_its_title_is_named_by_its_own_name(gaz, text, name):
    """GeoNames files Indonesia's regencies as "Kabupaten X", a title English reporting never writes; the bare
    name is the regency's own, as "Laguna" is the "Province of Laguna", and beats Eritrea's district "Asmat"
    in a Papuan story."""
    place = _place(gaz, text, name)
    assert place is not None and place.country_code == "ID", place


def test_a_regency_beats_its_own_seat_town_by_the_bare_name(gaz):
    """"Paniai" is the regency (GeoNames' "Kabupaten Paniai"), not the seat town it would otherwise fall back to:
    listed with another regency, the bare name is the division's own."""
    text = "Health workers flew vaccines to Paniai and Deiyai on Monday, officials in Nabire said."
    place = _place(gaz, text, "Paniai")
    assert place is not None and place.country_code == "ID" and place.feature_code == "ADM2", place


def test_a_namesake_district_abroad_keeps_its_own_story(gaz):
    """The regency gains no weight beyond its own name: in an Eritrean story Asmat is the Eritrean district."""
    text = "The army moved troops to Asmat, near Keren, officials in Asmara said."
    place = _place(gaz, text, "Asmat")
    assert place is not None and place.country_code == "ER", place


# -- a capital a plea is addressed to ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Leaders in Jinja have written to Kampala asking it to share the dam's revenue.", "Kampala"),
    ("The state government has appealed to New Delhi to reopen the route.", "New Delhi"),
    ("Farmers in Kano appealed to Abuja for help with fertiliser prices.", "Abuja"),
])
def test_a_capital_a_plea_is_addressed_to_is_its_government(gaz, text, name):
    """A letter or an appeal goes "to" a party, and the request after it (asking it to, to reopen, for help)
    says so: the capital receives it as a government, as the object of "asked" does."""
    assert name in found_names(gaz, text)
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Fishermen in Tumbes appealed to Lima for emergency fuel subsidies.", "Lima"),
    ("The governor wrote to Bogota for more funds to rebuild the bridge.", "Bogota"),
    ("The two students applied to Canada for asylum last year.", "Canada"),
])
def test_a_plea_for_a_thing_asked_for_is_addressed_to_the_government(gaz, text, name):
    """"For" and a thing asked for (fuel, funds, asylum) make the plea; "applied to" pleads only so. (Guards:
    these pass on the parent too.)"""
    assert name in found_names(gaz, text)
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("The family wrote to Lagos from Kano every month.", "Lagos"),
    ("She wrote to Nairobi for years before she moved there.", "Nairobi"),
    ("My aunt wrote to Dakar for many months after the war.", "Dakar"),
    ("The grandmother wrote to Lima for the last time in 1990.", "Lima"),
    ("She applied to Toronto for a place at the medical school.", "Toronto"),
])
def test_a_letter_sent_to_a_city_with_no_request_leaves_the_city_a_place(gaz, text, name):
    """Without a thing asked for after it ("from Kano", a stretch of time, "the last time") the name is where a
    letter went. (The Dakar "many months" line is a guard: it passes on the parent too.)"""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("The rebels appealed to Khartoum for a truce in the hill districts.", "Khartoum"),
    ("The town board appealed to Harare for a loan to rebuild the clinic.", "Harare"),
    ("Lawyers appealed to Jakarta for an independent investigation into the shootings.", "Jakarta"),
    ("The district appealed to Kathmandu for urgent humanitarian aid after the landslide.", "Kathmandu"),
    ("The widows appealed to Kabul for the return of the remains.", "Kabul"),
    ("The dissidents appealed to Havana for a pardon.", "Havana"),
    ("The teachers appealed to Accra for a swift end to the lockout.", "Accra"),
    ("The mayor wrote to Kinshasa for clarification on the new customs rules.", "Kinshasa"),
    ("The chiefs wrote to Dodoma for a ceasefire along the lake shore.", "Dodoma"),
    ("The farmers appealed to Nairobi for a bigger share of the budget.", "Nairobi"),
])
def test_a_plea_for_an_article_and_a_modified_thing_is_addressed_to_the_government(gaz, text, name):
    """A thing asked for may take "a"/"an" and a word or two before it ("a swift end", "urgent humanitarian
    aid"); and "appealed to X for" asks for anything but a stretch of time, since "appeal" says a request."""
    assert name in found_names(gaz, text)
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("The old sailor appealed to Mombasa for the first time in his letters home.", "Mombasa"),
    ("He wrote to Cairo for a few weeks before the post stopped.", "Cairo"),
    ("The ministry wrote to Lusaka for security reasons only by courier.", "Lusaka"),
])
def test_a_time_or_a_reason_after_for_is_no_request(gaz, text, name):
    """"For the first time", "for a few weeks", "for security reasons" say when or why, not what is asked."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Hundreds of Syrians apply to Germany for asylum every month.", "Germany"),
    ("Students applying to Britain for visas face long delays.", "Britain"),
    ("The nurse applied to Ireland for permanent residency in 2021.", "Ireland"),
    ("The company applied to Zambia for a prospecting licence in March.", "Zambia"),
    ("The two brothers applied to Sweden for refugee status.", "Sweden"),
])
def test_an_application_in_any_tense_for_a_thing_granted_is_a_plea(gaz, text, name):
    """"Apply to X for asylum" pleads in every tense, with "a"/"an" and one word before the thing granted."""
    assert name in found_names(gaz, text)
    assert name not in locational_names(gaz, text)


def test_an_application_for_asylum_seekers_is_a_rules_scope(gaz):
    """"For asylum seekers" names whom a rule covers: the place stays a place."""
    text = "The new housing rules applied to Italy for asylum seekers landing on its southern coast."
    assert "Italy" in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("The new parking limits apply to Lusaka for the whole of the rainy season.", "Lusaka"),
    ("The tariff rules also apply to Chile for imports of copper wire.", "Chile"),
    ("The smoking ban applies to Quito to protect children in parks.", "Quito"),
])
def test_a_rule_that_applies_to_a_place_states_its_scope_not_a_plea(gaz, text, name):
    """"Apply to" gives a rule's reach: the place it covers is a place, whatever "for" or "to" follows."""
    assert name in locational_names(gaz, text)


# -- an unheld name listed after a division or an island ------------------------------------------------------

@pytest.mark.parametrize("text, name, cc", [
    ("Charter skippers from Palm Beach and Miami cross to Bimini or Cat Cay each weekend.", "Cat Cay", "BS"),
    ("Yachts from Key West sailed to Grand Bahama and Sweetings Cay on Friday.", "Sweetings Cay", "BS"),
])
def test_an_unheld_name_listed_after_an_island_stands_in_there_not_at_a_foreign_town(gaz, text, name, cc):
    """The list says the two lie together; the town of another country named before the list is the route's
    other end. The name stands in at the island listed with it."""
    place = _place(gaz, text, name)
    assert place is not None and place.country_code == cc, place


def test_a_town_of_the_islands_own_country_stays_the_stand_in(gaz):
    """Only a foreign town gives way: Nassau, in the Bahamas with Grand Bahama, is still the nearer point."""
    text = "Guides from Nassau ferry visitors to Grand Bahama and Sweetings Cay each week."
    place = _place(gaz, text, "Sweetings Cay")
    assert place is not None and place.name == "Nassau", place


@pytest.mark.xfail(strict=True, reason="an unheld island listed after a mainland division stands in at the "
                   "division: the list usually names a coast and one of its own islands, so the division wins here")
@pytest.mark.parametrize("text, name, cc", [
    ("Fishermen from Kismayo sail to Lamu County and Koyama Island in calm months.", "Koyama Island", "SO"),
    ("Smugglers from Zamboanga cross to Sabah and Sibutu Island at night.", "Sibutu Island", "PH"),
])
def test_an_island_listed_after_a_mainland_division_of_another_country(gaz, text, name, cc):
    """A list may cross a border (Lamu County, Sabah), but nothing in the sentence says so; without a curated
    island the division stands in, which is the right call far more often (see the next test)."""
    place = _place(gaz, text, name)
    assert place is not None and place.country_code == cc, place


@pytest.mark.parametrize("text, name, cc", [
    ("Trawlers from Plymouth cross to Brittany and Molene Rock Island on calm days.", "Molene Rock Island", "FR"),
    ("Dive boats from Perth fly out to Lombok and Kenawa Island in the dry months.", "Kenawa Island", "ID"),
    ("Launches from Dar es Salaam run to Zanzibar and Changuu Island twice a week.", "Changuu Island", "TZ"),
])
def test_an_island_listed_after_a_coastal_division_stands_in_at_the_division(gaz, text, name, cc):
    """The common list: a coastal division and one of its own islands. The division stands in, not the foreign
    town the boats left from. (Lombok and Zanzibar are guards: both pass on the parent too.)"""
    place = _place(gaz, text, name)
    assert place is not None and place.country_code == cc, place


# -- "Port X" and cays ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The mail boat called at Port Sussex on its way south.", "Port Sussex"),
    ("Supplies reached Port Edgar and Port Stephens by boat on Tuesday.", "Port Edgar"),
    ("Charter yachts anchor off Staniel Cay each spring.", "Staniel Cay"),
    ("The regatta starts at Big Major Cay and ends at George Town.", "Big Major Cay"),
])
def test_a_harbour_settlement_and_a_cay_are_read_whole(gaz, text, name):
    """"Port Howard" is no town named "Howard", and "Staniel Cay" is an island: the prefix and the head word
    are part of the name the gazetteer lacks."""
    assert name in locational_names(gaz, text)


def test_port_authority_is_no_place(gaz):
    """"Port" opens a place's name only after a place cue: a body's name at the head of a sentence is none."""
    assert found_names(gaz, "The Port Authority said ships were delayed at Port Harcourt.") == ["Port Harcourt"]


@pytest.mark.parametrize("text, town", [
    ("Clerks at Port Health checked the crates of fish in Lobito.", "Lobito"),
    ("Guards from Port Security stopped the lorry at the gate in Beira.", "Beira"),
])
def test_port_and_a_noun_of_a_bodys_work_is_no_place(gaz, text, town):
    """"Port Health", "Port Security": a port's services are named by what they do, a harbour town by a name;
    after a place cue ("at", "from") too, the run is a body's name."""
    assert found_names(gaz, text) == [town]


def test_port_vale_is_the_burslem_wharf_its_club_is_named_for(gaz):
    """"Port Vale" is no unheld harbour: the old wharf in Stoke-on-Trent whose name the club and its ground keep."""
    place = _place(gaz, "Crewe fans made the short trip to Port Vale for the cup tie.", "Port Vale")
    assert place is not None and place.country_code == "GB", place


# -- true facts for the lexicons --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, cc", [
    ("Sheep farmers on the Falklands said the winter was hard.", "Falklands", "FK"),
    ("Roads on West Falkland will be paved next year.", "West Falkland", "FK"),
    ("Walkers were rescued from the slopes of Snaefell after the fog came down.", "Snaefell", "IM"),
    ("Bookings for sailing trips around the Exumas have doubled, guides say.", "Exumas", "BS"),
    ("Guides on Great Exuma say bookings have doubled.", "Great Exuma", "BS"),
    ("Sand miners were fined for digging the bed of the Nethravathi near Bantwal.", "Nethravathi", "IN"),
])
def test_the_lexicons_hold_these_islands_mountains_and_rivers(gaz, text, name, cc):
    """Real names the bundled GeoNames tables lack, in the forms reporting writes them."""
    place = _place(gaz, text, name)
    assert place is not None and place.country_code == cc, place


# -- what this batch found and could not mend --------------------------------------------------------------------

def test_a_two_letter_town_after_crossing_to_is_read(gaz):
    """Mended in leftovers round 34: a two-letter name written with its accent is no English word
    (geo/accented_short_names.py)."""
    text = "Traders from Ouagadougou crossing to Pô say the road has raised the cost of onions."
    assert "Pô" in locational_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="Mount Pleasant, the Falklands' airfield, is not held; landmarks.yaml lists "
                   "bases by their bare name only where it mostly means the base, and 'Mount Pleasant' is many "
                   "US towns")
def test_the_falklands_airfield_is_read_in_a_falklands_story(gaz):
    text = "STANLEY — Weekly flights from Mount Pleasant to Punta Arenas resume next month."
    place = _place(gaz, text, "Mount Pleasant")
    assert place is not None and place.country_code == "FK", place
