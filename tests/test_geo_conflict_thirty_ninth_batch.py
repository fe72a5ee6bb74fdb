"""Rules found by the conflict probe's thirty-ninth round (countries it had no report of: St. Cloud in Minnesota,
Mantes-la-Jolie, Mayotte's Kawéni, Réunion's Saint-Denis, Sangerhausen, Arezzo, Madrid's Vallecas, Utrecht's
Kanaleneiland, Molenbeek, Göteborg's Hjällbo, Fnideq, Moss, Helsinki's Itäkeskus, rural Roscommon,
Wien-Favoriten, Winterthur, Krnov, Ózd, Petroșani, Knin, Kokura, Newcastle's Wallsend, Whangārei and Surrey,
B.C.).

A petrol bomb, a Molotov cocktail or an incendiary device thrown at a hostel, a party office or a home (or a
building "firebombed") is an arson attack, property destruction, with or without a protest: the protest cues
that name such weapons scored only where a protest was named, and the night attack on a shelter was no event.

Words are no projectiles: protesters who "hurled insults at police" did not turn violent, and "insults hurled
at the mayor" or "rocks hurled at police" is no grenade (the weak cue "hurled at" counts only where what is
thrown is unnamed or explosive).

"X, a district of Y" after a name the tables do not hold, where they hold Y only as a town, is a part of the
town (precision 2), not a second-order division named after it that the tables lack (3).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place


# -- an incendiary thrown at a building or a home is an arson attack ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Attackers threw two petrol bombs at a hostel for seasonal workers in Opole on Saturday night.",
    "Masked men hurled incendiary devices at the offices of a regional newspaper in Patras before dawn.",
    "A Molotov cocktail was thrown at the home of a local councillor in Cluj on Tuesday, police said.",
    "Someone threw a firebomb through the window of a kebab shop in Limerick overnight.",
])
def test_an_incendiary_thrown_at_a_building_is_property_destruction(classifier, text):
    """No protest is named, so the protest cues ("petrol bomb", "threw") had nothing to hold the act to and
    the report was no event at all; an incendiary thrown at a building is the arson ACLED records as
    property destruction."""
    result = classifier.classify(text)
    assert result.label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "Arsonists firebombed a shelter for asylum seekers in Cottbus on Sunday.",
    "Unknown men firebombed the office of an opposition party in Kutaisi overnight.",
])
def test_a_building_firebombed_is_property_destruction(classifier, text):
    """"Firebombed" with a building as its object says the same as "threw a firebomb at" it."""
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text, label", [
    ("Youths threw petrol bombs at riot police in Lurgan on Friday night.", "MOB_VIOL"),
    ("Protesters threw petrol bombs at the town hall in Sfax on Monday.", "VIOL_DEMONSTR"),
])
def test_incendiaries_at_the_forces_or_by_protesters_keep_their_own_type(classifier, text, label):
    """Guard: a crowd's petrol bombs at the police are mob violence, a protest's are its own violence."""
    assert classifier.classify(text).label == label


@pytest.mark.parametrize("text", [
    "No petrol bomb was thrown at the mosque in Bradford, police said.",
    "The gang threatened to throw petrol bombs at the shops in Bergen.",
    "Boys threw stones at a parked bus in Kaunas on Monday.",
    "Fans threw flares onto the pitch in Genoa on Sunday.",
])
def test_a_negated_threatened_or_non_incendiary_throw_is_no_arson(classifier, text):
    """Guard: a throwing denied or only threatened is no attack, and stones or flares thrown at no building
    are no arson."""
    assert classifier.classify(text).scores.get("PROPERTY_DISTRUCT", 0) == 0


# -- words hurled are no projectiles ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Protesters hurled a hail of insults at police officers outside the ministry in Lome on Tuesday.",
    "Marchers threw abuse and accusations at the governor's guards in Kaduna on Friday.",
])
def test_protesters_hurling_words_do_not_turn_violent(classifier, text):
    """"Hurled" and "threw" are cues of a protest's violence; with only words as their objects they say
    nothing of it, and the protest stays peaceful."""
    result = classifier.classify(text)
    assert result.scores.get("VIOL_DEMONSTR", 0) == 0 and result.label == "PEACE_PROTEST"


def test_words_thrown_with_stones_still_make_a_violent_protest(classifier):
    """Guard: insults and stones together are still a throwing of stones."""
    text = "Protesters hurled insults and stones at police officers in Lome on Tuesday."
    assert classifier.classify(text).label == "VIOL_DEMONSTR"


@pytest.mark.parametrize("text", [
    "Insults hurled at police chief in Tamale",
    "Rocks hurled at soldiers in Bukavu",
])
def test_things_named_and_not_explosive_hurled_are_no_grenade(classifier, text):
    """The weak grenade cue "hurled at" stood for an unnamed device; where the thing hurled is named and is
    no explosive (insults, rocks), no grenade was thrown."""
    assert classifier.classify(text).scores.get("GRENADE", 0) == 0


def test_eggs_hurled_at_a_car_stay_no_grenade(classifier):
    """Guard (no grenade before the rule either): eggs thrown at a car are no explosive."""
    text = "Youths hurled eggs at a minister's car in Kisumu on Monday."
    assert classifier.classify(text).scores.get("GRENADE", 0) == 0


@pytest.mark.parametrize("text", [
    "An object was hurled at a police post in Kisumu, wounding two officers.",
    "Grenade hurled at police post in Mandera",
])
def test_a_device_or_grenade_hurled_keeps_the_grenade(classifier, text):
    """Guard: an unnamed "object" may be a grenade, and a named one is one."""
    assert classifier.classify(text).scores.get("GRENADE", 0) > 0


# -- "X, a district of Y": a part of the town Y -------------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Rival gangs fought with machetes in Kawéni, a district of Mamoudzou, on Sunday.", "Mamoudzou"),
    ("Thugs burned two kiosks in Xanobadi, a district of Jos, on Friday.", "Jos"),
])
def test_an_unheld_district_of_a_town_is_near_the_town(gaz, text, town):
    """The indefinite article says the town is cut into districts: the event lies in one of its parts (2),
    not in a second-order division named after it that the tables lack (3)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 2)


def test_a_held_district_before_the_town_is_placed_by_itself(gaz):
    """Guard: a district the tables hold ("Bani Matar") is the event's place, at its own precision."""
    place = event_place(gaz, "An air strike hit a market in Bani Matar, a district of Sanaa, on Monday.")
    assert place is not None and (place.name, place.precision) == ("Bani Matar", 3)


def test_the_district_of_a_town_stays_the_district(gaz):
    """Guard: "the district of Jos" names the division, at the second order's precision."""
    place = event_place(gaz, "Gunmen killed four farmers in the district of Jos on Sunday.")
    assert place is not None and place.precision == 3


# -- left as it is ----------------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="an unheld neighbourhood before ', Utrecht' is read in the province (4), "
                                       "as an unheld village would be: city and province share the name")
def test_an_unheld_neighbourhood_before_a_city_named_like_its_province(gaz):
    place = event_place(gaz, "A grenade exploded at a door in Kanaleneiland, Utrecht, on Friday.")
    assert place is not None and place.precision == 2


# -- mends after review -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Militia fighters shelled Bir Basha, a district of Taiz, on Thursday.", "Taiz"),
    ("Bandits killed two herders in Unguwar Dosa, a district of Kano, on Saturday.", "Kano"),
    ("Gunmen abducted traders in Kurmin Gwari, a district of Kaduna, on Tuesday.", "Kaduna"),
])
def test_a_district_of_a_state_named_like_its_capital_keeps_the_second_order(gaz, text, town):
    """Guard: where Y also names a first-level division whose point lies beyond the town (Kano State, the
    Taiz governorate), "X, a district of Y" is one of the division's districts, which may lie far from the
    town: the town stands for it at the second order's precision (3), not as a part of the town (2)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 3)


@pytest.mark.parametrize("text", [
    "Armed youths looted shops in Tsoundzou, A District of Mamoudzou, on Monday.",
    "Armed youths looted shops in Tsoundzou , a district of Mamoudzou, on Monday.",
])
def test_a_district_of_a_town_in_other_casing_or_spacing(gaz, text):
    """"A District of" in title case, or a space before the comma, says the same as "a district of"."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == ("Mamoudzou", 2)


@pytest.mark.parametrize("text", [
    "A hooded man hurled a petrol bomb at an elderly woman in a car park in Grenoble on Saturday.",
    "Two men threw a Molotov cocktail at worshippers leaving a chapel in Rennes on Friday.",
    "Teenagers threw a petrol bomb at a passing bus in Strabane on Tuesday.",
])
def test_an_incendiary_thrown_at_people_or_a_vehicle_is_no_property_destruction(classifier, text):
    """A petrol bomb thrown at people (or at a bus full of them) is an attack on them, not property
    destruction: only a building or a home as the target makes the throw that; the people make it an
    attack on civilians, an event still."""
    result = classifier.classify(text)
    assert result.scores.get("PROPERTY_DISTRUCT", 0) == 0 and result.label == "ATTACK"
    assert classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "Nobody hurled a petrol bomb at the school in Omagh, officers said.",
    "No one threw a firebomb at the church in Armagh, police said.",
    "No attackers threw a Molotov cocktail at the school in Tartu, police said.",
])
def test_a_throwing_whose_subject_is_no_one_is_no_arson(classifier, text):
    """Guard: a subject that names no one ("nobody", "no one", "no attackers") negates the throwing as
    "did not throw" does."""
    result = classifier.classify(text)
    assert result.scores.get("PROPERTY_DISTRUCT", 0) == 0 and not classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "Nobody threw stones at police during the march in Larne, organisers said.",
    "None of the marchers threw stones at the police in Tralee, organisers said.",
])
def test_a_march_where_no_one_threw_stones_stays_peaceful(classifier, text):
    """A subject naming no one negates the protest's throwing too: the march stays peaceful."""
    result = classifier.classify(text)
    assert result.scores.get("VIOL_DEMONSTR", 0) == 0 and result.label == "PEACE_PROTEST"


def test_protesters_throwing_stones_during_a_march_stay_violent(classifier):
    """Guard: with a subject that names someone, the throwing is the protesters' violence."""
    text = "Protesters threw stones at police during the march in Larne, organisers said."
    assert classifier.classify(text).label == "VIOL_DEMONSTR"


@pytest.mark.parametrize("text", [
    "The synagogue in Malmo was firebombed on Saturday night, police said.",
    "A kebab shop in Aarhus was firebombed early on Sunday, officers said.",
])
def test_a_building_firebombed_in_the_passive_with_a_source_is_property_destruction(classifier, text):
    """A passive with no "by" phrase names no doer: the police who "said" it did not do it."""
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


def test_a_building_firebombed_by_police_is_no_arson(classifier):
    """Guard: a "by" phrase naming the state keeps the state's throwing out."""
    text = "The shop in Aarhus was firebombed by police on Sunday, witnesses said."
    assert classifier.classify(text).scores.get("PROPERTY_DISTRUCT", 0) == 0


@pytest.mark.parametrize("text, label", [
    ("Demonstrators hurled insults at officers before pelting them with rocks in Kisumu on Tuesday.",
     "VIOL_DEMONSTR"),
    ("Strikers hurled a torrent of insults at security guards before throwing stones at them in Mutare on "
     "Friday.", "VIOL_DEMONSTR"),
    ("Marchers sang and threw abuse at police, who fired tear gas, in Bulawayo on Friday.",
     "PROTEST_WITH_INTER"),
    ("Protesters hurled abuse at police officers, who responded with tear gas, in Kumasi on Saturday.",
     "PROTEST_WITH_INTER"),
])
def test_words_hurled_in_a_confrontation_take_its_kind(classifier, text, label):
    """Abuse hurled in a sentence that also tells of stones or tear gas is part of that confrontation: the
    protest turns violent, or meets an intervention, and is not peaceful."""
    assert classifier.classify(text).label == label


@pytest.mark.parametrize("text", [
    "The film shows a man throwing a petrol bomb at a pharmacy in Lviv.",
    "A mural in the old town depicts a youth hurling a Molotov cocktail at a bank in Sumy.",
])
def test_a_throwing_a_work_of_fiction_shows_is_no_report_of_arson(classifier, text):
    """A throwing that a film or a mural shows is a depiction, not a report of the act."""
    assert classifier.classify(text).scores.get("PROPERTY_DISTRUCT", 0) == 0


@pytest.mark.parametrize("text", [
    "A security camera video shows a woman throwing a firebomb into a shop in Sumy.",
    "Detectives issued CCTV footage showing a man hurling a petrol bomb at a synagogue in Gdansk on Monday.",
])
def test_a_throwing_cctv_records_is_arson(classifier, text):
    """What a security camera or CCTV footage shows is a record of a real throwing: the arson counts."""
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "Police are examining claims that a Molotov cocktail was thrown at a house in Lisburn.",
    "Detectives are looking into reports that a petrol bomb was thrown at a shop in Ballymena.",
])
def test_an_arson_only_claimed_weighs_half(classifier, text):
    """A throwing that is the content of claims or reports weighs half (as a throwing at the forces does):
    alone it makes no event."""
    from eventwatch.extract.incendiary_attacks import WEIGHT

    assert 0 < classifier.classify(text).scores.get("PROPERTY_DISTRUCT", 0) <= WEIGHT / 2
    assert not classifier.is_event(text)


def test_an_arson_told_as_fact_weighs_whole(classifier):
    """Guard: told as fact, the same throwing makes the event."""
    text = "A Molotov cocktail was thrown at a house in Lisburn on Sunday."
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "The object that was hurled at the army checkpoint in Garissa injured three soldiers.",
    "The device which was lobbed at the police station in Wajir wounded a constable.",
])
def test_a_relative_pronoun_stands_for_the_thing_hurled(classifier, text):
    """Guard: "that" and "which" stand for the noun they qualify ("object", "device"), which may be a
    grenade: the weak cue keeps it."""
    assert classifier.classify(text).scores.get("GRENADE", 0) > 0


@pytest.mark.parametrize("text", [
    "A man threw a petrol bomb into a takeaway in Walsall on Friday night.",
    "The petrol bomb that was thrown at the guesthouse in Opava caused no injuries.",
    "The firebomb which was hurled at the pharmacy in Ostrava damaged the door.",
])
def test_more_buildings_and_a_relative_thrown_thing_are_arson(classifier, text):
    """Takeaways, guesthouses and pharmacies are property, and the petrol bomb "that was thrown" is what was
    thrown."""
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


# -- second review's mends -----------------------------------------------------------------------------------------

def _mentions(resources, text: str) -> list[tuple[str, str | None]]:
    """(event type, place) for each event mention the whole pipeline finds in the text."""
    from datetime import datetime

    from eventwatch.model import Document
    from eventwatch.pipeline import process

    doc = Document(id="t39m", sha256="0" * 64, raw=text.encode(), text=text, publisher="Test Monitor",
                   published_at=datetime(2024, 6, 1, 12), language="en")
    return [(m.event_type, m.location.name if m.location else None) for m in process(resources, doc)]


@pytest.mark.parametrize("text, label, town", [
    ("A synagogue in Zwickau was firebombed overnight, officers said.", "PROPERTY_DISTRUCT", "Zwickau"),
    ("A chemist's shop in Falkirk was firebombed on Sunday night, police said.", "PROPERTY_DISTRUCT",
     "Falkirk"),
    ("Teenagers hurled bricks at soldiers in Lisburn on Tuesday evening.", "MOB_VIOL", "Lisburn"),
    ("No more than a dozen men hurled bottles at police in Coleraine on Friday.", "MOB_VIOL", "Coleraine"),
])
def test_the_pipeline_parses_an_arson_or_a_stoning_it_would_skip(resources, text, label, town):
    """The candidate filter skips a sentence whose score bound is below the event threshold; the bound had no
    part for the arson and the stoning rules, so these reports were never parsed though the classifier
    calls them events."""
    assert (label, town) in _mentions(resources, text)


def test_the_pipeline_keeps_a_stoning_the_bound_already_let_through(resources):
    """Guard (this passed before the bound covered the stoning rule: other cues lift its bound): the bound's
    new parts must not drop it."""
    text = "A gang of youths threw rocks at a police patrol in Tralee on Friday."
    assert ("MOB_VIOL", "Tralee") in _mentions(resources, text)


@pytest.mark.parametrize("text", [
    "A petrol bomb was thrown into a polling station in Kenitra on Thursday.",
    "Someone threw a Molotov cocktail at a polling centre in Bouira overnight.",
])
def test_a_polling_station_is_property(classifier, text):
    """A polling station or centre is a building: an incendiary thrown at it is property destruction."""
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "A house in Portadown was attacked with a petrol bomb on Sunday night.",
    "Arsonists targeted a flat in Bydgoszcz with a Molotov cocktail early on Monday.",
])
def test_a_building_attacked_with_an_incendiary_is_arson(classifier, text):
    """"Attacked" or "targeted" with a petrol bomb says the bomb was thrown at the building."""
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


def test_a_building_attacked_with_slogans_is_no_arson(classifier):
    """Guard: "attacked with" something that is no incendiary makes no arson."""
    text = "A house in Portadown was attacked with graffiti on Sunday night."
    assert classifier.classify(text).scores.get("PROPERTY_DISTRUCT", 0) == 0


@pytest.mark.parametrize("text", [
    "Hooded men threw a petrol bomb at a bar in Novi Sad on Friday night.",
    "Two youths hurled a firebomb into a wedding hall in Mardan on Sunday.",
    "Attackers threw a Molotov cocktail at the residence of a magistrate in Sukkur overnight.",
    "Unknown men firebombed a teahouse in Kunduz before dawn.",
    "A petrol bomb was thrown at a supermarket in Varna on Tuesday night.",
    "Arsonists threw petrol bombs into a camp for displaced people in Beni.",
])
def test_more_buildings_an_incendiary_is_thrown_at_are_property(classifier, text):
    """Bars, wedding halls, residences, teahouses, supermarkets and camps of the displaced are property: the
    narrowing to property had dropped them."""
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "A masked man threw a petrol bomb at a shopkeeper in Valence on Thursday.",
    "Youths hurled a Molotov cocktail at two nurses walking home in Mulhouse.",
])
def test_an_incendiary_thrown_at_people_is_an_attack(classifier, text):
    """An incendiary thrown at people is an attack on civilians, not property destruction, and an event."""
    result = classifier.classify(text)
    assert result.label == "ATTACK" and classifier.is_event(text)
    assert result.scores.get("PROPERTY_DISTRUCT", 0) == 0


@pytest.mark.parametrize("text", [
    "No fewer than thirty youths threw stones at soldiers in Newry on Saturday night.",
    "No fewer than forty men hurled rocks at a patrol in Strabane on Monday.",
])
def test_no_fewer_than_is_no_negation(classifier, text):
    """"No" before a comparative counts the throwers, it does not deny them."""
    assert classifier.classify(text).label == "MOB_VIOL" and classifier.is_event(text)


def test_no_youths_threw_stones_stays_negated(classifier):
    """Guard: a bare "no" still denies."""
    text = "No youths threw stones at soldiers in Newry on Saturday night, police said."
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


@pytest.mark.parametrize("text", [
    "Demonstrators hurled insults at police, who did not use tear gas, in Gweru on Wednesday.",
    "Protesters hurled abuse at officers, but nobody threw stones, in Kitwe on Monday.",
    "Marchers hurled insults at the mayor in Ndola on Tuesday, two days after police fired tear gas at a "
    "rally in Kabwe.",
])
def test_words_hurled_borrow_no_confrontation_denied_or_elsewhere(classifier, text):
    """A confrontation that is negated, or told of another scene ("two days after ..."), does not make
    the words hurled violent: the protest stays peaceful."""
    assert classifier.classify(text).label == "PEACE_PROTEST"


@pytest.mark.parametrize("text", [
    "The petrol bomb that was thrown at the hostel in Brno in 2017 is now kept in a museum.",
    "The Molotov cocktail that was hurled at the consulate in Graz is now in a museum.",
    "Police displayed the petrol bombs that were thrown at the bank in Vigo.",
    "The firebomb which was thrown at the synagogue in Lund still sits in a glass case at the town archive.",
    "The museum now houses the petrol bomb that was thrown at the embassy in Bern.",
    "The petrol bomb that was thrown at the bank in Vigo is still on a shelf at the police station.",
    "The firebomb that was hurled at the library in Aalborg now rests on a shelf in the town hall.",
    "The Molotov cocktail that was thrown at the town hall in Esbjerg in 1998 was made from a wine bottle.",
    "The petrol bomb which was thrown at the clinic in Kolding in 2009 had been filled with paraffin.",
])
def test_a_relative_clause_that_names_an_exhibit_is_no_arson(classifier, text):
    """A relative clause names an exhibit only on a positive sign: the main clause keeps or shows the thing
    (kept, displayed, in a museum, "still sits"), or the clause dates the throwing by a year."""
    assert classifier.classify(text).scores.get("PROPERTY_DISTRUCT", 0) == 0 and not classifier.is_event(text)


# -- third review's mends ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A petrol bomb that was thrown at a house in Athlone on Monday left burn marks on the front porch.",
    "A Molotov cocktail which was thrown at a bakery in Ennis exploded in the doorway, officers said.",
    "A firebomb which was thrown at a flat in Sligo rebounded off the glass.",
    "The petrol bomb that was hurled at a church in Uppsala on Saturday night was packed with petrol, "
    "police said.",
])
def test_a_throwing_told_in_a_relative_clause_is_reported_by_default(classifier, text):
    """The relative clause reports the throwing whatever the main verb ("left marks", "exploded", "was
    packed with"): a short list of verbs of harm made every other news verb an exhibit and lost the arson."""
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "Footage showed the petrol bomb that was thrown at a shop in Kilkenny on Sunday.",
    "CCTV footage shows the firebomb which was hurled at a cafe in Dundalk on Friday night.",
])
def test_footage_showing_the_thing_thrown_is_no_sign_of_an_exhibit(classifier, text):
    """Guard: "show" is no verb of keeping: footage that shows the firebomb records the throwing."""
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text, confrontation", [
    ("Officers fired rubber bullets after demonstrators hurled abuse at them in Mzuzu on Thursday.", "fired"),
    ("Riot police used water cannon on marchers who had hurled abuse at them in Batumi.", "used"),
    ("Gendarmes fired tear gas at students who had hurled insults at them in Thies on Friday.", "fired"),
])
def test_words_hurled_below_the_confrontation_share_its_scene(english, text, confrontation):
    """The scene is tested both ways: the words-hurling clause may hang on the confrontation's verb ("fired
    ... after they hurled insults", "used water cannon on marchers who had hurled abuse"), not only the
    other way round, so the abuse takes the confrontation's kind instead of weighing as nothing."""
    from eventwatch.extract.classify_rules import _in_scene

    doc = english(text)
    verb = next(t for t in doc if t.text == confrontation)
    thrower = next(t for t in doc if t.lower_ == "hurled")
    assert _in_scene(verb, thrower)


@pytest.mark.parametrize("text", [
    "Police fired tear gas a day after protesters hurled insults at them in Lilongwe.",
    "Police fired tear gas at a rally in Zomba, a week after protesters hurled insults at the governor there.",
])
def test_words_hurled_a_day_before_the_confrontation_are_another_scene(english, text):
    """Guard: "a day after" parts the scenes in the new direction too."""
    from eventwatch.extract.classify_rules import _in_scene

    doc = english(text)
    verb = next(t for t in doc if t.text == "fired")
    thrower = next(t for t in doc if t.lower_ == "hurled")
    assert not _in_scene(verb, thrower)


@pytest.mark.parametrize("text", [
    "A music video shows a rapper hurling a petrol bomb at a bank in Lodz.",
    "An animated clip depicts a boy throwing a Molotov cocktail at a shop in Tartu.",
])
def test_a_medium_made_fiction_by_its_modifier_shows_no_arson(classifier, text):
    """A mere medium ("video", "clip") is fiction by its modifier ("music video", "animated clip")."""
    assert classifier.classify(text).scores.get("PROPERTY_DISTRUCT", 0) == 0


def test_a_police_video_still_records_an_arson(classifier):
    """Guard: a medium with no modifier of fiction records a real throwing."""
    text = "A police video shows a man throwing a petrol bomb at a shop in Tartu."
    assert classifier.classify(text).label == "PROPERTY_DISTRUCT" and classifier.is_event(text)


@pytest.mark.parametrize("text, town", [
    ("Gunmen shot dead a trader in Gwagwarwa, a district of Sokoto city, on Sunday.", "Sokoto"),
    ("Bandits killed a herder in Kofar Dumi, a district of Kano city, on Monday.", "Kano"),
])
def test_a_district_of_a_city_named_as_a_city(gaz, text, town):
    """"A district of Y city": the writer names the town, not the state: a part of the town (2)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 2)


@pytest.mark.parametrize("text, town", [
    ("Robbers looted a pharmacy in Kalaban Sira, a district of Bamako, on Friday.", "Bamako"),
    ("Two shops were burned in Niamakoro Coura, one district of Bamako, overnight.", "Bamako"),
])
def test_a_district_of_a_capital_whose_division_is_the_city(gaz, text, town):
    """A capital whose capital district bears its bare name (Bamako's) is that division: the tables' point
    for the division lies some 80 km off the city, but a district of it is a part of the town (2). (Kano
    State, no capital's district, keeps the second order: the guard above.)"""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 2)


def test_a_district_of_the_city_of_y(gaz):
    """"A district of the city of Kano" names the town too."""
    place = event_place(gaz, "Gunmen killed a cobbler in Kofar Dumi, a district of the city of Kano, on Monday.")
    assert place is not None and place.name == "Kano" and place.precision <= 2
