"""Sports reports: a team's name stands for its home, wherever the story is (geo/sports_teams.py).

The stories are the project's own; the traps are real namesakes (Portland, Texas beside Corpus Christi;
Louisville, Ohio beside Columbus)."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.sports_teams import (
    TeamHome,
    TeamRegistry,
    home_reading,
    load_sports_teams,
    team_readings,
)

# A Texas story: every other name pulls "Portland" to Portland, Texas.
FULL_NAME = ("CORPUS CHRISTI, Texas (AP) — Marco Ruelas scored 31 points and the San Antonio Spurs held off "
             "the Portland Trail Blazers 104-99 on Sunday night. The Spurs won for the fifth time in six games, "
             "and Portland dropped its third straight road game before a trip to Laredo and Ingleside.")
NICKNAME_ONLY = ("ROCKPORT, Texas — Local fans crowded the sports bar near Ingleside and Aransas Pass for the "
                 "playoff game. The Trail Blazers led by 12 at halftime, but the Spurs rallied to win in overtime "
                 "against Portland, whose coach praised the crowd.")
# An Ohio story naming a league, and a team without its nickname.
FROM_AFAR = ("COLUMBUS, Ohio (AP) — Dana Pruitt had 22 points and 14 rebounds as Tennessee beat Louisville 70-64 "
             "in the NCAA women's regional final on Sunday. The team from Knoxville trailed by nine at halftime "
             "before the defense held Louisville to 31 percent shooting in Columbus and Dayton fans cheered.")
SCHOOL_SIDE = ("PORTLAND, Texas — Portland High School's varsity team beat Ingleside 48-45 on Friday, the third "
               "win of the season for coach Ray Soto. Portland plays Aransas Pass next week in the district "
               "tournament.")
NOT_SPORT = ("Floodwater reached homes in Portland and Ingleside on Tuesday, officials near Corpus Christi, Texas "
             "said. Crews from Aransas Pass helped pump water from the streets of Portland.")


def readings(gaz, text: str, name: str) -> list[tuple[str, str]]:
    """(country, admin1) of every toponym written `name`."""
    found = [(t.place.country_code, t.place.admin1) for t in geoparse(gaz, text) if t.text == name and t.place]
    assert found, f"{name!r} not resolved in {text[:60]!r}"
    return found


# -- the registry -------------------------------------------------------------------------------------------


def test_every_registered_home_resolves_in_its_country_and_division(gaz):
    registry = load_sports_teams()
    assert len(registry.homes) > 150
    for home in registry.homes:
        reading = home_reading(gaz, home)
        assert reading is not None, home
        assert reading.country_code == home.country, home
        if home.level == "division":
            assert reading.feature_code in ("ADM1", "ADM2"), (home, reading)
        else:
            assert reading.feature_code.startswith("PPL"), (home, reading)


def test_a_home_is_the_place_the_name_writes(gaz):
    homes = {(h.place, h.level): home_reading(gaz, h) for h in load_sports_teams().homes}
    assert homes[("Portland", "town")].admin1 == "Oregon"
    assert homes[("Louisville", "town")].admin1 == "Kentucky"
    assert homes[("Texas", "division")].feature_code == "ADM1"  # "Texas Rangers": the state's name
    assert homes[("Madrid", "town")].country_code == "ES"


def test_nicknames_leave_out_the_clubs_and_schools_own_words():
    registry = TeamRegistry((), frozenset({"State", "City"}))
    home = TeamHome("Oakdale", "US", "Ohio", "town", ("State Owls", "City", "Red Foxes"), ("Real",))
    assert registry.nicknames(home) == ("Owls", "Red Foxes")


@pytest.mark.parametrize("body", [
    "homes: [{place: Oakdale, admin1: Ohio, after: [Owls]}]",  # no country
    "homes: [{place: Oakdale, country: USA, admin1: Ohio, after: [Owls]}]",  # not an ISO code
    "homes: [{place: Oakdale, country: US, admin1: Ohio, after: [owls]}]",  # words without their capitals
    "homes: [{place: Oakdale, country: US, admin1: Ohio}]",  # no team
    "homes: [{place: Oakdale, country: US, admin1: Ohio, level: city, after: [Owls]}]",  # unknown level
    "homes: [{place: Oakdale, country: US, admin1: Ohio, after: [Owls], league: X}]",  # unknown field
    # one team's name for two homes
    "homes: [{place: Oakdale, country: US, admin1: Ohio, after: [Owls]},"
    " {place: Oakdale, country: US, admin1: Iowa, after: [Owls]}]",
])
def test_the_loader_refuses_a_malformed_registry(tmp_path, body):
    path = tmp_path / "teams.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError):
        load_sports_teams(str(path))


def test_two_homes_of_one_name_are_allowed_for_different_teams(tmp_path):
    path = tmp_path / "teams.yaml"
    path.write_text("homes: [{place: Oakdale, country: US, admin1: Ohio, after: [Owls]},"
                    " {place: Oakdale, country: US, admin1: Iowa, level: town, after: [Herons]}]", encoding="utf-8")
    assert len(load_sports_teams(str(path)).homes) == 2


# -- reading a story ----------------------------------------------------------------------------------------


def test_a_registered_teams_full_name_gives_its_home_to_every_bare_use(gaz):
    assert set(readings(gaz, FULL_NAME, "Portland")) == {("US", "Oregon")}


def test_a_nickname_alone_gives_the_home_in_a_sports_report(gaz):
    assert readings(gaz, NICKNAME_ONLY, "Portland") == [("US", "Oregon")]


def test_a_team_from_afar_named_bare_is_read_by_prominence(gaz):
    """No nickname: the league says the teams travel, and the story's Ohio focus does not hold them."""
    assert set(readings(gaz, FROM_AFAR, "Louisville")) == {("US", "Kentucky")}


def test_a_school_side_stays_the_local_town(gaz):
    assert set(readings(gaz, SCHOOL_SIDE, "Portland")) == {("US", "Texas")}


def test_a_story_that_is_no_sports_report_is_untouched(gaz, rec):
    assert set(readings(gaz, NOT_SPORT, "Portland")) == {("US", "Texas")}
    spans = rec.recognise(NOT_SPORT)
    found = team_readings(gaz, NOT_SPORT, spans)
    assert not found.homes and not found.far


def test_a_full_team_name_is_read_outside_sports_too(gaz, rec):
    text = "A fan of the Portland Trail Blazers was stranded near Ingleside, Texas, after the storm."
    spans = rec.recognise(text)
    found = team_readings(gaz, text, spans)
    portland = next(k for k, s in enumerate(spans) if s.norm == "portland")
    assert found.homes[portland].admin1 == "Oregon" and not found.far


def test_a_nickname_that_is_a_common_word_does_not_make_a_story_about_teams(gaz, rec):
    """A fire story with a few words of sport ("won", "team", "title"): "Fire" is the Chicago side's nickname,
    yet the town's fire chief is no team from afar."""
    text = ("Oakdale Fire Chief Dan Reyes said the team won praise after the blaze at the title office in "
            "Litchfield. Oakdale crews stayed until noon.")
    spans = rec.recognise(text)
    assert not team_readings(gaz, text, spans).far


# -- a team's words beside a place name: plain string tests, read as the regular expressions say ----------

def _after_by_regex(window: str, words: str) -> bool:
    import re
    return re.match(r"[ \u00a0]+" + re.escape(words) + r"(?![\w'’-])", window) is not None


def _before_by_regex(window: str, words: str) -> bool:
    import re
    return re.search(r"(?<![\w'’-])" + re.escape(words) + r"[ \u00a0]+\Z", window) is not None


@pytest.mark.parametrize("window, words, expected", [
    (" Harbour Hawks won", "Harbour Hawks", True),
    ("\u00a0 Harbour Hawks", "Harbour Hawks", True),        # no-break space, then the words at the end
    ("Harbour Hawks", "Harbour Hawks", False),               # no space: run into the place name
    (" Harbour Hawksbill", "Harbour Hawks", False),          # a longer word
    (" Harbour Hawks' coach", "Harbour Hawks", False),       # an apostrophe continues the word
    (" Harbour Hawks-led", "Harbour Hawks", False),
    (" Harbour Hawks, who", "Harbour Hawks", True),
    (" Harbour Hawksé", "Harbour Hawks", False),             # a letter of any script continues it
])
def test_a_teams_words_after_a_place_name_are_spaced_and_whole(window, words, expected):
    from eventwatch.geo.sports_teams import _team_words_after

    assert _team_words_after(window, words) is expected


@pytest.mark.parametrize("window, words, expected", [
    ("the Royal Athletic ", "Royal Athletic", True),
    ("Royal Athletic\u00a0", "Royal Athletic", True),
    ("the Royal Athletic", "Royal Athletic", False),         # no space before the place name
    ("theRoyal Athletic ", "Royal Athletic", False),         # the tail of a longer word
    ("o'Royal Athletic ", "Royal Athletic", False),
    ("—Royal Athletic ", "Royal Athletic", True),            # a dash is no part of a word
])
def test_a_teams_words_before_a_place_name_are_whole_and_spaced(window, words, expected):
    from eventwatch.geo.sports_teams import _team_words_before

    assert _team_words_before(window, words) is expected


def test_the_string_tests_agree_with_the_regular_expressions_on_every_short_window():
    import itertools
    import random

    from eventwatch.geo.sports_teams import _team_words_after, _team_words_before

    alphabet = ["a", "b", " ", "\u00a0", "'", "’", "-", "_", "7", "é", ",", "."]
    rng = random.Random(11)
    words_pool = ["a", "ab", "a b", "b-a", " a", "a ", "ab'"]
    windows = ["".join(p) for n in range(5) for p in itertools.product(alphabet[:6], repeat=n)]
    windows += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(3000)]
    for words in words_pool:
        for w in windows:
            assert _team_words_after(w, words) == _after_by_regex(w, words), (w, words)
            assert _team_words_before(w, words) == _before_by_regex(w, words), (w, words)


def test_a_registered_clubs_word_that_names_a_far_city_is_no_place(gaz):
    # "Phoenix" in "Wellington Phoenix" is the club's, so Phoenix, Arizona pulls no bare name to the US
    text = "Wellington Phoenix beat Perth Glory 2-1 in Wellington on Saturday night."
    found = geoparse(gaz, text)
    assert "Phoenix" not in [t.text for t in found]
    assert readings(gaz, text, "Wellington")[-1][0] == "NZ"
