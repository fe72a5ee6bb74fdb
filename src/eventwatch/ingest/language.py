"""A cheap language guess: script first, then stopwords for Latin-script text.

It only has to route documents (English through the full pipeline, others flagged) and fill a field; a
statistical detector would be a dependency for little gain. Undecidable text gets None, not a guess.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.ingest.lexicon import page_shapes

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> Optional[str]:
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < 3:
        return None
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f")
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if arabic / len(letters) > 0.4:
        return "fa" if re.search("[پچژگ]", sample) else "ar"
    if cyrillic / len(letters) > 0.4:
        return "uk" if re.search("[іїєґІЇЄҐ]", sample) else "ru"
    words = [w.casefold() for w in _WORD.findall(sample)]
    if not words:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in page_shapes().stopwords.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    second = max((v for k, v in scores.items() if k != lang), default=0)
    if best >= 2 and best > 1.2 * second:
        return lang
    if best >= 1 and len(words) <= 8 and best > second:
        return lang
    return None
