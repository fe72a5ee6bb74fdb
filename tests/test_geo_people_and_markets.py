"""A people's compound ("the Tamil-majority north") names no place, and a street that names a stock market
("Stocks on Wall Street fell") is the market where the sentence speaks of trading. Sentences invented for
these tests."""
from conftest import found_names, locational_names


def test_a_name_before_majority_is_a_people_not_a_place(gaz):
    text = "Voters in the Tamil-majority districts of the north queued outside schools in Vavuniya at dawn."
    assert found_names(gaz, text) == ["Vavuniya"]


def test_a_name_before_speaking_is_a_language_not_a_place(gaz):
    text = "Hausa-speaking traders from Kano sold grain at the market in Zaria on Monday."
    assert locational_names(gaz, text) == ["Kano", "Zaria"]


def test_a_market_street_in_a_sentence_about_shares_is_the_market(gaz):
    text = "Shares on Wall Street slipped on Tuesday after the central bank kept rates on hold in Frankfurt."
    assert locational_names(gaz, text) == ["Frankfurt"]


def test_a_market_street_walked_down_is_a_street(gaz):
    text = "Tourists walked down Wall Street to the ferry terminal on a sunny afternoon."
    assert "Wall Street" in locational_names(gaz, text)
