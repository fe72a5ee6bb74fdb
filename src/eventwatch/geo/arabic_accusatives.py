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

from typing import Optional, Sequence

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_base, fold_token, is_arabic

TANWIN_FATH = "\u064b"
ACCUSATIVE_ALIF = "ا"
# words that may stand between a noun and the state's adjective describing it ("قصفا جويا روسيا")
MAX_ADJECTIVES_BETWEEN = 1
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


def time_adverb(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded token, whole, is a word of time in the indefinite accusative, an adverb of time
    ("صباحا" in the morning, "ليلا" at night, "فجرا" at dawn): never a name, though its consonants may spell one
    held in Latin letters only (Sabha for "صباحا")."""
    if not norm.endswith(ACCUSATIVE_ALIF) or norm.startswith(ARABIC_ARTICLE):
        return False
    stem = arabic_base(norm[: -len(ACCUSATIVE_ALIF)])
    return len(stem) >= MIN_STEM_LETTERS and stem in words.time_words


def agrees_with_accusative(text: str, tokens: Sequence[Token], i: int, candidates: Sequence[Candidate],
                           words: ArabicReportWords) -> bool:
    """Whether a state's name ending in "يا", read whole at token i, is the relative adjective of an indefinite
    accusative noun before it ("قصفا روسيا" Russian shelling, "جنديا كينيا" a Kenyan soldier, "قصفاً روسياً"):
    a noun with tanwin is in no construct, so the word after it describes it rather than naming whose it is or
    where, and such a state's adjective in the accusative is spelt as its name ("روسي" + "ا"). The noun must be
    one a nationality describes (`nationality_nouns`), never just any accusative: an adverb or a time word
    ("مجددا" again, "ليلا" at night, "رسميا" officially) leaves the state the verb's object or subject, a place.
    One accusative relative adjective of the report may stand between ("قصفا جويا روسيا", Russian air
    shelling). A name after a verb or a preposition ("قصفت سوريا", "في سوريا") is left to the state's name."""
    if i == 0 or not _state_adjective(text, tokens[i], candidates):
        return False
    k = i - 1
    for _ in range(MAX_ADJECTIVES_BETWEEN + 1):
        if k < 0 or text[tokens[k].end : tokens[k + 1].start].replace(TANWIN_FATH, "").strip():
            return False
        stem = _accusative_stem(text[tokens[k].start : tokens[k].end])
        if stem is None:
            return False
        if stem in words.nationality_nouns:
            return True
        if not (stem.endswith("ي") and stem in words.common_words):
            return False  # only a relative adjective of the noun ("جويا") may come between
        k -= 1
    return False


def _state_adjective(text: str, token: Token, candidates: Sequence[Candidate]) -> bool:
    """Whether the token, as written, is a state's name read whole that ends in "يا": the shape its relative
    adjective takes in the accusative ("سوريا", "كينيا", "ليبيا"; not "وسوريا" with "and" peeled)."""
    name = text[token.start : token.end].strip().replace(TANWIN_FATH, "")
    if not is_arabic(name) or not name.endswith("ي" + ACCUSATIVE_ALIF):
        return False
    whole = arabic_base(token.norm)
    return any(c.exact and c.feature_code.startswith("PCL") and c.match_norm == whole for c in candidates)


def _accusative_stem(written: str) -> Optional[str]:
    """The folded stem of an indefinite accusative word as written ("قصفاً" → "قصف"), or None for a word with the
    article or without the final alif."""
    bare = written.strip().replace(TANWIN_FATH, "")
    if not bare.endswith(ACCUSATIVE_ALIF) or not is_arabic(bare) or " " in bare:
        return None
    if fold_token(bare).startswith(ARABIC_ARTICLE):
        return None
    stem = arabic_base(fold_token(bare[: -len(ACCUSATIVE_ALIF)]))
    return stem if len(stem) >= MIN_STEM_LETTERS else None
