"""Every name in a list after a plural settlement noun is a place's: "the camps at X, Y and Z", "villages
including X, Y and Z", "the towns of X and Y".

A careful reader takes the noun's plural as saying what each listed name is, so a name the gazetteer lacks
is a settlement there as surely as one it holds; it is reported unresolved and stands in at the document's
places, as an unknown name after "the village of" is. Names the gazetteer holds keep their own reading.
People, organisations and things are kept out by the name test unknown names after "in" pass
(`unknown_names._unknown_run`: no given names, titles, institutions, months or words the text also writes
in lower case), and by nouns that name only settlements; nouns that also name sides ("the camps of the
two candidates") count only before a locative opener ("the camps at").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.document_words import document_words
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import JOIN_GAPS, NameSpan
from eventwatch.geo.normalise import Token, fold_token
from eventwatch.geo.unknown_names import _LIST_GOES_ON, _next_in_list, _unknown_run
from eventwatch.geo.yaml_files import parse_yaml, word_list

SETTLEMENT_LISTS_FILE = DATA_DIR / "settlement_lists.yaml"
_KEYS = {"heads", "guarded_heads", "openers", "locative_openers"}


@dataclass(frozen=True)
class SettlementListWords:
    """The words of settlement_lists.yaml, folded as tokens are; openers as tuples of words."""

    heads: frozenset[str]
    guarded_heads: frozenset[str]
    openers: tuple[tuple[str, ...], ...]
    locative_openers: frozenset[tuple[str, ...]]


@lru_cache(maxsize=2)
def load_settlement_list_words(path: str = str(SETTLEMENT_LISTS_FILE)) -> SettlementListWords:
    """The lists, checked: guarded heads among the heads, locative openers among the openers."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict) or set(raw) != _KEYS:
        raise ValueError(f"{path}: expected exactly the keys {sorted(_KEYS)}")
    heads = frozenset(fold_token(w) for w in word_list(raw["heads"], "heads", path, single=True))
    guarded = frozenset(fold_token(w) for w in word_list(raw["guarded_heads"], "guarded_heads", path, single=True))
    openers = tuple(tuple(fold_token(x) for x in w.split()) for w in word_list(raw["openers"], "openers", path))
    locative = frozenset(tuple(fold_token(x) for x in w.split())
                         for w in word_list(raw["locative_openers"], "locative_openers", path))
    if not guarded <= heads:
        raise ValueError(f"{path}: guarded_heads not among heads: {sorted(guarded - heads)}")
    if not locative <= set(openers):
        raise ValueError(f"{path}: locative_openers not among openers: {sorted(locative - set(openers))}")
    # Longest first, so "such as" is tried before a one-word opener.
    return SettlementListWords(heads, guarded, tuple(sorted(openers, key=len, reverse=True)), locative)


def _opener_end(text: str, tokens: list[Token], k: int, words: SettlementListWords) -> Optional[int]:
    """The token after the opener right after the head at token k ("camps at", "villages including"), if any."""
    head = tokens[k].norm
    x = k + 1
    for opener in words.openers:
        if head in words.guarded_heads and opener not in words.locative_openers:
            continue
        end = x + len(opener)
        if end >= len(tokens) or tuple(t.norm for t in tokens[x:end]) != opener:
            continue
        if text[tokens[k].end : tokens[x].start] != " ":
            continue  # "firms in many cities, including Apple": after a comma the list may be the sentence's
        if all(t.text.islower() for t in tokens[x:end]) and text[tokens[end - 1].end : tokens[end].start] == " ":
            return end
    return None


def settlement_list_names(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                          persons: frozenset[str] = frozenset(), lower: frozenset[str] = frozenset(),
                          span_at: Optional[dict[int, NameSpan]] = None,
                          words: Optional[SettlementListWords] = None,
                          refused: Optional[dict[int, NameSpan]] = None) -> list[NameSpan]:
    """Unknown names in a list after a plural settlement noun, each as its own unresolved place. A known name
    of the list (`span_at`: the recognised names by token) keeps its own reading, cue included: giving a
    small namesake abroad the noun's cue would keep it, and the list's unknown names would stand in there.
    A town named by an ordinary word, refused on its own (`refused`: the names context reading dropped, by
    first token), is the town here (`_ordinary_word_town`). `taken` is updated with the names read."""
    span_at = span_at or {}
    refused = refused or {}
    words = words or load_settlement_list_words()
    out: list[NameSpan] = []
    for k in document_words(tokens).positions(words.heads):
        t = tokens[k]
        if not t.text.islower():
            continue
        st = _opener_end(text, tokens, k, words)
        comma_only = False
        while st is not None and st < len(tokens):
            if taken[st]:
                known = span_at.get(st)
                if known is not None and known.i == st:
                    e = known.j  # a name the gazetteer holds: its reading stays; the list goes on after it
                else:
                    e = st + 1
                    while e < len(tokens) and taken[e] and text[tokens[e - 1].end : tokens[e].start] in JOIN_GAPS:
                        e += 1
            elif _ordinary_word_town(refused.get(st), cues):
                town = refused[st]
                town.locational, town.cue, town.firm = True, t.norm, True
                out.append(town)
                e = town.j
                for x in range(st, e):
                    taken[x] = True
            else:
                e = _unknown_run(text, tokens, taken, st, cues, persons, lower)
                if e is None or comma_only and not _LIST_GOES_ON.match(text, tokens[e - 1].end):
                    break
                out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end,
                                    " ".join(readings[st:e]), unknown=True, cue=t.norm, firm=True))
                for x in range(st, e):
                    taken[x] = True
            st = _next_in_list(text, tokens, e)
            comma_only = st is not None and tokens[st - 1].norm not in ("and", "or")
    return out


def _ordinary_word_town(s: Optional[NameSpan], cues: Cues) -> bool:
    """Whether s, a name context reading refused, is a town the gazetteer holds under an ordinary word's name
    ("villages such as Battle and Ashby", "towns like Hope and Nelson"): alone, a capitalised "Battle" proves
    nothing, but the plural noun before the list says what each listed name is."""
    return s is not None and s.j - s.i == 1 and not s.demonym and not s.abbreviation and s.norm in cues.common_words \
        and any(c.exact and c.feature_code.startswith("PPL") for c in s.candidates)
