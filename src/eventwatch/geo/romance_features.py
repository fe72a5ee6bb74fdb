"""Spanish mountain words that open a feature's name: "Cerro de la Muerte", "the Cordillera Central", "Nevado
Huascarán", "Volcán Barú", "the Sierra Nevada", "Pico Bolívar", "Pico del Teide".

Each word is also the whole name of some held place (Cerro, a district of Havana; Cordillera, a Philippine
region; Sierra County in California; Pico, the Azores island), so the gazetteer reads the first word alone, a continent away, and the
rest of the name as nothing or as another place ("Sierra" and "Nevada"). Before a capitalised word, or before
"de"/"del" (with "la", "los" or "las") and a capitalised word, the word is the generic part of one longer
name, as "Mount" and "Lake" are in English (geo/features.py reads the whole and lets a held name inside it
lend weak readings). "Sierra" is also a given name ("Sierra Johnson"), so it opens a feature only after "the".
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.sources import _country_names
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.normalise import Token, normalise

ROMANCE_FEATURE_PREFIXES = frozenset({"cerro", "cordillera", "nevado", "volcan", "volcán", "sierra", "pico"})
# GeoNames' codes of the relief the words name: a held name inside "Cerro Aconcagua" that is itself a mountain is
# the feature, and lends its reading whole, not as a weak guess near it.
RELIEF_CODES = frozenset({"MT", "MTS", "PK", "PKS", "VLC", "HLL", "HLLS", "RDG", "SPUR", "CRTR", "MESA", "PLAT"})
_AFTER_THE_ONLY = frozenset({"sierra"})
_OF = frozenset({"de", "del"})
_ARTICLES = frozenset({"la", "los", "las", "el"})
# Words of a firm's name that cues.yaml's organisation heads lack (those are checked too): "Volcan Mining",
# "Sierra Brewing", "Cerro Resources".
_TRADE_WORDS = frozenset({"mining", "minerals", "resources", "brewing", "brewery", "energy", "metals", "gold", "oil",
                          "co", "company", "holdings", "industries"})
# A division's word written as part of the held name ("Cordillera Administrative Region").
_DIVISION_WORDS = frozenset({"administrative", "autonomous", "department", "municipality", "municipio"})
# The longest run of capitalised words read after the mountain word to find a country's name.
_RUN = 4
# Countries where Spanish names the relief, so a mountain held inside a name the Spanish word opens lies there:
# Spain, Spanish America and Equatorial Guinea ("Cerro Aconcagua" is Argentina's; a peak elsewhere that
# shares the inner name is not the one meant).
SPANISH_RELIEF_COUNTRIES = frozenset({
    "ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "VE", "EC", "PE", "BO", "CL", "AR",
    "UY", "PY", "GQ",
})


def _not_a_feature_word(text: str, tokens: list[Token], m: int, cues: Cues) -> bool:
    """Whether the capitalised run from m is a date, a firm's or a division's name, or a country's, rather than
    the rest of a feature's name. Only the word right after the mountain word is read for a firm's or a
    division's word ("Volcan Mining", "Cordillera Administrative Region"): one further on may end the feature's
    own longer name ("Cerro Chirripo National Park")."""
    w = tokens[m].norm
    if w in cues.months or w in cues.organisation_heads or w in _TRADE_WORDS or w in _DIVISION_WORDS \
            or w in cues.vague_after:
        return True
    e = m
    while e + 1 < len(tokens) and e - m < _RUN and _named(tokens[e + 1]) and _joined(text, tokens, e):
        e += 1
    return normalise(" ".join(t.text for t in tokens[m : e + 1])) in _country_names()


def _joined(text: str, tokens: list[Token], a: int) -> bool:
    """Tokens a and a+1 are separated by one run of spaces, no line break or punctuation."""
    gap = text[tokens[a].end : tokens[a + 1].start]
    return gap != "" and gap.strip() == "" and "\n" not in gap


def _named(t: Token) -> bool:
    return t.text[:1].isupper() and not t.text.isupper()


def romance_feature_name_start(text: str, tokens: list[Token], k: int, cues: Cues) -> Optional[int]:
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
    if _not_a_feature_word(text, tokens, m, cues):
        return None
    return m
