"""Rules found by the conflict probe's twenty-ninth round (theatres it had few or none of: Western Sahara's berm,
Algeria's far south, Niger's Diffa, Hakkari, Apure, northern Togo and Benin, Sistan and Baluchestan, south Lebanon,
north Kosovo, Kasese, Choloma, Narathiwat, Mandera, Jiribam, Marawi, the Artibonite, Chiapas, Chad's Lac, the
Central African Republic's north-west, Ngo-Ketunjia, Warrap, Gaza's camps, Battambang).

A town filed under a division's name only as an alternate ("Chiapas" for Chiapa de Corzo) adds words to a near
spelling of it, and is not the division's own name. A person's home town told beside the event ("a native of X")
ranks after the sentence's other places, even a country holding it ("in central Mali"). An outlet told in a town
("told a radio station in Juba") and a church body named for its see ("the Diocese of X said") speak from it. An
unknown name "at X in Y district" or after "an attack on X, in the commune of Y" is a place. A division carved out
of an older one and the older one each hold the towns the gazetteer files under the other (Lim-Pendé's Bocaranga,
Ouham's Batangafo). "20 km from X" is an offset as "20 km north of X" is. A small town named like the first-level
division holding it is that division's seat, not a stray village far from the story's places. "armed" arms any noun
after it ("armed men attacked X"). People "forced across the river to X" went to X, but people "forced across X
territory from their homes" were driven out of X. "at X in Y" counts only with a second-level division (district,
commune) and a deed done there (a killing, gunfire), and "the state of Y" after a name is no such aside: people and
firms stand there. A journey's length (a verb of travel governing the number) or a distance of hundreds of
kilometres is no offset; a number of any odd shape is no distance and never an error. A crossed stream, or a name
with where the people went right after it, is crossed on the way.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, found_names, toponym

from eventwatch.geo.division_seats import names_its_division
from eventwatch.geo.event_location import home_town, speaks_from, taken_to
from eventwatch.geo.split_divisions import holds_filed


# -- a town filed under a division's name by an alternate that adds words is not the division ------------------

def test_a_state_name_is_the_state_not_a_town_filed_under_it(gaz):
    t = toponym(gaz, "Soldiers clashed with smugglers in Chiapas on Friday.", "Chiapas")
    assert t.place is not None and t.place.feature_code == "ADM1" and t.place.country_code == "MX"


@pytest.mark.parametrize("text, name, town", [
    ("A car bomb went off in Basra on Tuesday.", "Basra", "Basrah"),
    ("Drones hit the port of Odessa overnight.", "Odessa", "Odesa"),
])
def test_a_town_whose_division_keeps_its_older_spelling_is_still_the_town(gaz, text, name, town):
    t = toponym(gaz, text, name)
    assert t.place is not None and t.place.name == town and t.place.feature_code.startswith("PPL")


# -- a person's home town ranks after the event's place ---------------------------------------------------------

def test_a_victims_home_town_is_not_where_the_bomb_went_off(gaz):
    text = "A nurse, a native of Pattani, was shot dead in Bannang Sata district on Friday."
    assert home_town(toponym(gaz, text, "Pattani"))
    place = event_place(gaz, text)
    assert place is not None and "Bannang Sata" in place.name and place.precision == 3


def test_a_home_town_ranks_after_even_the_country_holding_it(gaz):
    # a birthplace is no evidence of where in the country the killing was: the coarser place is the true one
    place = event_place(gaz, "A native of Segou was shot dead in central Mali on Sunday.")
    assert place is not None and place.country_code == "ML" and place.name != "Ségou" and place.precision > 1


def test_a_home_town_outside_the_other_place_still_ranks_after_it(gaz):
    place = event_place(gaz, "A native of Segou was shot dead in northern Burkina Faso on Sunday.")
    assert place is not None and place.country_code == "BF"


def test_a_home_town_alone_is_still_the_place(gaz):
    place = event_place(gaz, "Gunmen shot dead a teacher who hailed from Pattani on Monday.")
    assert place is not None and place.name == "Pattani"


# -- speakers: an outlet told in a town, a church body named for its see ------------------------------------------

def test_a_town_where_an_outlet_was_told_is_the_speakers_seat(gaz):
    text = ("Raiders burned 40 homes in Rumbek East county, Lakes state, on Sunday, the commissioner told a radio "
            "station in Juba.")
    assert speaks_from(toponym(gaz, text, "Juba"))
    place = event_place(gaz, text)
    assert place is not None and place.name == "Lakes" and place.raw == "Rumbek East"


def test_a_diocese_speaks_from_its_see(gaz):
    text = "The Diocese of Tapachula said gunmen had driven 300 families out of Chicomuselo municipality."
    assert speaks_from(toponym(gaz, text, "Tapachula"))
    place = event_place(gaz, text)
    assert place is not None and place.name == "Chicomuselo"


def test_a_church_body_speaks_from_a_see_named_with_its_article(gaz):
    text = "The Diocese of the Gambia said gunmen had burned a chapel in Casamance on Sunday."
    assert speaks_from(toponym(gaz, text, "Gambia"))


def test_a_diocese_as_what_was_attacked_is_not_a_speaker(gaz):
    t = toponym(gaz, "Gunmen set fire to the offices of the Diocese of Tapachula on Monday.", "Tapachula")
    assert not speaks_from(t)


# -- unknown names set in a division ----------------------------------------------------------------------------

def test_an_unknown_name_at_a_place_in_a_district_is_the_village(gaz):
    place = event_place(gaz, "Gunmen opened fire at Ngaralbi in Churachandpur district on Friday.")
    assert place is not None and place.name == "Churachandpur" and place.raw == "Ngaralbi"


def test_a_firm_at_a_county_is_no_place(gaz):
    assert "Google" not in found_names(gaz, "Protesters gathered at Google in Santa Clara County on Monday.")


def test_the_target_of_an_attack_set_in_a_commune_is_a_place(gaz):
    place = event_place(gaz, "Gunmen killed nine people in an attack on Bakoumba, in the commune of Djibo, on Sunday.")
    assert place is not None and place.name == "Djibo" and place.raw == "Bakoumba"


def test_the_target_of_an_attack_set_in_a_district_without_a_comma_is_a_place(gaz):
    place = event_place(gaz, "Gunmen killed five people in an attack on Wakoubé in Bosso commune on Friday.")
    assert place is not None and place.country_code == "NE" and place.raw == "Wakoubé"


@pytest.mark.parametrize("text, name", [
    ("Rebels took Kabamba in North Kivu province hostage.", "Kabamba"),
    ("He worked at Deloitte in the state of Ohio before the attack.", "Deloitte"),
    ("He worked at Deloitte, in the state of Ohio, before the attack.", "Deloitte"),
])
def test_a_person_or_firm_before_in_a_division_is_no_village(gaz, text, name):
    assert name not in found_names(gaz, text)


@pytest.mark.xfail(reason="an older reading than this batch's (it gives the same on f6db383's parent) takes an unknown "
                          "capitalised word right before 'in <Division> <division word>' for a village of that "
                          "division, a person's name too; this batch's own 'at X in Y' aside no longer fires here",
                   strict=True)
@pytest.mark.parametrize("text, name", [
    ("A grenade was thrown at Haroun in Lac province on Sunday.", "Haroun"),
    ("The senator made an attack on Romney in Utah state on Monday.", "Romney"),
])
def test_a_person_before_in_a_first_level_division_is_no_village(gaz, text, name):
    assert name not in found_names(gaz, text)


def test_on_after_no_assault_is_no_cue(gaz):
    assert "Kowalczyk" not in found_names(gaz, "The professor gave a talk on Kowalczyk, in the commune of Djibo.")


def test_armed_makes_any_noun_an_armed_doer(gaz):
    # "burned" is no firm cue of its own: only the armed doer before it makes the unknown name its target
    t = toponym(gaz, "Armed herders burned Tokoubari, in Mayo-Tsanaga department, overnight.", "Tokoubari")
    assert t.place is None and t.fallback is not None and t.fallback.country_code == "CM"


def test_an_unarmed_noun_before_a_plain_verb_makes_no_target(gaz):
    assert "Tokoubari" not in found_names(gaz, "Angry herders burned Tokoubari, in Mayo-Tsanaga department, overnight.")


# -- a division carved out of an older one holds the towns filed under the older -----------------------------------

def test_a_new_prefecture_holds_a_town_filed_under_the_old_one(gaz):
    t = toponym(gaz, "Gunmen killed a trader in Bocaranga, Lim-Pende prefecture, on Monday.", "Bocaranga")
    assert t.place is not None and t.place.name == "Bocaranga" and t.place.country_code == "CF"


def test_the_older_prefecture_still_holds_a_town_filed_under_the_new_one(gaz):
    t = toponym(gaz, "Gunmen killed a trader in Batangafo, Ouham prefecture, on Monday.", "Batangafo")
    assert t.place is not None and t.place.name == "Batangafo" and t.place.country_code == "CF"


def test_a_split_prefecture_pair_holds_each_others_towns_and_no_others():
    assert holds_filed("CF.21", "CF.13")  # Lim-Pendé holds what the gazetteer files under Ouham-Pendé
    assert holds_filed("CF.13", "CF.21")  # and reports still naming Ouham-Pendé hold Lim-Pendé's towns
    assert holds_filed("CF.12", "CF.20")  # Ouham, Ouham-Fafa
    assert not holds_filed("CF.21", "CF.11")  # nor Ouaka's towns
    assert not holds_filed("CF.12", "CF.13")


# -- a distance from a town, without a compass word -----------------------------------------------------------------

@pytest.mark.parametrize("text, precision", [
    ("Bandits killed four herders about 15 km from Birao on Sunday.", 2),
    ("Bandits killed four herders some 70 km from Birao on Sunday.", 3),
])
def test_a_distance_from_a_town_is_an_offset(gaz, text, precision):
    t = toponym(gaz, text, "Birao")
    assert t.place is not None and t.place.precision == precision


@pytest.mark.parametrize("text, name", [
    ("The convoy drove 300 km from Bangui to Bambari.", "Bangui"),
    ("Hundreds walked 30 km from Kaga-Bandoro into the bush.", "Kaga-Bandoro"),
    ("The trucks travelled 250 km from Bangui on Monday before reaching Sibut.", "Bangui"),
    ("Survivors fled 25 km from Bangui towards the border.", "Bangui"),
    ("Families fled 20 km from Bangui on foot after the shelling.", "Bangui"),
])
def test_a_journeys_length_is_no_offset(gaz, text, name):
    t = toponym(gaz, text, name)
    assert t.place is not None and t.place.precision == 1 and t.place.raw == name


def test_a_distance_too_far_for_an_area_is_no_offset(gaz):
    t = toponym(gaz, "Pirates seized a tanker 900 km from Mogadishu on Friday.", "Mogadishu")
    assert t.place is not None and t.place.precision == 1 and t.place.raw == "Mogadishu"


def test_a_distance_with_a_thousands_separator_is_read_whole(gaz):
    t = toponym(gaz, "Pirates seized a tanker 1,100 km from Mogadishu on Friday.", "Mogadishu")
    assert t.place is not None and t.place.precision == 1 and t.place.raw == "Mogadishu"


def test_a_decimal_distance_is_read_whole(gaz):
    t = toponym(gaz, "A mine went off 2.5 km from Birao on Sunday.", "Birao")
    assert t.place is not None and t.place.precision == 2 and t.place.raw == "2.5 km from Birao"


# -- a small town named like its first-level division is its seat ----------------------------------------------------

def test_a_small_division_seat_far_from_the_capital_is_kept(gaz):
    t = toponym(gaz, "Border guards seized a fuel truck near In Guezzam on Saturday, officials in Oran said.",
                "In Guezzam")
    assert t.place is not None and t.place.country_code == "DZ"


def test_a_town_named_like_its_division_is_its_seat(gaz):
    readings = [(0.0, c) for c in gaz.lookup("In Guezzam", country="DZ")]
    town = next(c for _s, c in readings if c.feature_code.startswith("PPL"))
    assert names_its_division(town, readings)
    others = [(0.0, c) for c in gaz.lookup("Tamanrasset", country="DZ")]
    assert not names_its_division(town, others)


# -- people forced across a river went to the town beyond -------------------------------------------------------------

def test_where_people_were_forced_to_is_their_destination(gaz):
    text = "Clashes in Kafia Kingi forced some 2,000 people across the border to Birao on Monday."
    assert taken_to(toponym(gaz, text, "Birao"))
    place = event_place(gaz, text)
    assert place is not None and place.name == "Kafia Kingi"


@pytest.mark.parametrize("text, name", [
    ("Raids by armed groups forced 4,000 people across Irumu territory from their homes, the governor said in Bunia.",
     "Irumu"),
    ("Fighting forced thousands of people across Ituri province to flee this month.", "Ituri"),
])
def test_people_forced_out_across_a_region_were_displaced_within_it(gaz, text, name):
    assert not taken_to(toponym(gaz, text, name))


def test_the_region_people_were_forced_out_across_is_the_event(gaz):
    text = ("Raids by armed groups forced 4,000 people across Irumu territory from their homes, the governor said "
            "in Bunia.")
    place = event_place(gaz, text)
    assert place is not None and "Irumu" in place.name


def test_a_river_crossed_into_a_town_makes_the_town_a_destination(gaz):
    text = "Clashes in Kafia Kingi forced 2,000 people to cross the Aouk river into Birao on Monday."
    assert taken_to(toponym(gaz, text, "Birao"))


def test_the_river_people_were_forced_across_ranks_as_a_destination(gaz):
    text = "Fighting in Mobaye forced 4,000 people across the Ubangi river to Gbadolite on Monday."
    assert taken_to(toponym(gaz, text, "Ubangi"))
    assert not taken_to(toponym(gaz, text, "Mobaye"))


def test_where_the_clashes_were_not_the_town_crossed_into_is_the_event(gaz):
    place = event_place(gaz, "Fighting forced 2,500 people to cross the Mbomou river into Zemio after clashes in Obo.")
    assert place is not None and place.name == "Obo"


def test_forcing_a_government_names_no_destination(gaz):
    t = toponym(gaz, "The protests forced the government to hold talks in Birao.", "Birao")
    assert not taken_to(t)


# -- a hyphened unknown village set in a division --------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Gang members killed six people at Tiboulo-Sonde, in the commune of Saint-Marc, on Monday.", "Tiboulo-Sonde"),
    ("Gunmen killed four traders in an attack on Garin-Tchalla, in Diffa region, on Friday.", "Garin-Tchalla"),
])
def test_a_hyphened_unknown_village_before_a_division_aside_is_a_place(gaz, text, name):
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None


def test_a_hyphened_compound_before_no_division_is_no_village(gaz):
    assert "Anglo-Saxon" not in found_names(gaz, "Scholars met at Anglo-Saxon, near the library, on Monday.")


def test_a_hyphened_firm_before_a_state_of_aside_is_no_village(gaz):
    assert "Rolls-Royce" not in found_names(gaz, "He worked at Rolls-Royce in the state of Ohio before the attack.")


# -- second review of the mend: odd numbers, rivers named bare, journey guards, loose asides, home towns -------------

@pytest.mark.parametrize("text", [
    "A mortar round landed 1,300.5 km from Goma on Monday.",
    "A dhow was boarded 14,000.25 miles from Mogadishu on Friday.",
    "A mine went off 3.500,5 km from Goma on Monday.",
    "A mine went off 4.2.1 km from Goma on Monday.",
    "A mine went off 1,5,2 km from Goma on Monday.",
])
def test_a_malformed_or_mixed_number_before_km_from_never_raises(gaz, text):
    t = toponym(gaz, text, "Goma" if "Goma" in text else "Mogadishu")
    assert t.place is not None and t.place.precision == 1


@pytest.mark.parametrize("text", [
    "Fighting forced 3,000 people across the Ubangi into Zongo, officials in Bangui said.",
    "Fighting forced 3,000 people across the Oubangui into Zongo on Tuesday.",
])
def test_a_river_crossed_without_the_word_river_is_no_event_place(gaz, text):
    river = next(t for t in found_names(gaz, text) if t in {"Ubangi", "Oubangui"})
    assert taken_to(toponym(gaz, text, river))
    place = event_place(gaz, text)
    assert place is not None and place.country_code is not None and "Ubangi" not in place.name


def test_a_division_named_like_a_river_crossed_into_a_town_is_a_destination(gaz):
    text = "Fighting forced 3,000 people across the Mbomou into Zemio after clashes in Obo."
    assert taken_to(toponym(gaz, text, "Mbomou"))
    place = event_place(gaz, text)
    assert place is not None and place.name == "Obo"


@pytest.mark.parametrize("text, raw", [
    ("Gunmen carried out an attack 20 km from Beni on Tuesday, killing nine.", "20 km from Beni"),
    ("Villagers fled an assault 20 km from Beni on Tuesday.", "20 km from Beni"),
    ("Troops evacuated a clinic 15 km from Beni after a raid.", "15 km from Beni"),
    ("Gunmen killed eight people in a hamlet 20 km from Beni to the north-east.", "20 km from Beni"),
    ("The army has fought rebels 20 km from Beni for weeks.", "20 km from Beni"),
    ("Gunmen ambushed a lorry 20 km from Beni via a forest track.", "20 km from Beni"),
])
def test_a_distance_not_governed_by_a_verb_of_travel_is_still_an_offset(gaz, text, raw):
    t = toponym(gaz, text, "Beni")
    assert t.place is not None and t.place.precision == 2 and t.place.raw == raw


@pytest.mark.parametrize("text, name", [
    ("Police fired tear gas at Kyagulanyi in Wakiso district on Tuesday.", "Kyagulanyi"),
    ("Shoppers gathered at Naivas in Nakuru county on Tuesday.", "Naivas"),
    ("Youths threw stones at Equity in Kiambu county on Tuesday.", "Equity"),
    ("Militants launched an attack on Mbarushimana in Rutshuru territory on Tuesday.", "Mbarushimana"),
])
def test_a_person_or_firm_at_a_second_level_division_is_no_village(gaz, text, name):
    assert name not in found_names(gaz, text)


def test_an_unknown_village_where_people_were_killed_in_a_district_is_still_a_place(gaz):
    place = event_place(gaz, "Gunmen shot dead four farmers at Kasoboko in Lubero territory on Tuesday.")
    assert place is not None and place.raw == "Kasoboko"


@pytest.mark.parametrize("text, country", [
    ("A native of Kidal was shot dead in southern Mali on Tuesday.", "ML"),
    ("A native of Sikasso was killed in northern Mali on Tuesday.", "ML"),
    ("A man born in Maiduguri was killed in south-western Nigeria on Tuesday.", "NG"),
])
def test_a_home_town_never_outranks_a_direction_qualified_country(gaz, text, country):
    place = event_place(gaz, text)
    assert place is not None and place.country_code == country and place.precision > 1
