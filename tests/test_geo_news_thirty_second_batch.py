"""Rules found by the news probe's thirty-second batch (outbreak and public-health news of the GeoVirus kind:
ministry and WHO updates, case tables, animal and plant disease, a food recall, heat and haze alerts).

Each is a rule a reader applies to any outbreak report: a disease named for a place by an adjective that opens
the rest of its name ("Middle East respiratory syndrome", "Crimean-Congo haemorrhagic fever") is the disease;
a flu pandemic or virus named for a place ("the Hong Kong flu of 1968", "Hong Kong Flu virus") is the pandemic,
while "the Hong Kong flu cases" may still be cases there; Vietnam's provinces as they were before the 2025
merger ("Binh Phuoc", "Long An") are still read as Vietnamese provinces; and a country asked to act with a word
of vicinity before it ("asked neighbouring Namibia to watch") is its government, as "asked Namibia" is; a name
joined by "and" to a noun ("a team from Geneva and equipment from Nairobi") modifies nothing; and "the Gulf"
written bare in a story from the Horn of Africa or South Asia is the Persian Gulf, where those stories' donors
and workers are, while Papua New Guinea's story keeps its Gulf Province.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, located, locational_names, toponym

from eventwatch.geo.flu_names import flu_pandemic_name
from eventwatch.geo.normalise import tokenize


def _flu(text: str, name: str) -> bool:
    tokens = tokenize(text)
    start = text.index(name)
    i = next(k for k, t in enumerate(tokens) if t.start == start)
    j = next(k for k, t in enumerate(tokens) if t.end == start + len(name)) + 1
    after = tokens[j] if j < len(tokens) and text[tokens[j - 1].end : tokens[j].start] == " " else None
    return flu_pandemic_name(text, tokens, i, j, after)


# -- diseases named for a place ------------------------------------------------------------------------------------

def test_a_respiratory_syndrome_named_for_a_region_is_the_disease(gaz):
    text = "The ministry reported two cases of Middle East respiratory syndrome in Riyadh this week."
    assert "Middle East" not in found_names(gaz, text)
    assert located(gaz, text) == [("Riyadh", "SA")]


def test_a_haemorrhagic_fever_named_for_places_is_the_disease(gaz):
    text = "Doctors in Sivas treated farmers for Crimean-Congo haemorrhagic fever after tick bites."
    assert "Congo" not in locational_names(gaz, text)
    assert ("Sivas", "TR") in located(gaz, text)
    assert "Omsk" not in locational_names(gaz, "Hunters caught Omsk hemorrhagic fever from muskrats.")


def test_a_flu_pandemic_named_for_a_place_is_the_pandemic(gaz):
    text = "The strain has circulated since the pandemic known as the Hong Kong flu, which killed a million people."
    assert "Hong Kong" not in found_names(gaz, text)
    assert "Hong Kong" not in found_names(gaz, "Older people recalled the Hong Kong flu of 1968 in school.")
    assert "Hong Kong" not in found_names(gaz, "A farmer caught a Hong Kong Flu virus strain last week, doctors said.")


def test_flu_cases_named_by_a_place_keep_the_place():
    assert not _flu("Officials counted the Hong Kong flu cases at the clinic.", "Hong Kong")
    assert not _flu("Wards filled as Hong Kong flu numbers rose.", "Hong Kong")
    # Closing its phrase alone ("the X flu, which ...") is this season's flu there; a naming cue makes the pandemic.
    assert not _flu("a nurse who caught the Hong Kong flu, which then spread", "Hong Kong")
    assert _flu("a nurse who caught what was called the Hong Kong flu, which then spread", "Hong Kong")
    assert _flu("the Hong Kong flu pandemic", "Hong Kong")


@pytest.mark.parametrize("text", [
    "In 1968 a nurse caught the Hong Kong flu, which then spread.",
    "The Hong Kong flu killed a million people worldwide in 1968.",
    "The Hong Kong flu, which first appeared in 1968, killed a million people.",
])
def test_a_dated_past_names_the_pandemic_even_for_a_name_held_as_a_country(gaz, text):
    """Hong Kong is held as a country, and a year told in the flu's own sentence ("in 1968") is history for a
    country's name as for a town's: the pandemic, not the place."""
    assert "Hong Kong" not in found_names(gaz, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The Texas flu is spreading and officials fear a pandemic.", "Texas"),
    ("The Texas flu is spreading, with 1900 cases in Houston.", "Texas"),
    ("Officials said the Hong Kong flu killed 1850 people in Kowloon this winter.", "Hong Kong"),
    ("The Hong Kong flu is spreading this winter, the worst since 1997, officials said.", "Hong Kong"),
])
def test_a_count_a_year_after_since_or_a_feared_pandemic_names_no_flu_pandemic(gaz, text, name):
    """The history cue is tied to the flu's name: a number counting people or cases, "since" a year, or a
    pandemic feared elsewhere in the sentence leave this season's flu in the place."""
    assert name in locational_names(gaz, text)
    assert not _flu(text, name)


def test_a_year_before_the_name_or_a_pandemic_in_apposition_names_the_pandemic(gaz):
    assert "Hong Kong" not in found_names(gaz, "Historians compared it with the 1957 Hong Kong flu.")
    assert _flu("Doctors recalled the Hong Kong flu, the pandemic that emptied schools.", "Hong Kong")


# -- provinces before a merger ---------------------------------------------------------------------------------------

def test_vietnam_provinces_from_before_the_merger_are_still_vietnamese(gaz):
    text = "Dengue cases rose in Binh Phuoc, Long An and Ben Tre, the Vietnamese health ministry said."
    assert [c for n, c in located(gaz, text) if n in ("Binh Phuoc", "Long An", "Ben Tre")] == ["VN"] * 3
    # The province each joined, not a Vietnamese stand-in for a name the gazetteer lacks.
    assert toponym(gaz, text, "Binh Phuoc").place.admin1 == "Dong Nai"
    assert toponym(gaz, text, "Long An").place.admin1 == "Tay Ninh"


# -- a neighbour asked to act --------------------------------------------------------------------------------------

def test_a_neighbouring_country_asked_to_act_is_its_government(gaz):
    text = "The ministry has asked neighbouring Namibia to watch the river banks on its side."
    assert "Namibia" not in locational_names(gaz, text)
    assert "Chad" in locational_names(gaz, "Thousands of families fled to neighbouring Chad last year.")


# -- a name joined to a noun by "and" ------------------------------------------------------------------------------

def test_a_place_joined_by_and_to_a_head_noun_modifies_nothing(gaz):
    text = "The agency is sending doctors from Lusaka and equipment from its depot in Ndola."
    assert locational_names(gaz, text) == ["Lusaka", "Ndola"]
    assert "Lusaka" not in locational_names(gaz, "Lusaka tourism authorities closed the park for a week.")


# -- "the Gulf" written bare, seen from the lands that send it workers and aid --------------------------------------

def test_the_gulf_from_the_horn_of_africa_and_south_asia_is_the_persian_gulf(gaz):
    text = "Donors in East Africa and the Gulf have pledged little, aid workers in Mogadishu and Baidoa said."
    assert toponym(gaz, text, "Gulf").place.name == "Persian Gulf"
    text = "Remittances from nurses in the Gulf fell, bankers in Kochi and Thiruvananthapuram said."
    assert toponym(gaz, text, "Gulf").place.name == "Persian Gulf"


def test_the_gulf_far_from_both_seas_keeps_its_own_reading(gaz):
    text = "Floods hit Kerema, and roads in the Gulf were cut off from Port Moresby for a week."
    assert toponym(gaz, text, "Gulf").place.country_code == "PG"


def test_a_country_point_does_not_carry_the_gulf_to_the_far_sea(gaz):
    text = ("Sales of cheese from Bologna rose in the United States, and buyers from China and the Gulf placed "
            "record orders at the fair in Modena.")
    assert toponym(gaz, text, "Gulf").place.name != "Gulf of Mexico"


def test_buyers_from_china_and_the_gulf_at_an_italian_fair_are_from_the_persian_gulf(gaz):
    text = ("Sales of cheese from Bologna rose in the United States, and buyers from China and the Gulf placed "
            "record orders at the fair in Modena.")
    assert toponym(gaz, text, "Gulf").place.name == "Persian Gulf"


# -- review of the batch: each rule kept to its class -------------------------------------------------------------

def test_a_town_before_respiratory_ward_or_infections_stays_the_town(gaz):
    """Only the whole name of a disease ("respiratory syndrome", "haemorrhagic fever") makes the place before it
    part of the disease; a ward, a clinic or infections "respiratory" describes are the town's, and so are the
    town's later mentions."""
    text = ("Nurses at the Eldoret respiratory ward went on strike. Traders in Eldoret market said sales were slow, "
            "and Eldoret schools closed.")
    assert locational_names(gaz, text).count("Eldoret") == 3
    assert located(gaz, "Surabaya respiratory infections climbed during the smoke season.") == [("Surabaya", "ID")]
    assert located(gaz, "The ministry confirmed a case of Middle East respiratory syndrome in Jeddah.") == [
        ("Jeddah", "SA")]


def test_this_seasons_flu_in_a_place_keeps_the_place(gaz):
    """"epidemic" and a verb after "the X flu" are how news writes of flu there now; only a naming cue (a year of
    the past, "pandemic", "known as", "called") makes it a historic pandemic's name."""
    assert ("Manitoba", "CA") in located(gaz, "Clinics are coping with the Manitoba flu epidemic this winter.")
    text = "Doctors said the Hong Kong flu is spreading quickly across Sha Tin this season."
    assert "Hong Kong" in locational_names(gaz, text)
    assert ("Guangdong", "CN") in located(gaz, "The Guangdong flu had peaked by April, doctors in Shenzhen said.")
    assert not _flu("Wards filled as the Hong Kong flu epidemic spread.", "Hong Kong")
    assert not _flu("Doctors said the Hong Kong flu is spreading quickly.", "Hong Kong")


def test_the_flu_name_reads_the_same_at_the_end_of_the_text():
    assert _flu("They blamed the Hong Kong flu", "Hong Kong") == _flu("They blamed the Hong Kong flu.", "Hong Kong")
    assert not _flu("They blamed the Hong Kong flu.", "Hong Kong")
    assert _flu("Grandparents described the pandemic they called the Hong Kong flu.", "Hong Kong")
    assert _flu("Grandparents described what they called the Hong Kong flu", "Hong Kong")


def test_the_gulf_from_lands_that_send_workers_there_is_the_persian_gulf(gaz):
    """Bangladesh's, the Philippines' and Uganda's news mean the Persian Gulf by "the Gulf", however far their
    towns lie from it."""
    for text in ("Migrant labourers in the Gulf sent less money home to Chittagong and Khulna this year.",
                 "Domestic workers in the Gulf wired money to families in Davao and Iloilo before Christmas.",
                 "Porters in the Gulf sent money to Gulu and Jinja."):
        assert toponym(gaz, text, "Gulf").place.name == "Persian Gulf", text


_LOCAL_GULFS = (("Shrimp trawlers in the Gulf landed their catch at Guaymas and Hermosillo.", "MX"),
                ("Ferries in the Gulf carried pilgrims from Kalamata to Itea and Galaxidi.", "GR"))


@pytest.mark.parametrize(("text", "country"), _LOCAL_GULFS)
def test_a_local_gulf_is_not_sent_to_a_far_sea(gaz, text, country):
    """Mexico's Pacific coast and Greece have gulfs of their own: a story there far from both seas is not moved
    to either (what it is read as instead is the next test's matter)."""
    assert toponym(gaz, text, "Gulf").place.name not in ("Gulf of Mexico", "Persian Gulf")


@pytest.mark.parametrize(("text", "country"), _LOCAL_GULFS)  # read by bare_gulf.LOCAL_GULFS since round 25
def test_a_local_gulf_is_the_gulf_of_the_storys_own_coast(gaz, text, country):
    assert toponym(gaz, text, "Gulf").place.country_code == country


@pytest.mark.parametrize("text", [
    "Canadian fishermen in the Gulf sold their lobster catch to buyers in India.",
    "Crab boats in the Gulf landed at Souris and Charlottetown before the catch was flown to India.",
    "Barramundi boats in the Gulf docked at Weipa and Normanton, and the fish went to Indonesia.",
])
def test_a_market_in_the_listed_lands_does_not_carry_a_story_from_elsewhere_to_the_persian_gulf(gaz, text):
    """The story is placed by its towns and divisions, most of which must lie in the lands whose press means the
    Persian Gulf: a country named as a buyer is a market, not the story's ground."""
    p = toponym(gaz, text, "Gulf").place
    assert p is None or p.name != "Persian Gulf", p


@pytest.mark.parametrize("text", ["Divers in the Gulf near Davao found bleached coral on Monday.",
                                  "The coast guard patrolled the Gulf of Tomini near Gorontalo."])
def test_a_listed_lands_own_gulf_is_not_the_persian_gulf(gaz, text):
    """The Philippines and Indonesia have gulfs of their own: "the Gulf near Davao" is placed by the town beside
    it, and "the Gulf of Tomini" is a gulf's name, "of" and all."""
    assert toponym(gaz, text, "Gulf").place.name != "Persian Gulf"


def test_migrant_workers_in_the_gulf_from_a_town_in_the_listed_lands_still_mean_the_persian_gulf(gaz):
    text = "Drivers in the Gulf wired savings to Kathmandu and Pokhara this month."
    assert toponym(gaz, text, "Gulf").place.name == "Persian Gulf"


def test_a_country_and_its_officials_agreeing_is_the_government(gaz):
    """"and" stops the modifier reading only where the noun after it is a thing of its own place ("equipment
    from its depot"); "Malawi and government officials signed" joins the country to the officials as signers."""
    assert "Malawi" not in locational_names(gaz, "Malawi and government officials signed the accord on Monday.")
    text = "The agency is sending doctors from Lusaka and equipment from its depot in Ndola."
    assert locational_names(gaz, text) == ["Lusaka", "Ndola"]


def test_a_country_and_officials_at_their_office_is_the_government(gaz):
    """Only "from" gives the noun after "and" a place of its own; "officials at the ministry" are at their office,
    and the country beside them acts with them."""
    assert "Ghana" not in locational_names(gaz, "Ghana and officials at the ministry agreed the budget.")
    text = "The charity is sending doctors from Harare and equipment from its depot in Bulawayo."
    assert locational_names(gaz, text) == ["Harare", "Bulawayo"]


def test_a_story_placed_only_by_countries_of_the_gulf_press_reads_the_persian_gulf(gaz):
    """With no town or division to weigh, the countries named decide: workers from India and Nepal "in the Gulf"
    are in the Persian Gulf, not in Papua New Guinea's province."""
    t = toponym(gaz, "Labourers from Nepal and India in the Gulf sent more money home this year.", "Gulf")
    assert t is not None and (t.place or t.fallback).country_code != "PG"
