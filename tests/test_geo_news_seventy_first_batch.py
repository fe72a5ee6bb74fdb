"""Rules found by the news probe's seventy-first batch (local papers from New Jersey, Florida, Rhode Island,
Wisconsin, Connecticut, Massachusetts, Wyoming, Colorado, Maryland, Hawaii, North Dakota, Alaska and South Dakota,
beside the Yukon, Newfoundland, Prince Edward Island, the Free State, South Australia, Kerry and Southland).

Each is a rule a reader applies to any local paper. "Residents of X" names X's people, so an unheld name shaped
like a town's after it (or after "villagers of", "inhabitants of") is a hamlet, and so is each member of the list it
opens ("Residents of Waikaka and Pukerau"); a held name "X and Y" after "between" is the two ends the preposition
asks for, not the council or district named for both ("between Naracoorte and Lucindale"); and in a sports report
a side "edging" another beats it, and one that "fell to" another lost to it: both towns name teams; and a word
that names a town of the dateline's state near its town closes its phrase before a past tense ("A woman from
Sterling admitted stealing"), as before "said"; two far namesakes given as a trip's stops, each with its own "in"
and day ("sang in Hershey on Monday and in Gettysburg on Tuesday"), are where the story went. The stories
the batch could not mend are marked in the probe itself (tests/fixtures/geo/news_probe.yaml), each with its
reason; the kinds shown below as expected failures stay open.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import toponym, locational_names as _found


def _where(t) -> tuple[str | None, str | None]:
    p = t.place or t.fallback
    return (p.country_code, p.admin1) if p is not None else (None, None)


# -- "residents of" an unheld town ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, where", [
    ("GORE, New Zealand — The council will fix the pipes in Mataura. Residents of Waikaka asked for their bores to "
     "be tested.", "Waikaka", ("NZ", "Southland")),
    ("SWIFT CURRENT, Sask. — Council heard on Monday from residents of Quellmoor about dust on the gravel road.",
     "Quellmoor", ("CA", "Saskatchewan")),
    # the list the cue opens: each unheld member, after a held one too
    ("The council will fix the pipes in Mataura. Residents of Waikaka and Pukerau asked for their bores to be "
     "tested.", "Pukerau", ("NZ", "Southland")),
    ("Police at Mataranka said the river was rising. Residents of Beswick and Barunga were flown out.", "Barunga",
     ("AU", "Northern Territory")),
    # other nouns of a place's own people
    ("MOBRIDGE, S.D. — The villagers of Wakpalo voted to keep their school.", "Wakpalo", ("US", "South Dakota")),
    ("MOBRIDGE, S.D. — Inhabitants of Quorrindale asked the county for a new bridge.", "Quorrindale",
     ("US", "South Dakota")),
])
def test_an_unheld_name_after_residents_of_is_a_town(gaz, text, name, where):
    """"residents of X" are X's people: an unheld name shaped like a town's there is a hamlet, which stands in at
    the story's places."""
    t = toponym(gaz, text, name)
    assert t.locational and t.place is None and _where(t) == where


@pytest.mark.parametrize("text, absent", [
    # a building's or a complex's people: tenants, not a town's residents
    ("DAYTON, Ohio — Residents of Brookhaven Towers were moved after the fire.", "Brookhaven Towers"),
    ("DAYTON, Ohio — Residents of Quellmoor Apartments were moved after the fire.", "Quellmoor Apartments"),
    ("DAYTON, Ohio — Residents of Quellmoor Lodge were moved after the fire.", "Quellmoor Lodge"),
    ("DAYTON, Ohio — The residents of Brightwater Hall said the heat failed.", "Brightwater Hall"),
    # a word of the English vocabulary, a month
    ("DAYTON, Ohio — Residents of Shelter said the heat failed.", "Shelter"),
    ("DAYTON, Ohio — Residents of January's flood zone met on Monday.", "January"),
    # "people of" opens bodies' names too: not read here
    ("DAYTON, Ohio — The People of Quellmoor church gave food.", "Quellmoor"),
])
def test_residents_of_a_building_or_a_phrase_name_no_town(gaz, text, absent):
    """Only a name shaped like a town's is read: a building's or a complex's word closing it ("Towers",
    "Apartments", "Lodge", "Hall"), a word of the English vocabulary or a month, or "people of", read none."""
    assert absent not in _found(gaz, text)


@pytest.mark.parametrize("text, absent", [
    ("BRONX, N.Y. — Residents of Calverwood said they would strike over pay and hours.", "Calverwood"),
    ("CLEVELAND — Residents of Brightmoor voted to join the doctors' union on Friday.", "Brightmoor"),
    # a hospital's word closing the name
    ("CLEVELAND — Residents of Brightmoor Medical said the night shifts ran them ragged.", "Brightmoor Medical"),
    ("TOLEDO, Ohio — Residents of Harlowe Clinic said the rota left them no day off.", "Harlowe Clinic"),
])
def test_residents_of_a_hospital_name_no_town(gaz, text, absent):
    """"Residents" are doctors in training too: beside a union, a strike or doctors, or before a hospital's word,
    the name after "residents of" is their hospital's, no town."""
    assert absent not in _found(gaz, text)


@pytest.mark.xfail(strict=True, reason="a two-word unheld name closing in 'Health' or 'Medical' before a reporting "
                   "verb is read by another reader of unknown names (before batch 71 too), not by 'residents of'")
def test_residents_of_a_health_system_name_no_town(gaz):
    assert "Harlowe Health" not in _found(gaz, "TOLEDO, Ohio — The residents of Harlowe Health said the rota "
                                               "left them no day off.")


@pytest.mark.parametrize("text, name", [
    ("CLEVELAND — Residents of Brightmoor asked the city for a new sidewalk.", "Brightmoor"),
    # a hospital the town's people use is no sign of trainees
    ("MOBRIDGE, S.D. — Residents of Wakpalo drive two hours to the nearest hospital.", "Wakpalo"),
])
def test_residents_of_a_town_beside_no_trainees_word_is_still_read(gaz, text, name):
    """Without a word of a hospital's trainees in the sentence (a union, a strike, doctors, a program), "residents
    of" still takes an unheld town, a hospital the town's people use included."""
    assert name in _found(gaz, text)


# -- "between X and Y" where the gazetteer holds "X and Y" -----------------------------------------------------

@pytest.mark.parametrize("text, ends", [
    ("A grass fire burned pasture between Naracoorte and Lucindale on Thursday, the fire service in Adelaide said.",
     ("Naracoorte", "Lucindale")),
    ("Buses between Brighton and Hove were cut on Sunday after a storm brought down trees in Sussex.",
     ("Brighton", "Hove")),
    ("Ferries between Antigua and Barbuda were cancelled as the storm neared the Leeward Islands.",
     ("Antigua", "Barbuda")),
])
def test_a_held_pair_name_after_between_is_the_two_ends(gaz, text, ends):
    """"between" asks for two things: a held name joined by its own "and" (a council, a district or a country
    named for two parts) is read as its two parts where each is a held name."""
    found = _found(gaz, text)
    assert all(e in found for e in ends)


@pytest.mark.parametrize("text, whole", [
    # a further party after the pair: the held name is one end, whole
    ("Ferries between Trinidad and Tobago and Venezuela were halted.", "Trinidad and Tobago"),
    ("The border between Bosnia and Herzegovina and Serbia was closed.", "Bosnia and Herzegovina"),
    # no "between": the council itself
    ("The council of Naracoorte and Lucindale met on Monday to set its rates.", "Naracoorte and Lucindale"),
])
def test_a_pair_name_stays_whole_without_between_or_with_a_party_after(gaz, text, whole):
    """Only "between" and nothing after the pair split it: "between Trinidad and Tobago and Venezuela" names the
    country and a second party."""
    from eventwatch.geo import geoparse

    assert whole in [t.text for t in geoparse(gaz, text)]


@pytest.mark.parametrize("text, whole", [
    # the pair modifies the noun of one party, which "and" joins to the other
    ("A dispute between Saint Kitts and Nevis customs officers and shippers delayed cargo.", "Saint Kitts and Nevis"),
    ("Clashes between Antigua and Barbuda police and smugglers left two hurt.", "Antigua and Barbuda"),
    # the pair owns the noun of one party
    ("Trade between Antigua and Barbuda's government and Caracas has slowed.", "Antigua and Barbuda"),
    ("Ties between Trinidad and Tobago’s cabinet and Georgetown warmed last year.", "Trinidad and Tobago"),
])
def test_a_pair_name_that_modifies_or_owns_a_party_stays_whole(gaz, text, whole):
    """"between Saint Kitts and Nevis customs officers and shippers": the two ends are the officers and the
    shippers, and the country names the officers' own; a possessive after the pair says the same."""
    from eventwatch.geo import geoparse

    assert whole in [t.text for t in geoparse(gaz, text)]


@pytest.mark.parametrize("text, ends", [
    ("The road between Brighton and Hove reopened and buses resumed on Friday.", ("Brighton", "Hove")),
    ("Ferries between Antigua and Barbuda resumed and bookings rose sharply.", ("Antigua", "Barbuda")),
])
def test_a_past_tense_after_the_pair_closes_it(gaz, text, ends):
    """A past tense after the pair ("reopened and ...", "resumed and ...") is the clause's verb, not a noun the
    pair modifies: the "and" after it joins clauses, and the pair is two ends."""
    found = _found(gaz, text)
    assert all(e in found for e in ends)


@pytest.mark.parametrize("text, whole", [
    ("Deals between Trinidad and Tobago based shippers and Surinamese traders doubled.", "Trinidad and Tobago"),
    ("Talks between Antigua and Barbuda registered trawlers and coastguards stalled.", "Antigua and Barbuda"),
    ("Rows between Trinidad and Tobago flagged tankers and port agents grew.", "Trinidad and Tobago"),
])
def test_a_participle_before_a_noun_keeps_the_pair_whole(gaz, text, whole):
    """The near-miss (third review): "based", "registered", "flagged" with a noun after them modify that noun (the
    country's shippers, trawlers, tankers), so they do not close the pair as a past tense would ("reopened and")."""
    from eventwatch.geo import geoparse

    assert whole in [t.text for t in geoparse(gaz, text)]


def test_a_past_tense_with_its_object_still_closes_the_pair(gaz):
    """A past tense whose object follows ("reopened its port and ...") is still the clause's verb: two ends."""
    found = _found(gaz, "The ferry between Antigua and Barbuda reopened its route and fares fell.")
    assert "Antigua" in found and "Barbuda" in found


def test_a_verb_after_the_pair_does_not_keep_it_whole(gaz):
    """A verb after the pair closes it ("were cancelled and"): the "and" further on joins clauses, not parties."""
    found = _found(gaz, "Ferries between Antigua and Barbuda were cancelled and flights were delayed.")
    assert "Antigua" in found and "Barbuda" in found


@pytest.mark.xfail(strict=True, reason="recognition: a sentence opening 'Between X and Y,' reads no name at all, "
                   "before this batch too; the cause lies outside geo/between_ends.py, not traced yet")
def test_between_at_a_sentence_start_splits_the_pair(gaz):
    found = _found(gaz, "Between Brighton and Hove, the buses were cut on Sunday.")
    assert "Brighton" in found and "Hove" in found


# -- sides in a sports report ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, side", [
    ("MONROE, Wis. — Monroe won the league game 61-48 a week after edging Evansville by two points.", "Evansville"),
    ("ENID, Okla. — The Plainsmen stayed unbeaten in the conference after edging Ponca City in overtime.",
     "Ponca City"),
    ("MONROE, Wis. — Albany fell to Juda by 11 in a game moved to the high school gym.", "Albany"),
    ("SALINA, Kan. — In the semifinal, Hays fell to Colby 3-1 after leading at halftime.", "Colby"),
])
def test_edging_and_falling_to_name_sides(gaz, text, side):
    """"edging X" beats X as "edged X" does, and "X fell to Y" is a loss: in a sports report both name teams."""
    assert side not in _found(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Kabul fell to the Taliban in August, and flights to Doha were cancelled.", "Kabul"),
    ("Home prices in Denver fell to their lowest in years, while rents in Boulder rose.", "Denver"),
])
def test_fell_to_outside_a_sports_report_keeps_the_place(gaz, text, name):
    """"fell to" names a side only in a report of sport: a city falls to an army, prices fall to a level."""
    assert name in _found(gaz, text)


@pytest.mark.parametrize("text, name", [
    # a city falls to an army, in a sentence with a word of sport
    ("Weeks after Mosul fell to the militants, the city's football club moved its league games to Erbil.", "Mosul"),
    ("The stadium in Kharkiv stood empty after Izium fell to Russian forces, the team's coach said.", "Izium"),
    ("After Gao fell to rebel fighters, the championship was called off.", "Gao"),
    ("Mariupol fell to Russian troops in May; the club's striker and coach fled to Lviv.", "Mariupol"),
    # a task falls to a host
    ("Hosting the championship fell to Nairobi after Kampala withdrew.", "Nairobi"),
    ("With Perth out of the running, staging the tournament fell to Adelaide.", "Adelaide"),
])
def test_fell_to_beside_a_word_of_sport_needs_two_sides_and_a_margin(gaz, text, name):
    """A word of sport in the sentence is not enough for "fell to": both ends must be names (not "the militants",
    "Russian forces", "the tournament") and a margin or a score must follow, or the whole story read as sport."""
    assert name in _found(gaz, text)


def test_fell_to_with_a_score_names_a_side(gaz):
    """"Garden City fell to Liberal 58-44": two names and a score, a loss."""
    assert "Garden City" not in _found(gaz, "DODGE CITY, Kan. — Garden City fell to Liberal 58-44 on Friday.")


@pytest.mark.parametrize("text, name", [
    ("Kherson fell to Ukraine by 11 November, Moscow admitted.", "Kherson"),
    ("Herat fell to the Taliban by 12 August, diplomats said.", "Herat"),
    ("Aleppo fell to Damascus by 22 December, the monitor reported.", "Aleppo"),
])
def test_by_a_date_after_fell_to_is_no_margin(gaz, text, name):
    """"by 11 November" is a date by which a city fell, not a winning margin: a margin is followed by a unit of
    score, a mark or a preposition, never by a month."""
    assert name in _found(gaz, text)


@pytest.mark.parametrize("text, side", [
    ("Leicester fell to Bristol by 12 points on Saturday.", "Leicester"),
    ("Kent fell to Essex by 40 runs at Chelmsford.", "Kent"),
])
def test_fell_to_by_a_margin_of_points_or_runs_names_a_side(gaz, text, side):
    """The positive cases: "by 12 points" and "by 40 runs" are margins, and both names are teams."""
    assert side not in _found(gaz, text)


@pytest.mark.parametrize("text, side", [
    ("Derby fell to Millwall by 2-0 at the Den on Tuesday.", "Derby"),
    ("Uganda fell to Morocco by 4 seconds in the final leg.", "Uganda"),
    ("Sussex fell to Surrey by 3 wickets, the club said.", "Sussex"),
])
def test_fell_to_by_any_score_or_unit_names_a_side(gaz, text, side):
    """The near-miss (third review): a margin is "by N" whatever unit follows (seconds, a score "2-0"); only a
    month, a percentage or a clock time after "by N" makes it something else."""
    assert side not in _found(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Output in Cork fell to Galway by 12 per cent last year, the board said.", "Cork"),
    ("Traffic in Tilbury fell to Grays by 9.30 am, police said.", "Tilbury"),
])
def test_fell_to_by_a_share_or_a_time_is_no_margin(gaz, text, name):
    """"by 12 per cent" and "by 9.30 am" are no margin: without a sports story the places stay places."""
    assert name in _found(gaz, text)


# -- a common-word town of the dateline's state before a past tense --------------------------------------------

@pytest.mark.parametrize("text, name, where", [
    ("KENAI, Alaska — A woman from Sterling admitted stealing gas from a lodge.", "Sterling", ("US", "Alaska")),
    ("CHILLIWACK, B.C. — A man from Hope pleaded guilty on Monday to a break-in at a store.", "Hope",
     ("CA", "British Columbia")),
])
def test_a_dateline_neighbour_named_by_a_word_closes_its_phrase_before_a_past_tense(gaz, text, name, where):
    """"A woman from Sterling admitted": the verb is the woman's, so the name closes its phrase as before "said"
    (geo/dateline_neighbours.py), and a town of the dateline's state near its town is that town."""
    t = toponym(gaz, text, name)
    assert t.place is not None and _where(t) == where


@pytest.mark.parametrize("text, absent", [
    ("KENAI, Alaska — A statement from Sterling admitted the error on Monday.", "Sterling"),
    ("KENAI, Alaska — The shop sold rings of Sterling silver to tourists.", "Sterling"),
])
def test_a_sender_or_a_noun_phrase_is_still_no_town(gaz, text, absent):
    """A message's sender ("a statement from Sterling admitted") and a word before its noun are no town."""
    assert absent not in _found(gaz, text)


@pytest.mark.parametrize("text, absent", [
    ("CHILLIWACK, B.C. — Help from Hope arrived in the flood's second week.", "Hope"),
    ("CHILLIWACK, B.C. — Strength drawn from Hope carried the crew through the night.", "Hope"),
    ("KENAI, Alaska — Funding from Sterling covered the cost of the new dock.", "Sterling"),
])
def test_a_past_tense_closes_the_name_only_after_a_persons_noun(gaz, text, absent):
    """"Help from Hope arrived": the verb is the help's, and "from" may take a thing's source, a firm or a fund;
    only after a person's noun ("a woman from", "two teenagers from") does a past tense close a town's name."""
    assert absent not in _found(gaz, text)


def test_a_past_tense_after_people_from_a_town_names_it(gaz):
    """"Two teenagers from Hope smashed": a plural person's noun before "from" makes the verb theirs."""
    t = toponym(gaz, "CHILLIWACK, B.C. — Two teenagers from Hope smashed a window on Sunday.", "Hope")
    assert _where(t) == ("CA", "British Columbia")


# -- two stops of one trip ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, state", [
    ("TULSA, Okla. — The choir sang in Hershey on Monday and in Gettysburg on Tuesday before flying home.",
     "Gettysburg", "Pennsylvania"),
    ("TULSA, Okla. — The choir sang in Hershey on Monday and in Gettysburg on Tuesday before flying home.",
     "Hershey", "Pennsylvania"),
    ("PIERRE, S.D. — The quartet will perform in Bar Harbor on May 3 and in Bangor on May 5.", "Bangor", "Maine"),
])
def test_two_stops_each_with_its_in_and_day_are_a_trip(gaz, text, name, state):
    """A writer gives each stop of a tour its own preposition and its own day: the two far namesakes, near each
    other, are where the story went, not the paper's two hamlets."""
    t = toponym(gaz, text, name)
    assert t.place is not None and _where(t) == ("US", state)


@pytest.mark.parametrize("text, name", [
    # one "in" and one day for both: a round-up of the paper's hamlets
    ("WOODWARD, Okla. — Schools in Sharon and Freedom closed on Monday after the storm.", "Freedom"),
    # two sentences, no trip
    ("WOODWARD, Okla. — Crews from Sharon helped on Monday. Ranchers near Freedom moved cattle on Tuesday.",
     "Freedom"),
])
def test_hamlets_without_a_trips_shape_stay_the_papers(gaz, text, name):
    """Without a stop's own "in" and day for each, two far namesakes in one state stay the paper's hamlets."""
    t = toponym(gaz, text, name)
    assert t.place is None and _where(t) == ("US", "Oklahoma")


@pytest.mark.parametrize("text, name", [
    ("WOODWARD, Okla. — Storms knocked out power in Sharon on Monday and in Freedom on Wednesday, the co-op said.",
     "Freedom"),
    ("WOODWARD, Okla. — Road crews patched potholes in Freedom on Tuesday and then in Sharon on Thursday.", "Sharon"),
    ("WOODWARD, Okla. — Hail was reported in Sharon on Friday and in Freedom on Saturday.", "Sharon"),
])
def test_a_day_for_each_stop_without_travel_stays_the_papers_hamlets(gaz, text, name):
    """Weather and crews reach a paper's hamlets day by day: without a verb of touring or performing, a trip's noun
    or a return home, two far namesakes with a day each stay the paper's own."""
    t = toponym(gaz, text, name)
    assert t.place is None and _where(t) == ("US", "Oklahoma")


@pytest.mark.parametrize("text, name", [
    ("TULSA, Okla. — On its spring tour the choir was in Hershey on Monday and in Gettysburg on Tuesday.",
     "Gettysburg"),
    ("ENID, Okla. — The senator campaigned in Lititz on Friday and in Ephrata on Saturday.", "Ephrata"),
])
def test_a_tour_or_a_campaign_makes_the_stops_a_trip(gaz, text, name):
    """A trip's noun anywhere in the sentence, or a verb of touring before the first stop, makes the stops a trip."""
    assert _where(toponym(gaz, text, name)) == ("US", "Pennsylvania")


# -- what stays open -------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a given name that is a dateline neighbour's name ('a man from Homer "
                   "reported') is dropped as a person's before a past-tense verb (the given-name test comes before "
                   "the dateline's neighbours are read), though the name is the object of 'from'")
def test_a_given_name_town_after_a_person_from_is_kept_before_a_verb(gaz):
    assert "Homer" in _found(gaz, "KENAI, Alaska — A man from Homer reported a stolen skiff on Monday.")


@pytest.mark.xfail(strict=True, reason="recognition: a held word alone ('Islands', Hong Kong's district; 'Tyne') "
                   "is read out of an unheld name it closes or opens ('Wood Islands', 'Tyne Valley')")
def test_an_unheld_island_name_is_not_cut_to_its_head(gaz):
    text = "SUMMERSIDE, P.E.I. — Trucks will carry potatoes to the ferry at Wood Islands each week."
    assert "Islands" not in _found(gaz, text)


@pytest.mark.xfail(strict=True, reason="a dotted state abbreviation closing a sentence after 'near' ('near Penn.') "
                   "is read as the state with the sentence's full stop; a hamlet of that name is not held")
def test_a_sentence_final_town_is_no_state_abbreviation(gaz):
    text = "DEVILS LAKE, N.D. — The state will move two farmsteads near Penn. Buses will run longer routes."
    assert _where(toponym(gaz, text, "Penn"))[1] == "North Dakota"
