"""The stage sequence for a document, and nothing else.

ingest has already produced a `Document`; here: event cues → sentences (nlp) → places (geo) → candidate
sentences parsed (nlp) → mentions (extract). A candidate is a sentence with a strong cue, or a weak cue plus
a cheap second signal (`extract.mentions.candidate_sentences`): the parse is the largest cost, and a weak
cue alone never yields an event. Resolution against the store happens in `store.repository`,
inside the document's transaction.

`process_batch` runs the same stages over several documents and parses all their candidate sentences in
one go, which is what makes the parser cheap (`nlp.parse`); each document's result is the same as
`process` gives it, and a document that fails does not take the others with it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, Union

from eventwatch.extract.mentions import cue_positions, extract_mentions, select_candidates
from eventwatch.geo import geoparse
from eventwatch.model import Document, Mention, Sentence, Toponym
from eventwatch.nlp import split_sentences
from eventwatch.nlp.parse import parse_sentences
from eventwatch.resources import Resources


@dataclass
class _Prepared:
    """A document up to the parse: its sentences (only those of lines with a cue), places and candidates."""

    document: Document
    sentences: list[Sentence]
    toponyms: list[Toponym]
    candidates: list[Sentence]
    unparsed: frozenset[int] = frozenset()  # starts of candidates that only lend a date: not parsed


def process(resources: Resources, document: Document) -> list[Mention]:
    result = process_batch(resources, [document])[0]
    if isinstance(result, Exception):
        raise result
    return result


def process_batch(resources: Resources, documents: Sequence[Document]) -> list[Union[list[Mention], Exception]]:
    """Each document's mentions, in order; a document whose extraction raised gets its exception instead."""
    prepared: list[Union[_Prepared, Exception]] = []
    for document in documents:
        try:
            prepared.append(_prepare(resources, document))
        except Exception as exc:  # an extractor bug must not lose the rest of the batch
            prepared.append(exc)
    ready = [p for p in prepared if isinstance(p, _Prepared)]
    parses = _parse_all(resources, ready)
    out: list[Union[list[Mention], Exception]] = []
    for p in prepared:
        if isinstance(p, Exception):
            out.append(p)
            continue
        parsed = parses[id(p)]
        if isinstance(parsed, Exception):
            out.append(parsed)
            continue
        try:
            out.append(extract_mentions(resources, p.document, p.sentences, p.toponyms,
                                        candidates=p.candidates, parsed=parsed))
        except Exception as exc:
            out.append(exc)
    return out


def _prepare(resources: Resources, document: Document) -> _Prepared:
    cues = cue_positions(document.text)
    sentences = split_sentences(resources.senter, document.text, only_at=cues)
    toponyms = geoparse(
        resources.gazetteer,
        document.text,
        document_id=document.id,
        publisher=document.publisher,
        url=document.url,
        sources=resources.sources,
    )
    candidates, unparsed = select_candidates(document.text, sentences, cues, toponyms=toponyms,
                                             published_at=document.published_at)
    return _Prepared(document, sentences, toponyms, candidates, unparsed)


def _parse_all(resources: Resources, ready: list[_Prepared]) -> dict[int, Union[list, Exception]]:
    """All candidate sentences that need it in one parse (the others get None in their place); should that
    fail, document by document to find the culprit."""
    def wanted(p: _Prepared) -> list[Sentence]:
        return [s for s in p.candidates if s.start not in p.unparsed]

    def aligned(p: _Prepared, docs: Sequence) -> list:
        it = iter(docs)
        return [None if s.start in p.unparsed else next(it) for s in p.candidates]

    items = [(s, p.toponyms) for p in ready for s in wanted(p)]
    try:
        docs = parse_sentences(resources.parser, items)
    except Exception:
        out: dict[int, Union[list, Exception]] = {}
        for p in ready:
            try:
                out[id(p)] = aligned(p, parse_sentences(resources.parser, [(s, p.toponyms) for s in wanted(p)]))
            except Exception as exc:
                out[id(p)] = exc
        return out
    out, k = {}, 0
    for p in ready:
        n = len(p.candidates) - len(p.unparsed)
        out[id(p)] = aligned(p, docs[k : k + n])
        k += n
    return out
