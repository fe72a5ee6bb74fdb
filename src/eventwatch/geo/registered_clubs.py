"""A registered club's full name ("Manchester City", "Nottingham Forest") names the club in any story that
writes a word of sport, or where it is held in shares.

geo/named_things.py reads "Birmingham City" as a club only in a match report (three words of the field), since
"Idlib City" in a war report is the city. A name the team registry (data/gazetteer/sports_teams.yaml) lists
whole, its home and the team's words together, needs less: one word of sport ("Manchester City came from
behind to win the final": cues.yaml `teams.sports`) makes it the club; a story with none ("shelling hit
Birmingham City") keeps the town. A capitalised word after the name makes it another body's ("Manchester
City Council", "Leicester City Hall"), and those stay the town's; so does a club's name after "to", "at" or
"from" ("the trip to Birmingham City", "lost at Leicester City"), which the corpora mark as the ground the
side travels to.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.document_words import document_words
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.sports_teams import TeamRegistry, load_sports_teams
from eventwatch.geo.whole_names import load_team_words
from eventwatch.geo.word_prechecks import case_folded

# The words that may follow the club's name: no capitalised word continuing it.
_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z]")
# Cues that make the club's name its ground: a trip's end, a match's venue, a start.
_GROUND_CUES = frozenset({"to", "at", "from"})
# Words of ownership right before a name: what is held in shares or changes owners is a business.
_OWNED = re.compile(r"\b(?:stakes?|shares|holdings?|interests?)\s+in\s+$"
                    r"|\b(?:owners?|ownership|takeover|buyers?|sale|purchase)\s+of\s+$", re.IGNORECASE)


def _owned_before(text: str, start: int) -> bool:
    """Whether words of ownership close the 40 characters before `start` (`_OWNED`). Asked of every name of a
    story that is not about sport: the search, anchored at the window's end, is tried at each of its positions,
    so it runs only where the window ends as every match does, "in" or "of" (case-blind) and a space."""
    window = text[max(0, start - 40) : start]
    stripped = window.rstrip()
    if len(stripped) == len(window) or case_folded(stripped[-2:]) not in ("in", "of"):
        return False
    return _OWNED.search(text, max(0, start - 40), start) is not None


# The registry object -> its club words, held by identity: an lru_cache keyed on the registry hashed its every
# home (a frozen dataclass's hash is recomputed on each call) twice a document, a hundredth of the geoparser.
_CLUB_WORDS: dict[int, tuple[TeamRegistry, dict[str, tuple[str, ...]]]] = {}


def _club_words(registry: TeamRegistry) -> dict[str, tuple[str, ...]]:
    """Each home as written ("Manchester") -> the words its clubs write after it ("City", "United")."""
    held = _CLUB_WORDS.get(id(registry))
    if held is not None and held[0] is registry:
        return held[1]
    out: dict[str, list[str]] = {}
    for home in registry.homes:
        out.setdefault(home.place, []).extend(home.after)
    words = {place: tuple(words) for place, words in out.items()}
    if len(_CLUB_WORDS) >= 4:  # a test's own registries come and go; the loaded one is read again at once
        _CLUB_WORDS.clear()
    _CLUB_WORDS[id(registry)] = (registry, words)
    return words


def _club_end(text: str, s: NameSpan, clubs: dict[str, tuple[str, ...]]) -> int | None:
    """Where the registered club's name that the span opens or spells ends, or None."""
    written = text[s.start : s.end]
    home, _, words = written.partition(" ")
    if words and words in clubs.get(home, ()):
        return s.end  # the span is the club's name whole: "Nottingham Forest"
    for words in clubs.get(written, ()):
        end = s.end + 1 + len(words)
        if text[s.end : s.end + 1] == " " and text[s.end + 1 : end] == words and not text[end : end + 1].isalnum():
            return end
    return None


def mark_registered_clubs(text: str, tokens: list[Token], spans: Sequence[NameSpan],
                          registry: TeamRegistry | None = None) -> None:
    """In a story with a word of sport, read as embedded (the club's, no place of its own) every kept place
    name that, with the words after it, spells a registered club's full name, or that is that name whole
    ("Nottingham Forest"). In any story, so is such a name owned as a business is ("a stake in Leicester
    City", "the owners of Norwich City"): a town is not held in shares."""
    sport = bool(document_words(tokens).count(load_team_words().sports))
    clubs = _club_words(registry or load_sports_teams())
    for s in spans:
        if s.demonym or s.cue in _GROUND_CUES:
            continue
        if not sport and not _owned_before(text, s.start):
            continue
        end = _club_end(text, s, clubs)
        if end is None or _NAME_GOES_ON.match(text, end) is not None:
            continue
        if s.locational:
            s.locational, s.cue = False, "embedded"
        for inner in spans:
            # "Wellington Phoenix": a club's word that spells another place ("Phoenix") is the club's too
            if inner is not s and s.end < inner.start and inner.end <= end and inner.locational:
                inner.locational, inner.cue = False, "embedded"


def club_word_places(text: str, spans: Sequence[NameSpan], registry: TeamRegistry | None = None) -> set[int]:
    """Indexes of names that are a registered club's own word after its home ("Phoenix" in "Wellington
    Phoenix", "Victory" in "Melbourne Victory"), in any story: the pair as the registry writes it is the club's
    name, so the word names no place of its own, and a far city of that name ("Phoenix", Arizona) would pull
    the story's other names to its country. The home's name is left to `mark_registered_clubs`."""
    clubs = _club_words(registry or load_sports_teams())
    out: set[int] = set()
    for s in spans:
        if s.demonym:
            continue
        end = _club_end(text, s, clubs)
        if end is None or end == s.end:
            continue
        out.update(k for k, inner in enumerate(spans)
                   if inner is not s and s.end < inner.start and inner.end <= end
                   and not inner.demonym and not inner.abbreviation)
    return out
