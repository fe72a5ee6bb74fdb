"""Rules found by the news probe's sixty-ninth batch (regional English-language papers writing about their own
region, of the GeoWebNews kind: Hubballi's chilli market, Madurai's jasmine, Dibrugarh's tea, Dhangadhi's border
shoppers, Teknaf's fishermen, Takengon's coffee, the Baram blockade, rafting at Cagayan de Oro, Jos potatoes, the
Aflao border, Naivasha's flower farms, Gulu's grain traders, the Walvis Bay corridor, the Gibraltar frontier,
Fujairah's flash floods, a hurricane on Great Abaco, Lassa fever in Edo, dengue in Kandy, the Sani Pass road and
football in Guwahati).

Each is a rule a reader applies to any regional story: a plea goes to its first addressee whatever second
party it is also sent to ("wrote to Accra and to the Togolese embassy asking ..."), so the capital is still the
government pleaded with; and a street's "St." that ends a sentence before a person's full name ("...closed
Fort St. Mark Davies, 41, of Napier, was charged") is no saint's abbreviation, so no place "St. Mark" or "Lake
St. Peter" is made of the street and the person's forename. And true facts for the lexicons: Great Abaco,
Saint Martin's Island, Lake Laut Tawar, the Mahakali River, and the town parts Kuisebmond (Walvis Bay),
Khanapara (Guwahati) and Katugastota (Kandy).

The near-misses are kept beside each rule: "wrote to Lagos and to Kano for three years" asks for nothing and
leaves both towns places; a saint's single forename after "St." ("Port St. Mary", "Lake St. Clair") is still
the saint's, read whole. And, from the review of the batch: the second party is a noun phrase, never a stretch
of time or a place ("to Ziguinchor every month", "to its branches in Ndola"), a letter "to say" or "to tell"
asks nothing, and a capital pleaded with second is a government as the first is; a street before a person is
read only in mid-sentence, after no title, compass or part word, before a surname that is no weekday, month,
state or country, and a person spoken of as one (an age, "who", "of", a verb of saying; after a fort's or
lake's word or a title, an age or ", who" only): "In St. Thomas Ontario", "Fort St. John Monday", "Bishop St.
Patrick Moran", "West St. Paul Mayor" make no street. The Mahakali River stands on its border stretch. From
the second review: an appeal always asks ("appealed to X to let/tell/inform" is a plea; only a letter or a
complaint merely tells), a plea to three parties reads each alike, a surname that names a land or a month is a
person's where an age or ", who" follows it, and "Fort St. Mark Owens said" makes no saint's place.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, located, locational_names, toponym


# -- a plea sent to a capital and to a second party --------------------------------------------------------------

@pytest.mark.parametrize("text, capital", [
    ("The council said it had written to Accra and to the Togolese embassy asking for the checks to be eased.",
     "Accra"),
    ("Farmers appealed to Kampala and to the World Bank for funds after the floods.", "Kampala"),
    ("Traders wrote to Nairobi and to the county office to demand fewer checks at the border.", "Nairobi"),
])
def test_a_capital_pleaded_with_beside_a_second_addressee_is_its_government(gaz, text, capital):
    """"Wrote to X and to Y asking ...": one letter goes to both, and the request after the second addressee is
    made of the first as well, so the capital is the government that receives the plea, not a place."""
    assert capital in found_names(gaz, text) and capital not in locational_names(gaz, text)


@pytest.mark.parametrize("text, names", [
    ("She wrote to Lagos and to Kano for three years before moving to Abuja.", ["Lagos", "Kano"]),
    ("Students wrote to Lagos and to Kano from the camp at Maiduguri.", ["Lagos", "Kano"]),
])
def test_letters_to_two_towns_with_no_request_leave_both_places(gaz, text, names):
    """With no request after them ("for three years" is a stretch of time, "from the camp" a source), the towns
    written to may be destinations: they are read as places, as the text's other names are."""
    places = locational_names(gaz, text)
    assert all(n in places for n in names)


@pytest.mark.parametrize("text, names", [
    ("She wrote to Accra and to Kumasi for two years to trace her missing sister.", ["Accra", "Kumasi"]),
    ("Each winter he wrote to Dakar and to Ziguinchor every month to ask for news of his cousin.",
     ["Dakar", "Ziguinchor"]),
    ("The guild wrote to Lusaka and to its branches in Ndola seeking a strike ballot.", ["Lusaka", "Ndola"]),
])
def test_a_second_addressee_is_a_noun_phrase_and_no_stretch_of_time(gaz, text, names):
    """The second party after "and to" is a noun phrase with no preposition, time or number word in it: "for two
    years", "every month" or "in Ndola" ends it, and a purpose read after such a stretch ("to trace her
    sister") or a request made of the party after it ("its branches in Ndola seeking") is no plea to the first
    name, which stays a place."""
    places = locational_names(gaz, text)
    assert all(n in places for n in names)


@pytest.mark.parametrize("text, name", [
    ("He wrote to Harare to tell his brother he had arrived.", "Harare"),
    ("The sailor wrote to Mombasa and to Lamu to say the ship had docked.", "Mombasa"),
])
def test_a_letter_that_tells_asks_nothing_of_the_town(gaz, text, name):
    """"Wrote to X to say ...", "to tell ...": a verb of telling is no request of the party written to, so the
    town is the letter's destination and read as a place."""
    assert name in locational_names(gaz, text)


def test_a_letter_that_asks_the_capital_to_act_still_pleads_with_it(gaz):
    """The near-miss of the rule above: "to demand" is what the government should do."""
    text = "Farmers wrote to Lilongwe to demand new seed."
    assert "Lilongwe" in found_names(gaz, text) and "Lilongwe" not in locational_names(gaz, text)


@pytest.mark.parametrize("text, capital", [
    ("Fishermen appealed to Dakar and to Banjul for restraint after the clashes.", "Banjul"),
    ("The guild wrote to its members and to Lusaka seeking a pay rise.", "Lusaka"),
])
def test_a_capital_pleaded_with_second_is_its_government_too(gaz, text, capital):
    """A plea "to X and to Y" with a request after it goes to both parties: the capital named second is a
    government pleaded with, as the first is."""
    assert capital in found_names(gaz, text) and capital not in locational_names(gaz, text)


def test_two_capitals_written_to_with_nothing_asked_stay_places(gaz):
    """The near-miss: no request after the pair ("but no answer came"), so both are places."""
    places = locational_names(gaz, "Families wrote to Kigali and to Goma, but no answer came.")
    assert "Kigali" in places and "Goma" in places


# -- a street's "St." before a person's full name -----------------------------------------------------------------

@pytest.mark.parametrize("text, saint, street", [
    ("Police closed Fort St. Mark Davies, 41, of Napier, was charged with assault.", "Mark", "Fort St."),
    ("Water mains burst on Lake St. Peter Walsh, 52, of Geelong, said his shop was flooded.", "Peter", "Lake St."),
    ("Traffic was held on Mill St. Ruth Okafor, 38, of Enugu, was charged with theft.", "Ruth", "Mill St."),
    ("Sewage spilled along Mill St. Ruth Okafor said her bakery in Enugu had to close.", "Ruth", "Mill St."),
    ("Police sealed off Queen St. Helen Moana, who runs a bakery there, said she heard shots in Wellington.",
     "Helen", "Queen St."),
])
def test_a_forename_and_surname_after_a_streets_st_is_a_person_not_a_saint(gaz, text, saint, street):
    """A saint's name inside a place's is one word ("St. Clair", "St. John"), and what follows it is the
    place's own word or nothing; a forename with a surname after "St." (and no place word after them) opens the
    next sentence with a person, so neither "St. Mark" nor "Lake St. Peter" is a place, and the street ends at
    "St." with its period, as it does before any other next sentence."""
    names = found_names(gaz, text)
    assert not any(saint in n for n in names) and street in names


def test_a_saints_name_after_st_with_no_surname_is_not_made_a_street(gaz):
    """A forename alone after "St." is still the saint's ("the Martyr of the Faith St. Agnes"): no street
    "Faith St." is read."""
    names = found_names(gaz, "Pilgrims prayed to the Martyr of the Faith St. Agnes in Rome on Sunday.")
    assert not any(n.endswith("St.") for n in names)


@pytest.mark.parametrize("text, name", [
    ("Ferries to Port St. Mary were cancelled in the gale, harbour staff in Douglas said.", "Port St. Mary"),
    ("Sailors on Lake St. Clair were told to head for harbour, officials in Windsor said.", "Lake St. Clair"),
])
def test_a_saints_single_forename_after_st_is_still_the_saints(gaz, text, name):
    """One forename after "St." with no surname after it is the saint's: the name is read whole."""
    assert name in found_names(gaz, text)


@pytest.mark.parametrize("text, place", [
    ("In St. Thomas Ontario, crews cleared fallen trees after the ice storm.", "St. Thomas"),
    ("Near St. Peter Minnesota, the river crested overnight.", "St. Peter"),
    ("Flooding hit North St. Paul Thursday as the creek rose.", "North St. Paul"),
])
def test_a_saint_place_before_a_state_or_a_weekday_is_no_street_and_person(gaz, text, place):
    """A street's "St." ends a sentence only in mid-sentence ("In" and "Near" are capitalised for the
    sentence), after no compass word ("North St. Paul" is a town's name), and before a person only: a state
    ("Ontario") or a weekday ("Thursday") after the saint's forename is no surname. The saint's place is read,
    and no street "In St." or "North St." is made."""
    names = found_names(gaz, text)
    assert place in names and not any(n.endswith("St.") for n in names)


@pytest.mark.parametrize("text", [
    "Crowds gathered at Fort St. James Friday evening for the festival.",
    "Snow closed roads around Fort St. John Monday, the district said.",
    "Crowds packed Downtown St. Joseph Saturday for the parade near the river.",
    "A relic of Brother St. Andre Bessette went on show in Montreal.",
    "Pilgrims in Dublin honoured Bishop St. Patrick Moran on Sunday.",
    "Fans cheered as the Fort St. James Bulldogs won the final in Vanderhoof.",
    "West St. Paul Mayor said the pool would stay shut.",
])
def test_a_title_a_part_word_or_a_team_around_st_makes_no_street(gaz, text):
    """No street ends at "St." after a title ("Brother", "Bishop": a saint's name follows), a part or compass
    word ("Downtown", "West"), or a fort's word before a weekday or a team ("Bulldogs"): a person read there
    must be spoken of as one (an age, ", who"), and none is."""
    assert not any(n.endswith("St.") for n in found_names(gaz, text))


# -- lexicon facts ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, place, cc", [
    ("Hurricane winds tore roofs from homes on Great Abaco overnight, officials in Nassau said.",
     "Great Abaco", "Great Abaco", "BS"),
    ("Trawlers that once fished near Saint Martin's Island now land their catch at Chattogram.",
     "Saint Martin's Island", "Saint Martin's Island", "BD"),
    ("Boats ran to St. Martin's Island from Teknaf on Monday.", "St. Martin's Island", "Saint Martin's Island",
     "BD"),
    ("Heavy rain knocked the cherries from trees around Lake Laut Tawar, officials in Takengon said.",
     "Lake Laut Tawar", "Lake Laut Tawar", "ID"),
    ("Floodwater from the Mahakali River swamped fields near Banbasa, officials in Dhangadhi said.",
     "Mahakali River", "Mahakali River", None),
    ("Rafters set off down the Sarda River from Tanakpur on Sunday.", "Sarda River", "Mahakali River", None),
])
def test_islands_and_lakes_regional_papers_name(gaz, text, name, place, cc):
    """True facts: Great Abaco, the main island of the Abacos (not the island group alone); Saint Martin's
    Island (Narikel Jinjira) off Teknaf in the Bay of Bengal; Lake Laut Tawar by Takengon in Aceh's highlands;
    the Mahakali River on the Nepal-India line, called the Sarda or Sharda downstream in India (held with
    "River" only: bare "Mahakali" is also the goddess, and "the Mahakali temple" is no river)."""
    t = toponym(gaz, text, name)
    assert t.place is not None and t.place.name == place and t.place.country_code == cc


def test_the_mahakali_river_stands_on_its_border_stretch(gaz):
    """The river is placed by the Banbasa barrage on the Nepal-India line, where its stories are set (Dhangadhi,
    Mahendranagar, Tanakpur), so a 161 km check from those towns holds; its Ghaghara confluence is ~250 km off."""
    from eventwatch.geo.distances import haversine_km

    t = toponym(gaz, "The Mahakali River burst its banks near the barrage, officials in Dhangadhi said.",
                "Mahakali River")
    dhangadhi = (28.69, 80.59)
    assert t.place is not None and haversine_km(t.place.lat, t.place.lon, *dhangadhi) < 100


@pytest.mark.parametrize("text, name, cc", [
    ("Residents of Kuisebmond said the lorries block the road to Swakopmund every morning.", "Kuisebmond", "NA"),
    ("Police in Guwahati closed the road from Khanapara to the stadium after the match.", "Khanapara", "IN"),
    ("Health officers in Gampola and Katugastota said clogged drains were breeding mosquitoes.", "Katugastota",
     "LK"),
])
def test_town_parts_regional_papers_name(gaz, text, name, cc):
    """True facts: Kuisebmond is a township of Walvis Bay, Khanapara a neighbourhood of Guwahati, Katugastota a
    suburb of Kandy on the Mahaweli; each takes its town's point."""
    assert (name, cc) in located(gaz, text)


# -- what the batch saw and left -----------------------------------------------------------------------------------

def test_an_unheld_town_listed_after_a_held_one_is_read(gaz):
    """A town joined by "and" to a town after "from" is a town too, held or not (mended by b73: a plain town
    below 300,000, Dhangadhi, vouches for the list as a small one does where the story's other places are in its
    country, Kailali and Tikapur; geo/list_tail_unknowns.py)."""
    assert "Attariya" in locational_names(
        gaz, "Shoppers from Dhangadhi and Attariya crossed into India, police in Kailali and Tikapur said.")


@pytest.mark.xfail(strict=True, reason="recognition: 'the road between X and Y' is returned as a road place over "
                   "the first town's span (geo/roads.py reads roads between towns for conflict events)")
def test_the_towns_a_road_runs_between_are_the_toponyms(gaz):
    """GeoWebNews annotates the towns, not the road: the road's span is no toponym of its own."""
    names = found_names(gaz, "Flash floods cut the road between Masafi and Fujairah city, police said.")
    assert not any(n.startswith("road") for n in names)


# -- from the second review: an appeal always asks; a plea to three parties; a surname that names a land -----------

@pytest.mark.parametrize("text, capitals", [
    ("Charities appealed to Asmara to let food trucks reach Tessenei.", ["Asmara"]),
    ("Church leaders appealed to Bamako and to Niamey to let herders cross near Menaka.", ["Bamako", "Niamey"]),
    ("Envoys appealed to Caracas to tell its police to free the students.", ["Caracas"]),
    ("Unions appealed to Harare to inform employers before raising the levy.", ["Harare"]),
])
def test_an_appeal_to_a_capital_to_let_tell_or_inform_is_a_plea(gaz, text, capitals):
    """An appeal always asks something of the party: "appealed to X to let convoys through", "to tell its
    police to ...", "to inform employers" are what the government should do, so the capital is the government
    pleaded with. Only a letter or a complaint "to say", "to tell" or "to let them know" merely tells."""
    names, places = found_names(gaz, text), locational_names(gaz, text)
    assert all(c in names and c not in places for c in capitals)


@pytest.mark.parametrize("text, name", [
    ("She wrote to Dakar to let them know she had arrived.", "Dakar"),
    ("The nurse wrote to Maputo to tell her mother the clinic had reopened.", "Maputo"),
])
def test_a_letter_that_lets_someone_know_still_tells(gaz, text, name):
    """The near-miss: after "wrote", "to let them know" and "to tell" still only tell, and the town stays a
    place; a bare "let" ("to let convoys pass") is no verb of telling."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, capitals", [
    ("The governor wrote to Lusaka and to Gaborone and to Windhoek seeking a water pact.",
     ["Lusaka", "Gaborone", "Windhoek"]),
    ("The bishop complained to Rabat and to Algiers and to Tunis demanding safe passage.",
     ["Rabat", "Algiers", "Tunis"]),
])
def test_a_plea_to_three_capitals_reads_each_alike(gaz, text, capitals):
    """"Wrote to X and to Y and to Z seeking ...": one plea goes to all three, so each capital is a
    government pleaded with, the first, the middle and the last alike."""
    names, places = found_names(gaz, text), locational_names(gaz, text)
    assert all(c in names for c in capitals) and not any(c in places for c in capitals)


def test_three_capitals_written_to_with_nothing_asked_stay_places(gaz):
    """The near-miss: no request after the three ("but heard nothing"), so all are places."""
    places = locational_names(gaz, "Exiles wrote to Lome and to Cotonou and to Accra, but heard nothing.")
    assert all(c in places for c in ("Lome", "Cotonou", "Accra"))


@pytest.mark.parametrize("text, street, saint", [
    ("Windows were smashed along Dock St. Paul Georgia, 33, was detained in Savannah.", "Dock St.", "St. Paul"),
    ("Fire crews were sent to Tower St. Mary Virginia, who runs a florist there, said smoke filled the lane in "
     "Leeds.", "Tower St.", "St. Mary"),
    ("Stalls burned on Canal St. Anne May, 47, of Dover, was treated for burns.", "Canal St.", "St. Anne"),
])
def test_a_surname_that_names_a_land_or_month_with_an_age_after_is_a_person(gaz, text, street, saint):
    """A surname that is also a state, a country or a month ("Georgia", "Virginia", "May") is read as the
    land or the month only where no strong person cue follows: with an age (", 33,") or ", who" after it,
    the forename and surname are a person opening the next sentence, and the street ends at "St."."""
    names = found_names(gaz, text)
    assert street in names and saint not in names


@pytest.mark.parametrize("text, place", [
    ("Snow fell on Lake St. Louis Missouri overnight as the front moved east.", "Lake St. Louis"),
    ("Near St. Joseph Missouri, the levee held overnight.", "St. Joseph"),
])
def test_a_saint_place_before_a_state_with_no_age_stays_the_place(gaz, text, place):
    """The near-miss: a state after the saint's forename and no age or ", who" after it qualifies the place."""
    names = found_names(gaz, text)
    assert place in names and not any(n.endswith("St.") for n in names)


@pytest.mark.parametrize("text", [
    "Police shut Fort St. Mark Owens said the bridge would reopen on Monday in Nelson.",
    "Guards sealed Port St. Mark Tully said the ferry would sail again on Sunday from Picton.",
])
def test_a_fort_st_before_a_speaker_makes_no_saints_place(gaz, text):
    """After a fort's or port's word a verb of saying is too weak a sign to end a street at "St.", and too
    strong to read a saint's place: "St. Mark" with a surname and "said" after it is no toponym at all."""
    assert not any("Mark" in n for n in found_names(gaz, text))


def test_a_saints_fort_before_a_speaker_with_no_surname_is_kept(gaz):
    """The near-miss: no surname after the forename, so the fort's name is read whole."""
    assert "Fort St. John" in found_names(gaz, "Roads around Fort St. John said to be icy, drivers were warned.")


@pytest.mark.parametrize("text, place", [
    ("Snow shut the road into Fort St. John Harris, 52, of Chetwynd, was hurt.", "Fort St. John"),
    ("Gales battered East St. Louis Brown, 44, of Cairo, was hurt.", "East St. Louis"),
    ("Sleet coated Fort St. James Walker, 29, of Vanderhoof, was hurt.", "Fort St. James"),
])
def test_a_longer_held_name_over_st_and_the_forename_is_read_whole(gaz, text, place):
    """A name the gazetteer holds over the street's word, "St." and the forename ("Fort St. John") is read
    whole even before a surname and an age: no street "Fort St." is made."""
    names = found_names(gaz, text)
    assert place in names and not any(n.endswith("St.") for n in names)
