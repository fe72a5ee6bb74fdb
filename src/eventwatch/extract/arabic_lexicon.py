"""The Arabic event lexicon (`data/event_lexicon_ar.yaml`): loading, validation and matching.

Arabic attaches conjunctions, prepositions and the article to the word ("وقصفت", "بالمدفعية") and
inflects by suffix, and reports are written with or without short vowels and with several forms of alef.
So a term is matched at a word start after any proclitics, with any ending, on text whose letter variants
are folded one character for one (offsets stay those of the original) and whose short vowels are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any, Optional

import yaml

from eventwatch.extract.event_types import LABELS

# One character for one, so that a match's offsets are the original text's.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_SKIP = "\u064b-\u0652\u0670\u0640"  # short vowels, shadda, sukun, dagger alef, tatweel
_LETTER = rf"[\u0621-\u064a{_SKIP}]"
_PROCLITICS = rf"(?:[وف][{_SKIP}]*)?(?:[بلك][{_SKIP}]*)?(?:ال[{_SKIP}]*|لل[{_SKIP}]*)?"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CASUALTY_KINDS = ("killed", "injured", "detained", "abducted", "displaced")
_MODALITIES = ("denied", "demanded", "hypothetical", "alleged")


class ArabicLexiconError(ValueError):
    pass


def fold(text: str) -> str:
    """Letter variants folded one character for one: "أطلقت" -> "اطلقت"."""
    return text.translate(_FOLD)


def is_arabic(text: str) -> bool:
    """Written in Arabic script: more Arabic letters than Latin ones (a report may quote an English name)."""
    if _ARABIC_LETTER.search(text) is None:  # most sentences: no count over their letters
        return False
    arabic = len(_ARABIC_LETTER.findall(text))
    return arabic > len(_LATIN_LETTER.findall(text))


def _term_pattern(term: str) -> str:
    exact = term.startswith("=")
    words = fold(term.lstrip("=")).split()
    body = rf"\s+".join(f"[{_SKIP}]*".join(map(re.escape, w)) for w in words)
    tail = rf"[{_SKIP}]*(?!{_LETTER})" if exact else rf"{_LETTER}*"
    return rf"(?<!{_LETTER}){_PROCLITICS}{body}{tail}"


@dataclass(frozen=True)
class Terms:
    """A compiled list of terms; `find` gives (start, end, term) of each match in the text."""

    terms: tuple[str, ...]
    pattern: Optional[re.Pattern]
    weights: tuple[float, ...] = ()

    @classmethod
    def of(cls, terms: list[str], weights: Optional[list[float]] = None) -> "Terms":
        if not terms:
            return cls((), None, ())
        # longest first, so that "غاره جويه" wins over "غاره"
        order = sorted(range(len(terms)), key=lambda i: -len(terms[i]))
        alternatives = "|".join(f"(?P<t{i}>{_term_pattern(terms[i])})" for i in order)
        return cls(tuple(terms), re.compile(alternatives), tuple(weights or [1.0] * len(terms)))

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, index of the term) for each match in `text`, in order."""
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(fold(text)):
            index = int(m.lastgroup[1:])
            out.append((m.start(), m.end(), index))
        return out


@dataclass(frozen=True)
class ArabicLexicon:
    labels: Terms  # weights per term; `label_of[i]` names the label of term i
    label_of: tuple[str, ...]
    bombardment: Terms
    aircraft: Terms
    territory: Terms
    casualties: dict[str, Terms]
    singular: Terms
    plural: Terms
    numbers: dict[str, int]
    months: dict[str, str]
    weekdays: dict[str, int]
    modality: dict[str, Terms]


def _weighted(section: Any, where: str) -> tuple[list[str], list[float]]:
    if not isinstance(section, list) or not section:
        raise ArabicLexiconError(f"{where}: expected a non-empty list of {{w, terms}} groups")
    terms, weights = [], []
    for group in section:
        if not isinstance(group, dict) or "w" not in group or "terms" not in group:
            raise ArabicLexiconError(f"{where}: each group needs 'w' and 'terms'")
        w = group["w"]
        if not isinstance(w, (int, float)) or not 0 < w <= 10:
            raise ArabicLexiconError(f"{where}: weight {w!r} must be in (0, 10]")
        for t in _words(group["terms"], where):
            terms.append(t)
            weights.append(float(w))
    return terms, weights


def _words(items: Any, where: str) -> list[str]:
    if not isinstance(items, list) or not items:
        raise ArabicLexiconError(f"{where}: expected a non-empty list of terms")
    out = []
    for t in items:
        if not isinstance(t, str) or not t.strip():
            raise ArabicLexiconError(f"{where}: empty term")
        if not _ARABIC_LETTER.search(t) or _LATIN_LETTER.search(t):
            raise ArabicLexiconError(f"{where}: {t!r} is not written in Arabic script")
        out.append(t.strip())
    return out


def _mapping(section: Any, where: str, kind: type) -> dict:
    if not isinstance(section, dict) or not section:
        raise ArabicLexiconError(f"{where}: expected a non-empty mapping")
    out = {}
    for k, v in section.items():
        _words([k], where)
        if not isinstance(v, kind) or isinstance(v, bool):
            raise ArabicLexiconError(f"{where}.{k}: expected a {kind.__name__}")
        out[fold(k)] = fold(v) if isinstance(v, str) else v
    return out


def parse_arabic_lexicon(data: Any) -> ArabicLexicon:
    """Validate the YAML data and compile it; every error names the section at fault."""
    if not isinstance(data, dict):
        raise ArabicLexiconError("expected a mapping")
    for key in ("labels", "bombardment", "aircraft", "territory", "casualties", "people", "numbers", "months",
                "weekdays", "modality"):
        if key not in data:
            raise ArabicLexiconError(f"missing section {key!r}")
    terms: list[str] = []
    weights: list[float] = []
    label_of: list[str] = []
    if not isinstance(data["labels"], dict):
        raise ArabicLexiconError("labels: expected a mapping of label -> groups")
    for label, groups in data["labels"].items():
        if label not in LABELS:
            raise ArabicLexiconError(f"labels.{label}: not one of the 30 event type labels")
        t, w = _weighted(groups, f"labels.{label}")
        terms += t
        weights += w
        label_of += [label] * len(t)
    casualties = data["casualties"]
    if not isinstance(casualties, dict) or set(casualties) - set(_CASUALTY_KINDS):
        raise ArabicLexiconError(f"casualties: expected kinds among {_CASUALTY_KINDS}")
    people = data["people"]
    if not isinstance(people, dict) or set(people) != {"singular", "plural"}:
        raise ArabicLexiconError("people: expected 'singular' and 'plural'")
    modality = data["modality"]
    if not isinstance(modality, dict) or set(modality) - set(_MODALITIES):
        raise ArabicLexiconError(f"modality: expected kinds among {_MODALITIES}")
    weekdays = _mapping(data["weekdays"], "weekdays", int)
    if sorted(weekdays.values()) != list(range(7)):
        raise ArabicLexiconError("weekdays: expected the seven days, Monday=0 .. Sunday=6")
    return ArabicLexicon(
        labels=Terms.of(terms, weights),
        label_of=tuple(label_of),
        bombardment=Terms.of(*_weighted(data["bombardment"], "bombardment")),
        aircraft=Terms.of(*_weighted(data["aircraft"], "aircraft")),
        territory=Terms.of(*_weighted(data["territory"], "territory")),
        casualties={k: Terms.of(_words(v, f"casualties.{k}")) for k, v in casualties.items()},
        singular=Terms.of(_words(people["singular"], "people.singular")),
        plural=Terms.of(_words(people["plural"], "people.plural")),
        numbers=_mapping(data["numbers"], "numbers", int),
        months=_mapping(data["months"], "months", str),
        weekdays=weekdays,
        modality={k: Terms.of(_words(v, f"modality.{k}")) for k, v in modality.items()},
    )


@lru_cache(maxsize=1)
def load_arabic_lexicon() -> ArabicLexicon:
    """The bundled lexicon, read and validated once per process."""
    text = importlib_resources.files("eventwatch.data").joinpath("event_lexicon_ar.yaml").read_text("utf-8")
    return parse_arabic_lexicon(yaml.safe_load(text))


__all__ = ["ArabicLexicon", "ArabicLexiconError", "Terms", "fold", "is_arabic", "load_arabic_lexicon",
           "parse_arabic_lexicon"]
