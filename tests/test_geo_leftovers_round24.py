"""Round twenty-four of known leftovers: classes of English errors left by earlier rounds.

1. A one-word dateline in capitals before a dash that is a common noun and a town's name ("JUSTICE —", "COCOA —")
   is a section's label when the story never names the town's country nor a place near it, while it names
   places elsewhere. Decided by the story: a dateline whose story names its state or country, a place near it
   across a border, or no other place at all, stays ("COCOA — ... Florida officials", "MAKHMOUR — ... Iraq");
   so does a capital, a seat or a city of 100,000 ("LONDON —"), and a name that is no common noun ("DAVOS —").
2. Two countries' first-level divisions of one name are told apart by the word written beside it: "the Adamawa
   region" is Cameroon's (its regions), "Adamawa State" Nigeria's; "Punjab province" Pakistan's, "Punjab state"
   India's.
3. "Attacked" after a word for a person ("a retired army general attacked X", "the opposition leader attacked
   Y") is a quarrel in words: the unknown word after it is no place for that cue alone.
4. A division the gazetteer holds only under a title keeping its division word ("Bui Division") is read where
   the text writes the word in lower case ("Bui division"), not as a near spelling abroad (Bowie, US).
5. "X, a village in Punjab, Pakistan": the country after the division says whose division it is, so a town
   read as a namesake elsewhere (Lincoln, Nebraska) stands in at that division.
6. A country's name before a disaster ("Turkey earthquake survivors", "Chile wildfire victims") is the country,
   though the story writes the bird or the pepper in lower case elsewhere.
7. The far end of a route ("ferries from X to Y") and a travel sentence's weak cue ("ferries from X were
   cancelled") place a town of size as a sentence of fighting does.

The review of this round adds: the division word is a tie-breaker the story outweighs (a country stated with the
name, a town of the other country in the story); only listed section words (commodities, sports, desks) can be
labels, and a dateline named again or pointed back to in the body stays; an armed subject or armed means keep the
attacked place; travel words count whole, in the name's own clause. Its second review adds: a back-pointer
counts only where it points at the dateline (not "the city of X", "the local side", nor the word inside "The
Justice Department"); a town with namesakes in both countries decides neither and a demonym counts for its own
country, the word breaking a tie; a country that speaks after a comma ("..., Chad's ministry said") states no
container, while one stated with the name ("the Adamawa region of Cameroon") chooses its division; an armed
speaker, or anyone attacking "X over his remarks", quarrels.

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import pytest

from conftest import found_names, locational_names, toponym, toponyms_by_name
from eventwatch.geo import geoparse


def _reading(gaz, text: str, name: str):
    t = toponym(gaz, text, name)
    return t.place or t.fallback


# -- 1. a section label that is a town's name, judged by the story ------------------------------------------------
@pytest.mark.parametrize("text, label", [
    ("JUSTICE — The appeals court in Brisbane threw out the conviction on Friday, Queensland lawyers said.",
     "JUSTICE"),
    ("COCOA — Farmers in Ghana and Ivory Coast held back beans this week as prices climbed in London.", "COCOA"),
    ("JUSTICE — A judge in Nairobi freed three activists on bail, Kenyan lawyers said.", "JUSTICE"),
])
def test_a_dateline_town_the_story_never_supports_is_a_section_label(gaz, text, label):
    names = found_names(gaz, text)
    assert label not in names and len(names) >= 1, names


@pytest.mark.parametrize("text, dateline, cc", [
    ("RUGBY, England — A man was stabbed outside a pub on Monday.", "RUGBY", "GB"),
    ("COCOA — A storm damaged homes on Monday, Florida officials said.", "COCOA", "US"),
    ("RUGBY — A man was stabbed outside a pub on Monday.", "RUGBY", "GB"),  # no other place: nothing says otherwise
    ("MAKHMOUR — Militants fired on an army post near the town overnight, officials in Iraq said.", "MAKHMOUR", "IQ"),
    # a border town's story names the neighbour the gunmen came from
    ("MANDERA — Gunmen who crossed from Somalia killed three teachers overnight.", "MANDERA", "KE"),
    # a wire's bureau city files stories about anywhere; a town whose name is no common noun is no label
    ("LONDON — Oil prices rose in New York and Singapore on Tuesday.", "LONDON", "GB"),
    ("DAVOS — World leaders discussed the wars in Ukraine and Gaza on Tuesday.", "DAVOS", "CH"),
])
def test_a_dateline_the_story_supports_stays_the_town(gaz, text, dateline, cc):
    t = toponyms_by_name(gaz, text)[dateline]
    assert t.place is not None and t.place.country_code == cc, t.place


# (a sports label over a match report in the town's own country: round 25)


# -- 2. the word beside a first-level name chooses the country -------------------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    ("Cholera cases rose in the Adamawa region and in Borno State, health officials said.", "Adamawa", "CM"),
    ("Floods hit the Adamawa region of the north, where the River Benue crosses into Nigeria.", "Adamawa", "CM"),
    ("Gunmen killed five farmers in Adamawa State on Monday.", "Adamawa State", "NG"),
    ("Floods hit villages in the Punjab province on Monday.", "Punjab", "PK"),
    ("Floods hit villages in Punjab state on Monday.", "Punjab", "IN"),
])
def test_the_division_word_beside_a_shared_first_level_name_chooses_its_country(gaz, text, name, cc):
    p = toponym(gaz, text, name).place
    assert p is not None and (p.country_code, p.feature_code) == (cc, "ADM1"), p


def test_a_bare_shared_first_level_name_is_left_to_the_story(gaz):
    assert toponym(gaz, "Gunmen killed five farmers in Adamawa on Monday.", "Adamawa").place.country_code == "NG"


# -- 3. a person who attacked someone ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("A retired army general attacked Adeyemi over the budget on Monday.", "Adeyemi"),
    ("The opposition leader attacked Okonkwo in a speech in Abuja.", "Okonkwo"),
    ("The minister also attacked Baraza on the radio.", "Baraza"),
    # words between the subject and the verb, in a story with a place that would otherwise support the name
    ("Gunmen killed two traders in Maroua. The minister also attacked Mbarga on the radio.", "Mbarga"),
    ("The governor has attacked Mbarga over the delays in Maroua.", "Mbarga"),
])
def test_a_person_attacking_an_unknown_name_quarrels_with_a_person(gaz, text, name):
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Gunmen attacked Mozogo on Monday.", "Mozogo"),
    ("Gunmen attacked Mozogo on Monday, and the governor attacked Biya for the delay.", "Mozogo"),
])
def test_armed_men_attacking_an_unknown_name_still_attack_a_place(gaz, text, name):
    assert name in locational_names(gaz, text)


def test_a_person_attacking_does_not_unmake_the_other_name_of_the_sentence(gaz):
    assert "Biya" not in locational_names(
        gaz, "Gunmen attacked Mozogo on Monday, and the governor attacked Biya for the delay.")


# -- 4. a division held only under its titled name -----------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Separatists burned a school in Bui division on Monday.", "Bui"),
    ("Soldiers raided homes in Bui division and burned a market.", "Bui"),
])
def test_a_division_held_under_its_titled_name_is_read_before_the_lower_case_word(gaz, text, name):
    p = toponym(gaz, text, name).place
    assert p is not None and (p.country_code, p.feature_code) == ("CM", "ADM2"), p


def test_a_town_in_a_titled_division_keeps_its_reading_there(gaz):
    p = _reading(gaz, "Troops raided Kumbo in Bui division.", "Kumbo")
    assert p is not None and p.country_code == "CM", p


@pytest.mark.parametrize("text", [
    "The firm sold its Bui division last year.",
    "Bui said the talks had failed.",
])
def test_no_firms_division_or_surname_becomes_the_cameroonian_division(gaz, text):
    for t in geoparse(gaz, text):
        assert t.place is None or t.place.country_code != "CM", t


# -- 5. a settlement's aside naming the division and its country ---------------------------------------------------
@pytest.mark.parametrize("text, town, cc", [
    ("Floods cut off Lincoln, a village in Punjab, Pakistan, after days of rain.", "Lincoln", "PK"),
    ("Gunmen attacked Columbia, a small town in Punjab, India, on Monday.", "Columbia", "IN"),
])
def test_a_town_in_a_shared_division_written_with_its_country_stands_in_there(gaz, text, town, cc):
    p = _reading(gaz, text, town)
    assert p is not None and p.country_code == cc, p


@pytest.mark.parametrize("text, town, cc", [
    ("Lahore, a city in Punjab, Pakistan, was flooded.", "Lahore", "PK"),
])
def test_a_town_held_there_keeps_its_reading(gaz, text, town, cc):
    p = toponym(gaz, text, town).place
    assert p is not None and p.country_code == cc, p


# (the origin placed in a division and its country, and the village named like a state abroad: round 25)


# -- 6. a country before a disaster --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    ("Turkey earthquake survivors still live in tents. One family roasted a turkey for the holiday.", "Turkey",
     "TR"),
    ("Chile wildfire victims got new homes, and a farmer grew a chile so hot it won a prize.", "Chile", "CL"),
    ("Syria earthquake survivors still live in tents.", "Syria", "SY"),
])
def test_a_country_before_a_disaster_is_the_country_it_struck(gaz, text, name, cc):
    t = toponym(gaz, text, name)
    assert t.locational and t.place is not None and t.place.country_code == cc, t


@pytest.mark.parametrize("text, name", [
    ("Chile growers expect a big harvest of green chile this year.", "Chile"),
    ("Turkey sandwiches sold out after the fair served roast turkey.", "Turkey"),
])
def test_a_food_before_its_noun_stays_the_food(gaz, text, name):
    assert name not in locational_names(gaz, text)


def test_a_country_modifying_its_offices_stays_no_place(gaz):
    assert toponym(gaz, "Zimbabwe tourism authorities said the parks would reopen.", "Zimbabwe").locational is False


# -- 7. a route and a travel sentence ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ferries from Dover to Calais were cancelled because of the storm.",
    "Flights from Dover were diverted because of fog.",
])
def test_a_town_of_size_after_a_weak_cue_in_a_travel_sentence_is_believed(gaz, text):
    p = toponym(gaz, text, "Dover").place
    assert p is not None and p.country_code == "GB", p


# (the far end of a route read beside its near end: round 25)


def test_a_letter_from_a_town_is_no_travel(gaz):
    assert "Dover" not in found_names(gaz, "A letter from Dover arrived on Monday.")


# (a town's own police naming the town: round 25)


# -- review of round 24: the rules above outweighed by what the story says -------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    # a country stated with the name, after it or as a possessive before it
    ("Bandits raided farms in the Adamawa region of Nigeria near Mubi.", "Adamawa", "NG"),
    ("Kidnappers seized a pastor in the Adamawa region of Nigeria's east.", "Adamawa", "NG"),
    ("Gunmen looted shops in Nigeria's Adamawa region on Sunday.", "Adamawa", "NG"),
    # a town of the other country named in the story
    ("Herders clashed with farmers in the Adamawa region, police in Yola said.", "Adamawa", "NG"),
    ("Miners cleared forest in the Amazonas region, and officials in Manaus said.", "Amazonas", "BR"),
    ("Militants shelled two hamlets in the Punjab province after officials in Amritsar warned of raids.",
     "Punjab", "IN"),
])
def test_the_division_word_never_overrides_the_country_the_story_states(gaz, text, name, cc):
    p = toponym(gaz, text, name).place
    assert p is not None and (p.country_code, p.feature_code) == (cc, "ADM1"), p


def test_a_country_named_only_across_a_border_leaves_the_word_its_choice(gaz):
    # a river or a neighbour crossed into is no town of that country: the word still chooses
    p = toponym(gaz, "Rains swelled the rivers of the Adamawa region before they cross into Nigeria.",
                "Adamawa").place
    assert p is not None and p.country_code == "CM", p


@pytest.mark.parametrize("text, dateline, cc", [
    # a local paper's dateline named like an English word that is no section's word
    ("FLINT — Families who fled the war in Sudan and Eritrea have found homes in the city, volunteers said.",
     "FLINT", "US"),
    ("BURY — A Bury woman was fined in Portugal for shoplifting.", "BURY", "GB"),
    ("BURY — A charity shipped blankets to Moldova and Romania on Tuesday.", "BURY", "GB"),
    # a section word's town named again in the body, or pointed back to
    ("COMMERCE — A Commerce firm opened offices in Tokyo and Seoul on Tuesday.", "COMMERCE", "US"),
    ("JUSTICE — Pupils from a local school raised money for flood victims in Pakistan.", "JUSTICE", "US"),
])
def test_a_dateline_that_is_no_section_word_or_is_named_again_stays_the_town(gaz, text, dateline, cc):
    t = toponyms_by_name(gaz, text)[dateline]
    assert t.place is not None and t.place.country_code == cc, t.place


@pytest.mark.parametrize("text, label", [
    ("COMMERCE — Shares fell in Tokyo and Seoul on Tuesday.", "COMMERCE"),
    ("TEA — Auctions in Kenya and Sri Lanka drew higher bids this week.", "TEA"),
])
def test_other_section_words_that_are_towns_are_labels_in_a_story_elsewhere(gaz, text, label):
    names = found_names(gaz, text)
    assert label not in names and len(names) >= 1, names


def test_a_section_word_town_supported_by_a_neighbour_across_the_border_stays(gaz):
    # the only support lies in Canada, within reach of the Illinois town
    t = toponyms_by_name(gaz, "JUSTICE — Two men who crossed from Windsor, Ontario, were arrested overnight.")
    assert t["JUSTICE"].place is not None and t["JUSTICE"].place.country_code == "US", t["JUSTICE"].place


def test_a_section_word_town_of_wire_city_size_stays(gaz):
    # Enterprise, Nevada: over 100,000 people, a city that files stories about anywhere
    t = toponyms_by_name(gaz, "ENTERPRISE — Shares rose in Tokyo and Seoul on Tuesday.")
    assert t["ENTERPRISE"].place is not None and t["ENTERPRISE"].place.country_code == "US", t["ENTERPRISE"].place


def test_a_seat_is_never_a_section_label(gaz, monkeypatch):
    from eventwatch.geo import section_labels

    # were a capital's name a section word, the capital would still be its dateline
    monkeypatch.setattr(section_labels, "_town_labels", lambda: frozenset({"roseau"}))
    t = toponyms_by_name(gaz, "ROSEAU — Oil prices rose in London and Tokyo on Tuesday.")
    assert t["ROSEAU"].place is not None and t["ROSEAU"].place.country_code == "DM", t["ROSEAU"].place


@pytest.mark.parametrize("text, name", [
    ("The militia leader attacked Kolofata with his men overnight, and officials in Maroua said.", "Kolofata"),
    ("Jihadist leaders attacked Mozogo overnight, residents said.", "Mozogo"),
    ("The army general attacked Mozogo with tanks and artillery.", "Mozogo"),
    ("The rebel commander attacked Mozogo at dawn.", "Mozogo"),
    ("The opposition leader attacked Mozogo with his fighters on Monday.", "Mozogo"),
])
def test_an_armed_subject_or_armed_means_keep_the_attacked_place(gaz, text, name):
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("A former army general attacked Adeyemi over the budget.", "Adeyemi"),
    ("The party leader attacked Okonkwo in a speech.", "Okonkwo"),
])
def test_a_retired_officer_or_a_party_leader_still_quarrels(gaz, text, name):
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text", [
    "The plan was redrawn from Obama to Biden, said a sailor from Tonbridge.",
    "A Ferrari driver waved to fans from Obama on Sunday.",
])
def test_a_travel_word_inside_another_word_or_clause_places_no_surname(gaz, text):
    assert "Obama" not in locational_names(gaz, text)


@pytest.mark.parametrize("text", [
    "Ships sailed from Dover at dawn.",
    "All sailings from Dover were cancelled on Monday.",
])
def test_a_whole_travel_word_in_the_names_clause_places_the_town(gaz, text):
    p = toponym(gaz, text, "Dover").place
    assert p is not None and p.country_code == "GB", p


def test_a_firms_division_takes_no_titled_division_reading(gaz):
    # the unit's owner is read before any titled division reading is added to the name
    for t in geoparse(gaz, "The bank closed its Bui division and its Mezam division last year."):
        assert t.place is None or t.place.country_code != "CM", t


# -- the second review of this round's mend ---------------------------------------------------------------------
@pytest.mark.parametrize("text, label", [
    # the word again, but inside an organisation's name: no reuse of the town's name
    ("JUSTICE — The Justice Department in Canberra said two inmates fled a prison near Perth.", "JUSTICE"),
    ("COCOA — The Cocoa Board in Accra raised the price it pays farmers in the Ashanti Region.", "COCOA"),
    # "the city of X" points at X, not at the dateline
    ("COCOA — Exporters in the city of Accra said dry winds hurt farms across Ivory Coast.", "COCOA"),
    # a sports desk's "local side" is the home team of the match, not the dateline's town
    ("RUGBY — The local side beat Samoa in Apia on Sunday.", "RUGBY"),
])
def test_a_back_pointer_that_points_elsewhere_supports_no_section_word_town(gaz, text, label):
    names = found_names(gaz, text)
    assert label not in names and len(names) >= 1, names


@pytest.mark.parametrize("text, dateline, cc", [
    ("FLINT — A Flint pastor flew to Haiti and Cuba with medicine this week.", "FLINT", "US"),
    ("COMMERCE — Two refugees from Syria and Iraq settled in the town, volunteers said.", "COMMERCE", "US"),
])
def test_a_back_pointer_to_the_dateline_itself_still_supports_it(gaz, text, dateline, cc):
    t = toponyms_by_name(gaz, text)[dateline]
    assert t.place is not None and t.place.country_code == cc, t.place


@pytest.mark.parametrize("text, name, cc", [
    # a town whose namesakes lie in both countries says nothing for either: the word chooses
    ("Rains flooded villages in the Punjab province, officials in Hyderabad said.", "Punjab", "PK"),
    # a demonym of the word's own country counts for it, so the word breaks the tie with a town across the border
    ("Cameroonian gendarmes patrolled the Adamawa region after bandits crossed from Mubi.", "Adamawa", "CM"),
])
def test_the_division_word_breaks_a_tie_the_story_leaves(gaz, text, name, cc):
    p = toponym(gaz, text, name).place
    assert p is not None and (p.country_code, p.feature_code) == (cc, "ADM1"), p


@pytest.mark.parametrize("text", [
    "Refugees crossed out of the Adamawa region, Chad's interior ministry said.",
    "Aid trucks reached the Adamawa region, Niger's foreign minister said on Monday.",
])
def test_a_country_speaking_after_a_comma_states_no_container(gaz, text):
    p = toponym(gaz, text, "Adamawa").place
    assert p is not None and (p.country_code, p.feature_code) == ("CM", "ADM1"), p


@pytest.mark.parametrize("text, name", [
    ("An army spokesman attacked Okonkwo over his remarks on the budget.", "Okonkwo"),
    ("The army chief attacked Adeyemi for his comments.", "Adeyemi"),
    ("A military analyst attacked Okonkwo on radio for her remarks.", "Okonkwo"),
    ("The rebel commander attacked Adeyemi over his comments in parliament.", "Adeyemi"),
])
def test_an_armed_speaker_attacking_a_persons_words_quarrels(gaz, text, name):
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text", [
    "Herders fled the Adamawa region of Cameroon after a week of raids.",
    "Floods cut roads across the Adamawa region, Cameroon, on Monday.",
])
def test_a_country_stated_with_a_shared_first_level_name_chooses_its_division(gaz, text):
    p = toponym(gaz, text, "Adamawa").place
    assert p is not None and (p.country_code, p.feature_code) == ("CM", "ADM1"), p


@pytest.mark.parametrize("text", [
    "RUGBY — A local woman who had come back from Milan was charged with theft.",
    "RUGBY — A local church sent blankets to Warsaw and Gdansk on Friday.",
    "RUGBY — Rugby shopkeepers collected food for Warsaw on Friday.",
])
def test_a_dateline_pointed_back_to_before_any_other_town_stays(gaz, text):
    """"A local woman ... from Milan" points at the dateline: only a town named before the back-pointer in its
    sentence ("Traders in X said the city") can be what it points at; and the word again before a lower-case
    noun ("Rugby shopkeepers") is the town, not an organisation's name."""
    assert "RUGBY" in locational_names(gaz, text)


@pytest.mark.parametrize("text", [
    "COCOA — Dealers in the city of Accra said prices rose in Lagos.",
    "JUSTICE — The Justice Ministry in Kabul said on Friday that detainees were freed.",
])
def test_a_label_whose_word_names_an_organisation_or_another_city_still_drops(gaz, text):
    assert text.split()[0] not in found_names(gaz, text)
