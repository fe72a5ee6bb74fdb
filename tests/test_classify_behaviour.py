"""Event type classification, specified by the project's own snippets (tests/fixtures/classify/).

Each fixture row is a sentence written for this project that a careful ACLED coder would code with the
given label; the tests below add the rules that matter most for users (ACLED precedence, negation,
no-event sentences, evidence spans).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwatch.extract.classify import Classification
from eventwatch.extract.event_types import LABELS, family_of

FIXTURE = Path(__file__).parent / "fixtures" / "classify" / "snippets.tsv"


def _rows() -> list[tuple[str, str, str]]:
    with open(FIXTURE, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader)
        return [(r[0], r[1], r[2]) for r in reader]


@pytest.fixture(scope="module")
def fixture_results(classifier) -> dict[str, Classification]:
    rows = _rows()
    return {rid: result for (rid, _, _), result in zip(rows, classifier.classify_many([r[1] for r in rows]))}


def test_fixtures_cover_every_label():
    assert {label for _, _, label in _rows()} == set(LABELS)


@pytest.mark.parametrize("family", sorted({family_of(label) for label in LABELS}))
def test_each_family_is_coded_by_its_sub_event_type(family, fixture_results):
    rows = [r for r in _rows() if family_of(r[2]) == family]
    wrong = [(rid, fixture_results[rid].label, gold) for rid, _, gold in rows if fixture_results[rid].label != gold]
    assert not wrong, wrong


def test_air_strike_on_civilians_is_an_air_strike_not_an_attack(classifier):
    text = "Warplanes bombed a residential neighbourhood, killing 15 civilians including six children."
    assert classifier.classify(text).label == "AIR_STRIKE"


def test_attack_on_soldiers_is_a_battle_and_on_villagers_violence_against_civilians(classifier):
    assert classifier.classify("Gunmen attacked an army checkpoint at night, killing two soldiers.").label \
        == "ARMED_CLASH"
    assert classifier.classify("Gunmen attacked a village at night, killing two farmers.").label == "ATTACK"


def test_who_takes_a_town_decides_the_territorial_type(classifier):
    assert classifier.classify("Government troops retook the town after days of fighting.").label \
        == "GOV_REGAINS_TERIT"
    assert classifier.classify("Rebel fighters captured the town after days of fighting.").label \
        == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_how_a_protest_went_decides_its_type(classifier):
    base = "Students protested outside the university"
    assert classifier.classify(base + " and sang songs.").label == "PEACE_PROTEST"
    assert classifier.classify(base + "; police dispersed them with tear gas.").label == "PROTEST_WITH_INTER"
    assert classifier.classify(base + "; police shot dead four of them.").label == "FORCE_AGAINST_PROTEST"
    assert classifier.classify(base + " and hurled stones at police.").label == "VIOL_DEMONSTR"


def test_a_protest_grievance_is_not_the_event(classifier):
    text = "Hundreds rallied peacefully against police brutality and the killing of a student last year."
    assert classifier.classify(text).label == "PEACE_PROTEST"


def test_seized_weapons_are_disrupted_use_not_an_explosion(classifier):
    text = "Police seized two roadside bombs and a box of grenades from a car at a checkpoint."
    assert classifier.classify(text).label == "DISR_WEAP"


def test_claim_of_responsibility_outranks_the_attack_it_claims(classifier):
    text = "An armed group claimed responsibility for the car bomb that killed nine people in the capital."
    assert classifier.classify(text).label == "ATTRIB"


def test_arrest_of_smugglers_is_organised_crime(classifier):
    text = "Border police arrested four people smugglers transporting migrants in a lorry."
    assert classifier.classify(text).label == "ORG_CRIME"


def test_cues_are_character_spans_of_the_input(classifier):
    text = "A suicide bomber blew himself up at a checkpoint."
    result = classifier.classify(text)
    assert result.label == "SUIC_BOMB"
    assert result.cues and all(text[s:e] == t for s, e, t in result.cues)
    assert any("suicide bomber" in t for _, _, t in result.cues)
    assert 0.5 < result.confidence <= 1.0


def test_text_without_event_cues_is_no_event_and_falls_back_to_other(classifier):
    text = "The committee will publish its annual report on the economy next spring."
    assert classifier.is_event(text) is False
    result = classifier.classify(text)
    assert result.label in LABELS and result.label == "OTHER" and result.confidence == 0.0


def test_reported_events_are_events(classifier):
    assert classifier.is_event("Militants ambushed a police convoy near the border, killing three officers.")


def test_classify_many_agrees_with_classify(classifier):
    texts = [r[1] for r in _rows()[:6]]
    assert [c.label for c in classifier.classify_many(texts, batch_size=4)] == \
        [classifier.classify(t).label for t in texts]


def test_each_event_sentence_of_a_document_is_classified(classifier):
    document = (
        "The ministry held a press conference on Monday. "
        "Police arrested six activists outside the courthouse. "
        "Later, heavy rain caused floods that swept away dozens of homes in the valley."
    )
    mentions = classifier.classify_mentions(document)
    assert [m.classification.label for m in mentions] == ["ARREST", "NATURAL_DISASTER"]
    for m in mentions:
        assert document[m.start:m.end] == m.text
        assert all(document[s:e] == t for s, e, t in m.classification.cues)


def test_a_negated_cue_does_not_make_the_event(classifier):
    text = "Police did not use tear gas; the rally of 3,000 teachers ended peacefully."
    assert classifier.classify(text).label == "PEACE_PROTEST"
    assert classifier.is_event("The army did not recapture the town.") is False


def test_a_call_for_action_is_not_an_event(classifier):
    assert classifier.is_event("We demand international action to stop the bombing of civilians.") is False


def test_handing_a_place_over_is_a_transfer_but_handing_suspects_over_is_not(classifier):
    assert classifier.classify("The militia handed the airport over to the national army on Friday.").label \
        == "NON_VIOL_TERRIT_TRANSFER"
    assert classifier.classify("The suspects were handed over to the police for questioning.").label \
        != "NON_VIOL_TERRIT_TRANSFER"


def test_a_crowd_punishing_suspects_is_mob_violence_not_crime(classifier):
    text = "A crowd of residents set upon two suspected thieves and beat them unconscious."
    assert classifier.classify(text).label == "MOB_VIOL"


def test_empty_text_is_other_with_no_confidence(classifier):
    result = classifier.classify("")
    assert (result.label, result.confidence, result.cues) == ("OTHER", 0.0, [])


def _parsed(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]):
    """A sentence with a fixed parse, so the rule is tested whatever the parser's mood."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_a_clause_told_by_a_report_verb_after_it_is_as_central_as_a_main_clause():
    from eventwatch.extract.classify_roles import clause_factor

    # "Rebels clashed with troops, residents said": parsed now and then as an adverbial clause of "said"
    told = _parsed(["Rebels", "clashed", "with", "troops", ",", "residents", "said"],
                   [1, 6, 1, 2, 6, 6, 6], ["nsubj", "advcl", "prep", "pobj", "punct", "nsubj", "ROOT"],
                   ["rebel", "clash", "with", "troop", ",", "resident", "say"])
    # "... after rebels clashed with troops": a real adverbial clause stays less central
    after = _parsed(["Residents", "fled", "after", "rebels", "clashed", "with", "troops"],
                    [1, 1, 4, 4, 1, 4, 5], ["nsubj", "ROOT", "mark", "nsubj", "advcl", "prep", "pobj"],
                    ["resident", "flee", "after", "rebel", "clash", "with", "troop"])
    assert clause_factor(told[1])[0] == 1.0
    assert clause_factor(after[4])[0] < 1.0


def test_a_rights_group_named_amnesty_is_no_amnesty_but_an_amnesty_granted_is(classifier):
    told = "A shepherd told Amnesty International that soldiers shot his two brothers outside their house."
    assert classifier.classify(told).label == "ATTACK"
    assert classifier.classify("The president announced a general amnesty for rebels.").label == "AGREEMENT"


def test_kin_a_witness_names_as_victims_are_civilians(classifier):
    text = "Gunmen killed her husband and two sons on their farm."
    assert classifier.is_event(text) and classifier.classify(text).label == "ATTACK"
