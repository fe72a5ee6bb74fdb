"""The Arabic event lexicon (`data/event_lexicon_ar.yaml`): loading, validation and matching.

Arabic attaches conjunctions, prepositions and the article to the word ("وقصفت", "بالمدفعية") and
inflects by suffix, and reports are written with or without short vowels and with several forms of alef.
So a term is matched at a word start after any proclitics, with any ending, on text whose letter variants
are folded one character for one (offsets stay those of the original) and whose short vowels are skipped.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any, Optional

from eventwatch.extract.event_types import LABELS
from eventwatch.yaml_data import parse_yaml

# One character for one, so that a match's offsets are the original text's.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_SKIP = "\u064b-\u0652\u0670\u0640"  # short vowels, shadda, sukun, dagger alef, tatweel
_LETTER = rf"[\u0621-\u064a{_SKIP}]"
_PROCLITICS = rf"(?:[وف][{_SKIP}]*)?(?:[بلك][{_SKIP}]*)?(?:ال[{_SKIP}]*|لل[{_SKIP}]*)?"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CASUALTY_KINDS = ("killed", "injured", "detained", "abducted", "displaced")
_MODALITIES = ("denied", "demanded", "hypothetical", "alleged")
_BOUNDS = ("lower", "upper", "approximate", "lower_after")
_ROLES = ("speaker", "associated", "agent", "target", "member", "accuse", "verbs", "vehicles")


class ArabicLexiconError(ValueError):
    pass


def fold(text: str) -> str:
    """Letter variants folded one character for one: "أطلقت" -> "اطلقت"."""
    return text.translate(_FOLD)


# The marks the patterns skip between letters, read off `_SKIP` itself so the two stay one list (every block of
# Arabic script is looked through: a millisecond, once).
_ARABIC_BLOCKS = ((0x0600, 0x0700), (0x0750, 0x0780), (0x0870, 0x0900), (0xFB50, 0xFE00), (0xFE70, 0xFF00))
_SKIPPED = re.compile(f"[{_SKIP}]")
_SHORT_VOWELS = {c: None for lo, hi in _ARABIC_BLOCKS for c in range(lo, hi) if _SKIPPED.match(chr(c))}


def without_short_vowels(text: str) -> str:
    """The text without the marks a term's pattern skips between its letters (short vowels, tatweel)."""
    return text.translate(_SHORT_VOWELS)


def arabic_cores(form: str) -> tuple[str, ...]:
    """Letters an Arabic form cannot match without, as they stand in folded text with short vowels taken out:
    each word of it (a verb stem after "~"), less the final ه of a word before the last, which agreement may
    change ("قذيفة هاون", "قذيفتا هاون"). Prefixes, endings and the article are optional and left out."""
    words = fold(form.lstrip("=~")).split()
    cores = (w[:-1] if k < len(words) - 1 and w.endswith("ه") else w for k, w in enumerate(words))
    return tuple(without_short_vowels(c) for c in cores)  # a mark written in the form may stand in the text


@lru_cache(maxsize=16)
def _letters(text: str) -> str:
    """The text folded and without short vowels, where every term's cores are looked for; the lists of a
    lexicon read the same sentence one after another, so the last few are kept."""
    return without_short_vowels(fold(text))


def is_arabic(text: str) -> bool:
    """Written in Arabic script: more Arabic letters than Latin ones (a report may quote an English name)."""
    if _ARABIC_LETTER.search(text) is None:  # most sentences: no count over their letters
        return False
    arabic = len(_ARABIC_LETTER.findall(text))
    return arabic > len(_LATIN_LETTER.findall(text))


# Endings a verb takes in reports: she/they/he-it ("قصفت", "قصفوا", "شنه", "نفذها").
_VERB_SUFFIX = rf"(?:ت|وا|ا|ن|نا|تا|ه|ها|هم|هما)?[{_SKIP}]*(?!{_LETTER})"
# What a word before the last of a phrase may carry: the accusative or dual ending ("برميلاً متفجراً",
# "برميلين متفجرين", "قذيفتا هاون"), the article on the words after ("قذائف الهاون", "البراميل المتفجرة").
_INNER_ENDING = rf"(?:ا|ان|ين)?[{_SKIP}]*"


# Between the words of a phrase: spaces, or a hyphen as compounds are often written ("صواريخ أرض-أرض"), after the
# vowel signs a word before the last may end on ("طائراتٌ مسيّرةٌ", drones, with tanwin on both words).
_WORD_GAP = rf"[{_SKIP}]*(?:\s+|\s*[-\u2010-\u2013]\s*)"


def _word_pattern(word: str) -> str:
    return f"[{_SKIP}]*".join(map(re.escape, word))


def _term_pattern(term: str, inflected: bool = False) -> str:
    """`=term`: no ending; `~stem`: a verb (an imperfect prefix, then the stem, then a verb ending);
    otherwise any ending on the last word. `inflected` lets the inner words of a phrase agree."""
    if term.startswith("~"):
        return rf"(?<!{_LETTER})(?:[وف][{_SKIP}]*)?(?:[يتن][{_SKIP}]*)?{_word_pattern(fold(term[1:]))}{_VERB_SUFFIX}"
    exact = term.startswith("=")
    words = fold(term.lstrip("=")).split()
    if inflected and len(words) > 1:
        parts = []
        for k, w in enumerate(words):
            article = "" if k == 0 or w.startswith("ال") else rf"(?:ال[{_SKIP}]*)?"
            if k == len(words) - 1:
                parts.append(article + _word_pattern(w))
            elif w.endswith("ه"):  # "قذيفة هاون", "قذيفتا هاون", "قذيفتي هاون"
                parts.append(article + _word_pattern(w[:-1]) + rf"(?:ه|ت(?:ان|ين|ا|ي))[{_SKIP}]*")
            else:
                parts.append(article + _word_pattern(w) + _INNER_ENDING)
        body = _WORD_GAP.join(parts)
    else:
        body = _WORD_GAP.join(_word_pattern(w) for w in words)
    tail = rf"[{_SKIP}]*(?!{_LETTER})" if exact else rf"{_LETTER}*"
    return rf"(?<!{_LETTER}){_PROCLITICS}{body}{tail}"


@dataclass(frozen=True)
class Terms:
    """A list of terms as one expression; `find` gives (start, end, term) of each match in the text.

    A letter-by-letter pattern that lets every diacritic through is slow to compile: the whole lexicon's
    cost the compiler a quarter of a second, and a report holds a few of its terms. So a text is matched
    with the expression of only the terms whose letters it holds (`arabic_cores`: a term cannot match
    without them), compiled once per such set; the alternatives keep their order and group names, and the
    terms left out could match nowhere in the text, so the matches are those of the whole expression.
    `source` is the whole expression (or None for no terms); `pattern` compiles it, and tests that the
    bundled lists compile keep the data checked."""

    terms: tuple[str, ...]
    source: Optional[str]  # the expression, or None for no terms
    weights: tuple[float, ...] = ()
    _compiled: list = field(default_factory=list, compare=False, repr=False)  # [the compiled expression]
    # The alternatives of `source` in its order: (alternative, the cores of its term); empty when `source`
    # was given whole, which is then always used.
    parts: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), compare=False, repr=False)
    _subsets: dict = field(default_factory=dict, compare=False, repr=False)  # alternatives kept -> expression
    _spent: list = field(default_factory=lambda: [0], compare=False, repr=False)  # [terms compiled in subsets]

    @property
    def pattern(self) -> Optional[re.Pattern]:
        if self.source is None:
            return None
        if not self._compiled:
            self._compiled.append(re.compile(self.source))
        return self._compiled[0]

    @classmethod
    def of(cls, terms: list[str], weights: Optional[list[float]] = None, *, inflected: bool = False) -> "Terms":
        if not terms:
            return cls((), None, ())
        # longest first, so that "غاره جويه" wins over "غاره"
        order = sorted(range(len(terms)), key=lambda i: -len(terms[i].lstrip("=~")))
        parts = tuple((f"(?P<t{i}>{_term_pattern(terms[i], inflected)})", arabic_cores(terms[i])) for i in order)
        return cls(tuple(terms), "|".join(p for p, _ in parts), tuple(weights or [1.0] * len(terms)), parts=parts)

    def pattern_for(self, text: str) -> Optional[re.Pattern]:
        """The expression of the terms whose letters `text` holds (None when it holds none of them)."""
        if self.source is None:
            return None
        if not self.parts:
            return self.pattern
        letters = _letters(text)
        present = tuple(k for k, (_, cores) in enumerate(self.parts) if all(c in letters for c in cores))
        if not present:
            return None
        if self._compiled or len(present) == len(self.parts):
            return self.pattern
        compiled = self._subsets.get(present)
        if compiled is None:
            # Compiling costs about the same per term: once the sets compiled so far hold as many terms as
            # the list, the whole expression is cheaper from then on (an Arabic report's sentences each
            # hold another set), so no stream of texts pays more than twice the whole compile.
            if self._spent[0] + len(present) > len(self.parts):
                return self.pattern
            self._spent[0] += len(present)
            compiled = self._subsets[present] = re.compile("|".join(self.parts[k][0] for k in present))
        return compiled

    def match_at(self, text: str, pos: int) -> Optional[tuple[int, int]]:
        """(end, index of the term) of a term starting at `pos` (after any spaces), or None."""
        pattern = self.pattern_for(text)
        if pattern is None:
            return None
        folded = fold(text)
        while pos < len(folded) and folded[pos].isspace():
            pos += 1
        m = pattern.match(folded, pos)
        return (m.end(), int(m.lastgroup[1:])) if m else None

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, index of the term) for each match in `text`, in order."""
        pattern = self.pattern_for(text)
        if pattern is None:
            return []
        out = []
        for m in pattern.finditer(fold(text)):
            index = int(m.lastgroup[1:])
            out.append((m.start(), m.end(), index))
        return out


@dataclass(frozen=True)
class ArabicLexicon:
    labels: Terms  # weights per term; `label_of[i]` names the label of term i
    label_of: tuple[str, ...]
    bombardment: Terms
    dropping: Terms
    aircraft: Terms
    territory: Terms
    casualties: dict[str, Terms]
    singular: Terms
    plural: Terms
    numbers: dict[str, int]
    months: dict[str, str]
    weekdays: dict[str, int]
    modality: dict[str, Terms]
    vague: Terms = Terms((), None)  # `vague_range[i]` is the range of term i, as `numbers.VAGUE` reads it
    vague_range: tuple[tuple[Optional[int], Optional[int], Optional[int]], ...] = ()
    bounds: dict[str, Terms] = field(default_factory=dict)  # lower / upper / approximate / lower_after
    scales: dict[str, int] = field(default_factory=dict)
    roles: dict[str, Terms] = field(default_factory=dict)
    phrase_openers: frozenset[str] = frozenset()  # folded words that open a phrase between a verb and its count
    # the registry's generic actors ("Civilians", "Protesters") -> the Arabic nouns that name them
    generic_actors: dict[str, Terms] = field(default_factory=dict)
    # nationality adjectives ("روسية", "إسرائيلي"); `nationality_of[i]` is the country of term i, as the actor
    # registry's `nationalities` name it
    nationalities: Terms = Terms((), None)
    nationality_of: tuple[str, ...] = ()
    # adjectives of armed movements ("حوثي", Houthi); `group_of[i]` is the registry actor term i names
    group_adjectives: Terms = Terms((), None)
    group_of: tuple[str, ...] = ()
    # ordinal day words ("الثالث" third, "العشرين" twentieth), folded -> value
    ordinals: dict[str, int] = field(default_factory=dict)
    # goods dealt in against the law ("مخدرات", "أسلحة"): a trader's noun in construct with one names a dealer,
    # no civilian ("تاجر مخدرات")
    contraband: Terms = Terms((), None)
    # verbs of dispersing ("فرقت"): force against a protest only where a protest is named with them
    dispersal: Terms = Terms((), None)
    # the regular nisba of the states the lexicon does not list (arabic_nisbas.py), believed only joined to
    # soldiers, forces or an army; `nisba_of[i]` is the country of term i
    nisbas: Terms = Terms((), None)
    nisba_of: tuple[str, ...] = ()


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
        out += _expanded(t.strip(), where)
    return out


_CHOICE = re.compile(r"\(([^()]*)\)")


def _expanded(term: str, where: str) -> list[str]:
    """The terms a term of choices stands for: "(قصفت|ضربت) (مسيره|مسيرات) تركيه" is four, one per way of choosing
    a word of each group, in order."""
    m = _CHOICE.search(term)
    if m is None:
        if "(" in term or ")" in term or "|" in term:
            raise ArabicLexiconError(f"{where}: {term!r} has an unclosed or nested group of choices")
        return [term]
    choices = [c.strip() for c in m.group(1).split("|")]
    if not all(choices):
        raise ArabicLexiconError(f"{where}: {term!r} has an empty choice")
    return [t for c in choices for t in _expanded(term[: m.start()] + c + term[m.end() :], where)]


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


def _adjective_names(data: Any, where: str, what: str) -> dict[str, str]:
    """An optional section mapping Arabic adjectives to the Latin-letter names they stand for (a country, a
    registry actor): checked here so that a misspelt entry fails loudly at load, not as a missing match."""
    section = data.get(where, {})
    if not isinstance(section, dict):
        raise ArabicLexiconError(f"{where}: expected a mapping of Arabic adjective -> {what}")
    for word, name in section.items():
        _words([word], where)
        if not isinstance(name, str) or not _LATIN_LETTER.search(name):
            raise ArabicLexiconError(f"{where}.{word}: expected {what} in Latin letters")
    return section


def parse_arabic_lexicon(data: Any) -> ArabicLexicon:
    """Validate the YAML data and compile it; every error names the section at fault."""
    if not isinstance(data, dict):
        raise ArabicLexiconError("expected a mapping")
    for key in ("labels", "bombardment", "dropping", "aircraft", "territory", "casualties", "people", "numbers",
                "months", "weekdays", "modality", "vague", "bounds", "scales", "roles", "phrase_openers"):
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
    vague_terms, vague_range = _vague(data["vague"])
    bounds = data["bounds"]
    if not isinstance(bounds, dict) or set(bounds) != set(_BOUNDS):
        raise ArabicLexiconError(f"bounds: expected the kinds {_BOUNDS}")
    roles = data["roles"]
    if not isinstance(roles, dict) or set(roles) != set(_ROLES):
        raise ArabicLexiconError(f"roles: expected the cues {_ROLES}")
    generic = data.get("generic_actors", {})
    if not isinstance(generic, dict) or not all(isinstance(k, str) and k.strip() for k in generic):
        raise ArabicLexiconError("generic_actors: expected a mapping of registry name -> Arabic nouns")
    nationalities = _adjective_names(data, "nationalities", "a country name")
    groups = _adjective_names(data, "group_adjectives", "a registry actor's name")
    weekdays = _mapping(data["weekdays"], "weekdays", int)
    if sorted(weekdays.values()) != list(range(7)):
        raise ArabicLexiconError("weekdays: expected the seven days, Monday=0 .. Sunday=6")
    return ArabicLexicon(
        labels=Terms.of(terms, weights),
        label_of=tuple(label_of),
        bombardment=Terms.of(*_weighted(data["bombardment"], "bombardment")),
        dropping=Terms.of(*_weighted(data["dropping"], "dropping")),
        aircraft=Terms.of(*_weighted(data["aircraft"], "aircraft")),
        territory=Terms.of(*_weighted(data["territory"], "territory")),
        casualties={k: Terms.of(_words(v, f"casualties.{k}")) for k, v in casualties.items()},
        singular=Terms.of(_words(people["singular"], "people.singular")),
        plural=Terms.of(_words(people["plural"], "people.plural")),
        numbers=_mapping(data["numbers"], "numbers", int),
        months=_mapping(data["months"], "months", str),
        weekdays=weekdays,
        modality={k: Terms.of(_words(v, f"modality.{k}")) for k, v in modality.items()},
        vague=Terms.of(vague_terms),
        vague_range=tuple(vague_range),
        bounds={k: Terms.of(_words(v, f"bounds.{k}")) for k, v in bounds.items()},
        scales=_mapping(data["scales"], "scales", int),
        roles={k: Terms.of(_words(v, f"roles.{k}")) for k, v in roles.items()},
        phrase_openers=frozenset(fold(w) for w in _single_words(data["phrase_openers"], "phrase_openers")),
        generic_actors={k: Terms.of(_words(v, f"generic_actors.{k}")) for k, v in generic.items()},
        nationalities=Terms.of(list(nationalities)),
        nationality_of=tuple(nationalities.values()),
        group_adjectives=Terms.of(list(groups)),
        group_of=tuple(groups.values()),
        ordinals=_mapping(data["ordinals"], "ordinals", int) if "ordinals" in data else {},
        contraband=Terms.of(_words(data["contraband"], "contraband")) if "contraband" in data else Terms((), None),
        dispersal=Terms.of(*_weighted(data["dispersal"], "dispersal")) if "dispersal" in data else Terms((), None),
    )


def _single_words(items: Any, where: str) -> list[str]:
    """Terms that must each be one word: they are compared whole with a word of the text."""
    words = _words(items, where)
    spaced = [w for w in words if len(w.split()) != 1]
    if spaced:
        raise ArabicLexiconError(f"{where}: expected single words, got {spaced}")
    return words


def _vague(section: Any) -> tuple[list[str], list[tuple[Optional[int], Optional[int], Optional[int]]]]:
    """Vague quantity words, each named by the English phrase whose range it takes (`numbers.VAGUE`), so that
    "عشرات" is read exactly as "tens" is."""
    from eventwatch.extract.numbers import VAGUE

    if not isinstance(section, dict) or not section:
        raise ArabicLexiconError("vague: expected a mapping of Arabic words -> an English vague quantity")
    terms, ranges = [], []
    for word, english in section.items():
        _words([word], "vague")
        if english not in VAGUE:
            raise ArabicLexiconError(f"vague.{word}: {english!r} is not one of numbers.VAGUE")
        terms.append("=" + str(word).lstrip("="))
        ranges.append(VAGUE[english])
    return terms, ranges


@lru_cache(maxsize=1)
def load_arabic_lexicon() -> ArabicLexicon:
    """The bundled lexicon, read and validated once per process, with the regular nisba of each state the
    gazetteer names in Arabic and the lexicon's nationalities do not list (arabic_nisbas.py)."""
    from eventwatch.extract.arabic_nisbas import derived_accusatives, derived_nationalities

    text = importlib_resources.files("eventwatch.data").joinpath("event_lexicon_ar.yaml").read_text("utf-8")
    data = parse_yaml(text)
    held = set((data.get("nationalities") or {}).values())
    derived = {form: state for form, state in derived_nationalities().items() if state not in held}
    derived.update((form, state) for form, state in derived_accusatives().items() if form not in derived)
    return dataclasses.replace(parse_arabic_lexicon(data), nisbas=Terms.of(list(derived)),
                               nisba_of=tuple(derived.values()))


__all__ = ["ArabicLexicon", "ArabicLexiconError", "Terms", "fold", "is_arabic", "load_arabic_lexicon",
           "parse_arabic_lexicon"]
