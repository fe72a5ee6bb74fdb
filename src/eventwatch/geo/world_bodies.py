"""A place named in the name of an international body, settlement or festival ("the Oslo Commission", "the
Lisbon Protocol", "the Cannes International Film Festival") is the place the world knows by that name.

Such names are coined for a meeting or a seat of world standing, so the name means its most prominent
reading, whatever the story's own region is: a report from an American town quoting "the Oslo Commission"
names Norway's capital, not a namesake hamlet the publisher's state happens to hold. The story's local focus
pulls the resolver the other way, so the reading is set here after it. The text makes the body local, and
the reading is left alone, when the story names the place itself elsewhere and is read there as the same
namesake ("the Fenwick Commission met ... residents of Fenwick"). A story's other places nearby do not: a
world festival's town is named in stories about a film industry far from it ("Hollywood"). Local bodies are
written with their level ("the Fenwick City Commission", "the Fenn County Convention"): a word between the
name and the head keeps the name out, as a capitalised word before it does ("the Camp David Accords").

Two limits keep local bodies local. A country is never the place meant: a body named for a country is the
country's, and a town named like one ("Lebanon, Ohio") has its own commission. And a town's commission or
agreement, heads that towns use as often as the world does, stays in the town's state when the story firmly
places another name there ("the Norwood Commission will vote ... a hearing in Fenn County").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate, prior_score
from eventwatch.geo.name_span import NameSpan

# Heads of a settlement's, a treaty body's or a world festival's name, capitalised, right after the name
# ("International" may come between: "the Cannes International Film Festival").
_WORLD_HEAD = re.compile(
    r"[ \u00a0](?:International[ \u00a0](?:Film[ \u00a0])?(?:Festival|Conference|Exhibition)"
    r"|Commission|Conventions?|Protocol|Accords?|Agreements?|Declaration|Statute|Process|Consensus|Charter"
    r"|Treaty|Principles|Biennale|Peace[ \u00a0](?:Accords?|Agreement|Treaty|Conference|Talks))\b")
# A capitalised word before the name other than these makes the name the tail of a longer one ("the Camp
# David Accords", "a Merger Agreement" after a firm's name), not the place the body is named for.
_OPENERS = frozenset({"The", "A", "An", "This", "That"})
_WORD_BEFORE = re.compile(r"(\S+)[ \u00a0]\Z")
# Heads that a town's own bodies and deals bear as often as the world's ("the Norwood Commission").
_LOCAL_HEAD = re.compile(r"[ \u00a0](?:Commission|Agreements?)\b")
# A reading this small is believed a place for a body's name only when the story gives it other support.
WORLD_BODY_TOWN = 10_000


def opens_world_body(text: str, s: NameSpan) -> bool:
    """Whether the name opens an international body's, a settlement's or a world festival's name."""
    if s.demonym or _WORLD_HEAD.match(text, s.end) is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, s.start - 30), s.start)
    return before is None or not before.group(1)[:1].isupper() or before.group(1) in _OPENERS


def believed_world_body(text: str, s: NameSpan, c: Candidate) -> bool:
    """Whether a body's name alone makes its place's reading believed: an exact, sizeable place or a capital."""
    return c.exact and (c.population >= WORLD_BODY_TOWN or c.feature_code == "PPLC") and opens_world_body(text, s)


def world_body_readings(text: str, spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]],
                        readings: Sequence[Sequence[Candidate]]) -> dict[int, Candidate]:
    """Span index → the most prominent reading, for place names opening an international body's name whose
    chosen reading is a lesser namesake the story does not name as a place of its own."""
    out: dict[int, Candidate] = {}
    for k, s in enumerate(spans):
        c = chosen[k]
        if c is None or c.source == "user" or not opens_world_body(text, s):
            continue
        exact = [x for x in readings[k] if x.exact and not x.feature_code.startswith("PCL")]
        if not exact:
            continue
        world = max(exact, key=prior_score)
        if world.id == c.id or _named_there_too(text, k, spans, chosen, c) \
                or _LOCAL_HEAD.match(text, s.end) is not None and _state_placed(k, spans, chosen, c):
            continue
        out[k] = world
    return out


def _named_there_too(text: str, k: int, spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]],
                   c: Candidate) -> bool:
    """Whether the story names the place itself elsewhere, outside a body's name, and is read there as c."""
    for m, o in enumerate(spans):
        if m != k and o.norm == spans[k].norm and o.locational and chosen[m] is not None \
                and chosen[m].id == c.id and _WORLD_HEAD.match(text, o.end) is None:
            return True
    return False


def _state_placed(k: int, spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]], c: Candidate) -> bool:
    """Whether the story firmly places another name in the first-level division holding c."""
    if not c.country_code or not c.admin1_code:
        return False
    return any(m != k and o.firm and o.locational and not o.demonym and chosen[m] is not None
               and chosen[m].country_code == c.country_code and chosen[m].admin1_code == c.admin1_code
               for m, o in enumerate(spans))
