"""Spans of the cleaned text can be shown in the decoded original."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from eventwatch.ingest import original_text, read_bytes, read_paths, to_original
from eventwatch.ingest.offsets import compose, span_to_original

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
DEMO = Path(__file__).parent.parent / "src" / "eventwatch" / "data" / "demo"


def all_documents(*paths):
    return [r.document for r in read_paths([str(p) for p in paths]) if r.document is not None]


def word_spans(text):
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


@pytest.fixture(scope="module")
def corpus():
    docs = all_documents(FIXTURES, DEMO)
    assert len(docs) > 20
    return docs


def test_every_run_is_verbatim(corpus):
    for doc in corpus:
        original = original_text(doc)
        for clean_start, raw_start, length in doc.offsets:
            assert doc.text[clean_start : clean_start + length] == original[raw_start : raw_start + length]


def test_words_map_to_identical_text_in_the_original(corpus):
    for doc in corpus:
        original = original_text(doc)
        spans = word_spans(doc.text)
        mapped = 0
        for start, end in spans:
            where = to_original(doc, start, end, strict=True)
            if where is not None:
                assert original[where[0] : where[1]] == doc.text[start:end]
                mapped += 1
        # nearly every word survives verbatim; only entity-escaped characters and the like are lost
        assert mapped >= 0.9 * len(spans), (doc.source_path, mapped, len(spans))


def is_subsequence(needle, haystack):
    it = iter(haystack)
    return all(any(x == y for y in it) for x in needle)


def test_sentence_spans_cover_the_same_words_in_the_original(corpus):
    checked = 0
    for doc in corpus:
        original = original_text(doc)
        for m in re.finditer(r"[^.\n]+\.", doc.text):
            where = to_original(doc, m.start(), m.end())
            if where is None:
                continue
            checked += 1
            shown = original[where[0] : where[1]]
            # the original may show line breaks, tags, entities or markdown marks between the words
            shown_words = re.findall(r"\w+", html.unescape(re.sub(r"<[^>]+>", " ", shown)))
            words = re.findall(r"\w+", m.group(0))
            assert is_subsequence(words, shown_words), (doc.source_path, m.group(0), shown)
            assert shown_words[:1] == words[:1] and shown_words[-1:] == words[-1:]
    assert checked > 100


def test_strict_mode_refuses_spans_that_cross_a_gap():
    doc = next(read_bytes(b"Shelling hit the\nmarket in Ariha on Monday.")).document
    assert doc.text == "Shelling hit the market in Ariha on Monday."
    assert to_original(doc, 0, 8, strict=True) == (0, 8)
    assert to_original(doc, 0, 23, strict=True) is None  # the space stands for a line break
    assert to_original(doc, 0, 23) == (0, 23)  # non-strict: the covering span of the original
    assert original_text(doc)[0:23] == "Shelling hit the\nmarket"


def test_json_escapes_only_break_runs(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"text": "Sana\u2019a: \"heavy\" clashes\nnear Nihm."}) + "\n", encoding="utf-8")
    doc = all_documents(path)[0]
    original = original_text(doc)
    start = doc.text.index("clashes")
    where = to_original(doc, start, start + len("clashes near Nihm."))
    assert original[where[0] : where[1]] == "clashes\\nnear Nihm."
    exact = to_original(doc, start, start + len("clashes"), strict=True)
    assert original[exact[0] : exact[1]] == "clashes"


def test_html_paragraphs_align_into_body_text_not_into_meta_tags():
    doc = all_documents(FIXTURES / "news_page.html")[0]
    original = original_text(doc)
    start = doc.text.index("Artillery shells hit a clinic")
    where = to_original(doc, start, start + 10, strict=True)
    assert where[0] > original.index("<body>")


def test_compose_chains_two_maps():
    # text -> middle: "abc" at 0 maps to middle 10..13; middle -> source: 10..12 at 100, 12..20 at 200
    assert compose([[0, 10, 3]], [[10, 100, 2], [12, 200, 8]]) == [[0, 100, 2], [2, 200, 1]]
    assert compose([[0, 10, 3]], []) == []


def test_unmapped_characters_give_none():
    runs = [[0, 5, 4], [6, 20, 3]]
    assert span_to_original(runs, 0, 4) == (5, 9)
    assert span_to_original(runs, 4, 5) is None
    assert span_to_original(runs, 2, 8) == (7, 22)
    assert span_to_original(runs, 2, 8, strict=True) is None
    assert span_to_original(runs, 3, 3) is None
