"""The score bound that lets the candidate filter skip a parse: computed from the cue matches alone, it must
never be below the score the classifier's rules give the sentence after the parse, or an event sentence
would be lost unparsed. Checked here against the real rules on parsed sentences written for this test, and
on its own for what it lets through and what it rules out."""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract.classify import EVENT_MIN_SCORE
from eventwatch.extract.cues import find_matches, load_candidate_policy, parse_candidate_policy, score_bound
from eventwatch.extract.cues_lexicon import LexiconError, load_lexicon
from eventwatch.extract.mentions import candidate_sentences, cue_positions
from eventwatch.model import Toponym
from eventwatch.nlp import split_sentences
from eventwatch.nlp.rule_sentences import RuleSplitter

PUBLISHED = datetime(2024, 5, 3, 12, 0)

# Sentences that exercise each kind of rule: direct labels, attack and kill frames by victim, territory with
# and without a handover or withdrawal, seizures, arrests, protests turning violent, claims, deliveries,
# deployments, displacement, shelling exchanged, and weak cues that are no event at all.
SENTENCES = [
    "Gunmen killed six villagers in a raid on the market.",
    "Soldiers shot dead two rebels at a checkpoint.",
    "Two men died when their car overturned.",
    "The death of the mayor was announced.",
    "Helicopters struck the convoy and killed four fighters.",
    "Rebels captured the town after government troops withdrew.",
    "The militia handed the district over to the army under the ceasefire agreement.",
    "Troops pushed the insurgents out of the valley.",
    "Police seized rifles and ammunition from a warehouse.",
    "Police arrested twelve smugglers near the border.",
    "Protesters threw stones at police, who fired tear gas to disperse the crowd.",
    "Thousands of students marched peacefully through the capital.",
    "The group said its fighters carried out the bombing of the checkpoint.",
    "A man drove a truck packed with explosives into the gate.",
    "Youths threw a bomb at the patrol.",
    "The army sent more troops to the province.",
    "Hundreds of residents fled the village after the attack.",
    "The two sides exchanged mortar fire across the river.",
    "Inspectors found traces of chlorine in shells fired on the town.",
    "The hostages were released under a deal with the kidnappers.",
    "The meeting was held in the town hall.",
    "Officials took part in a meeting on the budget.",
    "The bodies were found near the road.",
    "The company is based in the capital and controls two ports.",
    "Talks were held on the withdrawal of foreign forces.",
    "The envoy was expelled after the diplomats met rebel leaders.",
    "A suspected thief was beaten by an angry crowd.",
    # the arson and stoning rules (extract/incendiary_attacks.py, extract/thrown_at_forces.py)
    "A chapel in Lecce was firebombed overnight, officers said.",
    "Arsonists firebombed a migrant shelter in Gera.",
    "Teenagers pelted soldiers with bricks in Lurgan.",
    "Youths hurled rocks at the police in Portadown.",
    "A flat in Bydgoszcz was attacked with a Molotov cocktail on Sunday.",
    "A man hurled a firebomb at a nurse in Tours.",
    "Two men threw a petrol bomb at a teahouse in Kunduz.",
]


@pytest.fixture(scope="module")
def classifier():
    from eventwatch.resources import Resources

    return Resources().load_all().classifier


@pytest.mark.parametrize("text", SENTENCES)
def test_the_bound_is_never_below_the_score_the_parsed_rules_give(classifier, text):
    doc = classifier.nlp(text)
    _, top = classifier._scores(text, doc).best()
    assert score_bound(text, find_matches(text)) >= top - 1e-9


def test_a_lone_weak_cue_cannot_reach_the_event_threshold():
    for text in ("The meeting was held in the town hall.", "The office is located on the main street."):
        assert score_bound(text, find_matches(text)) < EVENT_MIN_SCORE


def test_rules_that_need_an_entity_class_count_only_when_it_is_there():
    """'Found' only scores as a seizure of weapons or contraband: without either it adds nothing."""
    bodies = "The bodies were found near the road."
    weapons = "Rifles were found near the road."
    assert score_bound(bodies, find_matches(bodies)) < EVENT_MIN_SCORE
    assert score_bound(weapons, find_matches(weapons)) >= EVENT_MIN_SCORE


def test_rules_that_look_beyond_the_lexicon_count_their_irregular_verb_forms():
    """'Sent' is not a cue, but the deployment rule reads it from the lemma 'send'."""
    text = "The ministry sent troops to the meeting."
    without = "The ministry invited troops to the meeting."
    assert score_bound(text, find_matches(text)) >= score_bound(without, find_matches(without)) + 4.0


def _candidates(text: str, toponyms=(), published_at=None) -> list[str]:
    cues = cue_positions(text)
    sentences = split_sentences(RuleSplitter(), text, only_at=cues)
    return [s.text for s in candidate_sentences(text, sentences, cues, toponyms=list(toponyms),
                                                published_at=published_at)]


def _place(text: str, name: str) -> Toponym:
    start = text.index(name)
    return Toponym(start, start + len(name), name)


def test_a_sentence_the_parse_cannot_use_is_skipped_despite_its_signals():
    text = "Officials met at the meeting in Ardenvale."
    assert _candidates(text, [_place(text, "Ardenvale")]) == []


def test_a_toll_keeps_a_low_scoring_sentence_since_a_toll_can_make_it_an_event():
    text = "Two villagers died in Ardenvale."
    assert score_bound(text, find_matches(text)) < EVENT_MIN_SCORE
    assert _candidates(text, [_place(text, "Ardenvale")]) == [text]


def test_a_date_keeps_a_sentence_whose_date_assembly_may_lend():
    text = "The meeting was held in Ardenvale on Tuesday."
    assert _candidates(text, [_place(text, "Ardenvale")]) == []
    assert _candidates(text, [_place(text, "Ardenvale")], published_at=PUBLISHED) == [text]


def test_irregular_forms_are_validated():
    classes = load_lexicon().classes
    good = {"strong_label_weight": 3, "strong_frame_weight": 5, "number_window": 40,
            "argument_classes": ["STATE"], "people_classes": ["CIVILIAN"],
            "irregular_forms": {"Send": ["Sent"]}}
    assert parse_candidate_policy(good, classes).irregular_forms == {"send": ("sent",)}
    with pytest.raises(LexiconError, match="irregular_forms"):
        parse_candidate_policy({**good, "irregular_forms": {"send": []}}, classes)
    assert load_candidate_policy().irregular_forms["leave"] == ("left",)
