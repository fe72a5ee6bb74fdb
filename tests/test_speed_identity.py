"""Cheaper ways the candidate filter and the date reader do their work give exactly what the plain ways give:
the rule-word patterns skipped only where they cannot match, the date kinds found by each word once, and a
batch's cue sentences matched once each."""
from __future__ import annotations

import re

import pytest

from eventwatch.extract import cues as cue_module
from eventwatch.extract import dates as date_module
from eventwatch.extract.cues import CueFinder, _SentenceWords, rule_words, score_bound
from eventwatch.extract.cues_lexicon import load_lexicon

# Invented sentences: plain news prose, capitals, the four characters a case-insensitive pattern matches to
# an ASCII letter (İ ı ſ K), words glued to digits and underscores, hyphens, and no rule word at all.
SENTENCES = [
    "Militants pushed government forces out of the town on Tuesday, residents said.",
    "Rebels ousted the garrison and drove the soldiers from the hills.",
    "The army handed the checkpoint back to the local council after talks.",
    "A suicide bomber drove a car packed with explosives into the market.",
    "Gunmen threw a grenade and fled; drones and warplanes circled overhead.",
    "Villagers LEFT their homes as the militia SENT more fighters.",
    "Families abandoned the camp and departed before dawn.",
    "İNSURGENTS ousted the police; the ſoldiers ſent reinforcements.",
    "The Kelvin-sign \u212aILLED is no word, but \u212aicked-out troops were pushed out.",
    "Code names like drone_7 and 4drones or ousted2 are not the words.",
    "Heavy rain fell on the coast and the harvest was late this year.",
    "Protesters threw stones at police, who fired tear gas; the crowd dispersed.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_every_rule_word_pattern_answers_as_it_would_run_over_the_whole_sentence(text: str):
    words = rule_words()
    seen = _SentenceWords(text)
    for name in words.__dataclass_fields__:
        rx = getattr(words, name)
        assert seen.findall(rx) == rx.findall(text), name
        assert bool(seen.search(rx)) == bool(rx.search(text)), name


def test_the_skip_applies_only_to_lists_of_plain_ascii_words():
    # A list holding a form with a space or a non-ASCII letter is never skipped: it always runs as written.
    spaced = cue_module._forms_pattern(["set fire"], {})
    accented = cue_module._forms_pattern(["détruire"], {})
    assert spaced not in cue_module._FORMS and accented not in cue_module._FORMS
    assert _SentenceWords("they set fire to it").findall(spaced) == spaced.findall("they set fire to it")
    plain = cue_module._forms_pattern(["shell"], {})
    assert cue_module._FORMS[plain] >= {"shell", "shelled", "shelling", "shells"}


def test_a_pattern_runs_only_over_sentences_holding_one_of_its_words(monkeypatch):
    ran: list[str] = []

    class Spy:
        """A rule-word pattern that notes each time it is run."""

        def __init__(self, rx: re.Pattern):
            self.rx = rx

        def search(self, text):
            ran.append(text)
            return self.rx.search(text)

        def findall(self, text):
            ran.append(text)
            return self.rx.findall(text)

    ousting = rule_words().ousting_alone
    spy = Spy(ousting)
    monkeypatch.setitem(cue_module._FORMS, spy, cue_module._FORMS[ousting])
    quiet = "Heavy rain fell on the coast and the harvest was late this year."
    loud = "Rebels ousted the garrison."
    assert _SentenceWords(quiet).findall(spy) == [] and _SentenceWords(quiet).search(spy) is None
    assert ran == []
    assert _SentenceWords(loud).findall(spy) == ousting.findall(loud) == ["ousted"]
    assert ran == [loud]


def test_the_bound_of_a_sentence_is_what_the_plain_patterns_give(monkeypatch):
    finder = CueFinder(load_lexicon())
    plain = {text: score_bound(text, finder.matches(text)) for text in SENTENCES}
    monkeypatch.setattr(cue_module, "_FORMS", {})  # nothing skipped: every pattern runs over the sentence
    for text, bound in plain.items():
        assert score_bound(text, finder.matches(text)) == bound


def _kinds_one_by_one(text: str) -> set[str]:
    """Which date kinds may match, as first written: every kind checks each of its words itself."""
    folded = text.translate(date_module._IGNORECASE_TWINS).lower()
    has_digit = date_module._ANY_DIGIT.search(text) is not None
    return {kind for kind, needs in date_module._NEEDS.items()
            if any(has_digit if word == date_module._DIGIT else word in folded for word in needs)}


@pytest.mark.parametrize("text", SENTENCES + [
    "Shelling on 3 March 2021 killed two; a week ago, last month and yesterday were quiet.",
    "The strike came overnight, two days ago, and more is expected tomorrow or next week.",
    "Since 2011 fighting has displaced thousands; earlier this year the toll rose.",
    "THE RAID ON MONDAY MORNING", "Sept. 9 and the weekend of the 12th", "\u0130n January",
])
def test_the_date_kinds_a_sentence_may_hold_are_found_as_before(text: str):
    assert date_module._possible_kinds(text) == _kinds_one_by_one(text)



def _count_matching(monkeypatch) -> list[str]:
    """Record every text the cue finder really matches (a cache hit records nothing)."""
    calls: list[str] = []
    plain = CueFinder._matches

    def counted(self, text):
        calls.append(text)
        return plain(self, text)

    monkeypatch.setattr(CueFinder, "_matches", counted)
    return calls


def test_a_batch_of_documents_cue_sentences_is_matched_once_each(monkeypatch):
    calls = _count_matching(monkeypatch)
    finder = CueFinder(load_lexicon())
    # Sixteen documents (batch.CHUNK) of seven cue sentences each: selected first, then classified.
    batch = [f"Report {d}: shelling hit the village and {s} people were killed." for d in range(16) for s in range(7)]
    first = [finder.matches(t) for t in batch]
    again = [finder.matches(t) for t in batch]
    assert again == first
    assert len(calls) == len(batch)


def test_a_whole_document_is_matched_without_being_kept(monkeypatch):
    calls = _count_matching(monkeypatch)
    finder = CueFinder(load_lexicon())
    document = " ".join(f"Shelling hit village {k} and two people were killed." for k in range(60))
    assert len(document) > cue_module._CACHED_TEXT
    assert finder.matches(document) == finder.matches(document)
    assert len(calls) == 2  # asked twice, worked out twice: only sentences are remembered
    assert finder._recent.cache_info().currsize == 0
