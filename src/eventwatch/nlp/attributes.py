"""spaCy's attribute ruler, with its rules looked up instead of matched.

The English pipeline's attribute ruler maps fine tags to coarse tags and morphology (and fixes a few
lemmas) with about 180 one- and two-token patterns, run through spaCy's general `Matcher`: a fifth of
the whole parse of a candidate sentence. Nearly every pattern is one token tested for exact values (tag,
lower-case form, dependency label, whitespace), so a token's matches are a few dictionary look-ups; the
handful of others (two tokens, a regular expression, NOT_IN) are tested directly. The annotations are then set
exactly as the ruler sets them (rules in their order, later rules winning). A ruler holding a pattern of
any other kind (operators, other attributes) keeps spaCy's matcher.
"""
from __future__ import annotations

import itertools
import re
from collections import defaultdict
from typing import Any, Callable, Optional

from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Token attributes a pattern may test, read for a whole Doc at once with `Doc.to_array`.
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_ROW_CACHE = 50_000  # distinct value combinations remembered (about 15 MB) before starting afresh


class CompiledRules:
    """The rules of one attribute ruler as look-up tables; `match` returns what the ruler's own does.

    Values are compared as spaCy's string hashes (what `Doc.to_array` gives), so no string is built per
    token; a regular expression is evaluated once per distinct word and remembered.
    """

    def __init__(self, ruler: Any, single: list, general: list, match_ids: list[int]):
        self.ruler = ruler
        self.single = single  # (column numbers, {their values → rule numbers}): one token, exact values
        self.match_ids = match_ids
        # The other patterns, each indexed by one exact test of one of its tokens (when it has one), so
        # that only the positions passing that test are tried.
        self.triggered: dict[tuple[int, int], list[tuple[int, int, list]]] = defaultdict(list)
        self.untriggered: list[tuple[int, list]] = []
        for rule, tests, trigger in general:
            if trigger is None:
                self.untriggered.append((rule, tests))
                continue
            k, column, allowed = trigger
            for value in allowed:
                self.triggered[(column, value)].append((rule, k, tests))
        self.trigger_columns = sorted({column for column, _ in self.triggered})
        # What a token's own values select, remembered per distinct (tag, word, label, space) combination:
        # running text repeats them, so most tokens cost one look-up.
        self._by_row: dict[tuple, tuple[tuple[int, ...], tuple]] = {}

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = [tuple(r) for r in doc.to_array(list(_COLUMNS)).tolist()] if len(doc) else []
        found: set[tuple[int, int, int, int]] = set()
        ids = self.match_ids
        n_rows = len(rows)
        by_row = self._by_row
        for i, row in enumerate(rows):
            selected = by_row.get(row)
            if selected is None:
                if len(by_row) >= _ROW_CACHE:
                    by_row.clear()
                selected = by_row[row] = self._select(row)
            rules, triggered = selected
            for rule in rules:
                found.add((rule, ids[rule], i, i + 1))
            for rule, k, tests in triggered:
                start = i - k
                if start >= 0 and start + len(tests) <= n_rows and \
                        all(test(rows[start + j]) for j, test in enumerate(tests)):
                    found.add((rule, ids[rule], start, start + len(tests)))
        for rule, tests in self.untriggered:
            n = len(tests)
            for start in range(n_rows - n + 1):
                if all(test(rows[start + j]) for j, test in enumerate(tests)):
                    found.add((rule, ids[rule], start, start + n))
        return sorted(found)

    def _select(self, row: tuple) -> tuple[tuple[int, ...], tuple]:
        """The one-token rules a token with these values matches, and the longer rules it may start."""
        rules: list[int] = []
        for columns, table in self.single:
            rules.extend(table.get(row[columns[0]] if len(columns) == 1 else tuple(row[c] for c in columns), ()))
        triggered = [t for column in self.trigger_columns for t in self.triggered.get((column, row[column]), ())]
        return tuple(rules), tuple(triggered)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        attrs, indices = self.ruler.attrs, self.ruler.indices
        for rule, _, start, end in matches:
            index = indices[rule]
            set_token_attrs(doc[start + index] if index >= 0 else doc[end + index], attrs[rule])


def compile_rules(ruler: Any) -> Optional[CompiledRules]:
    """Look-up tables for the ruler's patterns, or None when one of them needs the general matcher."""
    strings = ruler.vocab.strings
    single: dict[tuple[int, ...], dict[Any, list[int]]] = defaultdict(lambda: defaultdict(list))
    general: list[tuple[int, list[Callable[[list], bool]], Optional[tuple[int, int, frozenset]]]] = []
    match_ids: list[int] = []
    for rule in range(len(ruler.attrs)):
        key = str(rule)
        match_ids.append(strings.add(key))
        found = ruler.matcher.get(key)
        if found is None:
            return None
        for pattern in found[1]:
            if not pattern or not all(_supported(spec) for spec in pattern):
                return None
            if not -len(pattern) <= ruler.indices[rule] < len(pattern):
                return None
            if len(pattern) == 1 and all(_choices(v) is not None for v in pattern[0].values()):
                names = sorted(pattern[0], key=_COLUMNS.index)
                columns = tuple(_COLUMNS.index(n) for n in names)
                choices = [[_code(strings, n, c) for c in _choices(pattern[0][n])] for n in names]
                for combo in itertools.product(*choices):
                    single[columns][combo[0] if len(combo) == 1 else combo].append(rule)
            else:
                general.append((rule, [_test(strings, spec) for spec in pattern], _trigger(strings, pattern)))
    tables = [(columns, dict(table)) for columns, table in single.items()]
    return CompiledRules(ruler, tables, general, match_ids)


def _trigger(strings: Any, pattern: list[dict]) -> Optional[tuple[int, int, frozenset]]:
    """(token, column, accepted values) of the pattern's most selective exact test, if it has one."""
    best = None
    for k, spec in enumerate(pattern):
        for name, value in spec.items():
            choices = _choices(value)
            if choices is not None and (best is None or len(choices) < len(best[2])):
                best = (k, _COLUMNS.index(name), frozenset(_code(strings, name, c) for c in choices))
    return best


def _code(strings: Any, name: str, value: Any) -> int:
    """A pattern value as `Doc.to_array` gives it: a string's hash, or 0/1 for a flag."""
    return int(bool(value)) if name == "IS_SPACE" else strings.add(value)


def _choices(value: Any) -> Optional[list]:
    """The values an exact or {"IN": [...]} test accepts; None for the other tests."""
    if isinstance(value, dict):
        return list(value["IN"]) if set(value) == {"IN"} else None
    return [value]


def _supported(spec: Any) -> bool:
    if not isinstance(spec, dict) or not spec:
        return False
    for name, value in spec.items():
        if name not in _COLUMNS:
            return False
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX"):
                return False
            if "REGEX" in value and name == "IS_SPACE":
                return False
        elif not isinstance(value, (str, bool)):
            return False
    return True


def _test(strings: Any, spec: dict) -> Callable[[list], bool]:
    """One token's test, as the Matcher applies it: equality, (non-)membership, `re.search` on the value."""
    checks = []
    for name, value in spec.items():
        column = _COLUMNS.index(name)
        if isinstance(value, dict) and "REGEX" in value:
            checks.append(_regex_check(strings, column, re.compile(value["REGEX"])))
        elif isinstance(value, dict) and "NOT_IN" in value:
            barred = frozenset(_code(strings, name, v) for v in value["NOT_IN"])
            checks.append(lambda row, c=column, barred=barred: row[c] not in barred)
        else:
            allowed = frozenset(_code(strings, name, v) for v in _choices(value) or ())
            checks.append(lambda row, c=column, allowed=allowed: row[c] in allowed)
    return lambda row: all(check(row) for check in checks)


def _regex_check(strings: Any, column: int, rx: re.Pattern) -> Callable[[list], bool]:
    seen: dict[int, bool] = {}

    def check(row: list) -> bool:
        code = row[column]
        hit = seen.get(code)
        if hit is None:
            hit = seen[code] = rx.search(strings[code]) is not None
        return hit

    return check


def speed_up_attribute_ruler(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Give `nlp`'s attribute ruler the compiled rules; False (and nothing changed) where it cannot."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    compiled = compile_rules(ruler)
    if compiled is None:
        return False
    ruler.match = compiled.match
    ruler.set_annotations = compiled.set_annotations
    return True
