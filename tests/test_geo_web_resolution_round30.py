"""GeoWebNews resolution to exact GeoNames entries (round thirty).

Two readers picked a right place under the wrong GeoNames entry, or a namesake far off:

- A country's capital was marked on the most populous town that lists the capital's name anywhere among its
  names. GeoNames keeps New Delhi (the seat of government) apart from Delhi, the city around it, and Delhi's
  alternate names include "New Delhi": the city took the capital's mark, and every "New Delhi" went to it. The
  capital is now the town whose own name the capital is; a town that only lists the name stands in where no
  town is called so (geo/sources.py `_capital_towns`). The city around the seat keeps a capital's standing
  beside it (a Canadian story's "Delhi" is still India's, not Ontario's village), and gives the capital's
  own name up to the capital's town.
- Burton upon Trent is "Burton" in its brewing, its football club and the Midlands press: a curated alias
  (aliases.yaml), which still gives way where a story's places support a namesake (Burton, Michigan). A
  curated short form of a large town's name is not strong by the town's population (geo/name_span.py
  `short_form`): the word alone is as often a surname, and a surname that speaks stays a person.

Shown but not mended (strict xfail): "English" before a place noun ("the English town of Whitby") is England's
adjective; reading it so made the resolver prefer England's small Washington to the US capital in a story that
also names England, which it already does where England is named outright. A US story naming "Burton" with no
state nor a resolvable neighbour reads the English town; "the Trent" with no word for a river reads Trento.

Every sentence is invented for this test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse

NEW_DELHI, DELHI = 1261481, 1273294
BURTON_UPON_TRENT = 2654200
ADDIS_ABABA = 344979


def _ids(gaz, text: str) -> dict[str, int | None]:
    """Name as written -> GeoNames id of its place, for each place read."""
    return {t.text: (t.place.geonames_id if t.place else None) for t in geoparse(gaz, text)}


def _country(gaz, text: str, name: str) -> str | None:
    return next((t.place.country_code for t in geoparse(gaz, text) if t.text == name and t.place), None)


@pytest.mark.parametrize("text", [
    "Farmers marched on New Delhi on Monday to demand higher prices for their wheat.",
    "Chilean trade envoys will meet officials in New Delhi next week to discuss copper tariffs.",
])
def test_new_delhi_is_its_own_geonames_entry(gaz, text):
    """"New Delhi" is the capital's own entry, not Delhi's, whose alternate names merely include it."""
    assert _ids(gaz, text)["New Delhi"] == NEW_DELHI


def test_bare_delhi_stays_the_city(gaz):
    """A guard (it held before the change too): "Delhi" is still the city of eleven million."""
    text = "Heavy rain flooded streets in Delhi on Tuesday, and trains to Mumbai were cancelled."
    assert _ids(gaz, text)["Delhi"] == DELHI


def test_capital_is_marked_on_the_town_named_so(gaz):
    """New Delhi carries the capital's code, and "New Delhi" names no other town of India; Delhi, the city
    around the seat, keeps a capital's code beside it. A capital that no town holds by its own name (Antigua's
    "St John", GeoNames' "Saint John's") is still marked on the town listing it."""
    codes = {c.geonames_id: c.feature_code for c in gaz.lookup("New Delhi", country="IN")}
    assert codes[NEW_DELHI] == "PPLC" and DELHI not in codes
    assert any(c.geonames_id == DELHI and c.feature_code == "PPLC" for c in gaz.lookup("Delhi", country="IN"))
    assert any(c.feature_code == "PPLC" for c in gaz.lookup("Saint John's", country="AG"))


@pytest.mark.parametrize("text", [
    "Canada and India traded expulsions, and Air Canada cut its Toronto to Delhi route.",
    "Ottawa and Delhi traded expulsions of diplomats on Thursday.",
])
def test_delhi_keeps_a_capitals_standing_in_a_canadian_story(gaz, text):
    """Delhi, the city around the seat, keeps a capital's standing: without it a story of Canadian places
    sent "Delhi" to Ontario's village or to the territory rather than the city."""
    assert _ids(gaz, text)["Delhi"] == DELHI


def test_delhi_as_the_government_stays_india(gaz):
    """A guard (it held before the change too): Dili, East Timor's capital, lists "Delhi" among its names;
    the government that summons an envoy is India's."""
    assert _country(gaz, "Delhi summoned the Nepali ambassador, the foreign ministry said", "Delhi") == "IN"


@pytest.mark.parametrize("text", [
    "Burton Albion fans filled the square in Burton after the club won promotion.",
    "The brewery has made pale ale in Burton since the 1800s, drawing on the Trent valley's hard water.",
    "A lorry overturned on the A38 near Burton, Staffordshire, police said.",
])
def test_burton_is_burton_upon_trent(gaz, text):
    """The English town known as Burton, not a village of the same name elsewhere in England."""
    assert _ids(gaz, text)["Burton"] == BURTON_UPON_TRENT


@pytest.mark.parametrize("text", [
    "Burton said the ceasefire would hold if both sides withdrew from the ridge.",
    "Burton, the UN envoy, told reporters in Juba that the talks had stalled.",
    "Burton warns of famine in South Sudan as rains fail",
    "BURTON SAID THE TALKS WOULD RESUME IN NAIROBI.",
    "Burton",
    "Burton told the tribunal in Accra that the contract had been signed under duress.",
    "Okafor and Burton will lead the delegation to Lusaka, officials confirmed.",
])
def test_burton_as_a_surname_is_no_place(gaz, text):
    """A curated short form ("Burton" for Burton upon Trent) is not strong by the town's population: a
    surname that speaks, leads or stands alone stays a person, as it did before the alias."""
    assert not [t for t in geoparse(gaz, text) if t.text.lower() == "burton" and t.place]


def test_a_capitals_short_form_stays_strong(gaz):
    """A guard (held before the change too). The short form of a capital is the capital in the news: "Addis" is Addis Ababa where it speaks."""
    assert _ids(gaz, "Addis said the airport would reopen on Monday.").get("Addis") == ADDIS_ABABA


def test_burton_in_a_michigan_story_stays_in_michigan(gaz):
    """A guard (the namesake's reading held before the alias too): a curated alias gives way where the
    story places its neighbours in another country."""
    text = "Police in Flint and Burton, Michigan, searched for a driver who fled a crash near Grand Blanc."
    assert _country(gaz, text, "Burton") == "US"


@pytest.mark.xfail(strict=True, reason="no state and no neighbour the gazetteer resolves: the curated alias "
                   "of the larger English town wins over Burton, Michigan")
@pytest.mark.parametrize("text", [
    "Burton Mayor Paula Zelenko said the city would repave Atherton Road this summer.",
    "Police in Burton and Grand Blanc Township searched for the driver.",
])
def test_burton_in_a_us_story_without_the_state(gaz, text):
    """A US local story that names no state: "Burton" is the Michigan city its neighbours lie beside."""
    assert _country(gaz, text, "Burton") == "US"


def test_the_trent_beside_burton_is_no_italian_town(gaz):
    """The Trent flowing past Burton is the English river, not Trento."""
    text = "Floods hit Burton on Monday; the Environment Agency warned the Trent would peak overnight."
    assert _country(gaz, text, "Trent") in (None, "GB")


@pytest.mark.xfail(strict=True, reason="'English' is left a language word: read as England it tipped a "
                   "Washington in the same story to England's small town (see the next test)")
@pytest.mark.parametrize("text", [
    "Two tourists fell ill in the English town of Whitby on Sunday.",
    "Floods cut off a small English village near the Welsh border.",
])
def test_english_before_a_place_noun_is_england(gaz, text):
    """England's adjective before a place noun names England, as "Scottish" names Scotland."""
    assert any(t.text == "English" and t.place and t.place.name == "England" for t in geoparse(gaz, text))


@pytest.mark.xfail(strict=True, reason="division support from England outweighs the capital's own country "
                   "named in the same sentence")
def test_washington_beside_england_stays_the_capital(gaz):
    """A story naming England, and the United States in Washington's own sentence: "Washington" is the US
    capital. (With a word of government business such as "diplomats" the capital's bonus already wins.)"""
    text = ("Police sealed off a park in Whitby, England, after two men fell ill. In Washington, officials said "
            "dozens of envoys would be sent home from the United States.")
    assert _country(gaz, text, "Washington") == "US"


def test_the_city_around_a_seat_must_lie_beside_it():
    """The city around a seat of government keeps a capital's standing only where it lies beside the seat's own
    town: a distant town listing the capital's name (an old or mistaken alternate) gains nothing."""
    from eventwatch.geo.sources import _capital_towns

    def town(gid, name, lat, lon, pop, alts=()):
        return {"geonameid": gid, "name": name, "latitude": lat, "longitude": lon, "countrycode": "ZZ",
                "population": pop, "alternatenames": list(alts)}

    seat = town(1, "Port Amber", 10.0, 20.0, 50_000)
    near_city = town(2, "Amber", 10.1, 20.1, 900_000, ["Port Amber"])
    far_city = town(3, "Coldwater", 14.0, 24.0, 2_000_000, ["Port Amber"])
    marked, seats = _capital_towns([seat, near_city], {"ZZ": "port amber"})
    assert marked == {1, 2} and seats == {2: "port amber"}
    marked, seats = _capital_towns([seat, far_city], {"ZZ": "port amber"})
    assert marked == {1} and seats == {}


@pytest.mark.xfail(strict=True, reason="the price of reading a curated short form as no strong name: with no cue "
                   "of place, 'Burton' reads as it did before the alias (no place), and a list it opens or joins "
                   "may go with it; a cue ('in Burton', 'near Burton') still reads the town")
@pytest.mark.parametrize("text", [
    "The mayor of Burton said the footbridge would reopen in June.",
    "Burton was flooded overnight after the river burst its banks.",
    "Uttoxeter, Burton and Rugeley were put under a hosepipe ban.",
])
def test_burton_without_a_cue_of_place_is_the_town(gaz, text):
    """Uncued uses of the town's short form: a place, as the region's press means it."""
    assert _ids(gaz, text).get("Burton") == BURTON_UPON_TRENT
