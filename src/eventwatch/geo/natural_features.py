"""Seas, rivers, mountains, deserts, world regions and disputed territories: the places GeoNames' city and
division tables leave out, read from natural_features.yaml and checked on load.

Reports name such places constantly ("the Strait of Hormuz", "the Sahel", "Kashmir"); without them a name
is missed or lands on a namesake town far away. Some of their names double as adjectives ("the
Mediterranean" / "Mediterranean diet"); geo/adjectival_features.py tells the two apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.normalise import Token, is_arabic, normalise
from eventwatch.geo.yaml_files import checked_entry, name_list, parse_yaml

if TYPE_CHECKING:
    from eventwatch.geo.name_span import NameSpan

FEATURES_FILE = DATA_DIR / "natural_features.yaml"

# GeoNames feature codes the list may use: water bodies (H), mountains and land forms (T, capes among them),
# regions (L), undersea features. Their UCDP precision is in sources.feature_precision.
FEATURE_CODES = frozenset({
    "OCN", "SEA", "GULF", "BAY", "STRT", "CNL", "STM", "LK", "MTS", "MT", "VLC", "DSRT", "PEN", "ISL", "ISLS",
    "RGN", "AREA", "VAL", "PLN", "PLAT", "DLTA", "RF", "SHOL", "GLCR", "SWMP", "CAPE",
})
_KEYS = frozenset({"name", "names", "adjectives", "adjectival", "code", "lat", "lon", "country", "admin1",
                   "geonames", "precision"})
# Lower-case words a name may hold between capitalised ones ("Gulf of Aden", "Bab el-Mandeb", "Dasht-e Kavir"):
# the recogniser reads only capitalised words and these connectors as parts of a name.
_CONNECTORS = frozenset({"of", "the", "and", "de", "del", "la", "al", "el", "e", "y", "da", "do", "du", "des",
                         "di", "an", "ad", "ash", "as", "ar", "az"})
_WORD_SPLIT = re.compile(r"[\s\-‐‑–]+")


@dataclass(frozen=True)
class NaturalFeature:
    name: str
    names: tuple[str, ...]  # other names and spellings
    adjectives: tuple[str, ...]  # adjective forms, indexed like demonyms ("Siberian")
    adjectival: tuple[str, ...]  # names also used as the adjective ("Mediterranean")
    feature_code: str
    lat: float
    lon: float
    country: Optional[str] = None
    geonames_id: Optional[int] = None
    precision: Optional[int] = None  # overrides the feature code's
    admin1: Optional[str] = None  # the first-level division it lies in, as GeoNames codes it ("GB.WLS")

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.names)


def readable_name(name: str) -> bool:
    """Whether the recogniser can find the name: every Latin word capitalised, apart from connectors."""
    if is_arabic(name):
        return True
    words = [w for w in _WORD_SPLIT.split(name.strip()) if w]
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


def _feature(entry: dict, where: str) -> NaturalFeature:
    name, names = checked_entry(entry, _KEYS, where)
    adjectives, adjectival = (name_list(entry, k, where) for k in ("adjectives", "adjectival"))
    code = entry.get("code")
    if code not in FEATURE_CODES:
        raise ValueError(f"{where}: {name}: feature code {code!r} is not one of {sorted(FEATURE_CODES)}")
    lat, lon = entry.get("lat"), entry.get("lon")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)) \
            or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{where}: {name}: lat/lon must be numbers within range: {entry}")
    country = entry.get("country")
    if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
        raise ValueError(f"{where}: {name}: country must be an ISO 3166 alpha-2 code: {country!r}")
    admin1 = entry.get("admin1")
    if admin1 is not None and not (isinstance(admin1, str) and country and admin1.startswith(f"{country}.")):
        raise ValueError(f"{where}: {name}: admin1 must be a code of its country's divisions: {admin1!r}")
    gid = entry.get("geonames")
    if gid is not None and not (isinstance(gid, int) and not isinstance(gid, bool) and gid > 0):
        raise ValueError(f"{where}: {name}: geonames must be a positive integer id: {gid!r}")
    precision = entry.get("precision")
    if precision is not None and not (isinstance(precision, int) and 1 <= precision <= 7):
        raise ValueError(f"{where}: {name}: precision must be a UCDP code from 1 to 7: {precision!r}")
    every = (name, *names)
    for n in (*every, *adjectives):
        if not readable_name(n):
            raise ValueError(f"{where}: {name}: {n!r} cannot be recognised (capitalise every word but connectors)")
    folded = {normalise(n) for n in every}
    if len(folded) != len(every):
        raise ValueError(f"{where}: {name}: names repeat one another: {every}")
    if any(normalise(a) in folded for a in adjectives):
        raise ValueError(f"{where}: {name}: an adjective is also listed as a name: {adjectives}")
    if any(normalise(a) not in folded for a in adjectival):
        raise ValueError(f"{where}: {name}: adjectival names must be among its names: {adjectival}")
    return NaturalFeature(name.strip(), names, adjectives, adjectival, code, float(lat), float(lon), country, gid,
                          precision, admin1)


@lru_cache(maxsize=4)
def load_natural_features(path: str = str(FEATURES_FILE)) -> tuple[NaturalFeature, ...]:
    """Every feature of the list, validated; no name (or adjective) may belong to two features."""
    where = Path(path).name
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    entries = raw.get("features") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{where}: expected a non-empty list under 'features'")
    features = tuple(_feature(e, where) for e in entries)
    owner: dict[str, str] = {}
    for f in features:
        for n in (*f.all_names, *f.adjectives):
            key = normalise(n)
            if key in owner and owner[key] != f.name:
                raise ValueError(f"{where}: {n!r} names both {owner[key]} and {f.name}")
            owner[key] = f.name
    return features


@lru_cache(maxsize=4)
def adjectival_names(path: str = str(FEATURES_FILE)) -> frozenset[str]:
    """Normalised names that English also uses as adjectives ("mediterranean", "caribbean")."""
    return frozenset(normalise(n) for f in load_natural_features(path) for n in f.adjectival)


@lru_cache(maxsize=4)
def load_kind_nouns(path: str = str(FEATURES_FILE)) -> dict[str, frozenset[str]]:
    """The lower-case nouns that may follow a feature's name by its feature code (`kind_nouns`), checked."""
    where = Path(path).name
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    table = raw.get("kind_nouns", {}) if isinstance(raw, dict) else None
    if not isinstance(table, dict):
        raise ValueError(f"{where}: kind_nouns must map feature codes to lists of nouns")
    out: dict[str, frozenset[str]] = {}
    for code, nouns in table.items():
        if code not in FEATURE_CODES:
            raise ValueError(f"{where}: kind_nouns: {code!r} is not one of {sorted(FEATURE_CODES)}")
        if not isinstance(nouns, list) or not nouns \
                or any(not isinstance(w, str) or not w.isalpha() or w != w.lower() for w in nouns):
            raise ValueError(f"{where}: kind_nouns.{code} must be a list of single lower-case words: {nouns!r}")
        out[code] = frozenset(nouns)
    return out


def mark_kind_nouns(text: str, tokens: list[Token], spans: list["NameSpan"], nouns: dict[str, frozenset[str]],
                    gaz: Any = None) -> list["NameSpan"]:
    """Widen a feature's phrase over its kind's noun written after it in lower case ("the Tigris river"), and
    find the curated features written that way whose bare name is no name of theirs ("the Hamrin mountains"
    for the Hamrin Mountains, "the Khabur river"). Returns the spans, sorted, with those found added.

    The name stays the bare name ("Tigris", "Hamrin"), as the geoparsing corpora mark it; the phrase, which
    becomes the place's evidence, is the mention a reader quotes. The noun must be the kind of one of the
    name's readings, or, with `gaz`, the name and the noun capitalised must be a curated feature of that kind
    ("the Sinjar mountains" is the range, not the town; "the Jordan river" the River Jordan): a town is never
    widened over "river". With `gaz`, an unclaimed capitalised run before a kind noun is read the same way.
    """
    n = len(tokens)

    def noun_after(j: int) -> Optional[Token]:
        if j >= n or j == 0:
            return None
        word = tokens[j]
        if text[tokens[j - 1].end : word.start] != " " or not word.text.islower() or not word.text.isalpha():
            return None
        return word

    def kind_named(name: str, word: Token) -> list:
        """The curated features named `name` with the kind noun `word` capitalised ("Hamrin Mountains")."""
        if gaz is None:
            return []
        return [c for c in gaz.lookup(f"{name} {word.text.capitalize()}", limit=20)
                if c.exact and c.source == "curated" and word.norm in nouns.get(c.feature_code, ())]

    every = frozenset(w for ws in nouns.values() for w in ws)
    for s in spans:
        word = noun_after(s.j) if s.locational and not s.unknown else None
        if word is None or word.norm not in every:
            continue
        if not any(c.exact and word.norm in nouns.get(c.feature_code, ()) for c in s.candidates):
            found = kind_named(text[s.start : s.end], word)
            if not found:
                continue
            s.candidates = found  # "the Sinjar mountains": the range, not the town named like it
        if s.phrase_start < 0:
            s.phrase_start = s.start
        s.phrase_end = max(s.phrase_end, word.end)
    if gaz is None:
        return spans
    from eventwatch.geo.name_span import NameSpan  # here: name_span imports the gazetteer, which reads this module

    taken = {k for s in spans for k in range(s.i, s.j)}
    added = []
    for j in range(1, n):
        word = tokens[j]
        if word.norm not in every or j in taken or noun_after(j) is not word:
            continue
        i = j
        while i > 0 and j - i < 3 and i - 1 not in taken and tokens[i - 1].text[:1].isupper() \
                and tokens[i - 1].text.isalpha() and text[tokens[i - 1].end : tokens[i].start] == " ":
            i -= 1
        if i == j or (i > 0 and text[tokens[i - 1].end : tokens[i].start] == " " and tokens[i - 1].text[:1].isupper()):
            continue  # no name, or a longer capitalised run this reading would cut
        name = text[tokens[i].start : tokens[j - 1].end]
        found = kind_named(name, word)
        if found:
            span = NameSpan(i, j, tokens[i].start, tokens[j - 1].end, normalise(name), found,
                            phrase_start=tokens[i].start, phrase_end=word.end)
            added.append(span)
            taken.update(range(i, j))
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


_RIVER_WORDS = frozenset({"river", "creek"})


def keep_named_kind(spans: list["NameSpan"], nouns: dict[str, frozenset[str]]) -> None:
    """A name that writes its kind as a word of its own ("Aral Sea", "Lake Chad", "Volta River") and is a
    natural feature's own name is that feature: a town that holds the whole name only as another of its
    spellings (the port of Aral, once called "Aral Sea") is dropped from its readings, however near the other
    places the story names. A town whose own name it is ("Green Bay", "Thunder Bay") stays a reading."""
    for s in spans:
        words = s.norm.split()
        if len(words) < 2 or not s.candidates:
            continue
        if not any(words[0] in ws or words[-1] in ws for ws in nouns.values()):
            continue
        # GeoNames' codes do not follow the word ("Aral Sea" is a lake): any natural feature of the name will do.
        own = [c for c in s.candidates if c.feature_code in FEATURE_CODES and normalise(c.name) == s.norm]
        if not own:
            continue
        # A division named for a river ("Murray River", a council area along it) writes its division word when
        # it is meant ("Murray River Council"); bare, the river's own name is the river. A town keeps its own.
        river = words[-1] in _RIVER_WORDS or words[0] == "river"
        kept = [c for c in s.candidates if c.feature_code in FEATURE_CODES
                or (normalise(c.name) == s.norm and not (river and c.feature_code.startswith("ADM")))]
        if len(kept) < len(s.candidates):
            s.candidates = kept


# Division words that name a feature-named division when the division is meant ("the Red Sea state", "the Red
# Sea State", "the Red Sea and Kassala states"), and the bodies only a division has ("the Red Sea governor").
_DIVISION_WORDS_AFTER = frozenset({"state", "governorate", "province", "region", "district", "county",
                                   "department", "prefecture", "division", "municipality", "zone", "emirate",
                                   "states", "governorates", "provinces", "regions", "districts", "counties",
                                   "departments", "prefectures", "divisions", "municipalities", "zones", "emirates"})
_DIVISION_BODIES_AFTER = frozenset({"governor", "government", "govt", "authorities", "ministry", "police",
                                    "administration", "cabinet", "assembly", "legislature", "council", "premier",
                                    "parliament", "governorship"})
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
# The word after a name, in any case, and the word after a list of names that goes on from it ("the Red Sea,
# Kassala and Gedaref states"); at most eight names, each of at most four words, so the look is bounded.
_ANY_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Za-z]+)\b")
_AFTER_LIST = re.compile(r"(?:(?:,[ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)"
                         r"[A-Z][\w'’-]*(?:[ \u00a0-][A-Z][\w'’-]*){0,3}){1,8}[ \u00a0]+([A-Za-z]+)\b")
# "the Red Sea area of Sudan": an area of a country is its division.
_AREA_OF = re.compile(r"[ \u00a0]+area[ \u00a0]+of\b", re.IGNORECASE)


def _division_named(text: str, s: "NameSpan") -> bool:
    """Whether the words written with the name, or after it, say the division is meant: a division word as the
    name's own last word ("the Red Sea State") or the next word, in any case, or after a list the name opens
    ("the Red Sea and Kassala states"); a body only a division has ("the Red Sea governor"); "area of"."""
    own_last = text[s.start : s.end].rsplit(None, 1)[-1].lower()
    if own_last in _DIVISION_WORDS_AFTER:
        return True
    m = _ANY_WORD_AFTER.match(text, s.end)
    if m is not None and m.group(1).lower() in _DIVISION_WORDS_AFTER | _DIVISION_BODIES_AFTER:
        return True
    m = _AFTER_LIST.match(text, s.end)
    if m is not None and m.group(1).lower() in _DIVISION_WORDS_AFTER:
        return True
    return _AREA_OF.match(text, s.end) is not None


def the_feature_not_its_division(text: str, spans: list["NameSpan"], nouns: dict[str, frozenset[str]]) -> None:
    """A division named for a feature with its kind word (Sudan's and Egypt's "Red Sea" states) is written
    bare or with its division word ("Red Sea state", "the Red Sea governorate", "the Red Sea and Kassala
    states") or a body of its own ("the Red Sea governor"); after "the" and without one, the name is the
    feature itself ("attacks in the Red Sea", "ships on the Red Sea near Port Sudan"), however strongly the
    story's other places pull towards the division's country."""
    for s in spans:
        words = s.norm.split()
        if len(words) < 2 or _THE_BEFORE.search(text, max(0, s.start - 12), s.start) is None:
            continue
        if not any(words[0] in ws or words[-1] in ws for ws in nouns.values()):
            continue
        if _division_named(text, s):
            continue
        own = [c for c in s.candidates if c.feature_code in FEATURE_CODES and normalise(c.name) == s.norm]
        if own:
            s.candidates = [c for c in s.candidates if not c.feature_code.startswith("ADM")]


# Kind words a story uses alone, after "the", for a water body it has named in full ("the Persian Gulf ... the
# Gulf", "the Strait of Hormuz ... the Strait").
_SHORT_KIND_WORDS = frozenset({"gulf", "strait", "straits", "canal", "bay"})


def short_feature_names(text: str, spans: list["NameSpan"]) -> None:
    """"The Gulf" alone is the gulf the story named in full before it, not a division that drops its own word
    ("Gulf Province", "Gulf County"): the bare kind word is a short name for the last feature written with it.
    Where the story names none, the name is left as read."""
    for idx, s in enumerate(spans):
        if s.norm not in _SHORT_KIND_WORDS or not text[max(0, s.start - 4) : s.start].lower() == "the ":
            continue
        for t in reversed(spans[:idx]):
            if s.norm not in t.norm.split() or t.norm == s.norm:
                continue
            own = [c for c in t.candidates if c.feature_code in FEATURE_CODES and normalise(c.name) == t.norm]
            if own:
                s.candidates = own
                break


_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")


def feature_word_after(text: str, end: int) -> bool:
    """Whether a lower-case noun of a natural feature's kind follows a name ("the Santiago river", "the Hamrin
    mountains"): the name is then the feature's, whatever town shares it."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and any(m.group(1) in nouns for nouns in load_kind_nouns().values())
