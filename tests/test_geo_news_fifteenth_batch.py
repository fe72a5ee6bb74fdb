"""Rules found by the news probe's fifteenth batch (US small-town papers, Nova Scotian, Irish, Indian, Kenyan,
Ugandan and Philippine regional news, datelined wire copy, outbreaks by province and district, sport, travel
and science copy).

Each is a rule a reader applies to any text:
- countries listed before one verb of reporting ("A, B and C have reported cases") are all the authorities that
  report, the first of a long list as much as the last;
- a people's adjective ("a Venetian town") that no place spells exactly is the adjective, not a loose spelling
  of some town.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import toponyms_by_name


def test_every_country_of_a_list_that_has_reported_cases_is_its_health_authority(gaz):
    found = toponyms_by_name(gaz, "The agency noted that Bolivia, Paraguay, Uruguay and Ecuador have reported "
                                  "cases of their own this season.")
    assert [found[n].locational for n in ("Bolivia", "Paraguay", "Uruguay", "Ecuador")] == [False] * 4


def test_a_country_named_literally_earlier_still_reports_when_it_heads_the_list(gaz):
    text = ("Nurses in Tete checked travellers at the border with Malawi. The agency noted that Malawi, Zambia "
            "and Tanzania have reported outbreaks this year.")
    from eventwatch.geo import geoparse

    malawi = [t for t in geoparse(gaz, text) if t.text == "Malawi"]
    assert [t.locational for t in malawi] == [True, False]


@pytest.mark.parametrize("text, word", [
    ("Finish the walk at Porto Alegre Point, a Venetian town of steep lanes on a cape in the bay.", "Venetian"),
    ("Buses run on to Rovinj, a Venetian town on the coast of Istria.", "Venetian"),
])
def test_a_peoples_adjective_no_place_spells_is_no_place(gaz, text, word):
    assert word not in toponyms_by_name(gaz, text)

