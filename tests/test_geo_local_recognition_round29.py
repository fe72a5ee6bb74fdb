"""A people's name read as no place is returned as a demonym, whatever word stood before it.

"in Turkish poultry", "officials from Egyptian ministries", "sold to the Honduran supplier": the adjective
qualifies the noun after it, and the geoparser already reads it as no place (`locational` False). The word
before the noun ("in", "from", "to") gave the span its cue while it was read, but the caller must learn what
the word is: a demonym (NORP for the entity reader; a corpus that tags place names only does not count it as a
place name). A demonym read as a place keeps its own cue ("on Norwegian farms" is a place modifier) and a
country's name keeps its preposition's cue ("in Turkey").

A name given as a person's ("whose surname is Lin", "a trader surnamed Wang", "her maiden name was Kenya
Brooks") is that person's, as "a boy called Jordan" is: the phrase says what kind of name follows. Only a name
qualified as a person's counts: "the town's name was Salisbury" still names a place.
Sentences invented for these tests."""
import pytest

from conftest import found_names, toponyms_by_name


# -- a demonym read as no place is returned as a demonym ---------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("Inspectors found the virus in Turkish poultry late last year.", "Turkish"),
    ("Officials from Egyptian ministries met the delegation on Sunday.", "Egyptian"),
    ("The melons were traced back to the Honduran supplier by the inspectors.", "Honduran"),
    ("Nurses were sent to Kenyan clinics after the rains.", "Kenyan"),
    ("Health aides are working in Haitian camps this month.", "Haitian"),
    ("The Indonesian Health Ministry said two more clusters were under study.", "Indonesian"),
])
def test_a_demonym_read_as_no_place_is_returned_as_a_demonym(gaz, text, word):
    """The preposition before the noun is no cue of the adjective's: it is returned as what it is."""
    t = toponyms_by_name(gaz, text)[word]
    assert not t.locational
    assert t.cue == "demonym"


# -- a place keeps its cue ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, word, cue", [
    ("The virus was found in Turkey late last year.", "Turkey", "in"),
    ("Officials flew in from Egypt on Sunday.", "Egypt", "from"),
])
def test_a_country_keeps_its_cue(gaz, text, word, cue):
    """A country's own name after a preposition is the place the preposition gives."""
    t = toponyms_by_name(gaz, text)[word]
    assert t.locational
    assert t.cue == cue


def test_a_demonym_read_as_a_place_keeps_its_cue(gaz):
    """"on Norwegian farms" claims a place, and is returned with the cue that says so."""
    t = toponyms_by_name(gaz, "The herds grazed on Norwegian farms all summer.")["Norwegian"]
    assert t.locational
    assert t.cue != "demonym"


# -- a name given as a person's is no place ----------------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("The patient, a trader whose surname is Lin, was moved to a ward in Fujian.", "Lin"),
    ("The nurse, whose last name was Tyler, moved to Ohio in 2001.", "Tyler"),
    ("Her maiden name was Kenya Brooks before she moved to Dallas.", "Kenya"),
])
def test_a_name_given_as_a_persons_is_no_place(gaz, text, word):
    """"surname is", "last name was": the phrase names a person's name, not a place."""
    assert word not in found_names(gaz, text)


@pytest.mark.parametrize("text, word", [
    ("The town's name was Salisbury until the council changed it.", "Salisbury"),
    ("The new name of the district is Kisumu East.", "Kisumu"),
    ("The patient, a trader whose surname is Lin, was moved to a ward in Fujian.", "Fujian"),
])
def test_a_places_name_stays_a_place(gaz, text, word):
    """A name that is no person's ("the town's name"), and the places beside a surname, stay places."""
    assert word in found_names(gaz, text)
