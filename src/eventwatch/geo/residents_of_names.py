"""Unheld names after a noun of a place's own people and "of": "residents of Wymark asked", "Residents of Waikaka
and Pukerau asked for their bores to be tested", "villagers of Barunga".

"residents of X" names X's people: a town, a hamlet or a suburb, or a building they live in ("residents of Trump
Tower", "residents of Greenview Manor"). The gazetteer's names after it are read as any other (cues.yaml
`place_of`), but local papers name hamlets below any gazetteer's population line there by the dozen, and the
reader of unknown names (geo/unknown_names.py) takes an unheld name only after a settlement noun ("the village
of X"). Here an unheld name is read where it is shaped like a town's, as after a sentence's opening "In"
(geo/opening_in_names.py `name_shaped`): no word of the English vocabulary, or several words of which one is
none or the last a landform word ("residents of Cherry Creek"), in Latin script, and no given name, month, title
or word the document writes in lower case (`unknown_run`). A name ending in a building's or a complex's word
("Manor", "Towers", "Apartments", "Court") is a home's, not a town's, and is left alone; so is one ending in a
hospital's word ("Hospital", "Medical", "Clinic"). "Residents" are also doctors in training, whose "of" takes their
hospital ("Residents of Montefiore voted to unionize"): where the sentence speaks of a union, a strike, doctors or
a training program (`_TRAINEE_WORDS`), "residents of" is no town's cue.

A list after the cue is walked member by member ("Residents of Beswick and Barunga"): each unheld member shaped
like a town's is read, a held member is passed over as it was read.
"""
from __future__ import annotations

import re

from eventwatch.geo.document_words import document_words
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.opening_in_names import name_shaped
from eventwatch.geo.sentences import mention_sentence
from eventwatch.geo.unknown_names import next_in_list, unknown_run

# Nouns of a place's own people that take the place after "of" ("residents of X", "the villagers of Y"); not
# "people" or "citizens", which open bodies' names too ("the People of Praise", "Citizens of Humanity").
_PEOPLE_NOUNS = frozenset({"residents", "inhabitants", "villagers", "townspeople", "townsfolk"})
# A list's members after the cue are walked at most this far.
_MEMBERS = 6
# The last word of a building's or a housing complex's name: its people are tenants, not a town's residents.
_HOME_HEADS = frozenset({"manor", "towers", "tower", "apartments", "court", "courts", "house", "hall", "lodge",
                         "home", "homes", "place", "plaza", "terrace", "condominiums", "condos", "residences",
                         "mansions", "building", "flats", "street", "road", "avenue", "drive", "lane", "estate",
                         # a hospital's people: its doctors in training ("residents of Quellmoor Medical")
                         "hospital", "medical", "medicine", "health", "clinic"})
# Words of a hospital's residents, doctors in training: in their sentence "residents of" takes a hospital.
_TRAINEE_WORDS = frozenset({"union", "unions", "unionize", "unionise", "unionized", "unionised", "unionizing",
                            "unionising", "strike", "strikes", "striking", "walkout", "doctors", "physicians",
                            "program", "programs", "programme", "programmes", "residency", "interns", "surgical"})
# Not "hospital": a town's residents rely on one, travel to one, lose one ("Residents of Quellmoor drive to the
# county hospital"); a hospital's word closing the name itself is `_HOME_HEADS`' business.
_RESIDENTS = "residents"
_OF = "of"


def unknown_after_residents_of(text: str, tokens: list[Token], taken: list[bool], readings: list[str],
                               span_at: dict[int, NameSpan], cues: Cues, persons: frozenset[str],
                               lower: frozenset[str]) -> list[NameSpan]:
    """Unheld names shaped like towns' after "residents of" and the like, and in the list it opens, marked taken."""
    out: list[NameSpan] = []
    n = len(tokens)
    for k in document_words(tokens).positions(_PEOPLE_NOUNS):
        of = k + 1
        st: int | None = k + 2
        if st >= n or tokens[of].text != _OF or text[tokens[k].end : tokens[of].start] != " " \
                or text[tokens[of].end : tokens[st].start] != " " or not tokens[k].text[1:].islower():
            continue
        if tokens[k].norm == _RESIDENTS and _among_trainees(text, tokens[k].start, tokens[st].end):
            continue  # "Residents of Montefiore voted to unionize": a hospital's doctors in training
        for _ in range(_MEMBERS):
            if st is None or st >= n or not tokens[st].text[:1].isupper():
                break
            held = span_at.get(st)
            if held is not None and held.i == st:
                st = next_in_list(text, tokens, held.j)
                continue
            e = unknown_run(text, tokens, taken, st, cues, persons, lower)
            if e is None or not name_shaped(tokens, st, e) or tokens[e - 1].norm in _HOME_HEADS:
                break
            out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                                cue=tokens[k].norm, firm=True))
            for x in range(st, e):
                taken[x] = True
            st = next_in_list(text, tokens, e)
    return out


def _among_trainees(text: str, start: int, end: int) -> bool:
    """Whether the sentence of "residents of" speaks of doctors in training (`_TRAINEE_WORDS`)."""
    lo, hi = mention_sentence(text, start, end)
    return not _TRAINEE_WORDS.isdisjoint(re.findall(r"[a-z]+", text[lo:hi].lower()))
