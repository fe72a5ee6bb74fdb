"""Rules found by the conflict probe's fifteenth round of reports.

A place named only as where the displaced went ("survivors arrived in X", "the displaced sought shelter in
X") is not what the report is about: an unknown village the text gives no holder stays unplaced rather than
standing in there, and the destination tells at most the event's country (none where the displaced crossed
a border). Anonymous sources and rescue services speak from their base ("a security source in X said", "the
civil defence in X said"). An aside says where a village lies as a head word does ("the village of X, in Y
district of Z", "X village, in Y locality"). In "an attack by gunmen on X" the target is X, not the gunmen.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place, toponym


def _toponyms(gaz, text: str):
    from eventwatch.geo import geoparse

    return geoparse(gaz, text)


def test_where_survivors_arrived_does_not_stand_in_for_an_unknown_village(gaz):
    text = ("Gunmen burned the village of Tembokoro on Monday, killing eleven people. Hundreds of survivors "
            "arrived in Kenema over the following days.")
    assert toponym(gaz, text, "Tembokoro").fallback is None
    assert event_place(gaz, text) is None


def test_where_the_displaced_sought_shelter_is_not_the_event_place(gaz):
    text = ("Armed men raided Kolobanta on Friday night and killed nine people. Most of the displaced sought "
            "shelter in Kenema.")
    assert event_place(gaz, text) is None


def test_a_destination_tells_only_the_events_country(gaz):
    from eventwatch.extract.mentions import destination_country

    text = "Gunmen burned the village of Tembokoro on Monday. Hundreds of survivors arrived in Kenema."
    toponyms = _toponyms(gaz, text)
    kenema = next(t for t in toponyms if t.text == "Kenema")
    country = destination_country(kenema.place, toponyms)
    assert (country.name, country.country_code, country.precision) == ("Sierra Leone", "SL", 6)
    # a map still shows it: at the country's own point, not the destination town's
    assert country.lat is not None and abs(country.lat - kenema.place.lat) + abs(country.lon - kenema.place.lon) > 0.1


def test_a_destination_across_a_border_tells_no_country(gaz):
    from eventwatch.extract.mentions import destination_country

    text = "Gunmen burned the village of Tembokoro on Monday. Hundreds of refugees arrived in Kenema."
    toponyms = _toponyms(gaz, text)
    kenema = next(t for t in toponyms if t.text == "Kenema")
    assert destination_country(kenema.place, toponyms) is None


def test_a_security_source_speaks_from_its_town(gaz):
    text = "Gunmen ambushed a police patrol near Banikoara on Tuesday, killing two, a security source in Cotonou said."
    assert event_place(gaz, text).name == "Banikoara"


def test_the_civil_defence_speaks_from_its_town(gaz):
    text = "A shell hit a crowded market in Kadugli on Friday, killing four, the civil defence in Khartoum said."
    assert event_place(gaz, text).name == "Kadugli"


def test_an_aside_passes_through_an_unknown_district_to_its_province(gaz):
    text = "Insurgents burned the village of Mbokani, in Lumbeza district of Niassa province, on Sunday."
    place = event_place(gaz, text)
    assert (place.country_code, place.precision, place.raw) == ("MZ", 4, "Mbokani")
    assert place.name.startswith("Niassa")


def test_a_village_with_its_head_word_then_an_aside(gaz):
    text = "KHARTOUM - Armed men attacked Dar Kolobe village, in Kutum locality, killing five people."
    place = event_place(gaz, text)
    assert (place.raw, place.country_code) == ("Dar Kolobe", "SD")
    assert place.name.startswith("Kutum")


def test_a_country_the_displaced_fled_to_tells_no_country(gaz):
    from eventwatch.extract.mentions import destination_country

    text = "Gunmen burned the village of Tembokoro on Monday. Hundreds of survivors fled to Guinea."
    toponyms = _toponyms(gaz, text)
    guinea = next(t for t in toponyms if t.text == "Guinea")
    assert destination_country(guinea.place, toponyms) is None


def test_the_attackers_own_group_after_of_is_not_the_target(english):
    from eventwatch.extract.classify_roles import arguments

    doc = english("An attack by fighters of the militia on the camp killed four people.")
    trigger = next(t for t in doc if t.lower_ == "attack")
    patients = [t.lower_ for t in arguments(trigger)[1]]
    assert "camp" in patients and "militia" not in patients


def test_an_attack_by_gunmen_on_a_village_targets_the_village(classifier):
    text = "Aid agencies counted 900 new arrivals in Oakvale after an attack by gunmen on Fernhill village on Monday."
    assert classifier.classify(text).label == "ATTACK"
