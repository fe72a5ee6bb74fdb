"""Country adjectives that name a place: "Syrian territory", "Turkish airspace", "the Lebanese border".

A demonym is normally an actor's origin ("Russian warplanes", "Iranian officials"), and an event never
happens at its actor's origin, so the recogniser marks demonyms non-locational. Gritta et al. (2019) single
out the exception, the literal modifier: the adjective modifies a noun for the country's land, its parts and
settlements, or what is located there ("British farms", "the Turkish market"). There the adjective is the
place (the country, or the continent for "European"), and it is marked locational.

The rule reads only the noun compound the adjective opens, so it runs before any parse. Its words are data
(literal_modifiers.yaml), checked on load.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.function_words import FUNCTION_WORDS
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.yaml_files import parse_yaml, word_list

CUE = "place modifier"  # the cue a literal modifier gets: backed by its head noun
_LIST_KEYS = ("place_heads", "heads_before_of", "holder_words", "agent_after")
# Words that end a noun compound: the head is the last content word before one of them. The function words
# (geo/function_words) and the two prepositions of where a thing lies ("the bridge near X", "a road along X").
_STOP_WORDS = FUNCTION_WORDS | {"near", "along"}


@dataclass(frozen=True)
class LiteralModifierLexicon:
    place_heads: frozenset[str]
    heads_before_of: frozenset[str]
    holder_words: frozenset[str]
    agent_after: frozenset[str]
    max_between: int


@lru_cache(maxsize=2)
def load_literal_modifiers(path: str = str(DATA_DIR / "literal_modifiers.yaml")) -> LiteralModifierLexicon:
    """The lexicon, validated: lower-case word lists, no word both a head and a holder, a small window."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    lists: dict[str, frozenset[str]] = {}
    for key in _LIST_KEYS:
        value = word_list(raw.get(key), key, "literal_modifiers.yaml")
        if not all(w.isalpha() for w in value):
            raise ValueError(f"literal_modifiers.yaml: {key} must hold single words of letters: {value}")
        if len(set(value)) != len(value):
            dupes = sorted({w for w in value if value.count(w) > 1})
            raise ValueError(f"literal_modifiers.yaml: {key} repeats {dupes}")
        lists[key] = frozenset(value)
    heads = lists["place_heads"] | lists["heads_before_of"]
    for key in ("holder_words", "agent_after"):
        overlap = heads & lists[key]
        if overlap:
            raise ValueError(f"literal_modifiers.yaml: words both place heads and {key}: {sorted(overlap)}")
    if lists["place_heads"] & lists["heads_before_of"]:
        raise ValueError("literal_modifiers.yaml: a word is in both place_heads and heads_before_of")
    between = raw.get("max_between")
    if not isinstance(between, int) or isinstance(between, bool) or not 0 <= between <= 3:
        raise ValueError("literal_modifiers.yaml: max_between must be an integer from 0 to 3")
    return LiteralModifierLexicon(**lists, max_between=between)


def _compound(text: str, tokens: list[Token], j: int, limit: int) -> list[Token]:
    """The lower-case words after token j-1, joined by single spaces, up to the first word that ends a
    noun compound (a function word, a capital, punctuation, a line break)."""
    out: list[Token] = []
    prev_end = tokens[j - 1].end if j > 0 else 0
    for k in range(j, min(len(tokens), j + limit)):
        t = tokens[k]
        if text[prev_end : t.start] != " " or not t.text.isalpha() or not t.text.islower() or t.norm in _STOP_WORDS:
            break
        out.append(t)
        prev_end = t.end
    return out


def _participle(word: str) -> bool:
    """"occupied", "controlled", "speaking": a verb form that makes the adjective its doer ("feed" is not)."""
    return (word.endswith("ed") and not word.endswith("eed") and len(word) > 4) or (
        word.endswith("ing") and len(word) > 5)


def people_plural(surface: str) -> bool:
    """Whether a demonym is written as the plural noun of its people ("Syrians", "Muscovites", "Iraqis").

    Adjectives ending in -s are few and end in -ss or -ois ("Swiss", "Seychellois", "Québécois").
    """
    return surface.endswith("s") and not surface.endswith(("ss", "ois"))


def literal_head(text: str, tokens: list[Token], s: NameSpan, lexicon: LiteralModifierLexicon,
                 agents: frozenset[str] = frozenset()) -> Optional[Token]:
    """The place noun a demonym span modifies, or None where it modifies anything else.

    The head is the first listed place noun in the compound after the adjective; the words before it must
    describe the place (not its holder: "Israeli occupied territory"), and the word after it must not turn
    the compound into an agent ("Syrian border guards"). `agents`: further agent nouns (associative.yaml's
    modifier_heads).
    """
    if s.start > 0 and text[s.start - 1] in "-‐‑–":
        return None  # "anti-Syrian", "pro-Russian": a stance, not a place
    if people_plural(text[s.start : s.end]):
        return None  # "Syrians fled south", "Gazans in the north": a plural names people, it modifies nothing
    if text[s.end : s.end + 1] != " ":
        return None  # "Syrian-held", "Turkish-backed", "Syrian's"
    words = _compound(text, tokens, s.j, lexicon.max_between + 2)
    for n, t in enumerate(words[: lexicon.max_between + 1]):
        if t.norm in lexicon.place_heads or t.norm in lexicon.heads_before_of:
            between = words[:n]
            if any(w.norm in lexicon.holder_words or w.norm in agents or _participle(w.norm) for w in between):
                return None
            nxt = words[n + 1] if n + 1 < len(words) else None
            if nxt is not None and (nxt.norm in lexicon.agent_after or nxt.norm in agents):
                return None
            if t.norm in lexicon.heads_before_of:
                k = s.j + n + 1
                after = tokens[k] if k < len(tokens) else None
                if after is None or after.norm != "of" or text[t.end : after.start] != " ":
                    return None
            return t
        if t.norm in agents:
            return None  # "Russian military personnel": the compound is about people already
    return None


def mark_literal_modifiers(text: str, tokens: list[Token], spans: list[NameSpan],
                           lexicon: Optional[LiteralModifierLexicon] = None,
                           agents: frozenset[str] = frozenset()) -> None:
    """Mark demonyms that modify a place noun locational, with their head noun in the place's phrase.

    Only demonym spans change; every other name keeps what the recogniser read.
    """
    lexicon = lexicon or load_literal_modifiers()
    for s in spans:
        if not s.demonym or s.locational or not s.candidates:
            continue
        head = literal_head(text, tokens, s, lexicon, agents)
        if head is None:
            continue
        s.locational, s.cue = True, CUE
        s.phrase_start, s.phrase_end = s.start, head.end
