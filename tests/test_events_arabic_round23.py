"""Arabic report shapes of round twenty-three through the pipeline: where the event happened when the report
counts the things it struck with a number ("هدمت ... أربعة مساكن": dwellings, no Tunisian Msaken), names the
place as an example of a plural noun of places ("في مناطق كالجهراء", in areas such as Jahra), places a village
in a district whose word is one country's ("قرية X بمديرية Y": Yemen's, so no village abroad spelt alike), or
names a road by its two ends, the first held in Latin letters only ("طريق كفركلا–دير ميماس").

The round's eight whole reports (tests/fixtures/events_arabic/reports.yaml, ids "r23-...") were all read right
on their first run; these sentences pin the place rules of the round's geoparser fixes (tests/
test_geo_arabic_round23.py) at the event. Every sentence is written for this test (real places, invented
incidents).
"""
from __future__ import annotations

import pytest

from conftest import arabic_mention


def place(m) -> tuple[str | None, str | None]:
    """(the event location's country, the words it was read from)."""
    loc = m.location
    return (loc.country_code, loc.evidence.text if loc.evidence else None) if loc is not None else (None, None)


def test_the_things_a_number_counts_are_not_where_the_event_happened(resources):
    # "occupation bulldozers demolished four dwellings in the town of Aqraba south of Nablus"
    m = arabic_mention(resources, "هدمت جرافات الاحتلال أربعة مساكن في بلدة عقربا جنوب نابلس.")
    assert m.event_type == "PROPERTY_DISTRUCT"
    assert m.location.name == "‘Aqrabā" and place(m)[0] == "PS"


def test_a_place_given_as_an_example_of_areas_is_the_events_place(resources):
    # "two policemen were wounded by gunfire in areas such as Jahra"
    m = arabic_mention(resources, "أصيب شرطيان بإطلاق نار في مناطق كالجهراء.")
    assert place(m) == ("KW", "كالجهراء")
    assert (m.casualties.injured.low, m.casualties.injured.best, m.casualties.injured.high) == (2, 2, 2)


def test_a_village_in_a_yemeni_district_stands_in_yemen(resources):
    # "a man was shot dead by gunmen in the village of al-Mighras in Hays district": the village no row of Yemen
    # holds is read unresolved, the district standing in; never the Tunisian town spelt alike
    m = arabic_mention(resources, "قتل رجل برصاص مسلحين في قرية المغرس بمديرية حيس.")
    assert place(m) == ("YE", "المغرس")


@pytest.mark.parametrize("text,country,evidence", [
    # "two people were killed by a mine blast on the Kfar Kila–Deir Mimas road in southern Lebanon": the road's
    # first end, held in Latin letters only, is the place, not the country
    ("قتل شخصان بانفجار لغم على طريق كفركلا–دير ميماس جنوبي لبنان.", "LB", "كفركلا"),
])
def test_a_roads_first_end_is_the_events_place(resources, text, country, evidence):
    m = arabic_mention(resources, text)
    assert m.event_type == "REM_EXPLOS"
    assert place(m) == (country, evidence)


@pytest.mark.parametrize("text,event_type,country,evidence", [
    # "three civilians were killed in an air strike on al-Mughris village in At Tuhayta district": the district is held
    # in Latin letters only; the village still stands in Yemen, never in a Tunisian town spelt alike
    ("قتل ثلاثة مدنيين بغارة على قرية المغرس بمديرية التحيتا.", "AIR_STRIKE", "YE", "المغرس"),
    # "during Prince Hamza's visit to Amman a roadside bomb killed two people": the visitor's name is no place
    ("خلال زيارة الأمير حمزة إلى عمان انفجرت عبوة ناسفة قتلت شخصين.", "REM_EXPLOS", "JO", "عمان"),
])
def test_a_district_bridged_later_and_a_visitors_name_leave_the_events_place(resources, text, event_type, country,
                                                                             evidence):
    m = arabic_mention(resources, text)
    assert m.event_type == event_type
    assert place(m) == (country, evidence)
