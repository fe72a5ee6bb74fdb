"""Round thirty-two of known leftovers: classes of English errors left by earlier rounds.

1. A world city read by an old name of its own ("San Miguel", once San Diego's) yields the name to the city abroad
   that bears it as its own where another name of the story is, by its own name, a town of that city's country
   lying near it ("San Miguel and Santa Ana", no country written) (geo/resolve.py `_namesake_among_neighbours`,
   geo/namesake_neighbours.py, geo/namesake_owners.world_city_namesakes). Another name whose largest reading
   lies near the world city and none near the city abroad ("Chula Vista", "La Jolla") keeps it, whatever the
   other names of the story are.
2. "Town, State" opening a sentence as the subject of a verb in lower case ("Power, Montana is a farming town")
   holds the town as a pair closed by a comma does (geo/stated_containers._closes_pair): a town read in another
   state (Power County, Idaho; Bell, California) is a namesake. A place after a preposition ("In Denver, Virginia
   told") opens no such pair.
3. "the Lima district of Chorrillos": a known town written between "the" and a division word, then "of" and a
   capitalised name the gazetteer lacks, makes that name the town's part, as "the district of X" does with no
   town (geo/unknown_names._town_before_division_word): it is kept with its own name and stands in at the town's
   reading. A member's name after a town's district ("the Austin district of Lloyd Doggett") is none.
4. A place's adjective that names a dog's breed ("Dalmatian", "Pomeranian"), alone as a noun after an article, a
   possessive or a count and ending its noun phrase, is the dog (false_places.yaml `breed_nouns`,
   geo/named_things._breed_noun_alone); before a noun ("the Dalmatian coast", "a Dalmatian fisherman") or a verb of
   speaking ("the Dalmatian said") it keeps the region.
5. "tied at 2-2 with X" makes X a side as a result does, except beside a word of a vote ("vote", "ballot",
   "recount", "seats"): a vote's or a ballot's tally (geo/associative.py `_STANDING_AT`, `_VOTE_WORDS`).
6. Two common-word towns as a route's ends ("from Liberty to Independence") vouch for each other only where a
   preposition of place sets the story in a first-level division ("in Missouri") holding towns of both names within
   a route's reach
   (geo/route_end_towns._paired_in_named_state); with no state named they stay the ideas they may be.
7. A written state wins over a famous namesake district: "Highgate, Vt." stands in at Vermont, not London.
8. "Mutare, across the border in Mozambique": a town of some size whose reading lies within 50 km of a town of
   the country the aside names keeps its own reading (geo/border_asides.py). A reporter on one side writes the
   town just over the frontier as "across the border" and names the wrong side; a namesake of that size on the
   other side of the same border is far rarer than such a slip. A town far from the named country (Harare, some
   250 km from Mozambique) or a small one is still the unheld place the aside says it is, as before.
9. An unheld village under a dateline ("JOS —") stands in at a second-order division of the dateline's country
   that its own sentence names next after it ("... the chairman of Mangu local government area said"), at the
   division's precision, rather than at the dateline town, which tells where the paper sits
   (geo/dateline_divisions.py, read by geo/fallback.py). A division named only in a later sentence, or after
   another place of the sentence, does not.
10. Mends after review: a neighbour written in the world city's country, or a name that can only be its
   neighbour, keeps the old name (geo/namesake_neighbours.py, read once per document); the states a story places
   things in are read once (route_end_towns.PlacedStates); a breed that is a place's own name (Chihuahua) is none,
   and a list of names or an aside after the breed keeps the region; a member's name after "the Austin district
   of" is none (geo/member_districts.py); a dateline's village takes its sentence's division only after a
   locating word; "tied at N-N with" is a side unless a word of a vote is in the sentence.
11. Mends after the second review: a hyphenated name opened by a place word or an article ("Al-X") is no double
   surname; only a legislator's or a seat's word makes a town's district a member's, not voting's; a dateline's
   village takes its division from "under"/"within" too, through a time after "before"/"after", and wherever
   the division's people are quoted ("residents of X LGA said"); one name that is only the world city's
   neighbour keeps its old name in a mixed list; a breed that is a place's own name is the dog only before a
   dog's verb, and a breed in a line of capitals is read too; "seats" is a vote's only after a count.
12. Left open: see the strict xfails at the end.

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import pytest

from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str):
    """(country, first-level division) of the reading of `name`, or of its stand-in where it is unresolved."""
    t = toponym(gaz, text, name)
    p = t.place if t.place is not None else t.fallback
    return (p.country_code, p.admin1) if p is not None else None


# -- 1. an old name of a world city beside the namesake's neighbours ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Gang violence rose in San Miguel and Santa Ana last year.",
    "Gunmen shot two bus drivers in San Miguel, and a third near Santa Ana.",
    "Police reinforced patrols in San Miguel after a trader was robbed near Santa Ana.",
])
def test_a_world_citys_old_name_beside_the_namesakes_neighbour_is_the_namesake(gaz, text):
    """San Miguel is El Salvador's third city by its own name; San Diego bore it centuries ago. With a Salvadoran
    town named beside it by its own name, the two towns are neighbours, whatever Californian Santa Ana says."""
    assert _where(gaz, text, "San Miguel")[0] == "SV"


def test_a_world_citys_own_neighbour_keeps_its_old_name(gaz):
    """Chula Vista has no namesake near San Miguel: nothing points abroad, and the old name stays San Diego's."""
    text = "Sailors on leave crowded San Miguel and Chula Vista bars."
    assert _where(gaz, text, "San Miguel") == ("US", "California")


def test_a_world_city_written_by_its_own_name_too_keeps_the_old_name(gaz):
    """Under a Richmond dateline "Manchester" is the old town across the river, now Richmond's own part: with
    the city written by its own name, an English Richmond near Manchester points nowhere."""
    text = "RICHMOND, Va. — Crews repaved two streets in Manchester, south of the river, this week."
    assert _where(gaz, text, "Manchester")[0] == "US"


# -- 2. a town and its state opening a sentence ---------------------------------------------------------------------
@pytest.mark.parametrize("text, name, state", [
    ("Power, Montana is a small farming town.", "Power", "Montana"),
    ("Bell, Florida has a new fire chief.", "Bell", "Florida"),
    ("The harvest began. Saco, Montana welcomed the crews.", "Saco", "Montana"),
])
def test_a_town_and_its_state_opening_a_sentence_lie_in_that_state(gaz, text, name, state):
    """"Town, State verb": the pair is the sentence's subject, so a namesake in another state (Power County,
    Idaho; Bell, California; Saco, Maine) is not the town; unheld, it stands in at the state."""
    assert _where(gaz, text, name) == ("US", state)


def test_a_person_after_a_place_and_a_comma_opens_no_pair(gaz):
    """"In Denver, Virginia told": a preposition before the place, so the next name opens a clause."""
    assert _where(gaz, "In Denver, Virginia told reporters the plan was dead.", "Denver") == ("US", "Colorado")


# -- 3. the town's district of a name the gazetteer lacks -----------------------------------------------------------
@pytest.mark.parametrize("text, name, country", [
    ("Looters struck shops in the Lima district of Chorrillos on Monday.", "Chorrillos", "PE"),
    ("Gunmen robbed a bus in the Quito district of Chillogallo.", "Chillogallo", "EC"),
])
def test_an_unheld_district_of_a_named_town_stands_in_at_the_town(gaz, text, name, country):
    """The town named before "district of" says whose district the name is: the name is kept as written and
    stands in at the town's reading, a coarser point than the district's own, but an honest one."""
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None and t.fallback.country_code == country, (t.place, t.fallback)


def test_a_members_name_after_a_towns_district_is_no_place(gaz):
    """A legislative district is named by its member too: a given name opening the run makes it a person's."""
    assert "Lloyd Doggett" not in found_names(gaz, "Voters in the Austin district of Lloyd Doggett lined up early.")


# -- 4. a breed's name alone as a noun ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Firefighters carried a Dalmatian out of the flooded cellar.",
    "A Dalmatian escaped from the fire station on Friday.",
    "The children were sad because they lost their Dalmatian.",
])
def test_a_dalmatian_alone_as_a_noun_is_the_dog(gaz, text):
    """After an article or a possessive and ending its noun phrase, the word is the breed: no toponym at all."""
    assert "Dalmatian" not in found_names(gaz, text)


@pytest.mark.parametrize("text", [
    "Tourists crowded the Dalmatian coast this summer.",
    "A Dalmatian fisherman was rescued off Hvar.",
    "The Dalmatian said the ferry was late.",
])
def test_the_adjective_before_a_noun_or_a_speakers_verb_keeps_the_region(gaz, text):
    """A noun after it ("coast", "fisherman") makes it the region's adjective; one who speaks is a person."""
    assert "Dalmatian" in found_names(gaz, text)


# -- 5. tied at a score ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The council vote was tied at 2-2 with Bradford on seats.", "Bradford"),
    ("After the recount the two wards were tied at 3-3 with Salford in the ballot.", "Salford"),
])
def test_a_tie_at_a_score_on_a_tally_is_no_side(gaz, text, name):
    """A tie at a score beside a word of a vote is a vote's tally, and the town stays a place."""
    assert name in locational_names(gaz, text)


def test_a_tie_at_a_score_in_a_sentence_of_sport_is_a_side(gaz):
    text = "The visitors were tied at 1-1 with Ghana at the break in the league match."
    assert "Ghana" in found_names(gaz, text) and "Ghana" not in locational_names(gaz, text)


# -- 6. a route between two common-word towns -----------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The march from Liberty to Independence drew crowds in Missouri.", "Liberty"),
    ("Floats rolled from Independence to Liberty on the Fourth, as towns across Missouri held parades.", "Liberty"),
])
def test_two_common_word_towns_of_a_named_state_are_a_routes_ends(gaz, text, name):
    """Both ends are common words, but the story is set in Missouri, which holds towns of both names a short
    drive apart: the pair is a journey's."""
    assert _where(gaz, text, name) == ("US", "Missouri")


@pytest.mark.parametrize("text", [
    "The march from Liberty to Independence drew crowds.",
    "A pageant from Liberty to Independence is the theme of the Missouri fair.",
])
def test_two_common_words_with_no_state_placed_stay_words(gaz, text):
    """No state the story is set in ("the Missouri fair" only qualifies a fair): "from Liberty to Independence"
    may pair two ideas, so the first end is not vouched for."""
    assert "Liberty" not in locational_names(gaz, text)


# -- 7. a written state over a famous district ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Snow closed roads in Highgate, Vt., on Monday.",
    "HIGHGATE, Vt. — Farmers brought their hay to the fair.",
])
def test_a_town_written_with_its_state_is_not_londons_district(gaz, text):
    """The state written after the name places it; London's Highgate is not in Vermont. A regression guard: the
    parent commit reads these already, and the round's other rules must not undo it."""
    name = "HIGHGATE" if text.startswith("HIGHGATE") else "Highgate"
    assert _where(gaz, text, name) == ("US", "Vermont")


# -- 8. a town by the border an aside puts on the wrong side --------------------------------------------------------
@pytest.mark.parametrize("text, name, country", [
    ("Refugees fled to Mutare, across the border in Mozambique, after the clashes.", "Mutare", "ZW"),
    ("Smugglers ran fuel to Cucuta, just across the border in Venezuela, each night.", "Cucuta", "CO"),
])
def test_a_sizeable_town_by_the_named_border_keeps_its_own_reading(gaz, text, name, country):
    """The town lies a few kilometres from the named country: the aside gave the writer's direction, not the
    town's country, and the city is the city."""
    p = toponym(gaz, text, name).place
    assert p is not None and p.country_code == country, p


def test_a_town_far_from_the_named_country_still_stands_in_there(gaz):
    """Harare lies far inside Zimbabwe: "across the border in Mozambique" then names a place of Mozambique the
    gazetteer lacks, and the name stands in at Mozambique."""
    t = toponym(gaz, "Families fled to Harare, across the border in Mozambique, after the clashes.", "Harare")
    assert t.place is None and t.fallback is not None and t.fallback.country_code == "MZ", (t.place, t.fallback)


# -- 9. a dateline passed over for a division the village's sentence names -----------------------------------------
@pytest.mark.parametrize("text, name, division", [
    ("BAUCHI - Bandits raided Yelwan Duguri on Sunday, officials of Alkaleri local government area said.",
     "Yelwan Duguri", "Alkaleri"),
    ("MAIDUGURI - Insurgents torched Kwatandashi overnight, a resident of Askira-Uba LGA said.",
     "Kwatandashi", "Askira-Uba"),
])
def test_an_unheld_village_under_a_dateline_stands_in_at_its_sentences_division(gaz, text, name, division):
    """The sentence says which district the village is in; the dateline only says where the paper sits."""
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None and t.fallback.name == division, (t.place, t.fallback)
    assert t.fallback.precision == 3 and t.fallback.raw == name


@pytest.mark.parametrize("text", [
    "JOS - Gunmen burned Kwanlot overnight. Officials of Mangu local government area met on Monday.",
    "JOS - Gunmen burned Kwanlot overnight, and herders moved from Bokkos to Mangu local government area.",
])
def test_a_division_not_next_in_the_villages_sentence_leaves_the_dateline_stand_in(gaz, text):
    """A later sentence's division may be about something else, and a division after another place in the
    sentence ("from Bokkos to Mangu") is that route's end: the dateline town stays the stand-in."""
    t = toponym(gaz, text, "Kwanlot")
    assert t.fallback is not None and t.fallback.name == "Jos", t.fallback


# -- 10. mends after review: what the round's rules must not do ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Sailors on shore leave filled San Miguel bars, then headed up to Santa Ana, Calif., for the night.",
    "Marines drank in San Miguel taverns before driving on to Santa Ana, California, at dusk.",
])
def test_a_neighbour_written_in_the_world_citys_country_points_nowhere_abroad(gaz, text):
    """Santa Ana is written in California: it is no Salvadoran town, and it cannot make San Miguel one."""
    assert _where(gaz, text, "San Miguel") == ("US", "California")


@pytest.mark.parametrize("text", [
    "Surfers left San Miguel early and reached Encinitas and Santa Ana by noon.",
    "The navy yard near San Miguel held an open day, and visitors drove on to La Jolla and Santa Ana.",
])
def test_a_name_that_can_only_be_the_world_citys_neighbour_keeps_the_old_name(gaz, text):
    """Encinitas and La Jolla are, by their own names, only Californian towns by San Diego: the story is set
    there, and Santa Ana's Salvadoran namesake does not carry San Miguel abroad."""
    assert _where(gaz, text, "San Miguel") == ("US", "California")


def test_the_namesake_rule_reads_each_name_once_in_a_long_story(gaz, monkeypatch):
    """A story repeating its names costs work in proportion to its length: the rule is asked once per name and
    reading, from the story's names indexed once, not once per mention over every name."""
    import eventwatch.geo.resolve as resolve
    from eventwatch.geo import geoparse

    calls = []
    real = resolve.namesake_among_neighbours
    monkeypatch.setattr(resolve, "namesake_among_neighbours", lambda *a: calls.append(a[1]) or real(*a))
    found = geoparse(gaz, "Robberies rose in San Miguel and near Santa Ana this year. " * 150)
    assert found and found[0].place is not None and found[0].place.country_code == "SV"
    assert len(calls) <= 2, len(calls)


def test_the_route_rule_reads_the_storys_states_once(gaz, monkeypatch):
    """Two common-word ends ask which states the story places things in: read once per document, so a long
    story reads each name once (`PlacedStates.scanned`), not once per route over every name."""
    import eventwatch.geo.recognise as recognise
    from eventwatch.geo import geoparse
    from eventwatch.geo.route_end_towns import PlacedStates

    made: list[PlacedStates] = []

    class Counted(PlacedStates):
        def __init__(self, *a):
            super().__init__(*a)
            made.append(self)

    monkeypatch.setattr(recognise, "PlacedStates", Counted)
    found = geoparse(gaz, "The parade from Liberty to Independence filled streets in Missouri. " * 120)
    assert found[0].text == "Liberty" and found[0].place is not None and found[0].place.admin1 == "Missouri"
    scanned = sum(p.scanned for p in made)
    assert 0 < scanned <= 4 * 120, scanned  # once per name (three a sentence); per route over all: 40,000


@pytest.mark.parametrize("text, name", [
    ("Troops clashed with smugglers in the Chihuahua and Sonora foothills.", "Chihuahua"),
    ("The Chihuahua and Sinaloa attorneys general met in Culiacan.", "Chihuahua"),
    ("Drones watched the Chihuahua, Coahuila and Durango ranchlands.", "Chihuahua"),
    ("Ferries linked the Dalmatian and Istrian ports all summer.", "Dalmatian"),
])
def test_a_breed_that_is_a_places_own_name_or_opens_a_list_of_names_is_the_place(gaz, text, name):
    """Chihuahua is a Mexican state's and a city's own name, no breed's adjective; and a joint or a comma with
    a name next goes on to a list of names sharing the noun after them."""
    assert name in found_names(gaz, text)


@pytest.mark.parametrize("text", [
    "Visitors tasted the Dalmatian red wine at the fair in Zadar.",
    "Neighbours said the Dalmatian, a former sailor, ran the bakery.",
])
def test_a_word_in_ed_or_an_aside_after_the_breeds_name_keeps_the_region(gaz, text):
    """"red" is no verb a dog does, and an aside after a comma says who a person of the region is."""
    assert "Dalmatian" in found_names(gaz, text)


@pytest.mark.parametrize("text", [
    "Our Dalmatian barked at the postman all morning.",
    "They adopted a Dalmatian and a poodle from the shelter.",
])
def test_a_breed_before_what_a_dog_does_or_another_animal_is_still_the_dog(gaz, text):
    """A dog's verb after it, or a joint with no name next, still ends the phrase at the breed. A regression
    guard: the parent reads these already, and the narrower phrase's end must not undo it."""
    assert "Dalmatian" not in found_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("The incumbent campaigned in the Denver district of Halvorsen this spring.", "Halvorsen"),
    ("Shops closed in the Tampa district of Alvarez-Boyd on Friday.", "Alvarez-Boyd"),
    ("Sen. Dana Whitlock toured a clinic. Crowds filled the Tucson district of Whitlock on Sunday.", "Whitlock"),
])
def test_a_towns_district_named_by_its_member_is_no_place(gaz, text, name):
    """A word naming a legislator in the sentence, a double surname joined by a hyphen, or a name the story
    gives a person: the district is a legislator's seat, and the name is the legislator's."""
    assert name not in found_names(gaz, text)


def test_an_unheld_part_of_a_town_with_no_member_signs_is_still_kept(gaz):
    """Nothing of an election, no hyphen, no person: the town's district of X is still X, standing in there. A
    regression guard: the parent reads it already, and the member's signs must not undo it."""
    t = toponym(gaz, "Floods swamped homes in the Manila district of Tondoville on Friday.", "Tondoville")
    assert t.place is None and t.fallback is not None and t.fallback.country_code == "PH", (t.place, t.fallback)


@pytest.mark.parametrize("text, name", [
    ("MAKURDI - Raiders torched Tse-Akaa overnight, and police sent officers from Guma LGA.", "Tse-Akaa"),
    ("JOS - Gunmen attacked Kwanlot overnight, a day after herders raided Bokkos LGA.", "Kwanlot"),
    ("JOS - Gunmen attacked Kwanlot overnight, and families fled to Bokkos LGA for safety.", "Kwanlot"),
])
def test_a_division_the_sentence_sends_elsewhere_leaves_the_dateline_stand_in(gaz, text, name):
    """A division after a move's word ("from", "to") or a clause's break (", and", "after") is not where the
    village lies: the dateline town stays the stand-in."""
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None and t.fallback.name in ("Makurdi", "Jos"), t.fallback


@pytest.mark.parametrize("text, name, division", [
    ("MAKURDI - Raiders torched Tse-Akaa overnight, a resident of Guma LGA said.", "Tse-Akaa", "Guma"),
    ("YOLA - Herders attacked Dumnekati, in Song LGA, on Friday.", "Dumnekati", "Song"),
])
def test_a_division_after_a_locating_word_places_the_village(gaz, text, name, division):
    """"a resident of Guma LGA", "X, in Song LGA": the sentence says where the village lies. A regression
    guard: the parent reads these already, and the narrower locating words must not undo it."""
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None and t.fallback.name == division, (t.place, t.fallback)


@pytest.mark.parametrize("text, name", [
    ("Peru were tied at 2-2 with Chile when the floodlights failed in Lima.", "Chile"),
    ("Ghana stayed tied at 1-1 with Togo until rain stopped play in Kumasi.", "Togo"),
])
def test_a_tie_at_a_score_with_no_vote_word_is_a_side(gaz, text, name):
    """"tied at N-N with" is mostly sport's: with no word of a vote the name is the other side."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Delegates from Leeds were tied at 4-4 with Sheffield in the party poll.", "Sheffield"),
    ("The two candidates were tied at 3-3 with Mombasa still counting.", "Mombasa"),
])
def test_a_tie_at_a_score_beside_a_word_of_a_vote_is_no_side(gaz, text, name):
    """A poll, delegates or candidates make the tie a vote's tally: the town stays a place. A regression
    guard: the parent reads these already, and the narrower vote words must not undo it."""
    assert name in locational_names(gaz, text)


# -- 11. mends after the second review -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, country", [
    ("Mortars struck the Aleppo district of Ash-Sheikh Maqsud overnight.", "Ash-Sheikh Maqsud", "SY"),
    ("Gunmen stormed a bakery in the Fallujah district of Al-Jubayliya on Friday.", "Al-Jubayliya", "IQ"),
])
def test_a_hyphenated_name_opened_by_an_article_or_a_place_word_is_the_towns_part(gaz, text, name, country):
    """"Al-", "Ash-", "Deir-": the Arabic article or a place word joined by a hyphen opens a transliterated
    place name, no double surname; the name stands in at its town."""
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None and t.fallback.country_code == country, (t.place, t.fallback)


@pytest.mark.parametrize("text, name, country", [
    ("Gunmen fired on a polling station in the Lahore district of Shadmanpura during the election.",
     "Shadmanpura", "PK"),
    ("Police fired tear gas at voters in the Dhaka district of Kamrangiganj on Tuesday.", "Kamrangiganj", "BD"),
    ("Ballot boxes were burned in the Accra district of Nkwantanan overnight.", "Nkwantanan", "GH"),
])
def test_violence_at_an_election_in_a_towns_district_keeps_the_district(gaz, text, name, country):
    """Voters, ballots and polling stations are where an election happens, not whose seat a district is: the
    town's part is still a place, standing in at the town."""
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None and t.fallback.country_code == country, (t.place, t.fallback)


def test_a_legislators_word_still_makes_the_towns_district_a_members(gaz):
    """"The congresswoman" names a legislator: the district of X is her seat, and X her name."""
    text = "The congresswoman held a town hall in the Houston district of Brannigan on Monday."
    assert "Brannigan" not in found_names(gaz, text)


@pytest.mark.parametrize("text, name, division", [
    ("MAKURDI - Raiders attacked Tse-Ortese before dawn, residents of Guma LGA said.", "Tse-Ortese", "Guma"),
    ("MAKURDI - Raiders attacked Tse-Ortese after midnight, the chairman of Guma LGA said.", "Tse-Ortese", "Guma"),
    ("MAKURDI - Raiders attacked Tse-Ortese when families were asleep, residents of Guma LGA said.",
     "Tse-Ortese", "Guma"),
    ("YOLA - Herders attacked Dumnekati community under Song LGA on Sunday.", "Dumnekati", "Song"),
    ("MAIDUGURI - Insurgents raided Kwajaffa village within Konduga LGA overnight.", "Kwajaffa", "Konduga"),
])
def test_a_division_quoted_or_under_which_the_village_lies_places_it(gaz, text, name, division):
    """The division's people quoted at the sentence's end speak of their own ground; a time after "before" or
    "after" is the same event's; "under" and "within" say where the village lies."""
    t = toponym(gaz, text, name)
    assert t.place is None and t.fallback is not None and t.fallback.name == division, (t.place, t.fallback)


def test_a_clause_after_before_a_time_still_sends_the_division_elsewhere(gaz):
    """"before Sunday" is a time, but "a day after bandits raided Song LGA" is another event: the dateline town
    stays the stand-in."""
    t = toponym(gaz, "YOLA - Herders attacked Dumnekati before Sunday, a day after bandits raided Song LGA.",
                "Dumnekati")
    assert t.fallback is not None and t.fallback.name == "Yola", t.fallback


@pytest.mark.parametrize("text", [
    "Storms knocked out power across San Miguel, Santa Ana and Chula Vista on Tuesday.",
    "Flooding closed schools in San Miguel, Santa Ana and Coronado this week.",
])
def test_one_name_only_the_world_citys_neighbour_keeps_the_old_name_in_a_mixed_list(gaz, text):
    """Chula Vista's and Coronado's largest readings lie by San Diego and none by El Salvador (a Mexican
    hamlet of the name counts for neither): the story is set by the world city, whatever Santa Ana could be."""
    assert _where(gaz, text, "San Miguel") == ("US", "California")


@pytest.mark.parametrize("text", [
    "The Chihuahua whined all night in Tucson.",
    "Our Chihuahua growled at the mail carrier.",
])
def test_a_breed_that_is_a_places_own_name_is_the_dog_before_a_dogs_verb(gaz, text):
    """Chihuahua is a state's and a city's own name, so the breed is read only right before what a dog does."""
    assert "Chihuahua" not in found_names(gaz, text)


@pytest.mark.parametrize("text", [
    "OUR DALMATIAN RAN AWAY",
    "TWO DALMATIANS ESCAPED FROM A FIRE STATION",
])
def test_a_breed_in_a_line_of_capitals_is_the_dog(gaz, text):
    """In a headline all in capitals a capital after the breed tells nothing: words are read as lower case."""
    assert not {"DALMATIAN", "DALMATIANS"} & set(found_names(gaz, text))


def test_a_regions_adjective_in_a_line_of_capitals_keeps_the_region(gaz):
    assert "DALMATIAN" in found_names(gaz, "THE DALMATIAN COAST DRAWS TOURISTS")


@pytest.mark.parametrize("text, name", [
    ("Kenya were tied at 1-1 with Uganda as fans began leaving their seats.", "Uganda"),
    ("Leeds were tied at 2-2 with Burnley as supporters filed back to their seats.", "Burnley"),
])
def test_seats_with_no_count_are_the_grounds_and_leave_the_side(gaz, text, name):
    """Fans leave their seats: "seats" is a vote's only after a count, so the tie is a match's."""
    assert name in found_names(gaz, text) and name not in locational_names(gaz, text)


def test_seats_after_a_count_are_a_votes(gaz):
    """A regression guard: "won 12 seats" counts a vote, and the town stays a place."""
    assert "Preston" in locational_names(gaz, "The Liberals were tied at 12-12 with Preston after each party "
                                              "won 12 seats.")


def test_the_users_own_town_counts_as_a_town_of_its_country_near_a_point(tmp_path):
    """has_town_of_country_near reads the user's places as nearest_place does: a user's town in mid-ocean,
    far from any GeoNames town, is a town of its country there."""
    from eventwatch.geo.gazetteer import Gazetteer

    csv_file = tmp_path / "places.csv"
    csv_file.write_text("name,aliases,lat,lon,country,admin1\nIlha Quebrada,,-20.0,-25.0,BR,\n", encoding="utf-8")
    g = Gazetteer.load(user_places=[str(csv_file)])
    assert g.has_town_of_country_near(-20.1, -25.1, "BR", 50)
    assert not g.has_town_of_country_near(-20.1, -25.1, "AR", 50)
    assert not Gazetteer.load().has_town_of_country_near(-20.1, -25.1, "BR", 50)


# -- 12. left open --------------------------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="Hope, Arkansas lies some 540 km from Mobile, beyond a route's reach "
                                       "(route_end_towns.ROUTE_REACH_KM, 400 km), and 'Arkansas police' only "
                                       "qualifies the police, so nothing vouches for the common word")
def test_a_common_word_town_at_a_long_routes_end_in_a_state_named_after(gaz):
    assert _where(gaz, "Trucks ran from Mobile to Hope all night, Arkansas police said.", "Hope") == ("US", "Arkansas")


@pytest.mark.xfail(strict=True, reason="an unknown name before a comma and a world city, with no cue before it "
                                       "('patrolled Chorrillos, Lima,'), is not recognised: 'Surname, City' is "
                                       "written as often; with 'in' or 'the Lima district of' it is read")
def test_an_unheld_district_before_its_city_with_no_cue(gaz):
    assert "Chorrillos" in found_names(gaz, "Officers patrolled Chorrillos, Lima, after the tremor.")
