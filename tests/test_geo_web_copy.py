"""Web copy of the GeoWebNews kind (news probe batch 18): opinion pieces where capitals act behind asides and
in clauses joined to a list, business copy that reports figures by market, and a town's own people.

Each test is a specification: an invented sentence and the reading it must get.
"""
from __future__ import annotations

from conftest import toponym


def test_a_capital_acts_behind_an_adverb_set_off_by_commas(gaz):
    t = toponym(gaz, "Madrid, meanwhile, worries that the deal will hurt its olive growers.", "Madrid")
    assert not t.locational


def test_a_country_acts_behind_a_phrase_and_an_adverb_of_manner(gaz):
    t = toponym(gaz, "Sweden, outside the euro, quietly sets its own interest rates.", "Sweden")
    assert not t.locational


def test_a_town_described_by_an_aside_keeps_its_ground(gaz):
    t = toponym(gaz, "Nairobi, meanwhile, sprawls across the plains every year.", "Nairobi")
    assert t.locational


def test_a_place_that_an_aside_describes_and_that_offers_something_stays_a_place(gaz):
    t = toponym(gaz, "Coimbra, with its old university, makes an easy stop on the way to Porto.", "Coimbra")
    assert t.locational


def test_a_capital_that_questions_or_caps_is_its_government(gaz):
    assert not toponym(gaz, "Growers call it a policy that Brussels has questioned for years.", "Brussels").locational
    assert not toponym(gaz, "Residents asked for limits, and Athens has capped arrivals at 8,000 a day.",
                       "Athens").locational


def test_a_name_after_comma_and_opens_a_clause_not_the_list_of_the_town_before_it(gaz):
    text = "Day-trippers filled the hill town of Oia, and Athens has capped arrivals at 6,000 a day."
    assert toponym(gaz, text, "Oia").locational
    assert not toponym(gaz, text, "Athens").locational


def test_towns_after_a_country_and_a_comma_open_a_clause_when_a_verb_follows_them(gaz):
    text = "When the treasury barred sales of the parts to Cuba, Ottawa and Tokyo were pressed to follow."
    assert toponym(gaz, text, "Cuba").locational
    assert not toponym(gaz, text, "Tokyo").locational


def test_a_list_after_a_preposition_stays_literal_before_its_verb(gaz):
    text = "Leaders in Chad, Cameroon and Nigeria said the talks would go on."
    assert all(toponym(gaz, text, n).locational for n in ("Chad", "Cameroon", "Nigeria"))


def test_markets_that_lead_a_change_in_a_figure_are_places(gaz):
    text = "Sales in the Americas rose 9% in the quarter, led by Mexico and Brazil, while sales in Asia fell."
    assert toponym(gaz, text, "Mexico").locational
    assert toponym(gaz, text, "Brazil").locational


def test_a_coalition_led_by_a_country_is_still_its_government(gaz):
    assert not toponym(gaz, "A coalition led by Saudi Arabia struck the port again.", "Saudi Arabia").locational


def test_the_fishermen_of_a_town_place_it(gaz):
    t = toponym(gaz, "The fishermen of Peterhead say the quota cuts came too late.", "Peterhead")
    assert t.locational and t.place is not None and t.place.country_code == "GB"
