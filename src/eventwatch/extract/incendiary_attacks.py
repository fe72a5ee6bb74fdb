"""A petrol bomb thrown at a house, an office or a shelter is an arson attack, protest or none.

Petrol bombs, Molotov cocktails and incendiary devices are cues of a violent protest (P_VIOL), and the protest
rules score them only where a protest is named; a crowd throwing them at the police is mob violence
(extract/thrown_at_forces.py), and extract/classify_rules._delivery keeps them from being grenades. An attack
by night on a refugee hostel, a party office or a journalist's home ("attackers threw two petrol bombs at a
hostel", "masked men hurled incendiary devices at the party's office", "arsonists firebombed a shelter") had no
rule at all, and the report was dropped as no event, though it is the arson ACLED records as property
destruction. An incendiary thrown (or a verb "firebomb") at or into a building, a home or people scores it
so, by anyone but the state; the shared checks of extract/thrown_at_forces.py drop a throwing negated,
denied, conditional or only threatened, and a throwing at the forces stays theirs.
"""
from __future__ import annotations

from spacy.tokens import Token

from eventwatch.extract.classify_roles import ClassIndex, Hit, argument_info
from eventwatch.extract.thrown_at_forces import not_done, throwing_verb, thrown_things

# Head lemmas that are incendiaries by themselves, and the modifiers that make a bomb, a device or a
# cocktail one ("petrol bomb", "Molotov cocktail", "incendiary device").
_INCENDIARIES = frozenset({"firebomb", "molotov"})
_INCENDIARY_MODIFIERS = frozenset({"petrol", "gasoline", "fire", "incendiary", "molotov"})
# What such a throw is aimed at, by preposition: "at a hostel", "into the office", "through the window of
# a shop", "onto the roof of a house".
_AT = ("at", "into", "through", "onto")
# Classes of the target that make the throw an arson attack: a building or home, or the people in one.
_TARGETS = frozenset({"PROPERTY", "CIVILIAN"})
# Targets that keep the throwing the forces' business (mob violence, or an attack on a post).
_FORCES = frozenset({"STATE", "MIL_TARGET"})
# Doers whose throwing is no arson attack here: the state's own, and protesters (the protest rules).
_NOT_ARSONISTS = frozenset({"STATE", "PROTESTER"})
_FIREBOMB_VERBS = frozenset({"firebomb"})
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
    """A building, a home or people is the target, and no target is the state's men or posts."""
    if any(index.kind(t) in _FORCES for t in targets):
        return False
    return any(index.of_phrase(t) & _TARGETS for t in targets)


def _firebombed(head: Token, index: ClassIndex) -> bool:
    """"Arsonists firebombed a refugee shelter": the verb's object is the building."""
    if head.lemma_.lower() not in _FIREBOMB_VERBS or head.pos_ != "VERB":
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return _aimed_at_property(objects, index)


def incendiary_attacks(hits: list[Hit], index: ClassIndex) -> list[tuple[float, Hit]]:
    """(PROPERTY_DISTRUCT amount, hit) for each incendiary thrown at a building, a home or people."""
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
        if not_done(head, thrown) or argument_info(head, index).agent in _NOT_ARSONISTS:
            continue  # "no petrol bomb was thrown", "police threw an incendiary", protesters' own rules
        seen.add(head.i)
        found.append((WEIGHT * hit.position * hit.clause * hit.background, hit))
    return found
