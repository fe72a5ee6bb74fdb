"""The bundled demo corpus reads cleanly and holds the situations it is meant to show."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eventwatch.ingest import discover, read_paths

DEMO = Path(__file__).parent.parent / "src" / "eventwatch" / "data" / "demo"


@pytest.fixture(scope="module")
def demo():
    results = list(read_paths([str(DEMO)]))
    assert [r.error for r in results if r.error] == []
    return [r.document for r in results]


def by_file(docs, name):
    return [d for d in docs if Path(d.source_path).name == name]


def test_demo_folder_yields_at_least_14_documents_without_errors(demo):
    assert len(discover([str(DEMO)])) >= 14
    assert len(demo) >= 14
    assert len({d.id for d in demo}) == len(demo)


def test_every_demo_document_names_publisher_and_date(demo):
    for d in demo:
        assert d.publisher, d.source_path
        assert d.published_at is not None, d.source_path
        assert d.doc_type in ("press_release", "statement", "news", "report")
        assert d.language in ("en", "ar")


def test_demo_covers_every_format(demo):
    assert set(Counter(d.content_type for d in demo)) >= {"txt", "md", "html", "json", "jsonl", "rss"}
    assert len(by_file(demo, "wire_digest.jsonl")) >= 3
    assert len(by_file(demo, "idlib_observer_feed.xml")) >= 3


def test_saraqib_market_strike_is_told_by_several_outlets_in_several_formats(demo):
    saraqib = [d for d in demo if "Saraqib" in d.text and "market" in d.text]
    assert len({d.publisher for d in saraqib}) >= 4
    assert {d.content_type for d in saraqib} >= {"txt", "html", "jsonl", "rss"}


def test_syndicated_wire_copy_shares_the_text_hash_of_the_original(demo):
    original = by_file(demo, "levant_daily_saraqib_airstrike.html")[0]
    copy = by_file(demo, "crescent_post_saraqib_syndicated.txt")[0]
    assert original.publisher != copy.publisher
    assert original.text_hash == copy.text_hash
    others = [d.text_hash for d in demo if d not in (original, copy)]
    assert original.text_hash not in others


def test_partisan_press_release_keeps_its_wording_and_header_metadata(demo):
    release = by_file(demo, "coalition_press_release_maaret_al_numan.txt")[0]
    assert release.doc_type == "press_release"
    assert "Assad's gangs" in release.text
    assert "internationally prohibited weapons" in release.text
    assert "# # #" not in release.text and "Share" not in release.text


def test_arabic_brief_is_decoded_from_windows_1256(demo):
    brief = by_file(demo, "jisr_al_shughur_brief_ar.txt")[0]
    assert brief.encoding == "cp1256" and brief.language == "ar"
    assert "جسر الشغور" in brief.text
