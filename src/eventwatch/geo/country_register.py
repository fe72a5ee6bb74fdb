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
from typing import Any, Mapping, Optional

import ahocorasick

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
    # per pattern, the same for runs of character classes (`required_shapes`): a postcode or a telephone number
    # has no fixed text to look for, but it cannot match where no capital touches a digit or no five digits meet
    shapes: tuple[tuple[tuple[bytes, ...], ...], ...]
    by_text: Mapping[tuple[str, str], RegisterEntry]  # (kind, text) → entry; words by their lower-case text
    # the words and the names again as automata (`_literal_automaton`): the same finds as `words` and `names`
    # in one pass of C over the text, where the alternations try every entry's first letter at every position
    word_automaton: Optional[Any] = None
    name_automaton: Optional[Any] = None


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


def _literal_automaton(literals: list[str]) -> Optional[Any]:
    """An Aho-Corasick automaton of the literals, each stored as itself."""
    if not literals:
        return None
    automaton = ahocorasick.Automaton()
    for x in literals:
        automaton.add_word(x, x)
    automaton.make_automaton()
    return automaton


def _is_word_char(ch: str) -> bool:
    """`re`'s \\w for one character of a str pattern: a letter or digit of any script, or "_"."""
    return ch.isalnum() or ch == "_"


def whole_word_finds(automaton: Any, text: str) -> list[tuple[int, int, str]]:
    """(start, end, literal) of the literals found in `text` as `_alternation` finds them: whole words only
    (no letter, digit or "_" touching either side), the longest at the leftmost place, then on after it."""
    found = []
    for end, literal in automaton.iter(text):
        start = end + 1 - len(literal)
        if start > 0 and _is_word_char(text[start - 1]):
            continue
        if end + 1 < len(text) and _is_word_char(text[end + 1]):
            continue
        found.append((start, end + 1, literal))
    found.sort(key=lambda f: (f[0], -f[1]))
    out, reached = [], 0
    for f in found:
        if f[0] >= reached:
            out.append(f)
            reached = f[1]
    return out


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


def _may_match(prechecks: tuple[tuple[str, ...], ...], text) -> bool:
    """Whether `text` (a str, or a shape's bytes) holds one spelling of each precheck. Plain loops: run for
    every pattern of every document, generator expressions cost more than the substring tests they wrap."""
    for spellings in prechecks:
        for s in spellings:
            if s in text:
                break
        else:
            return False
    return True


# A text's shape: its UTF-8 bytes with every ASCII digit written 9, capital A and small letter a (everything
# else as it is). bytes.translate does it in a microsecond or two for a whole article, where a search for a
# pattern that begins with a character class tries every position of the text.
_SHAPE = bytes.maketrans(
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", b"9" * 10 + b"A" * 26 + b"a" * 26
)
_CLASSES = ((ord("0"), ord("9")), (ord("A"), ord("Z")), (ord("a"), ord("z")))
# Digits of other scripts: `\d` matches them, the shape does not. One class ("\d but not 0-9"), which the regex
# engine scans for quickly, where a look-ahead before `\d` was tried at every character.
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


def text_shape(text: str) -> Optional[bytes]:
    """The shape of `text` (see _SHAPE), or None where it would not be faithful: digits of another script,
    which a pattern's `\\d` matches but the shape leaves as they are."""
    if not text.isascii() and _OTHER_DIGIT.search(text):
        return None
    return text.encode("utf-8").translate(_SHAPE)


def _class_of(lo: int, hi: int) -> Optional[bytes]:
    """The shape symbol of a range of code points, if the whole range lies in one class."""
    for a, b in _CLASSES:
        if a <= lo and hi <= b:
            return bytes([a]).translate(_SHAPE)
    return None


def _shape_options(node: tuple) -> Optional[list[bytes]]:
    """The shapes one node can match if they are few (a literal, a class inside one of digits, capitals or
    small letters, a group or choice of such, a fixed count of them), else None."""
    op, av = node
    if op is _sre.LITERAL:
        return [chr(av).encode("utf-8").translate(_SHAPE)]
    if op is _sre.IN:
        symbols = set()
        for item, value in av:
            if item is _sre.LITERAL:
                symbol = _class_of(value, value) if value < 128 else None
            elif item is _sre.RANGE:
                symbol = _class_of(*value)
            elif item is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
                symbol = b"9"
            else:
                symbol = None
            if symbol is None:
                return None
            symbols.add(symbol)
        return sorted(symbols)
    if op is _sre.SUBPATTERN and not av[1] and not av[2]:
        return _shape_sequence(list(av[3]))
    if op is _sre.BRANCH:
        out: set[bytes] = set()
        for alt in av[1]:
            opts = _shape_sequence(list(alt))
            if opts is None:
                return None
            out.update(opts)
        return sorted(out) if len(out) <= _MAX_SPELLINGS else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == av[1] and av[0] <= 8:
        inner = _shape_sequence(list(av[2]))
        return None if inner is None else _shape_sequence_of([inner] * av[0])
    return None


def _shape_sequence_of(parts: list[list[bytes]]) -> Optional[list[bytes]]:
    options = [b""]
    for opts in parts:
        if len(options) * len(opts) > _MAX_SPELLINGS:
            return None
        options = sorted({a + b for a in options for b in opts})
    return options


def _shape_sequence(seq: list) -> Optional[list[bytes]]:
    parts = []
    for node in seq:
        if node[0] in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        opts = _shape_options(node)
        if opts is None:
            return None
        parts.append(opts)
    return _shape_sequence_of(parts)


def required_shapes(pattern: re.Pattern) -> tuple[tuple[bytes, ...], ...]:
    """Necessary conditions for `pattern` to match, on the text's shape (`text_shape`): runs of adjacent
    nodes of the top-level sequence that each stand for one character class, as the shapes they allow.

    "[A-Z]{1,2}\\d" needs "A9" (the last capital touches the digit), "[A-Z]{2} \\d{5}" needs "AA 99999". A
    repeat of at least m (m < its most) ends the run after m copies and starts the next one with them; an
    optional or mixed node ("[A-Z\\d]?", "\\s") ends it. Derived from the parse like `required_literals`,
    so a new pattern needs no hand-written check; one compiled with flags gets none."""
    if pattern.flags & ~re.UNICODE:
        return ()
    required: list[tuple[bytes, ...]] = []
    run = [b""]

    def close(start: Optional[list[bytes]] = None) -> None:
        nonlocal run
        if any(run):
            required.append(tuple(run))
        run = start or [b""]

    for node in _sre_parse.parse(pattern.pattern):
        op = node[0]
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        opts = _shape_options(node)
        if opts is not None and b"" not in opts:
            joined = _shape_sequence_of([run, opts])
            if joined is not None:
                run = joined
            else:
                close(opts)
            continue
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and 1 <= node[1][0] <= 8:
            inner = _shape_sequence(list(node[1][2]))
            least = _shape_sequence_of([inner] * node[1][0]) if inner is not None and b"" not in inner else None
            if least is not None:
                joined = _shape_sequence_of([run, least])
                if joined is not None:
                    run = joined
                close(least)  # more copies may follow: what comes next touches only the last `least`
                continue
        close()
    close()
    return tuple(required)


def _may_match_shape(shapes: tuple[tuple[bytes, ...], ...], shape: Optional[bytes]) -> bool:
    return shape is None or _may_match(shapes, shape)


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
        tuple(required_shapes(p) for _, p in patterns),
        {(e.kind, e.text): e for e in entries},
        _literal_automaton([e.text for e in entries if e.kind == "words"]),
        _literal_automaton([e.text for e in entries if e.kind == "names"]),
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
    scans = (("words", register.word_automaton, lower) if same_offsets else ("words", None, text),
             ("names", register.name_automaton, text))
    for kind, automaton, scanned in scans:
        if automaton is not None:
            finds = whole_word_finds(automaton, scanned)
        else:  # lower-casing moved offsets ("İ"): the case-blind expression over the text as written
            pattern = register.words_any_case if kind == "words" else register.names
            finds = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(scanned)] if pattern else []
        for start, end, found in finds:
            key = found.lower() if kind == "words" else found
            entry = register.by_text.get((kind, key))
            if entry is not None and entry not in first:
                first[entry] = CountryHit(start, end, text[start:end], entry)
    shape: Optional[bytes] = None
    shaped = False
    for (entry, pattern), needs, shapes in zip(register.patterns, register.prechecks, register.shapes):
        if needs and not _may_match(needs, text):
            continue
        if shapes:
            if not shaped:
                shape, shaped = text_shape(text), True
            if not _may_match_shape(shapes, shape):
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
