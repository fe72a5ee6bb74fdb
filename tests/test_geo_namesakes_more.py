"""Namesakes settled by the section a story is filed under: outlets covering several towns file local stories
by town or county ("/arlington_news/", "/metro/dekalb/"), and that section is read as a home name is.

URLs and stories are invented for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import resolve_names
from eventwatch.geo.publisher_home import home_candidates, section_home_names
from eventwatch.geo.recognise import Recogniser
from eventwatch.geo.resolve import Resolver


def homes(gaz, text, url):
    resolver = Resolver(gaz)
    resolver.resolve(Recogniser(gaz).recognise(text), text=text, url=url)
    return [(h.name, h.reading.admin1) for h in resolver.homes]


def admin1_of(gaz, text, name, url=None):
    """The first-level division each mention of `name` resolves to, on the name's own spans."""
    spans, start = [], text.find(name)
    while start >= 0:
        spans.append((start, start + len(name)))
        start = text.find(name, start + 1)
    return {t.place.admin1 if t.place else None for t in resolve_names(gaz, text, spans, url=url)}


# -- reading the sections --------------------------------------------------------------------------------


@pytest.mark.parametrize("url, names", [
    ("https://www.bigmetrodaily.com/arlington_news/story/1234.html", ("arlington",)),
    ("https://www.bigmetrodaily.com/news/local/metro/dekalb/2031/01/02/budget.html", ("dekalb",)),
    ("https://valleypapers.com/articles/2031/01/02/mt_pleasant_news/top_stories/doc1.txt", ("mt pleasant",)),
    ("https://www.examplecast.ca/news/canada/manitoba/story-1.2345", ("manitoba",)),  # a country is a desk
])
def test_a_section_of_a_town_or_division_names_the_storys_ground(gaz, url, names):
    assert section_home_names(gaz, url) == names


@pytest.mark.parametrize("url", [
    "https://www.bigmetrodaily.com/news/local/arlington-fire-kills-two",  # the last segment is the story's slug
    "https://www.bigmetrodaily.com/news/issues/story.html",  # "issues" holds no town "Sues"
    "https://www.bigmetrodaily.com/world/middle-east/story.html",  # a region's desk, not a Maryland hamlet
    "https://www.bigmetrodaily.com/2031/01/02/story.html",
    "",
    None,
])
def test_sections_that_name_no_home_give_nothing(gaz, url):
    assert section_home_names(gaz, url) == ()


def test_a_short_title_word_in_a_label_reads_the_full_name_too(gaz):
    # Towns that list only "Mount Pleasant" are as much a "mtpleasant" section's as those listing "Mt Pleasant".
    states = {c.admin1 for c in home_candidates(gaz, "mt pleasant")}
    assert "Iowa" in states


def test_a_county_named_without_its_word_is_a_home(gaz):
    assert any(c.feature_code == "ADM2" and c.admin1 == "Georgia" for c in home_candidates(gaz, "dekalb"))


# -- the section's home picks the namesake ------------------------------------------------------------------


MANSFIELD_STORY = ("Mansfield council delays vote on new library. The Mansfield council put off a decision on "
                   "Tuesday, and the mayor said the plan would return next month.")


def test_a_town_section_picks_its_neighbour_among_namesakes(gaz):
    url = "https://www.bigmetrodaily.com/arlington_news/story/5678.html"
    assert homes(gaz, MANSFIELD_STORY, url) == [("arlington", "Texas")]
    assert admin1_of(gaz, MANSFIELD_STORY, "Mansfield", url) == {"Texas"}


def test_without_the_section_the_story_keeps_its_best_known_reading(gaz):
    url = "https://www.bigmetrodaily.com/news/story/5678.html"
    assert homes(gaz, MANSFIELD_STORY, url) == []
    assert admin1_of(gaz, MANSFIELD_STORY, "Mansfield", url) != {"Texas"}


def test_a_county_desk_picks_the_town_in_its_county(gaz):
    story = "Decatur schools plan new attendance zones. Decatur parents will meet the board on Thursday."
    url = "https://www.bigmetrodaily.com/news/local/metro/dekalb/2031/01/02/zones.html"
    assert homes(gaz, story, url) == [("dekalb", "Georgia")]
    assert admin1_of(gaz, story, "Decatur", url) == {"Georgia"}


def test_towns_around_a_section_town_settle_together(gaz):
    story = ("New London council meets on police budget. The chief told New London aldermen that officers "
             "from Winfield had covered night shifts.")
    url = "https://valleypapers.com/articles/2031/01/02/mt_pleasant_news/top_stories/doc2.txt"
    assert homes(gaz, story, url) == [("mt pleasant", "Iowa")]
    assert admin1_of(gaz, story, "New London", url) == {"Iowa"}


# -- a village abroad from everything the document places ---------------------------------------------------


def _resolved(gaz, text, names):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {n: t.place for n, t in zip(names, resolve_names(gaz, text, spans))}


def test_a_word_that_is_also_a_far_village_is_not_read_as_it_in_a_story_set_elsewhere(gaz):
    # "English" is a village in Indiana; the story places everything firmly in England.
    got = _resolved(gaz, "Police in London said the English investigators had returned to Salisbury on Monday.",
                    ["London", "English", "Salisbury"])
    assert got["London"].country_code == "GB" and got["Salisbury"].country_code == "GB"
    assert got["English"] is None or got["English"].country_code != "US"


def test_the_village_stands_where_a_firm_name_points_to_its_country(gaz):
    got = _resolved(gaz, "A barn fire in English spread toward Marengo, Indiana, officials said.",
                    ["English", "Marengo", "Indiana"])
    assert got["English"] is not None and got["English"].admin1 == "Indiana"


def test_the_village_stands_where_the_story_places_nothing_else(gaz):
    got = _resolved(gaz, "Floods cut the road to English on Tuesday, the county sheriff said.", ["English"])
    assert got["English"] is not None and got["English"].country_code == "US"


def test_a_long_slug_filed_before_an_id_is_no_section(gaz):
    # A desk's name is short; a headline's slug is not read for town names, however many it holds.
    url = "https://www.example-tribune.com/arlington-council-backs-new-fort-worth-bridge-plan/20310412/"
    assert section_home_names(gaz, url) == ()
    assert section_home_names(gaz, "https://www.example-tribune.com/arlington_news/story.html") == ("arlington",)
