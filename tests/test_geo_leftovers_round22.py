"""Round twenty-two of known leftovers: classes of English errors left by earlier rounds.

1. A river named bare, with its article, before a verb only water does ("the X burst its banks", "the X swelled
   by a metre", "the X rose by two metres") is the river the gazetteer holds as "X River", even where the bare
   name is held by nothing else or by a division of the same name. Rising and swelling count only with a water
   measure or a flood mark (a plain level only in a sentence of water), swelling bare too but never for a
   country's name; the river's point is its mouth, so where that lies outside the countries the story names
   (districts it puts something in included), the name stands in at the story's places. A river with no
   country in the gazetteer (a shared one) lies across no border.
2. A government acting: a country before "flew home" / "flew out" and an object, or before "rules out", is the
   country's government, not the ground.
3. "The Western Division of X, officials said": a country named as the holder of a division is the place the
   division lies in, not a speaker, even where the gazetteer lacks the division.
4. "a Google, California engineer": a name read only as a town's alternate name, in a firm's "a X, State noun"
   frame, where the state holds no reading of it, is the firm's.
5. A province GeoNames holds only under its title in the country's language ("Provincie Limburg", "Province du
   Hainaut") answers to its bare name.

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import pytest

from conftest import located
from eventwatch.geo import geoparse


def _read(gaz, text: str, name: str):
    found = [t for t in geoparse(gaz, text) if t.text == name]
    assert found, f"{name!r} not read in {text!r}"
    return found[0]


# -- 1. a bare river before a verb of water ----------------------------------------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    ("The Karnali burst its banks after three days of rain.", "Karnali", "IN"),
    ("Villagers said the Karnali burst its banks overnight.", "Karnali", "IN"),
    ("The Koshi swelled by two metres after the monsoon rains.", "Koshi", "IN"),
    ("The Drava rose by two metres overnight, flooding farms in Croatia.", "Drava", "HR"),
    ("Villagers said the Drava crested at 9 metres near Osijek.", "Drava", "HR"),
    # swelling is a river's bare too: only "swelled with" (a crowd's) is not
    ("The Benue swelled after heavy rain.", "Benue", "NG"),
    ("The Benue swelled overnight, officials said.", "Benue", "NG"),
    # a level is a river's where the sentence speaks of water; a flood mark always is, even for a country's name
    ("The Drava rose to its highest level in years after heavy rain.", "Drava", "HR"),
    ("The Niger rose above the danger mark on Monday.", "Niger", "NG"),
])
def test_a_bare_river_before_a_verb_of_water_is_the_river(gaz, text, name, cc):
    """The river's point is its mouth: where the story names no country, or names the river's, the river is
    read there (the Karnali is held as the Ghaghara, whose mouth lies in India: these sentences name no country,
    so nothing says the mouth is the wrong side of a border)."""
    t = _read(gaz, text, name)
    assert t.locational and t.place is not None and (t.place.feature_code or "").startswith("STM"), text
    assert t.place.country_code == cc, text


@pytest.mark.parametrize("text, name, cc", [
    # the Koshi is also Nepal's province of the name: in a Nepal story that reading stays
    ("The Koshi swelled by two metres after the monsoon rains in Nepal.", "Koshi", "NP"),
    ("The Koshi swelled after the monsoon rains in Nepal.", "Koshi", "NP"),
    # a district the story puts something in counts for its country as a province does
    ("Villagers said the Koshi crested at 9 metres in Saptari.", "Koshi", "NP"),
    # the river has no reading in the story's country: it stands in at the story's places, not at its mouth
    ("The Sava burst its banks in Croatia.", "Sava", "HR"),
    ("The Sava rose by a metre in Zagreb on Tuesday.", "Sava", "HR"),
    ("Officials in Kathmandu said the Koshi swelled by a metre, flooding villages in Saptari district.",
     "Koshi", "NP"),
    # held by nothing but a river whose mouth is in India: in a Nepal story it stands in at the story's places
    ("Officials in Kathmandu said the Karnali burst its banks, flooding villages in Bardiya district.",
     "Karnali", "NP"),
])
def test_a_bare_river_whose_mouth_lies_outside_the_storys_country_keeps_the_storys_country(gaz, text, name, cc):
    assert (name, cc) in located(gaz, text), text


@pytest.mark.parametrize("text", [
    # a capital named in another sentence, for talks, is no place the river runs by: the river keeps its own
    # reading (its mouth, in Serbia), not a stand-in some 1,000 km off
    "The Sava burst its banks near Slavonski Brod on Sunday. The EU pledged aid at talks in Brussels.",
    "The Sava rose by a metre near Sisak on Friday. Ministers met in Washington on Monday.",
])
def test_a_capital_named_in_another_sentence_is_no_stand_in_for_the_river(gaz, text):
    assert ("Sava", "RS") in located(gaz, text), text


def test_a_countrys_name_above_a_flood_mark_is_the_river_not_the_country(gaz):
    """No country rises above a danger mark: the name is the river, standing in at the story's town in Niger
    since the Niger's mouth lies in Nigeria."""
    t = _read(gaz, "The Niger rose above the danger mark at Niamey.", "Niger")
    assert t.locational and not (t.place and t.place.feature_code.startswith("PCL"))
    assert (t.place or t.fallback).country_code == "NE"


def test_a_country_named_with_its_article_rising_by_metres_is_the_river(gaz):
    found = [t for t in geoparse(gaz, "The Congo rose by two metres at Kinshasa, flooding homes.")
             if "Congo" in t.text]
    assert found and found[0].locational and found[0].place is not None
    assert found[0].place.feature_code.startswith("STM")


@pytest.mark.parametrize("text, name", [
    ("The Gambia rose 12 places in the FIFA rankings.", "Gambia"),
    ("The Gambia rose to 140th in the press freedom index.", "Gambia"),
    ("The Niger rose 5 places in the index.", "Niger"),
    ("The Gambia swelled with returning migrants.", "Gambia"),
    ("The crowd in the Congo rose to its feet.", "Congo"),
    ("The Kwanza rose 2 percent against the dollar in Luanda.", "Kwanza"),
    ("The Kwanza rose sharply after the devaluation.", "Kwanza"),
    # a plain level with no word of water is a market's
    ("The Kwanza rose to its highest level against the dollar in Luanda.", "Kwanza"),
    ("The Gambia swelled on a wave of returning migrants.", "Gambia"),
])
def test_a_country_or_a_currency_rising_in_a_ranking_or_a_market_is_no_river(gaz, text, name):
    """Rising or swelling is a river's only with a water measure after it (metres, feet, a level or a mark), and
    never for a name that is also a country's."""
    assert all(not (t.place and (t.place.feature_code or "").startswith("STM"))
               for t in geoparse(gaz, text) if t.text == name), text


@pytest.mark.parametrize("text, name", [
    ("The President rose to speak at the dinner.", "President"),
    ("The Republican rose to speak after the vote.", "Republican"),
])
def test_a_person_who_rose_to_speak_is_no_river(gaz, text, name):
    """"rose" is a river's only with a measure or a level after it; rising to speak is a person's."""
    assert all(not (t.place and (t.place.feature_code or "").startswith("STM"))
               for t in geoparse(gaz, text) if t.text == name)


# -- 2. a government acting ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Japan flew home 200 citizens from the port on Friday.", "Japan"),
    ("Germany flew out the last of its diplomats on Monday.", "Germany"),
    ("Mexico rules out new tariffs on steel.", "Mexico"),
    ("Peru rules out a return to the talks.", "Peru"),
    # "out of hand" is the idiom, not a phrase of place: the verb keeps its particle
    ("Mexico rules out of hand any talks with the cartels.", "Mexico"),
    ("Chile ruled out of hand a new vote on the charter.", "Chile"),
])
def test_a_country_before_a_deed_of_government_is_no_place(gaz, text, name):
    assert not _read(gaz, text, name).locational


@pytest.mark.parametrize("text, name", [
    ("The team flew home on Sunday after the defeat in Japan.", "Japan"),
    ("Ohio rules require a permit for the march.", "Ohio"),
])
def test_a_place_a_team_flew_home_from_or_whose_rules_apply_stays_a_place(gaz, text, name):
    assert _read(gaz, text, name).locational


@pytest.mark.parametrize("text, name", [
    # the name is the object of a relative clause: the plane flew home, not the country
    ("The plane that left Japan flew home 200 passengers.", "Japan"),
    ("The jet that left Kenya flew out the last 50 tourists.", "Kenya"),
    # "all week" is a time, not an object carried
    ("Japan flew home all week.", "Japan"),
    # "out of state" and "out-of-state" are no particle of "rules"
    ("Texas rules out of state drivers must carry insurance.", "Texas"),
    ("Ohio rules out-of-state voters ineligible.", "Ohio"),
])
def test_a_relative_clause_a_time_or_out_of_state_makes_no_deed_of_government(gaz, text, name):
    assert _read(gaz, text, name).locational, text


# -- 3. a country holding a division, set off by "officials said" -------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("The Western Division of Fiji, officials said, was hit by the cyclone.", "FJ"),
    ("The Eastern Division of Fiji, officials said, lost power on Monday.", "FJ"),
])
def test_a_country_holding_a_division_before_a_speaker_is_the_place(gaz, text, country):
    assert ("Fiji", country) in located(gaz, text)


# -- 4. a firm GeoNames files as a town's alternate name ------------------------------------------------------------
def test_a_firm_filed_as_a_towns_alternate_name_is_no_place_before_its_state(gaz):
    """'Google' is an alternate name of Topeka, Kansas; "a X, California engineer" is the firm's frame, and
    California holds no reading of the name."""
    assert "Google" not in [n for n, _cc in located(gaz, "A Google, California engineer was fired.")]


@pytest.mark.parametrize("text, name, cc", [
    ("A Topeka, Kansas engineer was fired.", "Topeka", "US"),  # the town's own name, in its own state
    ("A Pellbrook, Ontario court fined the man.", "Pellbrook", "CA"),  # a noun a town has
])
def test_a_towns_own_name_or_a_towns_noun_keeps_the_town_before_its_state(gaz, text, name, cc):
    assert (name, cc) in located(gaz, text)


# -- 5. a province held only under its title in the country's language -----------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    ("Floods hit villages in Hainaut on Sunday.", "Hainaut", "BE"),
    ("Maastricht, Limburg, was quiet on Sunday.", "Limburg", "NL"),
])
def test_a_province_held_under_its_language_title_answers_to_its_bare_name(gaz, text, name, cc):
    """GeoNames holds Belgium's provinces as "Provincie Limburg", "Province du Hainaut": the news writes the bare
    name, which is the province where the story's towns lie in it (the Dutch Limburg keeps its own towns)."""
    assert (name, cc) in located(gaz, text)


def test_the_belgian_limburg_after_its_town_is_the_province_not_a_town(gaz):
    """Without the bare province, "Limburg" after Hasselt is read as the town Limbourg, also in Belgium."""
    t = _read(gaz, "Police arrested two men in Hasselt, Limburg, on Friday.", "Limburg")
    assert t.place is not None and t.place.country_code == "BE" and t.place.feature_code.startswith("ADM"), t.place


def test_a_country_named_in_a_provinces_language_title_is_no_alias_of_it():
    from eventwatch.geo.sources import division_derived_names

    assert "Luxembourg" not in division_derived_names("Province du Luxembourg", "BE")
    assert "Namur" in division_derived_names("Province de Namur", "BE")


# -- 6. a person taken by police, then a near-aside ------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Police captured Ekema, near Kumba, on Monday.", "Ekema"),
    ("Gendarmes seized Tankoro, near Maroua, on Sunday.", "Tankoro"),
])
def test_a_name_police_captured_or_seized_before_a_near_aside_is_no_place(gaz, text, name):
    """Police capture and seize people as they take them into custody: as after "took", a near-aside alone does
    not make the object a place."""
    assert name not in [n for n, _cc in located(gaz, text)]


def test_a_village_rebels_captured_before_a_near_aside_stays_a_place(gaz):
    assert ("Tangoro", "CD") in located(gaz, "Rebels captured Tangoro, near Goma, on Friday.")


@pytest.mark.parametrize("text, name, cc", [
    # entering, recapturing or standing at a place takes no person: the police guard is for capture and seizure
    ("Police entered Mbanjo, near Kumba, on Monday and arrested four men.", "Mbanjo", "CM"),
    ("Gendarmes entered Tchakamadje, near Maroua, on Sunday.", "Tchakamadje", "CM"),
    ("Police recaptured Mbanjo, near Kumba, after the separatists fled.", "Mbanjo", "CM"),
    ("Police at Mbanjo, near Kumba, said four men were held.", "Mbanjo", "CM"),
    # officers of an armed group capture villages, as rebels do
    ("Rebel officers captured Kibirizi, near Rutshuru, on Friday.", "Kibirizi", "CD"),
])
def test_a_village_police_entered_recaptured_or_stood_at_before_a_near_aside_stays_a_place(gaz, text, name, cc):
    assert (name, cc) in located(gaz, text), text


# -- 7. "the X valley" or "the X basin" of a held river, in a story set elsewhere than X's namesakes -------------
@pytest.mark.parametrize("text, name, cc", [
    ("Floods swept the Drava valley in Croatia on Monday.", "Drava", "HR"),
    ("Floods swept the Drava valley, Croatian officials said.", "Drava", "HR"),
])
def test_the_valley_or_basin_of_a_held_river_is_the_river_not_a_far_namesake(gaz, text, name, cc):
    """A valley or a basin is a river's: where the name's reading lies in no country the story names, the river
    the gazetteer holds as "X River" is meant, not a namesake division or town abroad."""
    t = _read(gaz, text, name)
    assert t.locational and t.place is not None and (t.place.feature_code or "").startswith("STM"), text
    assert t.place.country_code == cc, text


@pytest.mark.parametrize("text, name, cc", [
    ("Floods swept the Drava valley in Croatia on Monday.", "Drava", "HR"),
    ("Farmers in the Sava valley lost their crops in Serbia. Aid reached the Sava valley on Monday.", "Sava", "RS"),
])
def test_the_valley_of_a_river_in_the_storys_country_is_the_river_at_every_mention(gaz, text, name, cc):
    """The story's countries are counted once, leaving out every mention of the valley's own name: a repeated
    valley does not vouch for its own far reading."""
    found = [t for t in geoparse(gaz, text) if t.text == name]
    assert len(found) == text.count(name), text
    for t in found:
        assert t.place is not None and t.place.feature_code.startswith("STM") and t.place.country_code == cc, text


@pytest.mark.parametrize("text, name, cc", [
    # the Sava's and the Kosi's mouths lie in Serbia and India: a Croatian or a Nepalese story stays there
    ("Farmers in the Sava valley lost their crops in Croatia.", "Sava", "HR"),
    ("Farmers in the Sava valley lost their crops in Croatia. Aid reached the Sava valley on Monday.", "Sava", "HR"),
    ("Heavy rain fell in the Kosi basin in Nepal. The Kosi basin is home to millions.", "Kosi", "NP"),
    # only a demonym names the country: there is no place to stand in at, so the valley is read as that country
    ("Farmers in the Sava valley lost their crops, Croatian officials said.", "Sava", "HR"),
    ("Heavy rain fell in the Kosi basin, Nepalese officials said.", "Kosi", "NP"),
])
def test_a_valley_whose_river_mouth_lies_outside_the_storys_country_stays_in_the_storys_country(gaz, text, name, cc):
    """Neither the far namesake (a Sava province in Madagascar, a Kosi town in India) nor the river's mouth in a
    neighbouring country: each mention stands in at the story's country."""
    got = [c for n, c in located(gaz, text) if n == name]
    assert got == [cc] * text.count(name), (text, got)


@pytest.mark.parametrize("text, name", [
    ("Floods hit the Shabelle valley in Somalia.", "Shabelle"),
    ("Floods hit the Shire valley, Malawian officials said.", "Shire"),
    ("Crops failed across the Orange basin, Namibian officials said.", "Orange"),
])
def test_a_river_the_gazetteer_gives_no_country_is_across_no_border(gaz, text, name):
    """A river shared by several countries has no country in GeoNames: its mouth is in none the story names, but
    that says nothing of a border, and the river stays the place."""
    t = _read(gaz, text, name)
    assert t.locational and t.place is not None and t.place.feature_code.startswith("STM"), text


@pytest.mark.parametrize("text, name, cc, code", [
    ("Rains flooded the Kabul valley.", "Kabul", "AF", "PPLC"),
    ("The Kabul basin was dry.", "Kabul", "AF", "PPLC"),
    ("Taliban fighters entered the Helmand valley.", "Helmand", "AF", "ADM1"),
    ("Fighting spread across the Congo basin.", "Congo", "CD", "PCLI"),
])
def test_a_capital_province_or_country_before_valley_with_nothing_against_it_is_kept(gaz, text, name, cc, code):
    """With no other place in the story, nothing says the capital, the province or the country is a far namesake."""
    t = _read(gaz, text, name)
    assert t.place is not None and (t.place.country_code, t.place.feature_code) == (cc, code), t.place


def test_a_valley_feature_held_under_its_own_name_is_kept(gaz):
    t = _read(gaz, "Troops moved into the Swat valley in Pakistan.", "Swat")
    assert t.place is not None and t.place.country_code == "PK" and not (t.place.feature_code or "").startswith("STM")
