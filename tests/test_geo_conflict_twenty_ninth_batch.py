"""Rules found by the conflict probe's twenty-ninth round (theatres it had few or none of: Western Sahara's berm,
Algeria's far south, Niger's Diffa, Hakkari, Apure, northern Togo and Benin, Sistan and Baluchestan, south Lebanon,
north Kosovo, Kasese, Choloma, Narathiwat, Mandera, Jiribam, Marawi, the Artibonite, Chiapas, Chad's Lac, the
Central African Republic's north-west, Ngo-Ketunjia, Warrap, Gaza's camps, Battambang).

A town filed under a division's name only as an alternate ("Chiapas" for Chiapa de Corzo) adds words to a near
spelling of it, and is not the division's own name. A person's home town told beside the event ("a native of X")
ranks after the sentence's other places. An outlet told in a town ("told a radio station in Juba") and a church
body named for its see ("the Diocese of X said") speak from it. An unknown name "at X in Y district" or after "an
attack on X, in the commune of Y" is a place. A division carved out of an older one holds the towns the gazetteer
still files under the older one (Lim-Pendé's Bocaranga). "20 km from X" is an offset as "20 km north of X" is. A
small town named like the first-level division holding it is that division's seat, not a stray village far from
the story's places. "armed" arms any noun after it ("armed men attacked X"). People "forced across the river to X"
went to X.

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


def test_on_after_no_assault_is_no_cue(gaz):
    assert "Kowalczyk" not in found_names(gaz, "The professor gave a talk on Kowalczyk, in the commune of Djibo.")


def test_armed_makes_any_noun_an_armed_doer(gaz):
    t = toponym(gaz, "Armed men attacked Ngoulkouri, in Mayo-Tsanaga department, overnight.", "Ngoulkouri")
    assert t.place is None and t.fallback is not None and t.fallback.country_code == "CM"


# -- a division carved out of an older one holds the towns filed under the older -----------------------------------

def test_a_new_prefecture_holds_a_town_filed_under_the_old_one(gaz):
    t = toponym(gaz, "Gunmen killed a trader in Bocaranga, Lim-Pende prefecture, on Monday.", "Bocaranga")
    assert t.place is not None and t.place.name == "Bocaranga" and t.place.country_code == "CF"


def test_only_the_carved_division_holds_the_older_ones_towns():
    assert holds_filed("CF.21", "CF.13")  # Lim-Pendé holds what the gazetteer files under Ouham-Pendé
    assert not holds_filed("CF.13", "CF.21")
    assert not holds_filed("CF.21", "CF.11")  # nor Ouaka's towns


# -- a distance from a town, without a compass word -----------------------------------------------------------------

@pytest.mark.parametrize("text, precision", [
    ("Bandits killed four herders about 15 km from Birao on Sunday.", 2),
    ("Bandits killed four herders some 70 km from Birao on Sunday.", 3),
])
def test_a_distance_from_a_town_is_an_offset(gaz, text, precision):
    t = toponym(gaz, text, "Birao")
    assert t.place is not None and t.place.precision == precision


def test_a_journeys_length_is_no_offset(gaz):
    t = toponym(gaz, "The convoy drove 300 km from Bangui to Bambari.", "Bangui")
    assert t.place is not None and t.place.precision == 1


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
