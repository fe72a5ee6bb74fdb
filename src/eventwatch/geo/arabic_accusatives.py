"""An indefinite accusative word is an adverb or an adjective of the report, not a place.

Arabic writes an indefinite noun or adjective in the accusative with a final alif (tanwin alif, its "ً" mostly
left unwritten): "يوميا" daily, "مجددا" again, "سابقا" formerly, "هجوما كبيرا" a large offensive, "مخبأ جديدا"
a new hideout. Such words stand beside real places in every monitor's report, and GeoNames gives some of
them as a far town's Arabic name ("يوميا" is Umeå's) or they read as one once a proclitic is peeled ("كبيرا"
as "ك" + "بيرا", Beira). A place name is never such a word's accusative: the word minus its alif is a word of
the report vocabulary (`common_words`: "كبير", "جديد", "يومي", "سابق"), so the shape and the vocabulary
together say "word", with no list of the accusatives themselves. A settlement or division word before it
still makes it a name (`arabic_names.arabic_context` checks that first), as for any report word.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import ARABIC_ARTICLE, arabic_base, fold_token, is_arabic

TANWIN_FATH = "\u064b"
ACCUSATIVE_ALIF = "ا"
MIN_STEM_LETTERS = 3  # a two-letter stem ("حر" of "حرا", free) leaves too little to tell a word from a short name


def accusative_of_word(written: str, candidates: Sequence[Candidate], words: ArabicReportWords) -> bool:
    """Whether a token, as written, is a word of report vocabulary in the indefinite accusative: no article,
    a final alif (tanwin "ً" before or after it allowed), and the rest a common word ("كبيرا" → "كبير",
    "يوميا" → "يومي"). The token whole counts, not a reading with a proclitic peeled ("كبيرا" is not "ك" +
    "بيرا"), so a joined preposition or "and" before a name ending in alif ("وحرستا") is left alone. A country
    or first-level division the token names exactly stays a name: "سوريا" is no accusative of "سوري"."""
    bare = written.strip().replace(TANWIN_FATH, "")
    if not bare.endswith(ACCUSATIVE_ALIF) or not is_arabic(bare) or " " in bare:
        return False
    norm = fold_token(bare)
    if norm.startswith(ARABIC_ARTICLE):
        return False  # the article and tanwin never go together
    stem = arabic_base(fold_token(bare[: -len(ACCUSATIVE_ALIF)]))
    if len(stem) < MIN_STEM_LETTERS or stem not in words.common_words:
        return False
    return not any(c.exact and c.feature_code.startswith(("PCL", "ADM1", "CONT")) for c in candidates)


def agrees_with_accusative(text: str, prev_start: int, prev_end: int, start: int, end: int,
                           words: ArabicReportWords) -> bool:
    """Whether a country's name ending in alif right after an indefinite accusative noun of the report ("قصفا
    روسيا" Russian shelling, "هجوما تركيا" a Turkish attack) is that noun's relative adjective in the same case:
    a noun with tanwin is in no construct, so the word after it describes it rather than naming whose it is or
    where. The name minus its alif must be a relative adjective of report vocabulary ("روسي", "تركي"), the noun
    before it a common word in the accusative, with nothing but a space between them. "سوريا" after a verb or a
    preposition ("قصفت سوريا", "في سوريا") is left to the country's name."""
    if text[prev_end:start].strip():
        return False
    name = text[start:end].strip().replace(TANWIN_FATH, "")
    if not name.endswith(ACCUSATIVE_ALIF) or not is_arabic(name):
        return False
    adjective = arabic_base(fold_token(name[: -len(ACCUSATIVE_ALIF)]))
    if not adjective.endswith("ي") or adjective not in words.common_words:
        return False
    return accusative_of_word(text[prev_start:prev_end], (), words)
