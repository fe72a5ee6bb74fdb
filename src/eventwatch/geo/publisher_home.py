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
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.normalise import normalise
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_ALT, NAME_MAIN, name_key
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


def country_code_of(url: str) -> Optional[str]:
    """The two-letter country domain of a URL's host ("lfpress.ca" → "ca"), if it has one."""
    host = host_of(url)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    return tld if len(tld) == 2 and tld.isalpha() else None


# -- names in a label ----------------------------------------------------------------------------------


def _key_splits(gaz: Gazetteer, letters: str) -> list[str]:
    """Ways to put spaces into `letters` (at most MAX_NAME_WORDS words) that give a gazetteer key, as the
    spaced spelling. Keys are consonant frames, so the spelling is still to be checked (`_home_candidates`)."""
    automaton = gaz.automaton
    out: list[str] = []

    def walk(rest: str, words: list[str], key_prefix: str) -> None:
        whole = key_prefix + name_key(rest)
        if automaton.exists(whole):
            out.append(" ".join(words + [rest]))
        if len(words) + 1 >= MAX_NAME_WORDS:
            return
        for cut in range(2, len(rest) - 1):
            head = rest[:cut]
            prefix = key_prefix + name_key(head) + " "
            if automaton.match(prefix):
                walk(rest[cut:], words + [head], prefix)

    walk(letters, [], "")
    return out


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
    found = [c for c in gaz.lookup(spelling, limit=50) if c.exact and c.source != "user"]
    if len(letters) < MIN_NAME_LETTERS:
        return [c for c in found if c.kind == NAME_ABBREVIATION and c.feature_code == "ADM1"]
    out = []
    for c in found:
        if c.kind == NAME_ABBREVIATION and c.feature_code == "ADM1":
            out.append(c)  # "mass", "penn": a state's short form
        elif c.kind in _HOME_KINDS and normalise(c.matched or c.name).replace(" ", "") == letters and (
                c.feature_code == "ADM1"
                or (c.feature_code == "ADM2" and len(letters) > MIN_NAME_LETTERS)
                or (c.feature_code.startswith("PPL") and c.population >= _min_population(letters))):
            out.append(c)
    return out


def home_candidates(gaz: Gazetteer, name: str, data_dir: str = str(DATA_DIR)) -> list[Candidate]:
    """The places a home name read from a publisher (`publisher_home_names`) may be, best known first."""
    return _home_candidates(gaz, name, load_masthead_words(data_dir))


def _min_population(letters: str) -> int:
    return SHORT_HOME_POPULATION if len(letters) <= MIN_NAME_LETTERS else HOME_POPULATION


# A town smaller than this is no outlet's home; a four-letter name needs a town of SHORT_HOME_POPULATION.
HOME_POPULATION = 1_000
SHORT_HOME_POPULATION = 50_000


def _split_label(gaz: Gazetteer, label: str, words: MastheadWords) -> list[str]:
    """The names a domain label or title (its words run together) is made of, or [] when no split covers it
    with masthead words, fillers and at least one name. Two names are never adjacent ("clactonandfrinton"
    joins them with "and"): a run of names is a word the gazetteer happens to cut up ("engineering").
    Fewest pieces win ("kansascity" is one name, not "kansas" and a word); a name must be a gazetteer place
    spelled exactly (`_home_candidates`)."""
    n = len(label)
    if n < 2 or not label.isalpha():
        return []
    name_ok: dict[tuple[int, int], Optional[str]] = {}

    def name_at(i: int, j: int) -> Optional[str]:
        if (i, j) not in name_ok:
            spelling = None
            for spaced in _key_splits(gaz, label[i:j]):
                if _home_candidates(gaz, spaced, words):
                    spelling = spaced
                    break
            name_ok[(i, j)] = spelling
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
                if piece in words.words:
                    offer(j, 0, (prev[0] + 1, prev[1] - len(piece), prev[2]))
                elif state == 0 and j - i >= 2:
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
