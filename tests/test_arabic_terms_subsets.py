"""Arabic term lists match a text with the expression of only the terms whose letters it holds.

Compiling a whole list's letter-by-letter expression is slow, so `Terms` compiles, per text, the
alternatives that could match there. These specifications hold it to the matches of the whole expression.
"""
from __future__ import annotations

import re

import pytest

from eventwatch.extract.arabic_lexicon import Terms, arabic_cores, load_arabic_lexicon, without_short_vowels

# Invented terms: a phrase with an inner word that agrees, a verb stem, an exact word and a plain word.
TERMS = ["قذيفة هاون", "~قصف", "=غارة", "صاروخ"]


def whole(terms: Terms, text: str) -> list[tuple[int, int, int]]:
    """The matches of the whole expression, the reference behaviour."""
    from eventwatch.extract.arabic_lexicon import fold

    return [(m.start(), m.end(), int(m.lastgroup[1:])) for m in re.compile(terms.source).finditer(fold(text))]


@pytest.mark.parametrize("text", [
    "سقطت قذيفتا هاون على السوق",  # the inner word agrees (dual)
    "وقصفوا القرية ثم أطلقوا صاروخاً",  # a verb with a prefix and an ending, then a plain word with an ending
    "غارة جوية على المدينة",  # the exact word
    "غارات على المدينة",  # the exact word does not take an ending
    "صَارُوخٌ سقط قرب المدرسة",  # short vowels between the letters
    "لا شيء هنا",  # none of the terms
])
def test_a_text_is_matched_as_by_the_whole_expression(text: str) -> None:
    terms = Terms.of(TERMS, inflected=True)
    assert terms.find(text) == whole(terms, text)


def test_only_the_terms_whose_letters_the_text_holds_are_compiled() -> None:
    terms = Terms.of(TERMS)
    pattern = terms.pattern_for("أطلقوا صاروخاً على البلدة")
    assert pattern is not None and "t3" in pattern.groupindex and "t0" not in pattern.groupindex
    assert terms.pattern_for("لا شيء هنا") is None
    assert terms._compiled == []  # the whole expression was never needed


def test_match_at_reads_a_term_at_a_position_with_the_same_group_names() -> None:
    terms = Terms.of(TERMS)
    text = "ثم غارة"
    assert terms.match_at(text, 2) == (len(text), 2)
    assert terms.match_at(text, 0) is None


def test_cores_are_the_letters_a_term_cannot_match_without() -> None:
    assert arabic_cores("~قصف") == ("قصف",)
    assert arabic_cores("قذيفة هاون") == ("قذيف", "هاون")  # the ه of an inner word may change with agreement
    assert without_short_vowels("صَارُوخٌ") == "صاروخ"


def test_bundled_lists_match_as_their_whole_expressions() -> None:
    """Every list of the bundled lexicon, on sentences made of its own terms and on one that holds none."""
    lex = load_arabic_lexicon()
    lists = [lex.labels, lex.bombardment, lex.territory, *lex.casualties.values(), *lex.modality.values()]
    for terms in lists:
        for sample in ("و" + " ثم ".join(t.lstrip("=~") for t in terms.terms[:6]), "كلام عادي بلا شيء"):
            assert terms.find(sample) == whole(terms, sample)


def test_compiling_sets_of_terms_never_costs_more_than_twice_the_whole_list() -> None:
    """Sentences holding ever other sets of terms: once the sets compiled hold as many terms as the list,
    the whole expression is compiled and serves every later text, with the same matches."""
    terms = Terms.of(TERMS)
    texts = ["صاروخ", "غارة", "قصف", "قذيفة هاون", "صاروخ ثم غارة", "قصف ثم صاروخ"]
    for text in texts:
        assert terms.find(text) == whole(terms, text)
    assert sum(len(k) for k in terms._subsets) <= len(TERMS)
    assert terms._compiled  # the whole expression took over
