"""The word after a compound name's head is the compound's, never a place of its own.

A head word (`name_heads` in data/gazetteer/arabic_report_words.yaml: "أولاد" sons of, "سيدي" my lord, "بني",
"أبو", "عين", "كفر") stands in construct with the word after it, and the pair is one name: "أولاد عمران" is a
Moroccan village, "سيدي بنور" a Moroccan province. Where the gazetteer holds the pair in Latin letters only, the
automaton meets the second word alone and reads the place it spells ("عمران", Yemen's Amran): a far place,
whose country then draws the report's other names abroad. The reading is dropped and the head's and the word's
tokens are given back, for the skeleton bridge and the reader of unknown names to take the pair whole.

A large place after the head keeps its reading unless a settlement or governorate word stands before the head:
"أولاد" is also the everyday "children, sons" ("يعيش أولاد غزة في الخيام", the children of Gaza live in tents),
and a city, a capital, a governorate or a division's seat there is what the report names ("أولاد حلب", Aleppo's
sons), where after "قرية" or "بلدة" the pair is a village's name whatever its second word spells alone ("قرية عين
حلب").

Heads that are also nouns before a place's own name keep it: a natural feature's ("جزيرة سقطرى", the island of
Socotra: `feature_heads`) and the everyday nouns (`noun_heads`: "برج القاهرة", the Cairo tower). "أم" is also the
conjunction "or" ("على حلب أم إدلب"): a head only after a settlement word, which geo/arabic_names.py reads.
"""
from __future__ import annotations

from functools import lru_cache

from eventwatch.geo.arabic_words import ArabicReportWords, cue_readings, load_arabic_report_words
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_candidates, fold_token, is_arabic

# the heads that are also particles of the language: "أم" (or)
_PARTICLES = frozenset({fold_token("أم")})
# a place this large, or of these kinds, is what a report names after a head read as a noun ("أولاد غزة", the
# children of Gaza); the pair is a village's name only where a settlement word before the head says so
_LARGE_PLACE = 100_000
# and their kinds' variants ("PCLI", "ADM1H"); a peninsula is as large ("عرب سيناء", the Arabs of Sinai)
_LARGE_KINDS = ("PCL", "ADM1", "PEN")
_LARGE_SEATS = frozenset({"PPLC", "PPLA"})  # a capital, a first-level seat (no lower seat: "PPLA3" is a village's)


@lru_cache(maxsize=4096)
def _genitive_head(norm: str) -> bool:
    """Whether a folded token is a compound's head written without the article, maybe behind a clitic
    ("أولاد", "بأولاد", "وسيدي"), that opens only names."""
    words = load_arabic_report_words()
    if norm.startswith(ARABIC_ARTICLE) or norm[1:3] == ARABIC_ARTICLE:
        return False
    readings = {norm, *arabic_candidates(norm)}
    if readings & _PARTICLES:
        return False
    return any(r in words.name_heads for r in readings) \
        and not any(r in words.feature_heads or r in words.noun_heads for r in readings)


def _large(candidates: list[Candidate]) -> bool:
    """Whether a reading is a large place: a country, a first-level division, a peninsula, a capital or a
    division's seat, or a place of `_LARGE_PLACE` people."""
    return any(c.population >= _LARGE_PLACE or c.feature_code in _LARGE_SEATS or c.feature_code.startswith(_LARGE_KINDS)
               for c in candidates)


def _settled_head(text: str, tokens: list[Token], k: int, words: ArabicReportWords) -> bool:
    """Whether the head at token k follows a settlement or governorate word ("ببلدة أولاد", "إقليم سيدي"), one space
    between: the pair after it is then a place's name."""
    if k < 1 or text[tokens[k - 1].end : tokens[k].start] != " ":
        return False
    return any(r in words.settlement_words or r in words.governorate_words for r in cue_readings(tokens[k - 1].norm))


def without_head_genitives(text: str, tokens: list[Token], spans: list, taken: list[bool]) -> list:
    """The spans less each Arabic name that opens with the word right after a compound's head (only a space
    between), unless it is a large place and no settlement word comes before the head; its tokens and the
    head's are marked untaken. The head is tested first and the tokens of every span are gathered once: this
    runs on every name of a long report."""
    words = load_arabic_report_words()
    named: set[int] | None = None  # the tokens of every span, built at the first head met
    out = []
    for s in spans:
        k = s.i
        if k > 0 and is_arabic(s.norm) and text[tokens[k - 1].end : tokens[k].start] == " " \
                and _genitive_head(tokens[k - 1].norm):
            if named is None:
                named = {m for o in spans for m in range(o.i, o.j)}
            # a name read whole ("أبو ظبي") ends at the head: the head is no other span's token
            if k - 1 not in named and not (_large(s.candidates) and not _settled_head(text, tokens, k - 1, words)):
                for m in range(k - 1, s.j):
                    taken[m] = False
                continue
        out.append(s)
    return out
