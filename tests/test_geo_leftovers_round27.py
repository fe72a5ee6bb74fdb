"""Round twenty-seven of known leftovers: classes of English errors left by earlier rounds.

1. A state's code that news writes on its own ("UP", "MP", aliases' `alone`) before a lower-case noun of the
   state's own bodies ("government", "police", "cabinet", "chief minister", "assembly") is the state, used as
   that body's modifier: "the UP government" is Uttar Pradesh's, as "the MP said" or "an SA company" are a
   title's and a firm's initials. The code is read whether or not "the" stands before it, and is no ground;
   as any code written alone, it is read in a story its country's places support.
2. Colour words capitalised in a list before a plural feature noun are the features' own names ("the Red and
   Black rivers"): English writes a colour that only describes a feature in lower case. A colour still only
   describes before a later member's longer name ("the Blue and White Nile rivers"), and sizes, ages and ranks
   ("the Big and Little rivers", "the Old and New canals") describe as before.
3. Codes coordinated with a state of their country ("Alberta and BC") are matched to their neighbours by
   bisection over the names' offsets, not by a scan of every name for every code: thousands of listed codes
   cost linear time. So do the heads of lists read for acting places and the "Town, Country" test of governed
   lists, now found once per text rather than once per member.
4. A firm's name the gazetteer holds only as another spelling of unpeopled hamlets ("Samsung") is no ground
   struck as the subject of a passive verb of damage ("Samsung was battered by the storm"), as a car maker's is
   not: a town's own name, or a peopled town's, still is ("Flores was hit by floods").
5. A language's name after "in" that is also a town's is the town where an aside after its comma calls it a
   settlement ("shot in Malay, a town in Aklan", "in Malay, a resort town"), whatever the verb before "in": a
   language is never called a town. An aside that calls it a language, or whose settlement noun only follows a
   preposition ("a language of the province"), is a possessor ("the island's main language") or only modifies
   another noun ("a port language"), keeps the language.
6. A flight's end ("flights to X", "flying from X") read as a small town of under a hundred thousand people,
   where its country holds a city of the name ten times its size, is the city: the state named nearby drew the
   resolver to its namesake hamlet, but planes fly to the city. An end the text places itself ("to Belém,
   Pernambuco", "to Jacksonville (N.C.)"), one whose state the story names other than as another end's
   container ("as a storm struck North Carolina"), a city of some size ("flying to Córdoba" in a Veracruz
   story) and a bus's end are left as read.
7. A member of such a list the gazetteer lacks by its bare name but holds with the kind noun ("Lake Edward" for
   "the Edward and George lakes") is that feature, as a held member already takes it over its town; a member
   held neither way stands in at the story's places as before.

Left open (xfails below, with their reasons): a firm hit by floods "in" a country holding its namesake hamlet,
a list of lakes whose second member the gazetteer holds only as a town of the story's country, an unheld list
sibling that stands in at a held sibling's town or lake. A repeated code's list ("NSW and NSW and ..."), left
open here at first, is now read in linear time too (geo/run_peers.py, member_lists.list_opening).

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import gc
import time

import pytest

from conftest import found_names, geoparse_seconds, located, toponyms_by_name
from eventwatch.geo import geoparse


# -- 1. a state's code before its body's noun -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The UP government ordered schools closed in Lucknow.",
    "Officials of the UP government said twelve people died in floods in India.",
    "The UP chief minister visited flood-hit villages in India.",
    "UP police arrested three men in India on Monday.",
    "The UP cabinet approved relief for farmers in India.",
])
def test_a_state_code_before_its_bodys_noun_is_the_state(gaz, text):
    t = toponyms_by_name(gaz, text).get("UP")
    assert t is not None and t.place is not None, found_names(gaz, text)
    assert (t.place.country_code, t.place.feature_code) == ("IN", "ADM1"), t.place


def test_a_state_code_before_its_bodys_noun_is_no_ground(gaz):
    # the state is the body's owner, not where the closing happened
    t = toponyms_by_name(gaz, "The UP government ordered schools closed in India.").get("UP")
    assert t is not None and not t.locational


@pytest.mark.parametrize("text, code", [
    ("The MP said the bill would pass.", "MP"),
    ("An SA company won the contract.", "SA"),
    ("The MP for the seat said nothing.", "MP"),
    ("Shares of the UP Bank rose on Monday.", "UP"),
])
def test_a_code_before_anything_else_stays_initials(gaz, text, code):
    assert code not in found_names(gaz, text)


# -- 2. colour words listed before a plural feature noun ---------------------------------------------------------
@pytest.mark.parametrize("text, names", [
    ("Floods spread along the Red and Black rivers in northern Vietnam.", ["Red", "Black"]),
    ("Fishermen on the Red and Black rivers were warned.", ["Red", "Black"]),
    ("Trout filled the Green and White rivers in Vermont.", ["Green", "White"]),
])
def test_capitalised_colours_listed_before_a_feature_noun_are_names(gaz, text, names):
    read = [t for t, _ in located(gaz, text)]
    assert all(n in read for n in names), read


@pytest.mark.parametrize("text, word", [
    ("Boats sailed on the Blue and White Nile rivers in Sudan.", "Blue"),
    ("Anglers fished the Big and Little rivers in Kentucky.", "Big"),
    ("Canoes crossed the Old and New canals near Leeds.", "Old"),
    ("Walkers reached the Upper and Lower lakes by noon.", "Upper"),
])
def test_describing_words_before_a_feature_noun_stay_words(gaz, text, word):
    assert word not in found_names(gaz, text)


# -- 3. thousands of coordinated codes in linear time -------------------------------------------------------------
def _seconds(gaz, text: str, tries: int = 1) -> float:
    return geoparse_seconds(gaz, text, tries)


def test_thousands_of_coordinated_codes_are_read_in_linear_time(gaz):
    geoparse(gaz, "Alberta and BC were flooded.")  # warm the store
    read = geoparse(gaz, "Alberta and BC, " * 50 + "were flooded.")
    codes = [t for t in read if t.text == "BC"]
    assert len(codes) == 50 and all(t.place is not None and t.place.country_code == "CA" for t in codes)
    # Five times the codes must cost about five times the time (twelve allowed, for a busy machine): a scan of
    # every name for every code cost some twenty times as much, as the square of their number grows.
    small = _seconds(gaz, "Alberta and BC, " * 500 + "were flooded.", tries=3)
    large = _seconds(gaz, "Alberta and BC, " * 2500 + "were flooded.", tries=2)
    assert large < 12 * small, (small, large)


def test_thousands_of_listed_repeated_codes_are_read_in_linear_time(gaz):
    geoparse(gaz, "NSW and Victoria were flooded.")
    read = geoparse(gaz, " and ".join(["NSW"] * 50) + " were flooded.")
    assert len(read) == 50 and all(t.place is not None and t.place.feature_code == "ADM1" for t in read)
    # A list of one repeated name was read in the square of its length by the resolver's list-peer agreement
    # (each member summed every other) and the walk back to a list's opening (each member walked to the head):
    # 5,000 members took some forty seconds, 1,000 three. Five times the members must now cost about five times
    # the time (eight allowed, best of two tries at each size, for a busy machine).
    small = _seconds(gaz, " and ".join(["NSW"] * 1000) + " were flooded.", tries=2)
    large = _seconds(gaz, " and ".join(["NSW"] * 5000) + " were flooded.", tries=2)
    assert large < 8 * small, (small, large)


# -- 4. a firm held only as unpeopled hamlets' other spelling, hit by a hazard -------------------------------------
@pytest.mark.parametrize("text", [
    "Samsung was battered by the storm.",
    "Samsung was hit by floods last year.",
])
def test_a_firm_held_only_as_hamlets_other_spelling_is_no_ground_struck(gaz, text):
    assert "Samsung" not in [t for t, _ in located(gaz, text)]


@pytest.mark.parametrize("text, name", [
    ("Flores was hit by floods.", "Flores"),
    ("Morgan was battered by the storm.", "Morgan"),
])
def test_a_town_by_its_own_name_hit_by_a_hazard_stays_ground(gaz, text, name):
    assert name in [t for t, _ in located(gaz, text)]


@pytest.mark.xfail(strict=True, reason="with 'in Thailand' after it, the firm is kept as the Thai hamlet Sam "
                   "Sung (held with no population under the firm's spelling): the country named in the clause "
                   "supports the namesake, and nothing reads the firm's name from the hazard's verb there")
def test_a_firm_hit_by_floods_in_a_country_holding_its_namesake_is_no_ground(gaz):
    assert "Samsung" not in [t for t, _ in located(gaz, "Samsung was hit by floods in Thailand last year.")]


# -- 7. a listed member the gazetteer holds only with the kind noun ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Boats crossed the Edward and Albert lakes on Monday.",
    "Fishermen on the Albert and Edward lakes were warned.",
])
def test_a_listed_name_held_only_with_its_kind_noun_is_that_feature(gaz, text):
    read = toponyms_by_name(gaz, text)
    for name in ("Edward", "Albert"):
        assert read[name].place is not None and read[name].place.name == f"Lake {name}", read[name].place


def test_a_listed_name_held_neither_way_still_stands_in(gaz):
    read = toponyms_by_name(gaz, "Floods hit the Tana and Athi rivers in Kenya.")
    assert read["Athi"].place is None and read["Athi"].fallback is not None
    assert read["Athi"].fallback.country_code == "KE"


# -- left open: a list of lakes whose member is held only as a town ------------------------------------------------
@pytest.mark.xfail(strict=True, reason="the bundled features hold Lake Edward (now read for its listed name) but no "
                   "Lake George of Uganda (a bare 'Lake George' is also a New York town and lake), so 'George' "
                   "keeps its only reading, the South African town, as a river town named for its river keeps its "
                   "own; nothing yet weighs a listed town against its siblings' features thousands of km away")
def test_lakes_listed_in_a_story_elsewhere_are_no_towns_of_its_country(gaz):
    read = dict(located(gaz, "Farmers near the Edward and George lakes spoke to a South African paper."))
    assert read.get("George") != "ZA", read


# -- 5. a language-named town called a settlement by its aside -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "A man was shot in Malay, a town in the Philippines.",
    "Two guards were shot in Malay, a resort town, on Sunday.",
    "Talks collapsed in Malay, a coastal town of Aklan, after the mayor left.",
])
def test_a_language_named_town_called_a_settlement_by_its_aside_is_the_town(gaz, text):
    assert ("Malay", "PH") in located(gaz, text)


@pytest.mark.parametrize("text", [
    "The film was shot in Malay, a language of the region.",
    "The notice was written in Malay, a language of the province.",
])
def test_a_language_called_a_language_by_its_aside_stays_the_language(gaz, text):
    assert "Malay" not in [t for t, _ in located(gaz, text)]


# -- 6. a flight's end read as a namesake hamlet of the state named nearby -----------------------------------------
@pytest.mark.parametrize("text", [
    "Passengers flying to Belém from Recife, Pernambuco, were stranded.",
    "Travellers who flew from Belém to Petrolina in Pernambuco waited for hours.",
    "Jets flying to Belém out of Petrolina, Pernambuco, were grounded.",
    # read right before the rule too: the state named elsewhere keeps the rule away, and the resolver finds Pará
    "Flights to Belém were cancelled after floods in Pernambuco.",
])
def test_a_flights_end_is_the_city_not_a_hamlet_of_the_state_named_nearby(gaz, text):
    t = toponyms_by_name(gaz, text)["Belém"]
    # the city of Belém lies in Pará, some 1,600 km from Pernambuco and its namesake hamlet
    assert t.place is not None and t.place.name == "Belém" and t.place.country_code == "BR", t.place
    assert t.place.admin1 != _pernambuco(gaz), t.place


@pytest.mark.parametrize("text", [
    "Farmers in Belém, Pernambuco, lost their crops.",
    "A bus from Belém to Petrolina, Pernambuco, overturned.",
])
def test_a_hamlet_placed_by_the_text_or_reached_by_road_stays_the_hamlet(gaz, text):
    t = toponyms_by_name(gaz, text)["Belém"]
    assert t.place is not None and t.place.admin1 == _pernambuco(gaz), t.place


def _pernambuco(gaz) -> str:
    return toponyms_by_name(gaz, "Floods hit Pernambuco.")["Pernambuco"].place.admin1


def test_a_flights_end_read_as_a_city_of_some_size_stays_that_city(gaz):
    t = toponyms_by_name(gaz, "Passengers flying to Córdoba were stranded after storms in Veracruz.")["Córdoba"]
    assert t.place is not None and t.place.country_code == "MX", t.place


# -- review mends ---------------------------------------------------------------------------------------------------
# A flight's end is re-read as its country's city only where nothing in the story supports the small town's state
# but another end's container: a state named anywhere else, or in brackets after the name, keeps the town.
def _state(gaz, name: str) -> str:
    return toponyms_by_name(gaz, f"Floods hit {name}.")[name].place.admin1


@pytest.mark.parametrize("text, name, state", [
    ("Flights to Jacksonville were delayed when a hurricane struck North Carolina.", "Jacksonville", "North Carolina"),
    ("Flights to Jacksonville (N.C.) were delayed by the hurricane.", "Jacksonville", "North Carolina"),
    ("Flights to Jacksonville were delayed; the North Carolina town had no power.", "Jacksonville", "North Carolina"),
    ("Fog kept flights from Columbus on the ground as storms crossed Mississippi.", "Columbus", "Mississippi"),
])
def test_a_flights_end_whose_state_the_story_names_stays_in_that_state(gaz, text, name, state):
    t = toponyms_by_name(gaz, text)[name]
    assert t.place is not None and t.place.country_code == "US", t.place
    assert t.place.admin1 == _state(gaz, state), t.place


# A settlement's noun calls the name a settlement only as the head of the aside: a possessor ("the island's main
# language") or a modifier ("a port language") leaves the language.
@pytest.mark.parametrize("text", [
    "Road signs were printed in Malay, the island's first language.",
    "Lessons are given in Malay, the province's main tongue.",
    "Hymns were sung in Breton, the village\u2019s old language.",
    "The menu was printed in Malay, a port language since the war.",
])
def test_a_settlement_noun_that_does_not_head_the_aside_leaves_the_language(gaz, text):
    name = "Breton" if "Breton" in text else "Malay"
    assert name not in [t for t, _ in located(gaz, text)]


# Any whitespace may part coordinated names, as scraped news writes no-break and thin spaces.
@pytest.mark.parametrize("text", [
    "Storms hit Alberta and\u00a0BC on Tuesday.",
    "Storms hit BC\u00a0and Alberta on Tuesday.",
    "Storms hit Alberta\u2009and BC on Tuesday.",
])
def test_codes_coordinated_across_unicode_spaces_are_read(gaz, text):
    assert ("BC", "CA") in located(gaz, text)


# The ground test of the hazard rule asks only of populated-place readings: an island or a region held under its
# English name as another spelling keeps the hazard's cue.
@pytest.mark.parametrize("text, name", [
    ("Officials said Lombok was hit by an earthquake.", "Lombok"),
    ("Darfur was hit by floods, aid workers said.", "Darfur"),
])
def test_an_island_or_region_hit_by_a_hazard_keeps_the_cue(gaz, text, name):
    t = toponyms_by_name(gaz, text)[name]
    assert t.cue == "hit", t.cue


def test_thousands_of_town_state_pairs_are_read_in_linear_time(gaz):
    geoparse(gaz, "Slidell, La., was flooded.")
    small = _seconds(gaz, "Slidell, La., " * 200 + "were flooded.", tries=3)
    large = _seconds(gaz, "Slidell, La., " * 1000 + "were flooded.", tries=2)
    # five times the pairs: about five times the time (twelve allowed, and the best of two or three tries, for a
    # busy machine); the square would cost twenty-five
    assert large < 12 * small, (small, large)


# A city's code ("KL") is no state: its body's noun after it does not make it one.
def test_a_citys_code_before_a_bodys_noun_is_no_state(gaz):
    t = toponyms_by_name(gaz, "The KL police said floods in Selangor killed two.")["Selangor"]
    assert t.place is not None and t.place.feature_code == "ADM1", t.place


# An unheld sibling in a list of features does not stand in at a held sibling's town or feature.
@pytest.mark.xfail(strict=True, reason="the stand-in is chosen by the shared fallback (geo/fallback.py, "
                   "fallback_place), which takes the story's only other place, here the held sibling's reading "
                   "(a town of the colour's name, or the other lake); keeping listed features' stand-ins at the "
                   "story's divisions and countries is a change to that shared chooser, left to its owner")
@pytest.mark.parametrize("text, name", [
    ("In the Red and Black rivers, fish died.", "Black"),
    ("Canoeists paddled the Kyoga and Kwania lakes in Uganda.", "Kwania"),
])
def test_an_unheld_sibling_stands_in_at_no_siblings_point(gaz, text, name):
    t = toponyms_by_name(gaz, text).get(name)
    if t is not None and t.place is None and t.fallback is not None:
        assert not t.fallback.feature_code.startswith(("PPL", "LK", "STM")), t.fallback


def test_a_place_cue_spreads_over_thousands_of_listed_names_in_linear_time(gaz):
    from eventwatch.geo.name_lists import spread_place_cues
    from eventwatch.geo.name_span import NameSpan

    country, town = gaz.lookup("Peru", limit=20), gaz.lookup("Springfield", limit=20)

    def listed(n: int) -> tuple[str, list[NameSpan]]:
        # "in Peru, Springfield, Peru, ...": a country then a town, whose bare comma could open a clause
        names = ["Peru", "Springfield"] * n
        opening = "Aid reached people in "
        spans, pos = [], len(opening)
        for k, name in enumerate(names):
            spans.append(NameSpan(4 + k, 5 + k, pos, pos + len(name), name.lower(),
                                  list(country if name == "Peru" else town), cue="in" if k == 0 else None,
                                  firm=k == 0))
            pos += len(name) + 2
        return opening + ", ".join(names) + ".", spans

    def seconds(n: int) -> float:
        text, spans = listed(n)
        gc.disable()  # the collector's passes over the many spans built would swamp a few milliseconds' work
        try:
            started = time.perf_counter()
            spread_place_cues(text, spans)
            taken = time.perf_counter() - started
        finally:
            gc.enable()
        assert all(s.cue == "in" for s in spans)
        return taken

    small = min(seconds(400) for _ in range(3))
    large = min(seconds(2000) for _ in range(3))
    # five times the names: about five times the time (twelve allowed); a walk to the list's end for every
    # member would cost twenty-five
    assert large < 12 * small, (small, large)
