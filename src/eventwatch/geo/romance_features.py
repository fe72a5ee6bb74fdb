"""Spanish mountain words that open a feature's name: "Cerro de la Muerte", "the Cordillera Central", "Nevado
Huascarán", "Volcán Barú", "the Sierra Nevada".

Each word is also the whole name of some held place (Cerro, a district of Havana; Cordillera, a Philippine
region; Sierra County in California), so the gazetteer reads the first word alone, a continent away, and the
rest of the name as nothing or as another place ("Sierra" and "Nevada"). Before a capitalised word, or before
"de"/"del" (with "la", "los" or "las") and a capitalised word, the word is the generic part of one longer
name, as "Mount" and "Lake" are in English (geo/features.py reads the whole and lets a held name inside it
lend weak readings). "Sierra" is also a given name ("Sierra Johnson"), so it opens a feature only after "the".
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.normalise import Token

ROMANCE_FEATURE_PREFIXES = frozenset({"cerro", "cordillera", "nevado", "volcan", "volcán", "sierra"})
_AFTER_THE_ONLY = frozenset({"sierra"})
_OF = frozenset({"de", "del"})
_ARTICLES = frozenset({"la", "los", "las", "el"})


def _joined(text: str, tokens: list[Token], a: int) -> bool:
    """Tokens a and a+1 are separated by one run of spaces, no line break or punctuation."""
    gap = text[tokens[a].end : tokens[a + 1].start]
    return gap != "" and gap.strip() == "" and "\n" not in gap


def _named(t: Token) -> bool:
    return t.text[:1].isupper() and not t.text.isupper()


def romance_feature_name_start(text: str, tokens: list[Token], k: int) -> Optional[int]:
    """The index of the first capitalised word of the name that the mountain word at k opens, or None when the
    word at k opens none."""
    t = tokens[k]
    if t.norm not in ROMANCE_FEATURE_PREFIXES or not _named(t):
        return None
    if t.norm in _AFTER_THE_ONLY and (k == 0 or tokens[k - 1].norm != "the"):
        return None
    m, n = k + 1, len(tokens)
    if m < n and tokens[m].norm in _OF and tokens[m].text.islower() and _joined(text, tokens, m - 1):
        m += 1
        if m < n and tokens[m].norm in _ARTICLES and tokens[m].text.islower() and _joined(text, tokens, m - 1):
            m += 1
    if m >= n or not _joined(text, tokens, m - 1) or not _named(tokens[m]):
        return None
    return m
