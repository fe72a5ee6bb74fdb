"""Rules found by the news probe's seventy-second batch (outbreak reports of the GeoVirus kind from Bafatá, Lubombo,
Santiago in Cape Verde, Kara in Togo, Balbala, Khatlon, Hodeidah, Hofuf, Brokopondo and Borgou, and international
news of the TR-News kind from Kuwait City, the Sarstoon, the Chagos, Addu, Narsaq, Temburong, Tanna, Karthala,
Pristina and Turkmenbashi).

A country or a capital that runs, keeps or hands over a site is the state that does so, not ground: "a deal under
which Italy runs two centres", "Britain once kept an air base on Gan", "Britain hands over the Chagos Islands"
(geo/operated_sites.py); what a place undergoes ("Kenya runs short of fuel") and a country that hosts bases stay
the land. A country that "has counted" or "has tallied" cases is its health authority, as one that "has recorded"
them is (associative._REPORTED). A place "which escaped the worst" of a storm told in the sentence before is the
land the storm spared, even as a preposition's object (geo/spared_harm.py). And true facts for the lexicons: the
border posts of Lomahasha and Golela, Hahaya on Grande Comore, Aneityum and Mount Yasur in Vanuatu, Peros Banhos
in the Chagos, Kvanefjeld above Narsaq, Gulhifalhu off Malé, Kuwait's port of Mina al-Ahmadi and the Hlathikulu
spelling of Eswatini's town.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import locational_names, toponym


def _country(gaz, text: str, name: str) -> str | None:
    """The country of the place read for `name`, or of its stand-in where it is unresolved."""
    t = toponym(gaz, text, name)
    p = t.place or t.fallback
    return p.country_code if p is not None else None


# -- a state that runs, keeps or yields a site --------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Albania extended a deal under which Italy runs two centres for migrants at Shëngjin.", "Italy"),
    ("Turnout was highest in Addu City, where Britain once kept an air base on Gan.", "Britain"),
    ("Mauritius signed a treaty under which Britain hands over the Chagos Islands.", "Britain"),
    ("Residents of Obock said Japan operates a small naval base beside the port.", "Japan"),
    ("The museum in Macau recalls the year Portugal handed over the territory.", "Portugal"),
])
def test_a_state_that_runs_or_yields_a_site_is_no_place(gaz, text, name):
    """The subject that runs, keeps or hands over a base, a centre or a territory is its government; the site
    lies where the text puts it, often abroad. Before, "runs two centres" (a number, no determiner, after the
    verb) and "kept" (a verb of aspect) left the country a place."""
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Kenya runs short of fuel every dry season.", "Kenya"),
    ("Djibouti hosts four foreign military bases near its port.", "Djibouti"),
    ("Fishermen in Kenya keep their boats on the beach.", "Kenya"),
])
def test_a_place_that_undergoes_or_hosts_stays_a_place(gaz, text, name):
    """The negative cases: running short is what the land undergoes, a country that hosts bases is where they
    are, and a name governed by a preposition is no subject."""
    assert name in locational_names(gaz, text)


# -- a count told by a country's authority ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The first child had travelled from Maputo, where Mozambique has counted more than 800 cases this year.",
     "Mozambique"),
    ("Clinics in Blantyre were full. Malawi has tallied 300 cases of cholera since May.", "Malawi"),
])
def test_a_country_that_has_counted_cases_is_its_authority(gaz, text, name):
    """"has counted" and "has tallied" are verbs of reporting as "has recorded" is: the health authority counts."""
    assert name not in locational_names(gaz, text)


def test_cases_counted_in_a_country_keep_it_a_place(gaz):
    """The negative case: the country as a preposition's object is where the cases are."""
    text = "Cases counted in Mozambique rose again in March, the agency said."
    assert "Mozambique" in locational_names(gaz, text)


# -- a place the storm spared, in a relative clause ---------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Forecasters said the storm would weaken near Fiji. Schools on Espiritu Santo, which escaped the worst, will "
     "reopen on Monday.", "Espiritu Santo"),
    ("The cyclone turned south overnight. Shops on Tanna, which escaped the worst, opened at noon.", "Tanna"),
])
def test_a_place_which_escaped_the_worst_of_a_storm_is_a_place(gaz, text, name):
    """"which escaped the worst" after a storm told in the sentence before is the land the storm passed over,
    not a government's deed; before, the clause's past tense made the island act."""
    assert name in locational_names(gaz, text)


def test_which_escaped_the_worst_with_no_storm_is_still_a_deed(gaz):
    """The negative case: with no storm or disaster in the sentence or the one before, the clause's verb is the
    government's ("escaped the worst" of a crisis)."""
    text = "Ministers resigned in March. Talks with Caracas, which escaped the worst, stalled in May."
    assert "Caracas" not in locational_names(gaz, text)


# -- true facts for the lexicons ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, code", [
    ("MBABANE — Vaccinators were sent to the border post at Lomahasha on Tuesday.", "Lomahasha", "SZ"),
    ("Lorries bound for Durban queued at Golela for two days before the border reopened.", "Golela", "ZA"),
    ("Flights from Moroni were cancelled after ash closed the airport at Hahaya.", "Hahaya", "KM"),
    ("The cyclone flattened villages on Aneityum and Erromango.", "Aneityum", "VU"),
    ("Tourists were kept away from the crater of the Yasur volcano.", "Yasur", "VU"),
    ("Chagossians hope to return to Peros Banhos one day.", "Peros Banhos", "IO"),
    ("Residents of Narsaq protested against the mine at Kvanefjeld on Saturday.", "Kvanefjeld", "GL"),
    ("A new port is being built on Gulhifalhu, west of Malé.", "Gulhifalhu", "MV"),
    ("Clinics in Nhlangano and Hlathikulu closed for months.", "Hlathikulu", "SZ"),
    ("Oil exports from the terminal at Mina al-Ahmadi were not affected.", "Mina al-Ahmadi", "KW"),
])
def test_places_the_tables_lacked_are_found(gaz, text, name, code):
    """Real places the bundled tables lacked (or held under another spelling): a town, a border post, an island,
    a volcano, an atoll, a mining plateau and an oil port (found whole, not from its
    last word "al-Ahmadi", the town inland)."""
    t = toponym(gaz, text, name)
    assert t.locational and t.place is not None and t.place.country_code == code


# -- seen and left ------------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="gazetteer: Cape Verde's Santiago island is not held, and bare 'Santiago' "
                                        "may not be listed as a feature (the lexicon keeps names that mean a big "
                                        "town out), so Chile's capital is read beside Praia and Assomada")
def test_santiago_in_cape_verde_is_the_island(gaz):
    text = ("PRAIA — Cape Verde has declared a dengue epidemic on Santiago, its most populous island. Most patients "
            "live in Praia and in the inland town of Assomada.")
    assert _country(gaz, text, "Santiago") == "CV"


@pytest.mark.xfail(strict=True, reason="resolution: a small town far (561 km) from the story's other places in "
                                        "Greenland is refused as a likely unheld namesake, though its name has one "
                                        "reading only; Nuuk stands in")
def test_a_far_town_with_one_reading_is_kept(gaz):
    text = "NUUK — Farmers near Narsaq welcomed the ruling. A new hotel will open in Ilulissat next spring."
    t = toponym(gaz, text, "Ilulissat")
    assert t.place is not None and t.place.name == "Ilulissat"


@pytest.mark.xfail(strict=True, reason="metonymy: a capital whose aside tells of its firms, then 'watches closely' "
                                        "(a verb of no stance), is kept as a place")
def test_a_capital_that_watches_closely_is_its_government(gaz):
    text = "The ruling comes as Beijing, whose firms hold a stake in the mine, watches closely."
    assert "Beijing" not in locational_names(gaz, text)
