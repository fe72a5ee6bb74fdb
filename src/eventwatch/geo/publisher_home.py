"""The place names a publisher carries in its web domain or masthead: its home town, read as a resolution signal.

Local news is where namesakes bite hardest ("Paris", "Richmond", "Athens", "Springfield"), and local outlets
very often name their town in their domain or title: "richmondregister.com", "springfieldnewssun.com",
"lasvegassun.com", "the Woodstock Sentinel-Review". A domain label is read by breaking it, without spaces,
into masthead words ("register", "news", "sun"; data/gazetteer/masthead_words.yaml), fillers ("the", "and",
"my") and gazetteer names with their spaces removed ("lasvegas", "kansascity"); a masthead is read the same
way by its words. Only a split that covers the whole label says anything: "ajc.com" or "cnn.com" name no town,
and a label with one unexplained piece is left unread rather than guessed at.

A name must be a town or a division spelled exactly (main or alternate name); a short one (under four
letters) only as a division's abbreviation ("wv", "nj"), and an English word ("star", "echo", "mercury"
are towns too) never: in a title the word is the likelier reading. What the names refer to is left to the
resolver (`resolve.home_readings`), which reads them against the document's own places.

Outlets covering several towns file local stories under a section named for the town or county
("star-telegram.com/arlington_news/", "ajc.com/metro/dekalb/"): such a section is read the same way
(`section_home_names`), every path segment but the article's own, and is weighed as a home name.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Sequence
from urllib.parse import urlsplit

import yaml

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.gazetteer import Candidate, Gazetteer, prior_score
from eventwatch.geo.normalise import joined_forms, normalise, skeleton_token
from eventwatch.geo.store import (NAME_ABBREVIATION, NAME_ALT, NAME_DERIVED, NAME_MAIN, _common_words, _english_words,
                                  name_key)
from eventwatch.geo.yaml_files import parse_yaml

MASTHEAD_FILE = "masthead_words.yaml"
COMMON_WORDS_FILE = "common_words.txt"

# A name spelled with fewer letters is read only as a division's abbreviation ("wv", "nj", "mass").
MIN_NAME_LETTERS = 4
# Words a gazetteer name may be broken into, at most: "lasvegas", "saltlakecity", "newportbeach".
MAX_NAME_WORDS = 3
# Second-level labels of country domains that are no part of the outlet's name ("co.uk", "com.au").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "news", "info"})
_HOME_KINDS = (NAME_MAIN, NAME_ALT)


@dataclass(frozen=True)
class MastheadWords:
    """The words a label or title may hold besides the home's name."""

    masthead: frozenset[str]  # "news", "times", "register", "sun", "online"
    fillers: frozenset[str]  # "the", "and", "my": join or pad the parts of a title
    host_labels: frozenset[str]  # "www", "m", "en": leading host labels that name a service
    common_words: frozenset[str]  # English words that are also small towns: never a home

    @property
    def words(self) -> frozenset[str]:
        return self.masthead | self.fillers


def _word_list(entries: object, key: str, where: str) -> frozenset[str]:
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{where}: `{key}` must be a non-empty list of words")
    out = set()
    for w in entries:
        if not isinstance(w, str) or not re.fullmatch(r"[a-z0-9]+", w.strip()):
            raise ValueError(f"{where}: `{key}` holds single lower-case words only (no spaces or hyphens): {w!r}")
        out.add(w.strip())
    return frozenset(out)


@lru_cache(maxsize=4)
def load_masthead_words(data_dir: str = str(DATA_DIR)) -> MastheadWords:
    """The masthead words, fillers and host labels (validated), and the common English words that are towns."""
    path = Path(data_dir) / MASTHEAD_FILE
    data = parse_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with masthead, fillers and host_labels")
    unknown = set(data) - {"masthead", "fillers", "host_labels"}
    if unknown:
        raise ValueError(f"{path}: unknown keys {sorted(unknown)}")
    common_path = Path(data_dir) / COMMON_WORDS_FILE
    common = frozenset()
    if common_path.is_file():
        common = frozenset(line.strip().lower() for line in common_path.read_text(encoding="utf-8").splitlines()
                           if line.strip() and not line.startswith("#"))
    return MastheadWords(
        masthead=_word_list(data.get("masthead"), "masthead", str(path)),
        fillers=_word_list(data.get("fillers"), "fillers", str(path)),
        host_labels=_word_list(data.get("host_labels"), "host_labels", str(path)),
        common_words=common,
    )


def host_of(url: str) -> str:
    """The host of a URL or bare domain, lower case, without port or credentials ("" when none)."""
    raw = url.strip().lower()
    if not raw:
        return ""
    if "//" not in raw:
        raw = "//" + raw
    try:
        host = urlsplit(raw).hostname or ""
    except ValueError:
        return ""
    return host.strip(".")


def domain_labels(url: str, words: Optional[MastheadWords] = None) -> list[str]:
    """The labels of a URL's host that can name the outlet: the top-level domain (and a country domain's
    "co", "com"...) and leading service labels ("www", "m", "en") taken off. "chronicle.augusta.com" →
    ["chronicle", "augusta"]; "www.thisisoxfordshire.co.uk" → ["thisisoxfordshire"]."""
    words = words or load_masthead_words()
    host = host_of(url)
    if not host or re.fullmatch(r"[\d.]+", host):
        return []
    labels = host.split(".")
    if len(labels) < 2:
        return []
    labels = labels[:-1]
    if len(labels) >= 2 and len(host.split(".")[-1]) == 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    while len(labels) > 1 and labels[0] in words.host_labels:
        labels = labels[1:]
    return [lab for lab in labels if lab and lab not in words.host_labels]


# -- names in a label ----------------------------------------------------------------------------------


def _key_splits(gaz: Gazetteer, letters: str) -> list[str]:
    """Ways to put spaces into `letters` (at most MAX_NAME_WORDS words) that give a gazetteer key, as the
    spaced spelling. Keys are consonant frames, so the spelling is still to be checked (`_home_candidates`)."""
    automaton = gaz.automaton
    out: list[str] = []

    def walk(rest: str, words: list[str], key_prefix: str) -> None:
        whole = key_prefix + _letters_key(rest)
        if automaton.exists(whole):
            out.append(" ".join(words + [rest]))
        if len(words) + 1 >= MAX_NAME_WORDS:
            return
        for cut in range(2, len(rest) - 1):
            head = rest[:cut]
            prefix = key_prefix + _letters_key(head) + " "
            if automaton.match(prefix):
                walk(rest[cut:], words + [head], prefix)

    walk(letters, [], "")
    return out


@lru_cache(maxsize=100_000)
def _letters_key(letters: str) -> str:
    """`name_key` of a run of a label's letters. A label of n letters is cut at every place, its runs' keys
    asked for n³ times over, and the same runs recur across an outlet's labels and sections."""
    if letters.isascii() and letters.isalpha() and letters.islower():
        return skeleton_token(letters)  # one lower-case ASCII word: normalising leaves it as it is
    return name_key(letters)


def _home_candidates(gaz: Gazetteer, spelling: str, words: MastheadWords) -> list[Candidate]:
    """The towns and divisions `spelling` names exactly, or, for a short one, the division it abbreviates.

    A country is no home (the publisher's country is read elsewhere, `resolve.publisher_country`), nor is a
    hamlet: a title names a town with a paper of its own. Four letters are a piece of many a word ("nola",
    "alex", "benz"): such a name is believed only for a sizeable town or as a division's short form.
    """
    norm = normalise(spelling)
    letters = norm.replace(" ", "")
    if letters in words.words or letters in words.common_words:
        return []
    title = _TITLE_WORDS.get(norm.split()[0]) if " " in norm else None
    if not title and not gaz.has_spelling(spelling):
        return []  # most pieces of a label name nothing: spare them a full lookup
    found = [c for c in gaz.lookup(spelling, limit=50) if c.exact and c.source != "user"]
    if len(letters) < MIN_NAME_LETTERS:
        return [c for c in found if c.kind == NAME_ABBREVIATION and c.feature_code == "ADM1"]
    spellings = {letters}
    if title:  # "mtpleasant" is Mount Pleasant as much as the towns that list "Mt Pleasant" among their names
        full = " ".join([title, *norm.split()[1:]])
        spellings.add(full.replace(" ", ""))
        seen = {c.id for c in found}
        found += [c for c in gaz.lookup(full, limit=50) if c.exact and c.source != "user" and c.id not in seen]
    out = []
    for c in found:
        if c.kind == NAME_ABBREVIATION and c.feature_code == "ADM1":
            out.append(c)  # "mass", "penn": a state's short form
        elif normalise(c.matched or c.name).replace(" ", "") not in spellings:
            continue
        elif c.kind in _HOME_KINDS and (
                c.feature_code == "ADM1"
                or (c.feature_code == "ADM2" and len(letters) > MIN_NAME_LETTERS)
                or (c.feature_code.startswith("PPL") and c.population >= _min_population(letters))):
            out.append(c)
        elif c.kind == NAME_DERIVED and c.feature_code == "ADM2" and len(letters) > MIN_NAME_LETTERS:
            out.append(c)  # "dekalb": DeKalb County, named as a county desk or paper names it
    return out


# Short title words a label writes for the full one ("mtpleasant", "stcloud", "ftworth").
_TITLE_WORDS = {"mt": "mount", "st": "saint", "ste": "sainte", "ft": "fort", "pt": "point"}


def home_candidates(gaz: Gazetteer, name: str, data_dir: str = str(DATA_DIR)) -> list[Candidate]:
    """The places a home name read from a publisher (`publisher_home_names`) may be, best known first."""
    return list(_home_candidates_cached(gaz, name, data_dir))


@lru_cache(maxsize=4096)
def _home_candidates_cached(gaz: Gazetteer, name: str, data_dir: str) -> tuple[Candidate, ...]:
    """Once per name: every document of an outlet asks again for the readings of its home's name."""
    return tuple(_home_candidates(gaz, name, load_masthead_words(data_dir)))


def _min_population(letters: str) -> int:
    return SHORT_HOME_POPULATION if len(letters) <= MIN_NAME_LETTERS else HOME_POPULATION


# A town smaller than this is no outlet's home; a four-letter name needs a town of SHORT_HOME_POPULATION.
HOME_POPULATION = 1_000
SHORT_HOME_POPULATION = 50_000


def _spelling(gaz: Gazetteer, letters: str, words: MastheadWords) -> Optional[str]:
    """The spaced spelling of a run of a label's letters that names a home, or None: the first the key
    splits give. A place of two short words is also keyed run together ("Las Vegas" as "lasvegas",
    `normalise.joined_forms`), a key made for press spellings: where the run names its places only through
    derived names and is the joined form of a spaced spelling naming the same place, the spaced one is the
    name ("newark", a town's own name, and "dekalb", which DeKalb writes itself, stay as they are)."""
    first: Optional[tuple[str, set[int]]] = None
    for spaced in _key_splits(gaz, letters):
        found = _home_candidates(gaz, spaced, words)
        if not found:
            continue
        if first is None:
            if " " in spaced:
                return spaced
            if any(c.kind != NAME_DERIVED for c in found):
                return spaced  # a name the places write so themselves ("newark", not "new ark")
            first = (spaced, {c.id for c in found})
        elif " " in spaced and first[1] & {c.id for c in found} and joined_forms(
                spaced.title(), english_words=_english_words(), common_words=_common_words()):
            return spaced
    return first[0] if first else None


def _split_label(gaz: Gazetteer, label: str, words: MastheadWords) -> list[str]:
    """The names a domain label or title (its words run together) is made of, or [] when no split covers it
    with masthead words, fillers and at least one name. Two names are never adjacent ("clactonandfrinton"
    joins them with "and"): a run of names is a word the gazetteer happens to cut up ("engineering").
    Fewest pieces win ("kansascity" is one name, not "kansas" and a word); a name must be a gazetteer place
    spelled exactly (`_home_candidates`)."""
    n = len(label)
    if n < 2 or not label.isalpha():
        return []
    vocab = words.words
    # A name is followed by a word or ends the label (two names are never adjacent): a name ending anywhere
    # else leads to no cover, and is not looked for.
    may_end_name = {j for j in range(n) if any(label[j:k] in vocab for k in range(j + 1, n + 1))} | {n}
    name_ok: dict[tuple[int, int], Optional[str]] = {}

    def name_at(i: int, j: int) -> Optional[str]:
        if (i, j) not in name_ok:
            name_ok[(i, j)] = _spelling(gaz, label[i:j], words)
        return name_ok[(i, j)]

    # best[i][ends_in_name]: (pieces, -masthead letters, names) of the cheapest cover of label[:i]
    Cover = tuple[int, int, tuple[str, ...]]
    best: list[list[Optional[Cover]]] = [[None, None] for _ in range(n + 1)]
    best[0][0] = (0, 0, ())

    def offer(j: int, state: int, cand: Cover) -> None:
        if best[j][state] is None or cand[:2] < best[j][state][:2]:
            best[j][state] = cand

    for i in range(n):
        for state in (0, 1):
            prev = best[i][state]
            if prev is None:
                continue
            for j in range(i + 1, n + 1):
                piece = label[i:j]
                if piece in vocab:
                    offer(j, 0, (prev[0] + 1, prev[1] - len(piece), prev[2]))
                elif state == 0 and j - i >= 2 and j in may_end_name:
                    spelling = name_at(i, j)
                    if spelling is not None:
                        offer(j, 1, (prev[0] + 1, prev[1], prev[2] + (spelling,)))
    ends = [c for c in best[n] if c is not None]
    return list(min(ends, key=lambda c: c[:2])[2]) if ends else []


def _title_labels(publisher: str) -> list[str]:
    """A masthead's words run together, per run of title words: "The Woodstock Sentinel-Review" →
    ["thewoodstocksentinelreview"]; "Richmond & Twickenham Times" → ["richmondandtwickenhamtimes"]."""
    text = normalise(publisher.replace("&", " and "))
    letters = re.sub(r"[^a-z ]", " ", text)
    joined = "".join(letters.split())
    return [joined] if joined else []


def _looks_like_domain(publisher: str) -> bool:
    p = publisher.strip()
    return " " not in p and ("." in p or "/" in p)


@lru_cache(maxsize=4096)
def _names_cached(gaz: Gazetteer, labels: tuple[str, ...], data_dir: str) -> tuple[str, ...]:
    words = load_masthead_words(data_dir)
    out: list[str] = []
    for label in labels:
        for part in label.split("-"):
            for name in _split_label(gaz, part, words):
                if name not in out:
                    out.append(name)
    return tuple(out)


def publisher_home_names(gaz: Gazetteer, publisher: Optional[str] = None, url: Optional[str] = None,
                         data_dir: str = str(DATA_DIR)) -> tuple[str, ...]:
    """The place names a publisher's domain and masthead embed, in order, spaced ("las vegas", "richmond",
    "twickenham"); () when neither names one. Cached per label: it runs once per document."""
    words = load_masthead_words(data_dir)
    labels: list[str] = []
    for source in (url, publisher):
        if not source or not source.strip():
            continue
        if source is url or _looks_like_domain(source):
            labels += domain_labels(source, words)
        else:
            labels += _title_labels(source)
    if not labels:
        return ()
    return _names_cached(gaz, tuple(labels), data_dir)


def _path_segments(url: str, words: MastheadWords) -> list[list[str]]:
    """The words of each section of a URL's path: every segment but the last (the article's own name), made of
    letters with "-" or "_" between words; "/news/local/arlington_news/story/123.html" → [["news"], ["local"],
    ["arlington", "news"], ["story"]]. Segments with digits or dots (dates, ids, scripts) and service labels
    ("en", "rss") say nothing of a place."""
    raw = url.strip()
    if "//" not in raw:
        raw = "//" + raw
    try:
        path = urlsplit(raw).path
    except ValueError:
        return []
    out = []
    for seg in [p for p in path.split("/") if p][:-1]:
        seg = seg.lower()
        if not re.fullmatch(r"[a-z]+(?:[-_][a-z]+)*", seg) or seg in words.host_labels:
            continue
        parts = re.split(r"[-_]", seg)
        if len(parts) > MAX_SECTION_WORDS or sum(map(len, parts)) > MAX_SECTION_LETTERS:
            continue  # a headline's slug filed before an id ("/mayor-opens-new-bridge-over-river/123"), no desk
        out.append(parts)
    return out


# A section naming a desk is short ("arlington_news", "metro", "local-news-dekalb-county"); longer segments
# are slugs, and splitting every run of their letters into names costs more than a document's geoparse.
MAX_SECTION_WORDS = 4
MAX_SECTION_LETTERS = 28


def _wide_name(gaz: Gazetteer, name: str) -> bool:
    """Whether a name is also a country, a continent or a region ("canada", "middle east"): a section so named
    files stories about it, and its namesake towns ("Cañada", "Middle East, Maryland") are no home."""
    return any(c.exact and (c.feature_code.startswith("PCL") or c.feature_code in ("CONT", "RGN"))
               for c in gaz.lookup(name, limit=50))


@lru_cache(maxsize=4096)
def _segment_names(gaz: Gazetteer, seg_words: tuple[str, ...], data_dir: str) -> tuple[str, ...]:
    """The names one section is made of; cached per section, which recurs across an outlet's addresses."""
    words = load_masthead_words(data_dir)
    runs = {"".join(seg_words[i:j]) for i in range(len(seg_words)) for j in range(i + 1, len(seg_words) + 1)}
    # A name must be whole words of the section ("issues" holds no "sues").
    return tuple(name for name in _split_label(gaz, "".join(seg_words), words)
                 if name.replace(" ", "") in runs and not _wide_name(gaz, name))


def section_home_names(gaz: Gazetteer, url: Optional[str], data_dir: str = str(DATA_DIR)) -> tuple[str, ...]:
    """The place names a URL's path files its story under ("star-telegram.com/arlington_news/...",
    "ajc.com/metro/dekalb/...", "cbc.ca/news/canada/manitoba/..."), spaced, in order.

    Outlets that cover several towns file local stories by town or county, and a regional section names the
    story's ground as a town's own paper names its town in its domain: read the same way (masthead words
    such as "news" and "metro" around one name), and weighed by the resolver as a home name is. A section is
    read only as a whole: an article's slug ("decatur-school-plan") is the last segment and never read, and
    a section that names a country or region ("canada", "middle-east") is a desk, not a home.
    """
    if not url or not url.strip():
        return ()
    out: list[str] = []
    for seg_words in _path_segments(url.strip(), load_masthead_words(data_dir)):
        out += [name for name in _segment_names(gaz, tuple(seg_words), data_dir) if name not in out]
    return tuple(out)


# -- a user's list of sources ---------------------------------------------------------------------------
#
# Many outlets name no town in their address or title ("ajc.com", "Enab Baladi"), and documenters know where
# their sources are based. A sources file (CSV or YAML) says so, one row per outlet: `source` (a domain,
# matching the document's host or any parent domain, or a publisher's name, matched whatever its case and
# punctuation) and `home` (a place the gazetteer knows; `country` and `admin1` pick the reading). The user's
# word needs no support from the document: a listed outlet's home replaces the names its domain embeds.

SOURCE_COLUMNS = ("source", "home")
OPTIONAL_SOURCE_COLUMNS = ("country", "admin1")


class SourcesError(ValueError):
    """A sources file that cannot be used as written; the message names the file and the row."""


@dataclass(frozen=True)
class SourceHome:
    """A listed outlet's home: the name as the user wrote it, the place it is, and the row that said so."""

    source: str
    name: str
    reading: Candidate
    where: str


@dataclass(frozen=True)
class PublisherSources:
    """The homes of listed outlets, by domain (no leading "www.") and by publisher-name key."""

    domains: dict[str, tuple[SourceHome, ...]]
    names: dict[str, tuple[SourceHome, ...]]

    def homes_for(self, publisher: Optional[str] = None, url: Optional[str] = None) -> tuple[SourceHome, ...]:
        """The homes listed for a document's address or publisher, () when neither is listed.

        The address is read first, by its most specific listed domain ("metro.ajc.com" before "ajc.com"):
        it is what the document came from, where a publisher field may name a syndicating outlet.
        """
        for value in (url, publisher if publisher and _looks_like_domain(publisher) else None):
            if value:
                host = host_of(value)
                labels = host.split(".") if host else []
                for k in range(len(labels) - 1):
                    found = self.domains.get(".".join(labels[k:]))
                    if found:
                        return found
        if publisher:
            return self.names.get(source_name_key(publisher), ())
        return ()

    def __len__(self) -> int:
        return len(self.domains) + len(self.names)


def source_name_key(name: str) -> str:
    """A publisher's name, its case, accents and punctuation set aside: "STEP News-Agency." → "step news agency"."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.findall(r"[^\W_]+", folded))


def _source_domain(value: str) -> str:
    host = host_of(value)
    return host[4:] if host.startswith("www.") and host.count(".") >= 2 else host


def read_source_rows(path: str | Path) -> list[tuple[dict[str, str], str]]:
    """The rows of a sources file with where each stands ("file:3" for CSV, "file[2]" for YAML), their
    columns checked; the homes are checked against a gazetteer by `load_sources`."""
    p = Path(path)
    if not p.is_file():
        raise SourcesError(f"sources file not found: {p}")
    rows: list[tuple[dict[str, Any], str]] = []
    if p.suffix.lower() in {".yaml", ".yml"}:
        try:
            data = parse_yaml(p.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            raise SourcesError(f"{p}: not valid YAML: {exc}") from exc
        if isinstance(data, dict):
            data = data.get("sources", [])
        if not isinstance(data, list):
            raise SourcesError(f"{p}: expected a list of sources (each with source and home)")
        for k, row in enumerate(data):
            if not isinstance(row, dict):
                raise SourcesError(f"{p}[{k}]: a source is a mapping with source and home, not {row!r}")
            rows.append((row, f"{p}[{k}]"))
    else:
        with p.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = [h.strip().lower() for h in reader.fieldnames or []]
            missing = [c for c in SOURCE_COLUMNS if c not in header]
            if missing:
                raise SourcesError(f"{p}:1: missing column(s) {', '.join(missing)} (needs source, home; "
                                   f"optional country, admin1)")
            for k, row in enumerate(reader):
                rows.append(({(key or "").strip().lower(): v for key, v in row.items()}, f"{p}:{k + 2}"))
    out: list[tuple[dict[str, str], str]] = []
    allowed = set(SOURCE_COLUMNS) | set(OPTIONAL_SOURCE_COLUMNS)
    for row, where in rows:
        unknown = sorted(str(key) for key in row if key and str(key).strip().lower() not in allowed)
        if unknown:
            raise SourcesError(f"{where}: unknown column(s) {', '.join(unknown)} (allowed: source, home, country, admin1)")
        clean = {str(key).strip().lower(): str(v).strip() for key, v in row.items() if key and v is not None}
        for col in SOURCE_COLUMNS:
            if not clean.get(col):
                raise SourcesError(f"{where}: missing {col}")
        out.append((clean, where))
    return out


def _admin1_fits(c: Candidate, admin1: str) -> bool:
    """An admin1 given as a name ("Georgia"), a GeoNames code ("US.GA") or the code's last part ("GA")."""
    want = normalise(admin1)
    code = (c.admin1_code or "").lower()
    return bool(want) and (normalise(c.admin1 or "") == want or code == admin1.strip().lower()
                           or code.rsplit(".", 1)[-1] == admin1.strip().lower())


def source_home_reading(gaz: Gazetteer, row: dict[str, str], where: str) -> Candidate:
    """The place a row's home is: among the gazetteer's exact readings in the row's country and admin1, the
    best known (the user picks among namesakes with country and admin1)."""
    home, country, admin1 = row["home"], row.get("country") or None, row.get("admin1") or None
    if country and not re.fullmatch(r"[A-Za-z]{2}", country):
        raise SourcesError(f"{where}: country must be a two-letter ISO code, not {country!r}")
    found = [c for c in gaz.lookup(home, country=country.upper() if country else None, limit=200)
             if c.exact and c.lat is not None]
    if country:
        found = [c for c in found if c.country_code == country.upper()]
    if admin1:
        found = [c for c in found if _admin1_fits(c, admin1)]
    if not found:
        scope = ", ".join(x for x in (admin1, country) if x)
        raise SourcesError(f"{where}: unknown home {home!r}" + (f" in {scope}" if scope else "")
                           + " (not in the gazetteer; add it with --places, or check the spelling)")
    return max(found, key=prior_score)


def load_sources(gaz: Gazetteer, paths: Sequence[str | Path]) -> PublisherSources:
    """Every listed outlet's home, validated: a file or row that cannot be used fails naming both. A later
    row for the same source adds a home (an outlet based in two towns)."""
    domains: dict[str, list[SourceHome]] = {}
    names: dict[str, list[SourceHome]] = {}
    for path in paths:
        for row, where in read_source_rows(path):
            source = row["source"]
            home = SourceHome(source, row["home"], source_home_reading(gaz, row, where), where)
            if _looks_like_domain(source):
                key = _source_domain(source)
                if "." not in key:
                    raise SourcesError(f"{where}: {source!r} is not a domain (like example.com) or a name")
                domains.setdefault(key, []).append(home)
            else:
                key = source_name_key(source)
                if not key:
                    raise SourcesError(f"{where}: source {source!r} has no letters")
                names.setdefault(key, []).append(home)
    return PublisherSources({k: tuple(v) for k, v in domains.items()}, {k: tuple(v) for k, v in names.items()})
