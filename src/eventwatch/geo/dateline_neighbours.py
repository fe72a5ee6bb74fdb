"""A town named by a common word, alone after a preposition of place, near the town of a dateline that writes
its state: "A member from Sterling said" under "SOLDOTNA, Alaska —".

A local paper names its neighbours alone as often as in lists. A lone common word after "from" or "in" is kept
only as a strong place (geo/context_reading.py `_lone_word_kept`): nothing vouches for "Sterling" or "Tomahawk"
being a town rather than the word. A dateline that writes its state does: the paper is that state's, and a word
that is the name of a town of that state, of a town's size (`MIN_OPENER_POPULATION`), within a local paper's
reach of the dateline town (`DATELINE_REACH_KM`), names that town. The word must close its phrase, as a town's
name does: a punctuation mark, a word of time or a verb after it ("from Sterling said", "from Tomahawk last
year", a past tense after a person's noun: "A woman from Sterling admitted stealing"), not a noun it modifies ("in Sterling silver",
"from Hope springs"). Nor after a message's noun ("a statement from Sterling", "a letter from Hope"): "from"
there names a sender, a firm or a person as often as a town. Where it holds, the name keeps only those readings,
so the resolver reads the state's town and no namesake elsewhere. No state written, no rule: a bare dateline
("SOLDOTNA —") names no state firmly, and a story from afar has no neighbourhood.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.list_openers import MIN_OPENER_POPULATION
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.store import NAME_MAIN
from eventwatch.geo.verb_forms import past_tense

# How far from the dateline town a paper's neighbour lies: the county and the counties around it.
DATELINE_REACH_KM = 100.0
# The prepositions that place a lone name: "from X", "in X", "near X". Not "at", "to" or "of", which as often take
# a firm or a person ("worked at Sterling", "wrote to Hope", "a friend of Chase").
_PLACING = frozenset({"from", "in", "near", "outside", "around"})
# Nouns of a message, whose sender "from" names: a firm, a person or an office as often as a town ("a statement
# from Sterling said", "a letter from Hope was read"). After these "from X" vouches for no town.
_MESSAGE_NOUNS = frozenset({"statement", "statements", "letter", "letters", "email", "emails", "e-mail", "e-mails",
                            "call", "calls", "message", "messages", "card", "cards", "note", "notes", "word",
                            "reply", "replies", "memo", "memos", "text", "texts", "fax", "telegram", "postcard",
                            "postcards", "response", "responses", "comment", "comments", "apology", "complaint",
                            "complaints", "invitation", "invitations"})
# What may follow a town's name that closes its phrase: a punctuation mark, or a word of time, a conjunction, a
# preposition or a reporting verb ("from Sterling said", "from Tomahawk last summer", "in Sterling on Monday").
_CLOSES = re.compile(r"\s*(?:[.,;:!?)—–]|(?:last|this|next|on|in|at|to|for|with|and|or|but|who|which|where|when|"
                     r"after|before|since|until|earlier|said|says|told|was|were|is|are|has|had|will|would)\b)")
# A lower-case word after the name, for `_past_after`: the verb of the clause the name's phrase sits in.
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# Nouns of a person (or people) from a town, before "from": the past tense after the name is then their verb.
# Another noun may take a thing, a firm or a fund there, and its verb an abstract subject's or a participle's
# ("Strength from Hope carried the family", "Investors from Sterling based in London").
_PERSON_NOUNS = frozenset({"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens",
                           "teenager", "teenagers", "youth", "resident", "residents", "driver", "drivers", "couple",
                           "family", "student", "students", "farmer", "farmers", "mother", "father", "native",
                           "motorist", "motorists", "rancher", "ranchers", "worker", "workers", "person",
                           "child", "children", "husband", "wife", "son", "daughter"})


def _past_after(text: str, end: int, noun: str) -> bool:
    """Whether a past tense follows the name, the verb of the person the phrase describes ("A woman from Sterling
    admitted stealing", "a man from Hope pleaded guilty"): the name closes its phrase, as before "said". `noun`:
    the folded word before "from", which must be a person's (`_PERSON_NOUNS`)."""
    if noun not in _PERSON_NOUNS:
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and past_tense(m.group(1))


def near_dateline_town(text: str, tokens: Sequence, s: NameSpan, home_towns: Sequence) -> bool:
    """Whether the one-word name s, after a placing preposition and closing its phrase, is the name of a town of
    the dateline's written state near the dateline town (`home_towns`: the dateline town's readings in that
    state). Where it is, s keeps only those readings."""
    if not home_towns or s.j - s.i != 1 or s.i == 0:
        return False
    before = tokens[s.i - 1]
    if before.norm not in _PLACING or not before.text.islower() or not text[before.end : s.start].isspace():
        return False
    if before.norm == "from" and s.i >= 2 and tokens[s.i - 2].norm in _MESSAGE_NOUNS:
        return False  # "a statement from Sterling said": the sender, not the town
    noun = tokens[s.i - 2].norm if before.norm == "from" and s.i >= 2 else ""
    if _CLOSES.match(text, s.end) is None and not _past_after(text, s.end, noun):
        return False
    states = {(c.country_code, c.admin1_code) for c in home_towns}
    near = [c for c in s.candidates
            if c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") and c.lat is not None
            and (c.country_code, c.admin1_code) in states and c.population >= MIN_OPENER_POPULATION
            and any(h.lat is not None and haversine_km(c.lat, c.lon, h.lat, h.lon) <= DATELINE_REACH_KM
                    for h in home_towns)]
    if not near:
        return False
    s.candidates = near
    return True
