"""The stage sequence for one document, and nothing else.

ingest has already produced a `Document`; here: sentences (nlp) → places (geo) → mentions (extract).
Resolution against the store happens in `store.repository`, inside the document's transaction.
"""
from __future__ import annotations

from eventwatch.extract.mentions import extract_mentions
from eventwatch.geo import geoparse
from eventwatch.model import Document, Mention
from eventwatch.nlp import split_sentences
from eventwatch.resources import Resources


def process(resources: Resources, document: Document) -> list[Mention]:
    sentences = split_sentences(resources.senter, document.text)
    toponyms = geoparse(
        resources.gazetteer,
        document.text,
        document_id=document.id,
        publisher=document.publisher,
    )
    return extract_mentions(resources, document, sentences, toponyms)
