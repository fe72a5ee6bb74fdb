"""Bad input never stops a batch: each problem is one line naming the file (and line) and the reason."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventwatch.ingest import discover, read_bytes, read_paths
from eventwatch.ingest import readers

GOOD = "Artillery shells hit Atarib on Monday, killing two civilians.\n"


def write(path: Path, content) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


BAD_FILES = {
    "binary.txt": (b"Shelling \x00\x01\x02\x03\x00 report", "binary file"),
    "scan.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n\t\n", "empty file"),
    "mojibake.txt": (bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D] * 40 + [0xFF, 0xFE, 0x80] * 20), "unknown encoding"),
    "nothing.html": ("<html><head><title>t</title><script>var x = 1;</script></head><body></body></html>",
                     "no text content"),
    "broken.xml": ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title>'
                   "<description>Shelling in Ariha</description></item><item><title>B</title></channel></rss>",
                   "malformed XML feed"),
    "catalog.xml": ('<?xml version="1.0"?><catalog><book>Atlas</book></catalog>', "not an RSS or Atom feed"),
    "empty_feed.rss": ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
                       "feed has no items"),
    "broken.json": ('{"text": "Shelling hit Ariha",\n "title": }', "malformed JSON"),
    "no_text.json": (json.dumps({"title": "Only a title"}), "no text"),
    "list.json": (json.dumps([]), "no records"),
    "number.json": ("42", "not a record"),
    "sheet.csv": ("a,b\n1,2\n", "unsupported file type '.csv'"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_file_gives_exactly_one_error_and_the_batch_goes_on(tmp_path, name):
    content, reason = BAD_FILES[name]
    bad = write(tmp_path / name, content)
    before = write(tmp_path / "a_good.txt", GOOD)
    after = write(tmp_path / "z_good.txt", GOOD.replace("two", "three"))
    results = list(read_paths([str(before), str(bad), str(after)]))
    errors = [r for r in results if r.message]
    assert len(errors) == 1, [r.message for r in errors]
    assert errors[0].message.startswith(f"{bad}:")
    assert reason in errors[0].message
    assert "\n" not in errors[0].message
    # `error` is the reason alone; `path` and `line` say where
    assert errors[0].path == str(bad) and str(bad) not in errors[0].error
    assert errors[0].document is None
    assert [r.path for r in results if r.document] == [str(before), str(after)]


def test_jsonl_bad_lines_are_reported_by_line_and_good_lines_kept(tmp_path):
    path = write(tmp_path / "mixed.jsonl", "\n".join([
        json.dumps({"text": "Shelling hit Ariha on Monday."}),
        '{"text": broken',
        "",
        json.dumps({"title": "no body"}),
        json.dumps({"text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Clashes near Atarib."}),
    ]) + "\n")
    results = list(read_paths([str(path)]))
    assert [(r.line, r.document is not None) for r in results] == [
        (1, True), (2, False), (4, False), (5, False), (6, False), (7, True)
    ]
    errors = [r.message for r in results if r.message]
    assert errors[0] == f"{path}:2: invalid JSON: Expecting value (column 10)"
    assert errors[1].startswith(f"{path}:4: record has no text")
    assert errors[2].startswith(f"{path}:5: ")
    assert errors[3] == f"{path}:6: record is a JSON list, not an object"


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    big = write(tmp_path / "big.txt", "Shelling. " * 500)
    small = write(tmp_path / "small.txt", GOOD)

    def refuse(*args, **kwargs):
        raise AssertionError("a file over the limit must not be opened")

    real_open = open
    monkeypatch.setattr("builtins.open", lambda p, *a, **k: refuse() if str(p) == str(big) else real_open(p, *a, **k))
    results = list(read_paths([str(big), str(small)], max_bytes=1000))
    assert results[0].message == f"{big}: file too large (4.9 KB; the limit is 1000 bytes)"
    assert results[1].document is not None


def test_default_size_limit_is_20_mb():
    assert readers.DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    assert list(read_bytes(b"x" * 11, max_bytes=10))[0].message.startswith("-: input too large")


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    locked = write(tmp_path / "locked.txt", GOOD)
    other = write(tmp_path / "other.txt", GOOD)
    real_open = open

    def guarded(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded)
    results = list(read_paths([str(locked), str(other)]))
    assert results[0].message == f"{locked}: permission denied (cannot read the file)"
    assert results[1].document is not None


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads any file")
def test_file_without_read_permission(tmp_path):
    locked = write(tmp_path / "locked.txt", GOOD)
    locked.chmod(0)
    try:
        assert "permission denied" in list(read_paths([str(locked)]))[0].message
    finally:
        locked.chmod(0o644)


def test_missing_file_is_reported(tmp_path):
    missing = tmp_path / "gone.txt"
    assert [r.message for r in read_paths([str(missing)])] == [f"{missing}: no such file"]


def test_folders_skip_unsupported_and_hidden_files_silently(tmp_path):
    write(tmp_path / "report.txt", GOOD)
    write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0")
    write(tmp_path / "README.md", "# About this folder\n")
    (tmp_path / ".cache").mkdir()
    write(tmp_path / ".cache" / "x.txt", GOOD)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "b.html", "<html><body><p>Clashes near Atarib.</p></body></html>")
    assert discover([str(tmp_path)]) == [str(tmp_path / "report.txt"), str(tmp_path / "sub" / "b.html")]
    assert all(r.message is None for r in read_paths([str(tmp_path)]))
    # named explicitly, an unsupported file is reported and a README is read
    explicit = list(read_paths([str(tmp_path / "photo.jpg"), str(tmp_path / "README.md")]))
    assert explicit[0].message.startswith(f"{tmp_path / 'photo.jpg'}: unsupported file type '.jpg'")
    assert explicit[1].document is not None


def test_empty_folder_is_reported(tmp_path):
    (tmp_path / "none").mkdir()
    assert [r.message for r in read_paths([str(tmp_path / "none")])] == [
        f"{tmp_path / 'none'}: no supported files in this folder"
    ]


def test_malformed_html_still_yields_its_text(tmp_path):
    page = write(tmp_path / "broken.html", "<html><body><div><p>Shelling hit <b>Ariha</b> on Monday<div>Rescuers said")
    doc = list(read_paths([str(page)]))[0].document
    assert "Shelling hit Ariha on Monday" in doc.text
    assert "Rescuers said" in doc.text


def test_stdin_problems_name_stdin():
    assert [r.message for r in read_bytes(b"")] == ["-: empty file"]
    assert [r.message for r in read_bytes(b"\x00\x01\x02binary")] == [
        "-: binary file (contains NUL bytes), not a text document"
    ]
    errors = [r.message for r in read_bytes(b'{"text": "ok"}\n{oops}\n') if r.message]
    assert len(errors) == 1 and errors[0].startswith("-:2: invalid JSON")


def test_feed_item_without_text_whose_local_link_is_missing(tmp_path):
    feed = write(tmp_path / "feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                 "<item><title>Ariha</title><description>Shelling hit Ariha.</description></item>\n"
                 "<item><link>stories/missing.txt</link></item></channel></rss>")
    results = list(read_paths([str(feed)]))
    assert [r.document is not None for r in results] == [True, False]
    assert results[1].line == 2
    assert results[1].message == (
        f"{feed}:2: item 2 has no text and its link 'stories/missing.txt' names a missing local file"
    )
