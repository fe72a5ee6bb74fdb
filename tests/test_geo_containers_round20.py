"""Recognition and resolution of "Town, Division" pairs and home-town runs, round twenty (containers).

1. An office's or a department's name before ", State" ("head of Public Safety, Kansas", "director of Public
   Works, Ohio") is no home town, though no lexicon knows the run: its last word names what an office looks
   after (safety, works, health, security, services ...), which no town's name ends in.
2. A name after "Town, " that is a county or a state somewhere is read as that division ("of Pellbrook,
   Devon" is the English county, not a town of the same name abroad), and it stays when the town is unknown.
3. A province that is also a city elsewhere ("Ontario", a California city too) holds the town written before
   it where the town has a reading in the province or none at all, and the story has no Californian ground.

Every sentence here is invented.
"""
from __future__ import annotations

import pytest

from conftest import found_names, toponyms_by_name


def _where(t):
    return t.place if t.place is not None else t.fallback


# -- 1. an office's name before ", State" ---------------------------------------------------------------------

@pytest.mark.parametrize("text,not_place", [
    ("Dana Royce, head of Public Safety, Kansas, spoke first.", "Public Safety"),
    ("Ray Olin, director of Public Works, Ohio, said the road would reopen.", "Public Works"),
    ("Mo Grant, deputy secretary of Homeland Security, Texas, declined to comment.", "Homeland Security"),
    ("Pat Lowe, the commissioner of Human Services, Oregon, stepped down.", "Human Services"),
    ("Lou Hale, chief of Veterans Affairs, Iowa, thanked the volunteers.", "Veterans Affairs"),
])
def test_an_office_name_before_a_state_is_no_home_town(gaz, text, not_place):
    assert not_place not in found_names(gaz, text)


@pytest.mark.parametrize("text,town,state", [
    ("Sam Ortiz, 22, of Quillmoor, Kan., was charged on Monday.", "Quillmoor", "Kansas"),
    ("A driver from Stone Hollow, Kan., was hurt, deputies said.", "Stone Hollow", "Kansas"),
])
def test_a_home_town_before_a_state_is_still_a_town(gaz, text, town, state):
    found = toponyms_by_name(gaz, text)
    assert town in found, sorted(found)
    where = _where(found[town])
    assert where is not None and where.admin1 == state, where


# -- 2. a division after "Town, " -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,town,division,country", [
    pytest.param("Eli Moss, 40, of Pellbrook, Devon, was fined for speeding.", "Pellbrook", "Devon", "GB",
                 marks=pytest.mark.xfail(reason="the store gives second-level divisions no population, so the "
                                                "English, Canadian and Jamaican 'Devon' counties tie, and a South "
                                                "African town of the name outranks them: nothing in the sentence "
                                                "tells the counties apart")),
    pytest.param("The herd was moved to a farm near Corrowmere, Tipperary, last spring.", "Corrowmere",
                 "Tipperary", "IE",
                 marks=pytest.mark.xfail(reason="the county is held only under the derived name 'County "
                                                "Tipperary', whose prior is below the town's own name; the unknown "
                                                "town before the comma gives a county no bonus as holder "
                                                "(resolve._contains gives one to a province or a country only)")),
    ("Ann Best, 61, of Thornwick, Derbyshire, won the flower show.", "Thornwick", "Derbyshire", "GB"),
    # a cued town read only abroad: the bare county after its comma is believed and holds it
    ("The rally ended at Scarsdale, Derbyshire, after dark.", "Scarsdale", "Derbyshire", "GB"),
    ("She grew up near Fenwick, Kent, before the war.", "Fenwick", "Kent", "GB"),
])
def test_a_county_after_a_town_and_comma_is_read_as_the_county(gaz, text, town, division, country):
    found = toponyms_by_name(gaz, text)
    assert division in found, sorted(found)
    d = found[division].place
    assert d is not None and d.country_code == country and d.feature_code.startswith("ADM"), d
    assert town in found, sorted(found)
    where = _where(found[town])
    assert where is not None and where.country_code == country, where


# -- 3. a province that is also a city elsewhere ----------------------------------------------------------------

@pytest.mark.parametrize("text,town", [
    ("The band plays in Stroud, Ontario, on Friday.", "Stroud"),
    ("A family from Pellmoor, Ontario, was rescued from the ice.", "Pellmoor"),
])
def test_a_province_that_is_also_a_city_abroad_holds_the_town_before_it(gaz, text, town):
    found = toponyms_by_name(gaz, text)
    assert "Ontario" in found, sorted(found)
    o = found["Ontario"].place
    assert o is not None and o.country_code == "CA" and o.feature_code == "ADM1", o
    assert town in found, sorted(found)
    where = _where(found[town])
    assert where is not None and where.country_code == "CA", where


def test_ontario_beside_californian_ground_is_still_the_city(gaz):
    text = "Traffic slowed on the freeway between Ontario, Pomona and San Bernardino in California."
    o = toponyms_by_name(gaz, text)["Ontario"].place
    assert o is not None and o.country_code == "US", o


def test_a_holder_that_is_also_a_country_abroad_is_not_trusted_over_the_town(gaz):
    found = toponyms_by_name(gaz, "The delegation flew on to Tbilisi, Georgia, for two days of talks.")
    t = found["Tbilisi"].place
    assert t is not None and t.country_code == "GE", t


def test_a_bare_county_after_a_person_and_comma_is_not_believed_as_the_county(gaz):
    found = toponyms_by_name(gaz, "Dinner guests were Alan Smith, Kent Wells and their wives.")
    assert "Kent" not in found, sorted(found)
