"""Rules found by the news probe's seventh batch (outbreak reports by province and district, Irish, English,
Scottish and Australian local papers, US small-town news, wire copy on sanctions, migration and summits, and
landmarks, islands, mountain ranges and rivers).

Each is a rule a reader applies to any text:
- Irish and British papers write the designator before a county's name ("County Mayo", "Co. Kerry"): the
  county, whole, whichever way the gazetteer happens to hold it;
- Romance names elide a particle before a capital ("Cortina d'Ampezzo", "Côte d'Ivoire"): the word is the
  name's, though it opens in lower case;
- a river written with its article is the river even where the article is capitalised after a dateline's dash
  ("KOBLENZ — The Rhine rose"), never a surname after a given name;
- distances and bearings are given from a large island or peninsula as from a town ("220 km west of Luzon"):
  the cue does not hand the name to a village that shares it;
- a bare name that a river's verb marks ("where the Teviot meets the Tweed", "the Niger flows") is the river
  the gazetteer holds as "X River", or the one the story named in full before;
- the upland ranges and forests of Europe that travel and weather copy names on their own ("the Dolomites",
  "the Black Forest") are places, while "Black Forest gateau" is a cake.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from conftest import toponyms_by_name


@pytest.mark.parametrize("text, county, name", [
    ("Walkers from Galway and Sligo have flocked into County Mayo since the trail opened near Westport.",
     "County Mayo", "Mayo"),
    ("Farmers near Tralee in Co. Kerry said the hay was ruined, and shops in Killarney closed early.",
     "Co. Kerry", "Kerry"),
    ("Roads near Letterkenny in Co Donegal were shut on Tuesday, and buses from Derry were cancelled.",
     "Co Donegal", "Donegal"),
])
def test_a_county_written_after_its_designator_is_the_county_whole(gaz, text, county, name):
    found = toponyms_by_name(gaz, text)
    assert county in found and found[county].locational
    place = found[county].place
    assert place.country_code == "IE" and name in place.name
    assert "Co" not in found and name not in found


def test_the_designator_before_a_name_elsewhere_opens_another_name(gaz):
    found = toponyms_by_name(gaz, "The County Sheriff in Greene County said roads near Springfield were shut on Monday.")
    assert "County Sheriff" not in found and found["Greene County"].place.country_code == "US"


@pytest.mark.parametrize("text, name, cc", [
    ("Skiers took the bus from Venice up to Cortina d'Ampezzo, then on to Bolzano.", "Cortina d'Ampezzo", "IT"),
    ("Cocoa shipped from Côte d'Ivoire and Ghana reached Antwerp late.", "Côte d'Ivoire", "CI"),
])
def test_a_name_with_an_elided_particle_is_read_whole(gaz, text, name, cc):
    found = toponyms_by_name(gaz, text)
    assert name in found and found[name].place.country_code == cc


def test_a_river_after_a_datelines_dash_keeps_its_capitalised_article(gaz):
    found = toponyms_by_name(gaz, "MAINZ — The Rhine rose two metres overnight at Mainz and Wiesbaden, officials said.")
    assert found["Rhine"].locational and found["Rhine"].place.feature_code == "STM"


def test_a_given_name_before_a_river_name_is_still_a_persons(gaz):
    found = toponyms_by_name(gaz, "Prosecutor Ann Shannon told the court in Dublin that the papers were forged.")
    assert "Shannon" not in found or not found["Shannon"].locational


@pytest.mark.parametrize("text, name", [
    ("The freighter sank about 150 kilometres west of Luzon, and survivors were taken to Subic Bay.", "Luzon"),
    ("A trawler was seized 40 km off Crete on Sunday and towed to Heraklion.", "Crete"),
])
def test_a_distance_from_a_large_island_keeps_the_island(gaz, text, name):
    place = toponyms_by_name(gaz, text)[name].place
    assert place.feature_code.startswith("ISL") or place.feature_code.startswith("ADM1")


def test_a_distance_from_a_town_still_reads_the_town(gaz):
    place = toponyms_by_name(gaz, "The crash happened 20 km south of Springfield, Illinois, near Chatham.")["Springfield"].place
    assert place.feature_code.startswith("PPL") and place.admin1 == "Illinois"


@pytest.mark.parametrize("text, name, cc", [
    ("Hikers set out from Bolzano into the Dolomites before the first snow.", "Dolomites", "IT"),
    ("Storms brought down trees across the Black Forest and closed roads near Freiburg.", "Black Forest", "DE"),
    ("Snow closed the passes of the Cairngorms, and trains to Aviemore were cancelled.", "Cairngorms", "GB"),
    ("Climbers were rescued from the Harz after fog came down near Goslar.", "Harz", "DE"),
    ("Floods along the Save River cut the road between Chipinge and Mutare.", "Save River", None),
])
def test_a_european_upland_or_a_listed_river_is_a_place_on_its_own(gaz, text, name, cc):
    t = toponyms_by_name(gaz, text)[name]
    assert t.locational and t.place.country_code == cc and t.place.feature_code in {"MTS", "STM"}


def test_a_forest_named_before_a_cake_is_the_cake(gaz):
    found = toponyms_by_name(gaz, "She baked a Black Forest gateau for the fete in Harrogate on Saturday.")
    assert "Black Forest" not in found or not found["Black Forest"].locational


def test_names_between_a_confluences_article_and_verb_are_the_rivers(gaz):
    found = toponyms_by_name(gaz, "Sandbags were piled in Echuca, where the Campaspe meets the Murray, after days of rain.")
    assert found["Murray"].locational and found["Murray"].place.feature_code == "STM"


def test_a_river_named_in_full_before_lends_its_reading_to_the_bare_name(gaz):
    text = ("Barges waited on the Niger River near Onitsha. Downstream the Niger flows past Lokoja, where "
            "residents were moved to higher ground.")
    rivers = [t for t in geoparse(gaz, text) if t.text == "Niger"]
    assert rivers and all(t.place.feature_code == "STM" for t in rivers)


def test_a_bare_name_without_a_rivers_verb_keeps_its_town_reading(gaz):
    found = toponyms_by_name(gaz, "Shoppers in Goulburn and Yass said prices rose on Monday, and farmers near Crookwell agreed.")
    assert found["Goulburn"].place.feature_code.startswith("PPL")
