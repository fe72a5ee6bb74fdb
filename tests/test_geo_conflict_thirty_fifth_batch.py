"""Rules found by the conflict probe's thirty-fifth round (theatres it had two reports of or fewer: the Dominican
Republic's Haitian border, the Gambia's North Bank, Jordan's Zaatari camp, Kuwait's Jleeb, Oman's Dhofar coast,
Sabah's east coast, Serbia's Preševo valley, Turkmenistan's Afghan border, Trinidad's Chaguanas, Bosnia's
Bratunac, Yunnan's Myanmar border, Congo's Pool, Djibouti's Tadjourah, Gabon's Woleu-Ntem, Mauritania's Hodh,
Transnistria's Bender, New Caledonia's east coast, Karakalpakstan, Western Sahara east of the berm, Algeria's far
south, Eritrea's Tsorona front, Rwanda's Rusizi, Sierra Leone's Kailahun and Liberia's Nimba).

"Off X" before a coastal town ("a seaweed farm off Semporna", "a trawler off Eyl") places the event at sea within
reach of the town, UCDP's "near" (2), not the town (1); "sealed off X", "cordoned off Y" keep the town, the verb's
object (geo/offshore_cues.py).

A commission speaks from its seat: "the high commission in Nouméa said", "the human rights commission in Freetown
said" name where the body sits, not where the event was, as "the ministry in X said" does; a commission stormed
is still the event's venue (geo/event_location.py, with geo/seat_targets.py).

A town written only where a speaker sits after the saying ("officials said in Algiers", "said in a statement
issued from its camps near Tindouf") sets no story in its country, as "a rights group in X said" does not: a
village of the country next door stays that village rather than standing in at the speaker's town
(geo/speaker_seats.py).

Reports write the Karakalpak town the tables write Xo‘jayli in its Russian transliteration, Khodjeyli
(aliases.yaml).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.offshore_cues import offshore_near
from eventwatch.geo.speaker_seats import speaker_seat


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
    """"Off" is the verb's particle here, and the town its object: the event is in it."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (name, 1)


def test_only_a_particle_verb_before_off_leaves_the_town_its_object():
    def word(text: str) -> Token:
        return Token(0, len(text), text, text.lower())

    assert offshore_near(word("farm")) and offshore_near(word("sank")) and offshore_near(None)
    assert not offshore_near(word("sealed")) and not offshore_near(word("cordoned"))
    assert offshore_near(word("Cut"))  # a capitalised word opens another name or the sentence, no verb here


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
    start = text.index(name)
    span = NameSpan(start=start, end=start + len(name), i=0, j=1, norm=name.lower(), candidates=[])
    assert speaker_seat(text, span) is expected


# -- a transliteration the tables lack -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Khodjeyli on Saturday, wounding nine, a rights group said.",
    "Two men were detained after a brawl at a market in Khodjeyli, Karakalpakstan, on Monday.",
])
def test_khodjeyli_is_the_karakalpak_town(gaz, text):
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == ("Xo‘jayli Shahri", "UZ", 1)
