"""Where a longer report's event happened: the rules a coder states for reports of several sentences, and for
a named place written with where it lies ("X district west of Y") or with its article fused ("Elwak").

Every text here was written for these tests. Each rule is one a human coder would state:
- a direction phrase after a named place only says where that place lies; it does not replace it;
- a toll stated first at a broad place and then told at a place inside it is one event, at the finer place;
- a sentence that opens with "The strikes ..." tells where the strikes just reported happened;
- a toll "in the attack" belongs to the attack told just before, not to the dateline or a speaker's capital;
- the press writes the Arabic article fused to a name, and the fused spelling still finds the place.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.normalise import fused_article_forms
from eventwatch.model import Document
from conftest import event_place


@pytest.fixture(scope="module")
def gaz(resources):
    return resources.gazetteer


def mentions(resources, text: str):
    from eventwatch.pipeline import process

    doc = Document(id="t", sha256="0" * 64, raw=text.encode(), text=text, publisher="Test Desk",
                   published_at=datetime(2024, 6, 1, 12, 0), language="en")
    return process(resources, doc)


def first_place(resources, text: str):
    located = sorted((m for m in mentions(resources, text) if m.location is not None), key=lambda m: m.sentence_start)
    return located[0].location if located else None


# ---------------------------------------------------------------- a direction phrase locates the named place


def test_a_district_written_with_a_direction_from_a_city_is_the_event_place(gaz):
    place = event_place(gaz, "Gunmen attacked a checkpoint in Baiji district north of Tikrit on Monday.")
    assert (place.country_code, place.precision) == ("IQ", 3)
    assert "Baiji" in place.name


def test_a_town_in_apposition_with_a_direction_is_the_event_place(gaz):
    place = event_place(gaz, "Militants stormed Tal Afar, a town west of Mosul, overnight.")
    assert place.country_code == "IQ" and place.precision == 1
    assert place.raw == "Tal Afar"


def test_an_arabic_district_west_of_a_city_is_the_event_place(gaz):
    place = event_place(gaz, "قتل ثلاثة مدنيين في قصف على قضاء تلعفر غربي الموصل يوم الجمعة.")
    assert place.country_code == "IQ" and place.precision == 3
    assert "تلعفر" in place.raw


def test_an_unknown_camp_south_of_a_town_keeps_its_name_near_the_town(gaz):
    place = event_place(gaz, "Fighters stormed Tabsa camp, east of Nyala, on Friday.")
    assert (place.name, place.precision, place.raw) == ("Nyala", 2, "Tabsa")


@pytest.mark.parametrize("text", [
    "Shells struck Tabsa camp for internally displaced people, east of Nyala, on Friday.",
    "Gunmen raided Tabsa camp for displaced persons, south of Nyala, overnight.",
])
def test_an_unknown_camp_keeps_its_name_past_whom_it_shelters(text, gaz):
    place = event_place(gaz, text)
    assert (place.name, place.precision, place.raw) == ("Nyala", 2, "Tabsa")


def test_a_distance_without_a_named_place_still_locates_the_event_by_the_city(gaz):
    place = event_place(gaz, "Gunmen attacked a convoy 30 km west of Kirkuk.")
    assert place.name == "Kirkuk" and place.precision in (2, 3)


# ---------------------------------------------------------------- the fused Arabic article


@pytest.mark.parametrize("name, fused", [("El Wak", "Elwak"), ("Al-Qaim", "Alqaim"), ("Ash Shihr", "Ashshihr")])
def test_a_name_opened_by_a_separate_article_also_gets_its_fused_spelling(name, fused):
    assert fused_article_forms(name) == [fused]


@pytest.mark.parametrize("name", ["El Paso de Robles", "Al Ma", "Aden", "Elgin"])
def test_only_two_word_names_with_a_real_second_word_get_a_fused_spelling(name):
    assert fused_article_forms(name) == []


def test_a_fused_spelling_that_is_an_english_word_is_never_made():
    assert fused_article_forms("Al One", english_words=frozenset({"alone"})) == []
    assert fused_article_forms("El Der", english_words=frozenset({"elder"})) == []


def test_the_fused_spelling_in_a_report_finds_the_place(gaz):
    place = event_place(gaz, "Gunmen killed two soldiers near Alqaim on the Syrian border.")
    assert place.country_code == "IQ" and place.raw == "Alqaim"


def test_english_words_at_a_sentence_start_are_not_read_as_fused_names(gaz):
    found = {t.text for t in geoparse(gaz, "Alone among the villagers, the elder stayed behind in Aspen.")}
    assert "Alone" not in found


# ---------------------------------------------------------------- several sentences, one event


def test_a_toll_announced_for_a_region_is_the_event_told_at_a_place_inside_it(resources):
    text = ("The monitor documented the deaths of four civilians on Monday in northern Syria. Local sources said "
            "a man and three of his children were killed when an airstrike hit a house in Ariha, in the southern "
            "Idlib countryside. Russian jets were also seen over Latakia.")
    found = mentions(resources, text)
    tolls = [m for m in found if m.casualties.killed and m.casualties.killed.best == 4]
    assert len(tolls) == 1, "the lead and the sentence it announces are one event"
    assert tolls[0].location.admin1 == "Idlib" and tolls[0].location.precision <= 4
    assert tolls[0].sentence_start == 0, "the event keeps the lead's text as its start"


def test_the_strikes_named_again_tell_where_the_strikes_happened(resources):
    text = ("ADEN - The coalition said on Saturday that its aircraft carried out ten strikes on Houthi positions "
            "over the past day. The strikes killed 40 fighters in Harib district, south of Marib city, the "
            "coalition said. It added that a drone launched from Sanaa had been shot down.")
    place = first_place(resources, text)
    assert place.country_code == "YE" and place.precision == 3 and "Harib" in (place.raw or "")


def test_a_toll_in_the_attack_is_at_the_attack_told_before_not_at_the_dateline(resources):
    text = ("CALI - The Ministry of Defence reports that dissidents attacked the police station of the "
            "municipality of Suarez, in Cauca department, early on Monday. Three soldiers were killed in the "
            "attack. The minister, speaking in Cali, said the attack was the work of dissidents of the former FARC.")
    place = first_place(resources, text)
    assert place.admin1 and "Cauca" in place.admin1 and place.name != "Cali"


def test_a_speakers_capital_in_a_follow_up_does_not_move_the_event(resources):
    text = ("Gunmen shot dead five villagers in Kauru, in southern Kaduna state, on Sunday. The governor, "
            "speaking in Abuja, said the attackers had fled into the forest.")
    place = first_place(resources, text)
    assert place.name == "Kauru"
