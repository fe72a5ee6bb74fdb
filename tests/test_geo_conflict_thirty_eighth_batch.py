"""Rules found by the conflict probe's thirty-eighth round (theatres it had no report of: Samoa's Savai'i,
Nuku'alofa, Betio, Montevideo and Rivera, Suriname's Brokopondo and Albina, French Guiana's Maripasoula, Cuba's
Nuevitas, Nassau, Oistins, Praia, São Tomé, Kasane, Katima Mulilo, Albania's Bushat, Cetinje, Narva, Al Udeid,
rural Dalanzadgad, Kuala Belait, Druskininkai, Latvia's Ludza and Amadora's Cova da Moura).

A bare "the X" set as ground is a river when the gazetteer holds X as one and X's other readings are towns or
divisions matched by a shortened name ("the Zambezi" is the river, not Namibia's "Zambezi Region"). But when the
word the match dropped is written right after the name ("in the Zambezi region", "the Zambezi district of
North-Western province"), the writer spelled the division's full name: the division is meant, not the river.

Stones, rocks or bottles thrown at police, soldiers or border guards by a crowd are a riot (ACLED's mob violence)
even where no protest is named ("youths hurled rocks at police", "migrants threw stones at border guards"); a
protest's own violence stays the protest's, and the state's throwing (tear gas) or throwing at things is not it.
After review: only projectiles (not nets, flowers or a grenade) aimed "at" the forces by a group count, never a
figurative, accidental, negated or denied throw, and the forces' tear gas in reply no longer silences the rule.
After the second review: "pelted stones at", hand-thrown "missiles", pieces of anything, a bare "youth", a
capitalised plural opening the sentence and a headline's dropped "were" count again; a weapon thrown with stones
competes instead of vetoing; a denial's sibling clause, a negation of the verb above and a condition do not.
After the third review: things "thrown at police" on display, a clause called untrue, pieces of soft things, a
"hail" of words, a man's name ending in "s", a threatened or possible throwing are none; confirmed reports
weigh in full, and "flung" throws.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym


# -- a division's dropped word written after the name brings the division back -----------------------------------

@pytest.mark.parametrize("text, division, country, code", [
    ("Armed men raided a police post in the Zambezi region of Namibia on Monday.", "Zambezi Region", "NA", "ADM1"),
    ("Bandits shot a trader dead at a market in the Zambezi district of North-Western province on Sunday.",
     "Zambezi District", "ZM", "ADM2"),
])
def test_a_river_name_with_its_divisions_dropped_word_is_the_division(gaz, text, division, country, code):
    """"Zambezi Region" and "Zambezi District" are the divisions' own names; a writer who adds the word after
    "the Zambezi" has named the division, and the river (a line through four countries, coded far coarser)
    would move the event out of the country the report is about."""
    place = toponym(gaz, text, "Zambezi").place
    assert place is not None and (place.name, place.country_code, place.feature_code) == (division, country, code)


def test_a_town_in_the_river_named_region_keeps_its_own_place(gaz):
    """The town the report names, written as lying in the region, is the event's place at its own precision:
    the river reading of the region had dropped the town as lying outside its container."""
    place = event_place(gaz, "Gunmen attacked a police station at Katima Mulilo in the Zambezi region on Monday.")
    assert place is not None and (place.name, place.country_code, place.precision) == ("Katima Mulilo", "NA", 1)


@pytest.mark.parametrize("text", [
    "Two fishermen drowned when a hippo overturned their canoe in the Zambezi near Katima Mulilo.",
    "Smugglers ferried fuel across the Zambezi valley on Friday.",
])
def test_the_bare_river_or_its_valley_stays_the_river(gaz, text):
    """Guard: without a division word after it, "the Zambezi" is still the river; a valley is the river's."""
    place = toponym(gaz, text, "Zambezi").place
    assert place is not None and place.feature_code == "STM"


# -- projectiles thrown at the security forces by a crowd are mob violence ------------------------------------------

@pytest.fixture(scope="module")
def label(classifier):
    return lambda text: classifier.classify(text).label


@pytest.mark.parametrize("text", [
    "Migrants threw stones and branches at border guards near the crossing on Wednesday, injuring two officers.",
    "Youths hurled rocks at police outside the market on Friday night, wounding a constable.",
    "Football fans pelted riot police with bottles outside the stadium on Saturday.",
])
def test_a_crowd_throwing_at_the_security_forces_is_mob_violence(classifier, label, text):
    """No protest is named, so the protest rules had nothing to hold the throwing to and the report was no
    event at all; a crowd attacking the state's men with projectiles is what ACLED codes as a riot."""
    assert label(text) == "MOB_VIOL" and classifier.is_event(text)


def test_protesters_throwing_stones_stay_a_violent_demonstration(label):
    """Guard: where a protest is named, its violence is the demonstration's, not a mob's."""
    assert label("Protesters threw stones at police outside parliament on Tuesday, injuring two officers.") \
        == "VIOL_DEMONSTR"


@pytest.mark.parametrize("text", [
    "Police threw tear gas canisters at youths in the market on Monday.",
    "Boys threw stones at a passing bus on Monday.",
])
def test_the_states_throwing_or_throwing_at_things_is_no_mob_violence(label, text):
    """Guard: the police's tear gas is their own act, and stones at a bus have no forces as their target."""
    assert label(text) != "MOB_VIOL"


# -- the mends of the review of round 38 ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Poachers shot a game ranger dead in the Zambezi\nregion of Namibia on Friday.",
    "Game scouts arrested four poachers in the Zambezi\n  region near Katima Mulilo on Saturday.",
])
def test_a_division_word_after_a_line_break_still_spells_the_division(gaz, text):
    """A line break between the name and its division word (a wrapped column, an indented continuation) is
    still the division's full name; only spaces were read before, and the river took the report out of
    Namibia."""
    place = toponym(gaz, text, "Zambezi").place
    assert place is not None and (place.name, place.country_code) == ("Zambezi Region", "NA")


@pytest.mark.parametrize("text", [
    "The resignation threw the gendarmerie into confusion in Quito on Tuesday.",
    "The audit threw the navy's fuel contract into question in Dakar on Friday.",
    "Customs officers were thrown off a ferry when it lurched in Mwanza on Sunday.",
    "Two soldiers were thrown from their lorry when it overturned near Mzuzu on Thursday.",
])
def test_a_figurative_or_accidental_throw_is_no_mob_violence(classifier, text):
    """Guard: "threw X into confusion" and "were thrown off a ferry" aim nothing at anyone; only something
    thrown "at" the forces (or forces "pelted with" it) is an attack on them."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


@pytest.mark.parametrize("text", [
    "No rocks were thrown at the soldiers in Blantyre on Sunday, the army said.",
    "Youths did not throw stones at police in Tamale on Friday, witnesses said.",
    "The mayor denied that youths had hurled bottles at gendarmes in Bouake on Sunday.",
])
def test_a_negated_or_denied_throwing_is_no_mob_violence(classifier, text):
    """Guard: stones said not to have been thrown, or a throwing someone denies, is no event of throwing."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


@pytest.mark.parametrize("text", [
    "Farmers threw flowers at the soldiers in Gulu on Monday.",
    "Boatmen threw their ropes at the navy launch in Mongla on Monday.",
])
def test_only_what_a_crowd_throws_in_anger_makes_a_riot(classifier, text):
    """Guard: flowers for returning soldiers or mooring ropes to a boat are no projectiles; a riot is stones,
    rocks, bricks, bottles, petrol bombs and the like."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


@pytest.mark.parametrize("text", [
    "Men on a motorbike threw a grenade at gendarmes guarding a mosque in Niamey, killing one.",
    "Men on motorcycles hurled hand grenades at police officers in Ngozi on Saturday.",
])
def test_a_grenade_thrown_at_the_forces_is_the_grenades_not_a_mob(classifier, text):
    """Guard: a weapon thrown at soldiers is an attack with that weapon (its own rules); read as mob violence
    too, it halved the grenade's confidence."""
    result = classifier.classify(text)
    assert result.label == "GRENADE" and result.scores.get("MOB_VIOL", 0) == 0


def test_a_throwing_in_a_relative_clause_weighs_as_a_clauses_cue(classifier):
    """The throwing is the event itself, not a cue colouring a frame found elsewhere, so a relative clause
    weighs it as it weighs any act (0.6 of a main clause's): the police's killing stays the report's type."""
    main = classifier.classify("Three youths hurled rocks at officers in Kisii on Sunday.")
    relative = classifier.classify("Police shot dead three youths who hurled rocks at officers in Kisii on Sunday.")
    assert main.label == "MOB_VIOL" and relative.label == "ATTACK"
    assert relative.scores["MOB_VIOL"] <= 0.6 * main.scores["MOB_VIOL"] + 1e-9


@pytest.mark.parametrize("text", [
    "Young men threw stones at police in Kenema on Sunday, and officers fired tear gas.",
    "Jobless youths hurled bricks at soldiers in Thies on Friday and troops answered with rubber bullets.",
    "Rocks were thrown at police officers in Kitwe on Sunday night.",
    "An angry crowd threw stones at soldiers in Goma on Monday.",
])
def test_police_answering_with_tear_gas_or_a_passive_throwing_stays_mob_violence(classifier, label, text):
    """The forces' tear gas or rubber bullets are no protest of their own, so they no longer silence the rule
    (no protest label scored); "rocks were thrown at police officers" names no thrower, and the officers it
    names are the target, not the doer."""
    assert label(text) == "MOB_VIOL" and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "A drunk man threw a bottle at a police officer in Gweru on Saturday.",
    "A teenager hurled a petrol bomb at a police van in Ndola on Friday night.",
])
def test_one_thrower_is_no_mob(label, text):
    """Guard: ACLED's mob violence is a group's; one man throwing a bottle is not a riot."""
    assert label(text) != "MOB_VIOL"


# -- the mends of the second review of round 38 ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Villagers pelted bricks at paramilitary troopers near Dhanbad on Saturday.",
    "Hooligans pelted stones at an army convoy near Baramulla on Wednesday.",
    "Vandals pelted stones at a police outpost in Dumka on Monday.",
])
def test_pelted_stones_at_the_forces_is_mob_violence(classifier, label, text):
    """South Asian reports write "pelted stones at police", the target in an "at" phrase as with "threw";
    only "pelted police with stones" was read. A plural opening the sentence is often tagged a name
    ("Hooligans", "Vandals") and is still a group."""
    assert label(text) == "MOB_VIOL" and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "Boys pelted stones at a passing train near Ranchi on Sunday.",
    "Police pelted stones at villagers in Gaya on Monday.",
    "Jonas pelted stones at a police van in Dumka on Monday.",
])
def test_pelting_things_or_by_the_state_or_by_one_named_man_is_no_mob(classifier, text):
    """Guard: a train is no force, police are the state, and a man's name opening the sentence is no plural."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


@pytest.mark.parametrize("text", [
    "Scores of teenagers hurled missiles at riot police in east Glasgow on Friday night.",
    "Groups of youths threw cans and other missiles at officers in Bradford on Sunday.",
])
def test_missiles_a_crowd_throws_are_projectiles(label, text):
    """British riot reports call whatever a crowd throws by hand "missiles"; nobody throws a guided missile,
    so a group's thrown missiles are a riot, not a missile attack."""
    assert label(text) == "MOB_VIOL"


def test_missiles_hurled_by_an_armed_group_stay_theirs(label):
    """Guard: insurgents are no crowd; their missiles are an armed attack."""
    assert label("Insurgents hurled rockets and missiles at soldiers near Marib on Monday.") != "MOB_VIOL"


@pytest.mark.parametrize("text", [
    "The army denied shooting anyone and said youths had thrown stones at soldiers in Butembo on Tuesday.",
    "Police refuted the account and said a crowd had hurled bricks at officers in Kericho on Friday.",
])
def test_what_is_said_beside_a_denial_is_not_denied(label, text):
    """In "denied X and said that Y", Y is what was said: the denial's coordinated sibling, not its clause,
    so the throwing it reports stands."""
    assert label(text) == "MOB_VIOL"


@pytest.mark.parametrize("text", [
    "Farmers threw stones and crude bombs at police in Basirhat on Friday, injuring three constables.",
    "Villagers hurled bricks and a crude bomb at a police team in Sandeshkhali on Tuesday.",
])
def test_a_bomb_thrown_with_stones_lets_the_riot_compete(label, text):
    """A crude bomb thrown among stones by villagers does not make the crowd an armed group: the riot scores
    and competes with the bomb (a weapon thrown alone still vetoes it, as the grenade test shows)."""
    assert label(text) == "MOB_VIOL"


@pytest.mark.parametrize("text", [
    "Youth threw stones at police in Kakamega on Friday after a boda boda rider was shot.",
    "Youth hurled rocks at soldiers in Butembo on Sunday.",
])
def test_bare_youth_is_a_group(label, text):
    """"Youth" with no article or number is the collective (the young people of a place), not one youth."""
    assert label(text) == "MOB_VIOL"


def test_a_youth_is_one_thrower(classifier):
    """Guard: "a youth" is one man throwing, no mob."""
    assert classifier.classify("A youth threw a stone at police in Kakamega on Friday.").scores.get(
        "MOB_VIOL", 0) == 0


@pytest.mark.parametrize("text", [
    "Teenagers threw chunks of masonry at riot police in Marseille overnight.",
    "Youths threw lumps of ice at gendarmes in Grenoble on Sunday.",
    "Residents threw burning tyres at soldiers in Gonaives on Monday.",
])
def test_pieces_of_hard_things_and_tyres_are_projectiles(label, text):
    """A quantity word ("chunks of", "lumps of") says a hard material is thrown in pieces (masonry, ice);
    masonry, concrete and tyres are what crowds throw."""
    assert label(text) == "MOB_VIOL"


@pytest.mark.parametrize("text", [
    "If students throw stones at officers again, they will be arrested, the commander said in Embu.",
    "Unless youths stop throwing stones at police, officers will use force, the chief said in Kitale.",
    "A police spokesman dismissed reports that youths had hurled rocks at officers in Thika.",
    "The army rejected claims that villagers threw stones at soldiers in Mubi.",
])
def test_a_conditional_or_dismissed_throwing_is_no_mob_violence(classifier, text):
    """Guard: a throwing put as a condition ("if ... again") has not happened, and reports or claims of one
    that are dismissed or rejected are denied."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


def test_a_throwing_only_alleged_weighs_less_than_one_reported(classifier):
    """Claims or reports that youths threw stones are not yet the act: half the weight, no event on its own;
    a report that closes with "reports said" is the act itself."""
    alleged = classifier.classify("Police are investigating reports that youths threw stones at officers in Machakos.")
    told = "Youths threw stones at police in Nyahururu on Sunday, reports said."
    assert 0 < alleged.scores.get("MOB_VIOL", 0) < 3.0
    assert classifier.classify(told).label == "MOB_VIOL" and classifier.is_event(told)


@pytest.mark.parametrize("text", [
    "Police did not say why youths hurled rocks at officers in Wajir on Tuesday.",
    "Officers were not hurt when youths threw stones at police in Naivasha on Sunday.",
])
def test_a_negation_of_the_verb_above_does_not_negate_the_throwing(classifier, label, text):
    """"Did not say why" and "were not hurt when" deny something else; the throwing itself took place."""
    assert label(text) == "MOB_VIOL" and classifier.is_event(text)


def test_without_throwing_is_no_throwing(classifier):
    """Guard: reading only the throwing's own negation still reads "without throwing" as none."""
    text = "Youths waited outside the police post in Kisumu for hours without throwing stones at officers."
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


@pytest.mark.parametrize("text", [
    "Rocks thrown at soldiers in Bunia as traders riot over levy",
    "Soldiers pelted with bottles in Uvira",
    "Youths hurl rocks at police in Malindi",
])
def test_a_headlines_throwing_is_mob_violence(label, text):
    """Headlines drop "were" ("rocks thrown at soldiers", "soldiers pelted with bottles": the subject is what
    is thrown, or the target) and write the present ("hurl"), which the lexicon lists only by its object."""
    assert label(text) == "MOB_VIOL"


@pytest.mark.parametrize("text", [
    "Poachers killed an elephant in the Zambezi\n\nRegion officials in Namibia said two men were held.",
    "Hippos capsized a ferry in the Zambezi\n\nDistrict officials in Zambia's North-Western province said.",
])
def test_a_blank_line_ends_the_division_word_search(gaz, text):
    """Guard: a word after a blank line opens a new paragraph; "the Zambezi" that closes one stays the river
    though the next begins with "Region" or "District" (one line break, a wrapped column, still joins)."""
    place = toponym(gaz, text, "Zambezi").place
    assert place is not None and place.feature_code == "STM"


# -- the mends of the third review of round 38 ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Prosecutors showed the jury bricks thrown at officers during the riots in Tottenham.",
    "An exhibition in Belfast displays petrol bombs thrown at soldiers in 1969.",
])
def test_things_thrown_at_the_forces_on_display_are_no_riot(classifier, text):
    """Guard: "bottles thrown at officers" under a verb (shown, displayed, examined) names exhibits of an old
    throwing, not a riot now; only a headline whose root is the thrown thing drops its "were"."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


@pytest.mark.parametrize("text", [
    "Stones thrown at gendarmes in Bastia",
    "Fresh stones thrown at troops near Tulkarm",
])
def test_a_verbless_headlines_thrown_things_are_still_a_riot(classifier, text):
    """A headline with no finite verb whose root is what was thrown ("Stones thrown at ...") is the throwing."""
    assert classifier.classify(text).label == "MOB_VIOL" and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "It is not true that pupils hurled rocks at soldiers in Lira, the army said.",
    "The mayor said it was not accurate that hawkers threw bottles at officers in Thika.",
    "The spokesman said it was false that farmers had thrown stones at police in Molo.",
    "Claims that herders threw stones at soldiers in Gao are baseless, the army said.",
])
def test_a_throwing_called_untrue_is_no_mob_violence(classifier, text):
    """Guard: a "that" clause called false, untrue or baseless, or not true or not accurate, is denied as
    surely as one under "denied"."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


def test_a_throwing_called_true_stands(label):
    """Guard: "it is true that ..." affirms the throwing; only a negated "true" denies it."""
    assert label("It is true that youths threw stones at police in Isiolo, the commander said.") == "MOB_VIOL"


@pytest.mark.parametrize("text", [
    "Schoolchildren threw pieces of cake at soldiers on the parade in Accra.",
    "Fans hurled pieces of cardboard at soldiers at the ceremony in Abuja.",
    "Angry traders hurled a hail of insults at police officers in Tamale on Tuesday.",
])
def test_pieces_of_soft_things_or_a_hail_of_words_are_no_projectiles(classifier, text):
    """Guard: pieces of cake or cardboard hurt nobody, and "a hail of insults" is words: only pieces of a
    hard material (concrete, metal, glass, ice ...) are projectiles."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


@pytest.mark.parametrize("text", [
    "Dockers hurled pieces of metal at soldiers in Bouake on Friday.",
    "Squatters hurled lumps of wood at police in Soweto on Sunday.",
])
def test_pieces_of_a_hard_material_are_projectiles(label, text):
    """Pieces of metal or lumps of wood wound; thrown by a crowd at the forces they are a riot."""
    assert label(text) == "MOB_VIOL"


@pytest.mark.parametrize("text", [
    "The army confirmed reports that villagers had hurled rocks at soldiers in Bunia on Friday.",
    "Police acknowledged claims that hawkers threw stones at officers in Nyeri on Monday.",
])
def test_confirmed_reports_of_a_throwing_weigh_in_full(classifier, text):
    """Reports or claims that the authorities confirm or acknowledge are no longer hearsay: full weight, an
    event (reports only investigated still weigh half, as the test above shows)."""
    result = classifier.classify(text)
    assert result.scores.get("MOB_VIOL", 0) >= 3.0 and classifier.is_event(text)


@pytest.mark.parametrize("text", [
    "Nikolaos pelted stones at police in Larnaca on Sunday, prosecutors said.",
    "Richards hurled rocks at a police car in Swansea on Sunday, the court heard.",
    "Edwards threw bottles at police in Hull on Friday, the court heard.",
])
def test_a_mans_name_opening_the_sentence_is_no_group(classifier, text):
    """Guard: a capitalised word ending in "s" that opens the sentence is a group only as a plural of a kind
    of people ("Villagers", "Miscreants"); "Nikolaos" is a man, and a given name plus "s" ("Richards",
    "Edwards") is a surname, though the tagger may call it a plural."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


@pytest.mark.parametrize("text", [
    "Traders vowed to hurl rocks at soldiers in Bunia if the levy stayed.",
    "Students threatened to throw stones at gendarmes in Conakry.",
    "Youths may throw stones at police again in Kisii, the commander warned.",
    "Fans would throw bottles at officers if the match went ahead, police said in Cork.",
])
def test_a_threatened_or_possible_throwing_is_no_mob_violence(classifier, text):
    """Guard: a throwing vowed, threatened or put with "may"/"would" has not happened."""
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0


def test_a_throwing_begun_is_a_throwing(label):
    """Guard: "began to throw" is the act under way, not an intent."""
    assert label("Youths began to throw stones at police in Kitale on Friday.") == "MOB_VIOL"


@pytest.mark.parametrize("text", [
    "Workers flung bottles at police in Khulna on Tuesday.",
    "Supporters flung flares at riot police outside the ground in Split.",
])
def test_flung_is_a_verb_of_throwing(label, text):
    """"Flung" is "threw" (the lexicon had "threw" and "hurled" only); a crowd flinging bottles at police
    riots."""
    assert label(text) == "MOB_VIOL"


def test_flung_open_is_no_throwing(classifier):
    """Guard: "flung open the door" throws nothing at anyone."""
    text = "He flung open the door of the police station in Mombasa."
    assert classifier.classify(text).scores.get("MOB_VIOL", 0) == 0
