"""Rules found by the news probe's sixty-ninth batch (regional English-language papers writing about their own
region, of the GeoWebNews kind: Hubballi's chilli market, Madurai's jasmine, Dibrugarh's tea, Dhangadhi's border
shoppers, Teknaf's fishermen, Takengon's coffee, the Baram blockade, rafting at Cagayan de Oro, Jos potatoes, the
Aflao border, Naivasha's flower farms, Gulu's grain traders, the Walvis Bay corridor, the Gibraltar frontier,
Fujairah's flash floods, a hurricane on Great Abaco, Lassa fever in Edo, dengue in Kandy, the Sani Pass road and
football in Guwahati).

Each is a rule a reader applies to any regional story: a plea goes to its first addressee whatever second
party it is also sent to ("wrote to Accra and to the Togolese embassy asking ..."), so the capital is still the
government pleaded with; and a street's "St." that ends a sentence before a person's full name ("...closed
Fort St. Mark Davies, 41, of Napier, was charged") is no saint's abbreviation, so no place "St. Mark" or "Lake
St. Peter" is made of the street and the person's forename. And true facts for the lexicons: Great Abaco,
Saint Martin's Island, Lake Laut Tawar, the Mahakali River, and the town parts Kuisebmond (Walvis Bay),
Khanapara (Guwahati) and Katugastota (Kandy).

The near-misses are kept beside each rule: "wrote to Lagos and to Kano for three years" asks for nothing and
leaves both towns places; a saint's single forename after "St." ("Port St. Mary", "Lake St. Clair") is still
the saint's, read whole.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, located, locational_names, toponym


# -- a plea sent to a capital and to a second party --------------------------------------------------------------

@pytest.mark.parametrize("text, capital", [
    ("The council said it had written to Accra and to the Togolese embassy asking for the checks to be eased.",
     "Accra"),
    ("Farmers appealed to Kampala and to the World Bank for funds after the floods.", "Kampala"),
    ("Traders wrote to Nairobi and to the county office to demand fewer checks at the border.", "Nairobi"),
])
def test_a_capital_pleaded_with_beside_a_second_addressee_is_its_government(gaz, text, capital):
    """"Wrote to X and to Y asking ...": one letter goes to both, and the request after the second addressee is
    made of the first as well, so the capital is the government that receives the plea, not a place."""
    assert capital in found_names(gaz, text) and capital not in locational_names(gaz, text)


@pytest.mark.parametrize("text, names", [
    ("She wrote to Lagos and to Kano for three years before moving to Abuja.", ["Lagos", "Kano"]),
    ("Students wrote to Lagos and to Kano from the camp at Maiduguri.", ["Lagos", "Kano"]),
])
def test_letters_to_two_towns_with_no_request_leave_both_places(gaz, text, names):
    """With no request after them ("for three years" is a stretch of time, "from the camp" a source), the towns
    written to may be destinations: they are read as places, as the text's other names are."""
    places = locational_names(gaz, text)
    assert all(n in places for n in names)


# -- a street's "St." before a person's full name -----------------------------------------------------------------

@pytest.mark.parametrize("text, saint, street", [
    ("Police closed Fort St. Mark Davies, 41, of Napier, was charged with assault.", "Mark", "Fort St."),
    ("Water mains burst on Lake St. Peter Walsh, 52, of Geelong, said his shop was flooded.", "Peter", "Lake St."),
    ("Police cordoned off Fort St. Mark Davies said the road would reopen on Friday in Napier.", "Mark",
     "Fort St."),
])
def test_a_forename_and_surname_after_a_streets_st_is_a_person_not_a_saint(gaz, text, saint, street):
    """A saint's name inside a place's is one word ("St. Clair", "St. John"), and what follows it is the
    place's own word or nothing; a forename with a surname after "St." (and no place word after them) opens the
    next sentence with a person, so neither "St. Mark" nor "Lake St. Peter" is a place, and the street ends at
    "St." with its period, as it does before any other next sentence."""
    names = found_names(gaz, text)
    assert not any(saint in n for n in names) and street in names


def test_a_saints_name_after_st_with_no_surname_is_not_made_a_street(gaz):
    """A forename alone after "St." is still the saint's ("the Martyr of the Faith St. Agnes"): no street
    "Faith St." is read."""
    names = found_names(gaz, "Pilgrims prayed to the Martyr of the Faith St. Agnes in Rome on Sunday.")
    assert not any(n.endswith("St.") for n in names)


@pytest.mark.parametrize("text, name", [
    ("Ferries to Port St. Mary were cancelled in the gale, harbour staff in Douglas said.", "Port St. Mary"),
    ("Sailors on Lake St. Clair were told to head for harbour, officials in Windsor said.", "Lake St. Clair"),
])
def test_a_saints_single_forename_after_st_is_still_the_saints(gaz, text, name):
    """One forename after "St." with no surname after it is the saint's: the name is read whole."""
    assert name in found_names(gaz, text)


# -- lexicon facts ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, place, cc", [
    ("Hurricane winds tore roofs from homes on Great Abaco overnight, officials in Nassau said.",
     "Great Abaco", "Great Abaco", "BS"),
    ("Trawlers that once fished near Saint Martin's Island now land their catch at Chattogram.",
     "Saint Martin's Island", "Saint Martin's Island", "BD"),
    ("Boats ran to St. Martin's Island from Teknaf on Monday.", "St. Martin's Island", "Saint Martin's Island",
     "BD"),
    ("Heavy rain knocked the cherries from trees around Lake Laut Tawar, officials in Takengon said.",
     "Lake Laut Tawar", "Lake Laut Tawar", "ID"),
    ("Floodwater from the Mahakali River swamped fields near Banbasa, officials in Dhangadhi said.",
     "Mahakali River", "Mahakali River", None),
    ("Rafters set off down the Sarda River from Tanakpur on Sunday.", "Sarda River", "Mahakali River", None),
])
def test_islands_and_lakes_regional_papers_name(gaz, text, name, place, cc):
    """True facts: Great Abaco, the main island of the Abacos (not the island group alone); Saint Martin's
    Island (Narikel Jinjira) off Teknaf in the Bay of Bengal; Lake Laut Tawar by Takengon in Aceh's highlands;
    the Mahakali River on the Nepal-India line, called the Sarda or Sharda downstream in India (held with
    "River" only: bare "Mahakali" is also the goddess, and "the Mahakali temple" is no river)."""
    t = toponym(gaz, text, name)
    assert t.place is not None and t.place.name == place and t.place.country_code == cc


@pytest.mark.parametrize("text, name, cc", [
    ("Residents of Kuisebmond said the lorries block the road to Swakopmund every morning.", "Kuisebmond", "NA"),
    ("Police in Guwahati closed the road from Khanapara to the stadium after the match.", "Khanapara", "IN"),
    ("Health officers in Gampola and Katugastota said clogged drains were breeding mosquitoes.", "Katugastota",
     "LK"),
])
def test_town_parts_regional_papers_name(gaz, text, name, cc):
    """True facts: Kuisebmond is a township of Walvis Bay, Khanapara a neighbourhood of Guwahati, Katugastota a
    suburb of Kandy on the Mahaweli; each takes its town's point."""
    assert (name, cc) in located(gaz, text)


# -- what the batch saw and left -----------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="recognition: a small town the gazetteer lacks, listed after a held one "
                   "with 'and' ('Shoppers from Dhangadhi and Attariya'), is not read as a place")
def test_an_unheld_town_listed_after_a_held_one_is_read(gaz):
    """A town joined by "and" to a town after "from" is a town too, held or not."""
    assert "Attariya" in locational_names(gaz, "Shoppers from Dhangadhi and Attariya crossed into India.")


@pytest.mark.xfail(strict=True, reason="recognition: 'the road between X and Y' is returned as a road place over "
                   "the first town's span (geo/roads.py reads roads between towns for conflict events)")
def test_the_towns_a_road_runs_between_are_the_toponyms(gaz):
    """GeoWebNews annotates the towns, not the road: the road's span is no toponym of its own."""
    names = found_names(gaz, "Flash floods cut the road between Masafi and Fujairah city, police said.")
    assert not any(n.startswith("road") for n in names)
