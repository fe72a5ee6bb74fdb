"""Rules found by the conflict probe's thirty-fourth round (theatres it had two reports of or fewer: Belarus's
Pinsk, Poland's Białowieża forest, Annobón, Guinea-Bissau's Ingoré, Anjouan's Domoni, Lesotho's Roma, Eswatini's
Big Bend, Malawi's Dzaleka camp, the Copperbelt, Jamaica's May Pen, Malaita, Baucau, Vietnam's Central Highlands,
Kazakhstan's Korday district, Bahrain's Sitra, Azerbaijan's Tovuz border villages, Cyprus's buffer zone, Cambodia's
Thai border, Nepal's Terai, Casamance, the Cape Flats, León, Paraguay's Concepción and northern Côte d'Ivoire).

An institution a crowd or a force closed in on ("protesters who had surrounded the police office in X", "troops
encircled the governor's office in Y") is the event's venue, as one they stormed or besieged is, not the seat of a
body that speaks about the event: its town is the event's place, before the district or province written after it
(geo/seat_targets.py).

Reports call the oasis town of south-eastern Libya Kufra (or Kufrah), as its district is called; the tables hold
the town as Al Jawf and the name only as an alternate name of a Turkish town (Şirvan), so a report of the Libyan
desert landed in Turkey or on the country it borders (an alias, aliases.yaml).

Cyprus's second-order divisions are its communities, one village each. Where the tables hold a community only as
the division, it is the village: "in X" at 1, "outside X" at 2, not a district at 3 (geo/community_divisions.py).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym

from eventwatch.geo.community_divisions import community_precision


# -- an institution surrounded is the event's venue ---------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Hundreds of villagers surrounded the district commissioner's office in Gulu, Uganda, on Friday and stoned "
     "the guards, officials in Kampala said.", "Gulu", "UG"),
    ("Angry traders encircled the municipal office in Mardan, Khyber Pakhtunkhwa province, on Tuesday and set tyres "
     "alight, officials in Peshawar said.", "Mardan", "PK"),
])
def test_an_office_a_crowd_surrounded_is_where_the_event_was(gaz, text, name, country):
    """Without the verb the office's town reads as a speaker's seat and gives way to the country or province
    written after it; surrounded, the office is what the crowd went for."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == (name, country, 1)


def test_an_office_that_speaks_still_gives_way_to_the_event(gaz):
    # the soldiers surrounded a forest, not the office: the office's town is the speaker's seat
    place = event_place(gaz, "Soldiers surrounded a forest near Bundibugyo on Friday, the police office in Kasese "
                             "said.")
    assert place is not None and place.name == "Bundibugyo"


# -- a Cypriot community is its village -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, precision", [
    ("Soldiers fired over the heads of farmers in a field outside Deneia on Monday, police said.", 2),
    ("A shepherd was beaten by soldiers near Agios Sozomenos on Friday, police said.", 2),
    ("Vandals burned two cars in Agios Sozomenos on Friday, police said.", 1),
])
def test_a_cypriot_community_held_only_as_a_division_is_its_village(gaz, text, precision):
    place = event_place(gaz, text)
    assert place is not None and place.country_code == "CY" and place.feature_code == "ADM2"
    assert place.precision == precision


def test_a_district_elsewhere_keeps_the_districts_precision(gaz):
    # Nepal's second-order divisions hold many villages: "outside" one is still somewhere in the district
    place = event_place(gaz, "Clashes broke out outside Kailali on Friday, police said.")
    assert place is not None and (place.country_code, place.feature_code, place.precision) == ("NP", "ADM2", 3)


def test_only_a_cypriot_second_order_division_is_read_as_a_settlement():
    assert community_precision("CY", "ADM2", "near") == 2
    assert community_precision("CY", "ADM2", "offset") == 3
    assert community_precision("CY", "ADM1", None) is None  # a district (Nicosia, Larnaca) stays first-order
    assert community_precision("NP", "ADM2", None) is None
    assert community_precision("CY", "ADM2", "admin1") is None  # "rural X" keeps its reading


# -- Kufra is the Libyan oasis town ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Smugglers clashed with an army patrol in Kufra on Monday, leaving two dead, the municipal council said.",
     "Kufra"),
    ("Troops intercepted a convoy of gunmen 45 km west of Kufrah near the Chadian frontier on Friday.", "Kufrah"),
])
def test_kufra_is_the_libyan_oasis_town(gaz, text, name):
    t = toponym(gaz, text, name)
    assert t.place is not None and (t.place.name, t.place.country_code) == ("Al Jawf", "LY")


def test_a_turkish_kufra_written_with_its_province_stays_turkish(gaz):
    # the alias adds a name to the Libyan town; the Turkish town keeps it where its province is written
    t = toponym(gaz, "Police raided a house in Kufra, Siirt province, on Tuesday and detained three men.", "Kufra")
    assert t.place is not None and t.place.country_code == "TR"
