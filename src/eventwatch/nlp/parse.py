"""The full parse, for candidate sentences only, in large batches.

spaCy's networks work a batch at a time, and a document has only a handful of candidate sentences, so the
sentences of many documents go through one `pipe` call; a sentence's parse does not depend on what else is
in its batch (checked on the benchmark corpus: identical tags, heads, labels and lemmas). Each sentence
takes along its document's places (found by the geoparser over the whole text) as its entities.
"""
from __future__ import annotations

from typing import Any, Sequence

from spacy.tokens import Doc

from eventwatch.model import Sentence, Toponym
from eventwatch.nlp.places import PLACES_KEY, entity_spans

BATCH_SIZE = 256  # sentences per network batch; beyond this nothing measurable is gained


def parse_sentences(
    nlp: Any, items: Sequence[tuple[Sentence, Sequence[Toponym]]], batch_size: int = BATCH_SIZE
) -> list[Doc]:
    """One parsed `Doc` per (sentence, its document's toponyms), in order."""
    docs = []
    for sentence, toponyms in items:
        doc = nlp.make_doc(sentence.text)
        doc.user_data[PLACES_KEY] = entity_spans(toponyms, sentence.start, sentence.end)
        docs.append(doc)
    return list(nlp.pipe(docs, batch_size=batch_size))
