"""Recognition round twenty: two classes from the end-to-end errors on local and world news, classified by kind.

1. A demonym inside the name of an ethnic identity ("Native American", "African-American") or of a style ("an
   Asian-themed casino") names no country and no place: local news corpora never tag it, and it is no actor's
   origin either. A pair of nations written the same way ("a Russian-American crew") still names two countries.
2. A small town the gazetteer lacks, written as someone's home with its state or county after it ("Sam Ortiz,
   22, of Quillmoor, Kan."), is a place: the division after the comma says so as plainly as "in" does.

Every sentence here is invented.
"""
from __future__ import annotations

import pytest

from conftest import found_names, toponyms_by_name


# -- 1. ethnic identities and styles -----------------------------------------------------------------------

@pytest.mark.parametrize("text,not_places", [
    ("The museum opened a gallery of Native American pottery in Santa Fe last week.", ["American"]),
    ("The African-American history month program drew 200 people to the library in Dayton.",
     ["African", "American"]),
    ("Several African Americans spoke at the council meeting in Macon on Tuesday.", ["African", "Americans"]),
    ("The Asian American heritage festival returns to the park in Fresno this weekend.", ["Asian", "American"]),
    ("Developers pitched an Asian-themed resort for the Reno waterfront.", ["Asian"]),
    ("Organisers say the Italian-style piazza will open in Plano in May.", ["Italian"]),
])
def test_a_demonym_inside_an_ethnic_identity_or_a_style_is_no_toponym(gaz, text, not_places):
    found = found_names(gaz, text)
    for name in not_places:
        assert name not in found, (name, found)


@pytest.mark.parametrize("text,town", [
    ("The museum opened a gallery of Native American pottery in Santa Fe last week.", "Santa Fe"),
    ("The African-American history month program drew 200 people to the library in Dayton.", "Dayton"),
    ("Developers pitched an Asian-themed resort for the Reno waterfront.", "Reno"),
])
def test_the_towns_beside_such_a_compound_are_still_found(gaz, text, town):
    assert town in found_names(gaz, text)


def test_a_pair_of_nations_joined_by_a_hyphen_still_names_both(gaz):
    found = found_names(gaz, "A Russian-American crew docked with the station on Thursday.")
    assert "Russian" in found and "American" in found, found


def test_a_plain_demonym_is_still_a_demonym(gaz):
    found = toponyms_by_name(gaz, "American officials met Japanese diplomats in Tokyo on Monday.")
    assert found["American"].cue == "demonym" and found["Japanese"].cue == "demonym"


# -- 2. a home town the gazetteer lacks, with its division after it -----------------------------------------

@pytest.mark.parametrize("text,town", [
    ("Sean Reyes, 22, of Quillmoor, Kan., was stopped by a trooper on Sunday.", "Quillmoor"),
    ("Relatives of Dale Ortiz of Bluffmere, Okla. came to see the memorial.", "Bluffmere"),
    ("Smith, 41, of Greywater, Tenn., was charged with theft.", "Greywater"),
    ("A retired teacher from Sandplain, Kansas, won the county fair's top prize.", "Sandplain"),
    ("Jo Baker (19) of Corrowmere, Tipperary, was remanded in custody.", "Corrowmere"),
])
def test_an_unknown_home_town_written_with_its_division_is_a_place(gaz, text, town):
    found = toponyms_by_name(gaz, text)
    assert town in found and found[town].locational, sorted(found)


@pytest.mark.parametrize("text,not_place", [
    # an institution's name before the division: no town
    ("She studied at the University of Quillmoor, Kansas, for two years.", "Quillmoor"),
    # a given name is a person's, not a town's
    ("The award went to a friend of Michael, Kansas City police said.", "Michael"),
    # a month after "of"
    ("The report of March, Ohio officials said, was never published.", "March"),
])
def test_the_residence_reading_needs_a_town_shaped_name(gaz, text, not_place):
    assert not_place not in found_names(gaz, text)



def test_the_unknown_home_town_stands_in_at_the_division_written_after_it(gaz):
    found = toponyms_by_name(gaz, "Sean Reyes, 22, of Quillmoor, Kan., was stopped by a trooper on Sunday.")
    town = found["Quillmoor"]
    assert town.place is None and town.fallback is not None
    assert (town.fallback.name, town.fallback.country_code, town.fallback.feature_code) == ("Kansas", "US", "ADM1")
