"""Rules found by the conflict probe's thirty-fourth round (theatres it had two reports of or fewer: Belarus's
Pinsk, Poland's Białowieża forest, Annobón, Guinea-Bissau's Ingoré, Anjouan's Domoni, Lesotho's Roma, Eswatini's
Big Bend, Malawi's Dzaleka camp, the Copperbelt, Jamaica's May Pen, Malaita, Baucau, Vietnam's Central Highlands,
Kazakhstan's Korday district, Bahrain's Sitra, Azerbaijan's Tovuz border villages, Cyprus's buffer zone, Cambodia's
Thai border, Nepal's Terai, Casamance, the Cape Flats, León, Paraguay's Concepción and northern Côte d'Ivoire).

An institution a crowd or a force closed in on ("protesters who had surrounded the police office in X", "troops
encircled the governor's office in Y") is the event's venue, as one they stormed or besieged is, not the seat of a
body that speaks about the event: its town is the event's place, before the district or province written after it
(geo/seat_targets.py).

Only the verbs say so: a plural noun ("road blockades left the ministry in X short", "the surrounds of the office
in Y") opens a subject, and the institution after it is still a speaker's seat.

Reports call the oasis town of south-eastern Libya Kufra (or Kufrah), as its district is called; the tables hold
the town as Al Jawf and the name only as an alternate name of a Turkish town (Şirvan), so a report of the Libyan
desert landed in Turkey or on the country it borders (an alias, aliases.yaml). Libya's districts are its first
order: "Kufra district", read as the town, is the first-level division holding it (geo/first_order_districts.py).

Cyprus's second-order divisions are its communities, one village each. Where the division stands at a point of
its own, it is the village: "in X" at 1, "outside X" at 2, not a district at 3. Most stand at their district's
point (approximate) and keep 3: that point is not the village's (geo/community_divisions.py).

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


@pytest.mark.parametrize("text, name", [
    ("Farmers' blockades kept the agriculture ministry in Quito from sending inspectors on Tuesday, while "
     "protesters torched a tollgate in Ambato.", "Ambato"),
    ("Fuel blockades left the interior ministry in Asuncion without patrol cars for a week, and cattle thieves "
     "shot a ranch hand in Pedro Juan Caballero.", "Pedro Juan Caballero"),
    ("The surrounds of the mayor's office in Kisumu were quiet on Sunday, but rioters looted shops in Homa Bay.",
     "Homa Bay"),
])
def test_blockades_and_surrounds_as_nouns_leave_the_office_a_seat(gaz, text, name):
    """A plural noun is no crowd closing in: the office after it is where a body sits, and the event is the
    one told later in the sentence."""
    place = event_place(gaz, text)
    assert place is not None and place.name == name


def test_an_office_truckers_blockaded_is_where_the_event_was(gaz):
    place = event_place(gaz, "Truckers blockaded the customs office in Chirundu on Monday and stoned a police car, "
                             "officials in Lusaka said.")
    assert place is not None and (place.name, place.country_code, place.precision) == ("Chirundu", "ZM", 1)


# -- a Cypriot community is its village -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Geri", "Dali", "Lympia", "Mitsero"])
def test_a_cypriot_community_at_its_own_point_is_its_village(gaz, name):
    """These communities' divisions stand at the village's own point: read as the division, "in X" is the
    village, "near X" around it, an offset its wider area."""
    division = next(c for c in gaz.lookup(name, limit=30) if c.country_code == "CY" and c.feature_code == "ADM2")
    assert not division.approximate
    read = [community_precision(division.country_code, division.feature_code, vague, division.approximate)
            for vague in (None, "near", "offset")]
    assert read == [1, 2, 3]


@pytest.mark.parametrize("text", [
    "A tractor driver was threatened by soldiers outside Deneia on Tuesday, police said.",
    "Thieves stripped copper cable from a pumping station in Agios Sozomenos on Sunday, police said.",
    "Hunters fired at a patrol car near Nisou on Saturday night, police said.",
])
def test_a_cypriot_community_standing_at_its_districts_point_keeps_the_districts_precision(gaz, text):
    """The tables lend these communities their district's point (approximate): it is not the village's, so
    neither the village (1) nor near it (2) is honest there; the division's 3 is."""
    place = event_place(gaz, text)
    assert place is not None and (place.country_code, place.feature_code, place.precision) == ("CY", "ADM2", 3)


@pytest.mark.parametrize("text, precision", [
    ("Masked men torched a kiosk in Lympia on Thursday night, police said.", 1),
    ("A man was stabbed outside a cafe near Mitsero on Saturday, police said.", 2),
])
def test_a_cypriot_village_at_its_own_point_is_placed_there(gaz, text, precision):
    place = event_place(gaz, text)
    assert place is not None and (place.country_code, place.precision) == ("CY", precision)


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
    assert community_precision("CY", "ADM2", None, approximate=True) is None  # a district's point lent to it


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


@pytest.mark.parametrize("text, name, division", [
    ("Tribal fighters clashed in Kufra district on Sunday, killing three, elders said.", "Kufra", "Al Kufrah"),
    ("Gunmen ambushed a fuel convoy in Misrata district on Tuesday, the interior ministry in Tripoli said.",
     "Misrata", "Mişrātah"),
])
def test_a_libyan_district_is_the_first_level_division(gaz, text, name, division):
    """Libya's districts are its first order: "X district", read as the town, is the division holding it, not
    the town's point standing in for a second-order district the country does not have."""
    t = toponym(gaz, text, name)
    assert t.place is not None and (t.place.name, t.place.feature_code, t.place.precision) == (division, "ADM1", 4)


@pytest.mark.parametrize("text, name", [
    ("Soldiers fought militants in Mopti district on Friday, killing six, the army said.", "Mopti"),
    ("Bandits raided cattle herders in Gao district on Sunday, local officials said.", "Gao"),
])
def test_a_district_where_districts_are_second_order_stays_at_the_town(gaz, text, name):
    """Mali's districts (cercles) are its second order: the town's point stands in for one at 3, not the region."""
    t = toponym(gaz, text, name)
    assert t.place is not None and (t.place.feature_code, t.place.precision) == ("PPL", 3)
