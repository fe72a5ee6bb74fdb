"""Ids are content addresses; near-identical copies share a text hash, different reports do not."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from eventwatch.ingest import normalized_text_hash, read_bytes, read_paths

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

WIRE = (
    "KAFR NABL, Syria (MEWS) — Two men were killed on Monday when artillery shells hit the centre of Kafr Nabl, "
    "rescuers said. Three other people were injured."
)


def docs(*paths):
    results = list(read_paths([str(p) for p in paths]))
    assert all(r.error is None for r in results), [r.error for r in results]
    return [r.document for r in results]


def test_id_and_sha256_come_from_the_raw_bytes_only(tmp_path):
    original = FIXTURES / "scraped_press_release.txt"
    copy = tmp_path / "elsewhere" / "renamed.txt"
    copy.parent.mkdir()
    shutil.copy(original, copy)
    first, moved = docs(original, copy)
    (again,) = docs(original)
    data = original.read_bytes()
    assert first.sha256 == hashlib.sha256(data).hexdigest()
    assert first.id == first.sha256[:16]
    assert first.raw == data
    assert (again.id, again.sha256, again.text) == (first.id, first.sha256, first.text)
    assert moved.id == first.id and moved.source_path != first.source_path


def test_a_file_reached_twice_in_one_batch_is_read_once():
    original = FIXTURES / "scraped_press_release.txt"
    assert len(docs(original, FIXTURES, original)) == len(docs(FIXTURES))


def test_records_and_feed_items_have_stable_ids():
    feed = FIXTURES / "updates.atom"
    a = [d.id for d in docs(feed)]
    b = [d.id for d in docs(feed)]
    assert a == b and len(set(a)) == 2
    one = next(read_bytes(b'{"text": "Clashes near Atarib."}\n')).document
    two = next(read_bytes(b'{"text": "Clashes near Atarib."}\n')).document
    assert one.id == two.id


def test_same_text_in_another_wrapping_shares_the_text_hash():
    assert normalized_text_hash(WIRE) == normalized_text_hash("  " + WIRE.upper().replace(" ", "\n  "))
    assert normalized_text_hash(WIRE) == normalized_text_hash(
        WIRE.replace("—", "-") + "\nShare this article\nFollow us on Twitter\n© 2020 Some Outlet"
    )


def test_a_different_report_has_a_different_text_hash():
    assert normalized_text_hash(WIRE) != normalized_text_hash(WIRE.replace("Two men", "Three men"))
    assert normalized_text_hash(WIRE) != normalized_text_hash(WIRE.replace("Kafr Nabl", "Hass"))


def test_syndicated_copy_in_another_format_shares_the_document_text_hash(tmp_path):
    page = tmp_path / "outlet_a.html"
    page.write_text(
        "<html><head><title>Two killed in Kafr Nabl | Outlet A</title>"
        '<meta property="og:site_name" content="Outlet A"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/syria'>Syria</a></nav><article><h1>Two killed in Kafr Nabl</h1>"
        f"<p>{WIRE.split('. ')[0]}.</p><p>{WIRE.split('. ')[1]}</p><p>Share this article</p></article>"
        "<footer>© 2020 Outlet A. All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    text = tmp_path / "outlet_b.txt"
    text.write_text(
        "Valley Daily\nTwo killed in Kafr Nabl\n3 February 2020\n\n"
        + WIRE.replace(". ", ".\n\n", 1).replace("centre of", "centre\nof")
        + "\n\nShare this:  Facebook | Twitter\nWe use cookies to give you the best experience.\n",
        encoding="utf-8",
    )
    a, b = docs(page, text)
    assert a.id != b.id
    assert a.text_hash == b.text_hash
