"""Divisions named by compass words alone ("North", "West", "North West"), read only where the document
names their country.

Cameroon's regions are called "North", "West" and "South", and South Africa has a "North West" province.
Written alone, those words far more often name a part of the writer's own world ("voters in the North", "trade
with the West"), a part of a longer name (a ward called "Hollowfield North West") or a shop's branch ("Corn-Mart
East") than that division, and hardly ever the hamlets called "North" or "West". A report about the division
names its country somewhere (the country, a people of it, one of its other divisions or its capital, or a
firmly placed town found in that country only), so a compass name
keeps only the first-level divisions of countries the document names (and any reading of no country); one
left with none is no place. "Far North" is no compass name here (the remote north of a land is named so in
several, and read as a region alone), nor is "Gulf": alone it is the Persian Gulf or the Gulf of Mexico by the
document's region, a reading this rule cannot give.

What names the division whatever the document says elsewhere is left alone: a division word after the word
("the West region") or after the list holding it ("the North West and South West regions"), another place
in that list ("Kumba, South West and West"), and a street word after it ("between North
and Elm avenues": a street's name, read by the street readers).
"""
from __future__ import annotations

from typing import AbstractSet, Mapping

from eventwatch.geo.features import PLURAL_STREET_HEADS, STREET_HEADS
from eventwatch.geo.name_lists import list_runs
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# The division words after a name ("the West region", "the North West and South West regions").
_DIVISION_KINDS = frozenset({"admin1", "admin2"})
# Readings that name a country in a document: the country, a first-level division, its capital.
_NAMING_FEATURES = ("PCL", "ADM1", "PPLC")
# The readings a compass name keeps in a named country: the divisions called so (not a hamlet "North").
_DIVISION_FEATURES = ("ADM1",)
_STREET_WORDS = STREET_HEADS | PLURAL_STREET_HEADS


def _generic(tokens: list[Token], s: NameSpan, words: AbstractSet[str]) -> bool:
    return not s.unknown and bool(s.candidates) and all(tokens[x].norm in words for x in range(s.i, s.j))


def _word_after(tokens: list[Token], s: NameSpan) -> str:
    return tokens[s.j].norm if s.j < len(tokens) else ""


def named_countries(spans: list[NameSpan], generic: set[int]) -> frozenset[str]:
    """The countries the document names: by a name read as the country, one of its first-level divisions or
    its capital, by a people of it ("Cameroonian"), or by a firmly cued place whose readings all lie in it
    ("near Kumbo": a town the gazetteer holds as a plain PPL names its country as well as a capital does);
    generic words themselves name none."""
    out: set[str] = set()
    for s in spans:
        if id(s) in generic:
            continue
        if s.firm and s.locational and not s.demonym:
            countries = {c.country_code for c in s.candidates if c.exact}
            if len(countries) == 1 and None not in countries:
                out.update(countries)
        for c in s.candidates:
            if c.country_code and c.exact and (s.demonym or c.feature_code.startswith(_NAMING_FEATURES)):
                out.add(c.country_code)
    return frozenset(out)


def _placed_generic(text: str, tokens: list[Token], spans: list[NameSpan], words: AbstractSet[str],
                    division_words: AbstractSet[str]) -> set[int]:
    """The generic names that nothing around them names as a division (see the module's docstring)."""
    out: set[int] = set()
    ordered = sorted(spans, key=lambda o: o.start)
    for run in ([ordered[k] for k in ks] for ks in list_runs(text, ordered)):
        if not any(_generic(tokens, s, words) for s in run):
            continue
        if any(not _generic(tokens, s, words) for s in run) or any(_word_after(tokens, s) in division_words
                                                                   for s in run):
            continue
        out.update(id(s) for s in run if _word_after(tokens, s) not in _STREET_WORDS)
    return out


def generic_divisions(text: str, tokens: list[Token], spans: list[NameSpan], directions: AbstractSet[str],
                      vague_after: Mapping[str, str]) -> list[NameSpan]:
    """Keep a name made of compass words only with its first-level divisions in countries the document names
    (and its readings of no country); drop one left with none."""
    words = directions
    division_words = frozenset(w for w, kind in vague_after.items() if kind in _DIVISION_KINDS)
    generic = _placed_generic(text, tokens, spans, words, division_words)
    if not generic:
        return spans
    named = named_countries(spans, generic)
    drop: set[int] = set()
    for s in spans:
        if id(s) not in generic:
            continue
        kept = [c for c in s.candidates if c.country_code is None
                or c.country_code in named and c.feature_code.startswith(_DIVISION_FEATURES)]
        if not kept:
            drop.add(id(s))
        elif len(kept) < len(s.candidates):
            s.candidates = kept
    return [s for s in spans if id(s) not in drop] if drop else spans
