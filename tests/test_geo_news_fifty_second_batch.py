"""Rules found by the news probe's fifty-second batch (outbreak reports of the GeoVirus kind from the Comoros,
Equatorial Guinea, Burkina Faso, Afghanistan, Tajikistan, the Central African Republic, Sierra Leone, Cambodia,
Tonga and Mongolia, and international news of the TR-News kind from Western Sahara, New Caledonia, Turkmenistan,
Belize, Oman, Belarus, Grenada, Guam, Bahrain and Barbados).

Rules a reader applies to any such story: subjects that act together keep their deed when a word of joint action
("both", "each") stands between the auxiliary and the verb ("Madrid and Paris have both endorsed"), and towns that
"have both welcomed" tourists stay the place they arrive in; a capital opening its clause that "flew in" a counted
force or crew sent it, where "flew in" alone, or before a span of time or a year, tells of a flight; a country or
capital that "made no comment" or "gave no reply" speaks as its government even after an aside telling what it once
was (but "a statement of intent" is a show of ambition, not a word given); lawyers, counsel or a spokesman "for" a
capital speak for its government, as envoys "from" it do; only a party is "briefed", "informed" or "consulted", so
the passive names the government, behind a relative clause too (a town's people are "asked" or "urged" to evacuate
as often); and a place that "escaped" or "weathered" a storm, a quake or their damage, or "lost" power, its water
supply, its bridge or most of its roofs, underwent it (a government loses a vote or a seat, escapes sanctions,
weathers criticism, and loses its power over a land). And true facts for the lexicons: "Burkina" is the usual short
name of Burkina Faso; "Altai Republic" is the usual English name of the Russian republic GeoNames calls "Altai"; the
islands of Carriacou and Petite Martinique (Grenada), Union Island (St Vincent and the Grenadines) and the Sapodilla
Cayes (Belize), the Río Muni mainland region of Equatorial Guinea, and the Sibun, Sarstoon and Moa rivers.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str | None, str]:
    t = toponym(gaz, text, name)
    place = t.place or t.fallback
    return place.country_code, place.feature_code


# -- joint action between the auxiliary and the verb ----------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Madrid and Paris have both endorsed Rabat's plan, and a consulate opened in Dakhla.", ["Madrid", "Paris"]),
    ("Vilnius and Tallinn are both pressing for sanctions at the summit in Brussels.", ["Vilnius", "Tallinn"]),
    ("Rabat and Tunis are both seeking a seat at the talks in Cairo.", ["Rabat", "Tunis"]),
])
def test_a_joint_word_after_the_auxiliary_keeps_the_stance(gaz, text, names):
    """"have both endorsed" is "have endorsed" said of two subjects: their governments act."""
    kept = locational_names(gaz, text)
    assert not any(n in kept for n in names)


def test_a_joint_word_before_a_state_verb_leaves_the_places(gaz):
    """The negative case: what two towns "have both seen" happened in them."""
    text = "Lisbon and Porto have both seen floods this week after the storm hit Portugal."
    assert {"Lisbon", "Porto"} <= set(locational_names(gaz, text))


@pytest.mark.parametrize("text, names", [
    ("Krakow and Gdansk have both welcomed record numbers of visitors this summer in Poland.", ["Krakow", "Gdansk"]),
    ("Hanoi and Hue have both welcomed more foreign tourists this year in Vietnam.", ["Hanoi", "Hue"]),
])
def test_a_joint_word_before_receiving_visitors_leaves_the_places(gaz, text, names):
    """Towns that "have both welcomed" tourists are where the tourists arrive, as without "both": the joint word
    stands between the auxiliary and the verb of receiving as it does before a verb of stance."""
    assert set(names) <= set(locational_names(gaz, text))


# -- "flew in" a counted force ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Paris flew in 1,000 more police officers on Monday as riots spread in Noumea.", "Paris"),
    ("After the quake, Canberra flew in 40 doctors and nurses to Port Vila.", "Canberra"),
])
def test_a_capital_that_flew_in_a_counted_force_is_its_government(gaz, text, name):
    """"in" before a count brings people in: the government sent them."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


def test_a_capital_that_flew_in_a_count_above_a_thousand_is_its_government(gaz):
    """A four-figure count of people is no year: "flew in 2000 soldiers" still brings soldiers in."""
    text = "Dakar flew in 2000 soldiers to the border near Kidira."
    assert "Dakar" in found_names(gaz, text) and "Dakar" not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("The first aid plane to reach Freetown flew in 4 hours late from Accra.", "Freetown"),
    ("Officials said Malta flew in 90 minutes from Tunis on the new route.", "Malta"),
    ("Tourists said Aruba flew in 2 hours from Bogota on the new service.", "Aruba"),
    ("Officials said Tirana flew in 2019 to Skopje for the summit.", "Tirana"),
])
def test_a_flight_that_flew_in_a_time_leaves_its_place(gaz, text, name):
    """The negative cases: the name the object of the clause before "flew in" (the plane flew), or a count that
    is a span of time or a year ("flew in 4 hours late", "in 2019"): nothing was carried in."""
    assert name in locational_names(gaz, text)


# -- a word given after an aside --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Moscow, once the main buyer of Turkmen gas, made no comment on the deal in Ashgabat.", "Moscow"),
    ("Canberra, a planned city of civil servants, made an announcement on visas for Samoa.", "Canberra"),
    ("Ankara, long a partner of Kyiv, gave no reply to the request.", "Ankara"),
])
def test_a_capital_that_gives_no_comment_after_an_aside_is_its_government(gaz, text, name):
    """An aside telling what the place was does not make "made no comment" the town's story: a place says
    nothing, its government does."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


def test_a_town_that_made_its_name_after_an_aside_stays_a_place(gaz):
    """The negative case: a deed with no word said after it keeps the reading of the aside."""
    text = "Nairobi, once a rail depot, made its name from a stream near Mombasa."
    assert "Nairobi" in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Kigali, once a small hill town, made a statement of intent with its new convention centre in Rwanda.",
     "Kigali"),
    ("Accra, a city of four million, made a statement of intent with its new stadium in Ghana.", "Accra"),
])
def test_a_statement_of_intent_after_an_aside_is_no_word_said(gaz, text, name):
    """"Made a statement of intent" is the idiom of a show of ambition, which a city makes with what it builds:
    no word given, so the aside's reading of the place stands."""
    assert name in locational_names(gaz, text)


# -- lawyers and spokesmen for a capital ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Lawyers for Belmopan told judges that boats had stopped fishermen near Punta Gorda.", "Belmopan"),
    ("Negotiators for Kyiv said the talks in Istanbul had stalled.", "Kyiv"),
    ("A spokesman for Beijing said the ships near Manila were fishing.", "Beijing"),
])
def test_people_speaking_for_a_capital_name_its_government(gaz, text, name):
    """Lawyers, negotiators or a spokesman "for" a seat of government act for the government."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Lawyers for the family said the crash near Nairobi was avoidable.", "Nairobi"),
    ("Flights for Nairobi left Mombasa late on Monday.", "Nairobi"),
])
def test_for_without_an_advocate_before_a_capital_leaves_it_a_place(gaz, text, name):
    """The negative cases: the capital not after "for", or after "for" with no one speaking for it."""
    assert name in locational_names(gaz, text)


# -- what a place underwent -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Further north, Rota and Tinian escaped the strongest winds, but Saipan lost its water supply.",
     ["Rota", "Tinian", "Saipan"]),
    ("Havana weathered the storm while Cienfuegos lost most of its roofs.", ["Havana", "Cienfuegos"]),
    ("Cienfuegos lost its main bridge in the storm that hit Cuba.", ["Cienfuegos"]),
])
def test_a_place_that_escaped_a_storm_or_lost_its_supplies_is_a_place(gaz, text, names):
    """A storm spares or strips the place itself: escaping, weathering and losing water, roofs or a bridge is what
    it underwent, not a government's deed."""
    assert set(names) <= set(locational_names(gaz, text))


@pytest.mark.parametrize("text, names", [
    ("Mauritius escaped the worst of the cyclone, forecasters in Reunion said.", ["Mauritius"]),
    ("Samoa weathered two cyclones in one month, officials in Apia said.", ["Samoa"]),
    ("Vanuatu escaped serious damage from the quake near Port Vila.", ["Vanuatu"]),
    ("Nassau lost power and water after the hurricane crossed the Bahamas.", ["Nassau"]),
])
def test_a_country_spared_by_a_storm_or_left_without_power_is_a_place(gaz, text, names):
    """Escaping the worst of a cyclone, serious damage or a quake, or losing power and water, is what the land
    underwent, for a country or a capital as for a town."""
    assert set(names) <= set(locational_names(gaz, text))


@pytest.mark.parametrize("text, name", [
    ("Moscow lost the vote at the council in Geneva.", "Moscow"),
    ("Kabul lost its seat at the assembly in New York.", "Kabul"),
    ("Minsk escaped new sanctions at the council meeting in Strasbourg.", "Minsk"),
    ("Caracas weathered fierce criticism at the forum in Quito over the election.", "Caracas"),
    ("Hanoi weathered the diplomatic storm over the detained fishermen near Da Nang.", "Hanoi"),
    ("Belarus escaped the worst of the sanctions after talks in Vienna.", "Belarus"),
    ("Eritrea weathered the political crisis after talks with envoys in Asmara.", "Eritrea"),
])
def test_a_capital_that_lost_a_vote_or_escaped_censure_is_its_government(gaz, text, name):
    """The negative cases: a government loses a vote or a seat, and escapes or weathers sanctions, criticism, a
    diplomatic storm or a political crisis; only weather, a disaster or its harm makes the verb the land's."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Vienna lost power over the Balkans after the First World War, historians in Zagreb said.", "Vienna"),
    ("Turkey lost its power in the region after the empire fell.", "Turkey"),
    ("Portugal, once a great sea power, lost much of its power after the colonies broke away.", "Portugal"),
    ("Ankara lost power to the generals in 1980, historians in Istanbul said.", "Ankara"),
    ("Bolivia lost its only harbour when Chile took the coast.", "Bolivia"),
])
def test_a_state_that_lost_its_power_or_its_harbour_is_its_government(gaz, text, name):
    """The negative cases: "its power", "much of its power" and power "over" or "to" someone are a state's
    might, not its electricity; a harbour is lost to a war or a border as often as to a storm."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


# -- lexicon facts ----------------------------------------------------------------------------------------------------

# Carriacou and Petite Martinique are Grenada's; Union Island, across the line, is St Vincent's.
_FERRIES = ("Ferries left Carriacou for Petite Martinique, and a launch crossed to Union Island in St Vincent and "
            "the Grenadines.")


@pytest.mark.parametrize("text, name, where", [
    ("Travellers from Burkina were tested in Abidjan.", "Burkina", ("BF", "PCLI")),
    ("Checks were stepped up in the Altai Republic near Mongolia.", "Altai Republic", ("RU", "ADM1")),
    (_FERRIES, "Carriacou", ("GD", "ISL")),
    (_FERRIES, "Petite Martinique", ("GD", "ISL")),
    (_FERRIES, "Union Island", ("VC", "ISL")),
    ("Divers explored the Sapodilla Cayes off Belize.", "Sapodilla Cayes", ("BZ", "ISLS")),
    ("Villages across the Río Muni region of Equatorial Guinea reported fever.", "Río Muni", ("GQ", "RGN")),
    ("Fishermen on the Sibun River near Belmopan caught little.", "Sibun River", ("BZ", "STM")),
])
def test_places_the_batch_found_missing_are_held(gaz, text, name, where):
    """Real names news uses that the bundled tables lacked or held under another name."""
    assert _where(gaz, text, name) == where


@pytest.mark.parametrize("text, name", [
    ("Guinea has alerted posts across the Moa River from Sierra Leone.", "Moa River"),
    ("Fishermen crossed the Sarstoon River from Guatemala into Belize.", "Sarstoon River"),
])
def test_border_rivers_are_held_as_rivers(gaz, text, name):
    """Rivers on a border belong to no one country: held, but with no country of their own."""
    assert _where(gaz, text, name) == (None, "STM")


# -- a party told, asked or consulted ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Officials said Israel, which has threatened to strike, was briefed by the Americans on the talks in Muscat.",
     "Israel"),
    ("Officials said Egypt was informed of the plan before the talks in Muscat.", "Egypt"),
    ("Officials said Cairo has been consulted on the plan before the talks in Muscat.", "Cairo"),
])
def test_a_country_briefed_or_consulted_is_its_government(gaz, text, name):
    """Only a party is briefed, informed or consulted: the passive names the government, behind a relative
    clause as straight after the name."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Officials said Lagos was visited by the pope after the talks in Abuja.", "Lagos"),
    ("Officials said Cairo was flooded by the rain after the storm hit Egypt.", "Cairo"),
    ("Tourists flying home to Britain were asked to wear masks in Lisbon.", "Britain"),
    ("Pilgrims returning to northern Nigeria have been urged to rest before work in Kano.", "Nigeria"),
])
def test_a_place_visited_or_flooded_stays_a_place(gaz, text, name):
    """The negative cases: a passive of what happens to the place itself, and one whose subject stands before
    the name (the name the object of "to")."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Jacmel, where thousands of families camp, was asked to evacuate by the coastguard.", "Jacmel"),
    ("Quelimane, where the river meets the sea, was urged to evacuate before the cyclone hit Mozambique.",
     "Quelimane"),
])
def test_a_town_asked_or_urged_to_evacuate_stays_a_place(gaz, text, name):
    """The negative cases: a town's people are asked, urged or pressed to leave or shelter as often as a
    government is asked to act, so those passives (unlike "briefed" or "consulted") name no party."""
    assert name in locational_names(gaz, text)


# -- second mend: harm to a standing, amounts measured in time, figurative storms, power lost as might ------------

@pytest.mark.parametrize("text, name", [
    ("Lisbon escaped damage to its bond rating after the bank collapse.", "Lisbon"),
    ("Managua escaped damage to its standing at the summit in Panama City.", "Managua"),
    ("Rabat escaped lasting destruction to the alliance at the forum in Tunis.", "Rabat"),
])
def test_damage_to_a_standing_is_escaped_by_a_government(gaz, text, name):
    """Damage "to" a rating, a standing or an alliance is no harm a storm does: the government escaped it."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Tonga escaped damage to its homes and roads when the cyclone passed.", "Tonga"),
    ("Barbados escaped serious destruction to the main port in the hurricane.", "Barbados"),
])
def test_damage_to_buildings_and_roads_is_what_the_land_escaped(gaz, text, name):
    """The negative cases: damage to homes, roads or a port is what a storm breaks, so the land escaped it."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Ottawa flew in 3 weeks of medicine to Port-au-Prince.", "Ottawa"),
    ("Rome flew in 10 days' worth of vaccines to Tripoli.", "Rome"),
    ("Tokyo flew in 2 months worth of rice to Dili.", "Tokyo"),
])
def test_an_amount_measured_in_time_that_flew_in_is_carried_by_the_government(gaz, text, name):
    """"3 weeks of medicine" or "10 days' worth of vaccines" is an amount of goods, not a span of the flight:
    the capital sent it."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


def test_a_span_of_time_that_flew_in_still_leaves_the_place(gaz):
    """The negative case: a span with no "of" or "worth" after it is how long the flight took."""
    text = "Officials said Malta flew in 3 hours from Tunis on the new route."
    assert "Malta" in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Seoul weathered a storm in parliament over the pension reform.", "Seoul"),
    ("Warsaw weathered a storm in Strasbourg over the judges law.", "Warsaw"),
    ("Cairo weathered the currency storm without new loans.", "Cairo"),
    ("Lisbon weathered the debt storm with help from the euro partners.", "Lisbon"),
    ("Hanoi weathered the trade winds from the tariff talks.", "Hanoi"),
    ("Ottawa weathered the worst as two ministers quit.", "Ottawa"),
])
def test_a_figurative_storm_is_weathered_by_a_government(gaz, text, name):
    """A storm of a currency, of debt or of trade, a storm in a chamber or in a capital over a law, and "the
    worst" with no storm in its sentence, are rows a government weathers."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Tonga escaped the worst as the cyclone veered east.", "Tonga"),
    ("Jamaica weathered the storm while Haiti lost power.", "Jamaica"),
    ("Fiji weathered a storm in the night with little damage.", "Fiji"),
])
def test_a_storm_in_its_sentence_keeps_the_worst_the_lands(gaz, text, name):
    """The negative cases: "the worst" beside a named cyclone, the idiom "weathered the storm" (kept on purpose,
    news uses it of weather far more often), and a storm in the night are what the land went through."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Tbilisi lost power in the election as crowds gathered in Batumi.", "Tbilisi"),
    ("Paris lost power in West Africa after the coups, analysts in Dakar said.", "Paris"),
    ("Minsk lost its gas transit contract with Warsaw.", "Minsk"),
    ("Baku lost its water supply deal with Tbilisi.", "Baku"),
])
def test_power_lost_in_a_vote_or_a_region_or_a_supply_deal_is_its_government(gaz, text, name):
    """Power lost in an election or over a world region is might, and a supply named before a contract or a
    deal is a lost deal: the government lost them, not the land."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Kingston lost power and water after the hurricane crossed Jamaica.", "Kingston"),
    ("Havana lost its gas supply in the hurricane that hit Cuba.", "Havana"),
])
def test_power_and_supplies_lost_in_a_storm_stay_the_places(gaz, text, name):
    """The negative cases: power and a gas supply lost in a storm, with no deal after them, were cut off in the
    place itself."""
    assert name in locational_names(gaz, text)
