"""The compiled gazetteer on disk: one SQLite file of places and names plus one Aho-Corasick automaton.

Every source (the bundled default, a GeoNames dump, a user's places) is turned into `PlaceRecord`s and
written the same way, so lookups and recognition never care where a place came from. The automaton's keys
are name skeletons (see `normalise.skeleton`); each value packs the key id and the key length so a hit maps
back to a token span without a second table.
"""
from __future__ import annotations

import os
import pickle
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import ahocorasick

from eventwatch.geo.normalise import fused_article_forms, joined_forms, normalise, skeleton_token
from eventwatch.geo.interdental_spellings import interdental_forms, sibilant_forms
from eventwatch.geo.vowel_glides import article_less_glide_forms, glide_forms
from eventwatch.geo.press_spellings import press_forms
from eventwatch.geo.fort_suffixes import fort_forms

STORE_VERSION = "11"  # 7: fused-article keys ("Elwak" for "El Wak"); 8: the transliterated names' index; 9: joined
# keys; 10: press spellings of names held in a local orthography ("Bardhere" for "Baardheere"); 11: none that is
# another country's own name
PLACES_FILE = "places.sqlite"
AUTOMATON_FILE = "names.automaton"

# How a name is attached to a place: the kind weighs in ranking and some kinds need context.
NAME_MAIN = 0  # the place's own (GeoNames) name
NAME_ALT = 1  # a GeoNames alternate name
NAME_CURATED = 2  # the project's aliases file, or a user's alias
NAME_DERIVED = 3  # made by a rule (article or division word dropped)
NAME_ABBREVIATION = 4  # only after "Town, " ("Alexandria, La.")
NAME_DEMONYM = 5  # "Syrian" → Syria; never a locational mention by itself


@dataclass
class PlaceRecord:
    name: str
    lat: Optional[float]
    lon: Optional[float]
    country_code: Optional[str] = None
    admin1_code: Optional[str] = None  # full code, "SY.09"
    admin2_code: Optional[str] = None  # full code, "SY.09.167355"
    feature_code: str = "PPL"
    population: int = 0
    geonames_id: Optional[int] = None
    source: str = "geonames"
    precision: Optional[int] = None  # overrides the precision implied by the feature code
    names: list[tuple[str, int]] = field(default_factory=list)
    approximate: bool = False  # coordinates stand in for unknown ones (a division placed at its parent's centre)


# Names are stored clustered by (key, spelling): the rows a lookup reads lie together, and carry their
# place's country so lookups can filter on it without visiting the place.
_INSERT_NAME = "INSERT OR IGNORE INTO names (key, place, kind, norm, surface, cc) VALUES (?,?,?,?,?,?)"


# The names of places in countries whose names reach English as transliterations, by key: a covering index
# holding only those rows. The query of `Gazetteer.prefetch` reads them for every key of a text, and through
# the primary key it walked every name under the key (a common name has hundreds, most of them in other
# countries) to keep one in four. An index by (key, cc) over all names is no help there: "key IN (...) AND
# cc IN (57 codes)" makes it seek each key in each country. Its columns repeat the primary key's order, so
# rows come out in the order they did without it. Stores without it still load; the query then walks the
# primary key as before.
TRANSLITERATED_INDEX = "names_transliterated"


def country_list_sql(countries: Iterable[str]) -> str:
    """Country codes as an SQL list. The index and the query must spell it alike: SQLite uses a partial
    index only for a query whose WHERE repeats the index's condition term for term."""
    return ",".join(f"'{cc}'" for cc in sorted(countries) if re.fullmatch(r"[A-Z]{2}", cc))


def _index_transliterated(db: sqlite3.Connection, countries: Iterable[str]) -> None:
    listed = country_list_sql(countries)
    if listed:
        db.execute(f"CREATE INDEX {TRANSLITERATED_INDEX} ON names(key, norm, place, kind, surface, cc) "
                   f"WHERE cc IN ({listed})")


def name_key(name: str) -> str:
    """The automaton key of a name (skeleton of its normalised tokens)."""
    return " ".join(skeleton_token(t) for t in normalise(name).split())


# English words that are also names of small places, and given names (the recogniser's lists): never made a
# fused-article key ("Alain" is a man, not Al Ain).
_GAZETTEER_DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
_WORD_FILES = [_GAZETTEER_DATA / f for f in ("common_words.txt", "given_names.txt")]


@lru_cache(maxsize=2)
def _words(paths: tuple[Path, ...]) -> frozenset[str]:
    words: set[str] = set()
    for path in paths:
        if path.exists():
            words |= {w.lower() for line in path.read_text(encoding="utf-8").splitlines()
                      if not line.startswith("#") for w in line.split()}
    return frozenset(words)


def _english_words() -> frozenset[str]:
    return _words(tuple(_WORD_FILES))


def _common_words() -> frozenset[str]:
    """English words alone, without given names: two of them make a compound ("Big Bear"), while a given name
    opens many a Hausa or Arabic place name ("Dan Musa")."""
    return _words((_WORD_FILES[0],))


def _with_fused_articles(names: list[tuple[str, int]], country: Optional[str] = None) -> list[tuple[str, int]]:
    """A record's names plus, as derived names, the fused spellings of those opened by a separate Arabic
    article (see `normalise.fused_article_forms`), the joined spellings of names of two short words (see
    `normalise.joined_forms`), and the press spellings of names held in a local orthography of `country`
    (see `press_spellings.press_forms`): the key is made where every name is keyed, so each
    source (the bundled default, a dump, a user's places) gets it alike."""
    out = list(names)
    for surface, kind in names:
        if kind in (NAME_MAIN, NAME_ALT, NAME_CURATED):
            out += [(f, NAME_DERIVED) for f in fused_article_forms(surface, english_words=_english_words())]
            out += [(f, NAME_DERIVED) for f in joined_forms(surface, english_words=_english_words(),
                                                             common_words=_common_words())]
            out += [(f, NAME_DERIVED) for f in _press_names(surface, country)]
            out += [(f, NAME_DERIVED) for f in interdental_forms(surface, country, taken=_english_words())]
            out += [(f, NAME_DERIVED) for f in sibilant_forms(surface, country, taken=_english_words())]
            out += [(f, NAME_DERIVED) for f in glide_forms(surface, country, taken=_english_words())]
            out += [(f, NAME_DERIVED) for f in article_less_glide_forms(surface, country, taken=_english_words())]
            out += [(f, NAME_DERIVED) for f in fort_forms(surface, country, taken=_english_words())]
    return out


def _press_names(surface: str, country: Optional[str]) -> list[str]:
    return press_forms(surface, country, taken=_english_words())


def _drop_foreign_press_names(db: sqlite3.Connection, press_rows: list[tuple[int, str, int, str]]) -> None:
    """Drop a press spelling (key, norm, place, country) that is another country's own name: made from an alternate
    ("Xamar" → "Hamar") or a short name, it would take that place's name ("Hamar" in Norway) for a Somali
    town. Run once all places are written, since the other country's place may come later."""
    clashes = [(kid, norm, pid) for kid, norm, pid, cc in press_rows if db.execute(
        "SELECT 1 FROM names WHERE key=? AND norm=? AND kind=? AND cc IS NOT ? LIMIT 1",
        (kid, norm, NAME_MAIN, cc)).fetchone()]
    db.executemany("DELETE FROM names WHERE key=? AND norm=? AND place=? AND kind=?",
                   [(kid, norm, pid, NAME_DERIVED) for kid, norm, pid in clashes])


def write_store(
    records: Iterable[PlaceRecord],
    out_dir: str | os.PathLike,
    *,
    admin1_names: dict[str, str],
    admin2_names: dict[str, str],
    meta: Optional[dict[str, str]] = None,
    progress=None,
    overwrite: bool = True,
    transliterated: Optional[Iterable[str]] = None,
) -> Path:
    """Write records to `out_dir` atomically (a half-built store is never seen by a reader).

    With `overwrite=False` a store that another process finished first is kept and this build discarded.
    `transliterated` (countries) defaults to those the gazetteer reads as transliterations, which the names'
    partial index must match (see `TRANSLITERATED_INDEX`).
    """
    out = Path(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=out.parent))
    try:
        db = sqlite3.connect(tmp / PLACES_FILE)
        db.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE places (id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT, lat REAL, lon REAL,
                cc TEXT, admin1_code TEXT, admin2_code TEXT, admin1 TEXT, admin2 TEXT, fcode TEXT,
                population INTEGER, source TEXT, precision INTEGER, approx INTEGER);
            CREATE TABLE names (key INTEGER, norm TEXT, place INTEGER, kind INTEGER, surface TEXT, cc TEXT,
                PRIMARY KEY (key, norm, place, kind)) WITHOUT ROWID;
            CREATE TABLE keys (key INTEGER PRIMARY KEY, text TEXT);
            CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
            """
        )
        keys: dict[str, int] = {}
        place_rows, name_rows = [], []
        press_rows: list[tuple[int, str, int, str]] = []
        pid = 0
        for rec in records:
            pid += 1
            place_rows.append(
                (pid, rec.geonames_id, rec.name, rec.lat, rec.lon, rec.country_code, rec.admin1_code,
                 rec.admin2_code, admin1_names.get(rec.admin1_code or ""), admin2_names.get(rec.admin2_code or ""),
                 rec.feature_code, int(rec.population or 0), rec.source, rec.precision, int(rec.approximate))
            )
            seen: set[tuple[str, int]] = set()
            press = {normalise(f) for surface, kind in rec.names if kind in (NAME_MAIN, NAME_ALT, NAME_CURATED)
                     for f in _press_names(surface, rec.country_code)}
            for surface, kind in _with_fused_articles(rec.names, rec.country_code):
                norm = normalise(surface)
                if not norm:
                    continue
                key = " ".join(skeleton_token(t) for t in norm.split())
                if (norm, kind) in seen or len(key) > 255:
                    continue
                seen.add((norm, kind))
                kid = keys.setdefault(key, len(keys) + 1)
                name_rows.append((kid, pid, kind, norm, surface, rec.country_code))
                if kind == NAME_DERIVED and norm in press:
                    press_rows.append((kid, norm, pid, rec.country_code))
            if len(place_rows) >= 20000:
                db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", place_rows)
                db.executemany(_INSERT_NAME, name_rows)
                place_rows, name_rows = [], []
                if progress:
                    progress(pid)
        db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", place_rows)
        db.executemany(_INSERT_NAME, name_rows)
        _drop_foreign_press_names(db, press_rows)
        db.executemany("INSERT INTO keys VALUES (?,?)", ((v, k) for k, v in keys.items()))
        db.executemany(
            "INSERT INTO meta VALUES (?,?)",
            list({"version": STORE_VERSION, "places": str(pid), **(meta or {})}.items()),
        )
        db.execute("CREATE INDEX places_gid ON places(geonames_id)")
        if transliterated is None:
            from eventwatch.geo.sources import transliterated_countries  # sources builds on this module

            transliterated = transliterated_countries()
        _index_transliterated(db, transliterated)
        db.commit()
        db.close()

        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, kid in keys.items():
            automaton.add_word(key, (kid << 8) | len(key))
        automaton.make_automaton()
        with open(tmp / AUTOMATON_FILE, "wb") as fh:
            pickle.dump(automaton, fh, protocol=pickle.HIGHEST_PROTOCOL)
        if out.exists():
            if not overwrite and is_store(out):
                return out
            shutil.rmtree(out)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return out


def load_automaton(path: str | os.PathLike) -> ahocorasick.Automaton:
    """The store's automaton. Written pickled: `pickle.load` copies the nodes in bulk and is some 15 times
    faster than `ahocorasick.load`, which rebuilds them one by one (2.8 s against 0.18 s CPU for a
    million keys), and load time is what a whole-world store is judged by. Stores written before hold
    `Automaton.save`'s format (it opens with "pyahocorasick") and are read with `ahocorasick.load`.
    The file is the store's own, written by `write_store`, as trusted as its SQLite file."""
    with open(path, "rb") as fh:
        if fh.read(1) == pickle.PROTO:
            fh.seek(0)
            return pickle.load(fh)
    return ahocorasick.load(str(path), lambda b: b)


def is_store(path: str | os.PathLike) -> bool:
    p = Path(path)
    return (p / PLACES_FILE).is_file() and (p / AUTOMATON_FILE).is_file()
