"""The event cue lexicon (`data/event_lexicon.yaml`): loading, validation and term expansion.

Terms are written once in their base form with a small syntax (`clash+` for inflections, `smuggl*` for a
stem, `=IS` for a case-sensitive abbreviation) so the data file stays readable; this module expands them into the literal
strings the Aho-Corasick automaton looks for, and rejects entries that would never match or that name an
unknown label.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Union

from eventwatch.extract.event_types import LABELS
from eventwatch.yaml_data import parse_yaml

KIND_LABEL = "label"
KIND_FRAME = "frame"
KIND_CLASS = "class"

_VOWELS = set("aeiou")
# Characters that the matcher treats as equal to a space (so "air-strike" matches "air strike").
_SPACE_LIKE = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "/"}
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'"}
_NORMALISE_TABLE = str.maketrans({**{c: " " for c in _SPACE_LIKE}, **_QUOTES})


class LexiconError(ValueError):
    """The cue lexicon is malformed; the message names the section, entry and term."""


@dataclass(frozen=True)
class CueEntry:
    """What one literal string means: a label cue, a frame trigger or an entity class."""

    kind: str  # label | frame | class
    name: str  # the label, frame or class name
    weight: float
    term: str  # the term as written in the lexicon (before expansion)
    case_sensitive: bool = False
    surface: str = ""  # the exact capitalisation required when case_sensitive
    prefix: bool = False  # a stem ("smuggl*"): the match runs on to the end of the word
    pos: tuple[str, ...] = ()  # spaCy coarse tags the cue's head must have (empty: any)


@dataclass(frozen=True)
class Lexicon:
    entries: dict[str, tuple[CueEntry, ...]]  # normalised literal → entries
    frame_labels: dict[str, tuple[str, ...]]  # frame name → labels it can yield
    classes: tuple[str, ...]


def normalise(text: str) -> str:
    """Lower-case, hyphens as spaces, straight apostrophes, one character for one: offsets stay valid.

    `str.translate` and `str.lower` run in C; only a text holding a character whose lower case is longer
    than one character ("İ") is walked character by character, keeping that character as it is."""
    mapped = text.translate(_NORMALISE_TABLE)
    low = mapped.lower()
    if len(low) == len(mapped):  # lower() never shortens: equal lengths mean every character mapped 1:1
        return low
    out = []
    for ch in mapped:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def _is_cvc(word: str) -> bool:
    """Short consonant-vowel-consonant endings double their last letter (stab → stabbed)."""
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def inflections(word: str) -> set[str]:
    """Regular noun plural and verb forms of one word; over-generation is harmless for a lookup table."""
    forms = {word}
    consonant_y = word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif consonant_y:
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing", word + "s"}
    elif consonant_y:
        forms |= {word[:-1] + "ied", word + "ing"}
    else:
        forms |= {word + "ed", word + "ing"}
        if _is_cvc(word):
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def expand_term(term: str) -> tuple[set[str], bool]:
    """A lexicon term → (normalised literals, case_sensitive); a stem keeps its trailing '*'."""
    raw = term.strip()
    case_sensitive = raw.startswith("=")
    if case_sensitive:
        raw = raw[1:]
    if raw.endswith("*"):
        stem = raw[:-1]
        if len(stem) < 4 or stem != stem.strip():
            raise LexiconError(f"stem {term!r} is too short to be safe")
        return {(stem if case_sensitive else normalise(stem)) + "*"}, case_sensitive
    inflect = raw.endswith("+")
    if inflect:
        raw = raw[:-1]
    if not raw or raw != raw.strip():
        raise LexiconError(f"empty or badly spaced term {term!r}")
    base = raw if case_sensitive else normalise(raw)
    if not inflect:
        return {base}, case_sensitive
    head, _, last = base.rpartition(" ")
    prefix = head + " " if head else ""
    return {prefix + form for form in inflections(last)}, case_sensitive


_POS_TAGS = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX", "NUM"}


def _groups(section: str, name: str, groups: Any) -> list[tuple[float, list[str], tuple[str, ...]]]:
    if not isinstance(groups, list) or not groups:
        raise LexiconError(f"{section}.{name}: expected a list of {{w, terms}} groups")
    out = []
    for group in groups:
        if not isinstance(group, dict) or "w" not in group or "terms" not in group:
            raise LexiconError(f"{section}.{name}: each group needs 'w' and 'terms'")
        weight = group["w"]
        if not isinstance(weight, (int, float)) or not 0 < weight <= 10:
            raise LexiconError(f"{section}.{name}: weight {weight!r} must be in (0, 10]")
        terms = group["terms"]
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            raise LexiconError(f"{section}.{name}: terms must be a list of non-empty strings")
        pos = group.get("pos", [])
        if not isinstance(pos, list) or not set(pos) <= _POS_TAGS:
            raise LexiconError(f"{section}.{name}: pos must be a list of {sorted(_POS_TAGS)}")
        out.append((float(weight), terms, tuple(pos)))
    return out


def parse_lexicon(data: Any) -> Lexicon:
    if not isinstance(data, dict):
        raise LexiconError("expected a mapping")
    for key in ("labels", "frames", "classes"):
        if not isinstance(data.get(key), dict):
            raise LexiconError(f"missing section {key!r}")
    table: dict[str, list[CueEntry]] = {}

    def add(kind: str, name: str, weight: float, term: str, pos: tuple[str, ...] = ()) -> None:
        literals, case_sensitive = expand_term(term)
        for literal in literals:
            prefix = literal.endswith("*")
            literal = literal.rstrip("*")
            entry = CueEntry(kind, name, weight, term, case_sensitive, literal if case_sensitive else "",
                             prefix, pos)
            key = normalise(literal)
            existing = table.setdefault(key, [])
            # One literal, one weight per (kind, name, case): the strongest statement wins.
            same = [e for e in existing
                    if (e.kind, e.name, e.case_sensitive, e.prefix) == (kind, name, case_sensitive, prefix)]
            if same and same[0].weight >= weight:
                continue
            for e in same:
                existing.remove(e)
            existing.append(entry)

    for label, groups in data["labels"].items():
        if label not in LABELS:
            raise LexiconError(f"labels.{label}: not one of the 30 event type labels")
        for weight, terms, pos in _groups("labels", label, groups):
            for term in terms:
                add(KIND_LABEL, label, weight, term, pos)
    frame_labels: dict[str, tuple[str, ...]] = {}
    for frame, spec in data["frames"].items():
        if not isinstance(spec, dict) or not isinstance(spec.get("labels"), list) or not spec["labels"]:
            raise LexiconError(f"frames.{frame}: needs a non-empty 'labels' list")
        bad = [lab for lab in spec["labels"] if lab not in LABELS]
        if bad:
            raise LexiconError(f"frames.{frame}: unknown labels {bad}")
        frame_labels[frame] = tuple(spec["labels"])
        for weight, terms, pos in _groups("frames", frame, spec.get("cues")):
            for term in terms:
                add(KIND_FRAME, frame, weight, term, pos)
    for cls, terms in data["classes"].items():
        if not isinstance(terms, list) or not terms:
            raise LexiconError(f"classes.{cls}: expected a non-empty list of terms")
        for term in terms:
            if not isinstance(term, str) or not term.strip():
                raise LexiconError(f"classes.{cls}: empty term")
            add(KIND_CLASS, cls, 1.0, term)
    return Lexicon(
        entries={k: tuple(v) for k, v in table.items()},
        frame_labels=frame_labels,
        classes=tuple(data["classes"]),
    )


def read_lexicon(path: Union[str, Path]) -> Lexicon:
    with open(path, encoding="utf-8") as fh:
        return parse_lexicon(parse_yaml(fh))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled lexicon, read and validated once per process."""
    return read_lexicon(Path(str(resources.files("eventwatch") / "data" / "event_lexicon.yaml")))
