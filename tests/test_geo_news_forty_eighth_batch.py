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

Mended after review: the division keeps its name when its division word is capitalised inside the name ("the Red
Sea State"), written in capitals, plural after a list the name opens ("the Red Sea and Sennar states"), or when a
body only a division has ("the Red Sea governor") or "area of" a country follows; a sentence's own "The" before
Macau is no article of a name (only countries English writes with "the" are read whole with it); a reply a person
owns or sends comes from where the person is; Panmunjom is a village, no body's seat.

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


@pytest.mark.parametrize("text, country", [
    ("Dengue spread through the Red Sea and Sennar states of Sudan in August.", "SD"),
    ("Measles reached the Red Sea, Sennar and White Nile states before the rains.", "SD"),
    ("Egypt closed beaches in the Red Sea and South Sinai governorates after the shark attack.", "EG"),
])
def test_the_red_sea_opening_a_list_of_states_is_a_state(gaz, text, country):
    """A plural division word after a list the name opens names every name of the list a division."""
    assert _where(gaz, text, "Red Sea") == (country, "ADM1")


def test_the_red_sea_opening_a_list_of_seas_stays_the_sea(gaz):
    """The negative case: a list that ends in no division word leaves the name the sea."""
    text = "Ships in the Red Sea and the Gulf of Aden slowed near Sudan."
    assert _where(gaz, text, "Red Sea") == (None, "SEA")


@pytest.mark.parametrize("text, name", [
    ("A spokesman for the Red Sea State government in Port Sudan denied the reports.", "Red Sea State"),
    ("The Red Sea State water authority cut supplies to Suakin.", "Red Sea State"),
    ("POWER CUTS HIT THE RED SEA STATE OF SUDAN", "RED SEA"),
])
def test_a_capitalised_state_word_keeps_the_division(gaz, text, name):
    """The division word may be capitalised and read into the name ("Red Sea State"), or written in capitals
    after it: in any case it names the division."""
    assert _where(gaz, text, name) == ("SD", "ADM1")


def test_the_red_sea_in_capitals_without_a_state_word_is_the_sea(gaz):
    text = "FERRIES CROSSED THE RED SEA TO PORT SUDAN"
    assert _where(gaz, text, "RED SEA") == (None, "SEA")


@pytest.mark.parametrize("text", [
    "The Red Sea governor visited Suakin after the floods.",
    "The Red Sea authorities in Port Sudan banned fishing for a week.",
    "Cholera reached Tokar in the Red Sea area of Sudan.",
])
def test_a_body_or_an_area_of_a_country_names_the_division(gaz, text):
    """A sea has no governor or authorities, and "an area of Sudan" is land: the division is meant."""
    assert _where(gaz, text, "Red Sea") == ("SD", "ADM1")


def test_the_red_sea_area_without_a_country_stays_the_sea(gaz):
    """The negative case: "area" alone, with no country after "of", may be the water's."""
    text = "Fishermen in the Red Sea area caught little this year near Port Sudan."
    assert _where(gaz, text, "Red Sea") == (None, "SEA")


def test_the_article_must_be_a_word_of_its_own(gaz):
    """"bathe" ends in the letters of "the" but is no article: the division's reading is not dropped for it."""
    from eventwatch.geo.natural_features import _THE_BEFORE
    assert _THE_BEFORE.search("pilgrims bathe ", 0, 15) is None
    assert _THE_BEFORE.search("ships in THE  ", 0, 14) is not None


# -- Macau ---------------------------------------------------------------------------------------------------------

def test_macau_that_culls_birds_is_its_government(gaz):
    """Spelled as news spells it, Macau is the territory, and a territory that culls or bans acts."""
    text = "Macau has culled 3,000 chickens after samples from its poultry market tested positive."
    assert "Macau" not in locational_names(gaz, text)
    assert _where(gaz, text, "Macau")[0] == "MO"


def test_macau_that_bans_imports_is_its_government(gaz):
    text = "Macau has banned imports of poultry from Guangdong until further notice."
    assert "Macau" not in locational_names(gaz, text)


@pytest.mark.parametrize("text", [
    "The Macau ferry pier reopened after the typhoon.",
    "The Macau casino regulator fined two operators.",
    "The Macau police detained a smuggler at the border gate.",
])
def test_macau_after_a_sentence_opening_the_is_still_macau(gaz, text):
    """A sentence's own "The" before Macau is no part of a name: only a country English writes with the article
    ("The Gambia", "the Congo") is read whole with it, so the loose "The Macau" (a Thai district) yields."""
    assert "Macau" in found_names(gaz, text)
    assert _where(gaz, text, "Macau")[0] == "MO"


@pytest.mark.parametrize("text, name, code", [
    ("The Gambia closed its border with Senegal on Friday.", "Gambia", "GM"),
    ("The Bahamas reopened its ports after the hurricane.", "Bahamas", "BS"),
])
def test_a_country_that_takes_the_article_keeps_it(gaz, text, name, code):
    """The negative case: a country whose name takes "the" is still read as that country."""
    assert _where(gaz, text, name)[0] == code


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


@pytest.mark.parametrize("text", [
    "Firefighters carried a Dalmatian out of the flooded cellar.",
    "A Dalmatian chased a cyclist in Split.",
])
def test_a_dalmatian_dog_is_no_place(gaz, text):
    """"a Dalmatian" is a dog (or a person from Dalmatia): nothing happens in the region."""
    assert "Dalmatian" not in locational_names(gaz, text)


def test_a_dalmatian_dog_gives_no_toponym(gaz):
    assert "Dalmatian" not in found_names(gaz, "Firefighters carried a Dalmatian out of the flooded cellar.")


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
    """Praslin is also a St Lucian quarter; beside Mahé and the Seychelles it is the island (an entry the
    features file already held: this batch's copy of it was dropped)."""
    text = "Ferries sail from Mahé to Praslin in Seychelles twice a day."
    assert _where(gaz, text, "Praslin") == ("SC", "ISL")


def test_panmunjom_is_the_truce_village_beside_kaesong(gaz):
    text = "Officers met at Panmunjom in the demilitarised zone on Tuesday."
    assert _where(gaz, text, "Panmunjom")[0] == "KP"


@pytest.mark.parametrize("text", [
    "Guards at Panmunjom raised the alert on Sunday.",
    "Negotiators at Panmunjom agreed to meet again.",
])
def test_panmunjom_is_a_place_not_a_seat(gaz, text):
    """The truce village is where things happen, not a body that speaks for a government ("the Kremlin")."""
    assert "Panmunjom" in locational_names(gaz, text)


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


@pytest.mark.parametrize("text, name", [
    ("His reply from Beirut, where he was visiting his mother, was brief.", "Beirut"),
    ("She posted a short retort from Nairobi after the match.", "Nairobi"),
    ("The actor's angry reply from Havana was read on air.", "Havana"),
])
def test_a_persons_reply_from_a_capital_is_sent_from_the_place(gaz, text, name):
    """A reply a person owns ("his", "the actor's") or sends ("posted a retort") comes from where the person
    is; only an unowned reply a story draws from a capital is its government's."""
    assert name in locational_names(gaz, text)


def test_an_unowned_reply_from_a_capital_stays_its_governments(gaz):
    """The negative case, with an adjective and another capital."""
    assert "Caracas" not in locational_names(gaz, "The sanctions drew an angry retort from Caracas on Monday.")


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
