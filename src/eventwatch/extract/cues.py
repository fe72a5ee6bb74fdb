"""The cheap pre-filter: every event cue in a text, found with one Aho-Corasick pass and no parsing.

The pipeline runs this over whole documents before spaCy so that only sentences with a cue are parsed; the
classifier reuses the same matches (including entity classes) as the raw material for its rules. Matching
is case-insensitive, treats hyphens as spaces, and only accepts whole words.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence

import ahocorasick

from eventwatch.extract.cues_lexicon import (
    KIND_CLASS,
    KIND_FRAME,
    KIND_LABEL,
    CueEntry,
    Lexicon,
    LexiconError,
    load_lexicon,
    normalise,
)
from eventwatch.yaml_data import parse_yaml


@dataclass(frozen=True)
class Cue:
    """An event cue in the input text: character span, the words, and the labels it argues for."""

    start: int
    end: int
    text: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class CueMatch:
    """One lexicon hit with everything the lexicon says about it (labels, frames, classes)."""

    start: int
    end: int
    text: str
    entries: tuple[CueEntry, ...]

    def of_kind(self, kind: str) -> tuple[CueEntry, ...]:
        return tuple(e for e in self.entries if e.kind == kind)


_CACHED_TEXT = 2000  # characters: a sentence is remembered, a whole document is not


class CueFinder:
    """An automaton over a lexicon; build once, reuse for every text."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._automaton = ahocorasick.Automaton()
        for literal, entries in lexicon.entries.items():
            self._automaton.add_word(literal, (literal, entries))
        self._automaton.make_automaton()
        # The pipeline asks about the same sentence several times (candidate filter, classifier, event test),
        # and a batch of documents is selected before any is classified: the cache holds a whole batch's
        # cue sentences (`batch.CHUNK` documents of about seven), not just one document's. Whole documents,
        # asked about once each, are not kept (a long one would only hold memory).
        self._recent = lru_cache(maxsize=512)(self._matches)

    def matches(self, text: str) -> list[CueMatch]:
        """All whole-word hits; a hit inside a longer hit of the same sort (event or class) is dropped."""
        if len(text) > _CACHED_TEXT:
            return list(self._matches(text))
        return list(self._recent(text))

    def _matches(self, text: str) -> tuple[CueMatch, ...]:
        norm = normalise(text)
        raw: list[CueMatch] = []
        for end_index, (literal, entries) in self._automaton.iter(norm):
            start, end = end_index - len(literal) + 1, end_index + 1
            if start > 0 and norm[start - 1].isalnum():
                continue
            whole_word = end >= len(norm) or not norm[end].isalnum()
            word_end = end
            while word_end < len(norm) and norm[word_end].isalnum():
                word_end += 1
            for is_stem in (False, True):
                group = tuple(
                    e for e in entries
                    if e.prefix == is_stem and (is_stem or whole_word)
                    and (not e.case_sensitive or e.surface == text[start:end])
                )
                if group:
                    stop = word_end if is_stem else end
                    raw.append(CueMatch(start, stop, text[start:stop], group))
        return tuple(_drop_covered(_merge_same_span(raw)))

    def cues(self, text: str) -> list[Cue]:
        out = []
        for m in self.matches(text):
            labels: list[str] = []
            for e in m.entries:
                if e.kind == KIND_LABEL:
                    names: tuple[str, ...] = (e.name,)
                elif e.kind == KIND_FRAME:
                    names = self.lexicon.frame_labels[e.name]
                else:
                    continue
                labels.extend(n for n in names if n not in labels)
            if labels:
                out.append(Cue(m.start, m.end, m.text, tuple(labels)))
        return out


def _merge_same_span(matches: list[CueMatch]) -> list[CueMatch]:
    """A stem and a whole word can hit the same span ("smuggl*", "smuggler+"): one match, all entries."""
    merged: dict[tuple[int, int], CueMatch] = {}
    for m in matches:
        key = (m.start, m.end)
        if key in merged:
            old = merged[key]
            merged[key] = CueMatch(m.start, m.end, m.text, old.entries + tuple(
                e for e in m.entries if (e.kind, e.name) not in {(o.kind, o.name) for o in old.entries}))
        else:
            merged[key] = m
    return list(merged.values())


# Which kinds of a longer match silence a shorter match inside it: a longer label or frame hides a label
# ("rocket-propelled grenade" is not a grenade, "water cannon" not artillery); only a longer frame hides a
# frame ("heavy clashes" still tells a protest turned violent); classes only hide classes.
_SILENCED_BY = {
    KIND_LABEL: (KIND_LABEL, KIND_FRAME),
    KIND_FRAME: (KIND_FRAME,),
    KIND_CLASS: (KIND_CLASS,),
}


class _Cover:
    """The spans of some kinds of hit, answering "does a longer one hold this span?" in log time.

    A hit of the same span is no cover; a longer hit holding (start, end) either starts before `start`
    and ends at `end` or later, or starts at `start` or before and ends after `end`. Prefix maxima of the
    ends, over spans sorted by start, answer both (a document has hundreds of hits: testing each against
    all the others was quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end: list[int] = []
        top = -1
        for _, t in spans:
            top = max(top, t)
            self.max_end.append(top)

    def _furthest(self, count: int) -> int:
        return self.max_end[count - 1] if count else -1

    def covers(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, start)  # spans starting before `start`
        at_or_before = bisect_right(self.starts, start)
        return self._furthest(before) >= end or self._furthest(at_or_before) > end


def _drop_covered(matches: list[CueMatch]) -> list[CueMatch]:
    """Longest match wins: a hit inside a longer hit loses the entries that the longer one silences."""
    spans: dict[str, list[tuple[int, int]]] = {KIND_LABEL: [], KIND_FRAME: [], KIND_CLASS: []}
    for m in matches:
        for kind in {e.kind for e in m.entries}:
            spans[kind].append((m.start, m.end))
    cover = {kind: _Cover([span for k in silencers for span in spans[k]])
             for kind, silencers in _SILENCED_BY.items()}
    out = []
    for m in matches:
        kept = tuple(e for e in m.entries if not cover[e.kind].covers(m.start, m.end))
        if len(kept) == len(m.entries):
            out.append(m)  # nothing silenced (the common case): the match itself, frozen, serves as it is
        elif kept:
            out.append(CueMatch(m.start, m.end, m.text, kept))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


@lru_cache(maxsize=1)
def default_finder() -> CueFinder:
    return CueFinder(load_lexicon())


def find_cues(text: str, finder: Optional[CueFinder] = None) -> list[Cue]:
    """Event cues in `text` (label and frame triggers, not entity classes), in text order."""
    return (finder or default_finder()).cues(text)


def find_matches(text: str, finder: Optional[CueFinder] = None) -> list[CueMatch]:
    """Every lexicon hit, entity classes included: the classifier's raw material."""
    return (finder or default_finder()).matches(text)


# --- which cue sentences are worth a parse -----------------------------------------------------------------


@dataclass(frozen=True)
class CandidatePolicy:
    """When a sentence with a cue is worth parsing (`data/event_cues_candidates.yaml` says why)."""

    strong_label_weight: float
    strong_frame_weight: float
    number_window: int
    argument_classes: frozenset[str]
    people_classes: frozenset[str]
    # lemma → irregular forms, for the words some classifier rules look for outside the lexicon
    irregular_forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def parse_candidate_policy(data: Any, classes: Sequence[str]) -> CandidatePolicy:
    """Validated against the lexicon's entity classes, so that a renamed class cannot silently drop a signal."""
    if not isinstance(data, dict):
        raise LexiconError("candidate policy: expected a mapping")
    weights = {}
    for key in ("strong_label_weight", "strong_frame_weight"):
        w = data.get(key)
        if not isinstance(w, (int, float)) or not 0 < w <= 10:
            raise LexiconError(f"candidate policy: {key} must be a weight in (0, 10], not {w!r}")
        weights[key] = float(w)
    window = data.get("number_window")
    if not isinstance(window, int) or window < 0:
        raise LexiconError(f"candidate policy: number_window must be a non-negative integer, not {window!r}")
    sets = {}
    for key in ("argument_classes", "people_classes"):
        names = data.get(key)
        if not isinstance(names, list) or not names:
            raise LexiconError(f"candidate policy: {key} must be a non-empty list of entity classes")
        unknown = sorted(set(names) - set(classes))
        if unknown:
            raise LexiconError(f"candidate policy: {key} names classes the lexicon lacks: {unknown}")
        sets[key] = frozenset(names)
    irregular = data.get("irregular_forms", {})
    if not isinstance(irregular, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and v and all(isinstance(f, str) and f for f in v)
            for k, v in irregular.items()):
        raise LexiconError("candidate policy: irregular_forms must map a lemma to a non-empty list of forms")
    return CandidatePolicy(weights["strong_label_weight"], weights["strong_frame_weight"], window,
                           sets["argument_classes"], sets["people_classes"],
                           {k.lower(): tuple(f.lower() for f in v) for k, v in irregular.items()})


@lru_cache(maxsize=1)
def load_candidate_policy() -> CandidatePolicy:
    path = Path(str(resources.files("eventwatch") / "data" / "event_cues_candidates.yaml"))
    with open(path, encoding="utf-8") as fh:
        return parse_candidate_policy(parse_yaml(fh), load_lexicon().classes)


# A count: digits, or a number word as news writes tolls ("three", "dozens", "hundreds").
_COUNT = re.compile(
    r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores|several)\b",
    re.IGNORECASE,
)


def has_strong_cue(matches: Sequence[CueMatch], policy: CandidatePolicy) -> bool:
    """Cues the lexicon trusts without an argument: a label, or a frame, whose terms in the sentence weigh
    enough together. Summed per label and per frame, as the classifier adds up its evidence: "smoke and
    flames" or a fire named twice argue for a fire as much as one heavy term does."""
    totals: dict[tuple[str, str], float] = {}
    for m in matches:
        for e in m.entries:
            if e.kind in (KIND_LABEL, KIND_FRAME):
                totals[(e.kind, e.name)] = totals.get((e.kind, e.name), 0.0) + e.weight
    return any(
        w >= (policy.strong_label_weight if kind == KIND_LABEL else policy.strong_frame_weight)
        for (kind, _name), w in totals.items()
    )


def has_argument(matches: Sequence[CueMatch], policy: CandidatePolicy) -> bool:
    """An entity class that a predicate cue could have as its agent, victim, target or instrument."""
    return any(e.kind == KIND_CLASS and e.name in policy.argument_classes for m in matches for e in m.entries)


def has_count_near_cue(text: str, matches: Sequence[CueMatch], policy: CandidatePolicy) -> bool:
    """A number close to a cue or to people ("292 died", "three of the bodies"): a toll or a crowd."""
    anchors = [
        (m.start, m.end) for m in matches
        if any(e.kind != KIND_CLASS or e.name in policy.people_classes for e in m.entries)
    ]
    if not anchors:
        return False
    w = policy.number_window
    for n in _COUNT.finditer(text):
        if any(s - w <= n.end() and n.start() <= t + w for s, t in anchors):
            return True
    return False


# --- the most any parse could make of a sentence ------------------------------------------------------------
#
# The classifier calls a sentence an event only when one label's score reaches `classify.EVENT_MIN_SCORE`.
# Every score is built by `classify_rules.score` from the cue matches by additions of a non-negative amount
# (a cue's weight times factors of at most 1, times a rule's multiplier) and by scalings by factors of at
# most 1. So the best label can never score more than the sum of every addition any rule could make, and
# that sum can be bounded without the parse: take each factor as 1, each rule's largest multiplier, and let
# a rule fire only if the entity classes it needs (which come from class matches alone, never from the
# parse) are in the sentence and, for the rules that look for words outside the lexicon ("pushed ... out",
# "sent troops"), only if a word that can have one of their lemmas is there. A sentence whose bound is
# below the threshold cannot be an event, whatever the parse says.

_ACTORS = frozenset({"STATE", "NONSTATE"})
# The classes a throwing's target needs for extract/thrown_at_forces.py (the forces) and for
# extract/incendiary_attacks.py (a building, or people).
_FORCE_TARGETS = frozenset({"STATE", "MIL_TARGET"})
_ARSON_TARGETS = frozenset({"PROPERTY", "CIVILIAN"})


@dataclass(frozen=True)
class RuleWords:
    """Word forms that can carry the lemmas some rules look for anywhere in the sentence (not cues)."""

    ousting: re.Pattern
    ousting_alone: re.Pattern
    ousting_particle: re.Pattern
    handing: re.Pattern
    handing_particle: re.Pattern
    perpetrating: re.Pattern
    sending: re.Pattern
    leaving: re.Pattern
    departing: re.Pattern
    driving: re.Pattern
    throwing: re.Pattern
    explosive: re.Pattern
    thrown_explosive: re.Pattern
    aircraft: re.Pattern
    hurling: re.Pattern
    firebombing: re.Pattern


def _forms_pattern(lemmas: Iterable[str], irregular: Mapping[str, Sequence[str]]) -> re.Pattern:
    """Every regular inflection of each lemma plus its listed irregular forms, as whole words."""
    from eventwatch.extract.cues_lexicon import inflections

    forms: set[str] = set()
    for lemma in lemmas:
        forms |= inflections(lemma) | set(irregular.get(lemma, ()))
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
    if all(f.isascii() and _WORD_RUN.fullmatch(f) for f in forms):
        _FORMS[pattern] = frozenset(f.lower() for f in forms)
    return pattern


# A whole-word alternation of ASCII words matches only where one of the text's words, lower-cased, is one of
# them: a case-insensitive pattern matches a non-ASCII character to an ASCII letter only for these four (found
# by testing every code point), folded first. Most sentences hold none of a list's words, and checking the
# sentence's set of words first spares the alternation's scan (tens of microseconds each); where a word is
# there, the pattern itself runs as before, so every count is what it was.
_FORMS: dict[re.Pattern, frozenset[str]] = {}
_WORD_RUN = re.compile(r"\w+")
_IGNORECASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


class _SentenceWords:
    """One sentence's `search` and `findall` for the rule-word patterns, each skipped where the sentence
    lacks every word its pattern is made of (see `_FORMS`)."""

    __slots__ = ("text", "_words")

    def __init__(self, text: str):
        self.text = text
        self._words: Optional[set[str]] = None

    def _may_match(self, rx: re.Pattern) -> bool:
        forms = _FORMS.get(rx)
        if forms is None:
            return True
        if self._words is None:
            self._words = {w.lower() for w in _WORD_RUN.findall(self.text.translate(_IGNORECASE_TWINS))}
        return not forms.isdisjoint(self._words)

    def search(self, rx: re.Pattern) -> Optional[re.Match]:
        return rx.search(self.text) if self._may_match(rx) else None

    def findall(self, rx: re.Pattern) -> list:
        return rx.findall(self.text) if self._may_match(rx) else []


@lru_cache(maxsize=1)
def rule_words() -> RuleWords:
    """Built from the rules' own lemma lists, so that a lemma added to a rule widens the bound with it."""
    from eventwatch.extract import classify_rules as r
    from eventwatch.extract import incendiary_attacks as arson
    from eventwatch.extract import thrown_at_forces as riot

    irregular = load_candidate_policy().irregular_forms
    return RuleWords(
        ousting=_forms_pattern(r._OUSTING_VERBS - r._OUSTING_ALONE, irregular),
        ousting_alone=_forms_pattern(r._OUSTING_ALONE, irregular),
        ousting_particle=re.compile(r"\b(?:out|from)\b", re.IGNORECASE),
        handing=_forms_pattern(("hand", "turn"), irregular),
        handing_particle=re.compile(r"\b(?:over|back)\b", re.IGNORECASE),
        perpetrating=_forms_pattern(r._PERPETRATE_VERBS, irregular),
        sending=_forms_pattern(r._SEND_LEMMAS, irregular),
        leaving=_forms_pattern(r._CIVILIAN_LEAVING, irregular),
        departing=_forms_pattern(r._DEPARTURE_LEMMAS | {"leave", "abandon", "vacate", "quit"}, irregular),
        driving=_forms_pattern(r._DRIVE_LEMMAS, irregular),
        throwing=_forms_pattern(r._THROW_LEMMAS, irregular),
        explosive=re.compile(r"\bexplosive", re.IGNORECASE),
        thrown_explosive=_forms_pattern(r._EXPLOSIVE_LEMMAS, irregular),
        aircraft=_forms_pattern(r._AIRCRAFT, irregular),
        hurling=_forms_pattern(riot.THROWING_LEMMAS, irregular),
        firebombing=_forms_pattern(arson.FIREBOMB_VERBS | arson.ATTACK_WITH_VERBS, irregular),
    )


def score_bound(text: str, matches: Sequence[CueMatch]) -> float:
    """The largest score any label of `classify_rules.score` could reach on `text`, whatever its parse.

    Mirrors the rules addition by addition (see the comment above); a rule changed to add more than it did
    must be mirrored here, which `tests/test_candidates_bound.py` checks on parsed sentences."""
    from eventwatch.extract import classify_rules as r
    from eventwatch.extract import incendiary_attacks as arson
    from eventwatch.extract import thrown_at_forces as riot
    from eventwatch.extract.classify_rules import EXPLOSIVE_LABELS

    words = rule_words()
    seen = _SentenceWords(text)
    labels: dict[str, list[float]] = {}
    frames: dict[str, list[float]] = {}
    classes: set[str] = set()
    for m in matches:
        for e in m.entries:
            if e.kind == KIND_LABEL:
                labels.setdefault(e.name, []).append(e.weight)
            elif e.kind == KIND_FRAME:
                frames.setdefault(e.name, []).append(e.weight)
            else:
                classes.add(e.name)
    actors = bool(classes & _ACTORS)
    total = 0.0
    # _direct: each label cue once; a broken agreement and a disrupted explosive also lend half elsewhere.
    for label, ws in labels.items():
        extra = 1.5 if label == "AGREEMENT" or label in EXPLOSIVE_LABELS else 1.0
        total += extra * sum(ws)
    # _attack_frames (and, in a protest, the same attack read as force or violence: below)
    total += 2.0 * sum(frames.get("ATTACK_VERB", ()))
    if actors:  # civilians, or the other side, killed by an armed side
        kill = 3.0
    elif "PROTESTER" in classes or seen.search(words.aircraft):
        kill = 2.5
    else:
        kill = 1.5 if "CIVILIAN" in classes else 0.5
    total += kill * sum(frames.get("KILL", ()))
    # _property_destroyed: a weak destruction verb with an armed doer and property destroyed
    if actors and "PROPERTY" in classes:
        total += r.DESTRUCTION_BY_ARMED_SIDE * sum(
            w for w in labels.get("PROPERTY_DISTRUCT", ()) if w <= r.WEAK_DESTRUCTION_MAX)
    # _territory: ousting, handovers, a deal, a withdrawal, then each territorial verb
    if actors:  # "ousted", "routed" alone; "pushed", "drove" only with "out" or "from"
        total += 5.0 * len(seen.findall(words.ousting_alone))
        if seen.search(words.ousting_particle):
            total += 5.0 * len(seen.findall(words.ousting))
    handed = 0.0
    if seen.search(words.handing_particle):
        handed = 5.0 * len(seen.findall(words.handing))
    handover = sum(frames.get("HANDOVER", ()))
    peaceful = sum(labels.get("NON_VIOL_TERRIT_TRANSFER", ())) + handover + handed
    total += handover + handed
    deal = any(w >= 3.5 for w in labels.get("AGREEMENT", ())) and \
        any(w >= 2 for w in labels.get("CHANGE_TO_GROUP_ACT", ()))
    withdrew = any(w >= 4 for w in labels.get("CHANGE_TO_GROUP_ACT", ())) or \
        (actors and bool(seen.search(words.departing)))
    if deal:
        total += peaceful + 4.0
    if withdrew and peaceful >= 3:
        total += peaceful
    transfer = peaceful >= 4 or withdrew or any(w >= 3.5 for w in labels.get("AGREEMENT", ()))
    for w in frames.get("TERRITORY", ()):
        total += (2.0 * w * (1.0 + min(peaceful, 5) / 5) + 2.0 + 0.75 * w) if transfer else 1.5 * w
    # _disrupt_and_arrest
    disrupt = 2.0 if "WEAPON" in classes else 1.5 if "CRIME" in classes else 0.0
    total += disrupt * sum(frames.get("DISRUPT", ()))
    people = bool(classes & {"CIVILIAN", "PROTESTER", "NONSTATE", "CRIME", "DIPLOMAT"})
    total += sum(w for w in frames.get("ARREST", ()) if w >= 5 or people)
    # _other_frames
    if classes & {"BASE", "MIL_TARGET"}:
        total += 2.0 * sum(frames.get("ESTABLISH", ()))
    total += (2.0 if "DIPLOMAT" in classes else 1.0) * sum(frames.get("EXPEL", ()))
    if "CAPTIVE" in classes:
        total += 2.5 * sum(frames.get("RELEASE", ()))
    if "CIVILIAN" in classes and actors:
        total += 2.0 * sum(frames.get("ABDUCT_VERB", ()))
    # _protest: only with protest evidence; its label takes the protest plus how it went
    if "PROTEST" in frames:
        total += sum(frames["PROTEST"]) + sum(w for f in ("P_INTER", "P_FORCE", "P_VIOL")
                                              for w in frames.get(f, ())) + 2.0 * sum(frames.get("ATTACK_VERB", ()))
    # _accusations, _claims, _delivery, _departures
    total += 4.0 * sum(1 for w in labels.get("ATTRIB", ()) if w in (2, 3))
    if "NONSTATE" in classes:
        total += 6.0 * len(seen.findall(words.perpetrating))
    if seen.search(words.explosive):
        total += 7.0 * len(seen.findall(words.driving))
    if seen.search(words.thrown_explosive):
        total += 6.0 * len(seen.findall(words.throwing))
    if actors:
        total += 4.0 * len(seen.findall(words.sending))
    if "CIVILIAN" in classes:
        total += 4.0 * len(seen.findall(words.leaving))
    # thrown_at_forces and incendiary_attacks (asked in classify_rules.score when no protest label scored):
    # one throwing per verb of throwing, at the forces, or at a building or people; one arson per "firebomb"
    # or "attacked with" a petrol bomb.
    if classes & _FORCE_TARGETS:
        total += riot.WEIGHT * len(seen.findall(words.hurling))
    if classes & _ARSON_TARGETS:
        total += arson.WEIGHT * (len(seen.findall(words.hurling)) + len(seen.findall(words.firebombing)))
    # _instruments, _reciprocal_fire, _priorities
    shelling = sum(labels.get("ART_MISS_ATTACK", ()))
    if shelling:
        total += 2.0 * shelling + 3.0
    if "CHEM_WEAP" in labels:
        total += 2.0
    return total


__all__ = ["Cue", "CueMatch", "CueFinder", "find_cues", "find_matches", "default_finder", "KIND_CLASS",
           "CandidatePolicy", "load_candidate_policy", "parse_candidate_policy", "has_strong_cue",
           "has_argument", "has_count_near_cue", "score_bound", "rule_words",
           "KIND_FRAME", "KIND_LABEL"]
