"""The publisher's home town, read from its web domain or masthead, as a signal for resolving namesakes.

Domains, mastheads and stories are invented for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

import json

import pytest

from conftest import run_cli
from eventwatch.geo import geoparse, resolve_names
from eventwatch.geo.publisher_home import (
    domain_labels,
    host_of,
    load_masthead_words,
    publisher_home_names,
)
from eventwatch.geo.resolve import Resolver


def places(gaz, text, **kwargs):
    return {t.text: t.place for t in geoparse(gaz, text, **kwargs)}


# -- reading the names ---------------------------------------------------------------------------------


@pytest.mark.parametrize("url, names", [
    ("springfieldgazette.com", ("springfield",)),
    ("https://www.lasvegasdailyledger.com/local/2031/fire.html", ("las vegas",)),
    # a town's own one-word name stays so, though an alternate name spells it in two ("New Ark")
    ("https://www.newarkweeklycourier.com/local/2031/fire.html", ("newark",)),
    ("m.kansascityclarion.com", ("kansas city",)),
    ("springfield-gazette.com", ("springfield",)),
    ("thebangoreveningcourier.com", ("bangor",)),
    ("oxfordandabingdonleader.co.uk", ("oxford", "abingdon")),
    ("wvtribune.com", ("wv",)),  # a state's short form names a division
    ("mynorfolknewsonline.com", ("norfolk",)),
])
def test_a_domain_is_broken_into_masthead_words_and_the_towns_it_names(gaz, url, names):
    assert publisher_home_names(gaz, url=url) == names


@pytest.mark.parametrize("url", [
    "cnn.com",  # initials
    "acmedailynews.com",  # "acme" is no place
    "engineeringweekly.com",  # a word the gazetteer could cut into hamlets' names
    "thedailystar.com",  # every piece is a masthead word; Star, Idaho is not read
    "echonewspress.com",
    "https://www.example.com/news/paris-fire-kills-two",  # the path is the story's, not the publisher's
    "",
])
def test_a_domain_that_is_not_entirely_masthead_words_and_names_gives_nothing(gaz, url):
    assert publisher_home_names(gaz, url=url) == ()


def test_a_masthead_is_read_like_a_domain(gaz):
    assert publisher_home_names(gaz, publisher="The Paris Evening Beacon") == ("paris",)
    assert publisher_home_names(gaz, publisher="Woodstock Sentinel-Review") == ("woodstock",)
    assert publisher_home_names(gaz, publisher="Global Wire Service") == ()
    # a publisher given as a domain is a domain
    assert publisher_home_names(gaz, publisher="springfieldgazette.com") == ("springfield",)


def test_hosts_and_labels_drop_service_labels_and_country_domains():
    assert host_of("HTTPS://News.Example.co.uk:8080/a/b") == "news.example.co.uk"
    assert domain_labels("www.thehometownpost.co.uk") == ["thehometownpost"]
    assert domain_labels("chronicle.augustatimes.com") == ["chronicle", "augustatimes"]
    assert domain_labels("localhost") == []
    assert domain_labels("192.168.0.1") == []


def test_the_masthead_word_list_is_validated(tmp_path):
    (tmp_path / "masthead_words.yaml").write_text("masthead: [news, free press]\nfillers: [the]\nhost_labels: [www]\n")
    with pytest.raises(ValueError, match="single lower-case words"):
        load_masthead_words(str(tmp_path))
    (tmp_path / "masthead_words.yaml").write_text("masthead: [news]\nfillers: [the]\nhost_labels: [www]\nother: [x]\n")
    with pytest.raises(ValueError, match="unknown keys"):
        load_masthead_words(str(tmp_path))
    words = load_masthead_words()
    assert {"news", "gazette", "tribune", "sun"} <= words.masthead and "and" in words.fillers


# -- resolving with it ---------------------------------------------------------------------------------


def test_the_home_the_story_supports_takes_a_bare_mention_of_its_name(gaz):
    text = "Gainesville police arrested a man in Valley View on Friday."
    home = places(gaz, text, url="gainesvilleweeklyledger.com")
    assert home["Gainesville"].admin1 == "Texas"  # Valley View lies beside Gainesville, Texas
    assert home["Valley View"].admin1 == "Texas"
    assert places(gaz, text)["Gainesville"].admin1 == "Florida"  # the well-known namesake without the domain


def test_the_home_keeps_a_local_story_in_its_town_and_its_neighbours_believed(gaz):
    text = "Flooding closed roads around Norfolk and Battle Creek on Friday."
    home = places(gaz, text, url="https://norfolkcourier.com/2031/05/flooding")
    assert home["Norfolk"].admin1 == "Nebraska" and home["Battle Creek"].admin1 == "Nebraska"
    bare = places(gaz, text)
    assert bare["Norfolk"].admin1 == "Virginia"


def test_the_resolver_reports_the_home_it_read(gaz):
    from eventwatch.geo.recognise import Recogniser

    text = "Gainesville police arrested a man in Valley View on Friday."
    resolver = Resolver(gaz)
    resolver.resolve(Recogniser(gaz).recognise(text), text=text, url="gainesvilleweeklyledger.com")
    assert [(h.name, h.reading.admin1) for h in resolver.homes] == [("gainesville", "Texas")]


def test_without_support_or_a_country_domain_no_home_is_guessed(gaz):
    text = "The Gainesville council met on Monday."
    assert places(gaz, text, url="gainesvilleweeklyledger.com")["Gainesville"] == places(gaz, text)["Gainesville"]


def test_one_name_beside_a_small_namesake_does_not_move_a_well_known_home_abroad(gaz):
    # Ripley is a town in several states, and also a hamlet beside a small Miami in Queensland.
    text = "A Miami man was sentenced on Friday. The case began in Ripley last year."
    assert places(gaz, text, url="miamievening.com")["Miami"].admin1 == "Florida"


def test_a_country_domain_picks_the_home_town_in_that_country(gaz):
    text = "Police in Springfield closed a road."
    assert places(gaz, text, url="springfieldcourier.com.au")["Springfield"].country_code == "AU"


def test_a_domain_naming_no_town_changes_nothing(gaz):
    text = "Officers in Columbus arrested a man after a chase through Platte County."
    plain = [(t.start, t.end, t.place and t.place.geonames_id) for t in geoparse(gaz, text)]
    assert [(t.start, t.end, t.place and t.place.geonames_id) for t in geoparse(gaz, text, url="cnn.com")] == plain


def test_gold_spans_are_resolved_with_the_home_too(gaz):
    text = "Gainesville police arrested a man in Valley View on Friday."
    spans = [(0, 11), (37, 48)]
    got = resolve_names(gaz, text, spans, url="gainesvilleweeklyledger.com")
    assert [t.place.admin1 for t in got] == ["Texas", "Texas"]


def test_geocode_takes_the_documents_url():
    r = run_cli("geocode", "--json", "--url", "https://norfolkcourier.com/a",
                "Flooding closed roads around Norfolk and Battle Creek on Friday.")
    assert r.returncode == 0, r.stderr.decode()
    found = {t["text"]: t["place"] for t in json.loads(r.stdout)}
    assert found["Norfolk"]["admin1"] == "Nebraska"


def test_a_domain_and_its_desk_are_the_pair_of_towns_lying_side_by_side(gaz):
    from eventwatch.geo.recognise import Recogniser

    # Both names have namesakes in many states; only Ohio's pair lies side by side, and the county the story
    # names has namesakes beside other Springfields.
    text = "Springfield council voted to repave two streets near the Franklin County line."
    url = "https://www.daytonbugle.com/2031/05/12/springfield_news/streets"
    resolver = Resolver(gaz)
    resolver.resolve(Recogniser(gaz).recognise(text), text=text, url=url)
    assert [(h.name, h.reading.admin1) for h in resolver.homes] == [("dayton", "Ohio"), ("springfield", "Ohio")]
    assert places(gaz, text, url=url)["Springfield"].admin1 == "Ohio"
