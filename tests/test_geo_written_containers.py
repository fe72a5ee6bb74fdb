"""A country written after a town it holds ("in Kingston, Jamaica") is where the town is, not a government."""
from conftest import toponym


def test_a_container_after_a_firmly_placed_town_stays_literal_across_a_long_aside(gaz):
    text = ("The drummer who took the sound of his youth in Kingston, Jamaica, into the dance halls of "
            "Manchester, has died aged 79.")
    assert toponym(gaz, text, "Jamaica").locational


def test_a_country_after_a_town_it_does_not_hold_may_still_act(gaz):
    text = "Talks in Geneva, Iran said on Friday, would resume next week."
    assert not toponym(gaz, text, "Iran").locational
