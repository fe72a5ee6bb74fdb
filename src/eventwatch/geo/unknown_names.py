"""Capitalised names the gazetteer lacks, taken for places by a firm cue: "the village of X", "rural X",
"X countryside", "in X". They are reported unresolved and stand in at the document's places.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_lists import LIST_GAP
from eventwatch.geo.name_span import JOIN_GAPS, NameSpan
from eventwatch.geo.normalise import ARTICLE_KEY, Token

# Cues firm enough that a capitalised unknown word after them is taken for a place: the prepositions, and the
# verbs whose object in conflict reporting is a place ("raided Mozogo", "shelled Kafr Ruma").
FIRM_BEFORE_UNKNOWN = frozenset({"in", "near", "outside", "raided", "stormed", "shelled", "besieged", "overran",
                                 "bombed", "attacked"})


def unknown_after_cues(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                       span_at: Optional[dict] = None, absorbed: Optional[set[int]] = None) -> list[NameSpan]:
    """Capitalised names after a strong place cue ("the village of X", "rural X", "X countryside")."""
    out: list[NameSpan] = []
    n = len(tokens)
    k = 0
    while k < n:
        t = tokens[k]
        start_name = None
        cue = None
        vague = None
        if t.norm == "of" and k >= 1 and tokens[k - 1].norm in {"village", "town", "city", "camp", "neighbourhood", "neighborhood", "countryside", "outskirts"} and not tokens[k - 1].text[:1].isupper():
            start_name, cue = k + 1, tokens[k - 1].norm
            vague = "admin1" if cue == "countryside" else "near" if cue == "outskirts" else None
        elif t.norm in cues.vague_before and not t.text[:1].isupper():
            start_name, cue, vague = k + 1, t.norm, "admin1"
        if start_name is not None and start_name < n:
            e = start_name
            span_at = span_at or {}
            while e < n and e - start_name < 5 and (not taken[e] or (
                e in span_at and span_at[e].i >= start_name and span_at[e].j - start_name <= 5
            )) and (
                tokens[e].text[:1].isupper() or (readings[e] == ARTICLE_KEY and tokens[e].hyphen_after)
            ) and (e == start_name or text[tokens[e - 1].end : tokens[e].start].strip() in JOIN_GAPS):
                e = span_at[e].j if taken[e] else e + 1
            while e > start_name and not tokens[e - 1].text[:1].isupper():
                e -= 1
            whole = taken[start_name] and start_name in span_at and span_at[start_name].j >= e
            if e > start_name and not tokens[start_name].norm in cues.months and not whole:
                if absorbed is not None:
                    absorbed.update(x for x in range(start_name, e) if taken[x])
                span = NameSpan(start_name, e, tokens[start_name].start, tokens[e - 1].end,
                                " ".join(readings[start_name:e]), unknown=True, cue=cue, vague=vague)
                out.append(span)
                for x in range(start_name, e):
                    taken[x] = True
                k = e
                continue
        k += 1
    # "X countryside" with X unknown.
    for k in range(1, n):
        if tokens[k].norm == "countryside" and not taken[k - 1] and tokens[k - 1].text[:1].isupper() \
                and text[tokens[k - 1].end : tokens[k].start].strip() == "" and tokens[k - 1].norm not in cues.common_words:
            st = k - 1
            while st > 0 and not taken[st - 1] and tokens[st - 1].text[:1].isupper() and \
                    text[tokens[st - 1].end : tokens[st].start].strip() in JOIN_GAPS and k - st < 4:
                st -= 1
            out.append(NameSpan(st, k, tokens[st].start, tokens[k - 1].end, " ".join(readings[st:k]),
                                unknown=True, cue="countryside", vague="admin1",
                                phrase_start=tokens[st].start, phrase_end=tokens[k].end))
            for x in range(st, k):
                taken[x] = True
    return out


def unknown_after_locative(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                           persons: frozenset[str] = frozenset(), lower: frozenset[str] = frozenset()) -> list[NameSpan]:
    """A capitalised name the gazetteer lacks right after "in", "near" or "outside" ("in Khayelitsha",
    "near Toomevara"): most often a village, a neighbourhood or a camp. Reported unresolved, standing
    in at the document's places; words that are often capitalised after "in" without being places
    (months, institutions, titles, given names, words the document also writes in lower case) are not.
    """
    out: list[NameSpan] = []
    n = len(tokens)
    for k in range(n - 1):
        t = tokens[k]
        if t.norm not in FIRM_BEFORE_UNKNOWN or not t.text.islower():
            continue
        st = k + 1
        if text[t.end : tokens[st].start] != " ":
            continue
        comma_only = False
        while st is not None:
            e = _unknown_run(text, tokens, taken, st, cues, persons, lower)
            if e is None or comma_only and not _LIST_GOES_ON.match(text, tokens[e - 1].end):
                break  # after a bare comma only a list's middle name ("in X, Y and Z"), not "in X, Reuters said"
            out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                                cue=t.norm, firm=True, vague="near" if t.norm in cues.near_before else None))
            for x in range(st, e):
                taken[x] = True
            st = _next_in_list(text, tokens, e)
            comma_only = st is not None and tokens[st - 1].norm not in ("and", "or")
    return out


# What follows a list's middle name: another comma, or the "and"/"or" before its last.
_LIST_GOES_ON = re.compile(r"\s*,|\s+(?:and|or)\s")


def _next_in_list(text: str, tokens: list[Token], e: int) -> Optional[int]:
    """The first token of the next name in a list ("near Atmeh and Sarmada", "in X, Y or Z"), if one follows:
    the cue before the list covers every name in it, as `name_lists.spread_place_cues` does for known names."""
    k = e
    if k < len(tokens) and tokens[k].norm in ("and", "or") and tokens[k].text.islower():
        k += 1
    if k >= len(tokens) or k == e and text[tokens[e - 1].end : tokens[k].start].strip() != ",":
        return None
    return k if LIST_GAP.fullmatch(text, tokens[e - 1].end, tokens[k].start) else None


def _unknown_run(text: str, tokens: list[Token], taken: list[bool], st: int, cues: Cues,
                 persons: frozenset[str], lower: frozenset[str]) -> Optional[int]:
    """One past the last word of the unknown capitalised name at token st (at most three words), or None where
    the words are not a place's: a month, an institution, a title, a given name, a word the document also
    writes in lower case, or a run into a longer name."""
    n = len(tokens)
    first = tokens[st]
    if taken[st] or not first.text[:1].isupper() or first.text.isupper():
        return None
    e = st
    while e < n and e - st < 3 and not taken[e] and tokens[e].text[:1].isupper() \
            and not tokens[e].text.isupper() and (e == st or text[tokens[e - 1].end : tokens[e].start] == " "):
        e += 1
    words = [tokens[x].norm for x in range(st, e)]
    if e < n and tokens[e].text[:1].isupper() and text[tokens[e - 1].end : tokens[e].start].strip() == "":
        return None  # runs into a longer name or a name the gazetteer knows
    if text[tokens[e - 1].end : tokens[e - 1].end + 2] in ("'s", "’s") or tokens[e - 1].hyphen_after:
        return None  # "in Modi's name", "in Sub-Saharan Africa"
    if any(w in cues.months or w in cues.organisation_heads or w in cues.person_titles or w in cues.given_names
           or w in cues.common_words or w in persons or w in lower or w in cues.directions
           or w in cues.polity_words or w in cues.name_connectors or w in cues.languages or not w.isalpha()
           for w in words):
        return None
    return e
