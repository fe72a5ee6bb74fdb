"""A place is written by its own name: a town matched only by a former or variant name of its own (GeoNames
lists "Pittsburgh" for a California Pittsburg) does not beat a larger town of its country that bears the name
as its own, unless the story names a place near that town or its state (local papers write their towns'
variant names). A world city's old name and a title written short keep their readings.

The sentences are invented for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

from eventwatch.geo import geoparse, resolve_names
from eventwatch.geo.namesake_owners import own_name_owner
from eventwatch.geo.store import NAME_ALT, NAME_MAIN


def places(gaz, text):
    return {t.text: (t.place.name, t.place.admin1) if t.place else None for t in geoparse(gaz, text)}


def test_the_city_that_bears_the_name_beats_a_town_once_spelled_so(gaz):
    text = ("Doctors in Los Angeles and San Diego compared their results with a children's clinic in Pittsburgh "
            "last spring.")
    assert places(gaz, text)["Pittsburgh"] == ("Pittsburgh", "Pennsylvania")


def test_a_town_named_beside_its_neighbours_keeps_its_variant_name(gaz):
    # Local papers write their towns' variant spellings: beside Concord and Hopkinton, "Hillsboro" is New
    # Hampshire's Hillsborough, not the larger Oregon city that bears the spelling as its own.
    text = "Police in Hillsboro and Concord are searching for a stolen pickup truck, the Hopkinton chief said."
    assert places(gaz, text)["Hillsboro"] == ("Hillsborough", "New Hampshire")


def test_gold_spans_read_the_own_name_too(gaz):
    text = "Nurses from Los Angeles flew to Pittsburgh for a week of training at the children's hospital."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Los Angeles", "Pittsburgh")]
    got = resolve_names(gaz, text, spans)
    assert got[1].place is not None and got[1].place.admin1 == "Pennsylvania"


def test_a_written_container_still_places_the_town_by_its_old_name(gaz):
    # "Maryville, Texas": the writer says which state's Maryville; there only the town once so called is one.
    name, state = places(gaz, "The choir of Maryville, Texas, sang at the county fair.")["Maryville"]
    assert state == "Texas"


def test_world_cities_keep_their_former_names(gaz):
    got = places(gaz, "Flights from Bombay and Kiev were cancelled after the storm reached Texas.")
    assert got["Bombay"] == ("Mumbai", "Maharashtra")
    assert got["Kiev"][0] == "Kyiv"


def test_only_an_alternate_name_of_a_smaller_town_gives_way(gaz):
    readings = gaz.lookup("Pittsburgh", limit=20)
    city = next(c for c in readings if c.kind == NAME_MAIN and c.admin1 == "Pennsylvania")
    town = next(c for c in readings if c.kind == NAME_ALT and c.admin1 == "California")
    assert own_name_owner(town, readings) is city
    assert own_name_owner(city, readings) is None
