"""Places that stand for the trade they are home to: "Hollywood" for film, "Broadway" for the stage.

News writes "the Broadway smash", "Hollywood's cowboy films", "the West End musical", "Wall Street analysts":
the name is the trade, not the place, and nothing in the sentence happens there (Gritta et al. 2019 annotate
it metonymic). Only a few names carry a trade, and each trade has its own nouns, so the rule is a short table:
a listed name followed (after an optional "'s" and at most one other lower-case word) by a noun of its own
trade is read as a modifier, non-locational. Any other noun ("the Broadway shops"), a place cue that the name
closes ("in Hollywood") or a longer name ("Hollywood Boulevard", a span of its own) leave it a place.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan

_SCREEN = frozenset({
    "film", "films", "movie", "movies", "epic", "epics", "western", "westerns", "blockbuster", "blockbusters",
    "studio", "studios", "star", "stars", "actor", "actors", "actress", "actresses", "producer", "producers",
    "director", "directors", "mogul", "moguls", "executive", "executives", "career", "debut", "remake",
    "remakes", "franchise", "crew", "crews", "celebrity", "celebrities", "screenwriter", "screenwriters"})
_STAGE = frozenset({
    "musical", "musicals", "show", "shows", "smash", "hit", "hits", "production", "productions", "revival",
    "revivals", "debut", "star", "stars", "actor", "actors", "actress", "actresses", "producer", "producers",
    "run", "career", "premiere", "cast", "veteran", "legend"})
_FINANCE = frozenset({
    "analyst", "analysts", "bank", "banks", "banker", "bankers", "trader", "traders", "investor", "investors",
    "firm", "firms", "giant", "giants", "executive", "executives", "veteran", "veterans", "insiders", "rally",
    "selloff", "sell-off", "lenders", "forecasts", "estimates", "expectations"})
_TECH = frozenset({
    "startup", "startups", "firm", "firms", "giant", "giants", "executive", "executives", "investor",
    "investors", "entrepreneur", "entrepreneurs", "billionaire", "billionaires", "engineers", "companies"})
_PRESS = frozenset({"tabloid", "tabloids", "editor", "editors", "journalists", "reporters", "papers"})
_ADVERTISING = frozenset({"agency", "agencies", "executive", "executives", "firm", "firms", "adman", "admen"})

# The names, as the recogniser normalises them, and the nouns of their trade.
TRADE_NOUNS: dict[str, frozenset[str]] = {
    "hollywood": _SCREEN, "bollywood": _SCREEN, "nollywood": _SCREEN,
    "broadway": _STAGE, "west end": _STAGE,
    "wall street": _FINANCE,
    "silicon valley": _TECH,
    "fleet street": _PRESS,
    "madison avenue": _ADVERTISING,
}
# After the name: an optional possessive, then one or two lower-case words.
_AFTER = re.compile(r"(?:['’]s)? ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?")


def mark_trade_namesakes(text: str, spans: Sequence[NameSpan]) -> None:
    """Read a listed name before a noun of its trade as a modifier ("the Broadway smash")."""
    for s in spans:
        nouns = TRADE_NOUNS.get(s.norm)
        if nouns is None or not s.locational:
            continue
        m = _AFTER.match(text, s.end)
        if m is not None and (m.group(1) in nouns or m.group(2) in nouns):
            s.locational, s.cue, s.vague, s.direction = False, "modifier", None, None
