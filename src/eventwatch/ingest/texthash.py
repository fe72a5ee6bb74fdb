"""A hash that near-identical copies share.

The same wire story republished by a second outlet differs in whitespace, capitalisation, quote styles and
site furniture; counting it as a second source would double-count one witness. Hashing the words alone,
after dropping boilerplate lines, makes such copies collide while any change of wording does not.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from eventwatch.ingest.lexicon import page_shapes

_NON_WORD = re.compile(r"[\W_]+")


def normalized_words(text: str) -> str:
    shapes = page_shapes()
    kept = []
    for line in text.splitlines():
        if shapes.is_boilerplate(line) or shapes.is_end_mark(line):
            continue
        kept.append(line)
    folded = unicodedata.normalize("NFKC", "\n".join(kept)).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def normalized_text_hash(text: str) -> str:
    """16 hex characters; equal for texts that differ only in whitespace, case, punctuation or boilerplate."""
    return hashlib.sha256(normalized_words(text).encode("utf-8")).hexdigest()[:16]
