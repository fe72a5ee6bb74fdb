"""A preposition before a list written with commas governs every name of it, the last one too: "voters in
Zurich, Basel and Geneva backed the cap" (the voters backed it; Geneva is ground).

geo/associative.py's `_Window.before` stops at commas, so the list is walked here. The reading holds only in
one shape: the preposition follows a plural noun that opens its clause ("Voters in", "BERN — residents of",
"but majorities in"). Elsewhere the comma after the preposition's first name as often closes a phrase the
sentence opened ("After talks in Geneva, Russia and Ukraine agreed", "He said that during a summit in Rome,
France and Spain agreed", "According to envoys in Nairobi, Kenya and Uganda have"), and the names after it are
the verb's subjects. Two more commas are no list's: one before a weekday or a month ("in Rome on Monday,
France, Spain and Portugal backed") and one between a town and the country that holds it ("students in Lima,
Peru, and Ecuador recalled its envoy"); a town of another country before one is the list's first name ("voters
in Vienna, Germany and Italy").
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from eventwatch.geo.sources import _country_names
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.normalise import Token, normalise

# Between two words of the list: spaces, or a comma and spaces.
_LIST_GAP = re.compile(r"\s*,?\s+")
# How far back from "and" the list is walked, in words.
_REACH = 14
# Plurals that do not end in "s" ("people in A, B and C said").
_IRREGULAR_PLURALS = frozenset({"people", "police", "children", "men", "women", "staff", "youth", "clergy"})
# Singular nouns of a count, a vote or the weather that stand where the plural does ("counting in A, B and C
# gave it a lead", "turnout in A, B and C was low", "flooding in A, B and C cut roads"): none names a party
# that could say or decide, so the list after it is ground, as after "voters in".
_MASS_NOUNS = frozenset({"counting", "voting", "polling", "turnout", "flooding", "rainfall", "snowfall"})
# Words that open a clause of time or cause before its subject ("after counting in A, B and C gave").
_TIME_LINKS = frozenset({"after", "as", "when", "once", "until", "before", "since", "because"})
# Words that may stand before the clause's noun ("the voters in", "most residents of").
_DETERMINERS = frozenset({"the", "most", "many", "some", "all", "local", "several", "thousands", "hundreds"})
# Words that open a second clause before its subject ("..., but majorities in A, B and C voted").
_CLAUSE_LINKS = frozenset({"but", "while", "whereas", "yet"})
# Words ending in "s" that are no plural noun: adverbs and links that may stand before a preposition at a
# clause's start ("Afterwards in Geneva, A and B signed", "whereas in Rome, A and B agreed").
_NOT_PLURALS = frozenset({"afterwards", "thus", "whereas", "perhaps", "sometimes", "nevertheless", "nonetheless",
                          "besides", "towards", "always", "unless", "across", "backwards", "forwards", "upwards",
                          "downwards", "overseas", "regardless", "nowadays", "alas", "various", "previous",
                          "numerous", "this", "hers", "plus", "does", "goes"})
# Whether the town written at the first token range lies in the country written at the second (token
# ranges [i, j)); None where the caller holds no readings, and then any town before a country is its town.
Holds = Optional[Callable[[tuple[int, int], tuple[int, int]], bool]]
# Punctuation that ends a sentence, a clause or a dateline before the clause's noun.
_BOUNDARY = re.compile(r"[.!?:;,—–()\"“”\n]|\s-\s")


def governed_list(text: str, tokens: list[Token], and_idx: int, prepositions: frozenset[str],
                  holds: Holds = None) -> bool:
    """Whether the name after the "and" at `and_idx` closes a comma list that a preposition governs, in the
    one shape where that is safe to read (see the module's docstring)."""
    months = load_cues().months
    names: list[list[int]] = []  # each name's token indices, walked backward (last name first)
    cur: list[int] = []
    idx = and_idx - 1
    while idx >= 0 and and_idx - idx < _REACH:
        gap = text[tokens[idx].end : tokens[idx + 1].start]
        if _LIST_GAP.fullmatch(gap) is None:
            return False
        if "," in gap and cur:
            names.append(cur)
            cur = []
        t = tokens[idx]
        if not t.text[:1].isupper():
            break
        if t.norm in months:
            return False  # "in Rome on Monday, France, Spain and Portugal backed": a date, no list's name
        cur.append(idx)
        idx -= 1
    else:
        return False
    if cur:
        names.append(cur)
    prep = tokens[idx]
    if not (prep.text.islower() and prep.norm in prepositions) or "," in text[prep.end : tokens[idx + 1].start]:
        return False
    names = names[::-1]
    if _list_commas(text, tokens, names, holds) == 0:
        return False
    # Countries after the first name are a time clause's subjects ("after voting in Lyon, Spain and Italy
    # agreed"): a country does not count votes, a town's count does; so a time word opens the list only for towns.
    countries = _country_names()
    timed = not any(normalise(text[tokens[min(n)].start : tokens[max(n)].end]) in countries for n in names[1:])
    return _opens_clause(text, tokens, idx - 1, timed)


def _list_commas(text: str, tokens: list[Token], names: list[list[int]], holds: Holds = None) -> int:
    """The commas that part two of the list's names: not one between a town and the country that holds it."""
    countries = _country_names()

    def written(name: list[int]) -> str:
        return normalise(text[tokens[min(name)].start : tokens[max(name)].end])

    def town_of(a: list[int], b: list[int]) -> bool:
        if not (written(b) in countries and written(a) not in countries):
            return False
        return holds is None or holds((min(a), max(a) + 1), (min(b), max(b) + 1))

    return sum(not town_of(a, b) for a, b in zip(names, names[1:]))


def _opens_clause(text: str, tokens: list[Token], n: int, timed: bool = True) -> bool:
    """Whether the word at n is a plural noun (or a count's or the weather's mass noun) that opens its clause,
    with perhaps a determiner before it; a time word may lead a count's clause only where `timed`."""
    if n < 0 or not text[tokens[n].end : tokens[n + 1].start].isspace():
        return False
    noun = tokens[n]
    word = noun.text
    if not (word.isalpha() and word[1:].islower()) or noun.norm in load_cues().months or noun.norm in _NOT_PLURALS:
        return False
    if not (noun.norm in _IRREGULAR_PLURALS or noun.norm in _MASS_NOUNS or len(word) > 3 and word.endswith("s") and not word.endswith("ss")):
        return False
    k = n
    if k > 0 and tokens[k - 1].text.islower() and tokens[k - 1].norm in _DETERMINERS \
            and text[tokens[k - 1].end : tokens[k].start].isspace():
        k -= 1
    capital = tokens[k].text[:1].isupper()
    if k == 0:
        return not text[: tokens[0].start].strip() or bool(_BOUNDARY.search(text[: tokens[0].start]))
    gap = text[tokens[k - 1].end : tokens[k].start]
    if _BOUNDARY.search(gap):
        return True
    # A capitalised noun mid-sentence is a name's word, not the clause's noun; a lower-case one after "but".
    if not capital and gap.isspace() and tokens[k - 1].norm in _CLAUSE_LINKS:
        return True
    # A count's noun also opens the clause a time word leads mid-sentence ("claimed a win after counting in A,
    # B and C gave it a lead"), where "after talks in A, B and C agreed" leaves B and C the subjects. At the
    # sentence's start the comma as often closes the time phrase ("After voting in Lyon, Nice and Lille
    # agreed"), so a time word that opens the sentence (capitalised, or after a boundary) opens no list.
    t = k - 1
    return timed and noun.norm in _MASS_NOUNS and not capital and gap.isspace() and tokens[t].norm in _TIME_LINKS \
        and tokens[t].text.islower() and t > 0 and not _BOUNDARY.search(text[tokens[t - 1].end : tokens[t].start])
