"""Names listed after a plural division word are that kind of division of one country
(geo/division_lists.py): "the provinces of X, Y and Z"."""
from __future__ import annotations

from eventwatch.geo import resolve_names


def read(gaz, text: str, *names: str) -> dict:
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    return {t.text: t.place for t in resolve_names(gaz, text, spans)}


def test_bare_names_in_a_province_list_are_the_provinces_spelled_with_their_designator(gaz):
    text = "Kenyan vets vaccinated goats across the provinces of Coast, Rift Valley and Nyanza after a fever outbreak."
    got = read(gaz, text, "Kenyan", "Coast", "Rift Valley", "Nyanza")
    for name in ("Coast", "Rift Valley", "Nyanza"):
        assert got[name] is not None and (got[name].country_code, got[name].feature_code) == ("KE", "ADM1H"), name


def test_a_state_list_keeps_its_countrys_states(gaz):
    text = "Heavy rain flooded the states of Kano, Jigawa and Plateau, Nigerian officials said."
    got = read(gaz, text, "Kano", "Jigawa", "Plateau", "Nigerian")
    assert {got[n].country_code for n in ("Kano", "Jigawa", "Plateau")} == {"NG"}
    assert {got[n].feature_code for n in ("Kano", "Jigawa", "Plateau")} == {"ADM1"}


def test_a_countrys_formal_name_is_no_list_of_its_states(gaz):
    from eventwatch.geo.division_lists import _LISTED

    assert _LISTED.search("talks with the United States of ") is None
    assert _LISTED.search("floods in the northern provinces of Coast and ") is not None


def test_a_listed_name_read_only_abroad_is_not_another_countrys_division(gaz):
    # The gazetteer holds no Kenyan province spelled "Western": the name is left unread (it stands in within
    # Kenya) rather than read as another country's Western Province.
    text = "Kenyan vets vaccinated goats across the provinces of Coast, Rift Valley and Western after a fever outbreak."
    got = read(gaz, text, "Kenyan", "Coast", "Rift Valley", "Western")
    assert got["Western"] is None or got["Western"].country_code == "KE"


def test_a_list_closes_at_its_last_and(gaz):
    text = "Floods hit the provinces of Coast and Nyanza, London aid workers said on Monday."
    got = read(gaz, text, "Coast", "Nyanza", "London")
    assert got["London"] is not None and got["London"].country_code == "GB"
