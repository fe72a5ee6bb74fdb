"""Every input format becomes documents with the metadata the source states about itself."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from eventwatch.ingest import read_bytes, read_paths

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def only_document(path):
    results = list(read_paths([str(path)]))
    assert [r.error for r in results] == [None], results
    return results[0].document


def documents(path):
    results = list(read_paths([str(path)]))
    assert all(r.error is None for r in results), [r.error for r in results]
    return [r.document for r in results]


def test_scraped_press_release_header_becomes_metadata_and_leaves_the_text():
    doc = only_document(FIXTURES / "scraped_press_release.txt")
    assert doc.content_type == "txt"
    assert doc.publisher == "Ministry of Foreign Affairs"
    assert doc.doc_type == "press_release"
    assert doc.published_at == datetime(2020, 2, 4, 9, 15)
    assert doc.title == "Rocket Attack on Ariha Kills Three Civilians"
    assert doc.dateline == "ARIHA, Syria, Feb 3 (FPA) -"
    assert doc.language == "en"
    assert doc.encoding == "utf-8"
    # the title stays as the first paragraph; header lines and furniture are gone
    assert doc.text.startswith("Rocket Attack on Ariha Kills Three Civilians\n\nARIHA, Syria")
    for gone in ("Home press releases", "Press Office", "Press release", "Tuesday, 4 February", "Share this",
                 "Facebook", "Print", "cookies", "-ENDS-", "Notes to editors"):
        assert gone not in doc.text
    # hard-wrapped lines are joined and inner whitespace runs collapse
    assert "condemns the rocket attack on the town of Ariha on Monday evening" in doc.text
    assert "  " not in doc.text


def test_html_page_gives_article_text_and_page_metadata():
    doc = only_document(FIXTURES / "news_page.html")
    assert doc.content_type == "html"
    assert doc.title == "Shelling hits Atarib clinic"
    assert doc.publisher == "Valley Courier"
    assert doc.published_at == datetime(2020, 2, 2, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    assert doc.url == "https://valley-courier.example/atarib-clinic"
    assert doc.dateline == "ATARIB, Syria (VC) —"
    assert doc.doc_type == "news"
    assert "injuring two nurses and a patient" in doc.text
    assert "Darat Izza" in doc.text
    for gone in ("Sport", "Share this article", "All rights reserved", "Subscribe"):
        assert gone not in doc.text


def test_atom_feed_gives_one_document_per_entry_with_entry_metadata():
    docs = documents(FIXTURES / "updates.atom")
    assert [d.title for d in docs] == ["Clashes reported near Khan Sheikhoun", "Aid convoy reaches Sarmada"]
    first = docs[0]
    assert first.content_type == "atom"
    assert first.publisher == "Field Updates"
    assert first.published_at == datetime(2020, 2, 2, 7, 30, tzinfo=timezone(timedelta(hours=2)))
    assert first.url == "https://field-updates.example/1"
    assert first.source_line == 6
    assert first.text == ("Clashes reported near Khan Sheikhoun\n\n"
                          "Heavy clashes were reported near Khan Sheikhoun on Saturday night, field teams said.")
    # the raw bytes are the entry element itself
    assert first.raw.startswith(b"<entry>") and first.raw.endswith(b"</entry>")


def test_rss_items_take_content_encoded_or_description(tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Valley Courier</title>"
        "<item><title>Strike on Hass</title><pubDate>Mon, 03 Feb 2020 12:00:00 +0200</pubDate>"
        "<description>Short teaser.</description>"
        "<content:encoded><![CDATA[<p>An airstrike hit <b>Hass</b> on Monday.</p><p>Four people died.</p>]]>"
        "</content:encoded></item>"
        "<item><title>Kafr Nabl shelled</title><description>&lt;p&gt;Shells hit Kafr Nabl.&lt;/p&gt;</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    docs = documents(feed)
    assert docs[0].text == "Strike on Hass\n\nAn airstrike hit Hass on Monday.\n\nFour people died."
    assert docs[0].published_at == datetime(2020, 2, 3, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    assert docs[0].content_type == "rss" and docs[0].publisher == "Valley Courier"
    assert docs[1].text == "Kafr Nabl shelled\n\nShells hit Kafr Nabl."


def test_feed_item_linking_a_local_file_reads_that_file(tmp_path):
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "saraqib.txt").write_text(
        "Rescuers said the market in Saraqib was hit twice on Thursday.\n", encoding="utf-8"
    )
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Local Desk</title>'
        "<item><title>Saraqib market</title><link>stories/saraqib.txt</link>"
        "<pubDate>Thu, 30 Jan 2020 18:00:00 +0200</pubDate><description>Teaser only.</description></item>"
        "<item><title>Outside</title><link>../secret.txt</link><description>Kept as is.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    linked, outside = documents(feed)
    assert linked.text == "Rescuers said the market in Saraqib was hit twice on Thursday."
    assert linked.source_path.endswith("saraqib.txt")
    assert linked.title == "Saraqib market" and linked.publisher == "Local Desk"
    assert linked.published_at == datetime(2020, 1, 30, 18, 0, tzinfo=timezone(timedelta(hours=2)))
    # a link leaving the feed's folder is never followed
    assert outside.text == "Outside\n\nKept as is."


def test_jsonl_records_carry_their_fields_and_line_numbers(tmp_path):
    path = tmp_path / "records.jsonl"
    rows = [
        {"text": "Shelling hit Atarib on Tuesday.", "title": "Atarib", "url": "https://x.example/a",
         "publisher": "North Desk", "published_at": "2020-02-05T09:00:00+03:00", "language": "en"},
        {"html": "<p>Clashes near <b>Khan Tuman</b>.</p>", "headline": "Khan Tuman", "source": "West Desk",
         "date": "2020-02-01"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    a, b = documents(path)
    assert (a.title, a.publisher, a.url, a.language) == ("Atarib", "North Desk", "https://x.example/a", "en")
    assert a.published_at == datetime(2020, 2, 5, 9, 0, tzinfo=timezone(timedelta(hours=3)))
    assert (a.source_line, b.source_line) == (1, 2)
    assert a.content_type == "jsonl"
    assert a.raw == json.dumps(rows[0]).encode("utf-8")
    assert b.text == "Clashes near Khan Tuman."
    assert (b.title, b.publisher, b.published_at) == ("Khan Tuman", "West Desk", datetime(2020, 2, 1))


def test_json_file_holds_one_record_or_a_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Clashes near Atarib.", "publisher": "A"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "First report."}, {"text": "Second report."}], indent=2), encoding="utf-8")
    assert [d.text for d in documents(one)] == ["Clashes near Atarib."]
    docs = documents(many)
    assert [d.text for d in docs] == ["First report.", "Second report."]
    assert [d.source_line for d in docs] == [2, 5]
    assert all(d.content_type == "json" for d in docs)
    # each record's raw bytes are the record alone, so its id does not depend on its neighbours
    assert json.loads(docs[1].raw) == {"text": "Second report."}


def test_markdown_front_matter_and_syntax(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text(
        "---\ntitle: Raqqa brief\npublisher: East Desk\ndate: 2020-02-03\n---\n\n# Raqqa brief\n\n"
        "An explosion in **Raqqa** injured [four people](https://x.example/4).\n\n- Seventeen men were detained.\n",
        encoding="utf-8",
    )
    doc = only_document(path)
    assert (doc.title, doc.publisher, doc.published_at) == ("Raqqa brief", "East Desk", datetime(2020, 2, 3))
    assert doc.text == "Raqqa brief\n\nAn explosion in Raqqa injured four people.\n\nSeventeen men were detained."
    assert doc.content_type == "md"


@pytest.mark.parametrize(
    ("data", "content_type", "text"),
    [
        (b"<html><body><p>Shelling hit Ariha on Monday.</p></body></html>", "html", "Shelling hit Ariha on Monday."),
        (b'{"text": "Clashes in Atarib."}', "json", "Clashes in Atarib."),
        (b'{"text": "One."}\n{"text": "Two."}\n', "jsonl", "One."),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Hass</title>'
         b"<description>Strike on Hass.</description></item></channel></rss>", "rss", "Hass\n\nStrike on Hass."),
        (b"Plain report of shelling in Ariha.", "stdin", "Plain report of shelling in Ariha."),
    ],
)
def test_stdin_is_sniffed(data, content_type, text):
    results = list(read_bytes(data))
    assert results[0].error is None
    doc = results[0].document
    assert (doc.content_type, doc.text, doc.source_path) == (content_type, text, "-")


def test_named_uploads_use_their_extension():
    data = b"# Kafr Nabl\n\nShells hit **Kafr Nabl** on Monday.\n"
    doc = next(read_bytes(data, name="upload.md")).document
    assert (doc.content_type, doc.source_path) == ("md", "upload.md")
    assert doc.text == "Kafr Nabl\n\nShells hit Kafr Nabl on Monday."
    assert next(read_bytes(data)).document.content_type == "stdin"


def test_encodings_are_detected(tmp_path):
    arabic = "قصفت الطائرات الحربية مدينة معرة النعمان في ريف إدلب الجنوبي صباح اليوم، ما أدى إلى مقتل مدنيين."
    french = "Le comité a déclaré que les frappes aériennes ont touché l'hôpital à Ariha pendant la nuit."
    english = "Shelling hit Ariha on Tuesday, killing two people and injuring five."
    (tmp_path / "ar.txt").write_bytes(arabic.encode("cp1256"))
    (tmp_path / "fr.txt").write_bytes(french.encode("latin-1"))
    (tmp_path / "u16.txt").write_bytes(english.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(english.encode("utf-8-sig"))
    docs = {Path(d.source_path).name: d for d in documents(tmp_path)}
    assert (docs["ar.txt"].text, docs["ar.txt"].language, docs["ar.txt"].encoding) == (arabic, "ar", "cp1256")
    assert docs["fr.txt"].text == french and docs["fr.txt"].language == "fr"
    assert docs["u16.txt"].text == english and docs["u16.txt"].encoding == "utf-16"
    assert docs["bom.txt"].text == english
    for doc in docs.values():  # the recorded encoding decodes the raw bytes
        doc.raw.decode(doc.encoding)


def test_datelines_are_recorded_as_written(tmp_path):
    cases = {
        "a.txt": ("IDLIB, Syria, Jan 31 (Reuters) - Government forces advanced.", "IDLIB, Syria, Jan 31 (Reuters) -"),
        "b.txt": ("ALEPPO, Syria (AP) — Rescuers said five died.", "ALEPPO, Syria (AP) —"),
        "c.txt": ("DAMASCUS, Jan 31 (Reuters) - The ministry said.", "DAMASCUS, Jan 31 (Reuters) -"),
        "d.txt": ("Idlib – Shelling continued overnight.", "Idlib –"),
        "e.txt": ("ALEPPO – Shelling continued overnight.", "ALEPPO –"),
        "f.txt": ("On Tuesday – unusually – the market opened.", None),
        "g.txt": ("The Syrian Civil Defence said five died.", None),
    }
    for name, (text, _) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = {Path(d.source_path).name: d.dateline for d in documents(tmp_path)}
    assert found == {name: expected for name, (_, expected) in cases.items()}
