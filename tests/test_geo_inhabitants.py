"""Names of the people of divisions, towns and regions ("Ohioans", "Muscovites", "Gazans") read like country
demonyms: resolved to their place, an actor's origin and never where an event is, and the place only before a
place noun. Texts and fixtures written for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo import choose_event_location, geoparse, resolve_names
from eventwatch.geo.gazetteer import STORE_INPUTS
from eventwatch.geo.inhabitants import INHABITANTS_FILE, check_divisions, load_inhabitants, town_ids
from eventwatch.geo.people_names import publication_title


def _one(gaz, text: str, name: str):
    hits = [t for t in geoparse(gaz, text) if t.text == name]
    assert hits, f"{name!r} not recognised in {text!r}"
    return hits[0]


# -- the list and its checks -------------------------------------------------------------------------------------

def test_the_bundled_list_loads_and_is_part_of_the_store_fingerprint():
    entries = load_inhabitants()
    assert {e.level for e in entries} == {"country", "admin1", "city", "feature"}
    forms = {f for e in entries for f in e.forms}
    assert {"Texans", "Ontarians", "Muscovites", "Gazans", "Czechs", "Sinhalese"} <= forms
    assert INHABITANTS_FILE.name in STORE_INPUTS  # a changed list builds its own store


def test_peoples_living_across_borders_are_no_places_inhabitants():
    forms = {f for e in load_inhabitants() for f in e.forms}
    assert not forms & {"Kurd", "Kurds", "Kurdish", "Pashtun", "Pashtuns", "Baloch", "Tamil", "Tamils", "Basque"}


@pytest.mark.parametrize("body, message", [
    ("- {admin1: US.TX, city: Austin, place: US, forms: [Texans]}", "exactly one"),
    ("- {admin1: US.TX, forms: [Texans]}", "its code"),
    ("- {admin1: US.TX, place: Texas, forms: [texans]}", "capitalised"),
    ("- {city: Springfield, forms: [Springfielders]}", "country"),
    ("- {country: Narnia, forms: [Narnians]}", "ISO code"),
    ("- {country: CZ, forms: []}", "needs forms"),
    ("- {country: CZ, forms: [Czechs, Czechs]}", "twice"),
    ("- {country: CZ, colour: red, forms: [Czechs]}", "unknown fields"),
])
def test_a_malformed_entry_is_refused_naming_the_problem(tmp_path: Path, body: str, message: str):
    path = tmp_path / "inhabitants.yaml"
    path.write_text("inhabitants:\n  " + body + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_inhabitants(str(path))


def _entries(tmp_path: Path, body: str):
    path = tmp_path / f"inhabitants_{len(list(tmp_path.iterdir()))}.yaml"  # the loader caches by path
    path.write_text("inhabitants:\n" + body, encoding="utf-8")
    return load_inhabitants(str(path))


def test_a_division_code_must_agree_with_the_name_the_tables_give_it(tmp_path: Path):
    tables = dict(countries=["US", "CA"], admin1_names={"US.TX": ("Texas", "Texas"), "US.OH": ("Ohio", "Ohio")},
                  features=["Outer Marsh"])
    check_divisions(_entries(tmp_path, "  - {admin1: US.TX, place: Texas, forms: [Texans]}\n"), **tables)
    with pytest.raises(ValueError, match="not 'Ohio'"):  # a wrong code cannot move Ohioans to Texas
        check_divisions(_entries(tmp_path, "  - {admin1: US.TX, place: Ohio, forms: [Ohioans]}\n"), **tables)
    with pytest.raises(ValueError, match="no country"):
        check_divisions(_entries(tmp_path, "  - {country: MX, forms: [Mexicans]}\n"), **tables)
    with pytest.raises(ValueError, match="no region"):
        check_divisions(_entries(tmp_path, "  - {feature: Inner Marsh, forms: [Marshers]}\n"), **tables)


def test_a_town_is_the_most_populous_of_its_name_in_its_country(tmp_path: Path):
    cities = [
        {"geonameid": 1, "name": "Brackwell", "countrycode": "GB", "population": 900, "alternatenames": []},
        {"geonameid": 2, "name": "Brackwell", "countrycode": "GB", "population": 250000, "alternatenames": []},
        {"geonameid": 3, "name": "Brackwell", "countrycode": "CA", "population": 900000, "alternatenames": []},
        {"geonameid": 4, "name": "Tarnovo-Nove", "countrycode": "GB", "population": 5000,
         "alternatenames": ["Tarnow Nova"]},
    ]
    entries = _entries(tmp_path, "  - {city: Brackwell, place: GB, forms: [Brackwellian, Brackwellians]}\n"
                                 "  - {city: Tarnow Nova, place: GB, forms: [Tarnovans]}\n")
    assert town_ids(entries, cities) == {2: ["Brackwellian", "Brackwellians"], 4: ["Tarnovans"]}
    missing = _entries(tmp_path, "  - {city: Brackwell, place: FR, forms: [Brackwellois]}\n")
    with pytest.raises(ValueError, match="no town"):
        town_ids(missing, cities)


# -- reading them in text ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, place, country", [
    ("Thousands of Ohioans lined up for the vaccine on Monday.", "Ohioans", "Ohio", "US"),
    ("The tax cut will save Ontarians about $200 a year.", "Ontarians", "Ontario", "CA"),
    ("Many Quebecers oppose the pipeline plan.", "Quebecers", "Quebec", "CA"),
    ("Bavarians voted for a new state parliament.", "Bavarians", "Bavaria", "DE"),
    ("Muscovites queued for hours to buy bread.", "Muscovites", "Moscow", "RU"),
    ("Some New Yorkers left the city during the heatwave.", "New Yorkers", "New York City", "US"),
    ("Gazans waited for aid trucks at dawn.", "Gazans", "Gaza Strip", "PS"),
    ("Many Czechs travelled abroad for the holidays.", "Czechs", "Czechia", "CZ"),
    ("Sinhalese and Tamil leaders met in the capital.", "Sinhalese", "Sri Lanka", "LK"),
    ("Both sides said the South Ossetians had rejected the ceasefire.", "South Ossetians", "South Ossetia", "GE"),
])
def test_a_peoples_name_is_its_place_read_as_an_actors_origin(gaz, text, name, place, country):
    t = _one(gaz, text, name)
    assert t.locational is False and t.cue == "demonym"
    assert t.place is not None and t.place.name == place and t.place.country_code == country


def test_an_ethnic_name_is_not_made_a_place(gaz):
    tops = geoparse(gaz, "Kurds and Pashtuns joined the march in Hamburg.")
    assert [t.text for t in tops] == ["Hamburg"]


def test_an_adjective_names_the_place_only_before_a_place_noun(gaz):
    assert _one(gaz, "Prices of Texan oil fell sharply.", "Texan").locational is False
    village = _one(gaz, "Floods cut off a Bavarian village overnight.", "Bavarian")
    assert village.locational is True and village.place is not None and village.place.name == "Bavaria"


def test_a_plural_people_noun_modifies_nothing(gaz):
    # "the Syrian south" is a part of Syria; "Syrians fled south" are people moving.
    for text, name in [("Gazans fled south after the warning.", "Gazans"),
                       ("Syrians fled south after the warning.", "Syrians")]:
        assert _one(gaz, text, name).locational is False
    assert _one(gaz, "Fighting spread across the Syrian south.", "Syrian").locational is True


def test_an_event_is_never_located_at_its_actors_origin(gaz):
    text = "Muscovites protested after a blast in Kazan killed four Chechens."
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert place is not None and place.name == "Kazan"
    only_people = "Gazans fled south after the warning."
    assert choose_event_location(geoparse(gaz, only_people), 0, len(only_people)) is None


def test_a_title_made_of_a_peoples_name_is_a_publication_not_people(gaz):
    text = "She sold a cartoon to The New Yorker and spoke to The Oregonian about Texans."
    assert [t.text for t in geoparse(gaz, text)] == ["Texans"]
    assert _one(gaz, "A New Yorker cartoon mocked the senator.", "New Yorker").locational is False


@pytest.mark.parametrize("text, expected", [
    ("a cartoon in The New Yorker last week", True),
    ("The New Yorker visited the zoo.", False),  # a sentence's first word says nothing
    ("He said. The Texan won again.", False),
    ("an article in The Irish Times", False),  # a longer name: left to the recogniser
])
def test_publication_title(text, expected):
    name = "New Yorker" if "New Yorker" in text else "Texan" if "Texan" in text else "Irish"
    start = text.index(name)
    assert publication_title(text, start, start + len(name)) is expected


def test_a_towns_people_follow_the_namesake_the_document_is_about(gaz):
    text = ("Londoners will pay more for transit, the mayor of London, Ontario, said. Ontarians in Windsor and "
            "Kitchener face the same rise.")
    londoners = _one(gaz, text, "Londoners")
    assert londoners.locational is False and londoners.place is not None
    assert londoners.place.country_code == "CA"
    alone = _one(gaz, "Londoners queued outside the theatre.", "Londoners")
    assert alone.place is not None and alone.place.country_code == "GB"


def test_given_spans_resolve_to_the_place_without_stemming(gaz):
    text = "Muscovites and Quebecers sent aid."
    spans = [(0, len("Muscovites")), (text.index("Quebecers"), text.index("Quebecers") + len("Quebecers"))]
    names = [(t.text, t.place.name if t.place else None, t.locational) for t in resolve_names(gaz, text, spans)]
    assert names == [("Muscovites", "Moscow", False), ("Quebecers", "Quebec", False)]
