"""A facility's name is looked for only at the tokens whose word may end one (geo/facilities.py: `_runs`
visits `FacilityWords.run_words` through the document's word index): the runs are the ones a walk over every
token finds (`_run_at` asked at each), in the same order, on invented text of every kind of run."""
from __future__ import annotations

from eventwatch.geo.facilities import _run_at, _runs, load_facilities
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.title_case import _title_case_tokens

TEXTS = [
    "Crowds gathered outside Harwick General Hospital on Tuesday, and later at the Brandle Golf Club.",
    "Shelling hit the Qarnash mosque and the Tal Ruweid military airport, near the University of Ostrava.",
    "Fort Dalloway reopened. The Marden Opera House and St. Aldric's Church stayed shut; the Fifth Circuit ruled.",
    "Ben Camp said the Ellery Inn and Jerry Hall were fine; the Centre region and the Center for Policy Studies "
    "disagreed.",
    "SCHOOLS CLOSED: Wexley Elementary, Pell High. The Church of the Nativity and Greyford Stadium hosted a vigil.",
    "no capitals here at all, only a hospital and a dam and a market.",
    "",
]


def test_the_runs_are_those_a_walk_over_every_token_finds():
    cues, words = load_cues(), load_facilities()
    seen = 0
    for text in TEXTS:
        tokens = tokenize(text)
        title = frozenset(_title_case_tokens(text, tokens, cues.months))
        walked = [r for k in range(len(tokens)) if (r := _run_at(text, tokens, k, cues, words, title)) is not None]
        assert list(_runs(text, tokens, cues, words, title)) == walked, text
        seen += len(walked)
    assert seen >= 8  # the texts do hold facilities' names


def test_no_run_is_found_at_a_word_outside_the_run_words():
    cues, words = load_cues(), load_facilities()
    text = "Officials from Harwick said the Brandle Golf Club and Harwick General Hospital were open."
    tokens = tokenize(text)
    title = frozenset(_title_case_tokens(text, tokens, cues.months))
    heads = [h for _i, _j, h, _site in _runs(text, tokens, cues, words, title)]
    assert heads and all(tokens[h].norm in words.run_words for h in heads)
    for k, t in enumerate(tokens):
        if t.norm not in words.run_words:
            assert _run_at(text, tokens, k, cues, words, title) is None, t.text


def test_a_hospital_and_a_golf_club_are_found_whole():
    cues, words = load_cues(), load_facilities()
    text = "Crowds gathered outside Harwick General Hospital and at the Brandle Golf Club."
    tokens = tokenize(text)
    runs = list(_runs(text, tokens, cues, words, frozenset()))
    names = [text[tokens[i].start : tokens[j - 1].end] for i, j, _h, _site in runs]
    assert names == ["Harwick General Hospital", "Brandle Golf Club"]
