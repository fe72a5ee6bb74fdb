"""Rules found by the conflict probe's twenty-seventh round (countries it had none of: Eritrea, Azerbaijan,
Casamance, northern Cote d'Ivoire, eastern Mauritania, Nicaragua, Paraguay, South Africa, Zimbabwe, Djibouti,
northern Israel, Jazan, Transnistria, Bosnia, the Pool, Laos, Liberia, Poland's eastern border).

A southern African "township" is a town's residential quarter, not a division: "a tavern in X township" is the
place itself. An institution that was attacked ("grenades hit the ministry in X", "a bomb exploded outside the
court in Y") is the event's target, not a speaker's seat; a court or prosecutors trying crimes committed
elsewhere ("a court in X convicted ... of murders in Y") sit in X, which ranks after Y. Poland's "voivodeship"
is its first-level division. A casualty count keeps its number through an aside that describes the counted
("two civilians, one of them a shopkeeper, were killed"; "four herders, both ...").

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym

from eventwatch.extract.casualties import find_casualties
from eventwatch.geo.event_location import speaks_from
from eventwatch.geo.seat_targets import targeted_institution
from eventwatch.model import Sentence


# -- a southern African township is a part of a town ------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Gunmen shot dead four people at a shebeen in Khayelitsha township on Friday night, police said.",
     "Khayelitsha"),
    ("Two men were killed in a shootout in Umlazi township, south of Durban, on Sunday.", "Umlazi"),
])
def test_a_south_african_township_is_the_place_itself_not_a_district(gaz, text, town):
    place = event_place(gaz, text)
    assert place is not None and place.name == town and place.country_code == "ZA"
    assert place.precision in (1, 2)


def test_a_myanmar_township_is_still_a_division(gaz):
    place = toponym(gaz, "Soldiers burned houses in Hlaing Tharyar township on Monday.", "Hlaing Tharyar").place
    assert place is not None and place.country_code == "MM" and place.precision == 3


# -- an institution attacked is a target, not a speaker's seat ---------------------------------------------------

def test_the_words_before_an_institution_say_whether_it_was_attacked():
    assert targeted_institution("Two grenades hit the building of the so-called ")
    assert targeted_institution("A bomb exploded outside the provincial ")
    assert targeted_institution("Gunmen stormed the district ")
    assert not targeted_institution("The health ")
    assert not targeted_institution("Officials at the health ")  # they speak from their seat
    assert not targeted_institution("Militants attacked a checkpoint, the ")


@pytest.mark.parametrize("text, town", [
    ("Two grenades hit the building of the so-called ministry of state security in Bender, the second city of "
     "the breakaway Transnistria region, overnight.", "Bender"),
    ("A bomb exploded outside the district court in Mardan, in Khyber Pakhtunkhwa province, killing two lawyers.",
     "Mardan"),
    ("Gunmen stormed the local government office in Kaduna, Kaduna State, killing a guard.", "Kaduna"),
])
def test_an_institution_that_was_attacked_puts_the_event_in_its_town(gaz, text, town):
    assert not speaks_from(toponym(gaz, text, town))
    place = event_place(gaz, text)
    assert place is not None and place.name == town and place.precision == 1


def test_officials_at_a_ministry_still_speak_from_its_seat(gaz):
    text = "Officials at the health ministry in Ramallah said soldiers shot a man dead in Qalqilya."
    assert speaks_from(toponym(gaz, text, "Ramallah"))
    assert event_place(gaz, text).name == "Qalqilya"


# -- a court sits where it tries, not where the crimes were ------------------------------------------------------

@pytest.mark.parametrize("text, seat, where", [
    ("A federal court in Lausanne convicted a former rebel commander of killings in Lofa County in 1994.",
     "Lausanne", "LR"),
    ("A military tribunal in Kinshasa sentenced two officers for the massacre of villagers in Ituri province.",
     "Kinshasa", "CD"),
    ("Prosecutors in Paris charged a former militia leader over abductions in Bangassou in 2017.", "Paris", "CF"),
])
def test_a_court_trying_crimes_elsewhere_is_only_its_seat(gaz, text, seat, where):
    assert speaks_from(toponym(gaz, text, seat))
    place = event_place(gaz, text)
    assert place is not None and place.country_code == where


def test_a_court_that_was_attacked_is_where_the_event_was(gaz):
    text = "Militants threw a grenade at the court in Quetta, Balochistan, wounding three policemen."
    assert not speaks_from(toponym(gaz, text, "Quetta"))
    assert event_place(gaz, text).name == "Quetta"


# -- Poland's voivodeships ----------------------------------------------------------------------------------------

def test_a_voivodeship_is_polands_first_level(gaz):
    place = event_place(gaz, "A drone fell on a barn in Podkarpackie voivodeship overnight, police said.")
    assert place is not None and place.country_code == "PL" and place.precision == 4


def test_a_county_of_a_voivodeship_is_the_county_not_the_voivodeships_capital(gaz):
    place = event_place(gaz, "Drone debris damaged a house in Hrubieszow county of Lublin voivodeship on Sunday.")
    assert place is not None and place.country_code == "PL" and place.precision == 3
    assert place.name != "Lublin"


# -- casualty counts through a describing aside -------------------------------------------------------------------

def _killed_injured(text: str) -> tuple:
    found = find_casualties(Sentence(0, len(text), text), document_id="doc-27")
    return tuple(None if q is None else q.best for q in (found.killed, found.injured))


@pytest.mark.parametrize("text, expected", [
    ("Two civilians, one of them a shopkeeper, were killed when a rocket hit a house.", (2, None)),
    ("Four villagers, two of them women, were wounded when shells landed in a market.", (None, 4)),
    ("Two farmers, both from the same family, were killed by a roadside bomb.", (2, None)),
    ("Six people, one of whom was a child, were killed in the blast.", (6, None)),
])
def test_a_count_keeps_its_number_through_an_aside_describing_the_counted(text, expected):
    assert _killed_injured(text) == expected


def test_a_shelling_that_killed_people_described_in_an_aside_is_an_event(resources):
    import hashlib
    from datetime import datetime

    from eventwatch.model import Document
    from eventwatch.pipeline import process

    text = ("Three civilians, one of them a teacher, were killed when projectiles fired from across the border "
            "landed in a market in Al Khubah in the Jazan region on Friday.")
    doc = Document(id="en" + hashlib.sha1(text.encode()).hexdigest()[:10], sha256="0" * 64, raw=text.encode(),
                   text=text, publisher="Test Monitor", published_at=datetime(2024, 6, 1, 12, 0), language="en")
    located = [m.location for m in process(resources, doc) if m.location is not None]
    assert located and located[0].country_code == "SA"
