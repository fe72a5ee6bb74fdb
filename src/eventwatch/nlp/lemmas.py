"""spaCy's rule lemmatizer, remembered per distinct word, part of speech and morphology.

The rule lemmatizer walks every token in Python (a `Token` object, a method call, a string set), and
caches only part of its answers (not the base forms, which are most words): a sixth of the parse of a
candidate sentence. Its answer depends on nothing but the word, its part of speech and its morphology
(and the lemma tables, which do not change), so each distinct combination is worked out once by spaCy's
own method and then read for a whole Doc from one array: the same lemmas, a dictionary look-up per token.
"""
from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

_MEMO_SIZE = 200_000  # combinations remembered (a few tens of MB at most) before starting afresh


class RememberingLemmatizer(Lemmatizer):
    """A rule `Lemmatizer` whose answers are looked up once per (word, POS, morphology) combination."""

    _memo: dict[tuple[int, int, int], int]

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        error_handler = self.get_error_handler()
        try:
            table = doc.to_array([ORTH, POS, MORPH, LEMMA])
            memo = self._memo
            strings = doc.vocab.strings
            lemmas = table[:, 3:4].copy()
            for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
                if lemma != 0 and not self.overwrite:
                    continue
                key = (orth, pos, morph)
                code = memo.get(key)
                if code is None:
                    code = strings.add(self.lemmatize(doc[i])[0])
                    if pos != 0:  # spaCy warns about a token without a POS each time: leave those to it
                        if len(memo) >= _MEMO_SIZE:
                            memo.clear()
                        memo[key] = code
                lemmas[i, 0] = code
            doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)


def speed_up_lemmatizer(nlp: Any, name: str = "lemmatizer") -> bool:
    """Make `nlp`'s rule lemmatizer remember its answers; False (and nothing changed) where it cannot."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    cls = type(lemmatizer)
    if getattr(lemmatizer, "mode", None) != "rule" or cls.__call__ is not Lemmatizer.__call__:
        return False
    # The class of the model's lemmatizer (English's overrides `is_base_form`) with the remembering call.
    lemmatizer.__class__ = type(f"Remembering{cls.__name__}", (RememberingLemmatizer, cls), {})
    lemmatizer._memo = {}
    index_as_sets(lemmatizer)
    return True


def index_as_sets(lemmatizer: Any) -> None:
    """The lemma index as sets: the rule lemmatizer's only use of it is `form in index`.

    spaCy's lookup tables keep each part of speech's known base forms as a list (57,000 nouns), so every
    candidate form of every word not yet remembered was a linear scan: 70 microseconds a word, most of the
    lemmatizer's cost while its memory is still empty (a fresh worker, a new vocabulary). Membership in a
    set gives the same answers. The tables are never saved from here, so their serialisable form is not
    needed."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key in list(table.keys()):
        if isinstance(table[key], list):
            table[key] = frozenset(table[key])
