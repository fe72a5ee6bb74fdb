"""Irish counties the gazetteer holds only under another name.

Specification:
- after the designator ("Co", "Co.", "County") a name is the county, also where the tables hold the county
  only under its Irish-language or council name ("An Cabhán", "Limerick City and County Council") and the
  bare name is its county town's;
- without the designator the bare name stays the town ("shoppers drive to Limerick");
- a county whose English name is no town's ("Offaly") is the county on its own.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import toponyms_by_name


@pytest.mark.parametrize("text, county, admin1", [
    ("Hauliers from a yard near Rathkeale in Co Limerick said the new toll was too dear.", "Co Limerick", "Munster"),
    ("A hurling final in County Cavan drew a record crowd on Sunday.", "County Cavan", "Ulster"),
    ("Bog cutters in Co. Longford met the minister on Friday.", "Co. Longford", "Leinster"),
    ("Planners in Co Offaly turned down the wind farm.", "Co Offaly", "Leinster"),
])
def test_a_county_after_its_designator_is_the_county_though_held_under_another_name(gaz, text, county, admin1):
    found = toponyms_by_name(gaz, text)
    assert county in found and found[county].locational
    place = found[county].place
    assert place.country_code == "IE" and place.admin1 == admin1 and place.feature_code.startswith("ADM2")


def test_the_bare_name_of_a_county_town_stays_the_town(gaz):
    found = toponyms_by_name(gaz, "Traders say shoppers will drive to Limerick or Ennis instead.")
    assert found["Limerick"].place.feature_code.startswith("PPL")


def test_a_county_name_that_is_no_towns_is_the_county_alone(gaz):
    found = toponyms_by_name(gaz, "Farmers in Offaly said the rain had ruined the hay.")
    assert found["Offaly"].place.country_code == "IE" and found["Offaly"].place.feature_code.startswith("ADM2")
