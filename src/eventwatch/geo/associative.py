"""Literal versus associative use of a place name, read from the words around it.

Gritta et al. (2019) separate a place name used for the place ("fighting in Idlib", "Paris hotels") from one
used for what belongs to it: its government or people ("Moscow said", "talks with Algeria", "EU airlines",
"Tunisia's reluctance") or its team ("the win against Louisville"). An event happens at the first kind only,
so the second is kept as a name but marked `locational=False`.

The recogniser runs before any parse (the pipeline parses only candidate sentences, after geoparsing), so
these are rules over a small window of tokens: the verb or noun a name is the subject, object or modifier of.
The words they look for are data (associative.yaml), checked on load.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# Verbs that after a place's name describe what happens there or to it, not what it does.
STATE_VERBS = frozenset({
    "be", "been", "being", "is", "was", "were", "are", "become", "became", "remain", "remained", "remains",
    "see", "saw", "seen", "witness", "witnessed", "face", "faced", "experience", "experienced", "suffer",
    "suffered", "lie", "lies", "lay", "sit", "sits", "stand", "stands", "border", "borders", "bordered",
    "host", "hosted", "hosts", "receive", "received", "get", "got", "fall", "fell", "fallen", "need",
    "based", "located", "situated", "named", "called", "known", "hit", "struck", "affected", "flooded",
    "surrounded", "bombed", "shelled", "captured", "liberated", "occupied", "besieged", "hosted", "recorded",
    "reported", "registered", "counted", "used", "led", "covered", "connected", "linked",
})
_LIST_KEYS = ("modifier_heads", "place_heads", "possessed_agentive", "control_verbs", "sports_words",
              "sports_before", "time_words", "office_of", "irregular_deeds", "object_starts")
# Words that cannot start the noun compound a name modifies ("Syria and", "Iraq has").
_FUNCTION_WORDS = frozenset({
    "and", "or", "but", "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "is",
    "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "who", "which", "that", "this", "these", "those", "it", "its", "their", "his", "her", "into", "over", "than",
    "after", "before", "since", "while", "when", "where", "not", "also", "said", "says",
})
# Endings of English adjectives of relation ("national", "economic", "Syrian"-like words written lower-case).
_ADJECTIVE_ENDINGS = ("al", "ic", "ian", "ean", "ese", "ish", "ive", "ary", "ern")
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
_BOUNDARY = re.compile(r"[.!?\n]\s")
_RELATIVE = re.compile(r"\s*,\s*(?:which|who|that)\s+")
_BE = frozenset({"is", "was", "are", "were"})
# Progressive verbs that tell what a place undergoes, not what it does ("Syria is burning").
_UNDERGOING = frozenset({"burning", "bleeding", "suffering", "facing", "experiencing", "witnessing", "seeing",
                         "getting", "becoming", "hosting", "recovering", "reeling", "struggling", "changing",
                         "growing", "shrinking", "flooding", "sinking", "going", "coming", "falling"})


@dataclass(frozen=True)
class AssociativeCues:
    modifier_heads: frozenset[str]
    place_heads: frozenset[str]
    possessed_agentive: frozenset[str]
    control_verbs: frozenset[str]
    sports_words: frozenset[str]
    sports_before: frozenset[str]
    time_words: frozenset[str]
    office_of: frozenset[str]
    irregular_deeds: frozenset[str]
    object_starts: frozenset[str]
    relation_objects: dict[str, frozenset[str]]  # "relations" → {"with", "between"}


@lru_cache(maxsize=2)
def load_associative(path: str = str(DATA_DIR / "associative.yaml")) -> AssociativeCues:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    lists: dict[str, frozenset[str]] = {}
    for key in _LIST_KEYS:
        value = raw.get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) and w == w.lower() for w in value):
            raise ValueError(f"associative.yaml: {key} must be a list of lower-case words (quote YAML words like on/off)")
        lists[key] = frozenset(value)
    relations = raw.get("relation_objects")
    if not isinstance(relations, dict) or not all(
        isinstance(k, str) and k == k.lower() and isinstance(v, list) and v and all(isinstance(p, str) for p in v)
        for k, v in relations.items()
    ):
        raise ValueError("associative.yaml: relation_objects must map a lower-case word to a list of prepositions")
    overlap = lists["modifier_heads"] & lists["place_heads"]
    if overlap:
        raise ValueError(f"associative.yaml: words both modifier and place heads: {sorted(overlap)}")
    return AssociativeCues(**lists, relation_objects={k: frozenset(v) for k, v in relations.items()})


def polity(s: NameSpan) -> bool:
    """A name that can be a country or a first-level division, the places that act through a government."""
    return any(c.exact and c.feature_code.startswith(("PCL", "ADM1")) for c in s.candidates)


def acts(verb: str, after_auxiliary: bool) -> bool:
    """Whether a lower-case word after a name reads as a deed of the name: a verb after an auxiliary
    ("will close", "has strengthened"), or a past tense on its own ("entered", "offered")."""
    if verb in STATE_VERBS or len(verb) < 3:
        return False
    if after_auxiliary:
        return verb.isalpha()
    return verb.endswith("ed") and len(verb) > 4


class _Window:
    """The tokens around one name, read only across spaces (never across punctuation or lines)."""

    def __init__(self, text: str, tokens: list[Token], s: NameSpan):
        self.text, self.tokens, self.s = text, tokens, s

    def after(self, k: int, from_end: Optional[int] = None) -> Optional[Token]:
        idx = self.s.j - 1 + k
        if idx >= len(self.tokens):
            return None
        prev_end = self.tokens[idx - 1].end if idx - 1 >= self.s.j else (from_end or self.s.end)
        gap = self.text[prev_end : self.tokens[idx].start]
        joined = gap.strip() == "" or (gap == "-" and idx - 1 >= self.s.j)  # "non-oil exports"
        return self.tokens[idx] if joined and "\n" not in gap else None

    def before(self, k: int) -> Optional[Token]:
        idx = self.s.i - k
        if idx < 0:
            return None
        nxt = self.tokens[idx + 1].start if idx + 1 < self.s.i else self.s.start
        gap = self.text[self.tokens[idx].end : nxt]
        return self.tokens[idx] if gap.strip() == "" and "\n" not in gap else None

    def sentence(self) -> str:
        lo = max((m.end() for m in _BOUNDARY.finditer(self.text, max(0, self.s.start - 400), self.s.start)),
                 default=max(0, self.s.start - 400))
        m = _BOUNDARY.search(self.text, self.s.end)
        return self.text[lo : m.start() + 1 if m else min(len(self.text), self.s.end + 400)]


def _lower(t: Optional[Token]) -> bool:
    return t is not None and t.text.islower() and t.text.replace("-", "").isalpha()


def _modifier(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """"EU airlines", "Oklahoma teachers", "Zimbabwe tourism authorities", "U.S. President": the name
    modifies a noun for people, institutions or policies; "the Delft police station" stays a place."""
    if w.text[w.s.end : w.s.end + 1] != " " or (w.s.i > 0 and w.text[w.s.start - 2 : w.s.start] == ", "
                                                 and w.tokens[w.s.i - 1].text[:1].isupper()):
        return False  # "a Severn, Md. man": the name places the one before it
    a1 = w.after(1)
    if a1 is None:
        return False
    title = a1.text[:1].isupper() and a1.norm in assoc.modifier_heads and (
        not a1.text.isupper() or len(a1.text) <= 5)
    if not (_lower(a1) or title) or (a1.norm in _FUNCTION_WORDS and a1.norm != "and") or a1.norm in cues.metonymy_verbs:
        return False
    a2 = w.after(2)
    a2n = a2.norm if _lower(a2) else ""
    if a1.norm in assoc.place_heads or a2n in assoc.place_heads:
        return False
    if a1.norm in assoc.modifier_heads:
        return not a2n.endswith("ing")  # "the New York City police shooting": an event at the place
    if a1.norm == "and" and a2n.endswith(_ADJECTIVE_ENDINGS):
        # "EU and national regulation": the name and an adjective share the head noun.
        a3 = w.after(3)
        return _lower(a3) and a3.norm in assoc.modifier_heads
    return _lower(a1) and not a1.norm.endswith("ed") and a2n in assoc.modifier_heads


def _possessed(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """"Tunisia's reluctance", "Dominica's request", "Russia's mission": what the name owns is an agent's."""
    if w.text[w.s.end : w.s.end + 2] not in ("'s", "’s"):
        return False
    heads = assoc.possessed_agentive | assoc.modifier_heads
    # The head of the noun phrase is the last word of the run of lower-case words after the possessive
    # ("Japan's rigorous market access procedures"; "Hawaii's residents spend" ends at a verb: a place's).
    head = None
    for k in range(1, 5):
        t = w.after(k, from_end=w.s.end + 2)
        if t is None or t.norm in _FUNCTION_WORDS or not (_lower(t) or (k == 1 and t.text[:1].isupper() and t.norm in heads)):
            break
        head = t
    return head is not None and head.norm in heads


def _relation_object(w: _Window, assoc: AssociativeCues) -> Optional[str]:
    """"relations with Algeria", "pressure on Georgia", "a loss to San Antonio": a party, not a place.
    Returns the preposition that governs the name."""
    k = 1
    b1 = w.before(k)
    if b1 is not None and b1.norm == "the":
        k += 1
        b1 = w.before(k)
    b2 = w.before(k + 1) if b1 is not None else None
    if b1 is None or b2 is None or not b1.text.islower() or not (b2.text.islower() or b2.text.istitle()):
        return None
    preps = assoc.relation_objects.get(b2.norm)
    return b1.norm if preps and b1.norm in preps else None


def _team(w: _Window, assoc: AssociativeCues) -> bool:
    """"25 points against Louisville", "outlasted Louisville in OT": in a sports report a place is a team."""
    b1 = w.before(1)
    if b1 is None or b1.norm not in assoc.sports_before or not b1.text.islower():
        return False
    sentence = w.sentence()
    if _SCORE.search(sentence):
        return True
    words = {x.lower() for x in re.findall(r"[A-Za-z]+", sentence)}
    return bool(words & assoc.sports_words)


def _controlled(w: _Window, assoc: AssociativeCues) -> bool:
    """"allowing France to assume", "prompting Japan to consider": the name is the doer of what follows."""
    b1 = w.before(1)
    if b1 is None or b1.norm not in assoc.control_verbs or not b1.text.islower():
        return False
    a1, a2 = w.after(1), w.after(2)
    return a1 is not None and a1.norm == "to" and _lower(a2) and a2.norm not in STATE_VERBS \
        and a2.norm not in _FUNCTION_WORDS


def _subject_after_time(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """"The United States on Thursday approved", "Tamil Nadu, which filed": a deed after a time phrase or
    in a relative clause still belongs to the name."""
    m = _RELATIVE.match(w.text, w.s.end)
    if m is not None:
        verb = next((t for t in w.tokens[w.s.j : w.s.j + 4] if t.start >= m.end()), None)
        return verb is not None and verb.text.islower() and (
            verb.norm in cues.metonymy_verbs or acts(verb.norm, False))
    k, skipped = 1, 0
    t = w.after(k)
    while t is not None and t.norm in assoc.time_words and skipped < 3:
        skipped += 1
        k += 1
        t = w.after(k)
    if not skipped or t is None or not t.text.islower():
        return False
    return t.norm in cues.metonymy_verbs or acts(t.norm, False)


def _office_of(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """"the government of Ukraine", "Prime Minister of the UAE", "Development Bank of Mauritius": the name
    is the polity an office or organisation belongs to."""
    k = 1
    b = w.before(k)
    if b is not None and b.norm == "the":
        k += 1
        b = w.before(k)
    if b is None or b.norm != "of" or not b.text.islower():
        return False
    literal = cues.place_of | cues.polity_words | cues.feature_heads | cues.directions
    heads = assoc.office_of | cues.person_titles | cues.office_titles | cues.organisation_heads
    for step in range(1, 6):
        t = w.before(k + step)
        if t is None:
            return False
        if t.text.islower():
            return step == 1 and t.norm in assoc.office_of
        if t.norm in literal:
            return False
        if t.norm in heads:
            return True
    return False


def _deed_after(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """A country doing something: "Azerbaijan puts pressure", "the US was conducting", "the US gave".

    A third-person present ("puts") counts only before an object's first word, since after a name a word
    in -s is as often a plural noun ("US drones", "Iraq talks"); a progressive only for a deed, not for what
    the place undergoes ("Syria is burning").
    """
    a1, a2 = w.after(1), w.after(2)
    if not _lower(a1):
        return False
    if a1.norm in assoc.irregular_deeds and a1.norm not in STATE_VERBS:
        return True
    if a1.norm in _BE:
        return _lower(a2) and a2.norm.endswith("ing") and len(a2.norm) > 5 and a2.norm not in _UNDERGOING
    third_person = a1.norm.endswith("s") and not a1.norm.endswith(("ss", "us", "is", "ics")) and len(a1.norm) > 3
    return third_person and a1.norm not in STATE_VERBS and a2 is not None and a2.norm in assoc.object_starts


def mark_associative(text: str, tokens: list[Token], spans: list[NameSpan], cues: Cues,
                     assoc: Optional[AssociativeCues] = None, strong=None) -> None:
    """Mark names used for their people, government or team `locational=False` (cue "metonymy" for a name
    that acts or is acted with, "modifier" for one that modifies a noun for people or institutions).

    A name with a firm place cue ("in", "near", "village of", a dateline) or a vague-area cue keeps its
    literal reading. Roles that a town rarely plays (party to relations, the doer of a deed) are read only
    for names that can be a government's seat: a country, a first-level division, or a large place.
    """
    assoc = assoc or load_associative()
    for idx, s in enumerate(spans):
        if not s.locational or s.demonym or s.vague is not None or s.cue in ("dateline", "street", "feature"):
            continue
        w = _Window(text, tokens, s)
        if text[s.end : s.end + 2] in ("'s", "’s") and _seat(s, strong) and _possessed(w, cues, assoc):
            # A cue before a possessive governs the whole phrase: "a role in Tunisia's decisions".
            s.locational, s.cue = False, "metonymy"
            continue
        if s.firm:
            continue
        if _modifier(w, cues, assoc):
            s.locational, s.cue = False, "modifier"
            if idx > 0:
                # "the Kazakhstan and UAE governments": the name before "and" modifies the same noun.
                prev = spans[idx - 1]
                if prev.locational and not prev.firm and prev.vague is None and not prev.demonym \
                        and re.fullmatch(r"\s+and\s+", text[prev.end : s.start]):
                    prev.locational, prev.cue = False, "modifier"
            continue
        if _office_of(w, cues, assoc) or _team(w, assoc):
            s.locational, s.cue = False, "metonymy"
            continue
        seat = _seat(s, strong)
        if (seat and (_controlled(w, assoc) or _subject_after_time(w, cues, assoc))) \
                or (polity(s) and _deed_after(w, cues, assoc)):
            s.locational, s.cue = False, "metonymy"
        elif seat and (prep := _relation_object(w, assoc)) is not None:
            s.locational, s.cue = False, "metonymy"
            if prep == "between" and idx + 1 < len(spans):
                other = spans[idx + 1]
                if re.fullmatch(r"\s+and\s+(?:the\s+)?", text[s.end : other.start]) and other.locational \
                        and not other.firm and other.vague is None:
                    other.locational, other.cue = False, "metonymy"


def _seat(s: NameSpan, strong) -> bool:
    """A name that can stand for a government: a country, a first-level division, or a large place."""
    return polity(s) or (strong is not None and any(strong(c) and c.exact for c in s.candidates))

_AND = re.compile(r"\s*,\s*|\s+and\s+|\s*,\s*and\s+")


def share_agency(text: str, spans: list[NameSpan]) -> None:
    """"Both China and Brazil will...", "Russia and Iran rejected...": countries joined by "and" share a role.

    Where one of two coordinated countries (or states) acts as an actor, the other, with no place cue of
    its own, is an actor too.
    """
    for k in range(len(spans) - 1):
        a, b = spans[k], spans[k + 1]
        if not _AND.fullmatch(text[a.end : b.start]) or not (polity(a) and polity(b)):
            continue
        for x, y in ((a, b), (b, a)):
            if x.cue == "metonymy" and not x.locational and y.locational and not y.located and not y.demonym:
                y.locational, y.cue = False, "metonymy"
