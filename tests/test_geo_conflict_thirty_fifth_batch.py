"""Rules found by the conflict probe's thirty-fifth round (theatres it had two reports of or fewer: the Dominican
Republic's Haitian border, the Gambia's North Bank, Jordan's Zaatari camp, Kuwait's Jleeb, Oman's Dhofar coast,
Sabah's east coast, Serbia's Preševo valley, Turkmenistan's Afghan border, Trinidad's Chaguanas, Bosnia's
Bratunac, Yunnan's Myanmar border, Congo's Pool, Djibouti's Tadjourah, Gabon's Woleu-Ntem, Mauritania's Hodh,
Transnistria's Bender, New Caledonia's east coast, Karakalpakstan, Western Sahara east of the berm, Algeria's far
south, Eritrea's Tsorona front, Rwanda's Rusizi, Sierra Leone's Kailahun and Liberia's Nimba).

"Off X" before a coastal town ("a seaweed farm off Semporna", "a trawler off Eyl") places the event at sea within
reach of the town, UCDP's "near" (2), not the town (1), where the words say the sea: a vessel or a thing at sea
before "off", a verb of the sea ("sank", "capsized"), a nautical distance, or a vessel earlier in the clause before
a verb of seizing or striking. Any other "off" is a verb's particle ("barricaded off X", "SEALED OFF Y") or a road's
("the bypass off Z"), and "off X's port" a part of X: the town itself (geo/offshore_cues.py). Off an island or a
region the sea reading keeps the island or the region; it does not turn the name into a namesake town.

A commission speaks from its seat: "the high commission in Nouméa said", "the human rights commission in Freetown
said" name where the body sits, not where the event was, as "the ministry in X said" does; a commission stormed
is still the event's venue (geo/event_location.py, with geo/seat_targets.py).

A town written only where a speaker sits after the saying ("officials said in Algiers", "said in a statement
issued from its camps near Tindouf") sets no story in its country, as "a rights group in X said" does not: a
village of the country next door stays that village rather than standing in at the speaker's town
(geo/speaker_seats.py). Not where the speakers live there ("villagers said in X"), nor where the story names no
place read under its own name in another country ("a minister said in Juba" about a town the tables lack).

Reports write the Karakalpak town the tables write Xo‘jayli in its Russian transliteration, Khodjeyli
(aliases.yaml).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.offshore_cues import offshore
from eventwatch.geo.speaker_seats import speaker_seat, speaker_seat_names
from eventwatch.geo.store import NAME_ALT, NAME_MAIN


# -- "off X" at sea is near the town ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Pirates fired on a fishing trawler off Eyl, Somalia, on Friday, wounding two crew members, the coast guard "
     "said.", "Eyl", "SO"),
    ("Gunmen abducted four crew members from a tugboat anchored off Bonny, Rivers State, on Monday, the navy "
     "said.", "Bonny", "NG"),
    ("A patrol boat sank off Kismayo on Friday after it was hit by a rocket, drowning six sailors.", "Kismayo", "SO"),
])
def test_off_a_coastal_town_is_near_it(gaz, text, name, country):
    """The boat, the farm or the ship is on the water by the town, not in it: near (2)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == (name, country, 2)


@pytest.mark.parametrize("text, name", [
    ("Soldiers cordoned off Bitam, Gabon, on Monday after a gunman shot two traders.", "Bitam"),
    ("Police sealed off Kismayo on Friday after a car bomb killed four people at a checkpoint.", "Kismayo"),
])
def test_a_town_sealed_off_is_the_town_itself(gaz, text, name):
    """Guard (held before the rule too): "off" is the verb's particle here, and the town its object: the event
    is in it."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (name, 1)


@pytest.mark.parametrize("text, name, country", [
    ("A dredger capsized off Zeeland late on Saturday and one crewman is missing, the coast guard said.", "Zeeland",
     "NL"),
    ("Two migrants drowned when their dinghy overturned off Istria on Sunday.", "Istria", "HR"),
    ("A shrimp boat was rammed by a patrol vessel off Yucatan on Tuesday, injuring three fishermen.", "Yucatán",
     "MX"),
    ("Gunmen in a speedboat attacked an oil tanker off Tabasco on Friday, wounding two crew.", "Tabasco", "MX"),
])
def test_off_a_region_or_an_island_is_that_region(gaz, text, name, country):
    """The sea reading is "near" for a town only: read as "near", the cue gave the name to a namesake town
    abroad (Zeeland, Michigan) or to none at all; the vessel was off the coast of the region itself."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == (name, country, 4)


@pytest.mark.parametrize("text, name", [
    ("Riot police barricaded off Kananga on Saturday after a mob lynched two men.", "Kananga"),
    ("Troops ringed off Butembo on Thursday after a raid killed eight villagers.", "Butembo"),
    ("TROOPS SEALED OFF BUTEMBO AFTER A RAID KILLED EIGHT VILLAGERS", "Butembo"),
    ("POLICE CORDON OFF KANANGA AFTER MOB KILLS TWO", "Kananga"),
    ("Gendarmes taped off Maroua's cattle market on Sunday after a grenade wounded six.", "Maroua"),
    ("A fuel lorry burst into flames on the expressway off Ibadan on Sunday, killing three.", "Ibadan"),
    ("Three people died when a minibus overturned on the bypass off Kumasi on Friday.", "Kumasi"),
    ("Off Dakar, police arrested four men at a roadblock on Sunday.", "Dakar"),
])
def test_off_without_a_word_of_the_sea_leaves_the_town(gaz, text, name):
    """No list of particle verbs is complete (barricaded, ringed, taped off), a headline in capitals hides the
    verb's case, a road runs "off" a town inland, and "off X's market" is a part of X: with no vessel, nothing
    at sea and no verb of the sea, "off" places the event in the town (1)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (name, 1)


@pytest.mark.parametrize("text, name", [
    ("The freighter, held off Berbera by gunmen for six weeks, was released on Sunday.", "Berbera"),
    ("A hijacked trawler was taken off Mombasa on Friday, and two crew were beaten.", "Mombasa"),
])
def test_a_vessel_held_off_a_town_is_at_sea(gaz, text, name):
    """A vessel earlier in the clause makes "held off", "taken off" a ship's place at sea, near the town."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (name, 2)


@pytest.mark.parametrize("text, expected", [
    ("A tug sank off Tema on Monday.", True),
    ("Two skiffs were spotted 30 nautical miles off Tema.", True),
    ("Pirates boarded a tanker 20 km off Tema.", True),
    ("Off Tema, a dhow caught fire.", True),
    ("Police sealed off Tema.", False),
    ("A bus veered into a ditch 20 km off Tema.", False),  # a distance, but no vessel: no sea
    ("Pirates hijacked a tanker and troops cut off Tema.", False),  # the vessel is another clause's
    ("Police shut off Tema's port after a tug sank.", False),
    ("Off Tema, police set up a roadblock.", False),
])
def test_off_is_at_sea_only_where_the_words_say_so(text, expected):
    tokens = tokenize(text)
    k = next(n for n, t in enumerate(tokens) if t.norm == "off")
    assert offshore(text, tokens, k, tokens[k + 1].end) is expected


# -- a commission speaks from its seat ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country, precision", [
    ("Arsonists burned a school at Kouaoua on Sunday and a gendarme was wounded, the high commission in Nouméa "
     "said.", "Kouaoua", "NC", 3),
    ("Soldiers clashed with militiamen in Kailahun district on Friday, killing four, the human rights commission in "
     "Freetown said.", "Kailahun District", "SL", 3),
    ("Gunmen burned two lorries in Mambasa territory on Monday, the national human rights commission in Kinshasa "
     "said.", "Mambasa", "CD", 3),
])
def test_the_town_a_commission_speaks_from_is_not_the_events_place(gaz, text, name, country, precision):
    """Read as any other town, the commission's seat would win for its finer precision (a town over a commune or
    a district); it is where the body sits, as a ministry's town is."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == (name, country, precision)


def test_a_commission_stormed_is_where_the_event_was(gaz):
    """Guard (held before the rule too): a commission's building attacked is the event's venue."""
    place = event_place(gaz, "Protesters stormed the electoral commission in Accra on Tuesday and set fire to its "
                             "gate.")
    assert place is not None and (place.name, place.precision) == ("Accra", 1)


# -- a speaker's town after the saying places no story ---------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("A drone struck a water truck near Amgala on Thursday, killing two herders, officials said in Algiers.",
     "Amgala"),
    ("A drone struck a truck near Mijek on Friday, killing two, the front said in a statement issued from its camps "
     "near Tindouf.", "Mijek"),
])
def test_a_village_beside_a_foreign_speakers_town_stays_the_village(gaz, text, name):
    """The Algerian town is where the statement came from: the Western Saharan village is not refused as a
    village of a country the story places nothing else in."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == (name, "EH", 2)


@pytest.mark.parametrize("text, expected", [
    ("Officials said in Algiers that the border was calm.", True),
    ("The front said in a statement issued from its camps near Tindouf that two men died.", True),
    ("He said the fighting in Tindouf had stopped.", False),  # the saying's content, not its seat
    ("Troops were deployed in Tindouf on Monday.", False),
])
def test_a_speakers_seat_follows_the_saying(text, expected):
    name = "Algiers" if "Algiers" in text else "Tindouf"
    assert speaker_seat(text, _span(text, name, [])) is expected


@pytest.mark.parametrize("text", [
    "Residents said in Bor that raiders had driven off 300 cattle.",
    "A witness told reporters in Goma that the camp had burned.",
    "Police said in Bunia that militiamen had killed nine people.",
    "Villagers later said in Malakal that the raiders had come at night.",
])
def test_people_on_the_ground_speak_where_they_live(text):
    """Residents, witnesses, police and villagers are placed by their town, not seated in it, after the saying as
    before it ("residents in X said")."""
    name = next(n for n in ("Bor", "Goma", "Bunia", "Malakal") if f" {n} " in text)
    start = text.index(f" {name} ") + 1
    span = NameSpan(start=start, end=start + len(name), i=0, j=1, norm=name.lower(), candidates=[])
    assert speaker_seat(text, span) is False


@pytest.mark.parametrize("text", [
    "Raiders torched a cattle camp in Nasir on Sunday, villagers said in Malakal.",
    "Survivors said in Malakal that raiders had torched a cattle camp in Nasir.",
    "Clashes in Nasir left 14 dead, a minister said in Juba.",
    "A minister said in Juba on Monday that clashes in Nasir had left 14 dead.",
])
def test_a_speakers_town_in_the_storys_own_country_still_places_it(gaz, text):
    """The tables hold South Sudan's Nasir under no name of its own, only a Khartoum suburb by an alternate
    one. Villagers speak where they live, and a minister in his own capital most often of his own country: the
    town after the saying still sets the story in South Sudan, and the suburb is refused."""
    place = event_place(gaz, text)
    assert place is not None and place.country_code == "SS"


def _town(name: str, cc: str, kind: int) -> Candidate:
    return Candidate(hash(name), name, 10.0, 20.0, cc, None, None, None, None, "PPL", 1000, None, "geonames", 1,
                     kind=kind)


def _span(text: str, name: str, cands: list[Candidate]) -> NameSpan:
    start = text.index(name)
    return NameSpan(start=start, end=start + len(name), i=0, j=1, norm=name.lower(), candidates=cands)


def test_a_seat_after_the_saying_is_set_aside_only_beside_a_place_abroad():
    """"Officials said in Algiers" is a seat beside a village of Western Sahara read under its own name; beside a
    name the tables hold only as another place's alternate name, the capital places the story."""
    text = "A drone struck a truck near Bir Lahlou, officials said in Algiers."
    algiers = _span(text, "Algiers", [_town("Algiers", "DZ", NAME_MAIN)])
    village = _span(text, "Bir Lahlou", [_town("Bir Lahlou", "EH", NAME_MAIN)])
    assert speaker_seat_names(text, [village, algiers]) == frozenset({"algiers"})
    elsewhere = _span(text, "Bir Lahlou", [_town("Bir Lahlou Extension", "EH", NAME_ALT)])
    assert speaker_seat_names(text, [elsewhere, algiers]) == frozenset()
    same_country = _span(text, "Bir Lahlou", [_town("Bir Lahlou", "DZ", NAME_MAIN)])
    assert speaker_seat_names(text, [same_country, algiers]) == frozenset()


# -- a transliteration the tables lack -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Khodjeyli on Saturday, wounding nine, a rights group said.",
    "Two men were detained after a brawl at a market in Khodjeyli, Karakalpakstan, on Monday.",
])
def test_khodjeyli_is_the_karakalpak_town(gaz, text):
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == ("Xo‘jayli Shahri", "UZ", 1)


# -- second review of the "off" reading ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sailors told reporters that rebels had stopped off Kalemie on their way south.", False),
    ("Mariners in Tema said soldiers held off Aflao for a day.", False),
    ("Seafarers reported that gunmen seized a truck off Kribi.", False),
    ("Two fishermen off Tema were rescued by a trawler on Monday.", True),  # people right before "off": at sea
    ("The captain said pirates boarded the tanker off Tema.", True),  # the vessel is in the reported clause
])
def test_seafaring_people_are_no_vessel_and_saying_ends_the_clause(text, expected):
    """Sailors and fishermen are people, not a ship: a verb of seizing after them tells of the land. And a verb
    of saying opens the clause it reports, so a vessel is not looked for back past it."""
    tokens = tokenize(text)
    k = next(n for n, t in enumerate(tokens) if t.norm == "off")
    assert offshore(text, tokens, k, tokens[k + 1].end) is expected


@pytest.mark.parametrize("text, expected", [
    ("Raiders in a speedboat chased a cargo ship for an hour, boarded it off Berbera and robbed the crew.", True),
    ("A navy patrol freed a hijacked dhow on Sunday, having intercepted it off Kismayo.", True),
    ("Gunmen fired on a ferry and held 19 crew off Tema for a week.", False),  # "and": the vessel is another clause's
    ("Gunmen forced a freighter to stop, then held its crew off Tema.", False),  # "then" ends the vessel's clause
    ("Police stopped them off Tema on Friday.", False),  # an object, no vessel: the land
])
def test_an_object_between_the_verb_and_off_still_finds_the_vessel(text, expected):
    """"Boarded it off X": a pronoun or "the crew" as the object stands between the verb of seizing and "off";
    the vessel is still looked for before the verb."""
    tokens = tokenize(text)
    k = next(n for n, t in enumerate(tokens) if t.norm == "off")
    assert offshore(text, tokens, k, tokens[k + 1].end) is expected


def test_a_dhow_intercepted_by_pronoun_is_near_the_town(gaz):
    place = event_place(gaz, "A navy patrol freed a hijacked dhow on Sunday, having intercepted it off Kismayo.")
    assert place is not None and (place.name, place.precision) == ("Kismayo", 2)


@pytest.mark.parametrize("text, name, precision", [
    ("Bandits ambushed a convoy of buses 60 km off Maiduguri on Tuesday.", "Maiduguri", 3),
    ("Militia fighters torched two lorries 40 miles off Kisangani on Friday.", "Kisangani", 3),
    ("Rebels burned a fuel truck 10 km off Bukavu on Monday.", "Bukavu", 2),
])
def test_a_distance_off_a_town_on_land_is_an_offset(gaz, text, name, precision):
    """With no vessel and no "nautical", "N km off X" is a distance on land, read as "N km from X" is: near the
    town within UCDP's 25 km, in its wider area beyond, never the town itself."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (name, precision)


@pytest.mark.parametrize("text, name, precision", [
    ("Policemen patrolling off Garissa were attacked by gunmen on Friday.", "Garissa", 1),
    ("Soldiers cruising off Gao in pickups were attacked on Monday.", "Gao", 1),
    ("A frigate patrolling off Berbera fired on two skiffs on Monday.", "Berbera", 2),
])
def test_patrolling_off_a_town_is_at_sea_only_for_a_vessel(gaz, text, name, precision):
    """Troops patrol and cruise on land as ships do at sea: the verb reads the sea only after a vessel."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (name, precision)


@pytest.mark.parametrize("text, name, expected", [
    ("A police spokesman said in Kampala that a bomb killed three people in Kasese.", "Kampala", True),
    ("A police spokeswoman said in Lusaka on Monday that the riot was over.", "Lusaka", True),
    ("Police said in Lusaka that rioters had burned a market.", "Lusaka", False),  # the police on the ground
])
def test_a_spokesman_for_the_police_speaks_from_a_seat(text, name, expected):
    """A spokesman speaks for the force from its seat, not from the ground the events were on."""
    assert speaker_seat(text, _span(text, name, [])) is expected
