"""Names a caller asks to be placed (gold toponym spans) and names whose readings the story's local pull must
not decide: a people's homeland, a place opening an international body's name, a name written "in" a town of
another country, a cape named like a foreign town, a town abroad in a story set wholly in one other country, a
country called by its formal title, and "the Gulf" written bare. Sentences are invented."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse, resolve_names
from eventwatch.geo.homelands import load_homelands

from conftest import toponym


def _asked(gaz, text: str, *names: str):
    """`resolve_names` over the first mention of each name, by name."""
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {t.text: t for t in resolve_names(gaz, text, spans)}


def _where(t):
    return t.place or t.fallback


# -- a people's name asked as a place is its homeland ----------------------------------------------------------

def test_a_tamil_party_asked_as_a_place_is_tamil_nadu_not_a_look_alike_town(gaz):
    got = _asked(gaz, "Leaders of the Tamil parties met in Colombo on Monday to share the seats.", "Tamil", "Colombo")
    assert (got["Tamil"].place.name, got["Tamil"].place.country_code) == ("Tamil Nadu", "IN")


def test_arab_asked_as_a_place_is_the_arabian_peninsula_not_a_small_american_town(gaz):
    got = _asked(gaz, "Arab ministers gathered in Cairo to discuss the water dispute.", "Arab", "Cairo")
    assert got["Arab"].place.name == "Arabian Peninsula"


def test_a_people_word_is_still_no_place_when_the_geoparser_reads_the_text_itself(gaz):
    found = [t for t in geoparse(gaz, "Arab ministers gathered in Cairo to discuss the water dispute.")
             if t.text == "Arab"]
    assert all(not t.locational for t in found)


# -- a place opening an international body's name is the place the world knows -------------------------------

def test_the_lisbon_treaty_in_a_maine_story_is_lisbon_portugal(gaz):
    text = ("LEWISTON, Maine — A teacher from Lewiston said the Lisbon Treaty had changed how Europe votes, and "
            "parents in Auburn agreed.")
    lisbon = _asked(gaz, text, "LEWISTON", "Lewiston", "Auburn", "Lisbon")["Lisbon"].place
    assert lisbon.country_code == "PT"


def test_the_vienna_convention_in_a_virginia_story_is_vienna_austria(gaz):
    text = ("FALLS CHURCH, Va. — A lawyer from Falls Church said the Vienna Convention had been broken, and judges "
            "in Herndon agreed.")
    assert _asked(gaz, text, "FALLS CHURCH", "Falls Church", "Herndon", "Vienna")["Vienna"].place.country_code == "AT"


def test_a_world_festival_named_in_a_connecticut_story_is_the_festival_city(gaz):
    text = ("HARTFORD, Conn. — The Hartford studio's film won a prize at the Berlin International Film Festival, "
            "and fans in New Britain cheered.")
    assert toponym(gaz, text, "Berlin").place.country_code == "DE"


def test_a_body_of_a_town_the_story_names_as_a_place_stays_that_town(gaz):
    text = ("The Lisbon Commission approved the school budget on Tuesday. Residents of Lisbon, Maine, had asked "
            "for a new gym near Lewiston.")
    got = _asked(gaz, text, "Lisbon", "Lewiston")
    assert got["Lisbon"].place.country_code == "US"


@pytest.mark.parametrize("text,name", [
    ("Trustees in Clermont County said the Lebanon Commission will vote on the rezoning after a hearing in "
     "Mason.", "Lebanon"),
    ("Trustees in Columbiana County said the Salem Commission will vote on the rezoning after a hearing in "
     "East Liverpool.", "Salem"),
])
def test_a_town_commission_in_a_story_placed_in_its_state_stays_the_town(gaz, text, name):
    # never a country ("Lebanon"), and a commission is a town's when the story is firmly set in its state
    place = toponym(gaz, text, name).place
    assert (place.country_code, place.admin1) == ("US", "Ohio")


# -- a name written "in" a town lies in that town's country ------------------------------------------------------

def test_a_hospital_s_acronym_in_an_indian_city_stands_in_at_the_city_not_at_a_russian_town(gaz):
    got = _asked(gaz, "Nurses at the KEM in Pune said the climber was stable.", "KEM", "Pune")
    assert got["KEM"].place is None
    assert (_where(got["KEM"]).name, _where(got["KEM"]).country_code) == ("Pune", "IN")


def test_a_cape_in_an_australian_town_is_not_the_italian_town_of_its_bare_name(gaz):
    text = "Divers searched the reef off Cape Savona in Geraldton after the boat capsized."
    got = _asked(gaz, text, "Cape Savona", "Geraldton")
    assert _where(got["Cape Savona"]).country_code == "AU"


def test_a_cape_named_like_a_foreign_town_is_no_reading_of_that_town(gaz):
    text = "Surfers gathered at Cape Savona, south of Geraldton, on Sunday."
    got = _asked(gaz, text, "Cape Savona", "Geraldton")
    assert got["Cape Savona"].place is None and _where(got["Cape Savona"]).country_code == "AU"


@pytest.mark.parametrize("text,name,country", [
    ("Envoys reopened talks on Libya in Geneva on Tuesday.", "Libya", "LY"),
    ("Negotiators met Iran in Vienna to revive the deal.", "Iran", "IR"),
    ("The consul of Peru in Madrid met reporters after the vote.", "Peru", "PE"),
])
def test_a_country_written_in_a_foreign_town_keeps_its_reading(gaz, text, name, country):
    # talks on a country, its envoy or its team are "in" a town abroad: a country is never that town's namesake
    assert toponym(gaz, text, name).place.country_code == country


# -- a mid-sized town abroad in a story set wholly in one other country ----------------------------------------

def test_a_township_named_like_an_english_town_in_a_johannesburg_story_stands_in_there(gaz):
    text = ("Police in Soweto, Tembisa and Alexandra said the suspect had fled to Lichfield before he was caught "
            "near Johannesburg.")
    town = _where(_asked(gaz, text, "Soweto", "Tembisa", "Alexandra", "Lichfield", "Johannesburg")["Lichfield"])
    assert town.country_code == "ZA"


def test_a_world_city_abroad_keeps_its_reading_in_a_story_set_elsewhere(gaz):
    text = "Police in Soweto, Tembisa and Alexandra said the suspect had flown to Lisbon before he was caught."
    lisbon = _asked(gaz, text, "Soweto", "Tembisa", "Alexandra", "Lisbon")["Lisbon"].place
    assert lisbon.country_code == "PT"


@pytest.mark.parametrize("text,name,country", [
    ("The midwife, who trained in Tralee, now works in Perth. She has also worked in Bunbury, Albany and "
     "Mandurah.", "Tralee", "IE"),
    ("The striker was born in Kristianstad and moved to Winnipeg. He later played in Regina, Brandon and "
     "Saskatoon.", "Kristianstad", "SE"),
])
def test_a_town_abroad_in_a_life_story_keeps_its_reading(gaz, text, name, country):
    # where someone was born or trained is as often abroad as not: the story's other places do not move it
    assert toponym(gaz, text, name).place.country_code == country


# -- a country called by its formal title alone -----------------------------------------------------------------

def test_the_islamic_republic_asked_in_a_story_about_iran_is_iran(gaz):
    text = ("Dozens of engineers left Iran in the 1980s for jobs in Texas. Few went back once the Islamic Republic "
            "tightened its rules on travel.")
    got = _asked(gaz, text, "Iran", "Texas", "Islamic Republic")
    assert got["Islamic Republic"].place.country_code == "IR"


# -- "the Gulf" written bare -------------------------------------------------------------------------------------

def test_the_gulf_in_a_story_of_the_middle_east_is_the_persian_gulf(gaz):
    text = "Bahrain and Kuwait said shipping in the Gulf was safe again after the talks in Riyadh."
    assert toponym(gaz, text, "Gulf").place.name == "Persian Gulf"


def test_the_gulf_in_a_story_of_the_american_south_is_the_gulf_of_mexico(gaz):
    text = "Fishermen from Biloxi and Mobile said oil from the spill had reached the Gulf beaches near Destin."
    assert toponym(gaz, text, "Gulf").place.name == "Gulf of Mexico"


def test_gulf_in_a_papua_new_guinea_story_stays_the_province(gaz):
    text = "Health workers from Port Moresby flew to Kerema in Gulf to treat children sick with measles."
    assert toponym(gaz, text, "Gulf").place.country_code == "PG"


@pytest.mark.parametrize("text", [
    "Storm surge flooded Gulf and Franklin counties, and roads near Wewahitchka closed.",
    "Crews cleared trees in Gulf, Bay and Walton counties after the hurricane.",
])
def test_gulf_in_a_list_ending_in_counties_is_the_county(gaz, text):
    place = toponym(gaz, text, "Gulf").place
    assert place is not None and (place.country_code, place.feature_code) == ("US", "ADM2")


def test_gulf_opening_a_war_s_name_is_not_read_as_a_sea(gaz):
    text = "The veteran of the first Gulf War rode his bicycle from Topeka to Emporia and on to Hays."
    assert all(t.place is None or t.place.name != "Persian Gulf" for t in geoparse(gaz, text) if t.text == "Gulf")


def test_a_homeland_entry_without_its_forms_fails_naming_the_file(tmp_path):
    bad = tmp_path / "homelands.yaml"
    bad.write_text("homelands:\n  - {place: Tamil Nadu, country: IN}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="homelands.yaml"):
        load_homelands.__wrapped__(str(bad))
