"""Rules found by the conflict probe's fortieth round (countries and territories it had no report of:
Copenhagen's Nørrebro, Košice's Luník IX, rural Haskovo, Novo mesto, Daegu's Jung-gu, Hsinchu, Yuen Long, Jurong
West, Carolina in Puerto Rico, Triolet, Anse Royale, Les Abymes, Fort-de-France's Sainte-Thérèse, Faaʻa,
Hafnarfjörður, Luxembourg's Bonnevoie, Ħamrun, Monte-Carlo, Schaan, Sant Julià de Lòria, Serravalle, Hagåtña,
and two more from countries it held one report of: Athens' Exarchia and Seixal's Jamaica neighbourhood).

"Roma" before a noun is Europe's Romani people, not Rome's Italian name: "a Roma settlement near X" put the
event in Italy.

Slovene spelling writes a town's settlement noun in lower case ("Novo mesto", "Dolenja vas"), and Czech, Slovak
and Slovene names hold lower-case prepositions ("Šmarje pri Jelšah"): such a word goes on with the name, and
may close it, only where the gazetteer holds the whole run.

A small town named like the first-level division it is the seat of (Andorra's parishes, Liechtenstein's
municipalities) is the town when the report names its country: the country's word spoke for the division in
full and for the town at a small town's discount, so "in Encamp, ..., Andorran police said" became the parish.

"X, a borough of Y" and "X, a ward of Y" say X is one of the town's parts, as "a suburb of Y" did (precision 2,
and "a borough of" a place cue for Y). "X, a municipality of Y" says Y holds the municipalities: Y is read as
itself (a state), not as a municipality named Y (the r39 leftover "a municipality of Y").

A throwing told as what someone "alleged" weighs half, as one told as "allegations that" did.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, found_names, locational_names


# -- "Roma" before a noun is the people -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Shots were fired at a house in a Roma settlement near Murska Sobota on Friday.", "Murska Sobota"),
    ("Masked men beat two Roma families outside their flats in Ostrava on Sunday.", "Ostrava"),
    ("Villagers set fire to a Sinti caravan site near Kiel overnight.", "Kiel"),
])
def test_roma_or_sinti_before_a_noun_is_the_people(gaz, text, town):
    """"Roma" is the people's word in reporting on Central Europe; read as Rome's Italian name it put the
    event in Italy. The event lies at the town the report names."""
    place = event_place(gaz, text)
    assert place is not None and place.name == town
    assert not any(n in ("Roma", "Sinti") for n in locational_names(gaz, text))


@pytest.mark.parametrize("text, town", [
    ("Police cleared a Roma camp on the edge of Turin on Monday.", "Turin"),
    ("Police demolished a Roma camp in Marseille on Tuesday.", "Marseille"),
])
def test_a_peoples_word_that_names_a_town_before_camp_is_the_people(gaz, text, town):
    """"Camp" after a name is a firm cue ("Kakuma camp"); after a people's word it says whose camp it is, as
    "camps" did. Only a people's word that is also a place's exact name ("Roma") turned on it."""
    place = event_place(gaz, text)
    assert place is not None and place.name == town


def test_roma_as_a_town_after_in_stays_a_place(gaz):
    """Guard: a town whose main name is the word ("Roma" in Queensland) is still the place after "in"."""
    place = event_place(gaz, "Floods cut the highway in Roma, Queensland, on Monday.")
    assert place is not None and (place.name, place.country_code) == ("Roma", "AU")


@pytest.mark.parametrize("text, name", [
    ("Storms cut power to Roma and Injune overnight, Queensland officials said.", "Roma"),
    ("Hail flattened crops across the Roma region of Queensland on Tuesday.", "Roma"),
    ("Protesters marched through central Roma on Saturday, Italian police said.", "Rome"),
])
def test_roma_with_no_noun_of_the_people_after_is_a_place(gaz, text, name):
    """A town has "Roma" as its main name: with no cue before it, the word is the people only where a noun of
    where or how a people lives follows it ("Roma families"), not bare in a list of towns, nor before a place
    noun ("the Roma region"), nor after "central"."""
    place = event_place(gaz, text)
    assert place is not None and place.name == name


def test_roma_before_a_station_name_is_a_place(gaz):
    """Guard: "Roma Termini station" names Rome's station, no people: the place is found."""
    assert event_place(gaz, "Riot police guarded Roma Termini station after a knife attack on Friday.") is not None


@pytest.mark.parametrize("text, town", [
    ("Skinheads attacked Roma children near a school in Miskolc on Tuesday.", "Miskolc"),
    ("Hooded men threw stones at Roma homes in Brno overnight.", "Brno"),
])
def test_roma_before_a_noun_of_the_people_stays_the_people(gaz, text, town):
    """Guard: before a noun of the people's homes or kin, "Roma" is still the people; the event is the town's."""
    place = event_place(gaz, text)
    assert place is not None and place.name == town
    assert "Roma" not in locational_names(gaz, text)


# -- settlement nouns and prepositions written in lower case inside a name ---------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Shots were fired at a house 4 km east of Novo mesto late on Friday.", "Novo Mesto", "SI"),
    ("Arsonists set fire to a barn in Dolenja vas on Sunday night.", "Dolenja Vas", "SI"),
    ("Police were pelted with bottles in Šmarje pri Jelšah on Saturday.", "Šmarje pri Jelšah", "SI"),
])
def test_a_lower_case_word_inside_a_held_name_goes_on_with_it(gaz, text, name, country):
    """Slovene writes a town's settlement noun in lower case ("Novo mesto"), and Slavic names hold lower-case
    prepositions ("pri", "nad"): the whole run is the town, not its first word alone (no place at all), and
    the name found is the whole run ("Dolenja" alone already reached the town)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code) == (name, country)
    assert any(n.lower() == name.lower() for n in found_names(gaz, text))


def test_a_lower_case_settlement_noun_after_an_unheld_run_stays_out(gaz):
    """Guard: the noun joins a name only where the gazetteer holds the whole run; after a town whose run with
    it is no name ("Maribor mesto") the town stands alone."""
    assert "Maribor" in found_names(gaz, "Youths threw stones at police in Maribor mesto square on Friday.")


# -- a small town that is its namesake division's seat, in a report naming its country ---------------------------------

@pytest.mark.parametrize("text, town, country", [
    ("Rioters smashed shop windows in Encamp on Sunday, Andorran police said.", "Encamp", "AD"),
    ("Masked men attacked a hotel in Canillo on Friday, the Andorran government said.", "Canillo", "AD"),
    ("Youths clashed with police in Triesen on Friday, Liechtenstein police said.", "Triesen", "LI"),
])
def test_the_seat_of_a_namesake_division_is_the_town_when_the_country_is_named(gaz, text, town, country):
    """The country's word supports the parish and the town alike; only the town's support was cut as a small
    town's, so the parish won. The town is what "in X" names (precision 1)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == (town, country, 1)


@pytest.mark.parametrize("text, division", [
    ("Drought killed goats in Arkhangai and Bayankhongor this summer.", "Arkhangai Province"),
    ("Herders in Govi-Altai and Bayankhongor lost sheep in the storms.", "Govi-Altai Province"),
])
def test_a_namesake_seat_without_its_country_named_stays_cut(gaz, text, division):
    """Guard: the seat keeps its country's full weight only where the report names the country, the premise
    of the rule; in a list of Mongolian aimags with no country named, the aimags are what is meant (4), and
    Bayankhongor, listed with them, is read as one of them."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (division, 4)
    assert "Bayankhongor" in locational_names(gaz, text)


def test_two_small_towns_of_a_country_unnamed_are_both_found(gaz):
    """Guard: two small Malian towns, one the seat of its namesake region, with no country named: both found."""
    names = locational_names(gaz, "Troops pulled back from Menaka to Ansongo after the ambush.")
    assert "Menaka" in names and "Ansongo" in names


def test_a_large_city_and_its_namesake_state_are_unchanged(gaz):
    """Guard: a city above the small-town bound (Kano) never took the cut and stays the city."""
    place = event_place(gaz, "Gunmen attacked a bank in Kano on Friday, Nigerian police said.")
    assert place is not None and (place.name, place.precision) == ("Kano", 1)


# -- "X, a borough of Y", "X, a ward of Y": a part of the town -------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Gunmen killed two men in Kokeni, a borough of Durres, on Friday.", "Durrës"),
    ("Rioters burned cars in Vangede, a ward of Odense, on Friday night.", "Odense"),
    ("Masked men stabbed a councillor in Hollyfield, a borough of Galway, on Friday.", "Galway"),
    ("Youths stoned a bus in Sandvang, a borough of Esbjerg, on Friday.", "Esbjerg"),
])
def test_an_unheld_borough_or_ward_of_a_town_is_near_the_town(gaz, text, town):
    """A borough and a ward are parts a town is cut into for its own government, as a suburb or a quarter
    is: the unheld name lies in the town (precision 2), not at the town itself (1); and "a borough of" is a
    place cue for the town as "a suburb of" is (a town of middling size after it was dropped unsupported)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 2)


def test_a_ward_of_a_hospital_is_no_place_cue(gaz):
    """Guard: a ward with a word before it ("the maternity ward of X Hospital") is a hospital's, no town's part."""
    assert event_place(gaz, "Nurses in the maternity ward of Al-Shifa Hospital were evacuated.") is None


@pytest.mark.parametrize("text, town", [
    ("Relatives beat a doctor outside Covid ward in Gulu on Saturday.", "Gulu"),
    ("Relatives beat a doctor outside Cholera ward in Kasama on Saturday.", "Kasama"),
])
def test_a_capitalised_name_before_a_bare_ward_is_a_hospital_ward(gaz, text, town):
    """Guard: only the aside ("X, a ward of Y") says X is one of the town's wards; bare, "X ward in Y" is a
    hospital's ward named for what it treats, and the town is the event's place at its own precision (1)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 1)


def test_a_town_after_in_is_the_town_itself(gaz):
    """Guard: with no part named before it, the town is the event's place at its own precision."""
    place = event_place(gaz, "Gunmen killed two men in Durres on Friday.")
    assert place is not None and (place.name, place.precision) == ("Durrës", 1)


@pytest.mark.xfail(strict=True, reason="'the borough of X' is a firm cue with no preference for the countries "
                   "that cut towns into boroughs; the gazetteer's London Hackney has population 0, so Australia's wins")
def test_the_borough_of_a_london_name_is_in_britain(gaz):
    """Boroughs are British, American and few others' divisions: "the borough of Hackney" is London's."""
    place = event_place(gaz, "Protesters rallied in the borough of Hackney on Friday.")
    assert place is not None and place.country_code == "GB"


@pytest.mark.xfail(strict=True, reason="a Nigerian ward lies in an LGA (second level), but 'a ward in Y' reads Y "
                   "as the town holding the ward (2); Kajuru's LGA reading is not preferred")
def test_a_ward_in_a_nigerian_lga_is_in_the_lga(gaz):
    """A Nigerian ward is a part of a local government area: the place is the LGA (3), not the town (2)."""
    place = event_place(gaz, "Bandits attacked Kufana, a ward in Kajuru, on Sunday.")
    assert place is not None and (place.name, place.precision) == ("Kajuru", 3)


# -- "X, a municipality of Y": Y holds the municipality ----------------------------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("Gang members burned a bus in Pedregoso, a municipality of Guerrero, on Friday.", "Guerrero"),
    ("Gunmen ambushed troops in Paso Alto, a municipality of Sinaloa, on Monday.", "Sinaloa"),
    ("Gunmen killed two police officers in Xalapita, a municipality of Veracruz, on Friday.", "Veracruz"),
    ("Gunmen shot a councillor in Loma Prieta, a municipality of Zacatecas, on Monday.", "Zacatecas"),
])
def test_a_municipality_of_y_is_one_of_the_municipalities_y_holds(gaz, text, state):
    """The indefinite article after the comma says the unheld name is one of several municipalities: Y is
    their state (4), not a municipality named Y (Guerrero in Chihuahua, Veracruz in Honduras, 3), which put the
    event hundreds of kilometres off or in another country, nor the state's capital named like it (Zacatecas)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == (state, "MX", 4)


@pytest.mark.parametrize("text, province, country", [
    ("Gunmen shot a village chief in Barangay Uno, a municipality of Cebu, on Friday.", "Province of Cebu", "PH"),
    ("Arsonists burned a depot in Roccapiana, a municipality of Cosenza, on Sunday.", "Cosenza", "IT"),
    ("Gunmen shot a farmer in Torrealba, a municipality of Jaén, Spain, on Monday.", "Jaén", "ES"),
    ("Rioters burned cars in Almodaril, a municipality of Córdoba, in southern Spain, on Sunday.",
     "Province of Córdoba", "ES"),
    ("Gunmen shot a farmer in Castillejo, a municipality of Toledo, in central Spain, on Monday.",
     "Province of Toledo", "ES"),
])
def test_a_municipality_of_a_province_is_the_province(gaz, text, province, country):
    """Where Y has no first-level reading (Philippine and Italian provinces are second-level), or none in the
    country the sentence states (Argentina's Córdoba, Belize's Toledo for a Spanish province), the division
    word's own reading holds: Y is the province (3), not its capital town named like it (2)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == (province, country, 3)


def test_the_municipality_of_y_is_still_the_municipality(gaz):
    """Guard: "the municipality of Y" names Y as the municipality (3)."""
    place = event_place(gaz, "Gunmen killed two police officers in the municipality of Guerrero on Friday.")
    assert place is not None and place.precision == 3


# -- a throwing only alleged weighs half ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A neighbour alleged that a petrol bomb was thrown at a house in Lisburn.",
    "Shopkeepers allege that a firebomb was hurled into a pharmacy in Newry.",
])
def test_an_arson_a_verb_of_alleging_tells_weighs_half(classifier, text):
    """"Alleged that ..." is as unproven as "allegations that ...", which already weighed half: alone it makes
    no event."""
    from eventwatch.extract.incendiary_attacks import WEIGHT

    assert 0 < classifier.classify(text).scores.get("PROPERTY_DISTRUCT", 0) <= WEIGHT / 2
    assert not classifier.is_event(text)


def test_a_stoning_a_verb_of_alleging_tells_makes_no_event(classifier):
    """The same halving holds for stones thrown at the forces."""
    text = "Residents alleged that youths threw stones at soldiers in Derry on Friday."
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) > 0 and not classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "Police alleged that youths threw stones at officers in Omagh on Friday.",
    "Youths hurled rocks at a patrol in Strabane on Saturday, a police spokesman alleged.",
])
def test_a_throwing_the_police_allege_weighs_whole(classifier, text):
    """Police "alleged that" is how a charge is written in such reports: the authority's account keeps its
    whole weight and makes the event, unlike a bystander's allegation."""
    assert classifier.is_event(text)


def test_a_throwing_bystanders_allege_after_it_weighs_half(classifier):
    """Guard: a trailing "..., residents alleged" is a bystander's claim as "claimed" is: half, no event."""
    text = "Youths hurled rocks at a patrol in Strabane on Saturday, residents alleged."
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) > 0 and not classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "Police said that a petrol bomb was thrown at a house in Lisburn.",
    "Residents said that youths threw stones at soldiers in Derry on Friday.",
])
def test_a_throwing_a_plain_verb_of_saying_tells_weighs_whole(classifier, text):
    """Guard: "said that" reports the act; it keeps its whole weight and makes the event."""
    assert classifier.is_event(text)


# -- mend after the second review: with no sign of place, "Roma" is the people --------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Witnesses said Roma were beaten by a mob in Kosice on Sunday.", "Kosice"),
    ("Campaigners said Roma faced eviction across Bulgaria this spring.", "Bulgaria"),
    ("Roma and seasonal labourers were sheltered in barns outside Plovdiv.", "Plovdiv"),
    ("Dozens of Roma and Ashkali residents left Prizren after the clashes.", "Prizren"),
    ("Roma, Ashkali and Egyptian groups in Pristina staged a sit-in.", "Pristina"),
    ("Roma and Egyptian households were driven from Gjilan by arson attacks.", "Gjilan"),
])
def test_roma_with_no_sign_of_place_is_the_people(gaz, text, name):
    """A people's word a town has as its main name is the people by default: a sentence subject ("said Roma
    were beaten"), or a list that goes on into a lower-case noun ("Roma and Ashkali residents"), names no town,
    and so no Rome or Queensland town takes the event from the place the report names."""
    assert "Roma" not in locational_names(gaz, text)
    place = event_place(gaz, text)
    assert place is not None and place.country_code != "IT" and place.name != "Roma"


@pytest.mark.parametrize("text", [
    "Roma, the Queensland town, recorded its wettest week in a decade.",
    "Bushfire smoke drifted into Roma and Injune on Thursday, Queensland officials said.",
])
def test_roma_with_a_sign_of_place_is_the_queensland_town(gaz, text):
    """Guard: an apposition (", the Queensland town") or a locative word before a list of towns ("into Roma and
    Injune") is a sign of place: the town, in Australia."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code) == ("Roma", "AU")


def test_roma_campus_in_a_named_country(gaz):
    """Guard: a place noun after it ("Roma campus") is a sign of place, and the country the story names picks
    the town: Lesotho's Roma, not Rome."""
    place = event_place(gaz, "Lecturers at Roma campus of the university in Lesotho went on strike.")
    assert place is not None and place.country_code == "LS"


@pytest.mark.parametrize("text", [
    "An opposition spokesman alleged that youths threw stones at police in Bulawayo.",
    "A rebel official alleged that youths threw stones at soldiers in Goma on Friday.",
])
def test_a_throwing_one_side_alleges_weighs_half(classifier, text):
    """An opposition or rebel spokesman's "alleged" is one side's claim, not a charge police record: half, no
    event. Only a spokesman or official tied to police or a ministry speaks for the authority."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) > 0 and not classifier.is_event(text)


def test_a_throwing_a_ministry_official_alleges_weighs_whole(classifier):
    """Guard: an Interior Ministry official's "alleged" is the authority's charge: whole, the event."""
    assert classifier.is_event("An Interior Ministry official alleged that youths threw stones at police in Gweru.")
