"""Unheld town names closed by a compass point ("Riebeek East", "Somerset West", "Kimberley North").

A town beside an older one of the bare name is named with a point after it, so one word and a point may be an
unheld town's whole name. The same shape names a part of a venue ("Stand North", "Concourse East", "Cellblock
West") and an imagined region ("the Old West", "Wild West towns"); their opening words are ordinary English and
are listed in data/gazetteer/compass_names.yaml, so such a run is never read as a town. Any other such run is
read only where only a town stands: after "near" or "outside", in a list beside a name the recogniser read, or
before an aside naming its division. Not after "in" alone: English has too many nouns that name a part of a
place with a point ("in Route North", "in Precinct East", "in Settlement West") for any list to hold, so "in
Riebeek East" needs one of the firmer cues, or a sibling town of another point held in the sentence's country
(geo/compass_siblings.py). The first word must be in Latin script (the points are English
words), and it must still pass alone as a place's; that is the caller's test.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.name_lists import LIST_GAP
from eventwatch.geo.normalise import Token, fold_token
from eventwatch.geo.yaml_files import parse_yaml, word_list

COMPASS_NAMES_FILE = DATA_DIR / "compass_names.yaml"
_KEYS = ("venue_words", "region_adjectives")

# Only the four points close a name, and only last: "Lower" or "Central" open names of parts, read elsewhere.
_CLOSING_POINTS = frozenset({"north", "south", "east", "west"})
# Cues right before the name that put a town there: "near" and "outside" take a place beside another. "In", "to",
# "at" or a sentence's start as often take a route, a precinct, a stand or a wing ("in Route North").
_CUES = frozenset({"near", "outside"})


@lru_cache(maxsize=2)
def load_closed_words(path: str = str(COMPASS_NAMES_FILE)) -> frozenset[str]:
    """The opening words that make a word and a point no town's name, folded as tokens are."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict) or set(raw) != set(_KEYS):
        raise ValueError(f"{path}: expected exactly the keys {list(_KEYS)}")
    return frozenset(fold_token(w) for key in _KEYS for w in word_list(raw[key], key, path, single=True))


def compass_suffixed(words: list[str]) -> bool:
    """Whether a run of folded words is one word closed by a compass point ("riebeek east")."""
    return len(words) == 2 and words[1] in _CLOSING_POINTS


def closed_compass_name(words: list[str]) -> bool:
    """Whether folded words are a venue's part or an imagined region closed by a point ("concourse east",
    "old west"), never a town's name, though the first word may be a held place's (geo/whole_names.py)."""
    return compass_suffixed(words) and words[0] in load_closed_words()


def _latin(word: str) -> bool:
    """Whether every letter of the word is a Latin one ("Riebeek", "Ålesund"), not Cyrillic, Greek or Arabic."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in word if c.isalpha())


def compass_name_read(text: str, tokens: list[Token], taken: list[bool], st: int, e: int,
                      division_aside: Callable[[int], bool]) -> bool:
    """Whether a word closed by a compass point (tokens st..e) is read as an unheld town: its first word is no
    venue's part or imagined region's ("Stand North", "Old West") and is written in Latin script, and it stands
    where only a town does: after "near" or "outside", in a list beside a name the recogniser read ("Alicedale
    and Quillby East"), or before a division aside or a read name after a comma (`division_aside` reads the text
    from an offset)."""
    if closed_compass_name([tokens[st].norm, tokens[e - 1].norm]) or not _latin(tokens[st].text):
        return False  # "in Трибуна East": an English point does not close a name in another script
    n = len(tokens)
    before = tokens[st - 1] if st > 0 else None
    if before is not None and before.text.islower() and before.norm in _CUES:
        return True
    k = st - 2 if before is not None and before.text.islower() and before.norm in ("and", "or") else st - 1
    if k >= 0 and taken[k] and LIST_GAP.fullmatch(text, tokens[k].end, tokens[st].start):
        return True  # "near Alicedale and Quillby East", "in Alicedale, Quillby East and Paterson"
    m = e + 1 if e < n and tokens[e].norm in ("and", "or") and tokens[e].text.islower() else e
    if m < n and taken[m] and LIST_GAP.fullmatch(text, tokens[e - 1].end, tokens[m].start):
        return True  # "Quillby East and Alicedale"; "Quillby East, Limpopo": a read name after a comma
    return division_aside(tokens[e - 1].end)  # "Quillby East, in the Karoo district"
