"""A people's name read as no place is returned as a demonym, whatever word stood before it.

"in Peruvian cattle", "officials from Chilean ministries", "sold to the Ghanaian distributor": the adjective
qualifies the noun after it, and the geoparser already reads it as no place (`locational` False). The word
before the noun ("in", "from", "to") gave the span its cue while it was read, but the caller must learn what
the word is: a demonym (NORP for the entity reader; a corpus that tags place names only does not count it as a
place name). A demonym read as a place keeps its own cue ("on Norwegian farms" is a place modifier) and a
country's name keeps its preposition's cue ("in Peru"). Only a place cue gives way: a demonym inside another
thing's name keeps "embedded", which the entity reader and the facility scoring read.

A name given as a person's ("whose surname is Okafor", "a miller surnamed Zhou", "Ann Roe, née Kenya") is that
person's, as "a boy called Jordan" is: the phrase says what kind of name follows. Only a name owned by a person
counts: places have first, last, given and former names too ("its first name was Salisbury", "Myanmar (née
Burma)"), and those stay places.
Sentences invented for these tests."""
import pytest

from conftest import found_names, toponyms_by_name


# -- a demonym read as no place is returned as a demonym ---------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("Inspectors found the parasite in Peruvian cattle early this spring.", "Peruvian"),
    ("Envoys from Chilean ministries toured the port on Monday.", "Chilean"),
    ("The tainted mangoes were traced to the Ghanaian distributor by auditors.", "Ghanaian"),
    ("Midwives were sent to Malawian clinics after the floods.", "Malawian"),
    ("Volunteers are cooking in Bolivian shelters this week.", "Bolivian"),
])
def test_a_demonym_read_as_no_place_is_returned_as_a_demonym(gaz, text, word):
    """The preposition before the noun is no cue of the adjective's: it is returned as what it is."""
    t = toponyms_by_name(gaz, text)[word]
    assert not t.locational
    assert t.cue == "demonym"


# -- a demonym inside another thing's name stays embedded ----------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("The Peruvian Agriculture Ministry said three herds were under watch.", "Peruvian"),
    ("The European Parliament voted on the fishing quota late on Tuesday.", "European"),
])
def test_a_demonym_inside_a_name_keeps_its_embedded_cue(gaz, text, word):
    """"embedded" is no place cue: it tells callers the word belongs to another thing's name, and stays."""
    t = toponyms_by_name(gaz, text)[word]
    assert not t.locational
    assert t.cue == "embedded"


def test_an_organisation_holding_a_demonym_gives_no_entity(gaz):
    """The entity reader skips names inside an organisation's name: "European" in "the European Parliament"
    is no NORP entity of its own."""
    from eventwatch.geo import geoparse
    from eventwatch.nlp.places import entity_spans

    text = "The European Parliament voted on the fishing quota late on Tuesday."
    assert entity_spans(geoparse(gaz, text)) == []


@pytest.mark.parametrize("text, facility, town", [
    ("Cadets at the Ghanaian Air Force Base near Accra paraded on Friday.", "Ghanaian Air Force Base", "Accra"),
    ("Crews at the Kenyan Air Force Base near Nairobi were stood down.", "Kenyan Air Force Base", "Nairobi"),
])
def test_a_facility_holding_a_demonym_gives_way_to_it_when_scoring_place_names(gaz, text, facility, town):
    """A corpus that tags place names scores a facility by the names inside it, which carry "embedded": the
    facility itself is no place-name prediction."""
    from eventwatch.evaluate.geo import place_name_predictions
    from eventwatch.geo import geoparse

    names = [t.text for t in place_name_predictions(geoparse(gaz, text))]
    assert facility not in names
    assert town in names


def _place_names_corpus(path, text: str, town: str):
    """A one-article corpus in GeoVirus' format, which tags place names alone, with `town` its only toponym."""
    start = text.index(town)
    path.write_text(
        f"<articles><article><source>http://example.org/a</source><text>{text}</text><locations>"
        f"<location><name>{town}</name><start>{start}</start><end>{start + len(town)}</end><lat>0</lat>"
        f"<lon>0</lon><page>{town}</page></location></locations></article></articles>", encoding="utf-8")
    return path


@pytest.mark.parametrize("text, town", [
    ("The Peruvian Agriculture Ministry said three herds near Cusco were under watch.", "Cusco"),
    ("The European Parliament sent observers to Tirana on Tuesday.", "Tirana"),
])
def test_a_demonym_inside_a_name_is_no_place_name_prediction(gaz, tmp_path, text, town):
    """It keeps "embedded", yet it is a demonym: a corpus that tags place names alone does not count it."""
    from eventwatch.evaluate.geo import evaluate_corpus, read_corpus

    scores = evaluate_corpus(read_corpus(_place_names_corpus(tmp_path / "c.xml", text, town)), gaz)
    assert (scores.recognition_precision, scores.recognition_recall) == (1.0, 1.0)


@pytest.mark.parametrize("text, word, demonym", [
    ("The Minsk agreements were signed in a hurry.", "Minsk", False),
    ("Staff of the Denver Water Board met on Monday.", "Denver", False),
    ("The Peruvian Agriculture Ministry said three herds were under watch.", "Peruvian", True),
])
def test_only_a_demonym_inside_a_name_is_left_out(gaz, text, word, demonym):
    """A place's name inside another thing's name ("the Minsk agreements") is still a place's name."""
    from eventwatch.evaluate.geo import embedded_demonym

    t = toponyms_by_name(gaz, text)[word]
    assert t.cue == "embedded"
    assert embedded_demonym(gaz, t) is demonym


# -- a place keeps its cue ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, word, cue", [
    ("The parasite was found in Peru early this spring.", "Peru", "in"),
    ("Envoys flew in from Chile on Monday.", "Chile", "from"),
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
    ("The courier, a welder whose surname is Okafor, was treated at a clinic in Lagos.", "Okafor"),
    ("The nurse, whose last name was Tyler, moved to Ohio in 2001.", "Tyler"),
    ("Her maiden name was Kenya Brooks before she moved to Dallas.", "Kenya"),
    ("The driver's first name is Chad, and he lives in Leeds.", "Chad"),
    ("A miller surnamed Zhou fell ill in Hunan last winter.", "Zhou"),
    ("A grocer surnamed Jordan reopened his shop in Tulsa.", "Jordan"),
    ("Ann Roe, née Kenya, moved to Leeds last year.", "Kenya"),
    ("The bride, Mrs Dale (née Jordan), was born in Cork.", "Jordan"),
])
def test_a_name_given_as_a_persons_is_no_place(gaz, text, word):
    """"surname is", "last name was", "surnamed", "née" after a person: the phrase names a person's name."""
    assert word not in found_names(gaz, text)


@pytest.mark.parametrize("text, word", [
    ("The town's name was Salisbury until the council changed it.", "Salisbury"),
    ("The new name of the district is Kisumu East.", "Kisumu"),
    ("The courier, a welder whose surname is Okafor, was treated at a clinic in Lagos.", "Lagos"),
    ("A miller surnamed Zhou fell ill in Hunan last winter.", "Hunan"),
])
def test_a_places_name_stays_a_place(gaz, text, word):
    """A name that is no person's ("the town's name"), and the places beside a surname, stay places."""
    assert word in found_names(gaz, text)


@pytest.mark.parametrize("text, word", [
    ("Its first name was Salisbury until the settlers left.", "Salisbury"),
    ("The country's last name was Zaire before the war ended.", "Zaire"),
    ("The town's first name was Leopoldville, a colonial one.", "Leopoldville"),
    ("The new district's given name is Mandera North, the board said.", "Mandera"),
    ("The province's given name was Katanga before the vote.", "Katanga"),
    ("The capital's first name is Rangoon in the old atlas.", "Rangoon"),
])
def test_a_places_first_last_or_given_name_stays_a_place(gaz, text, word):
    """A first, last or given name owned by a place ("its", "the country's") is the place's old or new name,
    not a person's."""
    assert word in found_names(gaz, text)


@pytest.mark.parametrize("text, word", [
    ("Shelling resumed in Mumbai (née Bombay) districts overnight.", "Bombay"),
    ("Ho Chi Minh City, née Saigon, kept its old markets.", "Saigon"),
    ("Eswatini, née Swaziland, held a vote in August.", "Swaziland"),
    ("Myanmar (née Burma) closed two crossings on Sunday.", "Burma"),
    ("Kinshasa, née Leopoldville, grew quickly after 1960.", "Leopoldville"),
])
def test_a_places_former_name_after_nee_stays_a_place(gaz, text, word):
    """"née" after a place the parser found gives that place's former name, which is a place too."""
    assert word in found_names(gaz, text)


# -- mends after the second review: any person owns a first name; "née" after a weak namesake -----------------


@pytest.mark.parametrize("text, word", [
    ("The minister's first name is Georgia, aides in Tbilisi said.", "Georgia"),
    ("The journalist's last name was Lebanon, colleagues in Beirut said.", "Lebanon"),
    ("The boxer's surname is Chile and he trains in Santiago.", "Chile"),
    ("The captain's last name is Sudan; he played in Juba.", "Sudan"),
    ("The cellist's given name was Norway, her agent in Bergen confirmed.", "Norway"),
    ("Ana Reyes's last name was Peru before she married in Lima.", "Peru"),
])
def test_any_persons_first_or_last_name_is_no_place(gaz, text, word):
    """Any owner but a place can own a first or last name: a minister, a boxer, a named woman; a list of person
    nouns would always miss the next trade."""
    assert word not in found_names(gaz, text)


@pytest.mark.parametrize("text, word", [
    ("The city's last name was Bombay under the old rulers.", "Bombay"),
    ("The nation's first name was Ceylon at independence.", "Ceylon"),
    ("Dallas's first name was Peter Bryan, officials in Texas said.", "Dallas"),
])
def test_a_place_owner_still_keeps_its_name_a_place(gaz, text, word):
    """A place's noun or a name read as a place owning the name leaves the place (here: the owner) a place."""
    assert word in found_names(gaz, text)


@pytest.mark.parametrize("text, word", [
    ("Maria Silva (née Recife) spoke to voters in Brasília.", "Recife"),
    ("Mrs Costa, née Natal, now lives in Fortaleza.", "Natal"),
    ("Her mother, née Kenya Odhiambo, lived in Kisumu.", "Kenya"),
    ("The singer, née Ghana Mensah, toured Accra in May.", "Ghana"),
])
def test_nee_after_a_person_with_a_weak_namesake_is_a_persons_former_name(gaz, text, word):
    """A surname that is also a hamlet somewhere ("Silva") after a given name or a title, or a kin or person noun
    before ", née", owns a person's former name."""
    assert word not in found_names(gaz, text)


def test_nee_after_an_honorific_unknown_to_the_lexicon(gaz):
    """"Dona Silva (née Recife)" is a woman's maiden name, as "Maria Silva (née Recife)" is (round 30: the
    honorifics other languages keep count before "née" only, geo/given_names_after.py)."""
    assert "Recife" not in found_names(gaz, "Dona Silva (née Recife) spoke in Brasília.")
