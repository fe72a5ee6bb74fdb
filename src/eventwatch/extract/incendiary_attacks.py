"""A petrol bomb thrown at a house, an office or a shelter is an arson attack, protest or none.

Petrol bombs, Molotov cocktails and incendiary devices are cues of a violent protest (P_VIOL), and the protest
rules score them only where a protest is named; a crowd throwing them at the police is mob violence
(extract/thrown_at_forces.py), and extract/classify_rules._delivery keeps them from being grenades. An attack
by night on a refugee hostel, a party office or a journalist's home ("attackers threw two petrol bombs at a
hostel", "masked men hurled incendiary devices at the party's office", "arsonists firebombed a shelter") had no
rule at all, and the report was dropped as no event, though it is the arson ACLED records as property
destruction. An incendiary thrown (or a verb "firebomb") at or into a building or a home scores it so, by
anyone but the state; the shared checks of extract/thrown_at_forces.py drop a throwing negated (by a subject
too: "nobody threw"), denied, conditional or only threatened, halve one only claimed, and a throwing at the
forces stays theirs. A petrol bomb thrown at people ("at a woman", "at worshippers") is an attack on them,
not on property: it scores as one (ATTACK, as an attack on civilians weighs), and a vehicle is no property
(the lexicon's PROPERTY). "Attacked" or "targeted" with a petrol bomb is a throwing too ("a home was attacked
with a petrol bomb"). A throwing that a film, a game or a mural only shows ("the film shows a man throwing
...") is a depiction, not a report of the act; what CCTV or police footage shows is a record of one. A
throwing in a relative clause is reported ("the petrol bomb that was thrown at the hostel exploded") unless
a sign shows the clause only names an exhibit ("... is now in a museum": thrown_at_forces.an_exhibit).
"""
from __future__ import annotations

from spacy.tokens import Token

from eventwatch.extract.classify_roles import ClassIndex, Hit, argument_info
from eventwatch.extract.thrown_at_forces import (
    an_exhibit,
    doer_unnamed,
    hearsay_factor,
    not_done,
    throwing_verb,
    thrown_things,
)

# Head lemmas that are incendiaries by themselves, and the modifiers that make a bomb, a device or a
# cocktail one ("petrol bomb", "Molotov cocktail", "incendiary device").
_INCENDIARIES = frozenset({"firebomb", "molotov"})
_INCENDIARY_MODIFIERS = frozenset({"petrol", "gasoline", "fire", "incendiary", "molotov"})
# What such a throw is aimed at, by preposition: "at a hostel", "into the office", "through the window of
# a shop", "onto the roof of a house".
_AT = ("at", "into", "through", "onto")
# The class of the target that makes the throw an arson attack: a building or a home (not people, not a bus);
# thrown at people instead, it is an attack on civilians.
_TARGET = "PROPERTY"
_PEOPLE = "CIVILIAN"
# Targets that keep the throwing the forces' business (mob violence, or an attack on a post).
_FORCES = frozenset({"STATE", "MIL_TARGET"})
# Doers whose throwing is no arson attack here: the state's own, and protesters (the protest rules).
_NOT_ARSONISTS = frozenset({"STATE", "PROTESTER"})
_FIREBOMB_VERBS = frozenset({"firebomb"})
FIREBOMB_VERBS = _FIREBOMB_VERBS  # public for the candidate filter's score bound (extract/cues.score_bound)
# Attack verbs whose "with" phrase can name the incendiary: "a home was attacked with a petrol bomb".
ATTACK_WITH_VERBS = frozenset({"attack", "target"})
# Verbs whose object a throwing only qualifies in a picture: "the film shows a man throwing ...".
_SHOWING = frozenset({"show", "depict", "portray", "feature", "illustrate"})
# What shows a made-up throwing: fiction and art, not the recordings (CCTV, police footage) of a real one.
# The list is partial (the common kinds of work); a compound is read by its head ("video game") or, where
# the head is a mere medium ("video", "clip"), by a modifier of fiction ("music video", "animated clip").
_FICTION = frozenset({"film", "movie", "game", "mural", "poster", "painting", "play", "drama", "series",
                      "novel", "cartoon", "artwork", "sculpture", "drawing", "comic", "musical", "show",
                      "advert", "advertisement", "exhibition", "installation", "scene", "episode"})
_FICTION_MODIFIERS = frozenset({"music", "animated", "fictional", "cartoon", "comedy", "horror"})
WEIGHT = 5.0  # as "arson attack" and "set fire to" weigh in the lexicon


def is_incendiary(tok: Token) -> bool:
    """Whether the noun names an incendiary: a firebomb, or a bomb, device or cocktail a modifier makes one."""
    if tok.lemma_.lower() in _INCENDIARIES or tok.lower_ in _INCENDIARIES:
        return True
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _INCENDIARY_MODIFIERS for c in tok.lefts)


def _targets(head: Token, thrown: list[Token]) -> list[Token]:
    """The objects of "at"/"into"/"through"/"onto" hung on the verb or on what it throws."""
    return [g for holder in (head, *thrown) for c in holder.children if c.dep_ == "prep" and c.lower_ in _AT
            for g in c.children if g.dep_ == "pobj"]


def _aimed_at(targets: list[Token], index: ClassIndex) -> str | None:
    """The label the target makes of the throw: PROPERTY_DISTRUCT for a building or a home, ATTACK for
    people (civilians); none where a target is the state's men or posts."""
    if any(index.kind(t) in _FORCES for t in targets):
        return None
    phrases = [index.of_phrase(t) for t in targets]
    if any(_TARGET in p for p in phrases):
        return "PROPERTY_DISTRUCT"
    if any(_PEOPLE in p for p in phrases):
        return "ATTACK"
    return None


def _shown(head: Token) -> bool:
    """The throwing is what a work of fiction or art shows: it qualifies the object of a verb of showing
    whose subject is a film, a game or a mural ("the film shows youths hurling a Molotov cocktail at a bar")
    or completes one. CCTV or police footage showing it records a real throwing."""
    up = head.head if head.dep_ in ("acl", "ccomp", "xcomp") else None
    if up is not None and up.pos_ in ("NOUN", "PROPN", "PRON") and up.dep_ in ("dobj", "nsubjpass"):
        up = up.head
    if up is None or up.pos_ != "VERB" or up.lemma_.lower() not in _SHOWING:
        return False
    shower = [c for c in up.children if c.dep_ in ("nsubj", "agent")]
    shower += [g for c in shower if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _FICTION or any(m.dep_ in ("compound", "amod", "nmod") and
                                                   m.lower_ in _FICTION_MODIFIERS for m in t.lefts)
               for t in shower)


def _doer(head: Token, index: ClassIndex) -> str | None:
    """The kind of the throwing's doer; None where a passive names none ("the shop was firebombed, police
    said": "police" said it, they did not do it)."""
    return None if doer_unnamed(head) else argument_info(head, index).agent


def _struck(head: Token) -> list[Token]:
    """What the verb strikes as its object: "arsonists firebombed a refugee shelter", "a home was attacked
    with a petrol bomb"."""
    return [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]


def _attacked_with(head: Token) -> list[Token]:
    """The incendiaries an attack verb's "with" phrase names ("attacked with a petrol bomb"), else none."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in ATTACK_WITH_VERBS:
        return []
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
            if g.dep_ == "pobj" and is_incendiary(g)]


def _arson(head: Token, index: ClassIndex) -> tuple[str | None, list[Token]]:
    """(label, what is thrown) for a throwing verb, "firebomb", or an attack "with" an incendiary."""
    lemma = head.lemma_.lower()
    if lemma in _FIREBOMB_VERBS and head.pos_ == "VERB":
        return _aimed_at(_struck(head), index), []
    incendiaries = _attacked_with(head)
    if incendiaries:
        return _aimed_at(_struck(head), index), incendiaries
    thrown = thrown_things(head)
    if not any(map(is_incendiary, thrown)):
        return None, thrown
    return _aimed_at(_targets(head, thrown), index), thrown


def incendiary_attacks(hits: list[Hit], index: ClassIndex) -> list[tuple[str, float, Hit]]:
    """(label, amount, hit) for each incendiary thrown at a building or a home (PROPERTY_DISTRUCT) or at
    people (ATTACK)."""
    found, seen = [], set()
    for hit in hits:
        head = throwing_verb(hit)
        if head is None and hit.head.pos_ == "VERB" and \
                hit.head.lemma_.lower() in _FIREBOMB_VERBS | ATTACK_WITH_VERBS:
            head = hit.head
        if head is None or head.i in seen:
            continue
        label, thrown = _arson(head, index)
        if label is None:
            continue  # stones at a bus, a petrol bomb at police (thrown_at_forces), a ball into a net
        if not_done(head, thrown) or an_exhibit(head) or _shown(head) or _doer(head, index) in _NOT_ARSONISTS:
            continue  # "no petrol bomb was thrown", "the film shows ...", "police threw an incendiary"
        seen.add(head.i)
        found.append((label, WEIGHT * hit.position * hit.clause * hit.background * hearsay_factor(head), hit))
    return found
