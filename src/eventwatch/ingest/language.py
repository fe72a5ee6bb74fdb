"""A cheap language guess: script first, then stopwords for Latin-script text.

It only has to route documents (English through the full pipeline, others flagged) and fill a field; a
statistical detector would be a dependency for little gain. Undecidable text gets None, not a guess.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.ingest.lexicon import page_shapes

_WORD = re.compile(r"[^\W\d_]+")


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def detect_language(text: str) -> Optional[str]:
    # Counted with map/findall, which run in C: a Python loop per character was most of reading a document.
    sample = text[:5000]
    letters = sum(map(str.isalpha, sample))
    if letters < 3:
        return None
    # A search first: most text has no letter of either script, and then nothing needs counting.
    if _ARABIC.search(sample) and sum(map(str.isalpha, _ARABIC.findall(sample))) / letters > 0.4:
        return "fa" if re.search("[پچژگ]", sample) else "ar"
    if _CYRILLIC.search(sample) and sum(map(str.isalpha, _CYRILLIC.findall(sample))) / letters > 0.4:
        return "uk" if re.search("[іїєґІЇЄҐ]", sample) else "ru"
    words = list(map(str.casefold, _WORD.findall(sample)))
    if not words:
        return None
    scores = {lang: sum(map(stop.__contains__, words)) for lang, stop in page_shapes().stopwords.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    second = max((v for k, v in scores.items() if k != lang), default=0)
    if best >= 2 and best > 1.2 * second:
        return lang
    if best >= 1 and len(words) <= 8 and best > second:
        return lang
    return None
