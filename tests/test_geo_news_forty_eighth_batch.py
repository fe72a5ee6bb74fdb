"""Rules found by the news probe's forty-eighth batch (outbreak reports of the GeoVirus kind from Yemen, Kyrgyzstan,
Timor-Leste, Montenegro, Burundi, Benin, Syria, Mauritania, Seychelles and Macau, and international news of the
TR-News kind from North Korea, Eritrea, Luxembourg, São Tomé and Príncipe, the Marshall Islands, Djibouti, Andorra,
Libya, Kosovo and Gibraltar).

One rule a reader applies to any such story: a division named for a feature with its kind word (Sudan's and
Egypt's "Red Sea" states) is written bare or with its division word, so "the Red Sea" after "the" and without
one is the sea, however strongly the story's other places pull towards Sudan; a lone word written with letters
English spelling lacks ("Savè", "Peñal") is no common word it folds to ("save", "penal"); and a reply, a rebuke
or a retort from a capital is its government's, as a response or criticism from one is. And true facts for the lexicons:
"Macau" is the usual English spelling of the Chinese special administrative region GeoNames writes "Macao", so it
acts as a government as Hong Kong does; "Dalmatian" is Dalmatia's adjective ("Dalmatian pelicans" are a species);
the Neretva and the Ibar rivers, Lake Kerkini, the islands of Kwajalein, Ebeye, Praslin (Seychelles) and Hengqin,
the Cape of Good Hope, and Panmunjom, the truce village beside Kaesong.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str | None, str]:
    t = toponym(gaz, text, name)
    return t.place.country_code, t.place.feature_code


# -- "the Red Sea": the sea, not the state -------------------------------------------------------------------------

def test_the_red_sea_beside_sudanese_ports_is_the_sea(gaz):
    """Sudan's Red Sea state shares the name; after "the", with no division word, the sea is meant."""
    text = "Tankers in the Red Sea were diverted away from Port Sudan after the attacks on Friday."
    assert _where(gaz, text, "Red Sea") == (None, "SEA")


def test_the_red_sea_in_a_story_of_sudan_and_egypt_is_the_sea(gaz):
    text = "Attacks on ships in the Red Sea pushed freight rates up for traders in Sudan and Egypt."
    assert _where(gaz, text, "Red Sea") == (None, "SEA")


def test_the_red_sea_state_keeps_its_division(gaz):
    """With its division word after it the name is the division, article or not."""
    text = "Floods hit Tokar in the Red Sea state of Sudan on Monday."
    assert _where(gaz, text, "Red Sea") == ("SD", "ADM1")


def test_the_red_sea_governorate_keeps_its_division(gaz):
    text = "Hotels in Hurghada, in Egypt's Red Sea governorate, were full this week."
    assert _where(gaz, text, "Red Sea") == ("EG", "ADM1")


# -- Macau ---------------------------------------------------------------------------------------------------------

def test_macau_that_culls_birds_is_its_government(gaz):
    """Spelled as news spells it, Macau is the territory, and a territory that culls or bans acts."""
    text = "Macau has culled 3,000 chickens after samples from its poultry market tested positive."
    assert "Macau" not in locational_names(gaz, text)
    assert _where(gaz, text, "Macau")[0] == "MO"


def test_macau_that_bans_imports_is_its_government(gaz):
    text = "Macau has banned imports of poultry from Guangdong until further notice."
    assert "Macau" not in locational_names(gaz, text)


def test_a_casino_in_macau_is_in_the_place(gaz):
    text = "Tourists lost heavily at a casino in Macau on Friday night."
    assert "Macau" in locational_names(gaz, text)
    assert _where(gaz, text, "Macau")[0] == "MO"


# -- Dalmatian -----------------------------------------------------------------------------------------------------

def test_dalmatian_pelicans_are_a_species_not_a_place(gaz):
    text = "Rangers found bird flu in Dalmatian pelicans nesting on the lake."
    assert "Dalmatian" not in locational_names(gaz, text)


def test_a_dalmatian_dog_breeder_is_no_place(gaz):
    text = "A breeder of prize Dalmatian dogs was fined in Zagreb on Tuesday."
    assert locational_names(gaz, text) == ["Zagreb"]


def test_dalmatia_itself_stays_a_place(gaz):
    text = "Storks were counted in Dalmatia this spring."
    assert _where(gaz, text, "Dalmatia") == ("HR", "RGN")


# -- rivers, lakes, islands, a cape and a truce village ------------------------------------------------------------

@pytest.mark.parametrize("text, name, where", [
    ("Pelicans died on the Neretva near Metkovic in Croatia.", "Neretva", (None, "STM")),
    ("The Ibar River runs through Mitrovica in Kosovo.", "Ibar River", (None, "STM")),
    ("Herons nest at Lake Kerkini in northern Greece.", "Lake Kerkini", ("GR", "LK")),
    ("Waves flooded homes on Ebeye, and workers on Kwajalein were sent home.", "Ebeye", ("MH", "ISL")),
    ("Waves flooded homes on Ebeye, and workers on Kwajalein were sent home.", "Kwajalein", ("MH", "ISLS")),
    ("Tourists from Macau cross to Hengqin for the day.", "Hengqin", ("CN", "ISL")),
    ("Ships sailed round the Cape of Good Hope to reach Rotterdam.", "Cape of Good Hope", ("ZA", "PEN")),
])
def test_features_the_town_tables_lack(gaz, text, name, where):
    assert _where(gaz, text, name) == where


def test_praslin_of_the_seychelles_beside_mahe(gaz):
    """Praslin is also a St Lucian quarter; beside Mahé and the Seychelles it is the island."""
    text = "Ferries sail from Mahé to Praslin in Seychelles twice a day."
    assert _where(gaz, text, "Praslin") == ("SC", "ISL")


def test_panmunjom_is_the_truce_village_beside_kaesong(gaz):
    text = "Officers met at Panmunjom in the demilitarised zone on Tuesday."
    assert _where(gaz, text, "Panmunjom")[0] == "KP"


def test_good_hope_alone_stays_the_alabama_town(gaz):
    """The cape's whole name does not take the town's."""
    text = "A Good Hope man was fined in Alabama."
    assert "Cape of Good Hope" not in found_names(gaz, text)
    assert _where(gaz, text, "Good Hope")[0] == "US"


# -- a reply from a capital ------------------------------------------------------------------------------------------

def test_a_sharp_reply_from_a_capital_is_its_governments(gaz):
    """A reply, a rebuke or a retort comes from a government, as a response or criticism does."""
    text = "The remarks drew a sharp reply from Asmara on Friday."
    assert "Asmara" not in locational_names(gaz, text)


def test_a_rebuke_from_a_capital_is_its_governments(gaz):
    text = "The minister's visit drew a rebuke from Ottawa and an angry retort from Canberra."
    names = locational_names(gaz, text)
    assert "Ottawa" not in names and "Canberra" not in names


def test_flights_from_a_capital_stay_in_the_place(gaz):
    text = "Flights from Asmara were cancelled after the storm."
    assert "Asmara" in locational_names(gaz, text)


def test_a_reply_from_an_official_of_a_town_keeps_the_town(gaz):
    text = "A reply from the mayor of Asmara came on Friday."
    assert "Asmara" in locational_names(gaz, text)


# -- names written with letters English spelling lacks ---------------------------------------------------------------

def test_a_town_written_with_a_grave_accent_is_no_common_word(gaz):
    """"Savè" folds to "save", but English writes no accent on the verb: beside places of Benin it is the town."""
    text = "Contacts have been traced to Nikki and to Savè in Collines."
    assert "Savè" in locational_names(gaz, text)
    assert _where(gaz, text, "Savè") == ("BJ", "PPL")


def test_a_town_written_with_a_tilde_is_no_common_word(gaz):
    """"Peñal" folds to "penal"; written so, it is the Trinidad town, and it places San Fernando beside it."""
    text = "Oil workers were sent from Peñal to San Fernando after the spill."
    assert "Peñal" in locational_names(gaz, text)
    assert _where(gaz, text, "San Fernando")[0] == "TT"


def test_the_same_words_without_accents_stay_words(gaz):
    assert "Save" not in found_names(gaz, "Contacts have been traced to Nikki and to Save in Collines.")
    assert "Penal" not in found_names(gaz, "Oil workers were sent from Penal to San Fernando after the spill.")


# -- seen and not mended -------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a relative clause set off by commas between a country and a deed verb other "
                                       "than a saying verb ('Mauritius, where dengue spreads, has stepped up checks') "
                                       "hides the deed; with 'said' it is read")
def test_a_country_acting_past_a_where_clause(gaz):
    text = "Mauritius, where dengue spreads each summer, has stepped up checks on flights."
    assert "Mauritius" not in locational_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="a compound subject after ', and' following a place ('across East Asia, and "
                                       "Taiwan and South Korea culled ducks') is read as the list's continuation; a "
                                       "single country there is read as acting")
def test_countries_acting_after_a_comma_and(gaz):
    text = "The virus has been found across East Asia, and Taiwan and South Korea culled ducks this winter."
    assert "Taiwan" not in locational_names(gaz, text)
