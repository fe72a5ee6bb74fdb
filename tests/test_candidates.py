"""Which sentences are parsed: every sentence with a strong event cue, and a sentence whose cues are all
weak only when something cheap to find argues that it reports an act (an entity, a place, a count near the
cue, a date). No spaCy here: the selection exists so that the parse can be skipped."""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract.cues import (
    find_matches,
    has_argument,
    has_count_near_cue,
    has_strong_cue,
    load_candidate_policy,
    parse_candidate_policy,
)
from eventwatch.extract.cues_lexicon import LexiconError, load_lexicon
from eventwatch.extract.mentions import candidate_sentences, cue_positions
from eventwatch.model import Sentence, Toponym
from eventwatch.nlp.rule_sentences import RuleSplitter
from eventwatch.nlp import split_sentences

PUBLISHED = datetime(2024, 5, 3, 12, 0)


def _candidates(text: str, toponyms=(), published_at=None) -> list[str]:
    cues = cue_positions(text)
    sentences = split_sentences(RuleSplitter(), text, only_at=cues)
    return [s.text for s in candidate_sentences(text, sentences, cues, toponyms=list(toponyms),
                                                published_at=published_at)]


@pytest.fixture(scope="module")
def policy():
    return load_candidate_policy()


def test_a_strong_cue_makes_a_candidate_on_its_own(policy):
    text = "An airstrike was reported."
    assert has_strong_cue(find_matches(text), policy)
    assert _candidates(text) == [text]


def test_a_weak_cue_alone_is_not_parsed(policy):
    text = "The meeting ran late and went well."
    assert cue_positions(text), "the sentence does hold a (weak) cue"
    assert not has_strong_cue(find_matches(text), policy)
    assert _candidates(text) == []


def test_a_weak_cue_with_an_actor_is_parsed(policy):
    text = "Police took control of the square."
    matches = find_matches(text)
    assert not has_strong_cue(matches, policy) and has_argument(matches, policy)
    assert _candidates(text) == [text]


def test_a_weak_cue_with_a_place_the_geoparser_found_is_parsed():
    text = "The hill was taken near Ardenvale."
    start = text.index("Ardenvale")
    place = Toponym(start, start + len("Ardenvale"), "Ardenvale")
    assert _candidates(text) == []
    assert _candidates(text, [place]) == [text]


def test_a_place_does_not_bring_in_a_sentence_no_parse_could_make_an_event_of():
    """A meeting in a named town: no rule can score it as an event, it counts no one harmed, gives no date."""
    text = "The meeting ran late in Ardenvale."
    start = text.index("Ardenvale")
    assert _candidates(text, [Toponym(start, start + len("Ardenvale"), "Ardenvale")]) == []


def test_a_place_used_as_an_actor_is_not_a_signal():
    text = "The hill was taken with Ardenvale."
    start = text.index("Ardenvale")
    assert _candidates(text, [Toponym(start, start + 9, "Ardenvale", locational=False)]) == []


def test_a_count_near_the_cue_is_a_signal_and_a_distant_one_is_not(policy):
    near = "Afterwards 212 died."
    assert has_count_near_cue(near, find_matches(near), policy)
    assert _candidates(near) == [near]
    far = ("It is 2 kilometres long, runs past quiet orchards and vineyards and old farmhouses, "
           "and ends where the meeting hall stands.")
    assert not has_count_near_cue(far, find_matches(far), policy)


def test_a_dated_weak_sentence_stays_because_assembly_lends_its_date():
    text = "The meeting took place on Tuesday."
    assert _candidates(text) == []  # no publication date: "Tuesday" cannot be resolved
    assert _candidates(text, published_at=PUBLISHED) == [text]


def test_selection_keeps_document_order_and_offsets():
    text = ("The meeting ran late and went well. "
            "Gunmen killed four villagers near the river on Monday. Police took control of the square.")
    cues = cue_positions(text)
    sentences = split_sentences(RuleSplitter(), text, only_at=cues)
    chosen = candidate_sentences(text, sentences, cues, published_at=PUBLISHED)
    assert [s.text for s in chosen] == ["Gunmen killed four villagers near the river on Monday.",
                                        "Police took control of the square."]
    assert all(text[s.start:s.end] == s.text for s in chosen)


def test_sentences_without_any_cue_are_never_candidates():
    text = "Police and soldiers stood at 14 corners of Ardenvale on Monday."
    sentences = [Sentence(0, len(text), text)]
    assert candidate_sentences(text, sentences, [], published_at=PUBLISHED) == []


def test_the_policy_file_is_validated_against_the_lexicon_classes():
    classes = load_lexicon().classes
    good = {"strong_label_weight": 3, "strong_frame_weight": 5, "number_window": 40,
            "argument_classes": ["STATE"], "people_classes": ["CIVILIAN"]}
    assert parse_candidate_policy(good, classes).argument_classes == {"STATE"}
    with pytest.raises(LexiconError, match="ARMY"):
        parse_candidate_policy({**good, "argument_classes": ["ARMY"]}, classes)
    with pytest.raises(LexiconError, match="strong_frame_weight"):
        parse_candidate_policy({**good, "strong_frame_weight": 0}, classes)
    with pytest.raises(LexiconError, match="number_window"):
        parse_candidate_policy({**good, "number_window": -1}, classes)


def test_weak_terms_of_one_label_add_up_to_a_strong_cue(policy):
    """The classifier sums a label's evidence, so two weak terms for one label can make an event."""
    one = "Smoke was seen."
    two = "Smoke was seen over the warehouse and smoke kept rising."
    assert not has_strong_cue(find_matches(one), policy)
    assert has_strong_cue(find_matches(two), policy)
    assert _candidates(two) == [two]


def _selected(text: str, published_at=PUBLISHED) -> tuple[list[str], list[str]]:
    from eventwatch.extract.mentions import select_candidates

    cues = cue_positions(text)
    sentences = split_sentences(RuleSplitter(), text, only_at=cues)
    chosen, unparsed = select_candidates(text, sentences, cues, published_at=published_at)
    return [s.text for s in chosen if s.start not in unparsed], [s.text for s in chosen if s.start in unparsed]


def test_a_dated_sentence_that_cannot_be_an_event_lends_its_date_without_a_parse():
    parsed, unparsed = _selected("The delegation held a meeting on 2 May. Gunmen killed four villagers near the well.")
    assert unparsed == ["The delegation held a meeting on 2 May."]
    assert parsed == ["Gunmen killed four villagers near the well."]


def test_a_dated_sentence_whose_background_test_reads_the_parse_is_parsed():
    # a period running up to now, no day of its own: only the parse tells a perfect tense
    parsed, unparsed = _selected("Since 2011 the delegation has held a meeting every year in May.")
    assert unparsed == [] and parsed == ["Since 2011 the delegation has held a meeting every year in May."]
