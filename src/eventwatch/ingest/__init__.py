"""ingest stage: files, folders and stdin → `model.Document`s with cleaned text mapped back to the original.

Formats: .txt, .md, .html/.htm, .json (a record or a list of records), .jsonl, RSS/Atom (.xml/.rss/.atom),
and stdin (sniffed). Bad input never raises: it becomes a `ReadResult` with a one-line `error`.
"""
from eventwatch.ingest.offsets import original_text, to_original
from eventwatch.ingest.readers import DEFAULT_MAX_BYTES, discover, read_bytes, read_file, read_paths
from eventwatch.ingest.result import ReadResult
from eventwatch.ingest.texthash import normalized_text_hash

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ReadResult",
    "discover",
    "normalized_text_hash",
    "original_text",
    "read_bytes",
    "read_file",
    "read_paths",
    "to_original",
]
