"""Round twenty-six of known leftovers: classes of English errors left by earlier rounds.

1. A capitalised hazard noun opening a sports sentence ("Fire destroyed X in straight sets", "Heat battered X by
   20 points") is a team's name, and the name after its verb is the beaten side: a result phrase after the
   object (a score, "in straight sets", "on penalties", "by N points") vetoes the damage-verb rule, as a
   possessive or a firm's noun already does. A hazard's damage told with a time or a place stays ground.
2. A river or another feature named in the event's clause is where the event happened; a town named only in
   the attribution after it ("..., police in X said") is the speaker's seat, which ranks after it: the event
   keeps the river's name at its stand-in's coarser precision, never the seat at a town's.
3. An unknown village written "X da Y" / "X de Y" after a settlement word ("the village of X da Bahia", "a
   hamlet of X de Lima") lies in the division Y names: the event falls back to that division at its coarser
   precision, never to a big city of the name at town precision.
4. A named storm of the European naming lists ("Storm X" with no "Tropical" or "Winter" before it) is a weak
   vote for a British setting (country_register.yaml): county-like names it batters ("Cornwall", "Devon") are
   the British counties, not towns of the name in Canada. Left open: Devon listed with Cornwall (xfail).
5. A language's name after "in" that is also a town's ("Malay" in Aklan) is the town after a verb of an event
   that happens at a place ("houses burned in Malay", "a man was stabbed in Malay"), as after a verb of arrival
   or stay: nothing is burned or stabbed in a language. Verbs of saying, writing and teaching keep the
   language, and so do verbs said of films, ceremonies and talks as often ("shot", "closed", "reopened",
   "collapsed in Malay").
6. A capital or a seat named for a saint after a verb of care ("airlifted to St. John's") is the city, not its
   hospital, where the trip's other end is named as a town ("from Gander"): a patient flown between two towns
   is flown to the city's hospitals, and the city is the place; with no other end named, a word of injury
   still makes it the hospital.
7. A verb of feeling or need with its particle after an aside of the place's plight and "now" ("X, already
   short of power, now hopes for a mild winter", "now relies on aid") is its people's, as without a particle;
   after an aside of policy it stays the government's.
8. A name that is also a surname, as the subject of a passive verb of damage whose agent is a hazard of the
   land ("Flores was hit by floods", "Morgan was battered by the storm"), is the ground struck, as it is as
   the object of the active verb (1, geo/hazard_objects.py). Hazards that strike a person as well (gunfire,
   lightning, a bullet, a car) leave the name a person's.
9. Branches that had no failing spec: a lower-case "river-bank" after a river's name keeps the river's ground
   (geo/river_towns.py), and the nouns in -ly ("rally", "family", "assembly") are no adverbs between a town
   used as a modifier and its verb (geo/associative.py).
10. The second review's mends: a month-first date range ("on May 12-13") is no score; a town hit "in" its own
   state, "in its" centre or "in Easter week" stays the ground (only a firm's works after "at/in its" move it);
   the war's fire razes towns after a verb of razing ("destroyed by shelling"), not after "hit"; a capital's
   physical plight (water, power, floods, missiles) and a capital's namesake abroad leave the people's feeling
   theirs; a person hit by a hazard "while driving", told of by kin ("his wife said"), stays a person; "Storm X"
   votes for Britain only with a word of weather or of its blows after it.
   Trade-offs kept on purpose: "shot" and "collapsed" in a language-named town stay the language's (films and
   talks are shot and collapse as often as people and markets), and "the UP government" after "the" loses the
   state code, as any code after "the" does; a firm outside the car makers hit by floods in a country
   ("Samsung ... in Thailand") may still be read as a namesake town.

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import pytest

from conftest import located, toponym
from eventwatch.geo import choose_event_location, geoparse


def _event(gaz, text: str):
    return choose_event_location(geoparse(gaz, text), 0, len(text))


# -- 1. a sports result after a hazard-named team -----------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Fire destroyed Morgan in straight sets.", "Morgan"),
    ("Heat battered Chester by 20 points on Friday.", "Chester"),
    ("Storm hammered Morgan 88-70 in the final.", "Morgan"),
    ("Fire destroyed Chester on penalties.", "Chester"),
    # a score before a word of time or of the match is still a score
    ("Heat battered Chester 101-99 on Friday.", "Chester"),
    ("Fire destroyed Morgan 3-1 after extra time.", "Morgan"),
])
def test_a_sports_result_after_the_object_vetoes_the_hazard_reading(gaz, text, name):
    assert name not in [t for t, _ in located(gaz, text)]


@pytest.mark.parametrize("text, name", [
    ("Fire destroyed Morgan on Sunday, the county said.", "Morgan"),
    ("A tornado levelled Joplin in minutes.", "Joplin"),
    ("Floods swamped Jacobabad in two days of rain.", "Jacobabad"),
    ("Shelling destroyed Marinka 2-3 times a day.", "Marinka"),
    # a range of a unit, a toll or a date after the object is no score, and the subject is no team's name
    ("A storm battered Galveston, with winds of 80-100 mph.", "Galveston"),
    ("A storm battered Chester with gusts of 60-70 knots.", "Chester"),
    ("Floods destroyed Chester overnight, and 40-50 homes were lost.", "Chester"),
    ("Shelling destroyed Marinka on 12-13 May.", "Marinka"),
])
def test_a_hazards_damage_told_with_a_time_stays_ground(gaz, text, name):
    assert name in [t for t, _ in located(gaz, text)]


def test_a_toll_range_after_the_object_keeps_the_damage_verbs_cue(gaz):
    t = toponym(gaz, "Floods destroyed Jacobabad on Sunday, killing 12-15 people.", "Jacobabad")
    assert t.locational and t.cue == "destroyed", t.cue


# -- 2. a feature in the event clause against the speaker's town -------------------------------------------------
@pytest.mark.parametrize("text, seat", [
    ("Two fishermen drowned in the Tana river, police in Nairobi said.", "Nairobi"),
    ("A boy drowned in the Athi river, police in Nairobi said.", "Nairobi"),
    ("Three herders drowned in the Tana river on Monday, officials in Nairobi said.", "Nairobi"),
])
def test_a_river_in_the_event_clause_outranks_the_speakers_town(gaz, text, seat):
    # the river the tables lack stands in at the document's focus, the seat's point, but only at a coarser
    # precision: the event is somewhere in the seat's surroundings, not in the town itself
    place = _event(gaz, text)
    assert place is not None and place.country_code == "KE"
    assert place.precision > 1, place


@pytest.mark.parametrize("text, town", [
    ("Two men were shot dead in Nairobi, police said.", "Nairobi"),
    ("Police in Nairobi said two men were shot dead in Garissa.", "Garissa"),
])
def test_a_town_in_the_event_clause_is_still_the_events_place(gaz, text, town):
    place = _event(gaz, text)
    assert place is not None and place.name == town


# -- 3. an unknown village "X da Y" in a division that shares a city's name ---------------------------------------
@pytest.mark.parametrize("text, village, division, country", [
    ("Gunmen killed two farmers in the village of Vila Nova da Bahia on Monday.", "Vila Nova", "Bahia", "BR"),
    ("Gunmen raided the village of Nova Esperanca da Bahia on Monday.", "Nova Esperanca", "Bahia", "BR"),
    ("Floods swept a hamlet of Villa Rica de Lima overnight.", "Villa Rica", "Lima", "PE"),
])
def test_an_unknown_village_of_a_division_falls_back_to_the_division(gaz, text, village, division, country):
    t = toponym(gaz, text, village)
    assert t.place is None and t.fallback is not None
    assert t.fallback.country_code == country and t.fallback.precision > 1, t.fallback
    place = _event(gaz, text)
    assert place is not None and place.country_code == country and place.precision > 1, place


def test_a_city_named_as_itself_stays_the_city(gaz):
    place = _event(gaz, "Police in Lima arrested two men on Monday.")
    assert place is not None and place.country_code == "PE" and place.precision == 1


@pytest.mark.parametrize("text, country", [
    ("Bandits burned two huts in the village of Las Palmas de Granada, Spain.", "ES"),
    ("Police raided the village of Loma Verde de Merida in Mexico on Monday.", "MX"),
    ("Floods hit the village of Villa Alegre de Cordoba in Spain on Monday.", "ES"),
])
def test_a_villages_division_is_never_taken_from_another_country(gaz, text, country):
    # the division must hold the city it replaces and lie in the country the text names; a first-level
    # namesake elsewhere (a Nicaraguan department, a Venezuelan or Argentine state) is no container
    place = _event(gaz, text)
    assert place is not None and place.country_code == country, place


# -- 4. a European named storm over a county-like name ------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Storm Ciaran battered Cornwall overnight.", "Cornwall"),
    ("Storm Eunice battered Devon on Friday.", "Devon"),
    ("Storm Eunice battered Devon and Cornwall on Friday.", "Cornwall"),
    pytest.param("Storm Eunice battered Devon and Cornwall on Friday.", "Devon", marks=pytest.mark.xfail(
        strict=True, reason="listed with Cornwall, Devon takes Alberta's town (6,500 people): Cornwall's two "
        "Canadian towns lend Canada the list's country support though Cornwall itself is read as the English "
        "county, and the English Devon is held with no population; the list's readings are not re-weighed "
        "after its members are chosen")),
])
def test_a_european_named_storm_sets_its_county_in_britain(gaz, text, name):
    assert (name, "GB") in located(gaz, text)


@pytest.mark.parametrize("text, name, country", [
    ("Hurricane Ian battered Fort Myers on Wednesday.", "Fort Myers", "US"),
    ("Tropical Storm Alberto flooded Corpus Christi streets.", "Corpus Christi", "US"),
    ("Missiles of the Storm Shadow type struck Sevastopol.", "Sevastopol", "UA"),
    # names with a British namesake: only the vote could move them
    ("Tropical Storm Bertha flooded Worcester streets.", "Worcester", "US"),
    ("Storm Reid said she grew up in Worcester.", "Worcester", "US"),
])
def test_other_storm_names_set_nothing_in_britain(gaz, text, name, country):
    assert (name, country) in located(gaz, text)


# -- 5. a language's name after an event verb and "in" -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Two houses burned in Malay on Sunday.",
    "Two men were shot in Malay overnight.",
    "A ferry capsized and three tourists drowned in Malay.",
    "Shops were closed in Malay after the typhoon.",
])
def test_a_language_named_town_after_an_event_verb_is_the_town(gaz, text):
    assert ("Malay", "PH") in located(gaz, text)


@pytest.mark.parametrize("text", [
    "The notice was written in Malay on Sunday.",
    "The minister spoke in Malay and then in English.",
    "Lessons were taught in Malay for a decade.",
    "The shop signs are painted in Malay and Tamil.",
])
def test_a_language_after_a_verb_of_saying_or_writing_stays_the_language(gaz, text):
    assert "Malay" not in [t for t, _ in located(gaz, text)]


@pytest.mark.parametrize("text", [
    "A man was stabbed in Malay on Sunday.",
    "Two huts were torched in Malay overnight.",
])
def test_a_language_named_town_after_a_verb_of_harm_is_the_town(gaz, text):
    assert ("Malay", "PH") in located(gaz, text)


@pytest.mark.parametrize("text", [
    "The film was shot in Malay and English.",
    "The ceremony opened in English and closed in Malay.",
    "The program reopened in Malay and Tamil.",
])
def test_a_film_shot_or_a_ceremony_closed_in_a_language_stays_the_language(gaz, text):
    # films are shot and ceremonies closed in a language as often as men are shot in a town
    assert "Malay" not in [t for t, _ in located(gaz, text)]


# -- 6. a saint-named capital at the end of a patient's trip from a town ----------------------------------------
@pytest.mark.parametrize("text", [
    "The injured driver was airlifted to St. John's from Gander.",
    "A climber with head injuries was airlifted to St. John's from Gander on Monday.",
    "A hiker with a broken leg was airlifted to St. John's from Gander Bay.",
])
def test_a_saint_named_capital_reached_from_a_town_is_the_city(gaz, text):
    assert ("St. John's", "CA") in located(gaz, text)


@pytest.mark.parametrize("text", [
    "The injured driver was airlifted to St. John's.",
    "The injured driver was airlifted to St. Luke's from Bethlehem.",
    # the "from" end is a common, a station or a day's crash site, no town the trip set out from
    "A cyclist with head injuries was airlifted to St. George's from Wimbledon Common.",
    "A teenager with stab wounds was rushed to St. George's from Tooting Broadway station.",
    "The injured driver was airlifted to St. John's from Monday's crash site.",
])
def test_a_saint_name_after_a_verb_of_care_with_no_town_trip_stays_the_hospital(gaz, text):
    assert not any(n.startswith("St.") for n, _ in located(gaz, text))


# -- 7. a feeling with its particle after a plight --------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Mariupol, already cut off from the grid, now hopes for a quick repair.", "Mariupol"),
    ("Sumy, short of water for weeks, now relies on trucked supplies.", "Sumy"),
])
def test_a_feeling_with_its_particle_after_a_plight_leaves_the_place(gaz, text, name):
    assert name in [t for t, _ in located(gaz, text)]


def test_a_feeling_with_its_particle_after_an_aside_of_policy_is_the_government(gaz):
    text = "Ankara, long wary of the deal, now hopes for a new round of talks."
    assert "Ankara" not in [t for t, _ in located(gaz, text)]


@pytest.mark.parametrize("text, name", [
    ("Kyiv, short of shells, now relies on Washington.", "Kyiv"),
    ("Moscow, battered by sanctions, now relies on Beijing.", "Moscow"),
    ("Tehran, hit by sanctions for years, now hopes for a deal.", "Tehran"),
])
def test_a_capitals_plight_and_hope_stay_its_governments(gaz, text, name):
    # a national capital's shortage of arms or its sanctions are its government's plight, and so is its hope
    assert name not in [t for t, _ in located(gaz, text)]


# -- 8. a name struck by a hazard of the land in the passive ----------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Flores was hit by floods on Sunday.", "Flores"),
    ("Morgan was badly battered by the storm overnight.", "Morgan"),
    ("Chester was struck by a tornado late on Friday.", "Chester"),
    # a month or a lower-case phrase after the hazard names no other ground
    ("Flores was hit by floods in July.", "Flores"),
    ("Flores was hit by floods in the north.", "Flores"),
])
def test_a_name_struck_by_a_hazard_of_the_land_is_the_ground(gaz, text, name):
    assert name in [t for t, _ in located(gaz, text)]


@pytest.mark.parametrize("text, name", [
    ("Morgan was hit by a car on Sunday.", "Morgan"),
    ("Flores was struck by lightning while fishing.", "Flores"),
    ("Morgan was hit by a storm of criticism.", "Morgan"),
    # shells and air strikes strike people as readily; a political storm is a figure
    ("Morgan was hit by shelling while driving to work.", "Morgan"),
    ("Morgan was hit by airstrikes, his family said.", "Morgan"),
    ("Marcos was hit by a political storm.", "Marcos"),
])
def test_a_name_struck_by_what_strikes_people_stays_a_person(gaz, text, name):
    assert name not in [t for t, _ in located(gaz, text)]


@pytest.mark.parametrize("text, name", [
    ("Nissan was also hit by the quake.", "Nissan"),
    ("Ludlow was hit by floods at its bottling plant.", "Ludlow"),
    ("Nokia was hit by the storm in its home market.", "Nokia"),
    ("Honda was hit by floods at its Ayutthaya plant.", "Honda"),
])
def test_a_firm_hit_by_a_hazard_stays_the_firm(gaz, text, name):
    assert name not in [t for t, _ in located(gaz, text)]


def test_a_subject_hit_by_a_hazard_in_a_named_place_leaves_the_event_there(gaz):
    # the ground struck is the place named after the hazard, not the firm or person before the verb
    place = _event(gaz, "Toyota was badly hit by floods in Thailand.")
    assert place is not None and place.country_code == "TH", place


# -- 9. specs for branches that had none --------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Bodies were found on the Tana river-bank on Monday.", "Tana"),
    ("Farmers fled the Sokoto river-banks after the raid.", "Sokoto"),
])
def test_a_river_bank_keeps_the_rivers_ground_not_a_town_of_its_name(gaz, text, name):
    t = toponym(gaz, text, name)
    assert t.locational
    assert t.place is None or not (t.place.feature_code or "").startswith("PPL"), t.place


def test_a_river_port_is_a_compound_of_the_town(gaz):
    t = toponym(gaz, "Traders gathered at the Mopti river-port on Monday.", "Mopti")
    assert t.place is not None and t.place.feature_code.startswith("PPL"), t.place


@pytest.mark.parametrize("text, name", [
    ("A Denver family will urge the council to act.", "Denver"),
    ("A Houston family will urge the city to act.", "Houston"),
])
def test_a_noun_in_ly_after_a_town_is_no_adverb_before_the_verb(gaz, text, name):
    # read as an adverb, "family" would leave the town the subject of "will urge", a government's stance
    assert name in [t for t, _ in located(gaz, text)]


def test_an_adverb_in_ly_after_a_town_still_leaves_the_verb_its_own(gaz):
    assert "Denver" not in [t for t, _ in located(gaz, "Denver strongly urged the council to act.")]


# -- review r2a: the mends' own rules, narrowed ------------------------------------------------------------------
# A. a month-first date range ends the clause as a score does, but a month or "on"/"between"/"from" before it
# makes it a date, and the hazard's subject no team
@pytest.mark.parametrize("text, name", [
    ("Shelling destroyed Marinka on May 12-13.", "Marinka"),
    ("Storms battered Morgan on June 3-4, killing two.", "Morgan"),
    ("Fire destroyed Chester between Dec 1-2.", "Chester"),
])
def test_a_hazards_damage_before_a_month_first_date_range_stays_ground(gaz, text, name):
    assert name in [t for t, _ in located(gaz, text)]


# B. a town is hit "in" its own state or "in its" centre: only a firm's works after "at/in its" move the ground
@pytest.mark.parametrize("text, name", [
    ("Moore was hit by a tornado at its school.", "Moore"),
    ("Lismore was hit by floods in its town centre.", "Lismore"),
    ("Flores was hit by floods in Easter week.", "Flores"),
])
def test_a_town_hit_by_a_hazard_in_its_own_part_or_season_is_the_ground(gaz, text, name):
    assert name in [t for t, _ in located(gaz, text)]


def test_a_town_hit_by_a_hazard_in_its_own_state_keeps_the_event(gaz):
    place = _event(gaz, "Moore was hit by a tornado in Oklahoma.")
    assert place is not None and place.name == "Moore" and place.country_code == "US", place


# C. the war's nouns raze ground: after a verb that cannot take a person the subject is the ground struck
@pytest.mark.parametrize("text, name", [
    ("Bakhmut was destroyed by shelling.", "Bakhmut"),
    ("Avdiivka was flattened by airstrikes.", "Avdiivka"),
    ("Marinka was razed by shelling last year.", "Marinka"),
])
def test_a_town_razed_by_the_weapons_of_war_is_the_ground(gaz, text, name):
    assert name in [t for t, _ in located(gaz, text)]


# D. a capital's physical plight is its people's; a namesake of a capital is no capital
@pytest.mark.parametrize("text, name", [
    ("Kyiv, short of power after the strikes, now hopes for a mild winter.", "Kyiv"),
    ("Khartoum, short of water, now hopes for aid.", "Khartoum"),
    ("Victoria, hit by floods, now hopes for a dry summer.", "Victoria"),
])
def test_a_capitals_physical_plight_and_hope_are_its_peoples(gaz, text, name):
    assert name in [t for t, _ in located(gaz, text)]


# E. a person hit by a natural hazard while doing something, or told of by kin, stays a person
@pytest.mark.parametrize("text, name", [
    ("Morgan was hit by a tornado while driving home, his wife said.", "Morgan"),
    ("Flores was struck by a landslide while walking to school.", "Flores"),
    ("Morgan was hit by floods as he was camping, her father said.", "Morgan"),
])
def test_a_person_hit_by_a_natural_hazard_while_doing_something_stays_a_person(gaz, text, name):
    assert name not in [t for t, _ in located(gaz, text)]


# F. a person named Storm in any frame sets nothing in Britain; a storm's word after the name does
@pytest.mark.parametrize("text, country", [
    ("Storm Reid, 20, grew up in Worcester.", "US"),
    ("Storm Reid attended a gala in Worcester.", "US"),
    ("Storm Isha plays havoc with rail lines in Worcester.", "GB"),
    ("Storm Isha brought gales to Worcester overnight.", "GB"),
    # past a possessive or an apposition
    ("Storm Isha's gusts toppled trees in Worcester.", "GB"),
    ("Storm Isha, the winter's ninth named storm, reached Worcester.", "GB"),
])
def test_a_named_storm_votes_britain_only_when_told_as_weather(gaz, text, country):
    t = toponym(gaz, "" + text, "Worcester")
    assert t is not None and t.place is not None and t.place.country_code == country, t


# -- third review ------------------------------------------------------------------------------------------------------

# G. only the words straight after the hazard tell of a person; a speaker's pronoun later in the sentence does not
@pytest.mark.parametrize("text, name", [
    ("Lismore was hit by floods last week, she said.", "Lismore"),
    ("Moore was hit by a tornado, his office said.", "Moore"),
    ("Galveston was battered by the hurricane on Monday and the governor said he would visit.", "Galveston"),
    ("Lismore was hit by floods as rising waters breached the levee.", "Lismore"),
])
def test_a_pronoun_or_clause_far_past_the_hazard_leaves_the_town_struck(gaz, text, name):
    assert name in [t for t, _ in located(gaz, text)]


# H. grief is told with "devastated by": only a verb that levels ground makes the subject of war's fire a place
@pytest.mark.parametrize("text, name", [
    ("Morgan was devastated by the bombing.", "Morgan"),
    ("Clinton was ravaged by the bombing.", "Clinton"),
])
def test_a_person_devastated_by_a_bombing_stays_a_person(gaz, text, name):
    assert name not in [t for t, _ in located(gaz, text)]


# I. a storm's ordinary deeds (closing roads, cutting power, leaving people stranded) tell it as weather
@pytest.mark.parametrize("text", [
    "Storm Isha forced the closure of roads in Worcester.",
    "Storm Isha left thousands stranded in Worcester.",
    "Storm Isha caused chaos in Worcester.",
    "Storm Isha closed roads in Worcester.",
    "Storm Isha cut power to homes in Worcester.",
])
def test_a_named_storms_common_deeds_vote_britain(gaz, text):
    t = toponym(gaz, text, "Worcester")
    assert t is not None and t.place is not None and t.place.country_code == "GB", t


# a verb a person shares with a storm votes only before what a storm does it to
@pytest.mark.parametrize("text", [
    "Storm Reid left the party in Worcester.",
    "Storm Reid cut the ribbon in Worcester.",
    "Storm Reid closed the show in Worcester.",
])
def test_a_person_named_storm_leaving_or_closing_something_sets_nothing_in_britain(gaz, text):
    t = toponym(gaz, text, "Worcester")
    assert t is not None and t.place is not None and t.place.country_code == "US", t
