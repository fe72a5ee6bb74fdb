"""A curated feature named with ordinary words, read only where the story is in its part of the world.

"The Great Southern" is a Western Australian region to a wheatbelt paper, but "Great Southern Bank" is a
Missouri bank and "the Great Southern Railway" an Irish one: a name made of ordinary words is taken by firms as
often as by regions. The region is what a story means where it also writes the region's country, state or one of
its towns ("ALBANY, W.A.", "growers near Katanning"), or writes its kind noun after it ("the Great Southern
region"); elsewhere the name is dropped, so it lends no far country to the story's other places ("its
Springfield branch"). Before a capitalised word ("Great Southern Hotel") it is never the region: the word makes
a longer name of it. The names and their cues are data (data/gazetteer/cued_features.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.natural_features import FEATURE_CODES
from eventwatch.geo.normalise import Token, normalise
from eventwatch.geo.yaml_files import checked_entry, name_list, parsed_file

if TYPE_CHECKING:
    from eventwatch.geo.name_span import NameSpan

CUED_FILE = DATA_DIR / "cued_features.yaml"
_KEYS = frozenset({"name", "names", "kind", "cues"})


@lru_cache(maxsize=4)
def load_cued_features(path: str = str(CUED_FILE)) -> dict[str, tuple[str, "re.Pattern[str]"]]:
    """Normalised name → (its kind noun, a pattern finding any of its cue words whole)."""
    out: dict[str, tuple[str, re.Pattern[str]]] = {}
    for n, entry in enumerate(parsed_file(path).get("features") or []):
        where = f"{path}: features[{n}]"
        name, names = checked_entry(entry, _KEYS, where)
        cues = name_list(entry, "cues", where)
        if not cues:
            raise ValueError(f"{where}: an entry needs cue words: {entry}")
        kind = str(entry.get("kind") or "").strip().lower()
        pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
                             + r")(?![\w])")
        for each in (name, *names):
            out[normalise(each)] = (kind, pattern)
    return out


def _cued(text: str, tokens: list[Token], s: "NameSpan", kind: str, cues: "re.Pattern[str]") -> bool:
    nxt: Optional[Token] = tokens[s.j] if s.j < len(tokens) else None
    if nxt is not None and text[s.end : nxt.start] == " ":
        if nxt.text[:1].isupper():
            return False  # "Great Southern Bank": the first words of a longer name
        if kind and nxt.norm == kind:
            return True  # "the Great Southern region"
    return cues.search(text) is not None


def without_uncued_features(text: str, tokens: list[Token], spans: list["NameSpan"]) -> list["NameSpan"]:
    """`spans` less the cued features' names that neither their cue words nor their kind noun support."""
    cued = load_cued_features()
    out = []
    for s in spans:
        entry = cued.get(s.norm)
        if entry is not None and s.candidates and all(c.feature_code in FEATURE_CODES for c in s.candidates) \
                and not _cued(text, tokens, s, *entry):
            continue
        out.append(s)
    return out
