"""Stones thrown at police or border guards by a crowd that is not protesting are mob violence.

The protest rules read "threw stones at police" as demonstrators turning violent, but only where the sentence
says a protest took place. Without one ("youths hurled rocks at police", "migrants threw stones at border
guards, injuring two officers") no rule scored the act at all, and the report was dropped as no event, though
ACLED codes a crowd attacking the security forces with projectiles as a riot (mob violence). A verb of
throwing whose target is the state's men, thrown by anyone but the state or an armed group, scores it so.
The state's own throwing ("police threw tear gas at youths") and throwing at things ("stones at a bus") are
left to the other rules, and a sentence whose protest scored stays the protest's (classify_rules.score asks
only when no protest label scored, so police firing tear gas back at the throwers does not silence it).

"Throw" says a riot only when it is one: something a crowd throws (stones, bottles, petrol bombs; not nets,
not a grenade, which is an armed attack with its own rules) aimed "at" the forces ("pelt" names the target as
its object and the missiles with "with"), by a group ("youths", "a crowd"; or nobody named, "stones were
thrown at police") rather than one man, and neither negated ("no stones were thrown") nor denied ("police
denied that youths had thrown stones"). "The scandal threw the police into disarray" and "officers were thrown
off their motorbikes" have nothing thrown at anyone.
"""
from __future__ import annotations

from spacy.tokens import Token

from eventwatch.extract.classify_roles import ClassIndex, Hit, argument_info, arguments, negated
from eventwatch.extract.cues import KIND_FRAME

# Verbs by which a crowd sends projectiles at someone.
_THROWING = frozenset({"throw", "hurl", "pelt", "fling", "lob"})
# The verb whose object is the target and whose "with" phrase is what is thrown ("pelted police with stones").
_TARGET_AS_OBJECT = frozenset({"pelt"})
# Whom the throwing must reach: the state's men or their posts.
_FORCES = frozenset({"STATE", "MIL_TARGET"})
# Doers whose throwing is no riot: the state's own (tear gas) and armed groups (grenades: their own rules).
_NOT_A_CROWD = frozenset({"STATE", "NONSTATE", "WEAPON"})
# What crowds throw: by the head noun's lemma, or by the name a modifier completes ("petrol bomb").
_PROJECTILES = frozenset({
    "stone", "rock", "pebble", "cobblestone", "brick", "brickbat", "bottle", "egg", "tomato", "stick",
    "branch", "debris", "rubble", "projectile", "object", "firebomb", "molotov", "firework", "firecracker",
    "flare", "chair", "shoe", "slab",
})
_PROJECTILE_NAMES = frozenset({"petrol bomb", "fire bomb", "paint bomb", "gasoline bomb", "molotov cocktail"})
# Nouns that name a group in the singular ("a crowd threw stones").
_COLLECTIVES = frozenset({"crowd", "mob", "gang", "group", "band", "throng", "horde"})
# Verbs under which the throwing is said not to have happened ("police denied that youths threw stones").
_DENYING = frozenset({"deny", "refute", "dispute"})
WEIGHT = 4.0  # as strong as a protesters' violence cue (P_VIOL), above the event threshold on its own


def _aimed_at(head: Token) -> tuple[list[Token], list[Token]]:
    """(what is thrown, at whom): "threw X at Y" / "X were thrown at Y" / "pelted Y with X". An "at" or "with"
    phrase the parser hung on the object ("threw stones at police" read as "stones at police") counts too."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    other = "with" if head.lemma_.lower() in _TARGET_AS_OBJECT else "at"
    aside = [g for holder in [head, *objects] for c in holder.children if c.dep_ == "prep" and c.lower_ == other
             for g in c.children if g.dep_ == "pobj"]
    return (aside, objects) if other == "with" else (objects, aside)


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The phrases' heads and their coordinated heads ("stones and bottles"), and what a quantity head
    counts ("a hail of stones", "pieces of brick")."""
    out: list[Token] = []
    for t in tokens:
        out.append(t)
        out.extend(c for c in t.children if c.dep_ == "conj")
        out.extend(g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj")
    return out


def _projectile(tok: Token) -> bool:
    """Whether the noun names something a crowd throws: a stone, a bottle, a petrol bomb."""
    lemma = tok.lemma_.lower()
    if lemma in _PROJECTILES:
        return True
    modifiers = [c.lemma_.lower() for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
    return bool(modifiers) and f"{modifiers[-1]} {lemma}" in _PROJECTILE_NAMES


def _denied(head: Token) -> bool:
    """The throwing is what a verb of denial's clause says ("denied that youths had thrown stones")."""
    cur, hops = head, 0
    while cur.dep_ in ("ccomp", "xcomp", "pcomp", "conj") and hops < 3:
        cur = cur.head
        if cur.lemma_.lower() in _DENYING:
            return True
        hops += 1
    return False


def _by_a_crowd(head: Token, index: ClassIndex) -> bool:
    """Thrown by a group that is neither the state nor an armed group: a plural or collective doer, or none
    named in the passive ("stones were thrown at police"). One man throwing is no mob."""
    agents, _ = arguments(head)
    aux = {c.dep_ for c in head.children} & {"aux", "auxpass"}
    passive = "auxpass" in aux or (head.tag_ == "VBN" and not aux)  # "were thrown", headline "thrown at"
    if passive and not agents:
        return True  # the doer is unknown; word order would wrongly read the target as the doer
    info = argument_info(head, index)
    if info.agent in _NOT_A_CROWD:
        return False
    return info.agent_plural or any(a.lemma_.lower() in _COLLECTIVES for a in agents)


def thrown_at_forces(hits: list[Hit], index: ClassIndex) -> list[tuple[float, Hit]]:
    """(MOB_VIOL amount, hit) for each throwing of projectiles by a crowd at the security forces."""
    found, seen = [], set()
    for hit in hits:
        head = hit.head
        if head.pos_ != "VERB" or head.lemma_.lower() not in _THROWING or head.i in seen or \
                not any(e.kind == KIND_FRAME and e.name == "P_VIOL" for e in hit.match.entries):
            continue
        thrown, targets = _aimed_at(head)
        if not thrown or not any(index.kind(t) in _FORCES for t in targets):
            continue  # "threw the police into disarray", "stones at a bus"
        things = _with_conjuncts(thrown)
        if not any(_projectile(t) for t in things) or \
                any(index.kind(t) == "WEAPON" and not _projectile(t) for t in things):
            continue  # "threw their nets", "threw a hand grenade": no riot
        if negated(head) or any(negated(t) for t in thrown) or _denied(head):
            continue  # "no stones were thrown", "denied that youths had thrown stones"
        if not _by_a_crowd(head, index):
            continue
        seen.add(head.i)
        found.append((WEIGHT * hit.weight_factor, hit))
    return found
