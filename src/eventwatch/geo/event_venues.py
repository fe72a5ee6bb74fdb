"""A place name opening the name of an event held there ("the Leeds Book Fair", "the Punjab Assembly election").

Such a name is kept inside the longer name, but unlike a firm's or a club's ("Leeds Building Society", "Leeds
United"), which may be anywhere, an event's name says where it happens: a festival, a fair, a marathon, a
race or an election takes place in the town, state or country it is named for. So the name is literal (the
event's venue), not an embedded, non-locational part of another name, and a demonym opening it ("the
Hungarian Grand Prix") is read the same way: the country the event is held in. A continent's people's word
("the European Championship", "the African Championships", "the European Grand Prix") is not: a contest of a
continent's sides is held in one of its countries, so the word says who takes part, not where (its election,
held across it, is still its venue). The same holds for every other head, not only contests: a continent's
festival, fair or summit ("the European Film Festival", "the African Summit") is of its countries or its makers
and meets in one town of it, which the story names beside it; the whole continent is never the ground.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan

# Heads of events held at a place. Kept to kinds that happen somewhere by nature; a show, a cup or an
# award is often named for a sponsor or a broadcaster and stays out. The head closes the name: one with a
# capitalised word after it ("Fair Trade Network", "Festival Committee") names something else.
_EVENT_HEAD = (r"(?P<head>[Ff]estival|[Mm]arathon|[Hh]alf[- ][Mm]arathon|[Tt]riathlon|[Rr]egatta|[Cc]arnival"
               r"|[Ff]air|[Ee]xpo|Grand Prix|GP|[Cc]hampionships?|[Ee]lections?|[Bb]y-?elections?|[Ee]vent|[Ss]ummit)"
               r"\b(?![ \u00a0][A-Z][a-z])")
# Up to four name words between the place and the head ("International Film", "Assembly", "Jazz and Blues"),
# capitalised or written in capitals, a year allowed among them ("the Leeds 2024 Book Fair").
_TAIL = re.compile(r"(?P<mid>(?:[ \u00a0](?:[A-Z][\w&'’-]*|\d{4})){0,4})[ \u00a0]" + _EVENT_HEAD)
# A named championship's season ("the Spanish Rally Car season"), two name words at least before it, so
# that a club's or a city's season ("the Leeds season") is left alone.
_SEASON = re.compile(r"(?P<mid>(?:[ \u00a0][A-Z][\w&'’-]*){2,3})[ \u00a0]season\b")


# The word before a name that opens a longer name: lower case, a number, an article or punctuation.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An)\b)[A-Z][\w&'’-]*[ \u00a0]\Z")


def event_venue(text: str, s: NameSpan, organisation_heads: frozenset[str] = frozenset()) -> bool:
    """Whether the name `s` opens the name of an event ("Nairobi" in "Nairobi Jazz Festival"); a name in the
    middle of one ("Jazz" in "the Toledo Jazz Festival") is a word of its title, not its place.

    A place's own body may hold the event there ("the Punjab Assembly election"), but a people's adjective
    naming a body ("the African Union summit") names the body's meeting, held wherever it meets: a demonym
    followed by an organisation's head word (`organisation_heads`) is no venue."""
    if _NAME_WORD_BEFORE.search(text, max(0, s.start - 40), s.start) is not None:
        return False
    m = _TAIL.match(text, s.end) or _SEASON.match(text, s.end)
    if m is None:
        return False
    if s.demonym and _continent_entrants(s) and not (m.groupdict().get("head") or "").lower().startswith(
            ("election", "by")):
        return False  # "the European Championship": who takes part, not where
    return not (s.demonym and any(w.lower() in organisation_heads for w in m.group("mid").split()))


def _continent_entrants(s: NameSpan) -> bool:
    """Whether a demonym is a continent's people's word ("European", "African"): every reading a continent."""
    return bool(s.candidates) and all(c.feature_code == "CONT" for c in s.candidates)


def mark_event_venues(text: str, spans: Sequence[NameSpan], organisation_heads: frozenset[str] = frozenset()) -> None:
    """Read as the venue every name kept inside an event's name, or a demonym opening one."""
    for s in spans:
        if (s.cue == "embedded" or (s.demonym and s.cue == "demonym")) and not s.unknown \
                and event_venue(text, s, organisation_heads):
            s.locational, s.cue = True, "event"
