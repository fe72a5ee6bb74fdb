"""Rules found by the news probe's thirty-fourth batch (local papers of the LGL kind: county commissions, courts,
school boards, police logs, high-school sport, obituaries, in US towns whose names recur across states, and
market-town and shire papers from England, Ireland, Canada, Australia, New Zealand and India).

Each is a rule a reader applies to any local paper: the last name of a list of towns that "in" opens ("plants
in Elkhart and Bristol", "taught in Burlington and Union") is a town like the others, though the story elsewhere
calls a sergeant Bristol or the word names a body ("the Union"), unless the list runs into a verb and so names
a clause's subjects; a list that "from" opens with a town ("growers from Norton, Hampton and Salisbury") goes on
with towns, though a manager is called Hampton; in a sports story "a 5-0 winner over X" makes X the side beaten,
as "a win over X" does; and in a story whose dateline writes its state ("ITHACA, N.Y."), a small town read in
another state, far from every place the story names, is a namesake elsewhere, left to stand in at the story's
own places, as one abroad is.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import locational_names, toponym

from eventwatch.geo.normalise import tokenize
from eventwatch.geo.persons import closes_place_list


def _closes(text: str, name: str) -> bool:
    tokens = tokenize(text)
    start = text.index(name)
    return closes_place_list(text, tokens, next(k for k, t in enumerate(tokens) if t.start == start))


# -- the last town of a list after "in" ----------------------------------------------------------------------------

def test_the_last_town_of_a_list_after_in_closes_a_list_of_places():
    assert _closes("The firm has yards in Elkhart and Bristol, its owner said.", "Bristol")
    assert _closes("She coached in Burlington, Hebron and Union for years.", "Union")
    assert _closes("Crews worked near Tupelo or Saltillo overnight.", "Saltillo")


def test_a_list_that_runs_into_a_verb_or_follows_an_article_is_no_list_of_places():
    assert not _closes("After a decade in Boston, Holt and Lowell moved north.", "Lowell")
    assert not _closes("The bill stalled in the Senate and Assembly this spring.", "Assembly")
    assert not _closes("Letters from Holt and Lowell arrived on Monday.", "Lowell")


def test_a_town_closing_a_list_after_in_is_a_place_though_a_sergeant_bears_its_name(gaz):
    text = ("ELKHART, Ind. — Sgt. Wade Bristol said the trailer was found on Tuesday. The dealer, which keeps lots "
            "in Goshen and Bristol, said it would add cameras.")
    bristol = [t for t in (toponym(gaz, text, "Bristol"),) if t.locational and t.place]
    assert bristol and (bristol[0].place.country_code, bristol[0].place.admin1) == ("US", "Indiana")


def test_a_town_named_like_a_body_closing_a_list_after_in_is_a_place(gaz):
    text = "FLORENCE, Ky. — Mrs. Hale taught second grade in Burlington and Union before she retired in 1998."
    union = toponym(gaz, text, "Union")
    assert union.locational and (union.place.country_code, union.place.admin1) == ("US", "Kentucky")


def test_a_list_from_opens_with_a_town_goes_on_with_towns_though_a_manager_bears_a_name_in_it(gaz):
    text = ("SUSSEX, N.B. — Growers from Norton, Hampton and Salisbury met at the hall on Friday. The plant's "
            "manager, Ruth Hampton, said the line would run all winter.")
    assert {"Hampton", "Salisbury"} <= set(locational_names(gaz, text))


def test_a_list_from_that_opens_with_a_person_stays_a_list_of_people():
    text = "Letters from Lowell, Hampton and Deen, all on the board, came in. Mayor Ann Lowell read them aloud."
    tokens = tokenize(text)
    at = next(k for k, t in enumerate(tokens) if t.text == "Deen")
    assert not closes_place_list(text, tokens, at, frozenset({"lowell", "ann"}))
    assert closes_place_list(text, tokens, at, frozenset({"ann"}))


# -- a side beaten in a result -------------------------------------------------------------------------------------

def test_a_town_after_a_winner_over_in_a_sports_story_is_the_side_beaten(gaz):
    text = ("MANKATO, Minn. — Hutchinson, a 4-1 winner over Litchfield on Tuesday, meets New Ulm in the section "
            "hockey final at the civic center.")
    assert "Litchfield" not in locational_names(gaz, text)


# -- a namesake in another state than the dateline's ---------------------------------------------------------------

def test_small_towns_read_in_another_state_than_the_datelines_stand_in_at_the_storys_places(gaz):
    # Two hamlets of Illinois ("Enfield", "Seneca") would support each other there, a thousand kilometres from
    # every town the story names in New York.
    from eventwatch.geo import resolve_names

    text = ("ITHACA, N.Y. — A slide has shut the lower trail at the state park south of Ithaca, rangers said. Swimmers "
            "from Elmira and Cortland use the pool there in summer, and walkers can still start from the Enfield side. "
            "Another slide closed a path at the south end of Seneca Lake last month, and visitors are being sent to "
            "Taughannock Falls on Cayuga Lake instead.")
    names = ["ITHACA", "N.Y.", "Ithaca", "Elmira", "Cortland", "Enfield", "Seneca Lake", "Taughannock Falls"]
    read = {t.text: t for t in resolve_names(gaz, text, [(text.index(n), text.index(n) + len(n)) for n in names])}
    for name in ("Enfield", "Seneca Lake", "Taughannock Falls"):
        place = read[name].place or read[name].fallback
        assert (place.country_code, place.admin1) == ("US", "New York"), name


def test_a_town_in_the_datelines_own_state_keeps_its_reading(gaz):
    text = "ITHACA, N.Y. — Walkers from Elmira and Cortland cleared brush on the trail on Saturday, rangers said."
    assert toponym(gaz, text, "Cortland").place.admin1 == "New York"
