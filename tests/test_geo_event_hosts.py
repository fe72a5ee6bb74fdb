"""A country or a capital that hosts a gathering is its host, not ground: "Fiji will host next year's summit
in Suva" names Suva as the place and Fiji as the government that invites. A country that hosts people
("hosts a million refugees") is still where they are. Sentences invented for these tests."""
from conftest import locational_names
from eventwatch.geo.event_hosts import hosts_gathering


def test_a_country_that_will_host_a_meeting_is_its_host(gaz):
    text = "Ministers ended their talks on fishing quotas, and Fiji will host next year's summit in Suva."
    assert locational_names(gaz, text) == ["Suva"]


def test_a_country_that_hosted_a_tournament_is_its_host(gaz):
    text = "Years after Uruguay hosted the first championship, the football body chose a new format in Zurich."
    assert "Uruguay" not in locational_names(gaz, text)


def test_a_country_that_hosts_refugees_is_where_they_live(gaz):
    text = "Aid groups say Chad hosts more than a million refugees in camps near the eastern border."
    assert "Chad" in locational_names(gaz, text)


def test_the_gathering_must_follow_the_verb_closely():
    assert hosts_gathering("Kenya is to host talks", 5)
    assert hosts_gathering("Peru hosted the regional leaders' summit", 4)
    assert not hosts_gathering("Jordan hosts thousands of families who fled the war and later held talks", 6)
