"""Place names that a person's name holds: the given name of a couple, a given name before a known surname,
and a family named by its plural surname.

Towns share their names with given names and surnames ("Brent", "Darwin", "Tipton"), and a single word no cue
places is read from the document's people (geo/persons.py). Three forms name people whatever the gazetteer
holds:

- a couple sharing a surname, "Brent and Joyce Ferrand": obituaries, court and local reports write couples so,
  the first given name standing alone before "and";
- a word right before a surname the document uses alone for a person ("Darwin Okonjo" ... "said Okonjo"): the
  pair is that person's full name, and the first word their given name, even where it is a sizeable town's;
- "the Ferrands", "the Tiptons": a family, named by the plural of a surname the document gives a person.

A place cue before the word ("in Brent and ...") keeps the place, as do countries and states, which are not
given names often enough to outweigh the reading.
"""
from __future__ import annotations

from typing import AbstractSet, Optional, Sequence

from eventwatch.geo.document_words import document_words
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.normalise import Token

# Words before a name that place it, so that "X and Y Z" is a list of places rather than a couple.
_PLACE_CUES = frozenset({"in", "near", "at", "outside", "across", "throughout", "around", "between", "from",
                         "to", "of", "into", "toward", "towards"})

_AND = ("and",)


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and not t.text.isupper() and t.text.isalpha()


def couple_first_names(text: str, tokens: list[Token], cues: Cues, named: Optional[Sequence[bool]] = None,
                       strong: AbstractSet[int] = frozenset(), polities: AbstractSet[int] = frozenset()) -> set[str]:
    """Given names opening a couple that shares a surname ("Brent and Joyce Ferrand"): a listed given name,
    "and", then a two-word name closing the run, whose first word is a listed given name or one no gazetteer
    holds (the lists lack many), and neither word a strong place, a compass word or a body's head.

    A country (`polities`) is no couple's given name ("Jordan and Saudi Arabia"), a strong place's words
    (`strong`: token indices) no person's ("Austin and San Antonio"), and nothing capitalised or cueing a
    place may stand before the first ("Harlow Brent and ..." is another run; "in Brent and ..." a list)."""
    out: set[str] = set()
    n = len(tokens)
    placed = set(strong) | set(polities)
    for k in document_words(tokens).positions(_AND):  # the shared index: no walk over every token for "and"
        if not 1 <= k < n - 2:
            continue
        a, c, b, sur = tokens[k - 1], tokens[k], tokens[k + 1], tokens[k + 2]
        if c.text != "and" or not (_capitalised(a) and _capitalised(b) and _capitalised(sur)):
            continue
        if text[a.end : c.start] != " " or text[c.end : b.start] != " " or text[b.end : sur.start] != " ":
            continue
        if a.norm not in cues.given_names or k - 1 in polities:
            continue
        if not (b.norm in cues.given_names or (named is not None and not named[k + 1])):
            continue
        if {k + 1, k + 2} & placed:
            continue
        if any(t.norm in cues.directions or t.norm in cues.organisation_heads or t.norm in cues.vague_after
               for t in (b, sur)):
            continue
        if k + 3 < n and text[sur.end : tokens[k + 3].start] == " " and tokens[k + 3].text[:1].isupper():
            continue  # the run goes on: an organisation's or a place's longer name
        if k >= 2:
            before = tokens[k - 2]
            if before.norm in _PLACE_CUES or (text[before.end : a.start] == " " and before.text[:1].isupper()
                                              and before.norm.rstrip(".") not in cues.person_titles):
                continue
        out.add(a.norm)
    return out


def before_known_surname(text: str, tokens: list[Token], j: int, persons: AbstractSet[str], cues: Cues) -> bool:
    """Whether the one-word name ending before token j opens a person's full name of two words: the next word,
    after a single space, is capitalised, a name the document uses for a person on its own (a town's name
    too, "Okonjo", is that person's there), and no word for a body or a division; no capitalised word
    follows it ("Oakdale Medical Center" is a building's name, whatever else the document calls "Medical")."""
    if j == 0 or j >= len(tokens):
        return False
    a = tokens[j]
    if text[tokens[j - 1].end : a.start] != " " or not _capitalised(a) or a.norm not in persons:
        return False
    if a.norm in cues.organisation_heads or a.norm in cues.polity_words or a.norm in cues.vague_after:
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or text[a.end : nxt.start] != " " or not nxt.text[:1].isupper()


def family_plural(tokens: list[Token], i: int, j: int, persons: AbstractSet[str]) -> bool:
    """Whether the one-word name at token i, after "the", is the plural of a surname the document gives a
    person ("the Tiptons" after "Ross Tipton"): a family, not a place."""
    if j - i != 1 or i == 0 or tokens[i - 1].norm != "the":
        return False
    word = tokens[i].norm
    if not word.endswith("s") or word.endswith("ss"):
        return False
    stems = {word[:-1]} | ({word[:-2]} if word.endswith("es") else set())
    return any(len(stem) > 2 and stem in persons for stem in stems)
