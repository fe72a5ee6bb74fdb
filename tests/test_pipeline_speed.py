"""The fast paths of the pipeline give exactly what the plain paths give.

Speed comes from doing less (sentence splitting only where a cue is, no NER), from batching (several
documents' sentences parsed at once), from a compiled attribute ruler and a lemmatizer that remembers;
none of it may change a result.
"""
from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime

import pytest
import spacy

from eventwatch.batch import _in_order
from eventwatch.extract.mentions import candidate_sentences, cue_positions
from eventwatch.model import Document, Sentence, Toponym
from eventwatch.nlp import split_sentences
from eventwatch.nlp.attributes import speed_up_attribute_ruler
from eventwatch.nlp.lemmas import speed_up_lemmatizer
from eventwatch.nlp.parse import parse_sentences
from eventwatch.nlp.places import entity_spans, mark_places
from eventwatch.pipeline import process, process_batch
from eventwatch.resources import SPACY_MODEL

REPORTS = [
    "Kafr Nabl, 3 May.\nGovernment warplanes struck a market in Kafr Nabl on Tuesday, killing 12 civilians "
    "and wounding dozens, the local council said. Residents said the town had been quiet for weeks.\n"
    "The weather was mild.",
    "Police fired tear gas at hundreds of protesters in central Khartoum on Sunday. "
    "Two people were detained. Organisers said they would march again next week.",
    "The ministry published its annual report on agriculture. Wheat yields rose slightly.",
    "Gunmen abducted five aid workers near Maiduguri on Friday, officials said.\n\n"
    "It's the third such kidnapping this year; the group hasn't claimed it. A suicide bomber "
    "blew himself up at a checkpoint in the city's north, killing two soldiers.",
]


def _document(text: str, n: int) -> Document:
    return Document(id=f"doc{n}", sha256=f"{n:064d}", raw=text.encode(), text=text, publisher="Test Wire",
                    published_at=datetime(2024, 5, 3, 12, 0))


def _plain(mentions) -> list[dict]:
    return [dataclasses.asdict(m) for m in mentions]


@pytest.fixture(scope="module")
def spacy_pair():
    """The English pipeline twice: as spaCy ships it, and with the compiled attribute ruler and the
    remembering lemmatizer."""
    plain = spacy.load(SPACY_MODEL, exclude=["ner"])
    fast = spacy.load(SPACY_MODEL, exclude=["ner"])
    assert speed_up_attribute_ruler(fast)
    assert speed_up_lemmatizer(fast)
    return plain, fast


def test_the_compiled_attribute_ruler_sets_the_same_tags_lemmas_and_morphology(spacy_pair):
    plain, fast = spacy_pair
    texts = REPORTS + ["I'm sure they ain't coming, y'all.", "  Two  spaces\tand a\ttab \n new line ",
                       "Nothin' doin', he said; whether it rains or not, we'll go."]

    def annotations(nlp):
        return [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc] for doc in nlp.pipe(texts)]

    assert annotations(fast) == annotations(plain)


def test_the_remembering_lemmatizer_gives_spacys_lemmas_on_first_sight_and_from_memory(spacy_pair):
    plain, fast = spacy_pair
    # the same words in different roles and forms, so that remembered answers are read back
    texts = ["Police shelled the shells; the shelling killed two, and the killed were buried.",
             "They were killing. He kills. Killings rose. The better men did better than the best.",
             "Police shelled the shells; the shelling killed two, and the killed were buried."] + REPORTS

    def lemmas(docs):
        return [[t.lemma_ for t in doc] for doc in docs]

    expected = lemmas(plain.pipe(texts))
    assert lemmas(fast.pipe(texts)) == expected
    assert lemmas(fast.pipe(texts)) == expected  # every answer now from memory
    assert lemmas(fast(t) for t in texts) == expected  # one Doc at a time, as snippets are classified
    assert fast("") is not None


def test_the_lemma_index_is_searched_as_sets_in_our_pipeline_only(spacy_pair):
    plain, fast = spacy_pair
    ours = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    theirs = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(v, frozenset) for v in ours.values())
    assert all(isinstance(v, list) for v in theirs.values())  # another loaded pipeline is left as shipped
    rare = "The paraglider's outriggers were unspooling over the escarpments while sextons genuflected."
    assert [t.lemma_ for t in fast(rare)] == [t.lemma_ for t in plain(rare)]


def test_sentences_are_split_only_on_lines_where_a_cue_starts(resources):
    text = REPORTS[0]
    every = split_sentences(resources.senter, text)
    cues = cue_positions(text)
    some = split_sentences(resources.senter, text, only_at=cues)
    assert len(some) < len(every)
    assert all(s in every for s in some)
    assert not any(s.text == "The weather was mild." for s in some)
    assert candidate_sentences(text, some, cues) == candidate_sentences(text, every)


def test_a_batch_of_documents_gives_each_the_mentions_it_gets_alone(resources):
    docs = [_document(t, n) for n, t in enumerate(REPORTS)]
    alone = [_plain(process(resources, d)) for d in docs]
    together = [_plain(m) for m in process_batch(resources, docs)]
    assert together == alone
    assert alone[0] and alone[3] and not alone[2]


def test_a_sentence_kept_only_for_its_date_is_not_parsed_and_still_dates_what_follows(resources):
    from eventwatch.extract.mentions import extract_mentions
    from eventwatch.pipeline import _prepare

    text = ("The council held a meeting on 28 April to discuss repairs to the water network.\n"
            "Gunmen then killed four villagers near the well, residents said.")
    doc = _document(text, 9)
    prepared = _prepare(resources, doc)
    first = prepared.candidates[0]
    assert first.text.startswith("The council held a meeting") and first.start in prepared.unparsed
    fast = process(resources, doc)  # the pipeline: the meeting sentence is never parsed
    every = extract_mentions(resources, doc, prepared.sentences, prepared.toponyms,
                             candidates=prepared.candidates)  # every candidate parsed
    assert _plain(fast) == _plain(every)
    assert [m.date for m in fast] == ["2024-04-28"]


def test_a_document_that_fails_does_not_take_its_batch_with_it(resources, monkeypatch):
    import eventwatch.pipeline as pipeline

    real = pipeline.geoparse

    def flaky(gazetteer, text, **kwargs):
        if "Khartoum" in text:
            raise RuntimeError("gazetteer unavailable")
        return real(gazetteer, text, **kwargs)

    monkeypatch.setattr(pipeline, "geoparse", flaky)
    results = process_batch(resources, [_document(t, n) for n, t in enumerate(REPORTS)])
    assert isinstance(results[1], RuntimeError)
    assert all(isinstance(r, list) for k, r in enumerate(results) if k != 1)
    assert results[0]


def test_gazetteer_places_stand_in_for_named_entities():
    toponyms = [Toponym(10, 17, "Aleppo,"), Toponym(30, 36, "Syrian", cue="demonym"),
                Toponym(50, 55, "Homs", cue="embedded"), Toponym(90, 95, "Hama")]
    assert entity_spans(toponyms, start=5, end=80) == [(5, 12, "GPE"), (25, 31, "NORP")]
    nlp = spacy.blank("en")
    doc = mark_places(nlp("Fighting in Idlib and Hama Province"), [(12, 17, "GPE"), (22, 26, "GPE"), (22, 35, "GPE")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Idlib", "GPE"), ("Hama Province", "GPE")]
    assert [t.ent_type_ for t in doc] == ["", "", "GPE", "", "GPE", "GPE"]


def test_parsed_sentences_carry_their_documents_places_and_snippets_find_their_own(resources):
    text = "Rebels shelled Aleppo on Monday."
    toponyms = [Toponym(15, 21, "Aleppo")]
    given = parse_sentences(resources.parser, [(Sentence(100, 131, text), [Toponym(115, 121, "Aleppo")])])[0]
    assert [(e.text, e.label_) for e in given.ents] == [("Aleppo", "GPE")]
    none_given = parse_sentences(resources.parser, [(Sentence(0, 31, text), [])])[0]
    assert list(none_given.ents) == []
    alone = resources.parser(text)  # a snippet: the component geoparses it
    assert [(e.text, e.label_) for e in alone.ents] == [(t.text, "GPE") for t in toponyms]
    assert "ner" not in resources.parser.pipe_names


def test_extraction_workers_are_fed_in_order_and_never_far_ahead():
    pulled: list[int] = []

    def docs():
        for n in itertools.count():
            if n == 50:
                return
            pulled.append(n)
            yield n

    in_flight: list[list[int]] = []

    def submit(chunk):
        in_flight.append(chunk)
        assert len(in_flight) <= 3
        return chunk

    def wait(chunk):
        in_flight.remove(chunk)
        return [(x, None) for x in chunk]

    out = []
    for result in _in_order(submit, wait, docs(), chunk=4, window=3):
        out.append(result[0])
        assert len(pulled) <= len(out) + 3 * 4 + 4
    assert out == list(range(50))
