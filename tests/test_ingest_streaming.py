"""JSON Lines files of any size are read a line at a time; the size limit applies to each record."""
from __future__ import annotations

import json
import tracemalloc

import pytest

from eventwatch.ingest import read_paths
from eventwatch.ingest.readers import _read_data


def _write(path, lines: list[str], encoding: str = "utf-8", bom: bytes = b"") -> str:
    path.write_bytes(bom + "".join(lines).encode(encoding))
    return str(path)


def _record(text: str, **extra) -> str:
    return json.dumps({"text": text, **extra}) + "\n"


def _whole_file(path: str) -> list:
    with open(path, "rb") as fh:
        return list(_read_data(fh.read(), path, "jsonl", local_reader=None))


def test_a_jsonl_file_larger_than_the_limit_is_read_when_each_record_is_under_it(tmp_path):
    path = _write(tmp_path / "day.jsonl", [_record(f"Report {n}: shelling hit the market.") for n in range(200)])
    results = list(read_paths([path], max_bytes=1000))
    assert len(results) == 200
    assert all(r.error is None for r in results)
    assert [r.line for r in results] == list(range(1, 201))
    assert results[57].document.text == "Report 57: shelling hit the market."


def test_a_record_over_the_limit_is_an_error_naming_its_line_and_the_next_records_are_read(tmp_path):
    path = _write(tmp_path / "feed.jsonl", [_record("small"), _record("x" * 5108), _record("after")])
    results = list(read_paths([path], max_bytes=1000))
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].line == 2
    assert results[1].message == f"{path}:2: record too large (5.0 KB; the limit is 1000 bytes per record)"
    assert results[2].document.text == "after"


def test_streamed_records_are_the_documents_a_whole_file_read_gives(tmp_path):
    lines = [_record("Caf\u00e9 owners said gunmen opened fire.", publisher="Wire", published_at="2024-01-02"),
             "\r\n", "not json\r\n", _record("Second report", url="https://example.org/2"),
             json.dumps(["a", "list"]) + "\n"]
    path = _write(tmp_path / "mixed.jsonl", lines, bom=b"\xef\xbb\xbf")
    streamed = list(read_paths([path]))
    whole = _whole_file(path)
    assert [(r.line, r.error) for r in streamed] == [(r.line, r.error) for r in whole]
    assert [r.document for r in streamed] == [r.document for r in whole]
    assert streamed[0].document.publisher == "Wire"


def test_binaries_renamed_jsonl_are_one_error_and_a_blank_file_is_empty(tmp_path):
    pdf = tmp_path / "renamed.jsonl"
    pdf.write_bytes(b"%PDF-1.4\n" * 50)
    assert [r.message for r in read_paths([str(pdf)])] == [f"{pdf}: binary file (a PDF document), not a text document"]
    empty = _write(tmp_path / "empty.jsonl", ["\n", "  \n"])
    assert [r.message for r in read_paths([empty])] == [f"{empty}: empty file"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_stream_the_records_a_whole_read_gives(tmp_path, encoding):
    lines = [_record("Caf\u00e9 owners said gunmen opened fire \U0001F525.", publisher="Wire"), "\r\n",
             "not json\r\n", _record("Second\rreport", url="https://example.org/2")]
    path = _write(tmp_path / "wide.jsonl", lines, encoding=encoding)
    streamed = list(read_paths([path]))
    whole = _whole_file(path)
    assert [(r.line, r.error) for r in streamed] == [(r.line, r.error) for r in whole]
    assert [r.document for r in streamed] == [r.document for r in whole]
    assert streamed[0].document.text.startswith("Caf\u00e9 owners")


def test_in_utf16_the_limit_applies_to_each_record_too(tmp_path):
    path = _write(tmp_path / "wide.jsonl", [_record("small"), _record("x" * 5000), _record("after")],
                  encoding="utf-16")
    results = list(read_paths([path], max_bytes=1000))
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].line == 2 and results[1].error.startswith("record too large")
    assert results[2].document.text == "after"


def test_bytes_that_stop_decoding_half_way_keep_the_records_before_them(tmp_path):
    path = tmp_path / "broken.jsonl"
    broken = b"\x00\xd8"  # a high surrogate with no low one after it
    path.write_bytes((_record("one") + _record("two")).encode("utf-16") + broken + _record("three").encode("utf-16-le"))
    results = list(read_paths([str(path)]))
    assert [r.document.text for r in results[:2]] == ["one", "two"]
    assert results[2].line == 3 and "invalid UTF-16" in results[2].error and len(results) == 3


def _read_counting_peak(path) -> tuple[int, float]:
    """Documents read from `path` and the peak traced memory (MB) while reading them one by one."""
    tracemalloc.start()
    try:
        count = 0
        for result in read_paths([str(path)], max_bytes=100_000):
            count += result.document is not None
            del result
        return count, tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_reading_a_large_file_holds_one_line_in_memory(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n in range(1000):  # about 40 MB, mostly a field no reader looks at
            fh.write(_record(f"Report {n}: shelling in the north.", archive="z" * 40_000))
    count, peak_mb = _read_counting_peak(path)
    assert count == 1000
    assert peak_mb < 2  # reading the file whole would have held 40 MB of bytes and as much of text


def test_reading_a_large_utf16_file_holds_one_line_in_memory(tmp_path):
    path = tmp_path / "big16.jsonl"
    with path.open("w", encoding="utf-16") as fh:
        for n in range(300):  # about 24 MB
            fh.write(_record(f"Report {n}: shelling in the north.", archive="z" * 40_000))
    count, peak_mb = _read_counting_peak(path)
    assert count == 300
    assert peak_mb < 3
