"""Round thirty-six of known leftovers: classes of English errors left by earlier rounds.

1. A list of small towns in a story that names a US state elsewhere ("..., Maine officials said") is judged by
   its members' towns in that state: a common word between two members ("Rockland, Union and Hope") is kept as
   the town near the neighbour's reading in the named state, not only near the neighbour's likeliest reading
   (geo/stated_state_towns.py, used by geo/context_reading._likeliest_readings).
2. "in X in COUNTRY" after a firm cue, as after a weak one, places a town none of whose readings lies in or near
   that country there: the namesake abroad gives way to a stand-in at the country
   (geo/stated_containers._holds_towns).
3. A vessel "from X" that docks, berths or arrives "at (the port of) Y" names the two ends of one crossing: Y is
   read within reach of X, as in "from X to Y" (geo/route_ends._ARRIVAL_GAP).
4. A municipality or a district abroad (a second- or third-order division) read for a name after a place cue, in a
   story set wholly in another, far country, is a local place the gazetteer lacks, as a town abroad is
   (geo/lone_foreign_towns._LOCAL_CODES).
   A sea held in no country ("the Sulu Sea") sets the story in none: it no longer counts as a second country.
5. Two names that both spell first-level divisions of the one country the story is told in (it names that
   country, or reads another name there, as "Kingston officials" reads Jamaica's capital) are a pair of its
   divisions: "floods hit Manchester and Portland" in a Jamaican story names two parishes
   (geo/one_country_division_lists.LEAST_PAIRED); three were needed before, whatever the story.
6. A car maker written after "at" and a noun of work or its disputes ("protests at Ford", "a strike at Nissan",
   "job cuts at Toyota") is the company, not a town of its name (geo/false_places._workplace_at, with the nouns
   in data/gazetteer/false_places.yaml `workplace_nouns`).
7. Seen and left: see the strict xfails at the end, and those kept in earlier rounds' files.
8. Mended after review: the named state adds no towns of a name whose likeliest reading is a capital or a city
   of the world abroad ("an Ohio band toured London, Hope and Paris"); a town of a territory with its own code
   written in the country that governs it ("in Kourou in France") keeps its reading
   (geo/governed_territories.py); a division abroad stands in only where its name may be a namesake's (bare,
   and borne by another place too, or a landform's name, see 9): "Kern County", "Kirklees" keep theirs
   (lone_foreign_towns._namesake_division); a pair of divisions is not read where the writer gave a member its
   state ("Portland, Oregon") or a member is read as a country ("Georgia and Washington"); a make that a city of
   size shares (Lincoln, Plymouth) stays the city after "pickets at" (false_places.CITY_MAKE_POPULATION).
9. Mended after the second review: only a member written with its state right after it ("Portland, Oregon")
   refuses a pair, not a state named anywhere in the story; only a national capital abroad keeps a named state's
   towns out ("Manchester, Hope and Union ..., a Maine official said" stays Maine's); "the" no longer makes a
   division a namesake, a landform's head does ("the Derwent Valley"), and an island's word names the island
   ("the Isle of Wight"); a make a city shares is the company where another make is written near it ("job cuts
   at Lincoln and Mercury").

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import dataclasses

import pytest

from conftest import event_place, found_names, reading_of as _where, stand_in_country as _stand_in
from eventwatch.geo.stated_state_towns import stated_state_towns


# -- 1. a list of small towns in a story naming a US state --------------------------------------------------------
@pytest.mark.parametrize("text, names, state", [
    ("Shelters opened in Rockland, Union and Hope overnight, Maine officials said.", ("Rockland", "Union", "Hope"),
     "Maine"),
    ("Volunteers from Camden, Union and Hope cleared fallen trees, the Maine forest service said.",
     ("Camden", "Union", "Hope"), "Maine"),
    ("Farmers from Clinton, Liberty and Unity met at the fair, a Maine agriculture official said.",
     ("Clinton", "Liberty"), "Maine"),
    ("Tornado sirens sounded in Protection, Liberal and Plains on Sunday night, Kansas officials said.",
     ("Liberal", "Plains"), "Kansas"),
])
def test_a_list_of_small_towns_is_read_in_the_state_the_story_names(gaz, text, names, state):
    """Rockland, Camden and Plains name many towns, the first of them outside the state; the story names the
    state, and the ordinary word beside them (Union, Liberty, Liberal) is that state's town beside the
    neighbour's reading there."""
    assert {_where(gaz, text, n)[:2] for n in names} == {("US", state)}


def test_a_list_in_a_story_naming_another_state_is_read_there(gaz):
    """Guard: a story that names New Jersey reads Camden and Union as New Jersey's towns, not Maine's."""
    text = "Students from Camden, Union and Hope won prizes, the New Jersey education department said."
    assert {_where(gaz, text, n)[:2] for n in ("Camden", "Union")} == {("US", "New Jersey")}


@pytest.mark.parametrize("text", [
    "Fire crews from Washington, Hope and Liberty responded to the blaze, the Maine fire marshal said.",
    "AUGUSTA, Maine — Fire crews from Washington, Hope and Liberty responded to the blaze.",
])
def test_a_capitals_name_in_a_list_of_towns_of_a_named_state(gaz, text):
    """With Maine named (by a body or a dateline), "Washington, Hope and Liberty" is a list of Maine's towns."""
    assert {_where(gaz, text, n)[:2] for n in ("Washington", "Hope", "Liberty")} == {("US", "Maine")}


# -- 2. "in X in COUNTRY" after a firm cue --------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, country", [
    ("Soldiers were ambushed in Kingsbridge in Uganda on Sunday.", "Kingsbridge", "UG"),
    ("Two nurses were abducted near Stratford in Mozambique.", "Stratford", "MZ"),
    ("Gunmen shot a farmer near Windsor in Zambia.", "Windsor", "ZM"),
])
def test_a_town_after_a_firm_cue_in_a_country_none_of_its_readings_lies_in(gaz, text, name, country):
    """"In" and "near" place the town in the country written after it; its readings lie on other continents, so
    it is a town the gazetteer lacks there, standing in at the country."""
    assert _stand_in(gaz, text, name) == country


@pytest.mark.parametrize("text, name, country", [
    ("A bomb exploded in Omagh in Ireland.", "Omagh", "GB"),
    ("Rebels attacked a convoy near Mafikeng in Botswana.", "Mafikeng", "ZA"),
])
def test_a_town_across_the_stated_countrys_border_keeps_its_reading(gaz, text, name, country):
    """Guard: a reading a short way across the stated country's border is the same town, seen across a border."""
    assert _where(gaz, text, name)[0] == country


def test_a_town_after_a_word_of_origin_keeps_its_reading(gaz):
    """Guard: refugees from a town came from wherever it is; the country after it is where they are now."""
    assert _where(gaz, "Refugees from Tilbury in Malawi arrived on Monday.", "Tilbury")[0] == "GB"


# -- 3. a vessel from one port docking at another ----------------------------------------------------------------
@pytest.mark.parametrize("text, name, country", [
    ("The ferry from Bari docked at the port of Bar on Tuesday morning.", "Bar", "ME"),
    ("The ferry from Dover docked at Calais two hours late.", "Calais", "FR"),
    ("A ship from Dover berthed at the port of Calais on Monday.", "Calais", "FR"),
])
def test_a_vessels_port_of_call_is_read_within_reach_of_its_port_of_departure(gaz, text, name, country):
    """A ferry or a ship crosses between two ports a few hundred kilometres apart: the port it docks at is the
    reading near the one it sailed from (Montenegro's Bar, not India's village; France's Calais, not Maine's)."""
    assert _where(gaz, text, name)[0] == country


def test_a_person_arriving_from_a_town_is_no_crossing(gaz):
    """Guard: a minister from Bari may arrive in Bar from anywhere: with no vessel, the pair reads nothing."""
    assert _where(gaz, "A minister from Bari arrived in Bar on Monday.", "Bar") is None


# -- 4. a municipality abroad in a story set wholly in another country ---------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("ZAMBOANGA CITY — Boats from Basilan and Sulu waited at the port, and buyers came from Cotabato City. "
     "Fishermen in Ayala said the canneries should pay them.", "Ayala"),
    ("ILOILO CITY — Rice traders from Roxas City and Kalibo met buyers in Iloilo City on Friday. Farmers in "
     "Turicato said the rains came late.", "Turicato"),
])
def test_a_municipality_abroad_in_a_story_set_in_one_far_country_stands_in_there(gaz, text, name):
    """Every other place lies in the Philippines; the name's only readings are a Mexican municipality and its
    seat, half a world away: a barangay the gazetteer lacks, standing in at the story's places."""
    assert _stand_in(gaz, text, name) == "PH"


@pytest.mark.parametrize("text, name, country", [
    ("MANILA — Relatives in Cebu, Davao and Iloilo mourned a nurse killed in a crash in Kern County.",
     "Kern County", "US"),
    ("ACCRA — Families in Kumasi, Tamale and Cape Coast said a driver died in a crash in Maricopa County.",
     "Maricopa County", "US"),
    ("LAHORE — Relatives in Karachi, Multan and Faisalabad mourned a man stabbed in Kirklees.", "Kirklees", "GB"),
    ("SYLHET — Cousins in Sunamganj, Habiganj and Moulvibazar said a waiter was attacked in Calderdale.",
     "Calderdale", "GB"),
])
def test_a_division_named_as_such_or_by_a_name_of_its_own_keeps_its_reading(gaz, text, name, country):
    """Guard (review of round 36): a county named with its division word, or a borough by a name no other place
    bears, is that division: what happened to people abroad, not a local place the gazetteer lacks."""
    assert _where(gaz, text, name)[0] == country


def test_a_valley_named_after_the_article_may_be_a_namesake(gaz):
    """A division held only under a valley's name ("Valley", a landform's head) names the story's own valley: the
    Tasmanian municipality stands in at the English places around it."""
    text = ("CONSETT — Buses from Stanley and Durham to Newcastle will run less often, and villages in the Derwent "
            "Valley will lose a link.")
    assert _stand_in(gaz, text, "Derwent Valley") == "GB"


def test_a_municipality_in_the_storys_own_country_keeps_its_reading(gaz):
    """Guard: a story of Morelos reads Ayala as Morelos's municipality."""
    text = "Farmers from Morelos and Puebla met in Cuernavaca on Monday, and growers in Ayala joined them."
    assert _where(gaz, text, "Ayala")[:2] == ("MX", "Morelos")


def test_a_sea_of_no_country_does_not_keep_a_municipality_abroad(gaz):
    """A sea named beside the story's Philippine places is in no country; it does not make the story one of two
    countries, so the Mexican municipality still stands in at the story's places."""
    text = ("GENERAL SANTOS — Tuna boats from Sarangani and Davao City sailed into the Celebes Sea. Crews in Churumuco "
            "said fuel was dear.")
    assert _stand_in(gaz, text, "Churumuco") == "PH"


# -- 5. a pair of divisions of the country the story is told in ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kingston officials said floods hit Manchester and Portland overnight.",
    "Jamaica's army said landslides closed roads in Portland and Manchester.",
    "The storm damaged Montego Bay's port; later it flooded homes in Manchester and Portland.",
])
def test_a_pair_of_parishes_in_a_jamaican_story(gaz, text):
    """Jamaica's capital, its name or a town read there tells the story's country; Manchester and Portland both
    spell its parishes, and the pair is read as them, not as New Hampshire's and Oregon's cities."""
    assert {_where(gaz, text, n)[::2] for n in ("Manchester", "Portland")} == {("JM", "ADM1")}


@pytest.mark.parametrize("text, name, country", [
    ("The Jamaican squad played two friendlies in Manchester and Portland, Oregon, its coach said.", "Manchester",
     "US"),
    ("Jamaica's tourism minister met hotel owners in Manchester and Portland, Maine, last week.", "Portland", "US"),
    ("Mexico's consulate said workers from Sinaloa and Durango, Colorado, were held at the border.", "Durango",
     "US"),
])
def test_a_pair_whose_member_the_writer_placed_in_a_state_keeps_its_readings(gaz, text, name, country):
    """Guard (review of round 36): "Portland, Oregon" says where the town lies; a pair of which one member was
    given its state is two towns, whatever country the story is told in."""
    assert _where(gaz, text, name)[0] == country


@pytest.mark.parametrize("text", [
    "US officials said Russian tanks gathered near Georgia and Washington protested to Moscow.",
    "Russia's envoy said relations with Georgia and Washington were strained, a US diplomat said.",
])
def test_a_pair_with_a_country_in_it_is_no_pair_of_states(gaz, text):
    """Guard (review of round 36): Georgia read as the country beside Washington is a country and a capital:
    Washington is not made the state by the pair."""
    assert _where(gaz, text, "Washington") == ("US", "District of Columbia", "PPLC")


def test_a_pair_in_a_story_told_nowhere_keeps_its_readings(gaz):
    """Guard: with no name read in Jamaica, two names spelling its parishes are not enough to make them parishes."""
    text = "Snow closed roads in Manchester and Portland on Monday."
    assert {_where(gaz, text, n)[0] for n in ("Manchester", "Portland")} == {"US"}


# -- 6. a car maker after "at" and a noun of work -------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Workers staged protests at Ford in South Africa on Monday.", "Ford"),
    ("Workers went on strike at Nissan in Mexico on Monday.", "Nissan"),
    ("The union said job cuts at Toyota would hit two plants in Brazil.", "Toyota"),
])
def test_a_car_maker_after_a_dispute_at_it_is_the_company(gaz, text, name):
    """Protests, strikes and job cuts happen at a company: the maker's name is no place, and the event keeps the
    country the sentence names."""
    assert name not in found_names(gaz, text)


def test_a_make_after_at_with_no_work_noun_is_left_a_place(gaz):
    """Guard: "shot at Ford" says where, as any "at X" does: the name stays a place (Kansas's county here)."""
    assert _where(gaz, "Two men were shot at Ford on Monday, police in Kansas said.", "Ford")[:2] == ("US", "Kansas")


@pytest.mark.parametrize("text, name", [
    ("Dockers held pickets at Plymouth harbour on Thursday.", "Plymouth"),
    ("Pupils staged protests at Lincoln on Sunday.", "Lincoln"),
    ("The layoffs at Plymouth will hurt the city's shops.", "Plymouth"),
    ("The air force said strikes at Lincoln wounded six.", "Lincoln"),
    ("Cleaners and staff at Lincoln's county hospital walked out.", "Lincoln"),
])
def test_a_make_that_a_city_of_size_shares_stays_the_city(gaz, text, name):
    """Guard (review of round 36): Lincoln and Plymouth are makes, but also cities of 100,000 people or more;
    after "protests at" or "staff at" they are where the thing happened, as after "at" alone."""
    assert name in found_names(gaz, text)


def test_a_make_no_city_shares_is_still_the_company(gaz):
    """Ford, which only hamlets share, is the company after "pickets at" in a sentence naming another country."""
    assert "Ford" not in found_names(gaz, "Dockers and drivers held pickets at Ford in Kenya on Monday.")


# -- 8. mended after review ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "An Ohio team visited London, Hope and Paris during a tour of Europe.",
    "An Ohio band toured London, Hope and Paris in June.",
])
def test_a_named_state_pulls_no_world_capital_into_it(gaz, text):
    """Guard: London and Paris are first the capitals: the state the story names adds no towns of theirs, so no
    member of the list that is found is read in Ohio (see the strict xfail below: they are not found)."""
    readings = [_where(gaz, text, n) for n in ("London", "Hope", "Paris") if n in found_names(gaz, text)]
    assert all(r is None or r[:2] != ("US", "Ohio") for r in readings)


@pytest.mark.xfail(strict=True, reason="London, Hope and Paris are all lost beside a named state (as before round 36): "
                                       "the list of a capital and a small town is not recognised as places")
@pytest.mark.parametrize("text", [
    "An Ohio team visited London, Hope and Paris during a tour of Europe.",
    "A Kansas band played London, Hope and Paris in May.",
])
def test_capitals_in_a_list_beside_a_named_state_are_the_capitals(gaz, text):
    assert (_where(gaz, text, "London") or ("",))[0] == "GB" and (_where(gaz, text, "Paris") or ("",))[0] == "FR"


@pytest.mark.parametrize("text, name, country", [
    ("Protesters blocked roads in Kourou in France on Monday.", "Kourou", "GF"),
    ("Rioters looted shops in Pointe-a-Pitre in France overnight.", "Pointe-a-Pitre", "GP"),
    ("Two men were shot in Le Lamentin in France on Sunday.", "Le Lamentin", "MQ"),
])
def test_a_town_of_an_overseas_department_written_in_its_governing_country(gaz, text, name, country):
    """French Guiana, Guadeloupe and Martinique have codes of their own but are France: a town of one written "in
    France" is that town, not a namesake the gazetteer lacks in metropolitan France."""
    assert _where(gaz, text, name)[0] == country


def test_a_town_written_in_a_country_that_governs_no_territory_of_it_still_stands_in(gaz):
    """Guard: a town none of whose readings lies in or is governed by Zambia still stands in there."""
    assert _stand_in(gaz, "Two herders were shot in Tilbury in Zambia on Sunday.", "Tilbury") == "ZM"


# -- 9. mended after the second review ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, parish", [
    ("MONTEGO BAY, Jamaica — Rains flooded Manchester and Portland, a Connecticut pastor said.", "Portland",
     "Portland Parish"),
    ("MONTEGO BAY, Jamaica — Rains flooded Manchester and Portland, a Connecticut pastor said.", "Manchester",
     "Manchester"),
    ("Jamaica's army said floods cut roads in St Ann and Portland, while nurses from Oregon arrived.", "Portland",
     "Portland Parish"),
    ("Jamaica's fire service said storms hit Manchester and Portland; a school in Oregon sent tents.", "Portland",
     "Portland Parish"),
])
def test_a_state_named_elsewhere_in_the_story_places_no_member_of_a_pair(gaz, text, name, parish):
    """Only "Portland, Oregon" (the state right after the member) says where the writer put the town; a state
    named elsewhere, as a donor's or a helper's home, leaves the pair the story's own country's parishes."""
    assert _where(gaz, text, name)[:2] == ("JM", parish)


@pytest.mark.parametrize("text, names", [
    ("Rains washed out bridges in Manchester, Hope and Union, the Maine highway office said.", ("Manchester", "Hope")),
    ("Storms cut power to Manchester, Hope and Union, a Maine lineman said.", ("Manchester", "Hope")),
])
def test_a_large_city_abroad_leaves_the_named_states_towns(gaz, text, names):
    """Only a national capital abroad keeps the named state's towns out: US towns named for Manchester are
    many, and a Maine list of Manchester, Hope and Union is Maine's, in whatever order it is written."""
    assert all(_where(gaz, text, n)[:2] == ("US", "Maine") for n in names)


@pytest.mark.parametrize("text, name", [
    ("CHITTAGONG — Relatives in Comilla, Bogra and Rangpur said a cook was stabbed in the Scottish Borders.",
     "Scottish Borders"),
    ("CEBU — Kin in Davao, Iloilo and Bacolod said a carer was hurt in the Vale of Glamorgan.", "Vale of Glamorgan"),
    ("ABUJA — Parents in Kano, Ibadan and Enugu said a pupil drowned off the Isle of Wight.", "Isle of Wight"),
    ("DAVAO — Families in Cebu, Iloilo and Tacloban said a sailor died in the Shetland Islands.",
     "Shetland Islands"),
    ("SURABAYA — Kin in Medan, Bandung and Semarang said a trawlerman died in the Orkney Islands.",
     "Orkney Islands"),
])
def test_a_division_written_with_the_article_keeps_its_reading(gaz, text, name):
    """Guard: "the" alone does not make a division a namesake; regions and islands are written with it. Only a
    landform's head ("the Derwent Valley") does, and an island's word ("Isle", "Islands") names the island."""
    assert _where(gaz, text, name)[0] == "GB"


@pytest.mark.parametrize("text", [
    "Ford said job cuts at Lincoln and Mercury would hit 2,500 staff in Ohio.",
    "Unions said layoffs at Lincoln would cost 500 jobs at the Ford plant in Kentucky.",
    "GM said job cuts at Buick and Cadillac would hit 3,000 workers in Michigan.",
])
def test_a_make_beside_a_sister_make_or_its_maker_is_the_company(gaz, text):
    """A make a city shares (Lincoln) is the company after "cuts at" where another make is written near it: its
    sister make or its parent maker. The event lies in the state named, not in Nebraska or England."""
    place = event_place(gaz, text)
    assert "Lincoln" not in found_names(gaz, text) and place is not None and place.country_code == "US" \
        and place.feature_code == "ADM1"


def test_a_make_a_city_shares_with_no_other_make_near_stays_the_city(gaz):
    """Guard: with no other make written near it, Lincoln after "job cuts at" is still the city."""
    assert "Lincoln" in found_names(gaz, "The council said job cuts at Lincoln would close two libraries.")


def test_a_named_state_adds_only_towns_spelled_as_written(gaz):
    """A named state adds a neighbour's towns spelled as the text writes the name: a looser match ("Saint Paris"
    for "Paris") is another name, and is not added however well it lies."""
    exact = next(c for c in gaz.lookup("Paris") if c.country_code == "US" and c.admin1_code == "US.TX")
    loose = dataclasses.replace(exact, id=-1, name="Saint Paris", similarity=90.0)
    assert [c.id for c in stated_state_towns([exact, loose], {"US.TX"})] == [exact.id]


@pytest.mark.xfail(strict=True, reason="Sefton and Trafford have far namesakes (a Sydney suburb, Pennsylvania's "
                                       "borough), so 'another place bears it' holds for them as for Ayala; nothing "
                                       "yet tells a coined borough's name from a recurring saint's or hero's")
@pytest.mark.parametrize("text, name", [
    ("LALITPUR — Relatives in Biratnagar, Hetauda and Nepalgunj said a porter died in Sefton.", "Sefton"),
    ("CEBU — Kin in Davao, Iloilo and Bacolod said a cleaner was attacked in Trafford.", "Trafford"),
])
def test_a_bare_english_borough_with_far_namesakes_keeps_its_reading(gaz, text, name):
    assert _where(gaz, text, name)[0] == "GB"


# -- 7. seen and left -----------------------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="Portland, Oregon is Portland's first reading, and Portland, Maine lies some "
                                       "110 km from Union, beyond the 60 km a list's neighbours are judged within; "
                                       "the named state adds Maine's Portland, but too far to vouch for the word")
def test_a_list_with_a_large_city_a_county_away_in_a_named_state(gaz):
    text = "Crews restored power in Portland, Union and Hope after the gale, the Maine utility said."
    assert _where(gaz, text, "Union")[:2] == ("US", "Maine")


@pytest.mark.xfail(strict=True, reason="a dateline in capitals with no country ('STANLEY —') is read as the largest "
                                       "Stanley (Wisconsin's), and Mount Pleasant follows it; the Falklands' "
                                       "airfield is not held")
def test_a_falklands_dateline_alone(gaz):
    text = "STANLEY — Charter flights from Mount Pleasant to Punta Arenas start in March."
    place = event_place(gaz, text)
    assert place is not None and place.country_code == "FK"


@pytest.mark.xfail(strict=True, reason="since round 37 the county's exact reading replaces the refused look-alike "
                                       "(geo/exact_fallbacks.py), but a bare county held only by a derived form "
                                       "is dropped after 'across', as Uiseong and Hapcheon are")
def test_a_bare_korean_county_alone(gaz):
    assert _where(gaz, "Wildfires spread across Sancheong on Saturday.", "Sancheong") is not None


def test_a_border_river_takes_a_riparian_police_seats_country(gaz):
    """A national police force speaks for its own side of a border river: the Mekong, held in no country, takes
    Laos from a statement of the police in Vientiane (geo/water_countries.py). The strict xfail of batch 64 (a UN
    spokesman in Bangkok, an unheld village on the river) stays: the seat of a body of no country says nothing
    of the side, but no rule tells such a body from a national one yet."""
    text = "Two fishermen drowned on the Mekong on Friday, a police spokesman said in Vientiane."
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code) == ("Mekong", "LA")


@pytest.mark.xfail(strict=True, reason="'Kingston police' beside St Thomas and Portland is read as Kingston, Ontario "
                                       "(St. Thomas is an Ontario city too), so no name is read in Jamaica and the "
                                       "pair of parishes has no country to be told in. Round 37 found why: the "
                                       "support rounds swing both names between the two countries each round "
                                       "(each follows the other's last weights), and the last round leaves "
                                       "Kingston in Ontario and St Thomas in Jamaica; halving each step settles "
                                       "both in Ontario (one province) and moved 'Kingston police ... Portland' "
                                       "to Oregon, so it was not kept")
def test_kingston_police_beside_two_parishes(gaz):
    text = "Kingston police said landslides blocked roads in St Thomas and Portland."
    assert _where(gaz, text, "Kingston")[0] == "JM"
