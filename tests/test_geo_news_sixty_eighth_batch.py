"""Rules found by the news probe's sixty-eighth batch (outbreak reports of the GeoVirus kind from Mopti, Lobaye, the
Gambia's Central River Region, São Tomé, Gash-Barka, Khovd, Tamanrasset, Jinka, Takeo and Uzgen, and international
news of the TR-News kind from Brno, Nicosia, Seoul, Panama City, Tirana, Montevideo, Santo Domingo, the Telica
volcano, Soldeu and Aqaba).

A small town far from the story's places is refused when nothing firm points to it, since villages the gazetteer
lacks share their names across a country; but where the name has readings in one country only and its own
sentence names that country ("South Sudan said it would screen travellers arriving in Kapoeta"), the writer has
set the town there (geo/sentence_countries.py). In a story of sport, "drew" before a crowd ("the finals at Soldeu
drew record crowds") is no side's draw (geo/associative.py, `_DRAWN_CROWD`); "letters between" two capitals names
the governments that wrote them, as "tensions between" does (associative.yaml). And true facts for the lexicons:
the Momotombo volcano on Lake Managua and Lake Khar-Us (Khar-Us Nuur) in Mongolia's Khovd province.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import locational_names, toponym


def _country(gaz, text: str, name: str) -> str | None:
    """The country of the place read for `name`, or of its stand-in where it is unresolved."""
    t = toponym(gaz, text, name)
    p = t.place or t.fallback
    return p.country_code if p is not None else None


# -- a small town whose own sentence names its country -----------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Kenya has stepped up checks at Moyale and Marsabit. South Sudan said it would screen travellers arriving "
     "in Kapoeta.", "Kapoeta", "SS"),
    ("Clinics in Tamanrasset and In Salah were stretched. Mali said it would screen travellers at Tessalit.",
     "Tessalit", "ML"),
    ("Fans in Andorra la Vella, Soldeu and Canillo cheered. Switzerland had hoped to hold the finals at "
     "Lenzerheide.", "Lenzerheide", "CH"),
])
def test_a_small_town_is_kept_where_its_sentence_names_its_country(gaz, text, name, country):
    """A town of a few thousand, far from the story's other places and the only reading of its name, is what
    its name means when the sentence naming it names its country too, even as the government that acts there;
    before, it stood in at the story's places in another country."""
    t = toponym(gaz, text, name)
    assert t.place is not None and t.place.country_code == country


@pytest.mark.parametrize("text", [
    # the country is named, but in another sentence
    "Kenya has stepped up checks at Moyale and Marsabit. South Sudan is worried. Travellers arriving in Kapoeta "
    "are screened.",
    # the sentence names another country
    "Kenya has stepped up checks at Moyale and Marsabit. Uganda said it would screen travellers arriving in "
    "Kapoeta.",
])
def test_a_country_elsewhere_or_another_country_keeps_the_old_judgement(gaz, text):
    """The negative cases: only the town's own sentence, naming the town's own country, outweighs the story's
    places; otherwise the far village still stands in at them."""
    t = toponym(gaz, text, "Kapoeta")
    assert t.place is None


@pytest.mark.parametrize("text, stand_in", [
    ("On 2 June 2024 Myanmar junta jets bombed Ywa Thit Gyi village (Nyaung Pin village tract, Kani township, "
     "Monywa district, Sagaing region), killing six civilians.", "Monywa"),
    ("On 9 May 2024 the Myanmar army shelled Kyauk Ka village (Nyaung Pin village tract, Pale township, Magway "
     "region), killing three farmers.", "Magway"),
])
def test_a_division_the_sentence_names_outweighs_the_country(gaz, text, stand_in):
    """Where the sentence also names a first-level division of that country that does not hold the town, the
    writer sets the name there, in a place the tables lack: the country confirms no namesake elsewhere in it,
    and the division stands in (a Myanmar report naming a village tract of Sagaing region is not Yangon's
    namesake)."""
    t = toponym(gaz, text, "Nyaung Pin")
    assert t.place is None and t.fallback is not None and t.fallback.name == stand_in


def test_on_given_spans_the_countrys_written_name_is_read(gaz):
    """Resolving annotated spans only (the metonymic country is no span there), the country's name written in
    the sentence still sets the town there."""
    from eventwatch.geo import resolve_names

    text = ("Kenya has stepped up checks at Moyale and Marsabit. South Sudan said it would screen travellers "
            "arriving in Kapoeta.")
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Moyale", "Marsabit", "Kapoeta")]
    kapoeta = resolve_names(gaz, text, spans)[-1]
    assert kapoeta.place is not None and kapoeta.place.country_code == "SS"


def test_a_longer_names_tail_is_no_mention_of_the_country():
    """"South Sudan" is no mention of Sudan, nor "Papua New Guinea" of Guinea: the written name must stand whole."""
    from eventwatch.geo.sentence_countries import _written_in

    text = "South Sudan said it would help. Papua New Guinea agreed. In Sudan, cases rose."
    first, second = text.index("Papua"), text.index("In Sudan")
    assert not _written_in(text, "SD", 0, first)
    assert not _written_in(text, "GN", first, second)
    assert _written_in(text, "SD", second, len(text))


# -- "drew" before a crowd ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("The cup final at Canillo drew 2,000 fans last year, after Andorra beat Malta 2-0.", "Canillo", "AD"),
    ("The Test at Galle drew 30,000 fans as Sri Lanka beat England by six wickets.", "Galle", "LK"),
])
def test_a_venue_that_drew_a_crowd_is_a_place(gaz, text, name, country):
    """In a sentence of sport a name before "drew" is read as a side ("Leeds drew 1-1"); before a crowd ("drew
    2,000 fans", "drew record crowds") the verb is one of attracting, and the name the ground people came to."""
    assert name in locational_names(gaz, text)
    assert _country(gaz, text, name) == country


def test_a_sides_draw_is_still_a_side(gaz):
    """The negative case: "drew 1-1 with" is a result, and both names are the sides."""
    text = "Leeds drew 1-1 with Burnley on Saturday, and the striker scored twice."
    assert "Leeds" not in locational_names(gaz, text)


# -- letters between governments ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("The deal ended a year of angry letters between Montevideo and Buenos Aires.", ("Montevideo", "Buenos Aires")),
    ("Sharp letters between Kinshasa and Kigali have gone unanswered.", ("Kinshasa", "Kigali")),
])
def test_letters_between_capitals_name_governments(gaz, text, names):
    """"letters between X and Y", like "tensions between", names the governments that wrote them."""
    found = locational_names(gaz, text)
    assert not any(n in found for n in names)


def test_flights_between_capitals_stay_places(gaz):
    """The negative case: flights run between the cities themselves."""
    text = "Flights between Nairobi and Mogadishu resumed on Monday."
    assert {"Nairobi", "Mogadishu"} <= set(locational_names(gaz, text))


# -- true facts for the lexicons ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, code", [
    ("Seismologists said quakes were rising under Momotombo, on the shore of Lake Managua.", "Momotombo", "VLC"),
    ("Ash rose again from Momotombo on Tuesday morning.", "Momotombo", "VLC"),
    ("Tourists heading for Lake Khar-Us were told to avoid marmot burrows.", "Lake Khar-Us", "LK"),
    ("Herders water their goats at Khar-Us Nuur in the summer.", "Khar-Us Nuur", "LK"),
])
def test_features_the_tables_lack_are_found(gaz, text, name, code):
    """A Nicaraguan volcano and a Mongolian lake the populated-place tables lack are found whole and read as the
    features (a hyphenated lake name was cut to "Lake" before)."""
    assert name in locational_names(gaz, text)
    t = toponym(gaz, text, name)
    assert t.place is not None and t.place.feature_code == code


# -- seen and left alone ------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="Xinjiang's Altay city is held only under a variant name (Jinshanlu), and "
                                        "the Mongolian sums of the name win in a Mongolian story")
def test_altay_after_xinjiang_is_chinas_city(gaz):
    text = ("ULAANBAATAR — Mongolia has quarantined two districts of Khovd province after a herder died of plague. "
            "Russia has shut the Tashanta crossing, and China's authorities in Xinjiang said herders near Altay had "
            "been warned. Flights from Khovd to Ulaanbaatar were running normally.")
    assert _country(gaz, text, "Altay") == "CN"


@pytest.mark.xfail(strict=True, reason="metonymy: a government that runs centres abroad is kept as a place")
def test_a_government_that_runs_centres_is_no_place(gaz):
    text = "Albania extended a deal under which Italy runs two centres for migrants at Shëngjin."
    assert "Italy" not in locational_names(gaz, text)
