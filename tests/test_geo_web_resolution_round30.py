"""GeoWebNews resolution to exact GeoNames entries (round thirty).

Two readers picked a right place under the wrong GeoNames entry, or a namesake far off:

- A country's capital was marked on the most populous town that lists the capital's name anywhere among its
  names. GeoNames keeps New Delhi (the seat of government) apart from Delhi, the city around it, and Delhi's
  alternate names include "New Delhi": the city took the capital's mark, and every "New Delhi" went to it. The
  capital is now the town whose own name the capital is; a town that only lists the name stands in where no
  town is called so (geo/sources.py `city_records`).
- Burton upon Trent is "Burton" in its brewing, its football club and the Midlands press: a curated alias
  (aliases.yaml), which still gives way where a story's places support a namesake (Burton, Michigan).

Shown but not mended (strict xfail): "English" before a place noun ("the English town of Whitby") is England's
adjective; reading it so made the resolver prefer England's small Washington to the US capital in a story that
also names England, which it already does where England is named outright.

Every sentence is invented for this test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse

NEW_DELHI, DELHI = 1261481, 1273294
BURTON_UPON_TRENT = 2654200


def _ids(gaz, text: str) -> dict[str, int | None]:
    """Name as written -> GeoNames id of its place, for each place read."""
    return {t.text: (t.place.geonames_id if t.place else None) for t in geoparse(gaz, text)}


def _country(gaz, text: str, name: str) -> str | None:
    return next(t.place.country_code for t in geoparse(gaz, text) if t.text == name and t.place)


@pytest.mark.parametrize("text", [
    "Farmers marched on New Delhi on Monday to demand higher prices for their wheat.",
    "The opposition party, out of power in New Delhi since the last election, rules only two states.",
])
def test_new_delhi_is_its_own_geonames_entry(gaz, text):
    """"New Delhi" is the capital's own entry, not Delhi's, whose alternate names merely include it."""
    assert _ids(gaz, text)["New Delhi"] == NEW_DELHI


def test_bare_delhi_stays_the_city(gaz):
    """The change moves only the capital's mark: "Delhi" is still the city of eleven million."""
    text = "Heavy rain flooded streets in Delhi on Tuesday, and trains to Mumbai were cancelled."
    assert _ids(gaz, text)["Delhi"] == DELHI


def test_capital_is_marked_on_the_town_named_so(gaz):
    """New Delhi carries the capital's code and Delhi does not; a capital that no town holds by its own name
    (Antigua's "St John", GeoNames' "Saint John's") is still marked on the town listing it."""
    codes = {c.geonames_id: c.feature_code for c in gaz.lookup("New Delhi", country="IN")}
    assert codes[NEW_DELHI] == "PPLC" and codes.get(DELHI) != "PPLC"
    assert any(c.feature_code == "PPLC" for c in gaz.lookup("Saint John's", country="AG"))


@pytest.mark.parametrize("text", [
    "Burton Albion were held to a draw at home, and the club's manager said Burton would recover.",
    "The brewery has made pale ale in Burton since the 1800s, drawing on the Trent valley's hard water.",
])
def test_burton_is_burton_upon_trent(gaz, text):
    """The English town known as Burton, not a village of the same name elsewhere in England."""
    assert _ids(gaz, text)["Burton"] == BURTON_UPON_TRENT


def test_burton_in_a_michigan_story_stays_in_michigan(gaz):
    """A curated alias gives way where the story places its neighbours in another country."""
    text = "Police in Flint and Burton, Michigan, searched for a driver who fled a crash near Grand Blanc."
    assert _country(gaz, text, "Burton") == "US"


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
