"""Teams named after their home: which place a team's name in a sports report stands for.

A sports report names a team by its home ("against Portland", "the Portland Trail Blazers", "Real Madrid"),
and the team seldom plays where the rest of the story is: a Texas digest's "Portland" is Portland, Oregon,
not Portland, Texas, however Texan the story. Two readings follow.

1. A registered team's name gives its home (data/gazetteer/sports_teams.yaml): "the Portland Trail Blazers"
   reads that "Portland" as Portland, Oregon wherever the name stands, and in a sports report naming "the
   Trail Blazers" (or "the Blazers") every bare "Portland" too: one sense per discourse.
2. A place the recogniser marked as a team's (a "metonymy" or "embedded" use: "outlasted Louisville",
   "Louisville's guard", "the Houston team"), in a sports report about teams that travel (it names a league
   such as the NBA, or a registered team), and given no nickname, is read by prominence: the resolver leaves
   out the document's local focus for it and keeps the country's. A story that ties its sides to its own area
   keeps the local reading: one about school sport ("high school", "varsity"), a name followed by a school's
   word ("Portland High"), or a name the story also places firmly ("in Portland, Maine").

Only sports reports are read for (2) and for bare nicknames; a registered team's full name ("the Dallas
Mavericks") is a team's in any story. Everything else is left to the resolver as before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from eventwatch.geo.derive import DATA_DIR, core_name
from eventwatch.geo.gazetteer import Candidate, Gazetteer, prior_score
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import normalise
from eventwatch.geo.whole_names import load_team_words
from eventwatch.geo.yaml_files import parse_yaml, parsed_file, word_list

TEAMS_FILE = DATA_DIR / "sports_teams.yaml"
CUES_FILE = DATA_DIR / "cues.yaml"
LEVELS = ("town", "division")
_HOME_KEYS = frozenset({"place", "country", "admin1", "level", "after", "before"})
# The uses the recogniser gives a name standing for a team (geo/named_things.py, geo/whole_names.py,
# geo/associative.py).
TEAM_CUES = frozenset({"metonymy", "embedded"})


@dataclass(frozen=True)
class TeamHome:
    """One place a team's name writes, and the words written with it for its teams."""

    place: str
    country: str
    admin1: str
    level: str  # town | division
    after: tuple[str, ...]  # "Trail Blazers" in "Portland Trail Blazers"
    before: tuple[str, ...]  # "Real" in "Real Madrid"


@dataclass(frozen=True)
class TeamRegistry:
    homes: tuple[TeamHome, ...]
    name_tails: frozenset[str]  # words of a club's or school's name, not of its nickname ("State", "City")

    def nicknames(self, home: TeamHome) -> tuple[str, ...]:
        """The nicknames a story may use alone for the home's teams: each `after` entry without the club's or
        school's words opening it ("State Bulldogs" → "Bulldogs"; "City" → nothing)."""
        out = []
        for words in home.after:
            parts = words.split()
            while parts and parts[0] in self.name_tails:
                parts = parts[1:]
            if parts:
                out.append(" ".join(parts))
        return tuple(out)


@dataclass(frozen=True)
class TeamWordsAfar:
    """The words of cues.yaml `teams` that tell teams from afar from local sides."""

    sports: frozenset[str]
    sports_min: int
    nouns: frozenset[str]
    tails: frozenset[str]
    leagues: tuple[str, ...]
    local_words: tuple[str, ...]
    school_words: frozenset[str]


@lru_cache(maxsize=2)
def load_sports_teams(path: str = str(TEAMS_FILE)) -> TeamRegistry:
    """The registry, checked for shape: a home needs a place, a two-letter country, an admin1, a known level
    and at least one team's words; no (place, words) pair may name two homes."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    where = Path(path).name
    if not isinstance(raw, dict) or not isinstance(raw.get("homes"), list):
        raise ValueError(f"{where}: a mapping with a list of `homes` is expected")
    tails = raw.get("name_tails", [])
    if not isinstance(tails, list) or not all(isinstance(t, str) and t.strip() for t in tails):
        raise ValueError(f"{where}: name_tails must be a list of words")
    homes = []
    seen: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    for entry in raw["homes"]:
        if not isinstance(entry, dict) or set(entry) - _HOME_KEYS:
            raise ValueError(f"{where}: a home is a mapping of {sorted(_HOME_KEYS)}: {entry!r}")
        place, country, admin1 = (entry.get(k) for k in ("place", "country", "admin1"))
        if not all(isinstance(v, str) and v.strip() for v in (place, country, admin1)):
            raise ValueError(f"{where}: a home needs place, country and admin1: {entry!r}")
        if not re.fullmatch(r"[A-Z]{2}", country):
            raise ValueError(f"{where}: country is an ISO code of two capitals: {entry!r}")
        level = entry.get("level", "town")
        if level not in LEVELS:
            raise ValueError(f"{where}: level is one of {LEVELS}: {entry!r}")
        lists = {}
        for key in ("after", "before"):
            value = entry.get(key, [])
            if not isinstance(value, list) or not all(isinstance(w, (str, int)) and str(w).strip() for w in value):
                raise ValueError(f"{where}: {key} must be a list of words: {entry!r}")
            words = tuple(str(w).strip() for w in value)
            if any(not w[:1].isupper() and not w[:1].isdigit() for w in words):
                raise ValueError(f"{where}: team words are written with their capitals: {entry!r}")
            lists[key] = words
        if not lists["after"] and not lists["before"]:
            raise ValueError(f"{where}: a home needs the words of at least one team: {entry!r}")
        home = TeamHome(place.strip(), country, admin1.strip(), level, lists["after"], lists["before"])
        for side in ("after", "before"):
            for words in lists[side]:
                key = (normalise(home.place), side, words)
                other = seen.setdefault(key, (country, home.admin1, level))
                if other != (country, home.admin1, level):
                    raise ValueError(f"{where}: {words!r} with {home.place!r} names two homes")
        homes.append(home)
    return TeamRegistry(tuple(homes), frozenset(t.strip() for t in tails))


@lru_cache(maxsize=2)
def load_team_words_afar(path: str = str(CUES_FILE)) -> TeamWordsAfar:
    """cues.yaml `teams`: the words the recogniser reads (`whole_names.load_team_words`, checked there) and
    the three lists only a team from afar needs (leagues, local words, school words)."""
    shared = load_team_words(path)
    raw = (parsed_file(path) or {}).get("teams") or {}
    extra = {key: word_list(raw.get(key), f"teams.{key}", "cues.yaml")
             for key in ("leagues", "local_words", "school_words")}
    return TeamWordsAfar(shared.sports, shared.sports_min, shared.nouns, shared.tails, extra["leagues"],
                         extra["local_words"], frozenset(extra["school_words"]))


def home_reading(gaz: Gazetteer, home: TeamHome) -> Optional[Candidate]:
    """The gazetteer's reading of a home: the name spelled exactly in its country and first-level division,
    of its level (a populated place for a town, a division for a division), the best known first."""
    a1 = core_name(home.admin1)
    found = [c for c in gaz.lookup(home.place, country=home.country, limit=200)
             if c.exact and (c.admin1_code == home.admin1 or core_name(c.admin1 or "") == a1)]
    if home.level == "division":
        fitting = [c for c in found if c.feature_code in ("ADM1", "ADM2")]
    else:
        fitting = [c for c in found if c.feature_code.startswith("PPL")]
    fitting.sort(key=lambda c: -prior_score(c))
    return fitting[0] if fitting else None


@dataclass(frozen=True)
class _Resolved:
    """The registry read against one gazetteer: for each place's name (normalised), its homes' readings with
    the words of their teams."""

    by_name: dict[str, tuple[tuple[Candidate, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]]
    nicknames: Optional[re.Pattern]  # every nickname a story may use alone


_RESOLVED: dict[str, _Resolved] = {}


def resolved_teams(gaz: Gazetteer, registry: Optional[TeamRegistry] = None) -> _Resolved:
    """The registry's homes as readings of `gaz`, once per gazetteer (homes that do not resolve are left out;
    the tests check that none is)."""
    key = f"{getattr(gaz, 'directory', id(gaz))}:{id(registry)}"
    if key in _RESOLVED:
        return _RESOLVED[key]
    registry = registry or load_sports_teams()
    by_name: dict[str, list] = {}
    names: set[str] = set()
    for home in registry.homes:
        reading = home_reading(gaz, home)
        if reading is None:
            continue
        nicks = registry.nicknames(home)
        by_name.setdefault(normalise(home.place), []).append((reading, home.after, home.before, nicks))
        names.update(nicks)
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w'’-])") if names else None
    out = _Resolved({k: tuple(v) for k, v in by_name.items()}, pattern)
    _RESOLVED[key] = out
    return out


@dataclass(frozen=True)
class TeamReadings:
    """What a document's team names say to the resolver: the home a span's team name gives it (span index →
    reading), and the spans to read by prominence (a team from afar, no nickname given)."""

    homes: dict[int, Candidate]
    far: frozenset[int]


NO_TEAMS = TeamReadings({}, frozenset())


def sports_report(text: str, words: TeamWordsAfar) -> bool:
    """Whether the document reports sport: `sports_min` words of the field (as geo/whole_names.py counts)."""
    # Counted by C-level maps: every document is asked, and a generator per word was most of the cost.
    return sum(map(words.sports.__contains__, map(str.lower, _LETTER_RUN.findall(text)))) >= words.sports_min


_LETTER_RUN = re.compile(r"[A-Za-z]+")


def _said(text: str, phrases: Sequence[str]) -> bool:
    pattern = _phrases_pattern(tuple(phrases))
    return pattern is not None and pattern.search(text.lower()) is not None


@lru_cache(maxsize=64)
def _phrases_pattern(phrases: tuple[str, ...]) -> Optional[re.Pattern]:
    """Any of the phrases as a whole word run, in one pattern compiled once: a pattern per phrase made per
    call overflowed the `re` module's cache of compiled patterns, so each was compiled anew for each document."""
    if not phrases:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])")


_SPACES = " \u00a0"
_RUNS_ON = "'’-"


def _runs_on(char: str) -> bool:
    """Whether a character would continue a word: a letter or digit of any script, "_", an apostrophe or a
    hyphen (what the regular expression `[\\w'’-]` matches)."""
    return char.isalnum() or char == "_" or char in _RUNS_ON


def _team_words_after(window: str, words: str) -> bool:
    """Whether `window` (the text just after a place name) opens with spaces and then `words`, not run on
    into a longer word: "Portland| Trail Blazers said" yes, "Portland| Trail Blazersville" no.

    Plain string tests rather than a regular expression per team's words: each would be compiled on the first
    document that names its home, hundreds in a corpus of sports news."""
    k, n = 0, len(window)
    while k < n and window[k] in _SPACES:
        k += 1
        end = k + len(words)
        if window.startswith(words, k) and (end >= n or not _runs_on(window[end])):
            return True
    return False


def _team_words_before(window: str, words: str) -> bool:
    """Whether `window` (the text just before a place name) ends with `words` and then spaces, the words not
    the tail of a longer word: "the Real| Madrid" yes, "Surreal| Madrid" no."""
    trailing = len(window) - len(window.rstrip(_SPACES))
    for k in range(1, trailing + 1):
        start = len(window) - k - len(words)
        if start >= 0 and window.startswith(words, start) and (start == 0 or not _runs_on(window[start - 1])):
            return True
    return False


def _adjacent_home(text: str, s: NameSpan, homes) -> Optional[Candidate]:
    """The home a registered team's full name around the span gives it ("Portland Trail Blazers", "Real
    Madrid", "the Mississippi State Bulldogs"), or None."""
    for reading, after, before, _nicks in homes:
        for words in after:
            if _team_words_after(text[s.end : s.end + len(words) + 3], words):
                return reading
        for words in before:
            window = text[max(0, s.start - len(words) - 3) : s.start]
            if _team_words_before(window, words):
                return reading
    return None


def team_readings(gaz: Gazetteer, text: str, spans: Sequence[NameSpan], registry: Optional[TeamRegistry] = None,
                  words: Optional[TeamWordsAfar] = None) -> TeamReadings:
    """Read the document's team names (module docstring): the homes registered teams' names give, and the
    team uses to read by prominence."""
    if not text or not spans:
        return NO_TEAMS
    teams = resolved_teams(gaz, registry)
    words = words or load_team_words_afar()
    homes: dict[int, Candidate] = {}
    for k, s in enumerate(spans):
        own = teams.by_name.get(s.norm)
        if own and not s.demonym:
            reading = _adjacent_home(text, s, own)
            if reading is not None:
                homes[k] = reading
    adjacent = bool(homes)
    if not any(s.norm in teams.by_name or _team_use(text, s, words) for s in spans):
        # What a sports report adds below is for a registered home's name or a span used as a team's: with
        # neither, whether the text reports sport changes nothing, and most texts are not asked.
        return TeamReadings(homes, frozenset())
    if not sports_report(text, words):
        return TeamReadings(homes, frozenset())
    # A nickname alone ("the Trail Blazers") names its home for the story's bare uses of the home's name,
    # where only one home of that name has a nickname in the story.
    named = set(m.group(0) for m in teams.nicknames.finditer(text)) if teams.nicknames is not None else set()
    by_nickname: dict[str, Candidate] = {}
    for norm, own in teams.by_name.items():
        readings = {r.id: r for r, _a, _b, nicks in own if named.intersection(nicks)}
        if len(readings) == 1:
            by_nickname[norm] = next(iter(readings.values()))
    placed = {s.norm for s in spans if s.container is not None or s.vague is not None}
    for k, s in enumerate(spans):
        if k not in homes and s.norm in by_nickname and s.norm not in placed and not s.demonym:
            homes[k] = by_nickname[s.norm]
    # Teams from afar: the story names a league or a registered team in full ("the Portland Trail Blazers";
    # a nickname alone may be a common word: "Fire", "Heat"), and does not tie its sides locally.
    if not (adjacent or _said(text, words.leagues)) or _said(text, words.local_words):
        return TeamReadings(homes, frozenset())
    firm_names = {s.norm for s in spans if s.firm or s.container is not None}
    far = {k for k, s in enumerate(spans)
           if k not in homes and _team_use(text, s, words) and s.norm not in firm_names}
    # The team's name said again with no place cue is the team's too ("held Louisville to 31 percent"): one
    # sense per discourse, as geo/whole_names.py spreads a team's use.
    teams_named = {spans[k].norm for k in far}
    far.update(k for k, s in enumerate(spans) if k not in homes and s.norm in teams_named and not s.located
               and s.vague is None and s.container is None and not s.demonym)
    return TeamReadings(homes, frozenset(far))


def _team_use(text: str, s: NameSpan, words: TeamWordsAfar) -> bool:
    """Whether the recogniser marked the span as a team's: a "metonymy" use ("beat Louisville", "against
    Portland", "Oakdale's guard Kaylen Rostova"), or an "embedded" one whose longer name is a team's (a team's
    noun or a club's or school's word after it: "the Oakdale team", "Oakdale State"). A country's name is a
    national side's, whose reading is the country however read; a school's word after the name makes the side
    local. (A capitalised word after an embedded name is a team's only when registered, by the registry's
    readings: "Oakdale Fire Chief" is not.)"""
    if s.locational or s.demonym or s.cue not in TEAM_CUES:
        return False
    if any(c.exact and c.feature_code.startswith(("PCL", "CONT")) for c in s.candidates):
        return False
    nxt = re.match(r"(?:['’]s)?[ \u00a0]+([\w&'’-]+)", text[s.end : s.end + 40])
    word = nxt.group(1) if nxt else ""
    if word.lower() in words.school_words and word[:1].isupper():
        return False
    if s.cue == "metonymy":
        return True
    return (word.lower() in words.nouns and word.islower()) or (word.lower() in words.tails and word[:1].isupper())
