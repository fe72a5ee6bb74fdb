"""Round thirty of known leftovers: classes of English errors left by earlier rounds.

1. An honorific other languages keep before a surname ("Dona Silva", "Señora Vega", "Frau Weber") before
   "(née X)" makes X a person's former name, as a given name or an English title does (geo/given_names_after.py).
   The honorifics count only there: as titles everywhere they would make places named with them people; and not
   after a place noun and "of" ("the village of Doña Clara, née San Pedro": a place called with the honorific).
2. "The" and an ocean's or sea's short name opening a sentence before a verb of being ("The Pacific was calm")
   and a state of water ("calm", "rough", "frozen") is the water, not a magazine ("The Atlantic was sold") nor the
   lands by a sea ("The Baltic was annexed") (geo/context_reading._bare_ocean); open water stands in for no
   unknown name merely written near it, only for one the text puts in it (geo/fallback.py); and a loose
   spelling over "The" and one word ("The Pacific" ~ a housing estate "The Pacifica") yields to that word
   written exactly (geo/recognise.py).
3. Monimbó is the indigenous quarter of Masaya, not of Managua (town_parts.yaml held it under Managua).
4. A place written with the town or small island it lies in ("Victoria, in Mahé", "Victoria, Gozo", "Chipata
   compound, Lusaka") lies there (geo/written_town_parts.py): an exact reading near the town is meant; a name with
   a town-part noun whose readings all lie far away is a part the gazetteer lacks, standing in at the town. A part
   never outnumbers its town: "the Johannesburg township of X" names the city first, and the city keeps its reading.
5. A town the gazetteer lacks before a state ("Power, Montana") stands in at the state: a name known only by loose
   spellings or as a county's bare name is an unknown village to its holder (geo/resolve.py `_contains`), a
   holder whose other readings lie in countries none of the town's readings lies in is not in doubt, and a
   county read by its bare name in another state is a namesake (geo/stated_containers.py).
6. A compass end after its town's possessive ("Toronto's East End", "Dayton's North Side") is that town's part,
   standing in at the town, as one written with "of" is (geo/compass_ends.py), unless the gazetteer holds an end of
   the name within the town's reach ("London's West End"). The possessive must be a place's: a person's ("Lula's
   East End visit") owns no town.

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import pytest

from conftest import found_names, located, locational_names, toponym


def _state(gaz, text: str, name: str) -> tuple:
    place = toponym(gaz, text, name).place
    return (place.country_code, place.admin1) if place is not None else None


# -- 1. an honorific before "(née X)" ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Dona Silva (née Recife) left the city in 1990.", "Recife"),
    ("Doña Ruiz (née Cartagena) opened the shop in 2004.", "Cartagena"),
    ("Senhora Costa (née Natal) taught in Fortaleza.", "Natal"),
])
def test_an_honorific_before_nee_makes_a_persons_former_name(gaz, text, word):
    """"Dona Silva" is a woman however many hamlets are called Silva: the name after "née" is her maiden name."""
    assert word not in found_names(gaz, text)


@pytest.mark.parametrize("text, word", [
    ("Myanmar (née Burma) reopened a border post.", "Burma"),
    ("Visitors to Doña Ana County praised the new trail.", "Doña Ana County"),
])
def test_a_place_before_nee_or_named_with_an_honorific_stays_a_place(gaz, text, word):
    """A firm place owns its own former name; an honorific outside "née" makes nobody a person."""
    assert word in found_names(gaz, text)


@pytest.mark.parametrize("text, word", [
    ("The village of Doña Clara, née San Pedro, grew fast.", "San Pedro"),
    ("The town of Doña Rosa, née San Miguel, held a fair.", "San Miguel"),
    ("The hamlet of Doña Elena, née San Rafael, got a clinic.", "San Rafael"),
])
def test_a_place_named_with_an_honorific_before_nee_keeps_its_former_name(gaz, text, word):
    """"the hamlet of Doña Inés": a place noun and "of" before the honorific make the honorific part of a place's
    name, so the name after "née" is the place's former name, not a woman's maiden name."""
    assert word in found_names(gaz, text)


# -- 2. an ocean or a sea opening a sentence --------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The Pacific was calm.", "Pacific"),
    ("The Pacific remained rough for days, the navy said.", "Pacific"),
    ("The Baltic was frozen near the coast.", "Baltic"),
    ("The Atlantic stayed stormy through the week.", "Atlantic"),
    ("The Pacific was unusually choppy for the crossing.", "Pacific"),
])
def test_an_ocean_opening_a_sentence_before_a_verb_of_being_is_the_water(gaz, text, name):
    """How the water was is said of the ocean; nothing else is called "The Pacific" and is calm."""
    p = toponym(gaz, text, name).place
    assert p is not None and p.feature_code in {"OCN", "SEA"}, p


@pytest.mark.parametrize("text, name", [
    ("The Pacific was calm as the convoy left Subic Bay.", "Subic Bay"),
    ("The Baltic was icy as the ships left Kiel Harbour.", "Kiel Harbour"),
])
def test_an_ocean_stands_in_for_no_unknown_name_written_near_it(gaz, text, name):
    """Open water holds no harbour or quay merely written after it: an ocean's point lies thousands of kilometres
    from any such place, so the unknown name is left without a point rather than put at sea."""
    t = toponym(gaz, text, name)
    assert t.place is None and (t.fallback is None or t.fallback.feature_code not in {"OCN", "SEA"}), t.fallback


def test_an_ocean_still_holds_a_name_the_text_puts_in_it(gaz):
    """"X Shoal in the Atlantic": the text says the shoal lies in the ocean, so the ocean stands in for it."""
    t = toponym(gaz, "The crew rescued fishermen near Mako Shoal in the Atlantic.", "Mako Shoal")
    assert t.place is None and t.fallback is not None and t.fallback.feature_code == "OCN", t.fallback


@pytest.mark.parametrize("text", [
    "The Atlantic reported that the senator resigned.",  # a magazine reports
    "The Atlantic was the first magazine to print the essay.",  # what it is: an identity, the magazine's
    "The Pacific Rim was busy.",  # a longer name
    "The China Daily quotes the minister as saying the talks failed.",  # a newspaper's title
    "The Atlantic was launched by a group of writers and now prints monthly.",  # a verb of being, no water state
    "The Atlantic is owned by a family trust.",
    "The Atlantic was bought by a media group.",
    "The Atlantic grew its readership last year.",  # no verb of being
    "The Atlantic turned down a request for comment.",
    "The Atlantic looked into the rumours and found nothing.",
    "The Baltic was annexed by Stalin in 1940.",  # the lands by the sea, not the water
])
def test_the_capitalised_name_as_a_title_stays_no_place(gaz, text):
    assert locational_names(gaz, text) == []


# -- 3. Monimbó is Masaya's ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Protesters gathered in Monimbó, Masaya, on Sunday.",
    "Police fired on marchers in Monimbó.",
])
def test_monimbo_is_a_quarter_of_masaya(gaz, text):
    assert _state(gaz, text, "Monimbó") == ("NI", "Masaya Department")


# -- 4. a place written with the town it lies in ----------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("A cholera outbreak hit Chipata compound, Lusaka, last month.", "Chipata"),
    ("Police raided the Hamilton compound in Lusaka at dawn.", "Hamilton"),
    ("Residents of the Richmond ward of Durban marched.", "Richmond"),
])
def test_a_town_part_with_only_far_namesakes_stands_in_at_its_town(gaz, text, name):
    """"X compound, Lusaka" is in Lusaka: a city of the name across the country, or a Hamilton in Canada, is not it."""
    t = toponym(gaz, text, name)
    city = found_names(gaz, text)[-1]
    assert t.place is None and t.fallback is not None and t.fallback.name == city, (t.place, t.fallback)


@pytest.mark.parametrize("text, city", [
    ("Fires burned in the Johannesburg township of Soshanguve.", "Johannesburg"),
    ("Troops entered the Pretoria township of Soshanguve at noon.", "Pretoria"),
    ("Police raided homes in Paris suburb, Meaux, on Monday.", "Paris"),
])
def test_a_city_named_before_its_part_keeps_its_reading(gaz, text, city):
    """"the Cape Town township of X" names the city first and its part after it: a part never outnumbers its town,
    so the city, larger than the part or its capital, is not demoted to a part of the place after it."""
    p = toponym(gaz, text, city).place
    assert p is not None and p.name == city, (p, toponym(gaz, text, city).fallback)


@pytest.mark.parametrize("text, name, cc", [
    ("Voters queued in Victoria, in Mahé, on Saturday.", "Victoria", "SC"),
    ("Ferries left Victoria, in Mahé, at noon.", "Victoria", "SC"),
    ("Police patrolled Victoria, on Gozo, overnight.", "Victoria", "MT"),
    ("Rain fell on Victoria, Gozo, all day.", "Victoria", "MT"),
])
def test_a_name_written_with_its_town_or_island_takes_the_reading_there(gaz, text, name, cc):
    """Mahé's town is the Seychelles' capital and Gozo's is Malta's Victoria: "Victoria, in Mahé" is that
    Victoria, not Hong Kong's old name nor Australia's state."""
    assert (name, cc) in located(gaz, text)


@pytest.mark.parametrize("text, name, cc", [
    ("Buses linked Chipata and Lusaka.", "Chipata", "ZM"),  # no comma, no part noun: the city itself
    ("Flights linked Lagos, Abuja and Kano.", "Lagos", "NG"),  # a list
])
def test_a_name_beside_a_town_but_not_in_it_keeps_its_reading(gaz, text, name, cc):
    t = toponym(gaz, text, name)
    assert t.place is not None and t.place.country_code == cc and t.place.feature_code.startswith("PPL"), t.place


# -- 5. a town the gazetteer lacks, before its state ---------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("A fire destroyed a barn near Power, Montana, on Tuesday.", "Power"),
    ("Hail flattened wheat near Brady, Montana, on Friday.", "Brady"),
    ("Deputies searched a home in Moore, Montana, overnight.", "Moore"),
])
def test_a_town_the_gazetteer_lacks_stands_in_at_its_written_state(gaz, text, name):
    """No reading of the town lies in Bulgaria, so Bulgaria's Montana cannot be the holder; and a county of
    another state ("Power County, Idaho") or a town of another state is a namesake, not the town written."""
    assert ("Montana", "US") in located(gaz, text)
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None and t.fallback.admin1 == "Montana", (t.place, t.fallback)


@pytest.mark.parametrize("text, name, state", [
    ("The bridge near Power, Idaho, closed.", "Power", "Idaho"),  # the county lies in the state written
    ("A storm hit Harris, Texas, overnight.", "Harris", "Texas"),
    ("Floods hit Lincoln, Nebraska.", "Lincoln", "Nebraska"),
])
def test_a_name_with_a_reading_in_its_written_state_keeps_it(gaz, text, name, state):
    assert _state(gaz, text, name) == ("US", state)


@pytest.mark.parametrize("text, word", [
    ("Fans of Peter, Paul and Mary met in Ohio.", "Paul"),  # a list goes on: equals, no holder
    ("Tickets for Peter, Paul and Mary sold out in Boston.", "Paul"),
])
def test_a_name_before_a_comma_and_a_list_holds_nothing(gaz, text, word):
    """Only a holder that closes its phrase ("Power, Montana, on Tuesday") is read as holding an unknown name."""
    assert word not in locational_names(gaz, text)


# -- 6. a compass end after its town's possessive ------------------------------------------------------------------
@pytest.mark.parametrize("text, end, town, cc", [
    ("Crowds filled Toronto's East End for the parade.", "East End", "Toronto", "CA"),
    ("Shops in Dayton's North Side reopened on Monday.", "North Side", "Dayton", "US"),
    ("Power was cut in Aberdeen's West End overnight.", "West End", "Aberdeen", "GB"),
])
def test_a_compass_end_after_its_towns_possessive_stands_in_at_the_town(gaz, text, end, town, cc):
    """"Toronto's East End" is Toronto's, as "the East End of Toronto" is: not a hamlet 1,000 km away."""
    t = toponym(gaz, text, end)
    assert t.place is None and t.fallback is not None and t.fallback.name == town, (t.place, t.fallback)
    assert (town, cc) in located(gaz, text)


@pytest.mark.parametrize("text, person", [
    ("During Obama's West End visit in Glasgow, traders were hopeful.", "Obama"),
    ("During Lula's East End visit in London, crowds cheered.", "Lula"),
])
def test_a_persons_possessive_before_a_compass_end_owns_no_town(gaz, text, person):
    """A compass end after a possessive is its town's only where the possessive is a place's: a person's tour of
    an East End makes that person no town (the end is not put at a namesake town of the person's name)."""
    t = toponym(gaz, text, "West End" if "West End" in text else "East End")
    assert t.fallback is None or t.fallback.feature_code != "PPL" or t.fallback.name in {"Glasgow", "London"}, \
        t.fallback
    assert person not in locational_names(gaz, text)


def test_a_held_end_of_the_possessive_town_keeps_its_reading(gaz):
    """The gazetteer holds London's West End, which lies in London: that is the place meant."""
    p = toponym(gaz, "Theatres in London's West End stayed open.", "West End").place
    assert p is not None and p.admin1 == "England", p


# -- seen and already read right before round 30 -----------------------------------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    ("Clan militias clashed near Garowe, the Puntland capital, on Monday.", "Garowe", "SO"),
    ("Elders met in Garowe and Bosaso to discuss the vote.", "Garowe", "SO"),
    ("Flooding hit Bor, Malakal, Aweil, Rumbek and Torit in South Sudan.", "Aweil", "SS"),
    ("Rebels seized Bria, Bambari, Kaga-Bandoro and Ndele in the Central African Republic.", "Kaga-Bandoro", "CF"),
])
def test_already_read_right_regional_capitals(gaz, text, name, cc):
    assert (name, cc) in located(gaz, text)


def test_already_read_right_a_borough_with_its_county_in_the_next_sentence(gaz):
    text = "Police in Washington Borough closed a road. Warren County prosecutors said the driver was charged."
    assert _state(gaz, text, "Washington Borough") == ("US", "New Jersey")


@pytest.mark.parametrize("text", [
    "A storm hit Sauk Centre and Albany. Douglas County crews cleared roads near Alexandria.",
    "Sheriff's deputies in Albany arrested a man. Douglas County deputies helped near Osakis.",
])
def test_already_read_right_a_minnesota_story(gaz, text):
    assert _state(gaz, text, "Albany") == ("US", "Minnesota")
    assert _state(gaz, text, "Douglas County") == ("US", "Minnesota")


# -- left open ------------------------------------------------------------------------------------------------------
def test_a_town_named_with_another_town_is_the_town_not_its_region(gaz):
    """Mended in round 33: a peer read as a town by its own words ("near Gao") is a town, not a region's peer."""
    p = toponym(gaz, "Gunmen attacked a market in Menaka and another near Gao on Sunday.", "Menaka").place
    assert p is not None and p.feature_code.startswith("PPL")


@pytest.mark.xfail(strict=True, reason="Chorrillos, a district of Lima, is held nowhere in the gazetteer and is not "
                                        "recognised before the city")
def test_a_district_the_gazetteer_lacks_before_its_city(gaz):
    assert "Chorrillos" in found_names(gaz, "Police patrolled Chorrillos, Lima, after the quake.")


@pytest.mark.xfail(strict=True, reason="a later bare 'East End' with another city named between keeps its own "
                                        "readings (geo/compass_ends._own_town), and the gazetteer holds no Scottish "
                                        "East End: it lands on Ontario's hamlet, not at Glasgow")
def test_a_later_end_after_another_city_stands_in_at_that_city(gaz):
    text = "Crowds filled Toronto's East End for the parade. Later, in Glasgow, police said the East End was quiet."
    assert located(gaz, text)[-1] == ("East End", "GB")


def test_a_title_case_headline_county(gaz):
    p = toponym(gaz, "Lincoln Co. Man Arrested After Chase", "Lincoln Co.").place
    assert p is not None and p.feature_code == "ADM2"
