"""The word after a compound name's head is the compound's, never a place of its own.

A head word (`name_heads` in data/gazetteer/arabic_report_words.yaml: "أولاد" sons of, "سيدي" my lord, "بني",
"أبو", "عين", "كفر") stands in construct with the word after it, and the pair is one name: "أولاد عمران" is a
Moroccan village, "سيدي بنور" a Moroccan province. Where the gazetteer holds the pair in Latin letters only, the
automaton meets the second word alone and reads the place it spells ("عمران", Yemen's Amran): a far place,
whose country then draws the report's other names abroad. The reading is dropped and the head's and the word's
tokens are given back, for the skeleton bridge and the reader of unknown names to take the pair whole.

Heads that are also nouns before a place's own name keep it: a natural feature's ("جزيرة سقطرى", the island of
Socotra: `feature_heads`) and the everyday nouns (`noun_heads`: "برج القاهرة", the Cairo tower). "أم" is also the
conjunction "or" ("على حلب أم إدلب"): a head only after a settlement word, which geo/arabic_names.py reads.
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import load_arabic_report_words
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_candidates, fold_token, is_arabic

# the heads that are also particles of the language: "أم" (or)
_PARTICLES = frozenset({fold_token("أم")})


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


def without_head_genitives(text: str, tokens: list[Token], spans: list, taken: list[bool]) -> list:
    """The spans less each Arabic name that opens with the word right after a compound's head (only a space
    between); its tokens and the head's are marked untaken."""
    out = []
    for s in spans:
        k = s.i
        if k > 0 and is_arabic(s.norm) and text[tokens[k - 1].end : tokens[k].start] == " " \
                and not taken_by_other(spans, s, k - 1) and _genitive_head(tokens[k - 1].norm):
            for m in range(k - 1, s.j):
                taken[m] = False
            continue
        out.append(s)
    return out


def taken_by_other(spans: list, s, k: int) -> bool:
    """Whether token k lies in a name other than `s` (a name read whole, "أبو ظبي", ends there)."""
    return any(o is not s and o.i <= k < o.j for o in spans)
