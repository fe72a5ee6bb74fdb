"""Conflict round twenty: the classes round nineteen left open, as specifications on invented reports.

A hyphenated name closed by a division word is the division's whole name, even where each part is also a
place the gazetteer knows; the district opening ACLED's "(District, Province)" bracket holds the unknown
village before it, whatever its rank in the gazetteer; and an armed doer's attack verb names its target as
firmly as "at" does.
"""
from __future__ import annotations

from conftest import event_place, toponym


def test_hyphenated_name_before_raion_is_one_unknown_division(gaz):
    text = "Russian drones hit a grain store in the Nova-Ilinka raion of Kharkiv oblast on Monday."
    t = toponym(gaz, text, "Nova-Ilinka")
    assert t.place is None and t.locational
    place = event_place(gaz, text)
    assert place.country_code == "UA" and place.raw == "Nova-Ilinka"


def test_hyphenated_name_before_district_is_not_split(gaz):
    from eventwatch.geo import geoparse

    text = "Shelling hit two farms in the Nova-Ilinka district of Kharkiv oblast on Tuesday."
    assert "Nova" not in {t.text for t in geoparse(gaz, text)}


def test_known_hyphenated_lga_keeps_its_reading(gaz):
    place = event_place(gaz, "Bandits abducted nine farmers in the Birnin-Gwari LGA of Kaduna State on Monday.")
    assert place.name == "Birnin Gwari" and place.country_code == "NG" and place.precision == 3


def test_unknown_village_after_attacked_stands_in_at_bracketed_district(gaz):
    place = event_place(gaz, "On 5 May 2024, bandits attacked Rafin Gero (Maru, Zamfara), killing four herders.")
    assert place.name == "Maru" and place.country_code == "NG" and place.raw == "Rafin Gero"


def test_unknown_village_stands_in_at_bracketed_town_of_an_acled_chain(gaz):
    place = event_place(gaz, "On 8 June 2024, JNIM militants attacked Kelbouli (Gorom-Gorom, Oudalan), "
                             "killing seven civilians.")
    assert place.name == "Gorom-Gorom" and place.precision == 2 and place.raw == "Kelbouli"


def test_lone_bracketed_name_is_still_read_as_the_same_place(gaz):
    place = event_place(gaz, "Two clans fought in Ghuwaysat (Dhiban) in Deir ez-Zor province on Friday.")
    assert place.precision == 1 and place.raw != "Ghuwaysat"


def test_unprefixed_village_after_at_is_read_by_its_acled_bracket(gaz):
    place = event_place(gaz, "On 3 May 2024, militants killed six herders at Salmossi (Gorom-Gorom, Oudalan).")
    assert place.name == "Gorom-Gorom" and place.precision == 2 and place.raw == "Salmossi"


def test_bracketed_town_of_modest_size_is_believed_after_an_unknown_village(gaz):
    place = event_place(gaz, "On 3 May 2024, militants killed six herders at Ouro Hamadou (Djibo, Soum).")
    assert place.name == "Djibo" and place.precision == 2 and place.raw == "Ouro Hamadou"


def test_unguwan_opens_a_hausa_hamlet_name(gaz):
    place = event_place(gaz, "On 2 July 2024, gunmen abducted 12 residents at Unguwan Rimi Sabo (Kajuru, Kaduna).")
    assert place.name == "Kajuru" and place.raw == "Unguwan Rimi Sabo"


def test_ouro_opens_a_fulfulde_hamlet_name(gaz):
    t = toponym(gaz, "Soldiers found three bodies near Ouro Hamadou on Sunday.", "Ouro Hamadou")
    assert t.locational and t.place is None


def _first_located(resources, text: str):
    from datetime import datetime

    from eventwatch.model import Document
    from eventwatch.pipeline import process

    doc = Document(id="lead", sha256="0" * 64, raw=text.encode(), text=text, publisher="Probe Monitor",
                   published_at=datetime(2024, 6, 1, 12, 0), language="en")
    located = sorted((m for m in process(resources, doc) if m.location is not None), key=lambda m: m.sentence_start)
    return located[0] if located else None


def test_opening_headline_joins_the_body_event_at_its_finer_place(resources):
    mention = _first_located(resources, "Mosul: three policemen killed in Nineveh ambush. Gunmen ambushed a police "
                                        "patrol near Qayyarah, south of the city, on Friday, a security source said.")
    assert mention.sentence_start == 0 and mention.location.name != "Mosul"
    assert mention.location.admin1 is not None and "nin" in mention.location.admin1.lower()


def test_capitalised_dateline_is_not_read_as_a_headline():
    from eventwatch.extract.lead_headlines import headline_lead
    from eventwatch.model import Sentence

    text = "MOSUL: Gunmen killed three policemen near the city on Friday. The attackers fled."
    assert not headline_lead(text, Sentence(start=0, end=text.index(".") + 1, text=text[: text.index(".") + 1]), [])
