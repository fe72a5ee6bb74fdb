"""A state capital stands for its state's government where only a government can be meant."""
from conftest import toponym

from eventwatch.geo.derive import read_tsv
from eventwatch.geo.state_capitals import STATE_CAPITALS_FILE


def test_every_listed_capital_resolves_in_its_division(gaz):
    from eventwatch.geo.normalise import normalise

    missing = [name for cc, admin1, name in read_tsv(STATE_CAPITALS_FILE)
               if not any(c.admin1 == admin1 and c.feature_code.startswith("PPL")
                          and normalise(c.name) == normalise(name) for c in gaz.lookup(name, country=cc))]
    assert missing == []


def test_a_small_state_capital_asked_for_money_is_the_government(gaz):
    t = toponym(gaz, "Township supervisors in Dauphin County plan to ask Harrisburg for more bridge money.",
                "Harrisburg")
    assert not t.locational


def test_a_small_state_capital_travelled_to_stays_a_place(gaz):
    t = toponym(gaz, "The band will drive to Harrisburg for the farm show next month.", "Harrisburg")
    assert t.locational
