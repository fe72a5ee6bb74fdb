"""A user's list of sources: where each outlet is based, read as the publisher's home town.

Outlets, domains and stories are invented for these tests; the sources files are written by the tests; the
gazetteer is the bundled default one.
"""
from __future__ import annotations

import json

import pytest

from conftest import run_cli
from eventwatch.geo import geoparse, resolve_names
from eventwatch.geo.publisher_home import SourcesError, load_sources, read_source_rows, source_name_key

FIRE = "A fire in Decatur destroyed two shops on Tuesday, police said."


def places(gaz, text, **kwargs):
    return {t.text: t.place for t in geoparse(gaz, text, **kwargs)}


@pytest.fixture(scope="module")
def sources_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("sources") / "sources.csv"
    path.write_text(
        "source,home,country,admin1\n"
        "piedmontcourier.example.com,Atlanta,US,Georgia\n"
        "The Ridge Ledger,Athens,US,GA\n"
        "prairiebugle.example.org,Springfield,US,Illinois\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def listed(gaz, sources_csv):
    return load_sources(gaz, [sources_csv])


# -- reading the file ------------------------------------------------------------------------------------


def test_each_row_names_its_home_as_the_place_the_user_picked(listed):
    (atlanta,) = listed.homes_for(url="piedmontcourier.example.com")
    assert (atlanta.reading.name, atlanta.reading.country_code, atlanta.reading.admin1) == ("Atlanta", "US", "Georgia")
    (athens,) = listed.homes_for(publisher="The Ridge Ledger")
    assert (athens.reading.country_code, athens.reading.admin1) == ("US", "Georgia")  # admin1 as a code picks it
    (springfield,) = listed.homes_for(url="prairiebugle.example.org")
    assert springfield.reading.admin1 == "Illinois"


@pytest.mark.parametrize("url", [
    "https://www.piedmontcourier.example.com/local/2031/fire.html",
    "metro.piedmontcourier.example.com",  # any parent domain of the host matches
    "PIEDMONTCOURIER.EXAMPLE.COM",
])
def test_a_domain_matches_the_host_and_its_subdomains(listed, url):
    assert [h.name for h in listed.homes_for(url=url)] == ["Atlanta"]


@pytest.mark.parametrize("url", ["notpiedmontcourier.example.com", "example.com", "piedmontcourier.example.net"])
def test_a_domain_does_not_match_a_different_host(listed, url):
    assert listed.homes_for(url=url) == ()


def test_a_publisher_name_matches_whatever_its_case_and_punctuation(listed):
    assert source_name_key("THE RIDGE-LEDGER.") == source_name_key("The Ridge Ledger")
    assert [h.name for h in listed.homes_for(publisher="the ridge-ledger")] == ["Athens"]
    assert listed.homes_for(publisher="The Ridge Ledger Weekly") == ()


def test_a_yaml_file_reads_like_the_csv(gaz, tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - source: Valley Watch Collective\n    home: Atlanta\n    country: US\n",
                    encoding="utf-8")
    (home,) = load_sources(gaz, [path]).homes_for(publisher="valley watch collective")
    assert home.reading.admin1 == "Georgia"


@pytest.mark.parametrize("body, row, words", [
    ("source,home\nharbourlight.example.com,Qqzxville Upon Nowhere\n", ":2", "unknown home"),
    ("source,home,country\nharbourlight.example.com,Atlanta,US\nmarsh.example.com,Atlanta,FR\n", ":3", "unknown home"),
    ("source,home\nharbourlight.example.com,\n", ":2", "missing home"),
    ("source,town\nharbourlight.example.com,Atlanta\n", ":1", "missing column"),
    ("source,home,county\nharbourlight.example.com,Atlanta,Fulton\n", ":2", "unknown column"),
])
def test_a_bad_file_fails_naming_the_file_and_the_row(gaz, tmp_path, body, row, words):
    path = tmp_path / "bad.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(SourcesError) as exc:
        load_sources(gaz, [path])
    assert f"{path}{row}" in str(exc.value) and words in str(exc.value)


def test_a_bad_yaml_row_is_named_by_its_index(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("- source: a.example.com\n  home: Atlanta\n- home: Atlanta\n", encoding="utf-8")
    with pytest.raises(SourcesError, match=r"bad\.yaml\[1\]: missing source"):
        read_source_rows(path)


# -- resolving with it ---------------------------------------------------------------------------------


def test_a_listed_outlets_story_resolves_an_ambiguous_town_near_its_home(gaz, listed):
    url = "https://piedmontcourier.example.com/news/fire"
    assert places(gaz, FIRE, url=url)["Decatur"].admin1 != "Georgia"  # the domain names no town
    assert places(gaz, FIRE, url=url, sources=listed)["Decatur"].admin1 == "Georgia"


def test_a_listed_publisher_names_its_home_without_support_from_the_story(gaz, listed):
    text = "Students marched through Athens on Friday demanding lower fees."
    assert places(gaz, text, publisher="The Ridge Ledger")["Athens"].country_code == "GR"
    athens = places(gaz, text, publisher="The Ridge Ledger", sources=listed)["Athens"]
    assert (athens.country_code, athens.admin1) == ("US", "Georgia")


def test_a_listed_home_replaces_the_town_the_domain_names(gaz, tmp_path):
    path = tmp_path / "sources.csv"
    # the outlet's name embeds a Springfield; the user says it is the one in Illinois
    path.write_text("source,home,country,admin1\nspringfieldgazette.com,Springfield,US,IL\n", encoding="utf-8")
    text = "Two men were arrested in Springfield after a shooting on Elm Street."
    got = places(gaz, text, url="springfieldgazette.com", sources=load_sources(gaz, [path]))["Springfield"]
    assert got.admin1 == "Illinois"


def test_an_unlisted_outlets_story_is_unchanged(gaz, listed):
    for kwargs in ({"url": "https://lowcountrynotes.example.net/x"}, {"publisher": "Harbour Light Radio"},
                   {"url": "springfieldgazette.com"}):
        without = geoparse(gaz, FIRE, **kwargs)
        with_list = geoparse(gaz, FIRE, sources=listed, **kwargs)
        assert [(t.text, t.place) for t in with_list] == [(t.text, t.place) for t in without]


def test_gold_spans_read_the_list_too(gaz, listed):
    start = FIRE.index("Decatur")
    (t,) = resolve_names(gaz, FIRE, [(start, start + len("Decatur"))], url="piedmontcourier.example.com",
                         sources=listed)
    assert t.place.admin1 == "Georgia"


# -- the commands ----------------------------------------------------------------------------------------


def test_geocode_takes_a_sources_file_and_rejects_a_bad_one(sources_csv, tmp_path):
    r = run_cli("geocode", FIRE, "--json", "--url", "piedmontcourier.example.com", "--sources", str(sources_csv))
    assert r.returncode == 0, r.stderr.decode()
    assert [t["place"]["admin1"] for t in json.loads(r.stdout) if t["text"] == "Decatur"] == ["Georgia"]
    bad = tmp_path / "bad.csv"
    bad.write_text("source,home\nharbourlight.example.com,Qqzxville Upon Nowhere\n", encoding="utf-8")
    r = run_cli("geocode", FIRE, "--sources", str(bad))
    assert r.returncode == 2 and "bad.csv:2" in r.stderr.decode().replace("\n", "")


def test_ingest_with_sources_places_each_listed_document_near_its_home(sources_csv, tmp_path):
    reports = tmp_path / "reports.jsonl"
    rows = [
        {"url": "https://piedmontcourier.example.com/a", "title": "Shop fire",
         "text": "Gunmen attacked a police checkpoint in Decatur on 3 March 2031, killing two officers, police said."},
        {"url": "https://lowcountrynotes.example.net/b", "title": "Protest",
         "text": "Hundreds of farmers protested in Decatur on 9 May 2031 against new water fees, organisers said."},
    ]
    reports.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = str(tmp_path / "store.db")
    out = run_cli("ingest", str(reports), "--sources", str(sources_csv), db=db)
    assert out.returncode == 0, out.stderr.decode()
    events = json.loads(run_cli("events", "--format", "json", db=db).stdout)
    by_url = {}
    for e in events:
        for s in e["sources"]:
            by_url[s["url"]] = e["location"]
    assert by_url["https://piedmontcourier.example.com/a"]["admin1"] == "Georgia"
    assert by_url["https://lowcountrynotes.example.net/b"]["admin1"] != "Georgia"


def test_ingest_stops_before_reading_anything_when_the_sources_file_is_bad(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- source: harbourlight.example.com\n  home: Qqzxville Upon Nowhere\n", encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("Protesters gathered in Decatur on Friday.\n", encoding="utf-8")
    out = run_cli("ingest", str(report), "--sources", str(bad), db=str(tmp_path / "s.db"))
    assert out.returncode == 2 and "bad.yaml[0]: unknown home" in out.stderr.decode().replace("\n", "")
