"""Round thirty-one of known leftovers: classes of English errors left by earlier rounds.

1. A town named only as the seat of a body that speaks ("a rights group in Nairobi said ...") places no event
   there: a village of another country the story names is not refused for lying far from it
   (geo/speaker_seats.py, read by `Resolver._judge`). Residents, witnesses and police speak from the ground the
   events are on, so their town still places the story.
2. A bare name read as a first-level division that has a namesake town of its own, written beside another town of
   that country in the same sentence, is the town ("Menaka and Ansongo") (geo/region_towns.py); a division word
   after it ("the Menaka region") keeps the region, and a town matched by another name ("Montana City") is no
   namesake of its state. A name written as what holds another ("Irapuato, Guanajuato", "Saraqib in Idlib"), one
   after a compass or "rural" word ("northern Quebec"), and one beside a town lying in the region itself stay the
   region; so does one beside a peer named like a region of its own ("Menaka ... Gao": left as a strict xfail).
3. "the X would peak", "the X is expected to crest": a forecast of what water does after "the" and a bare name
   makes it the river the gazetteer holds (geo/river_verbs.py); peaking and rising only in a sentence of water.
4. "X, across the border in Y", "X, in neighbouring Y", "X, in central Y": an aside naming a country places the
   name before it in that country as "X, Y" does (geo/name_lists.py, geo/stated_containers.py), unless a list of
   such phrases goes on after it. "X, now in Y" says where a person from X went, not where X lies.
5. A national capital that, after an aside set off by commas, does an irregular deed to an object ("made no
   comment", "gave no reply") is its government, as with no aside (geo/associative.py); not after an aside of the
   place's plight or one saying what the place is or was, nor before the place's own object ("held its marathon").
6. A county cut short ("Lincoln Co.") on a Title Case line before a capitalised place noun ("Man", "Deputies") is
   the county, as before the noun in lower case (geo/county_abbreviations.py, geo/title_case.py); so is a word in
   capitals the recogniser left out as a common word ("PIKE CO. MAN").
7. A list of three or more towns of a district's size, each within a neighbour's reach of the others, is believed
   whole with no place cue ("Tamworth, Lichfield and Cannock lost power") (geo/neighbour_lists.py).
8. Left open: see the strict xfails at the end.

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import pytest

from conftest import locational_names, toponym


def _country(gaz, text: str, name: str):
    t = toponym(gaz, text, name)
    return t.place.country_code if t.place is not None else None


# -- 1. a speaker's seat places no event ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, country", [
    ("A rights group in Nairobi said militiamen burned homes near Kapoeta.", "Kapoeta", "SS"),
    ("Diplomats in Dakar said gunmen attacked soldiers near Gorom-Gorom.", "Gorom-Gorom", "BF"),
    ("An aid agency in Kampala has warned that cholera is spreading in Kodok.", "Kodok", "SS"),
])
def test_a_town_abroad_is_not_refused_for_lying_far_from_a_speakers_seat(gaz, text, name, country):
    """Rights groups, embassies and agencies speak from their seats about other countries: the seat sets no story
    in its own country, so the small town the statement names is still that town."""
    assert _country(gaz, text, name) == country


@pytest.mark.parametrize("text, name, seat", [
    ("Residents in Nairobi said militiamen burned homes near Kapoeta.", "Kapoeta", "KE"),
    ("Police in Kampala said cholera is spreading in Kodok.", "Kodok", "UG"),
    ("Floods in Nairobi killed four people near Kapoeta.", "Kapoeta", "KE"),
])
def test_people_on_the_ground_still_place_the_story(gaz, text, name, seat):
    """Residents and police speak where the events are, and floods happen where they are written: the story is
    set there, so a far village of another country stays unresolved and stands in at the story's town."""
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None and t.fallback.country_code == seat, (t.place, t.fallback)


@pytest.mark.parametrize("text, name, country", [
    ("The health ministry in Lima said dengue cases rose in Sullana.", "Sullana", "PE"),
    ("A government spokesman in Abuja said gunmen abducted pupils near Kankara.", "Kankara", "NG"),
])
def test_a_domestic_speakers_seat_still_leaves_the_town_in_its_own_country(gaz, text, name, country):
    """A ministry speaks of its own country too: the seat no longer sets the story, but the town it reports on is
    still read, or stands in, in that country, not at a namesake abroad."""
    t = toponym(gaz, text, name)
    where = t.place if t.place is not None else t.fallback
    assert where is not None and where.country_code == country, (t.place, t.fallback)


# -- 2. a region's namesake town beside another town ------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Soldiers left Menaka for Ansongo after the raid.", "Menaka"),
    ("Floods cut the road between Matam and Podor.", "Matam"),
])
def test_a_region_named_beside_a_town_of_its_country_is_its_town(gaz, text, name):
    """A writer who puts the name beside a town speaks of towns: the region's own namesake town is meant."""
    p = toponym(gaz, text, name).place
    assert p is not None and p.feature_code.startswith("PPL"), p


@pytest.mark.parametrize("text, name", [
    ("Fighting spread across the Menaka region.", "Menaka"),
    ("Floods hit Mopti and Segou regions.", "Mopti"),
    ("A rancher from Montana met a cousin from Dallas.", "Montana"),
    ("Firefighters saved a barn near Belgrade, Minnesota.", "Minnesota"),
])
def test_a_region_called_one_or_with_no_namesake_town_stays_the_region(gaz, text, name):
    """A division word keeps the division; "Montana City" is a town matched by the state's name, not the state's
    own namesake, so a US state beside a town stays the state."""
    p = toponym(gaz, text, name).place
    assert p is not None and p.feature_code == "ADM1", p


def test_a_region_beside_a_peer_region_stays_a_region_though_a_town_is_named(gaz):
    """A town of the country in the sentence does not make a province a town when a peer province is beside it:
    "restaurants in Quebec and Ontario" lists provinces, whatever town the sentence names."""
    for text in [
        "WOODSTOCK, N.B. — A potato processor in Woodstock will sell fries to restaurants in Quebec and Ontario, "
        "the firm said on Monday. The province will lend it $2 million.",
        "YARMOUTH, N.S. — A lobster buyer in Yarmouth will truck its catch to fish markets in Quebec and New "
        "Brunswick, a spokeswoman said. The company employs 60 people in the town.",
    ]:
        p = toponym(gaz, text, "Quebec").place
        assert p is not None and p.feature_code == "ADM1", (text, p)


@pytest.mark.parametrize("text, name", [
    ("Workers at a paper mill in Chicoutimi, Quebec, went on strike.", "Quebec"),
    ("A bakery in Cordoba, Veracruz, burned down on Friday.", "Veracruz"),
    ("Masked men robbed a pharmacy in Irapuato, Guanajuato, at dawn.", "Guanajuato"),
    ("Shelling hit Saraqib in Idlib overnight.", "Idlib"),
    ("Militants overran Khanabad in Kunduz on Monday.", "Kunduz"),
    ("Soldiers patrolled the road near Kolokani in Koulikoro.", "Koulikoro"),
])
def test_a_region_written_as_what_holds_a_town_stays_the_region(gaz, text, name):
    """"Irapuato, Guanajuato" and "Saraqib in Idlib" name the state or province a town lies in: the town beside it
    is no peer town, so the holder is not turned into its own seat."""
    p = toponym(gaz, text, name).place
    assert p is not None and p.feature_code == "ADM1", p


@pytest.mark.parametrize("text, name", [
    ("Wildfires in northern Quebec forced evacuations, and smoke reached Ottawa.", "Quebec"),
    ("Drought in eastern Kandahar drove herders toward Quetta and Kabul.", "Kandahar"),
])
def test_a_compass_part_of_a_region_stays_the_region_beside_a_town(gaz, text, name):
    """"northern Quebec" parts an area, which a city has no need of: a town of another region in the sentence
    does not make it the city."""
    p = toponym(gaz, text, name).place
    assert p is not None and p.feature_code == "ADM1", p


@pytest.mark.parametrize("text, name", [
    ("Wildfires in northern Quebec sent haze over Sherbrooke.", "Quebec"),
    ("Shelling in rural southern Idlib wounded two boys near Saraqib.", "Idlib"),
])
def test_a_region_beside_a_town_it_holds_stays_the_region(gaz, text, name):
    """Sherbrooke and Saraqib lie in the region itself: towns it holds, not peers that would make
    the region a town."""
    p = toponym(gaz, text, name).place
    assert p is not None and p.feature_code == "ADM1", p


# -- 3. a forecast of what the water will do ------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Floods hit Burton on Monday; the Environment Agency warned the Trent would peak overnight.", "Trent"),
    ("Engineers said the Sava would peak overnight as rain kept falling.", "Sava"),
    ("Officials warned the Jhelum would peak on Sunday after monsoon rains.", "Jhelum"),
])
def test_a_river_forecast_to_peak_is_the_river(gaz, text, name):
    """Only water peaks in a sentence of floods and rain: "the X would peak" is the river, not a town called X."""
    p = toponym(gaz, text, name).place
    assert p is not None and p.feature_code == "STM", p


def test_a_peak_with_no_water_is_no_river(gaz):
    """Sales peak too: with no word of water in the sentence, the bare name keeps its own reading."""
    p = toponym(gaz, "Sales at the Trent would peak in December, the manager said.", "Trent").place
    assert p is None or p.feature_code != "STM", p


# -- 4. a country named in an aside ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, country", [
    ("Health officials in Foya, in neighbouring Liberia, have stepped up checks.", "Foya", "LR"),
    ("Refugees fled to Lichfield, across the border in Zimbabwe, last month.", "Lichfield", "ZW"),
    ("Gunmen attacked Moura, in central Mali, on Sunday.", "Moura", "ML"),
    ("Cholera broke out in Hamilton, just across the border in Malawi.", "Hamilton", "MW"),
])
def test_an_aside_naming_a_country_places_the_name_there(gaz, text, name, country):
    """"X, across the border in Y" says Y holds X, as "X, Y" does: a reading in Y is taken, and a name with only
    namesakes elsewhere stands in at Y rather than at a town of another continent."""
    t = toponym(gaz, text, name)
    where = t.place if t.place is not None else t.fallback
    assert where is not None and where.country_code == country, (t.place, t.fallback)


@pytest.mark.parametrize("text, name, country", [
    ("Doctors from Homs, now in Norway, cannot go back.", "Homs", "SY"),
    ("A farmer from Gao, now in Niger, recalled the attack.", "Gao", "ML"),
])
def test_where_a_person_went_now_is_no_container_of_the_home_town(gaz, text, name, country):
    """"from X, now in Y" tells where people from X live today: X still lies where it always did."""
    assert _country(gaz, text, name) == country


@pytest.mark.parametrize("text, name, country", [
    ("Cholera broke out in Mutare, across the border from Mozambique, officials said.", "Mutare", "ZW"),
    ("Traders in Beitbridge, across the river from South Africa, closed their stalls.", "Beitbridge", "ZW"),
])
def test_a_town_across_the_border_from_a_country_is_not_in_it(gaz, text, name, country):
    """"across the border from Y" says the town faces Y, not that Y holds it: the town keeps its own country."""
    assert _country(gaz, text, name) == country


def test_a_list_of_in_phrases_is_no_aside(gaz):
    """"in Kabul, in Pakistan and in Iran" lists places: Pakistan does not hold Kabul."""
    assert _country(gaz, "Protests broke out in Kabul, in Pakistan and in Iran.", "Kabul") == "AF"


# -- 5. a capital's deed after an aside -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Moscow and Beijing, both big buyers of the gas, made no comment.",
    "Ankara and Tehran, both wary of the new pipeline, gave no reply.",
    "Ottawa, angered by the tariff, took no part in the talks.",
])
def test_capitals_doing_a_deed_after_an_aside_are_governments(gaz, text):
    """"made no comment" is the governments' after an aside as it is without one."""
    assert locational_names(gaz, text) == []


@pytest.mark.parametrize("text, name", [
    ("Harare, short of power for weeks, lost its water too.", "Harare"),
    ("Nairobi, once a small rail depot, took its name from a river.", "Nairobi"),
])
def test_a_capital_after_an_aside_of_its_plight_or_its_past_stays_a_place(gaz, text, name):
    """What the city's people lost, or how the town got its name, is the place's story, not its government's."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Ottawa, buried under a weekend of snow, broke its snowfall record.", "Ottawa"),
    ("Canberra, despite the heat, held its marathon on Saturday.", "Canberra"),
])
def test_a_capital_doing_a_deed_to_its_own_thing_after_an_aside_stays_a_place(gaz, text, name):
    """A record, a marathon or a festival that is "its" own is the city's, whatever the aside said before: no
    closed list of plights foresees every aside, but the owned object says the deed is the place's."""
    assert name in locational_names(gaz, text)


# -- 6. a county cut short in a Title Case headline -------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Lincoln Co. Man Arrested After Chase", "Lincoln Co."),
    ("Marion Co. Woman Wins State Lottery Prize", "Marion Co."),
    ("Boone Co. Residents Oppose New Landfill", "Boone Co."),
])
def test_a_title_case_headline_county_before_a_place_noun_is_the_county(gaz, text, name):
    """On a Title Case line a capital says nothing: "Co. Man" there is "Co. man", a county's resident, as in prose."""
    p = toponym(gaz, text, name).place
    assert p is not None and p.feature_code == "ADM2", p


@pytest.mark.parametrize("text, name", [
    ("PIKE CO. MAN CHARGED WITH THEFT IN KENTUCKY", "PIKE CO."),
    ("BELL CO. WOMAN HURT IN CRASH", "BELL CO."),
    ("HILL CO. DEPUTIES FIND STOLEN CAR", "HILL CO."),
])
def test_a_headline_county_named_like_a_common_word_is_the_county(gaz, text, name):
    """"PIKE", "BELL" and "HILL" are words the recogniser does not take as names in capitals; before "CO." and a
    county's noun in capitals they are the county's name all the same."""
    p = toponym(gaz, text, name).place
    assert p is not None and p.feature_code == "ADM2", p


@pytest.mark.parametrize("text", [
    "ACME CO. SALES RISE",
    "Taylor Co. Hires New Chief Executive",
    "The Warren Co. recalled heaters sold in Ohio.",
])
def test_a_firm_named_with_co_in_a_headline_is_no_county(gaz, text):
    """A firm hires and recalls; no place's noun follows "Co.", so the pair stays a firm's name."""
    assert not any(n.endswith("Co.") for n in locational_names(gaz, text))


# -- 7. a list of neighbouring towns opening a sentence -------------------------------------------------------------
@pytest.mark.parametrize("text, names", [
    ("Tamworth, Lichfield and Cannock all lost power overnight.", ["Tamworth", "Lichfield", "Cannock"]),
    ("Keighley, Skipton and Ilkley were cut off by snow.", ["Keighley", "Skipton", "Ilkley"]),
    ("Rugeley, Uttoxeter and Cannock reopened their libraries.", ["Rugeley", "Uttoxeter", "Cannock"]),
])
def test_a_list_of_neighbouring_towns_with_no_cue_is_believed(gaz, text, names):
    """Three towns of one district listed together are the story's neighbourhood, not three surnames: with no place
    cue and no member strong alone, the list vouches for itself."""
    assert locational_names(gaz, text) == names


def test_surnames_scattered_over_the_map_are_not_believed_as_a_list(gaz):
    """"Jordan, Bryant and Durham": no three neighbouring towns bear the names, so the list vouches for nothing."""
    assert locational_names(gaz, "Jordan, Bryant and Durham scored for the visitors.") == []


# -- 8. left open -----------------------------------------------------------------------------------------------------
def test_san_miguel_beside_a_salvadoran_town_is_salvadoran(gaz):
    assert _country(gaz, "Gang violence rose in San Miguel and Santa Ana last year.", "San Miguel") == "SV"


def test_a_common_word_town_opening_a_sentence_before_its_state(gaz):
    t = toponym(gaz, "Power, Montana is a small farming town.", "Power")
    where = t.place if t.place is not None else t.fallback
    assert where is not None and where.admin1 == "Montana", (t.place, t.fallback)


def test_a_region_named_beside_a_town_that_is_also_a_region(gaz):
    """Mended in round 33: Gao is named like a region too, but "near Gao" reads it as a town by its own words, so
    the pair speaks of towns (geo/region_towns._town_by_its_words)."""
    p = toponym(gaz, "Gunmen attacked a market in Menaka and another near Gao on Sunday.", "Menaka").place
    assert p is not None and p.feature_code.startswith("PPL"), p
