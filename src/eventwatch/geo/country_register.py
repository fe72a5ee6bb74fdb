"""Which country a document is told in, from words that are not place names.

A local paper rarely names its own country: "the sheriff's office", "County Road 12", "412 Elm St." and
"(555) 555-0100" place a story in the United States as surely as a state name would, and "Gardaí", "£" or
"Lok Sabha" place others. The register (data/gazetteer/country_register.yaml) lists such words per
country; the division words only a few countries use ("LGA", "woreda", "governorate", cues.yaml's
division_countries) count too, read from that one list rather than copied.

The result is a weak vote, `document_votes`: the resolver adds it to every reading in a voted country, less
than a publisher's country or a place the document names, so that it decides only between namesakes that
nothing firmer tells apart (a "Taunton" or a "Stratford" in a story that never leaves it). A world city keeps
its lead over a small town of its name whatever the words say (the resolver leaves the vote out of that
comparison), and a name that can be a country ("Jordan") gets no vote: a local story mentions both abroad.
Writers' habits that travel with the writer (spelling, "$" amounts, units) are not in the register.

Each entry counts once however often it recurs (a story repeating "the sheriff" is not more American for
it), an entry shared by several countries splits its vote ("township"), and the vote grows with the number
of distinct entries found, reaching full weight at `FULL_EVIDENCE`. Words are found longest first, so a
phrase ("township trustees") is one entry, not also its first word.
"""
from __future__ import annotations

import re
import re._constants as _sre  # the parser's node names: the prechecks are read off a pattern's parse
import re._parser as _sre_parse
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.yaml_files import parse_yaml

REGISTER_FILE = "country_register.yaml"
KINDS = ("words", "names", "patterns")
# Distinct entries at which the vote reaches its full weight: one "high school" alone is a hint, an address
# and a sheriff's office together are a story's setting.
FULL_EVIDENCE = 2.0


@dataclass(frozen=True)
class RegisterEntry:
    """One word, name or pattern of the register and the countries that use it."""

    kind: str  # "words" (any case), "names" (as written) or "patterns" (a regular expression)
    text: str
    countries: frozenset[str]


@dataclass(frozen=True)
class CountryHit:
    """Where in the text an entry was found: the evidence for its countries' vote."""

    start: int
    end: int
    text: str
    entry: RegisterEntry


@dataclass(frozen=True)
class CountryEvidence:
    """Per country, the distinct entries' shares found in a text, and where each entry was first found."""

    weights: Mapping[str, float]
    hits: tuple[CountryHit, ...]


@dataclass(frozen=True)
class CountryRegister:
    """The entries, and the few expressions that find them: the words in one alternation, the names in
    another (a scan per entry made the register cost more than the rest of resolution on a long text)."""

    entries: tuple[RegisterEntry, ...]
    words: Optional[re.Pattern]  # every word, in lower case, run over the lower-cased text (five times faster
    # than a case-blind expression); `words_any_case` where lower-casing moves offsets ("İ")
    words_any_case: Optional[re.Pattern]
    names: Optional[re.Pattern]  # every name, as written
    patterns: tuple[tuple[RegisterEntry, re.Pattern], ...]
    # per pattern, the literal runs it cannot match without (each a tuple of spellings, one of which must be
    # in the text): most documents lack "£" or "County Road", and a substring test costs far less than a search
    prechecks: tuple[tuple[tuple[str, ...], ...], ...]
    by_text: Mapping[tuple[str, str], RegisterEntry]  # (kind, text) → entry; words by their lower-case text


def _checked_code(code: object, where: str) -> str:
    if not isinstance(code, str) or len(code) != 2 or not code.isalpha() or not code.isupper():
        raise ValueError(f"{where}: country keys are two-letter upper-case ISO codes: {code!r}")
    return code


def _checked_list(value: object, kind: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where}: {kind} must be a list of non-empty strings")
    if kind == "words" and any(v != v.lower() for v in value):
        raise ValueError(f"{where}: words are lower-case (they match in any case); use names for acronyms")
    return [v.strip() for v in value]


def _alternation(literals: list[str], flags: int = 0) -> Optional[re.Pattern]:
    """The literals as one expression of whole words (no letter or digit touching either side), longest
    first, so that a phrase is found whole rather than as its first word."""
    if not literals:
        return None
    alts = "|".join(re.escape(x) for x in sorted(literals, key=lambda x: (-len(x), x)))
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)", flags)


def _compile_pattern(entry: RegisterEntry, where: str) -> re.Pattern:
    try:
        return re.compile(entry.text)
    except re.error as exc:
        raise ValueError(f"{where}: bad pattern {entry.text!r}: {exc}") from exc


# A run of literals expands into at most this many spellings ("(?:County|State) (?:Road|Route)" is four);
# beyond it the run is cut where it stands, which only weakens the precheck.
_MAX_SPELLINGS = 16


def _literal_options(node: tuple) -> Optional[list[str]]:
    """The strings one node can match if it matches only a few fixed ones ("D|R|I", "[Ss]", "(?:Road|Route)"),
    else None."""
    op, av = node
    if op is _sre.LITERAL:
        return [chr(av)]
    if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
        return [chr(c) for _, c in av]
    if op is _sre.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flags
        return _sequence_options(list(av[3]))
    if op is _sre.BRANCH:
        out: list[str] = []
        for alt in av[1]:
            opts = _sequence_options(list(alt))
            if opts is None:
                return None
            out.extend(opts)
        return out if len(out) <= _MAX_SPELLINGS else None
    return None


def _sequence_options(seq: list) -> Optional[list[str]]:
    """The fixed strings a whole sequence can match, if it is made only of fixed choices."""
    options = [""]
    for node in seq:
        if node[0] is _sre.AT:  # \b and anchors take no characters
            continue
        opts = _literal_options(node)
        if opts is None or len(options) * len(opts) > _MAX_SPELLINGS:
            return None
        options = [a + b for a in options for b in opts]
    return options


def required_literals(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Necessary conditions for `pattern` to match: runs of fixed text in its top-level sequence, each as the
    spellings it allows. Zero-width items (\b, look-arounds) do not break a run; anything else ends it.

    Derived from the pattern's parse, so a new register pattern gets its precheck without anyone writing one;
    a pattern compiled with flags (case-blind) gets none, since its literals would not be literal."""
    if pattern.flags & ~re.UNICODE:
        return ()
    required: list[tuple[str, ...]] = []
    run = [""]

    def close() -> None:
        nonlocal run
        if any(run):
            required.append(tuple(sorted(set(run))))
        run = [""]

    for node in _sre_parse.parse(pattern.pattern):
        op = node[0]
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        opts = _literal_options(node)
        if opts is not None and "" not in opts and len(run) * len(opts) <= _MAX_SPELLINGS:
            run = [a + b for a in run for b in opts]
            continue
        close()
        if opts is not None and "" not in opts:  # too many spellings to join the run: start a new one
            run = opts
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and node[1][0] >= 1:
            inner = _sequence_options(list(node[1][2]))  # "(?:,\d{3})+" needs "," at least once
            if inner is not None and "" not in inner:
                run = inner
                close()
    close()
    return tuple(required)


def _may_match(prechecks: tuple[tuple[str, ...], ...], text: str) -> bool:
    return all(any(s in text for s in spellings) for spellings in prechecks)


def parse_register(raw: object, division_countries: Mapping[str, frozenset[str]] = (), where: str = REGISTER_FILE
                   ) -> CountryRegister:
    """The register from the YAML mapping (country → words/names/patterns) plus the division words.

    An entry written under several countries becomes one entry of all of them; a division word already in the
    register's words keeps the register's countries (the one list of division words stays cues.yaml's)."""
    if not isinstance(raw, dict) or not raw:
        raise ValueError(f"{where}: expected a mapping of country codes to word lists")
    countries_of: dict[tuple[str, str], set[str]] = {}
    for code, lists in raw.items():
        code = _checked_code(code, where)
        if not isinstance(lists, dict) or not lists:
            raise ValueError(f"{where}: {code} must map some of {KINDS} to lists")
        unknown = set(lists) - set(KINDS)
        if unknown:
            raise ValueError(f"{where}: {code}: unknown fields {sorted(unknown)}")
        for kind, values in lists.items():
            for v in _checked_list(values, kind, f"{where}: {code}"):
                countries_of.setdefault((kind, v), set()).add(code)
    for word, codes in dict(division_countries).items():
        if ("words", word) not in countries_of:
            countries_of[("words", word)] = set(codes)
    entries = tuple(RegisterEntry(kind, text, frozenset(codes)) for (kind, text), codes in countries_of.items())
    patterns = tuple((e, _compile_pattern(e, where)) for e in entries if e.kind == "patterns")
    return CountryRegister(
        entries,
        _alternation([e.text for e in entries if e.kind == "words"]),
        _alternation([e.text for e in entries if e.kind == "words"], re.IGNORECASE),
        _alternation([e.text for e in entries if e.kind == "names"]),
        patterns,
        tuple(required_literals(p) for _, p in patterns),
        {(e.kind, e.text): e for e in entries},
    )


@lru_cache(maxsize=2)
def load_country_register(data_dir: str = str(DATA_DIR)) -> CountryRegister:
    """The bundled register, checked, with cues.yaml's division words added."""
    path = Path(data_dir) / REGISTER_FILE
    raw = parse_yaml(path.read_text(encoding="utf-8"))
    return parse_register(raw, load_cues(data_dir).division_countries, REGISTER_FILE)


def country_evidence(text: str, register: Optional[CountryRegister] = None) -> CountryEvidence:
    """Per country, the summed shares of the distinct register entries found in `text`, with their spans.

    An entry found once or twenty times gives one vote, split evenly between the countries that use it."""
    register = register or load_country_register()
    first: dict[RegisterEntry, CountryHit] = {}
    lower = text.lower()
    same_offsets = len(lower) == len(text)
    scans = (("words", register.words, lower) if same_offsets else ("words", register.words_any_case, text),
             ("names", register.names, text))
    for kind, pattern, scanned in scans:
        if pattern is None:
            continue
        for m in pattern.finditer(scanned):
            key = m.group(0).lower() if kind == "words" else m.group(0)
            entry = register.by_text.get((kind, key))
            if entry is not None and entry not in first:
                first[entry] = CountryHit(m.start(), m.end(), text[m.start():m.end()], entry)
    for (entry, pattern), needs in zip(register.patterns, register.prechecks):
        if needs and not _may_match(needs, text):
            continue
        m = pattern.search(text)
        if m is not None and m.end() > m.start():
            first[entry] = CountryHit(m.start(), m.end(), m.group(0), entry)
    weights: dict[str, float] = {}
    for entry in first:
        share = 1.0 / len(entry.countries)
        for cc in entry.countries:
            weights[cc] = weights.get(cc, 0.0) + share
    return CountryEvidence(weights, tuple(sorted(first.values(), key=lambda h: h.start)))


def document_votes(evidence: CountryEvidence, full: float = FULL_EVIDENCE) -> dict[str, float]:
    """Each country's vote in [0, 1]: its share of the evidence, scaled by how much evidence there is.

    The share keeps a story with an American address and a British "council tax" from voting fully for
    either; the scale keeps a lone "high school" from counting as much as a street address and a sheriff."""
    total = sum(evidence.weights.values())
    if total <= 0.0:
        return {}
    strength = min(1.0, total / full)
    return {cc: strength * w / total for cc, w in evidence.weights.items()}
