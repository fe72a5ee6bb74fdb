"""pronoun_referents reads only the capitalised words a pronoun can reach before reading the whole document:
these specify that the shortcut finds exactly what reading every capitalised word finds."""
from __future__ import annotations

import pytest

from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.persons import _plain_word, _pronoun_takers, _referents, pronoun_referents

TEXTS = [
    # a person taken up by "he"/"his" in two sentences
    "Brannock said the road was open, and he drove north. The next day, Brannock found his car at the depot.",
    # the same name once after a place cue: left a place
    "Brannock said he would stay. The next day, Brannock took his bag. The bus left in Brannock at noon.",
    # another capital between the name and the pronoun: the nearer word is the pronoun's
    "Brannock met Ms Tully when she arrived. Brannock saw Dr Olsen before he left.",
    # an abbreviation with periods inside the clause, and a pronoun introducing a quote
    "Brannock asked about U.S. aid, he said. Brannock wrote etc. in his notes; Brannock sighed.",
    # the pronoun beyond the window of twelve words
    "Brannock walked along the old road for a very long time in the cold rain until finally he stopped.",
    # nothing to take up
    "The convoy reached Marlow on Tuesday and left for Dunmore the next day.",
]


@pytest.fixture(scope="module")
def cues():
    return load_cues()


@pytest.mark.parametrize("text", TEXTS)
def test_the_shortcut_reads_what_reading_every_word_reads(text, cues):
    tokens = tokenize(text)
    every = [k for k, t in enumerate(tokens) if t.text[:1].isupper() and _plain_word(t)]
    assert pronoun_referents(text, tokens, cues) == _referents(text, tokens, cues, 12, 2, every)


def test_a_pronoun_is_reached_only_from_the_last_capitalised_word_before_it():
    tokens = tokenize("Brannock met Ms Tully when she arrived, and Olsen waved as he passed.")
    assert [tokens[k].text for k in _pronoun_takers(tokens, 12)] == ["Tully", "Olsen"]


def test_a_pronoun_beyond_the_window_reaches_no_name():
    tokens = tokenize("Brannock walked one two three four five six seven eight nine ten eleven he")
    assert _pronoun_takers(tokens, 12) == []
    assert [tokens[k].text for k in _pronoun_takers(tokens, 13)] == ["Brannock"]


def test_a_person_named_twice_with_his_pronoun_is_found(cues):
    text = TEXTS[0]
    assert pronoun_referents(text, tokenize(text), cues) == {"brannock"}


def test_a_place_cue_anywhere_in_the_document_keeps_the_name_a_place(cues):
    # (the words no pronoun reaches are read too once a name qualifies: "in Brannock" is one of them)
    text = TEXTS[1]
    assert pronoun_referents(text, tokenize(text), cues) == set()
    head = text[: text.index(" The bus")]
    assert pronoun_referents(head, tokenize(head), cues) == {"brannock"}
