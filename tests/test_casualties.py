"""Casualty counts: what a careful coder would record from one sentence, conservatively, never twice."""
import pytest

from eventwatch.extract.casualties import find_casualties, parse_quantity
from eventwatch.model import Sentence


def casualties(text, offset=0):
    return find_casualties(Sentence(offset, offset + len(text), text), document_id="doc-1")


def q(c, kind):
    quantity = getattr(c, kind)
    return None if quantity is None else (quantity.low, quantity.best, quantity.high)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("1,200", (1200, 1200, 1200)),
        ("thirty-two", (32, 32, 32)),
        ("two hundred and fifty", (250, 250, 250)),
        ("a dozen", (12, 12, 12)),
        ("half a dozen", (6, 6, 6)),
        ("between 32 and 60", (32, 32, 60)),
        ("32-60", (32, 32, 60)),
        ("32 to 60", (32, 32, 60)),
        ("at least 14", (14, 14, None)),
        ("more than 100", (100, 100, None)),
        ("nearly 100", (None, 100, 100)),
        ("up to 60", (None, 60, 60)),
        ("some 500", (None, 500, None)),
        ("1.5 million", (1_500_000, 1_500_000, 1_500_000)),
    ],
)
def test_figures_are_read_into_ranges(phrase, expected):
    assert parse_quantity(phrase) == expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("tens", (10, 10, 99)),
        ("dozens", (12, 12, 99)),
        ("scores", (20, 20, 99)),
        ("hundreds", (100, 100, 999)),
        ("thousands", (1000, 1000, 9999)),
        ("tens of thousands", (10_000, 10_000, 99_999)),
        ("hundreds of thousands", (100_000, 100_000, 999_999)),
        ("several", (3, 3, 9)),
        ("a few", (2, 2, 9)),
    ],
)
def test_each_vague_quantifier_takes_the_conservative_best(word, expected):
    assert parse_quantity(word) == expected


def test_a_range_of_killed_civilians_keeps_both_bounds_and_the_group():
    c = casualties("Assad's gangs shelled the old market, killing between 32 and 60 civilians.")
    assert q(c, "killed") == (32, 32, 60)
    assert c.killed.group == "civilians"
    assert c.killed.raw == "between 32 and 60 civilians"


def test_evidence_offsets_are_absolute_in_the_document():
    text = "The strike killed 5 people."
    c = casualties(text, offset=1000)
    ev = c.killed.evidence
    assert (ev.start, ev.end, ev.text, ev.field) == (1018, 1026, "5 people", "killed")
    assert ev.sentence_start == 1000 and ev.document_id == "doc-1"


def test_vague_displacement_in_the_passive():
    assert q(casualties("Tens of thousands were displaced by the offensive."), "displaced") == (10_000, 10_000, 99_999)


def test_forced_to_flee_counts_as_displaced():
    assert q(casualties("The bombing forced hundreds of families to flee their homes."), "displaced") == (100, 100, 999)


def test_displaced_families_keep_their_unit():
    c = casualties("The floods of shelling ended up displacing 500 families in the valley.")
    assert q(c, "displaced") == (500, 500, 500)
    assert c.displaced.group == "families" and c.displaced.raw == "500 families"


def test_killed_and_injured_in_one_clause():
    c = casualties("The car bomb exploded near a bakery, killing 5 and injuring 12.")
    assert q(c, "killed") == (5, 5, 5)
    assert q(c, "injured") == (12, 12, 12)


def test_number_words_and_participles():
    c = casualties("Thirty-two people have lost their lives and dozens were wounded.")
    assert q(c, "killed") == (32, 32, 32)
    assert q(c, "injured") == (12, 12, 99)


def test_death_toll_noun_form():
    assert q(casualties("The death toll from the raid rose to 14 on Saturday."), "killed") == (14, 14, 14)


def test_dead_and_wounded_as_adjectives():
    c = casualties("Clashes left 7 fighters dead and 11 wounded.")
    assert q(c, "killed") == (7, 7, 7) and c.killed.group == "fighters"
    assert q(c, "injured") == (11, 11, 11)


def test_arrests_and_kidnappings():
    assert q(casualties("Security forces arrested 23 students at the university."), "detained") == (23, 23, 23)
    assert q(casualties("Gunmen kidnapped three aid workers on the highway."), "abducted") == (3, 3, 3)


def test_a_subtotal_is_not_added_to_its_total():
    c = casualties("Five civilians, including two children, were killed in the shelling.")
    assert q(c, "killed") == (5, 5, 5)
    c = casualties("Fighters killed 10 villagers, 4 of them women, and wounded several others.")
    assert q(c, "killed") == (10, 10, 10)
    assert q(c, "injured") == (3, 3, 9)


def test_counts_under_one_verb_are_summed():
    assert q(casualties("The shelling killed 5 civilians and 3 soldiers."), "killed") == (8, 8, 8)
    assert q(casualties("4 policemen and 2 civilians were killed in the ambush."), "killed") == (6, 6, 6)


def test_a_sentence_that_restates_a_running_total_keeps_its_own_figure():
    c = casualties("The attack killed 5, bringing the death toll to 40.")
    assert q(c, "killed") == (5, 5, 5)


def test_a_family_of_five():
    assert q(casualties("A drone strike hit a car, killing a family of five."), "killed") == (5, 5, 5)


def test_single_people_count_as_one():
    c = casualties("A child was killed and his mother was injured.")
    assert q(c, "killed") == (1, 1, 1)
    assert q(c, "injured") == (1, 1, 1)


def test_no_casualties_records_zero():
    c = casualties("There were no casualties.")
    assert q(c, "killed") == (0, 0, 0) and q(c, "injured") == (0, 0, 0)
    assert q(casualties("No one was hurt in the explosion."), "injured") == (0, 0, 0)


def test_ambiguous_casualties_are_not_counted_as_deaths():
    c = casualties("At least 30 people were killed or injured in the blast.")
    assert c.killed is None and c.injured is None


def test_dates_times_ages_and_things_are_not_counted():
    c = casualties("On 3 March 2021 at 5 pm, 12 rockets hit the town and a 10-year-old boy was wounded.")
    assert c.killed is None
    assert q(c, "injured") == (1, 1, 1)
