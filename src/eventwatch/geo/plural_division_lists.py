"""Names the gazetteer lacks in a list closed by a plural division word: "Bayanzürkh and Songinokhairkhan
districts", "Cibitoke, Bubanza and Muramvya provinces".

Health and disaster reports list the divisions they count in this form, and the plural word says what every
name of the list is, as "X district" says it of one name. The singular form needs a place cue before the name
("in X district") because a capitalised word before a lower-case "district" may be a party's or an era's ("the
Republican district"); a list of two or more names closed by the plural needs none: that many parties or eras
are not written as divisions, where one of them is a place the gazetteer holds ("Kassala and X districts"):
the names of faiths, parties and peoples before "parishes" or "districts" ("the Catholic and Protestant
parishes", "the Hutu and Tutsi districts") name none. Only the division words no other noun phrase uses in the plural this way are
read ("districts", "provinces", "counties", ...); not "states" or "regions" ("the Gulf and Baltic states", "the
Arab and Kurdish regions"), whose names are peoples' and seas' as often as divisions'.

A name the gazetteer holds keeps its own reading (geo/name_lists.py `spread_plural_cues` gives it the
division's kind); one an earlier stage dropped is read again by its exact readings, never as unknown, since the
list says it is a division ("Kassala, X and Y districts"); an unknown one is reported unresolved with that kind
and stands in at the document's places. "LGAs" is read capitalised as Nigerian copy writes it, and
"sub-counties" across the hyphen the tokeniser splits it at.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from eventwatch.geo.document_words import document_words
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_lists import LIST_GAP
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# The plural division words read here, with the division kind each gives its names.
PLURAL_DIVISIONS = {"districts": "admin2", "provinces": "admin1", "counties": "admin2", "governorates": "admin1",
                    "oblasts": "admin1", "raions": "admin2", "lgas": "admin2", "parishes": "admin2",
                    "prefectures": "admin1", "municipalities": "admin2", "upazilas": "admin2", "tehsils": "admin2",
                    "woredas": "admin2", "sub-counties": "admin2", "subcounties": "admin2"}
_LONGEST_NAME = 3  # words of one listed name
_LONGEST_LIST = 8  # names of one list
_APOSTROPHES = re.compile(r"['’-]")
_JOINED_BY_AND = re.compile(r"\b(?:and|or)\b")


def names_in_plural_division_lists(text: str, tokens: list[Token], taken: list[bool], span_at: dict,
                                   plain_word: Callable[[str], bool],
                                   held: Optional[Callable[[str], list[Candidate]]] = None) -> list[NameSpan]:
    """The names of each list of two or more names closed by a plural division word that no earlier rule kept.

    `taken` marks tokens inside names already read (the gazetteer's and earlier rules'); `span_at` maps such a
    token to its name. `plain_word(word)` says whether a folded word may stand in an unknown place's name (no
    month, title, people, institution or common word). `held(name)` gives the gazetteer's exact readings of a
    name: a listed name it holds is read as the place it holds, never reported as unknown, where an earlier
    stage dropped it ("Kassala, X and Y districts"). The new names are marked in `taken` and `span_at`."""
    out: list[NameSpan] = []
    for h in document_words(tokens).positions(tuple(PLURAL_DIVISIONS)):
        word = tokens[h]
        cue = word.norm
        if cue == "counties" and h >= 1 and tokens[h - 1].text == "sub" \
                and text[tokens[h - 1].end : word.start] in ("-", "‐"):
            h, cue = h - 1, "sub-counties"  # the tokeniser splits "sub-counties" at its hyphen
        elif not (word.text.islower() or word.text == "LGAs"):
            continue  # "Kassala and X LGAs": Nigerian copy capitalises the abbreviation
        if h < 3 or text[tokens[h - 1].end : tokens[h].start] != " ":
            continue
        items = _list_before(text, tokens, taken, span_at, h)
        if items is None:
            continue
        readings: dict[int, list[Candidate]] = {}
        trimmed: list[tuple[int, int]] = []
        for st, e in items:
            while st < e - 1 and not taken[st] and not plain_word(tokens[st].norm):
                st += 1  # "In Tahirpur and X upazilas": a sentence's capitalised first word opens no name
            if not taken[st] and held is not None and all(plain_word(tokens[x].norm) for x in range(st, e)):
                # not a party, a people or a common word the gazetteer happens to hold ("Republican")
                readings[st] = held(text[tokens[st].start : tokens[e - 1].end])
            trimmed.append((st, e))
        if not any(_held_place(span_at.get(st)) or readings.get(st) for st, _e in trimmed):
            continue  # "the Catholic and Protestant parishes", "the Hutu and Tutsi districts": no place listed
        for st, e in trimmed:
            if taken[st]:
                continue
            if not readings.get(st) and not all(plain_word(tokens[x].norm)
                                                and _APOSTROPHES.sub("", tokens[x].norm).isalpha()
                                                for x in range(st, e)):
                continue
            span = NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(tokens[x].norm for x in range(st, e)),
                            readings.get(st) or [], unknown=not readings.get(st), cue=cue, firm=True,
                            vague=PLURAL_DIVISIONS[cue], phrase_start=tokens[st].start, phrase_end=tokens[e - 1].end)
            out.append(span)
            for x in range(st, e):
                taken[x] = True
                span_at[x] = span
    return out


def _held_place(s: Optional[NameSpan]) -> bool:
    """A name the gazetteer holds, read as a place by its own spelling (not a people's name, nor a loose spelling
    of another place's)."""
    return s is not None and not s.unknown and not s.demonym and any(c.exact for c in s.candidates)


def _list_before(text: str, tokens: list[Token], taken: list[bool], span_at: dict,
                 h: int) -> Optional[list[tuple[int, int]]]:
    """The (start, end) token ranges of the names listed right before token h, last first, where the last two
    are joined by "and" or "or" ("A, B and C districts"); None where no such list stands there."""
    items: list[tuple[int, int]] = []
    e = h
    while len(items) < _LONGEST_LIST:
        st = _name_before(text, tokens, taken, span_at, e)
        if st is None:
            break
        items.append((st, e))
        p = st - 1
        if p >= 0 and tokens[p].norm in ("and", "or") and tokens[p].text.islower():
            p -= 1
        if p < 0 or not tokens[p].text[:1].isupper():
            break
        gap = text[tokens[p].end : tokens[st].start]
        if not LIST_GAP.fullmatch(gap) or (len(items) == 1 and not _JOINED_BY_AND.search(gap)):
            break
        e = p + 1
    return items if len(items) >= 2 else None


def _name_before(text: str, tokens: list[Token], taken: list[bool], span_at: dict, e: int) -> Optional[int]:
    """The first token of the capitalised name ending right before token e (a known name whole, or up to three
    capitalised words joined by spaces), or None."""
    x = e - 1
    while x >= 0 and tokens[x].norm in ("and", "or") and tokens[x].text.islower():
        x -= 1
    if x < 0 or not tokens[x].text[:1].isupper():
        return None
    if taken[x]:
        s = span_at.get(x)
        return s.i if s is not None and s.j == x + 1 else None
    st = x
    while st - 1 >= 0 and x - (st - 1) < _LONGEST_NAME and tokens[st - 1].text[:1].isupper() and not taken[st - 1] \
            and text[tokens[st - 1].end : tokens[st].start] == " ":
        st -= 1
    if st - 1 >= 0 and tokens[st - 1].text[:1].isupper() and text[tokens[st - 1].end : tokens[st].start] == " ":
        return None  # runs on into a longer capitalised name or a known one
    return st
