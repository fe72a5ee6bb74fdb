"""Round twenty-one of known leftovers: classes of English and transliteration errors left by earlier rounds.

1. A short Arabic town written with "e" for the kasra its held spelling writes "i" ("Irbed" for Irbid, "Mareb"
   for Marib) is the same name, not a look-alike, where the document names the town's country.
2. A French compound written with its hyphen and elided article ("Val-d'Or") is the place whose own spelling
   carries them, not a namesake that writes the same letters without them ("Val Dor").
3. A town's name followed by a club word ("Ipswich Town", "Mansfield Town") in a match report is the club, not
   the town; the town's centre written in lower case ("Ipswich town centre") stays the town.
4. "a Bradford, Ontario court": the second name after "Town, " is the province the text says the town lies in,
   even when the gazetteer holds no town of the first name there (or none at all: "a Pellbrook, Ontario
   court"); the first name stands in at the province.
5. An unheld name standing in at a place named just before it stays in the document's country: a capital
   abroad where officials spoke ("officials in Addis Ababa said") is not where a Sudanese village lies.
6. A one-word Arabic name written without its article and without the y glide of its held spelling
   ("Khalidia" for Al Khalidiyah) is that town.
7. Left open: a lone town after a weak cue in a sentence of no event ("Patients travel from X for care").
8. The review of these rules: a team, firm or group before "X, State noun" is no home town (only a noun a town
   has: "a Pellbrook, Ontario court"); a held town whose province is a foreign namesake keeps its country;
   "<X> Town" after a place cue or before a civic word or a holder is the place; a given name is no kasra
   spelling; only a seat of government where someone spoke is passed over as a stand-in.

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import pytest

from conftest import located
from eventwatch.geo import geoparse


def _place(gaz, text: str, name: str):
    found = [t for t in geoparse(gaz, text) if t.text == name]
    assert found, f"{name!r} not read in {text!r}"
    return found[0]


# -- 1. "e" for the kasra in a short Arabic name ----------------------------------------------------------------
@pytest.mark.parametrize("text, name, cc, held", [
    ("Jordanian police broke up a protest in Irbed on Friday.", "Irbed", "JO", "Irbid"),
    ("Yemeni government troops pushed back a Houthi attack near Mareb on Sunday.", "Mareb", "YE", "Ma'rib"),
    ("Clashes were reported near Mareb in Yemen on Sunday.", "Mareb", "YE", "Ma'rib"),
])
def test_an_e_for_the_kasra_reads_the_short_town_of_the_named_country(gaz, text, name, cc, held):
    t = _place(gaz, text, name)
    assert t.place is not None, f"{name!r} left unresolved"
    assert t.place.country_code == cc
    assert t.place.name == held


def test_an_e_for_the_kasra_needs_the_country_in_the_text(gaz):
    """Without its country a five-letter look-alike stays unread as the Jordanian town."""
    found = {t.text: t for t in geoparse(gaz, "The band Irbed played two nights in Leeds.")}
    assert "Irbed" not in found or found["Irbed"].place is None or found["Irbed"].place.country_code != "JO"


# -- 2. a French compound keeps its hyphen and elided article ---------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Police in Val-d'Or said the suspect was arrested on Tuesday.", "Val-d'Or"),
    ("A gold mine near Val-d\u2019Or will close next spring, the company said.", "Val-d\u2019Or"),
])
def test_a_hyphenated_elided_name_reads_the_place_spelled_so(gaz, text, name):
    t = _place(gaz, text, name)
    assert t.place is not None and t.place.country_code == "CA", t.place


def test_the_same_letters_without_the_hyphen_keep_their_own_reading(gaz):
    """Only the written punctuation moves the reading: "Val Dor" is still read by its prior."""
    t = _place(gaz, "Traffic was heavy in Val Dor on Monday.", "Val Dor")
    assert t.place is not None and t.place.country_code == "MY"


# -- 3. "<Town> Town" is a football club -----------------------------------------------------------------------
@pytest.mark.parametrize("text, town", [
    ("Ipswich Town beat Norwich City 2-1 on Saturday in front of a full stadium.", "Ipswich"),
    ("Mansfield Town came from behind to draw with Crewe on Tuesday night.", "Mansfield"),
    ("A late header gave Grimsby Town a 1-0 win at home.", "Grimsby"),
])
def test_a_town_followed_by_town_is_the_club(gaz, text, town):
    assert town not in [n for n, _cc in located(gaz, text)]


def test_a_score_after_a_club_word_makes_the_name_the_club(gaz):
    """"Norwich City 2-1": the score is a word of sport enough for "City", which alone stays the city's."""
    names = [n for n, _cc in located(gaz, "Ipswich Town beat Norwich City 2-1 on Saturday.")]
    assert "Norwich" not in names


def test_a_city_word_without_sport_stays_the_city(gaz):
    assert ("Norwich", "GB") in located(gaz, "Flooding closed roads across Norwich City centre on Monday.")


def test_a_civic_word_after_town_keeps_the_building_in_the_town(gaz):
    """"Ipswich Town Hall" is a building, read whole, and it stands in Ipswich: no club."""
    assert ("Ipswich Town Hall", "GB") in located(gaz, "Protesters gathered outside Ipswich Town Hall on Friday.")


def test_the_town_centre_in_lower_case_stays_the_town(gaz):
    assert ("Ipswich", "GB") in located(gaz, "A fire broke out in Ipswich town centre on Monday.")


# -- 4. "Town, Province" before a lower-case word ---------------------------------------------------------------
@pytest.mark.parametrize("text, town", [
    ("A Bradford, Ontario court sentenced the man to two years.", "Bradford"),
    ("The judge of a Bradford, Ontario courtroom jailed him for a year.", "Bradford"),
    # a town the gazetteer lacks: an article before "Town, Province" and a noun after it (geo/residence_towns.py)
    ("A Pellbrook, Ontario court sentenced the man to two years.", "Pellbrook"),
    ("A Pellmoor, Ontario family was rescued from the ice.", "Pellmoor"),
    # people named by their calling keep their home town as "man" and "family" do
    ("A Pellmoor, Ontario teacher was honoured for forty years of service.", "Pellmoor"),
    ("A Pellbrook, Ontario nurse flew north to help.", "Pellbrook"),
])
def test_a_province_after_a_town_and_comma_holds_the_town(gaz, text, town):
    places = dict(located(gaz, text))
    assert places.get("Ontario") == "CA", places
    assert places.get(town) == "CA", places


def test_a_list_of_towns_is_no_town_and_its_province(gaz):
    """"Boca Raton, New York and Chicago": equals in a list; New York is the city, not the state."""
    found = {t.text: t for t in geoparse(gaz, "The band's spring tour took in Tampa, Boca Raton, New York and "
                                              "Chicago.")}
    assert found["New York"].place is not None and found["New York"].place.feature_code.startswith("PPL")


def test_a_district_named_after_in_keeps_its_town_reading(gaz):
    """Only "Town, Province" is read so: "X village in Y Rural district" names the district by its town."""
    found = {t.text: t for t in geoparse(gaz, "Raiders burned Kitaya village in Mtwara Rural district on Friday.")}
    assert found["Mtwara"].place is not None and found["Mtwara"].place.feature_code.startswith("PPL")


def test_a_held_town_of_the_province_keeps_its_own_reading(gaz):
    assert ("Barrie", "CA") in located(gaz, "A Barrie, Ontario court sentenced the man to two years.")


# -- 5. a stand-in stays in the document's country ------------------------------------------------------------------
def test_a_capital_abroad_where_officials_spoke_is_no_stand_in(gaz):
    text = ("Clashes spread in Sudan's Blue Nile state. Officials in Addis Ababa said fighters had seized "
            "Dundarwa on Monday.")
    assert ("Dundarwa", "SD") in located(gaz, text)


def test_a_foreign_town_the_story_moves_to_still_stands_in(gaz):
    """Where the story moves abroad, the place named there is where the unheld name lies."""
    text = "Refugees crossed from Sudan into Chad and settled at a camp near Adre, beside the village of Goungourba."
    assert ("Goungourba", "TD") in located(gaz, text)


# -- 6. an article-less name without its y glide -------------------------------------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    ("Police raided homes in Khalidia, near Mafraq in Jordan.", "Khalidia", "JO"),
    ("Militia fighters gathered outside Hamdania, east of Mosul, Iraq.", "Hamdania", "IQ"),
])
def test_an_article_less_name_without_its_glide_is_the_town(gaz, text, name, cc):
    t = _place(gaz, text, name)
    assert t.place is not None and t.place.country_code == cc and t.place.feature_code.startswith("PPL"), t.place


def test_a_district_word_keeps_its_reading(gaz):
    """The glide key is made from one-word held names only: a district report keeps the district's town."""
    t = _place(gaz, "Gunmen attacked a checkpoint in Tarmiyah district north of Baghdad.", "Tarmiyah")
    assert t.place is not None and t.place.country_code == "IQ"
    assert t.place.feature_code.startswith("PPL") and t.place.geonames_id == 98403, t.place  # the town, Aţ Ţārmīyah


# -- 7. a weak cue with no event around it (left open) ---------------------------------------------------------
@pytest.mark.xfail(strict=True, reason=(
    "a single town after 'from'/'at'/'into' is believed without other support only in a sentence of fighting or "
    "movement (geo/weak_cue_towns.py); 'travel ... for care' is neither. Believing such towns in any sentence "
    "(size and word guards kept) was measured on the four corpora: 6 new spurious names on GWN dev (a brand "
    "written 'from X'), none gained, so it was not kept"))
def test_a_sizeable_town_after_from_in_a_sentence_of_no_event(gaz):
    assert ("Vicksburg", "US") in located(gaz, "Patients travel from Vicksburg for care.")


# -- review of round 21: the negative cases each new rule must respect ----------------------------------------
@pytest.mark.parametrize("text, org", [
    ("Like the Cowboys, Texas fans were disappointed.", "Cowboys"),
    # round 22 (geo/alias_firms.py): read only by Topeka's alternate name, which California does not hold
    ("A Google, California engineer was fired.", "Google"),
    ("An Apple, California spokeswoman declined to comment.", "Apple"),
    ("The Rangers, Texas officials said, would play at home.", "Rangers"),
    ("A Pillsbury, Minnesota spokesman declined to comment.", "Pillsbury"),
])
def test_a_team_firm_or_group_before_town_state_noun_is_no_home_town(gaz, text, org):
    """Only a singular noun of the construction's own kind ("a Pellbrook, Ontario court") makes the unknown
    run a town: plural heads (fans, officials) and a firm's staff (engineer, spokesman) follow organisations."""
    assert org not in [n for n, _cc in located(gaz, text)]


@pytest.mark.parametrize("text, group, place, cc, code", [
    ("The Hamas, Gaza leadership met on Monday.", "Hamas", "Gaza", "PS", "PPL"),
    ("The Taliban, Kabul residents said, had left.", "Taliban", "Kabul", "AF", "PPLC"),
])
def test_a_group_before_its_city_leaves_the_city_its_own_reading(gaz, text, group, place, cc, code):
    """The group is no unknown town, and the city is not made a province by standing as its division."""
    found = {t.text: t for t in geoparse(gaz, text)}
    assert group not in [n for n, _cc in located(gaz, text)]
    assert place in found and found[place].place is not None and found[place].place.country_code == cc
    assert found[place].place.feature_code.startswith(code), found[place].place


@pytest.mark.parametrize("text", [
    "A Quillbrook, Kansas man was charged with arson on Monday.",
    "The Pellbrook, Ontario court sentenced the man to two years.",
])
def test_a_singular_head_of_the_kind_still_makes_the_home_town(gaz, text):
    name = text.split(",")[0].split()[-1]
    assert dict(located(gaz, text)).get(name) in ("US", "CA")


@pytest.mark.parametrize("text, town", [
    ("Police arrested two men in Genk, Limburg, on Friday.", "Genk"),
    pytest.param("Police held two men in Genk, Limburg province, on Friday.", "Genk",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'Limburg province' keeps only first-level readings, and the gazetteer's only first-level "
                     "Limburg is the Dutch one (Belgium's provinces are second-level there; since round 22 also "
                     "held under the bare name, but the province word still drops second-level readings): the "
                     "Belgian town is left unheld, standing in at the Dutch province"))),
    # round 22: Belgium's provinces are held under their bare names too ("Provincie Limburg" also as "Limburg")
    ("A Hasselt, Limburg court sentenced the man to two years.", "Hasselt"),
    ("Police arrested two men in Hasselt, Limburg, on Friday.", "Hasselt"),
])
def test_a_held_town_whose_province_is_a_foreign_namesake_keeps_its_country(gaz, text, town):
    """The province's name is also a first-level division abroad (the Dutch Limburg); the Belgian town and its
    Belgian province say the text means Belgium."""
    assert (town, "BE") in located(gaz, text)


@pytest.mark.parametrize("text, name, cc", [
    ("Tourists crowded the alleys of Stone Town in Zanzibar on Monday.", "Stone Town", "TZ"),
    ("He grew up in Stone Town, Zanzibar.", "Stone Town", "TZ"),
    ("Mansfield Town Market reopened on Monday after repairs.", "Mansfield", "GB"),
    ("Residents of Newport Town said the river had burst its banks.", "Newport", "GB"),
])
def test_town_after_a_place_cue_or_before_a_civic_word_is_the_place(gaz, text, name, cc):
    """A place cue before "<X> Town", or a civic word after it, names the place in prose of no sport; a town's
    quarter held under that name (Zanzibar's Stone Town, data/gazetteer/town_parts.yaml) is read whole."""
    assert (name, cc) in located(gaz, text)


@pytest.mark.parametrize("text, town", [
    ("Athlone Town came from behind to draw 2-2 with Bray on Friday night.", "Athlone"),
])
def test_an_irish_town_followed_by_town_is_the_club(gaz, text, town):
    assert town not in [n for n, _cc in located(gaz, text)]


@pytest.mark.parametrize("text, name", [
    ("Syrian Kurdish forces said Derek had been released.", "Derek"),
    ("A Yemeni court freed Sean on Monday.", "Sean"),
])
def test_a_given_name_is_no_kasra_spelling_of_a_town(gaz, text, name):
    assert name not in [n for n, _cc in located(gaz, text)]


def test_a_border_town_where_officials_spoke_still_stands_in(gaz):
    """Only a capital or a seat of government is a speaker's seat to pass over; a border town where officials
    spoke is where the story is."""
    text = ("Fighting in Sudan's Darfur sent refugees into Chad. Officials in Adre said refugees had reached the "
            "village of Tindekora.")
    assert ("Tindekora", "TD") in located(gaz, text)
