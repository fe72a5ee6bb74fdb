"""The cheap pre-filter: every event cue in a text, found with one Aho-Corasick pass and no parsing.

The pipeline runs this over whole documents before spaCy so that only sentences with a cue are parsed; the
classifier reuses the same matches (including entity classes) as the raw material for its rules. Matching
is case-insensitive, treats hyphens as spaces, and only accepts whole words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Optional, Sequence

import ahocorasick
import yaml

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


class CueFinder:
    """An automaton over a lexicon; build once, reuse for every text."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._automaton = ahocorasick.Automaton()
        for literal, entries in lexicon.entries.items():
            self._automaton.add_word(literal, (literal, entries))
        self._automaton.make_automaton()
        # The pipeline asks about the same sentence several times (candidate filter, classifier, event test).
        self._recent = lru_cache(maxsize=64)(self._matches)

    def matches(self, text: str) -> list[CueMatch]:
        """All whole-word hits; a hit inside a longer hit of the same sort (event or class) is dropped."""
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


def _drop_covered(matches: list[CueMatch]) -> list[CueMatch]:
    """Longest match wins: a hit inside a longer hit loses the entries that the longer one silences."""
    spans: dict[str, list[tuple[int, int]]] = {KIND_LABEL: [], KIND_FRAME: [], KIND_CLASS: []}
    for m in matches:
        for kind in {e.kind for e in m.entries}:
            spans[kind].append((m.start, m.end))
    out = []
    for m in matches:
        kept = []
        for e in m.entries:
            covered = any(
                s <= m.start and m.end <= t and (t - s) > (m.end - m.start)
                for kind in _SILENCED_BY[e.kind] for s, t in spans[kind]
            )
            if not covered:
                kept.append(e)
        if kept:
            out.append(CueMatch(m.start, m.end, m.text, tuple(kept)))
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
    return CandidatePolicy(weights["strong_label_weight"], weights["strong_frame_weight"], window,
                           sets["argument_classes"], sets["people_classes"])


@lru_cache(maxsize=1)
def load_candidate_policy() -> CandidatePolicy:
    path = Path(str(resources.files("eventwatch") / "data" / "event_cues_candidates.yaml"))
    with open(path, encoding="utf-8") as fh:
        return parse_candidate_policy(yaml.safe_load(fh), load_lexicon().classes)


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


__all__ = ["Cue", "CueMatch", "CueFinder", "find_cues", "find_matches", "default_finder", "KIND_CLASS",
           "CandidatePolicy", "load_candidate_policy", "parse_candidate_policy", "has_strong_cue",
           "has_argument", "has_count_near_cue",
           "KIND_FRAME", "KIND_LABEL"]
