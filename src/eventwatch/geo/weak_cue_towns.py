"""Towns of some size after a weak place cue, believed where the sentence tells of fighting or movement.

A single-word town that is neither large nor backed by a firm cue is believed only when another place supports
it (geo/__init__.py `_believed`), because "at", "from" or "on" also govern surnames, firms and common words
("worked at Lowell", "a call from Dorsey"). Conflict and news prose often names a lone town so ("the road was
cut at X", "after attacks on X", "fighters pushed out of X") in a sentence that names no other place. Such a
name is believed when everything about it points to a town: its only exact readings are settlements or
divisions, the one chosen has 10,000 people or more, the word is no given name or common word, and its
sentence holds a verb or noun of fighting, disruption or going somewhere, which is about where things happen,
not who wrote or worked with whom, or a works stands or a ship docks "at" it ("a gas terminal at X", "the
smelter at Y", "moored at Z"), which only ground does; a works a firm is named with ("the warehouse at X", "the
mine at Y") only beside another place of the town's country, as a firm of the town's name owns such works.
"""
from __future__ import annotations

import re
from typing import Sequence

# The weak cues read here: one preposition, or a noun of assault and "on", or "out of", right before the name;
# "to" only after "from" and a name, the far end of a route.
_WEAK_CUE_BEFORE = re.compile(
    r"(?:\b(?:at|from|into|towards?|out\s+of)"
    r"|\bfrom\s+(?-i:[A-Z])[A-Za-z'-]+\s+to"  # a route's far end: "from Dover to X", not "from home to X"
    r"|\b(?:attacks?|assaults?|raids?|strikes?|offensives?|advances?|marched|closed\s+in|converged)\s+on)\s+$",
    re.IGNORECASE)
# "according to X", "a letter from X", "courtesy of X": a source or a sender, whatever X is also the name of.
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|letter|message|statement|call|email|courtesy)\s+\S+\s+$",
                            re.IGNORECASE)
# Stems of words of fighting, disruption and movement: the sentence tells where something happened.
_EVENT_STEMS = (
    "attack", "assault", "clash", "fight", "battl", "shell", "bomb", "kill", "wound", "ambush", "raid", "strike",
    "struck", "fire", "fired", "gunfire", "gunmen", "explosi", "explod", "captur", "seiz", "overran", "overrun",
    "retak", "recaptur", "besieg", "siege", "advanc", "retreat", "withdr", "push", "drove", "driven", "fled",
    "flee", "escap", "displac", "evacu", "arriv", "refugee", "cut", "block", "closed", "closure", "halt",
    "suspend", "marched", "marching", "headed", "heading", "moved", "deploy", "patrol", "offensive", "insurg",
    "rebel", "militant", "militia", "troops", "fighters", "soldiers", "army", "convoy", "checkpoint", "protest",
    "riot",
)
# Travel between towns and its disruption ("ferries from X to Y were cancelled"), as whole words: a stem would take
# "sailor", "Ferrari", "Ferreira". Read only in the name's own clause, a few words off: a sailor's or a pilot's
# mention elsewhere in the sentence says nothing of the name. Not "route": a route is redrawn between people too.
_TRAVEL_WORDS = re.compile(
    r"\b(?:ferry|ferries|flights?|sail(?:s|ed|ing)?|voyages?|cancel(?:s|l?ed|l?ing|lations?)?|divert(?:s|ed|ing)?)\b",
    re.IGNORECASE)
# A works or a site "at" the name ("a gas terminal at X", "the smelter at Y", "a shipyard at Z"): such a thing
# stands on ground, and a person, a firm or a word is not where it stands ("a job at Lowell", "a call at Dorsey"
# have no such noun). Ships come to a town too: "docked at X", "moored at Y".
_SITE_AT = re.compile(
    r"\b(?:terminals?|refinery|refineries|smelters?|shipyards?|quays?|wharf|wharves|jett(?:y|ies)|docks|"
    r"power\s+stations?|docked|moored|berthed|anchored)\s+at\s+$", re.IGNORECASE)
# Works a firm owns and is named with ("the warehouse at Argos", "the mine at Freeport", "the plant at Kirkland":
# the firm's, wherever it stands): "at" such a works names a town only when another place the story believes lies
# in the town's country ("the new plant at Sundsvall, in northern Sweden").
_FIRM_SITE_AT = re.compile(
    r"\b(?:plants?|factory|factories|mines?|depots?|warehouses?)\s+at\s+$",
    re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]")
_TRAVEL_REACH = 6  # words either side of the name searched for a travel word
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_TOWN_CODES = ("PPL", "ADM")
_TOWN_SIZE = 10_000
_CUE_REACH = 24  # characters before the name searched for the cue
_FIRST_WINDOW = 256  # characters before a name first searched for its sentence's start


def towns_after_weak_cues(text: str, spans: Sequence, resolutions: Sequence, keep: Sequence[bool],
                          common_words: frozenset[str], given_names: frozenset[str]) -> list[int]:
    """Indexes of one-word names not yet believed that a weak cue governs, read as a town of size whose only
    exact readings are towns or divisions, in a sentence of fighting or movement or after a works "at" it."""
    out = []
    believed: set[str] | None = None  # the countries of the places the story believes, read once if needed
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if keep[k] or not s.locational or s.facility or s.demonym or s.j - s.i != 1 or r is None \
                or r.candidate is None:
            continue
        c = r.candidate
        if not (c.exact and c.feature_code.startswith(_TOWN_CODES) and (c.population or 0) >= _TOWN_SIZE):
            continue
        if not all(x.feature_code.startswith(_TOWN_CODES) for x in s.candidates if x.exact):
            continue  # a river, a hill or a firm's site of the same name: the word may be any of them
        if s.norm in common_words or s.norm in given_names:
            continue
        before = text[max(0, s.start - _CUE_REACH) : s.start]
        if not _WEAK_CUE_BEFORE.search(before) or _SOURCE_BEFORE.search(text, max(0, s.start - 40), s.start):
            continue
        if _tells_of_events(_sentence(text, s.start, s.end)) or _travel_in_clause(text, s.start, s.end) \
                or _SITE_AT.search(before):
            out.append(k)
        elif _FIRM_SITE_AT.search(before):
            if believed is None:
                believed = _believed_countries(spans, resolutions, keep)
            if c.country_code in believed:
                out.append(k)
    return out


def _believed_countries(spans: Sequence, resolutions: Sequence, keep: Sequence[bool]) -> set[str]:
    """The countries of the places the story already believes (kept, locational, resolved)."""
    return {r.candidate.country_code for s, r, kept in zip(spans, resolutions, keep)
            if kept and s.locational and r is not None and r.candidate is not None and r.candidate.country_code}


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a name: from the last break before it to the first after it."""
    m = _SENTENCE_END.search(text, end)
    return text[_sentence_start(text, start) : m.start() if m else len(text)]


def _sentence_start(text: str, start: int) -> int:
    """The end of the last sentence break before `start`, or 0: looked for in windows growing back from `start`,
    where a pass from the text's start cost each name the whole text before it (a long digest, the square).

    A break is one or two characters, so the first window holding one holds the last one: a break cut in two by
    the window's edge ("." outside, a newline inside) ends where it ends whole."""
    reach = _FIRST_WINDOW
    while True:
        low = max(0, start - reach)
        opened = 0
        for m in _SENTENCE_END.finditer(text, low, start):
            opened = m.end()
        if opened or not low:
            return opened
        reach *= 4


def _tells_of_events(sentence: str) -> bool:
    """Whether a word of the sentence begins with a stem of fighting, disruption or movement."""
    return any(w.lower().startswith(_EVENT_STEMS) for w in _WORD.findall(sentence))


def _travel_in_clause(text: str, start: int, end: int) -> bool:
    """Whether a travel word stands in the name's clause within _TRAVEL_REACH words of it ("Ferries from X were
    cancelled", "Flights from X were diverted"), not past a comma nor across the sentence."""
    sentence_start = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 300), start):
        sentence_start = m.end()
    e = _SENTENCE_END.search(text, end)
    left, right = text[max(sentence_start, start - 300) : start], text[end : e.start() if e else len(text)][:300]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    left = left[breaks[-1].end() :] if breaks else left
    b = _CLAUSE_BREAK.search(right)
    right = right[: b.start()] if b else right
    near = " ".join(_WORD.findall(left)[-_TRAVEL_REACH:] + _WORD.findall(right)[:_TRAVEL_REACH])
    return _TRAVEL_WORDS.search(near) is not None
