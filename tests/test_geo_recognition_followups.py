"""Recognition follow-ups: where an unknown name stands in when the sentence names its container after a short
time phrase, lone compass words read as a faraway country's region, service words before a division title
read as names, and "Far North" before a state's name read as a place of its own. Every sentence is the
project's own."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse, resolve_names
from eventwatch.model import WHERE_PREC_ADMIN1


def toponyms(gaz, text):
    return {t.text: t for t in geoparse(gaz, text)}


# -- an unknown name stands in at the container the sentence states, even after a time phrase --------------
@pytest.mark.parametrize("text,name,container", [
    ("Mortar fire hit houses inside Zorvakin since dawn, northern Kachin. Families fled towards Myitkyina.",
     "Zorvakin", "Kachin State"),
    ("Gunmen torched granaries in Velmoradi overnight, Mopti region, and traders in Sevare closed shops.",
     "Velmoradi", "Mopti"),
    ("Drones struck a depot inside Kharvostok on Tuesday night, Kharkiv oblast. The mayor of Kupiansk said nothing.",
     "Kharvostok", "Kharkiv"),
])
def test_an_unknown_name_stands_in_at_the_container_named_after_a_time_phrase(gaz, text, name, container):
    found = toponyms(gaz, text)
    t = found[name]
    assert t.place is None and t.fallback is not None
    assert container in t.fallback.name and t.fallback.precision >= WHERE_PREC_ADMIN1
    assert t.fallback.raw == name


@pytest.mark.parametrize("gap", [
    " since 5am, ", " since dawn, northern ", " overnight, ", " on Tuesday night, ", " early on 3 March, ",
    " this morning, central ", " at around 11 pm, ", " yesterday, ",
])
def test_a_short_time_phrase_before_a_comma_may_separate_a_name_from_its_container(gap):
    from eventwatch.geo.fallback import TIME_BEFORE_CONTAINER

    assert TIME_BEFORE_CONTAINER.fullmatch(gap)


@pytest.mark.parametrize("gap", [
    " and soldiers withdrew, ",  # a clause, not a time
    " since the army withdrew its units from the hills last week, ",  # too long: a clause of its own
    " on Tuesday. ",  # a sentence ends
    ", ",  # the bare comma is the recogniser's own containment
])
def test_a_clause_or_a_sentence_break_is_no_time_phrase(gap):
    from eventwatch.geo.fallback import TIME_BEFORE_CONTAINER

    assert not TIME_BEFORE_CONTAINER.fullmatch(gap)


# -- a lone compass word is no faraway country's region -----------------------------------------------------
@pytest.mark.parametrize("text,word,country", [
    ("Militia fighters raided farms in East Gojjam zone, Amhara region, on Sunday.", "East", "ET"),
    ("Shelling was reported in the West of Darfur and near Nyala on Tuesday.", "West", "SD"),
    ("Police patrolled the North of Kivu province after the raid, local officials said.", "North", "CD"),
])
def test_a_lone_compass_word_takes_no_reading_outside_the_sentences_country(gaz, text, word, country):
    found = toponyms(gaz, text)
    t = found.get(word)
    if t is not None and t.place is not None:
        assert t.place.country_code == country


@pytest.mark.parametrize("text,word,country", [
    ("Floods cut roads in East region, Cameroon, near Bertoua, on Monday.", "East", "CM"),
    ("Cocoa farmers in Western region, Ghana, protested near Takoradi on Friday.", "Western", "GH"),
])
def test_a_compass_region_of_the_sentences_own_country_is_kept(gaz, text, word, country):
    found = toponyms(gaz, text)
    assert word in found and found[word].place is not None
    assert found[word].place.country_code == country


@pytest.mark.parametrize("text,word", [
    # A militia's name beside the division, read as an Italian town, leaves the sentence no one country.
    ("Fano gunmen and soldiers clashed in West Gojjam zone of Amhara region on Tuesday.", "West"),
    # No other name in the sentence: nothing but the word itself would argue for a reading.
    ("Cattle raiders struck herders in North Rupununi district on Friday.", "North"),
    ("Landslides buried homes in West Manggarai regency overnight.", "West"),
    ("Herders fought farmers in North Karamoja on Sunday.", "North"),
])
def test_a_compass_word_before_a_name_the_gazetteer_lacks_is_no_region_of_its_own(gaz, text, word):
    assert word not in toponyms(gaz, text)
    start = text.index(word)
    (t,) = resolve_names(gaz, text, [(start, start + len(word))])
    assert t.place is None


@pytest.mark.parametrize("text,word,country", [
    ("Floods cut roads in the East Region of Cameroon near Bertoua on Monday.", "East", "CM"),
])
def test_a_compass_word_before_its_division_word_stays_a_region(gaz, text, word, country):
    found = {n: t for n, t in toponyms(gaz, text).items() if word in n}
    assert found and all(t.place is not None and t.place.country_code == country for t in found.values())


# -- a service word before a capitalised division title is no place name -------------------------------------
@pytest.mark.parametrize("text,word", [
    ("Crews from Calcasieu Parish Fire District 3 put out the blaze on Monday.", "Fire"),
    ("The Orleans Parish School District announced closures for Friday.", "School"),
    ("Voters in the Harlan Water District approved the levy.", "Water"),
])
def test_a_service_word_before_a_division_title_is_no_place(gaz, text, word):
    assert word not in toponyms(gaz, text)


@pytest.mark.parametrize("text,name", [
    ("Three people were hurt in Bayhan District on Sunday, officials said.", "Bayhan"),
    ("Riot police were deployed in Kowloon City District overnight.", "Kowloon City"),
])
def test_a_name_before_a_division_title_is_still_read(gaz, text, name):
    found = toponyms(gaz, text)
    assert any(name in k for k in found)


# -- names listed before a plural street word are streets -----------------------------------------------------
@pytest.mark.parametrize("text,names", [
    ("A water main burst at the corner of Dogwood and Pruitt streets on Monday.", ["Dogwood", "Pruitt"]),
    ("The lane between Fernhill, Ossington and Barlow roads stays closed through Friday.",
     ["Fernhill", "Ossington", "Barlow"]),
    ("Crews repaved the stretch between Culver and Wexmoor avenues last week.", ["Culver", "Wexmoor"]),
])
def test_names_listed_before_a_plural_street_word_are_streets(gaz, text, names):
    found = toponyms(gaz, text)
    for name in names:
        assert name in found and found[name].cue == "street" and found[name].place is None


def test_a_capitalised_plural_street_word_is_part_of_the_last_street(gaz):
    found = toponyms(gaz, "The parade turns where Mill and High Streets meet.")
    assert "Mill" in found and "High Streets" in found and found["High Streets"].cue == "street"


@pytest.mark.parametrize("text,city", [
    ("Checkpoints closed the Damascus and Homs roads overnight.", "Damascus"),
    ("Traffic jammed the Chicago and Detroit avenues of trade, analysts wrote.", "Chicago"),
])
def test_a_large_city_before_a_plural_road_word_keeps_its_reading(gaz, text, city):
    found = toponyms(gaz, text)
    assert city in found and found[city].place is not None


# -- a compass word after a weak cue, and "below"/"above" as place cues -------------------------------------
@pytest.mark.parametrize("text,name,place,country", [
    ("Parents from East Auburn asked the board to keep the late bus.", "East Auburn", "Auburn", "US"),
    ("Volunteers from North Hadley cleared fallen trees on Sunday.", "North Hadley", "Hadley", "GB"),
])
def test_a_capitalised_compass_word_after_from_opens_a_place_name_no_surname_takes(gaz, text, name, place, country):
    found = toponyms(gaz, text)
    assert name in found and found[name].place is not None
    assert (found[name].place.name, found[name].place.country_code) == (place, country)


@pytest.mark.parametrize("text,name", [
    ("The ferry crossing below Natchez was closed after the river rose.", "Natchez"),
    ("Shepherds grazed their flocks on the slopes above Tiberias.", "Tiberias"),
])
def test_below_and_above_place_the_name_after_them(gaz, text, name):
    assert name in toponyms(gaz, text)


def test_below_before_a_lower_case_word_names_no_place(gaz):
    assert not toponyms(gaz, "Rainfall was below normal across the county this spring.")


# -- "Far North" before a state's name qualifies it ------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Crime rose in Far North Queensland this year.", "Queensland"),
    ("Floods hit Far West New South Wales on Monday.", "New South Wales"),
])
def test_far_and_a_compass_word_before_a_name_are_no_place_of_their_own(gaz, text, place):
    assert list(toponyms(gaz, text)) == [place]


def test_the_far_north_alone_is_still_read(gaz):
    # with no name after it the region keeps its own reading
    assert "Far North" in toponyms(gaz, "He lives in the Far North, near the coast.")
