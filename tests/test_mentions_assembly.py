"""How a document's sentences become event mentions: one mention per event a careful coder would code.

Every document here is written for this test: invented reports about real towns, dated against a
publication day (Wednesday 5 February 2020).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.model import Document
from eventwatch.pipeline import process

PUBLISHED = datetime(2020, 2, 5, 12, 0)


def report(text: str, title: str | None = None) -> Document:
    body = f"{title}\n\n{text}" if title else text
    return Document(id=f"t{abs(hash(body)) % 10**8}", sha256="0" * 64, raw=body.encode(), text=body,
                    title=title, publisher="Test Monitor", published_at=PUBLISHED, language="en")


@pytest.fixture(scope="module")
def mentions_of(resources):
    def run(text: str, title: str | None = None):
        return process(resources, report(text, title))
    return run


def killed(m):
    return m.casualties.killed.best if m.casualties.killed else None


def test_a_toll_sentence_after_an_attack_is_part_of_that_attack(mentions_of):
    ms = mentions_of("Artillery shells hit the town of Sarmin on Monday morning. "
                     "Five civilians were killed and eight others were wounded.")
    assert len(ms) == 1
    assert killed(ms[0]) == 5 and ms[0].casualties.injured.best == 8


def test_people_fleeing_an_attack_are_told_as_part_of_it(mentions_of):
    ms = mentions_of("Government forces shelled the town of Binnish on Monday, killing two men. "
                     "The bombardment forced hundreds of families to leave their homes.")
    assert len(ms) == 1
    assert ms[0].casualties.displaced is not None


def test_a_follow_up_with_no_date_of_its_own_is_not_split_by_an_inherited_date(mentions_of):
    ms = mentions_of("Warplanes bombed a bakery in Sarmin, killing four civilians. "
                     "The airstrike on Monday also wounded nine people, rescuers said.")
    assert len(ms) == 1
    assert ms[0].date == "2020-02-03"
    assert ms[0].casualties.injured.best == 9


def test_the_same_town_hit_on_two_different_days_is_two_events(mentions_of):
    ms = mentions_of("On Sunday, artillery shells hit the town of Atarib, killing a child. "
                     "On Tuesday, an airstrike hit Atarib again, killing three people.")
    assert [m.date for m in ms] == ["2020-02-02", "2020-02-04"]


def test_two_towns_hit_the_same_day_are_two_events(mentions_of):
    ms = mentions_of("On Monday, artillery shells hit Sarmin, killing two civilians. "
                     "In a separate attack the same day, an airstrike hit Binnish, killing three people.")
    assert len(ms) == 2
    assert {killed(m) for m in ms} == {2, 3}


def test_a_cumulative_toll_since_the_war_began_is_not_an_event(mentions_of):
    ms = mentions_of("On Monday, an airstrike hit a market in Sarmin, killing six people. "
                     "More than 3,000 civilians have been killed in the province since the war began.")
    assert len(ms) == 1
    assert killed(ms[0]) == 6


def test_a_toll_so_far_this_year_is_not_an_event(mentions_of):
    ms = mentions_of("At least 250 civilians have been killed in Idlib so far this year, the monitor said.")
    assert ms == []


def test_a_yearly_total_is_not_an_event(mentions_of):
    ms = mentions_of("In 2019, 1,400 civilians were killed by shelling and airstrikes in the governorate.")
    assert ms == []


def test_background_about_weeks_of_bombing_is_not_a_second_event(mentions_of):
    ms = mentions_of("An airstrike hit the centre of Sarmin on Tuesday, killing three people. "
                     "Government aircraft have been bombing towns along the highway for weeks.")
    assert len(ms) == 1
    assert ms[0].date == "2020-02-04"


def test_a_summary_that_the_next_sentences_break_down_is_not_a_third_event(mentions_of):
    ms = mentions_of("Attacks on two towns in Idlib killed seven civilians on Monday. "
                     "In Sarmin, artillery shells killed three people in the market. "
                     "In Binnish, an airstrike on a school killed four people.")
    assert sorted(killed(m) for m in ms) == [3, 4]


def test_a_headline_joins_the_event_the_body_tells(mentions_of):
    ms = mentions_of("Artillery shells hit a residential street in Atarib on Tuesday, killing three civilians.",
                     title="Shelling kills three in Atarib")
    assert len(ms) == 1
    assert ms[0].sentence_start == 0 and killed(ms[0]) == 3


def test_a_claim_of_responsibility_joins_the_attack_it_claims(mentions_of):
    ms = mentions_of("A car bomb exploded near a checkpoint in Azaz on Tuesday, killing six people. "
                     "The Islamic State group claimed responsibility for the bombing.")
    assert len(ms) == 1
    assert ms[0].event_type != "ATTRIB"
    assert any(a.name == "Islamic State" and a.role == "actor1" for a in ms[0].actors)


def test_a_call_for_action_is_not_an_event(mentions_of):
    ms = mentions_of("We call on all parties to stop the shelling of civilians and to allow aid into the camps.")
    assert ms == []


def test_a_denial_stays_apart_from_the_account_it_denies(mentions_of):
    ms = mentions_of("Rescuers said warplanes struck the market in Sarmin on Monday, killing five people. "
                     "The defence ministry denied that its aircraft had struck the market.")
    assert len(ms) == 2
    assert {m.modality for m in ms} & {"denied", "negated"}


def test_an_air_strike_told_after_a_report_of_arrests_is_an_event_of_its_own(mentions_of):
    ms = mentions_of("Security forces arrested five activists in Sarmin on Monday, relatives said. "
                     "Warplanes bombed a school on the edge of the town, killing two teachers.")
    assert [m.event_type for m in ms] == ["ARREST", "AIR_STRIKE"]


def test_an_attack_the_source_calls_separate_is_not_folded(mentions_of):
    ms = mentions_of("Artillery shells hit the market in Sarmin on Monday, killing three people. "
                     "In a separate incident, gunmen shot dead a shopkeeper.")
    assert len(ms) == 2


def test_a_country_adjective_on_a_place_noun_does_not_make_the_country_the_documents_place():
    from eventwatch.extract.mentions import _main_place
    from eventwatch.geo.literal_modifiers import CUE
    from eventwatch.model import Place, Toponym

    iraq = Place("Iraq", 33.0, 44.0, country_code="IQ", precision=6)
    mosul = Place("Mosul", 36.34, 43.13, country_code="IQ", precision=1)
    toponyms = [Toponym(10, 15, "Iraqi", iraq, cue=CUE), Toponym(28, 33, "Mosul", mosul, cue="of"),
                Toponym(90, 95, "Iraqi", iraq, cue=CUE)]  # "the Iraqi city of Mosul ... other Iraqi cities"
    assert _main_place(toponyms).name == "Mosul"
