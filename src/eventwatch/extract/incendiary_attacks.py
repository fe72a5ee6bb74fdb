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
not on property, and a vehicle is no property (the lexicon's PROPERTY): both are left to the attack rules. A
throwing that a film or a video only shows ("the video shows a man throwing ...") is a depiction, not a
report of the act.
"""
from __future__ import annotations

from spacy.tokens import Token

from eventwatch.extract.classify_roles import ClassIndex, Hit, argument_info
from eventwatch.extract.thrown_at_forces import (
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
# The class of the target that makes the throw an arson attack: a building or a home (not people, not a bus).
_TARGET = "PROPERTY"
# Targets that keep the throwing the forces' business (mob violence, or an attack on a post).
_FORCES = frozenset({"STATE", "MIL_TARGET"})
# Doers whose throwing is no arson attack here: the state's own, and protesters (the protest rules).
_NOT_ARSONISTS = frozenset({"STATE", "PROTESTER"})
_FIREBOMB_VERBS = frozenset({"firebomb"})
# Verbs whose object a throwing only qualifies in a picture: "the video shows a man throwing ...".
_SHOWING = frozenset({"show", "depict", "portray", "feature", "illustrate"})
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


def _aimed_at_property(targets: list[Token], index: ClassIndex) -> bool:
    """A building or a home is the target, and no target is the state's men or posts."""
    if any(index.kind(t) in _FORCES for t in targets):
        return False
    return any(_TARGET in index.of_phrase(t) for t in targets)


def _shown(head: Token) -> bool:
    """The throwing is what a picture shows: it qualifies the object of a verb of showing ("the footage
    shows youths hurling a Molotov cocktail at a bar") or completes one."""
    up = head.head if head.dep_ in ("acl", "ccomp", "xcomp") else None
    if up is not None and up.pos_ in ("NOUN", "PROPN", "PRON") and up.dep_ in ("dobj", "nsubjpass"):
        up = up.head
    return up is not None and up.pos_ == "VERB" and up.lemma_.lower() in _SHOWING


def _doer(head: Token, index: ClassIndex) -> str | None:
    """The kind of the throwing's doer; None where a passive names none ("the shop was firebombed, police
    said": "police" said it, they did not do it)."""
    return None if doer_unnamed(head) else argument_info(head, index).agent


def _firebombed(head: Token, index: ClassIndex) -> bool:
    """"Arsonists firebombed a refugee shelter": the verb's object is the building."""
    if head.lemma_.lower() not in _FIREBOMB_VERBS or head.pos_ != "VERB":
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return _aimed_at_property(objects, index)


def incendiary_attacks(hits: list[Hit], index: ClassIndex) -> list[tuple[float, Hit]]:
    """(PROPERTY_DISTRUCT amount, hit) for each incendiary thrown at a building or a home."""
    found, seen = [], set()
    for hit in hits:
        head = throwing_verb(hit)
        if head is None and hit.head.pos_ == "VERB" and hit.head.lemma_.lower() in _FIREBOMB_VERBS:
            head = hit.head
        if head is None or head.i in seen:
            continue
        thrown = thrown_things(head)
        thrown_at_property = any(map(is_incendiary, thrown)) and \
            _aimed_at_property(_targets(head, thrown), index)
        if not thrown_at_property and not _firebombed(head, index):
            continue  # stones at a bus, a petrol bomb at police (thrown_at_forces), a ball into a net
        if not_done(head, thrown) or _shown(head) or _doer(head, index) in _NOT_ARSONISTS:
            continue  # "no petrol bomb was thrown", "the video shows ...", "police threw an incendiary"
        seen.add(head.i)
        found.append((WEIGHT * hit.position * hit.clause * hit.background * hearsay_factor(head), hit))
    return found
