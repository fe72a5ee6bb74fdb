"""Known places the recogniser used to drop as people's names or as ordinary words: a town after a verb
spelt like a title ("to miss X"), after compass letters ("N.W. X"), a city whose name is also a rare
English word ("Charleston"), two places joined by a hyphen ("X-Y"), a town that names an institution
after it ("the X Food Pantry"), a club, an office or an acronym after a town ("X Elks", "X Selectman Jo
Roe", "X PD"), a pageant's title ("Miss Ohio"), a headline's town the body places, a name before a spaced
dash. Invented sentences only."""
import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.persons import compass_abbreviation, person_names


def _found(gaz, text):
    return {t.text: t for t in geoparse(gaz, text)}


def _persons(text):
    return person_names(text, tokenize(text), load_cues())


@pytest.mark.parametrize("text, town", [
    ("Snow is likely to miss Albany this week, forecasters in New York said.", "Albany"),
    ("The storm won't miss Syracuse, forecasters in New York said.", "Syracuse"),
])
def test_a_town_after_miss_the_verb_is_a_place_not_a_womans_surname(gaz, text, town):
    t = _found(gaz, text)[town]
    assert t.locational and t.place is not None and t.place.name == town


def test_a_lower_case_title_before_a_name_still_makes_it_a_person():
    assert "ripley" in _persons("The board wrote to coach Ripley on Friday.")
    assert "ripley" in _persons("Parents thanked their coach Ripley.")


@pytest.mark.parametrize("text, town, country", [
    ("Fire damaged a house in N.W. Albany on Friday, police in New York said.", "Albany", "US"),
    ("A gas leak forced families out of a block in S.E. Paris.", "Paris", "FR"),
])
def test_compass_letters_before_a_town_are_no_persons_initials(gaz, text, town, country):
    t = _found(gaz, text)[town]
    assert t.locational and t.place is not None and t.place.country_code == country


@pytest.mark.parametrize("text, letter", [
    ("Fire in N.W. Oakdale", "W"),
    ("Crash on N.Va. roads", "N"),
    ("Shooting in W. Phila. overnight", "W"),
    ("Two held in W. Oakdale slaying. Police near West Oakdale said", "W"),
])
def test_what_counts_as_a_compass_abbreviation(text, letter):
    tokens = tokenize(text)
    k = next(k for k, t in enumerate(tokens) if t.text == letter)
    assert compass_abbreviation(text, tokens, k)


@pytest.mark.parametrize("text", ["J. Oakdale spoke.", "Then W. Oakdale said so.", "E.W. Oakdale wrote it."])
def test_a_persons_initials_are_still_initials(text):
    assert "oakdale" in _persons(text)


def test_a_city_whose_name_is_an_old_dance_is_a_place_at_a_sentences_start(gaz):
    t = _found(gaz, "Charleston officers closed the bridge for an hour. West Virginia troopers helped.")["Charleston"]
    assert t.place is not None and t.place.name == "Charleston" and t.place.country_code == "US"


def test_a_common_word_naming_a_city_is_still_a_word_at_a_sentences_start(gaz):
    assert "Nice" not in _found(gaz, "Nice weather drew crowds to the beaches of Brittany.")


@pytest.mark.parametrize("text, names", [
    ("Jo Roe, MLA for Nelson-Castlegar, opened an office in British Columbia.", ("Nelson", "Castlegar")),
    ("Flights into Dallas-Fort Worth were cut on Monday.", ("Dallas", "Fort Worth")),
])
def test_two_places_joined_by_a_hyphen_are_both_places(gaz, text, names):
    found = _found(gaz, text)
    for name in names:
        assert found[name].locational and found[name].place is not None


@pytest.mark.parametrize("text", [
    "Jean-Pierre Bemba spoke to reporters in Kinshasa.",
    "Andrew Lloyd-Webber opened the theatre in London.",
])
def test_a_hyphenated_given_name_or_double_surname_stays_a_persons(gaz, text):
    found = _found(gaz, text)
    assert not any(name in found for name in ("Pierre", "Lloyd", "Webber"))


def test_a_given_name_opening_an_institutions_name_after_an_ordinary_word_makes_no_one_a_person():
    text = "Scouts from Troy will collect for the Troy Food Pantry, the town's food bank."
    assert not {"troy", "food"} & _persons(text)


def test_an_institution_named_after_a_person_still_names_the_person():
    assert "hollis" in _persons("Funding ends for the Charles Hollis Center, a day centre for children.")


def test_a_given_name_after_the_names_a_thing_not_a_person():
    assert "kingston" not in _persons("Drinks are served at The Albert Kingston every night.")


@pytest.mark.parametrize("text, town", [
    ("The Somerville Elks met in New Jersey on Friday.", "Somerville"),
    ("Torrington Selectman Jo Roe spoke in Connecticut.", "Torrington"),
])
def test_a_town_opening_a_clubs_or_an_offices_name_is_kept_as_that_names_part(gaz, text, town):
    t = _found(gaz, text)[town]
    assert not t.locational and t.cue == "embedded" and t.place is not None and t.place.name == town


def _mentions(gaz, text, name):
    return [t for t in geoparse(gaz, text) if t.text == name]


def test_a_small_town_in_a_title_case_headline_is_kept_where_the_body_places_it(gaz):
    text = "Storm Damages Homes Around Somerville\nA storm damaged homes in Somerville, New Jersey, on Monday."
    found = _mentions(gaz, text, "Somerville")
    assert len(found) == 2 and all(t.locational and t.place is not None for t in found)
    assert found[0].start < text.index("\n") and found[0].place.name == found[1].place.name


def test_a_title_case_headline_alone_still_proves_nothing(gaz):
    text = "Storm Damages Homes Around Somerville\nA storm damaged homes there on Monday."
    assert not _mentions(gaz, text, "Somerville")


def test_a_headline_town_opening_an_institutions_name_is_not_brought_back(gaz):
    text = "Somerville Savings Bank Opens New Branch\nThe bank opened in Somerville, New Jersey, on Monday."
    found = _mentions(gaz, text, "Somerville")
    assert [t.start for t in found] == [text.index("in Somerville") + 3]


@pytest.mark.parametrize("before, person", [("his", False), ("their", False), ("with", True)])
def test_two_known_names_after_a_possessive_are_a_place_not_a_persons_name(before, person):
    text = f"He walked back {before} Cedar Grove farm at dusk."
    tokens = tokenize(text)
    pair = [k for k, t in enumerate(tokens) if t.text in ("Cedar", "Grove")]  # both names a gazetteer holds
    named = [k in pair for k in range(len(tokens))]
    found = person_names(text, tokens, load_cues(), named, frozenset(), frozenset(), frozenset(pair))
    assert ("grove" in found) is person


def test_a_spaced_dash_ends_a_name_as_a_comma_would(gaz):
    found = _found(gaz, "Jo Roe, of Harwich, Essex - a lorry driver - was fined.")
    assert found["Essex"].place is not None and found["Essex"].place.country_code == "GB"


def test_a_bare_hyphen_still_joins_the_words_of_one_name(gaz):
    assert "Deir ez-Zor" in _found(gaz, "Shelling hit Deir ez-Zor on Monday.")


@pytest.mark.parametrize("text, name", [
    ("The winner goes on to the Miss Ohio pageant in Columbus next spring.", "Ohio"),
    ("A teenager was crowned Miss Warren County on Saturday in Ohio.", "Warren County"),
])
def test_a_pageant_title_names_the_place_it_is_held_for_not_a_person(gaz, text, name):
    t = _found(gaz, text)[name]
    assert not t.locational and t.cue == "affiliation" and t.place is not None


def test_a_pageant_title_does_not_make_the_state_a_persons_name_elsewhere(gaz):
    text = "She was crowned Miss Ohio. Later, Ohio farms were flooded."
    later = [t for t in _mentions(gaz, text, "Ohio") if t.start > text.index("Later")]
    assert later and later[0].place is not None and later[0].place.admin1 == "Ohio"


@pytest.mark.parametrize("text, person", [("Mr. Lincoln spoke at the school.", "lincoln"),
                                          ("Miss Georgia Roe taught there.", "georgia")])
def test_a_title_before_a_citys_or_a_given_name_is_still_a_persons(text, person):
    assert person in _persons(text)


def test_a_quoted_nickname_makes_no_persons_name_of_the_town():
    assert "waco" not in _persons("Jo Roe, long called 'Mr. Waco,' retired on Monday.")
    assert "waco" in _persons("Jo Roe met Mr. Waco on Monday.")


@pytest.mark.parametrize("text, town", [
    ("Cobourg OPP officers searched the lake in Ontario.", "Cobourg"),
    ("Somerville PD officers in New Jersey arrived first.", "Somerville"),
])
def test_a_town_before_an_acronym_is_kept_inside_the_bodys_name(gaz, text, town):
    t = _found(gaz, text)[town]
    assert not t.locational and t.cue == "embedded" and t.place is not None and t.place.name == town
