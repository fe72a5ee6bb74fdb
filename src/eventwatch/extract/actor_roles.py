"""Roles of actor mentions in one sentence: initiator (actor1), target (actor2), associated, or speaker.

With a spaCy parse the grammar decides: the subject of an attack verb is actor1, its object or the object
of "on/against" is actor2, the agent of a passive ("were killed by X") is actor1, the subject of a passive
is actor2; a nationality modifying an attack noun ("a Russian airstrike") takes the noun's role; conjuncts
share a role, except the second side of "clashes between X and Y". Without a parse, word-order cues stand in
for the same rules. Actors that only frame the place ("HTS-held", "areas controlled by X") or back a side
("backed by Russia") are associated; the subject of a speech verb is a speaker, not a participant.
"""
from __future__ import annotations

import re
from typing import Any, Optional, Sequence

SPEAKER = "speaker"
CIVILIANS = 7

_SPEECH_LEMMAS = {
    "say", "tell", "report", "state", "announce", "confirm", "add", "document", "note", "write", "tweet",
    "post", "explain", "warn", "deny", "record", "estimate", "condemn", "call", "urge", "demand", "reject",
    "allege", "according", "stress", "describe", "cite", "quote", "publish", "issue", "monitor", "reveal",
}
_ACCUSE_LEMMAS = {"accuse", "blame", "hold", "charge", "suspect"}
_VICTIM_LEMMAS = {"die", "flee", "suffer", "perish", "lose", "receive", "sustain", "survive", "escape", "evacuate"}
_CLASH_WORDS = {"clash", "fighting", "fight", "battle", "confrontation", "war", "skirmish", "exchange", "hostility",
                "conflict", "combat", "firefight", "gunfight", "truce", "ceasefire", "talks"}
_TARGET_PREPS = {"on", "against", "at", "upon", "targeting", "toward", "towards", "into"}
_CONTEXT_PREPS = {"in", "near", "inside", "under", "within", "across", "around", "throughout", "outside"}
_SPONSOR_WORDS = {"backed", "supported", "sponsored", "aided", "armed", "funded", "trained", "allied", "loyal",
                  "held", "controlled", "run", "dominated", "besieged", "occupied", "administered"}

_PLACE_FRAMING = re.compile(
    r"^\s*-\s*(?:held|controlled|run|dominated|besieged|occupied|administered|backed|led|supported|allied|linked)\b",
    re.I,
)
_ATTACK_VERBS = (
    r"shell(?:ed|s|ing)?|attack(?:ed|s|ing)?|struck|strik(?:es|ing)|bomb(?:ed|s|ing)?|kill(?:ed|s|ing)?|"
    r"launch(?:ed|es|ing)?|fir(?:ed|es|ing)|target(?:ed|s|ing)?|storm(?:ed|s|ing)?|raid(?:ed|s|ing)?|"
    r"clash(?:ed|es|ing)?|open(?:ed)?\s+fire|arrest(?:ed|s|ing)?|abduct(?:ed|s|ing)?|kidnap(?:ped|s|ping)?|"
    r"dropp?(?:ed|s|ing)?|seiz(?:ed|es|ing)|captur(?:ed|es|ing)|shot|shoot(?:s|ing)?|detonat(?:ed|es|ing)|"
    r"execut(?:ed|es|ing)|advanc(?:ed|es|ing)|took\s+control|carried\s+out|us(?:ed|es|ing)|hit(?:s|ting)?|"
    r"fought|fight(?:s|ing)?|battl(?:ed|es|ing)|ambush(?:ed|es|ing)?|besieg(?:ed|es|ing)|bombard(?:ed|s|ing)?|"
    r"injur(?:ed|es|ing)|wound(?:ed|s|ing)|detain(?:ed|s|ing)?|demonstrat(?:ed|es|ing)|protest(?:ed|s|ing)?|"
    r"gather(?:ed|s|ing)?|march(?:ed|es|ing)?|rall(?:ied|ies|ying)|loot(?:ed|s|ing)?|burn(?:ed|t|s|ing)?|"
    r"destroy(?:ed|s|ing)?|sh?elled|pound(?:ed|s|ing)?|massacr(?:ed|es|ing)|invad(?:ed|es|ing)|enter(?:ed|s|ing)?|"
    r"captured|retook|recaptur(?:ed|es|ing)|repel(?:led|s|ling)?|intercept(?:ed|s|ing)?"
)
_AFTER_ACTIVE = re.compile(
    rf"^\s*(?:,[^,]{{0,60}},\s*)?(?:(?:also|reportedly|allegedly|have|has|had|again|then|later|on\s+\w+|"
    rf"yesterday|today|last\s+night|reportedly)\s+){{0,3}}(?:{_ATTACK_VERBS})\b",
    re.I,
)
_AFTER_PASSIVE = re.compile(
    r"^\s*(?:[\w'-]+\s+){0,3}?(?:were|was|have\s+been|has\s+been|had\s+been|being|are|is)\s+(?:\w+\s+)?"
    r"(?:killed|injured|wounded|targeted|attacked|arrested|detained|abducted|kidnapped|shot|hit|displaced|"
    r"executed|bombed|shelled|struck|ambushed|besieged|massacred|evicted|forced)\b",
    re.I,
)
_AFTER_SPEECH = re.compile(
    r"^\s*(?:[\w'-]+\s+){0,2}?(?:said|says|say|told|reported|stated|announced|confirmed|added|documented|noted|"
    r"wrote|tweeted|posted|warned|denied|denies|condemned|called|urged|demanded|rejected|accused|accuses|"
    r"blamed|claimed)\b(?!\s+responsibility)",
    re.I,
)
_BEFORE_AGENT = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_BEFORE_SPONSOR = re.compile(rf"\b(?:{'|'.join(_SPONSOR_WORDS)})\s+by\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_BEFORE_TARGET = re.compile(
    r"\b(?:on|against|targeting|targeted|upon|at|toward|towards|(?:clash(?:ed|es|ing)?|fought|fighting|battled|"
    r"battling|engaged|skirmished|exchanged\s+fire)\s+with)\s+(?:the\s+|a\s+|an\s+|positions\s+of\s+(?:the\s+)?|"
    r"(?:\w+\s+)?(?:positions|posts|headquarters|checkpoints?|bases?|convoys?|gatherings?)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_BEFORE_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_BEFORE_CONTEXT = re.compile(
    r"\b(?:in|near|inside|under|within|areas?\s+(?:held|controlled)\s+by|territory\s+(?:held|controlled)\s+by)\s+"
    r"(?:the\s+)?(?:areas?\s+(?:of|held\s+by|controlled\s+by)\s+(?:the\s+)?)?$",
    re.I,
)
_BEFORE_SPEAKER = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_BEFORE_ACTIVE_VERB = re.compile(rf"\b(?:{_ATTACK_VERBS})\s+(?:the\s+|a\s+|an\s+|\d+\s+|dozens\s+of\s+|several\s+)?$", re.I)
_ACCUSE_BEFORE = re.compile(r"\b(?:accused|accuses|accusing|blamed|blames|blaming|held)\s+(?:the\s+)?$", re.I)


def assign_roles(
    text: str, spans: Sequence[tuple[int, int]], inters: Sequence[Optional[int]], doc: Any = None
) -> list[str]:
    """One role per span (actor1 | actor2 | associated | speaker), spans relative to `text`."""
    roles: list[Optional[str]] = []
    for start, end in spans:
        role = _parse_role(doc, start, end) if doc is not None else None
        if role is None:
            role = _cue_role(text, start, end)
        roles.append(role)
    return _fill_defaults(roles, inters)


# --- with a parse ----------------------------------------------------------------------------------------


def _parse_role(doc: Any, start: int, end: int) -> Optional[str]:
    span = doc.char_span(start, end, alignment_mode="contract")  # the tokens wholly inside [start, end)
    if span is None or len(span) == 0:
        return None
    tokens = list(span)
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    head = heads[0] if heads else tokens[-1]
    # "HTS-held", "Turkish-backed": the mention frames a place or a side
    nxt = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ in _SPONSOR_WORDS:
        return "associated"
    return _role_of(head, depth=0)


def _role_of(tok: Any, depth: int) -> Optional[str]:
    if depth > 6:
        return None
    dep = tok.dep_
    head = tok.head
    if dep in ("nsubj", "csubj"):
        if head.lemma_ in _SPEECH_LEMMAS:
            return SPEAKER
        if head.lemma_ == "claim":
            return "actor1" if any(c.lower_ == "responsibility" for c in head.children) else SPEAKER
        if head.lemma_ in _ACCUSE_LEMMAS:
            return SPEAKER
        if head.lemma_ in _VICTIM_LEMMAS:
            return "actor2"
        if head.lemma_ == "be":
            return None
        return "actor1"
    if dep in ("nsubjpass", "csubjpass"):
        if head.lemma_ in _ACCUSE_LEMMAS:
            return "actor1"  # "X was accused of shelling"
        return "actor2"
    if dep == "dobj":
        if head.lemma_ in _ACCUSE_LEMMAS:
            return "actor1"
        if head.lemma_ in _SPEECH_LEMMAS:
            return "associated"
        return "actor2"
    if dep == "pobj":
        prep = head
        word = prep.lower_
        if prep.dep_ == "agent" or word == "by":
            if prep.head.lower_ in _SPONSOR_WORDS or prep.head.lemma_ in _SPONSOR_WORDS:
                return "associated"
            return "actor1"
        if word == "to" and prep.head.lower_ == "according":
            return SPEAKER
        if word in _TARGET_PREPS:
            return "actor2"
        if word == "with" and prep.head.lemma_ in ("clash", "fight", "battle", "engage", "skirmish", "exchange"):
            return "actor2"
        if word == "between":
            if prep.head.lemma_ in _CLASH_WORDS:
                return "actor1"
            return "actor2" if prep.head.pos_ == "VERB" else None
        if word in ("of", "from", "among"):
            return _role_of(prep.head, depth + 1)
        if word in _CONTEXT_PREPS:
            return "associated"
        return None
    if dep == "conj":
        first = head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ == "between":
            return "actor2"
        return _role_of(first, depth + 1)
    if dep in ("appos",):
        return _role_of(head, depth + 1)
    if dep in ("amod", "compound", "poss", "nmod", "nummod", "det"):
        if head.lower_ in _SPONSOR_WORDS:
            return "associated"
        return _role_of(head, depth + 1)
    if dep == "ROOT":
        return "actor1" if tok.pos_ in ("NOUN", "PROPN") else None
    return None


# --- without a parse -------------------------------------------------------------------------------------


def _cue_role(text: str, start: int, end: int) -> Optional[str]:
    before = text[max(0, start - 80):start]
    after = text[end:end + 80]
    if _PLACE_FRAMING.match(after):
        return "associated"
    if _BEFORE_SPEAKER.search(before):
        return SPEAKER
    if _BEFORE_SPONSOR.search(before):
        return "associated"
    if _BEFORE_AGENT.search(before):
        return "actor1"
    if _ACCUSE_BEFORE.search(before):
        return "actor1"
    if _BEFORE_BETWEEN.search(before):
        return "actor1"
    if _BEFORE_TARGET.search(before):
        return "actor2"
    if _AFTER_PASSIVE.match(after):
        return "actor2"
    if _AFTER_SPEECH.match(after):
        return SPEAKER
    if _AFTER_ACTIVE.match(after):
        return "actor1"
    if _BEFORE_ACTIVE_VERB.search(before):
        return "actor2"
    if _BEFORE_CONTEXT.search(before):
        return "associated"
    if re.search(r"\bbetween\b[^.;]*\band\s+(?:the\s+)?$", before, re.I):
        return "actor2"
    return None


def _fill_defaults(roles: list[Optional[str]], inters: Sequence[Optional[int]]) -> list[str]:
    """Mentions no rule placed: civilians are targets; the first armed one initiates, later ones are targeted."""
    out: list[str] = []
    has_actor1 = any(r == "actor1" for r in roles)
    for role, inter in zip(roles, inters):
        if role is None:
            if inter == CIVILIANS:
                role = "actor2"
            elif not has_actor1:
                role, has_actor1 = "actor1", True
            else:
                role = "associated"
        out.append(role)
    return out
