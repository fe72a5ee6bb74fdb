"""A town named only as where a body that speaks sits: "a rights group in Nairobi said ...", "diplomats in Dakar told".

An organisation, an office or officials "in X" followed at once by a verb of saying are placed by X only as
speakers: rights groups, charities, embassies and ministries speak from their seats about events across borders.
So the town places nothing the statement reports. The resolver (`Resolver._judge`) refuses a village of a country
the story places nothing in when the story firmly places names elsewhere; a speaker's seat is no such place:
"a rights group in Nairobi said militiamen burned homes near Kapoeta" sets no story in Kenya, and Kapoeta is
South Sudan's town.

The seat may follow the saying instead: "officials said in Algiers", "the front said in a statement issued from
its camps near Tindouf" name where the speaker sits, so a Western Saharan village the report tells of stays that
village rather than being refused for a story set in Algeria. Written so, the town is a seat only where the story
names elsewhere a place whose own name lies only in other countries: "an official said in Juba" about a town the
tables hold under no such name still sets the story in South Sudan, as officials most often speak in their own
capital of their own country.

People who speak from the ground they live on ("residents in X said", "police in X said", "witnesses in X told")
are no speakers from a seat: their town is where the events are, and it stays a place of the story.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.store import NAME_MAIN

# The speaking body and "in" (or "based in"), ending just before the name: an organisation or an office, whose
# seat is not its field. Neither police nor residents nor witnesses: they speak where the events are.
_BODY_IN = re.compile(
    r"(?i)\b(?:(?:rights|aid|advocacy|relief|humanitarian|monitoring|campaign|lobby|pressure|watchdog)\s+groups?|"
    r"charit(?:y|ies)|organi[sz]ations?|NGOs?|agenc(?:y|ies)|watchdogs?|observatory|ministry|ministries|"
    r"embass(?:y|ies)|consulates?|diplomats?|envoys?|spokes(?:man|woman|person)|analysts?|researchers?|"
    r"headquarters|secretariat|think[ -]tank)"
    r"(?:\s+(?:based|headquartered))?\s+in\s+(?:the\s+)?$"
)
# A verb of saying right after the name ("in Nairobi said", "in Geneva has warned", "in Dakar told reporters").
_SAYS_AFTER = re.compile(
    r"(?i)\s*(?:(?:has|have|had)\s+)?(?:also\s+|earlier\s+|later\s+)?"
    r"(?:said|says|told|reported|warned|stated|announced|alleged|accused|claimed|urged|called\s+on)\b"
)


# The verb of saying before the name ("officials said in Algiers", "the front said in a statement issued from
# the camps near Tindouf", "the group said from its base in Goma"): where the speaker sits, after the saying. The
# statement may be issued from the speaker's own ground, a camp, a base or an office, in or near the town.
_SAID_IN_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told\s+(?:reporters|journalists)|announced|stated)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+)?"
    r"(?:\s+in\s+a\s+(?:statement|communiqu[eé]|video|post))?"
    r"(?:\s+(?:issued|released|published|sent|read))?"
    r"\s+(?:in|from)\s+(?:(?:its|their|the)\s+(?:camps?|base|bases|headquarters|offices?)\s+(?:in|near|outside)\s+)?"
    r"(?:the\s+)?$"
)


# People on the ground the events happened on, right before the verb of saying ("residents said in Malakal",
# "a witness later told reporters in Y"): they speak where they live, as "residents in X said" do.
_GROUND_SPEAKER = re.compile(
    r"(?i)\b(?:residents?|(?:eye)?witness(?:es)?|villagers?|locals?|police(?:m[ae]n|wom[ae]n)?|survivors?|"
    r"relatives|families|farmers|traders|fishermen|elders?|medics|doctors|nurses|parents|neighbou?rs)"
    r"(?:\s+\w+){0,2}\s*$"
)


def speaker_seat(text: str, s: NameSpan) -> bool:
    """Whether span `s` is written only as the seat of a body that speaks: "<body> in X said", "officials said in
    X", "a statement issued from its camps near X"."""
    return _body_seat(text, s) or _said_in_seat(text, s)


def _body_seat(text: str, s: NameSpan) -> bool:
    """"<body> in X said": a rights group, an agency, a ministry, diplomats."""
    return _SAYS_AFTER.match(text, s.end) is not None \
        and _BODY_IN.search(text[max(0, s.start - 60) : s.start]) is not None


def _said_in_seat(text: str, s: NameSpan) -> bool:
    """"<speaker> said in X", where the speaker is none of the people on the ground ("residents said in X" live
    there)."""
    before = text[max(0, s.start - 80) : s.start]
    if not before.rstrip().lower().endswith(_SEAT_WORD_ENDS):
        return False
    said = _SAID_IN_BEFORE.search(before)
    if said is None:
        return False
    ground = _GROUND_SPEAKER.search(before, 0, said.start())
    # A spokesman speaks for a body from its seat even when the body is the police ("a police spokesman said in
    # Kampala"); the ground word then only names whom he speaks for.
    return ground is None or _SPOKESPERSON.search(ground.group()) is not None


_SPOKESPERSON = re.compile(r"(?i)\bspokes(?:man|woman|person)\b")


# The words `_SAID_IN_BEFORE` ends with: a name after any other word is not searched for it.
_SEAT_WORD_ENDS = (" in", " from", " near", " outside", " the")


def _own_countries(s: NameSpan) -> frozenset[str]:
    """The countries of the places that bear the name as their own (not an alternate or a derived name)."""
    return frozenset(c.country_code for c in s.candidates if c.exact and c.kind == NAME_MAIN and c.country_code)


def _foreign_to_story(seat: NameSpan, spans: Sequence[NameSpan]) -> bool:
    """Whether the story names another place whose own name lies only in countries other than the seat's
    ("near Amgala", Western Sahara's, beside "said in Algiers"): the seat is then abroad from the events."""
    mine = _own_countries(seat)
    return any(o.norm != seat.norm and (theirs := _own_countries(o)) and not theirs & mine for o in spans)


def speaker_seat_names(text: str, spans: Sequence[NameSpan]) -> frozenset[str]:
    """The names (`norm`) every mention of which is a speaker's seat (`speaker_seat`): a name also written as a
    place of the events ("clashes in Nairobi") places the story there. A seat written after the saying counts
    only beside a place of the story read in another country (`_foreign_to_story`)."""
    if not text:
        return frozenset()
    seats: set[str] = set()
    placed: set[str] = set()  # names written at least once as no speaker's seat
    for s in spans:
        seat = _body_seat(text, s) or _said_in_seat(text, s) and _foreign_to_story(s, spans)
        (seats if seat else placed).add(s.norm)
    return frozenset(seats - placed)
