"""Rules found by the news probe's seventy-second batch (outbreak reports of the GeoVirus kind from Bafatá, Lubombo,
Santiago in Cape Verde, Kara in Togo, Balbala, Khatlon, Hodeidah, Hofuf, Brokopondo and Borgou, and international
news of the TR-News kind from Kuwait City, the Sarstoon, the Chagos, Addu, Narsaq, Temburong, Tanna, Karthala,
Pristina and Turkmenbashi).

A country or a capital that runs, keeps or hands over a site is the state that does so, not ground: "a deal under
which Italy runs two centres", "Britain once kept an air base on Gan", "Britain hands over the Chagos Islands"
(geo/operated_sites.py); a verb with a preposition after it ("operates as the main port", "ran to camps") or
"keeps" of aspect leaves the land. A country that "has counted" or "has tallied" cases is its health authority, as
one that "has recorded" them is (associative._REPORTED), but only before a toll. A place a preposition governs,
"which escaped the worst" of a storm told in the sentence before, is the land the storm spared
(geo/spared_harm.py). And true facts for the lexicons: the
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
    ("Turnout was highest in Addu City, where Britain once kept an air base on Gan.", "Britain"),
    ("Mauritius signed a treaty under which Britain hands over the Chagos Islands.", "Britain"),
    ("Officials in Amman said Saudi Arabia runs camps for the displaced near the border.", "Saudi Arabia"),
    ("Georgian ministers said Moscow keeps soldiers in South Ossetia.", "Moscow"),
    ("Villagers near Obo said France once kept a garrison in the town.", "France"),
    ("Aid groups said Iran operates two training camps outside Basra.", "Iran"),
    ("The ruling means Spain hands over the enclave by 2030.", "Spain"),
])
def test_a_state_that_runs_or_yields_a_site_is_no_place(gaz, text, name):
    """The subject that runs, keeps or hands over a base, a camp, troops or a territory is its government; the
    site lies where the text puts it, often abroad. Before, "runs camps" (a plural read as a noun), "kept" (a
    verb of aspect) and "hands over" left the country a place."""
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Djibouti operates as the main port for Ethiopia's imports.", "Djibouti"),
    ("Singapore operates as a transit port for much of the region's oil.", "Singapore"),
    ("Families fleeing Eritrea ran to camps across the border in Sudan.", "Eritrea"),
    ("Villagers leaving Mali ran into camps in Mauritania, the agency said.", "Mali"),
    ("Uganda keeps admitting refugees to camps in the north, officials said.", "Uganda"),
    ("Jordan keeps sending aid to camps in the south, the ministry said.", "Jordan"),
    ("Islamabad ran out of detention cells within a week of the march.", "Islamabad"),
])
def test_a_verb_with_no_site_for_its_object_leaves_a_place(gaz, text, name):
    """The negative cases: a preposition after the verb or among its object's first words ("operates as the main
    port", "ran to camps", "ran out of cells", "keeps sending aid to camps") gives the verb no site to run, "keeps"
    before an -ing word is a verb of aspect, and a name after "fleeing" or "leaving" is that word's object, not
    the subject of "ran"."""
    assert name in locational_names(gaz, text)


# -- a count told by a country's authority ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The first child had travelled from Maputo, where Mozambique has counted more than 800 cases this year.",
     "Mozambique"),
    ("Nurses were sent north as Ghana has counted more than 90 deaths from meningitis this year.", "Ghana"),
])
def test_a_country_that_has_counted_cases_is_its_authority(gaz, text, name):
    """"has counted" and "has tallied" before a toll are verbs of reporting as "has recorded" is: the health
    authority counts."""
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Cases counted in Mozambique rose again in March, the agency said.", "Mozambique"),
    ("Fiji has counted the cost of the cyclone that flattened its northern villages.", "Fiji"),
    ("Nepal has counted among the poorest countries in Asia for decades.", "Nepal"),
    ("Tonga, struck by the storm on Monday, has counted the cost of the damage.", "Tonga"),
])
def test_counted_with_no_toll_keeps_a_place(gaz, text, name):
    """The negative cases: the country as a preposition's object is where the cases are, and "has counted" before
    no toll ("the cost of the cyclone", "among the poorest") is what the land bore or was, with an aside before
    the verb too."""
    assert name in locational_names(gaz, text)


# -- a place the storm spared, in a relative clause ---------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Forecasters said the storm would weaken near Fiji. Schools on Espiritu Santo, which escaped the worst, will "
     "reopen on Monday.", "Espiritu Santo"),
    ("The cyclone turned south overnight. Shops on Tanna, which escaped the worst, opened at noon.", "Tanna"),
    ("A cyclone crossed Tonga on Tuesday. Clinics on Vavau, which escaped the worst, stayed open.", "Vavau"),
    ("A typhoon struck Luzon on Sunday. Taiwan escaped the worst, its officials said.", "Taiwan"),
])
def test_a_place_which_escaped_the_worst_of_a_storm_is_a_place(gaz, text, name):
    """"escaped the worst", ending its clause, after a storm told in the sentence before is the land the storm
    passed over, not a government's deed; before, the clause's past tense made the island act."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Ministers resigned in March. Talks with Caracas, which escaped the worst, stalled in May.", "Caracas"),
    ("Snow fell across Scotland on Tuesday. London escaped the worst as the minister quit over the leak.",
     "London"),
    ("A storm battered Manila overnight. Hanoi weathered the worst as the party purged its ranks.", "Hanoi"),
    ("Heavy rain fell on Quito on Friday. Bogotá escaped the worst, ministers said.", "Bogotá"),
    ("Floods hit the south of Malawi. Lusaka, which escaped the worst, sent maize and tents.", "Lusaka"),
    ("A cyclone crossed Tonga on Tuesday. Wellington, which weathered the worst, blamed Beijing for the debt.",
     "Wellington"),
])
def test_the_worst_of_no_storm_is_still_a_deed(gaz, text, name):
    """The negative cases: with no storm or disaster in the sentence, "the worst" is a crisis's; the sentence
    before is read only where "the worst" ends its clause (not "the worst as the minister quit") and only for a
    storm or a disaster proper (not rain); and a capital opening its clause is left to its own verb ("Lusaka,
    which escaped the worst, sent maize": the government's deed), the relative clause being read only for a
    name a preposition governs."""
    assert name not in locational_names(gaz, text)


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


# -- review of the mend: a bound on a number, and an -ing word that modifies the site ---------------------------

@pytest.mark.parametrize("text, name", [
    ("France operates at least three naval bases in Senegal, the paper said.", "France"),
    ("Turkey runs up to four training centres in Qatar, officials said.", "Turkey"),
    ("Washington keeps over 900 troops in Niger, a senator said.", "Washington"),
    ("Canada runs around six detention centres near its southern border, auditors said.", "Canada"),
])
def test_a_bound_before_a_number_of_sites_is_no_preposition(gaz, text, name):
    """"at least", "up to", "more than" or "about" before a number bounds the count of sites; the "at", "up" or
    "about" is no preposition that leaves the verb without an object, so the state that runs them stays its
    government."""
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Kenya runs at least for now without help from its neighbours.", "Kenya"),
    ("Peru ran up to the border with its army in 1941.", "Peru"),
])
def test_a_bound_before_no_number_is_still_a_preposition(gaz, text, name):
    """The negative cases: "at least" or "up to" before no number is no count of sites, and the verb has none."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Iraq keeps training camps near its western border, officials said.", "Iraq"),
    ("Pakistan keeps listening posts near the frontier, the report says.", "Pakistan"),
    ("Cuba once kept training bases for guerrillas in the hills, historians say.", "Cuba"),
])
def test_an_ing_word_that_names_or_modifies_the_site_is_no_aspect(gaz, text, name):
    """"keeps training camps" and "keeps listening posts" keep sites: the -ing word is the site's own kind, not a
    verb of aspect after "keeps"."""
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Gabon keeps welcoming refugees at camps in the north, the agency said.", "Gabon"),
    ("Malawi keeps receiving refugees at camps in the south, officials said.", "Malawi"),
])
def test_keeps_before_an_ing_verb_is_still_aspect(gaz, text, name):
    """The negative cases: an -ing verb that takes an object of its own ("welcoming refugees") is aspect."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Tonga, which weathered Cyclone Gita, reopened its schools on Monday.", "Tonga"),
    ("Fiji, which weathered the storm, reopened its airport on Tuesday.", "Fiji"),
    ("Palau, which escaped the typhoon, reopened its airport on Friday.", "Palau"),
])
def test_a_place_which_weathered_a_named_storm_is_a_place(gaz, text, name):
    """Only a bare "the worst" or "the brunt" in the relative clause needs a preposition governing the name: a
    clause that names the storm or the harm ("which weathered Cyclone Gita", "which weathered the storm") and a
    main verb of the place's own state ("reopened its airport") tell of the land it passed over."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Storms lashed the north of Chile. Lima, which escaped the storms, sent blankets and doctors.", "Lima"),
    ("Spain, which escaped the wildfires, pledged four water bombers to Portugal.", "Spain"),
    ("Barbados, which weathered the hurricane, dispatched aid to Dominica.", "Barbados"),
])
def test_a_place_which_escaped_harm_then_did_a_deed_is_its_government(gaz, text, name):
    """The near-miss (third review): a subject's deed after the relative clause ("sent", "pledged", "dispatched")
    is its government's, as with "escaped the worst": the which-clause does not make the name land."""
    assert name not in locational_names(gaz, text)
