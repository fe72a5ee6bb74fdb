"""Sides in a sports report: a place name used for the team that plays, read once and then for the whole story.

A match report names its sides by their towns, counties and countries ("Leeds beat Sunderland 2-1", "India
beat New Zealand by four wickets", "Kerry won the title, beating Galway") and then uses the bare name again
for the same side ("Sunderland led through a header", "India's next match", "Galway, chasing a first title").
One clear use as a side (geo/associative.py `_team`) says which sense the story means for every bare use of
that name (one sense per discourse); a name with a place cue of its own ("in Dharamsala", "travel to
Plymouth", "fans from Wearside") keeps its place reading. Unlike geo/whole_names.py `mark_teams`, countries are
included: a national side is read from a result it took part in, not from the name alone.
"""
from __future__ import annotations

import re

from eventwatch.geo.document_words import document_words
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.town_appositions import called_a_town
from eventwatch.geo.whole_names import load_team_words

_POSSESSIVE = re.compile(r"['’]s\s+([a-z][a-z-]+)")
# What may stand before a clause's subject: the start of the text, a sentence's end, or a dateline's dash.
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;\n\"“]|\s[—–-])\s*$")
# The lower-case words of a clause after its subject, up to the first capital, digit or punctuation.
_LOWER_RUN = re.compile(r"(?:\s+[a-z][a-z-]*){1,10}")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
# A wire dateline's town and the comma before its country ("ABIDJAN, Ivory Coast —"), at a line's start: the
# country after it says where the report was filed, however often the story names its side the same way.
_DATELINE_TOWN = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’ -]+,[ \t]*$")


def sports_story(tokens: list[Token]) -> bool:
    """Whether the document reports sport: at least `teams.sports_min` of cues.yaml's sports words."""
    words = load_team_words()
    return document_words(tokens).count(words.sports) >= words.sports_min


# Nouns of a fixture or its result that a side owns ("Derbyshire's match against", "Kerry's win"): read only in a
# sports story, where a town has no match of its own.
_FIXTURE_NOUNS = frozenset({"match", "matches", "game", "games", "fixture", "fixtures", "innings", "win", "wins",
                            "victory", "defeat", "draw"})


def side_possessive(text: str, s: NameSpan) -> bool:
    """"Brazil's squad", "Kerry's defence", "Derbyshire's match": a possessive before a team's noun, or a
    fixture's, names the side."""
    m = _POSSESSIVE.match(text, s.end)
    return m is not None and (m.group(1) in load_team_words().nouns or m.group(1) in _FIXTURE_NOUNS)


def spread_team_uses(text: str, spans: list[NameSpan], sides: set[str], sporting: bool) -> None:
    """Mark every bare use of a name read as a side (`sides`, by folded name) as the team's too: a story that
    names a side once by a result means the side each time it uses the name without a place cue. In a sports
    story (`sporting`) a name before a possessive team noun ("Brazil's squad") is a side as well."""
    if sporting:
        sides = sides | {s.norm for s in spans if not s.demonym and side_possessive(text, s)}
    if not sides:
        return
    for s in spans:
        if not s.locational or s.demonym or s.firm or s.located or s.vague is not None \
                or s.container is not None or s.cue in ("dateline", "street", "feature"):
            continue
        if called_a_town(text, s.end):
            continue  # "Harrisburg, a fast-growing suburb south of the city": the writer says it is the town
        if s.norm in sides and not _DATELINE_TOWN.search(text, max(0, s.start - 60), s.start):
            s.locational, s.cue = False, "metonymy"


# "Leeds travel to Burnley to face", "Chennai will next go to Ahmedabad to play", "Kent travel to Hove next week
# to face": a trip made to play a side, its time told or not.
_TRIP_TO_PLAY = re.compile(r"\s+(?:(?:will|must|now|next|then|also)\s+){0,3}(?:travel|travels|travelled|traveled|"
                           r"go|goes|head|heads|visit|visits)\s+to\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
                           r"(?:(?:next|this|on)\s+[A-Za-z]+\s+)?to\s+(?:face|play|meet|take\s+on)\b")

# "Leeds travel to Plymouth next Saturday", "Kent will travel to Hove": a journey as a clause's whole predicate.
# A town goes nowhere; in a sports story the name that travels to another is the side (British copy gives it a
# plural verb, "Leeds travel").
_TRAVELS_TO = re.compile(r"\s+(?:(?:will|must|now|next|then|also)\s+){0,3}(?:travel|travels|travelled|traveled)"
                         r"\s+to\s+[A-Z]")


def competition_side(text: str, s: NameSpan, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """"Oakdale is going back to the state tournament", "Oakdale last reached the final in 2019": in a sports
    story a name opening its clause, whose predicate carries it on in a competition (a verb of progress before
    a competition noun), is the side that plays; a town does not reach a semifinal. Read on the sentence's
    lower-case words only, so the noun must belong to the name's own clause. A clause sending the name on a
    trip to play someone ("Chennai will next travel to Ahmedabad to face Gujarat"), or travelling to another
    place at all ("Leeds travel to Plymouth next Saturday"), names the side too."""
    if not _CLAUSE_OPENING.search(text[max(0, s.start - 4) : s.start]):
        return False
    if _TRIP_TO_PLAY.match(text, s.end) or _TRAVELS_TO.match(text, s.end):
        return True  # a town travels to no match: the side does ("Oakdale travel to Troy to face Hill")
    m = _LOWER_RUN.match(text, s.end)
    if m is None:
        return False
    words = m.group().split()
    seen_verb = False
    for w in words:
        if w in verbs:
            seen_verb = True
        elif w in nouns:
            return seen_verb
    return False


# A fixture's other side: "at home to Rwanda", "away to Benin", "at home against Oakdale".
_FIXTURE_BEFORE = re.compile(r"\b(?:at\s+home|away)\s+(?:to|against)\s+(?:the\s+)?$")


def fixture_side(text: str, s: NameSpan) -> bool:
    """"their last two games, at home to Rwanda in Uyo and away to Benin": in a sports story the name after
    "at home to" or "away to" is the side played, not a place (the venue, if any, follows it with "in")."""
    return _FIXTURE_BEFORE.search(text[max(0, s.start - 24) : s.start]) is not None


# A score written straight after a side's name ("held off Oakdale 61-48", "beat Leeds 2-1"); and, after a side
# opening its clause, a score before a result's noun ("Oakdale pulled away for a 38-19 win"). Hyphenated year
# ranges ("1998-2004") are no scores: the numbers hold at most three digits.
# The side's name may go on past the place in capitalised words ("held off Oakdale Central 61-48", "beat Hill
# County Christian 50-44": a school's side); the score still follows the whole name.
_SCORE_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+\d{1,3}-\d{1,3}(?![\w-])")
# A side's season record in brackets straight after its name ("Oakdale (21-4) will play", "for Hill (12-9-1)").
_RECORD_AFTER = re.compile(r"\s*\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)")
# A side opening its clause whose verb takes the other side and the score: "as Oakdale held off Hill 64-58",
# "Oakdale edged Hill Central 3-2".
_SCORED_OBJECT = re.compile(r"(?:\s+[a-z]+){1,3}(?:\s+[A-Z][\w'’.-]*){1,3}\s+\d{1,3}-\d{1,3}(?![\w-])")
_SCORED_RESULT = re.compile(r"(?:\s+[a-z]+){1,6}\s+(?:a|an|the|its|their)\s+\d{1,3}-\d{1,3}\s+(?:[a-z]+\s+)?"
                            r"(?:win|victory|loss|defeat|rout|decision|triumph)\b")
# What may stand before a side that opens its clause: a sentence's start or end, a dateline's dash, or a
# conjunction opening a clause ("as Oakdale pulled away").
_CLAUSE_OR_CONJUNCTION = re.compile(r"(?:^|[.!?:;\"“]|\s[—–-]|\b(?:as|and|but|while|when|after|before|until))\s*$")


# A side named by its home after "from" ("beating a team from Oakdale 84-79"): the side is the noun before
# "from", and the name says where it comes from, as "a winger from Nadi" does (GeoWebNews reads it literally).
_SIDE_FROM = re.compile(r"\b(?:team|side|club|squad|outfit|visitors|opponents)\s+from\s+(?:the\s+)?$")


def scored_side(text: str, s: NameSpan) -> bool:
    """"held off Oakdale 61-48", "as Oakdale pulled away for a 38-19 win over Hill": in a sports story a name
    with a score (or a season's record, "Oakdale (21-4)") written straight after it, or the subject of a clause
    that reaches a score before a result's noun or after the side it beat, is a side; a town keeps no score.
    After "a team from" the score is the team's, and the name its home."""
    if _SIDE_FROM.search(text[max(0, s.start - 24) : s.start]):
        return False
    if _SCORE_AFTER.match(text, s.end) or _RECORD_AFTER.match(text, s.end):
        return True
    return (_SCORED_RESULT.match(text, s.end) is not None or _SCORED_OBJECT.match(text, s.end) is not None) \
        and _CLAUSE_OR_CONJUNCTION.search(text[max(0, s.start - 8) : s.start]) is not None


# "played for Indiana", "plays for Ireland": the side a player plays for.
_PLAYS_FOR = re.compile(r"\b(?:play|plays|played|playing)\s+for\s+(?:the\s+)?$")


def plays_for_side(text: str, s: NameSpan) -> bool:
    """"went on to play for Indiana": in a sports story a player plays for a side, not in a place."""
    return _PLAYS_FOR.search(text[max(0, s.start - 24) : s.start]) is not None


# A fixture's verb with the other side straight after it: "will play India at", "plays Iceland at home".
_PLAY_VERB = r"(?:play|plays|played|face|faces|faced|take\s+on|takes\s+on|took\s+on)"
# Outside a sports story only "play" names a game: a team of engineers faces a river, a survey team takes on a
# case.
_GAME_VERB = r"(?:play|plays|played)"
_PLAYS_BEFORE = re.compile(rf"\b{_PLAY_VERB}\s+(?:the\s+)?$")
# The side that plays, opening its clause (after "The" or not): "The West Indies will play India".
_PLAYS_AFTER = re.compile(rf"\s+(?:will\s+|would\s+|could\s+|must\s+|next\s+|then\s+)?{_PLAY_VERB}"
                          r"\s+(?:the\s+)?[A-Z]")
# What may stand right before a clause's subject: the text's start (matched apart, `_opens_clause`), a sentence's
# end, a colon or quote, a dash; then "The" or not.
_SUBJECT_OPENING = re.compile(r"(?:(?<=[.!?:;\n\"“])|(?<=\s[—–-]))\s*(?:[Tt]he\s+)?")
_TEXT_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")


def _opens_clause(text: str, start: int) -> bool:
    """Whether the name at `start` opens its clause: only blanks and "The" between it and the text's start, a
    sentence's end or a dash (searched within the text itself, so no slice start passes for the text's)."""
    lo = max(0, start - 8)
    if lo == 0 and _TEXT_OPENING.fullmatch(text, 0, start):
        return True
    return any(_SUBJECT_OPENING.fullmatch(text, i, start) for i in range(lo, start + 1))


def played_side(text: str, s: NameSpan) -> bool:
    """"Leeds will play Burnley at home", "next week they face Oakdale": in a sports story a name straight
    after a fixture's verb is the side played, and one opening the clause of such a verb is the side that plays;
    a town is played in, not played ("will play in Roseau" keeps the town)."""
    if _PLAYS_BEFORE.search(text[max(0, s.start - 24) : s.start]):
        return not _PLAYS_FOR.search(text[max(0, s.start - 24) : s.start])
    return _PLAYS_AFTER.match(text, s.end) is not None and _opens_clause(text, s.start)


# A team's noun with a sport's head as the subject of a fixture's verb, the name its object: "the islands'
# football side, which plays Iceland", "the national team will face Kenya". A bare side or team is no sport's
# ("troops on the Indian side now face", "a medical team faces"): a club, an XI, or a side or team named for its
# sport or its nation.
_SPORTS_TEAM = (r"(?:\b(?:football|soccer|rugby|cricket|hockey|basketball|baseball|netball|volleyball|handball|"
                r"national|olympic|under-\d+|U-?\d+)\s+(?:side|team|squad|eleven)|\b[Cc]lub|\bXI)\b")
_SIDE_PLAYS = re.compile(rf"{_SPORTS_TEAM}[^.;:!?\n]{{0,40}}?\b{_PLAY_VERB}\s+(?:the\s+)?$")
_SIDE_GAMES = re.compile(rf"{_SPORTS_TEAM}[^.;:!?\n]{{0,40}}?\b{_GAME_VERB}\s+(?:the\s+)?$")
_OWNER = re.compile(r"['’]s?\b")


def side_plays(text: str, s: NameSpan, sporting: bool = False) -> bool:
    """"The islands' football side, which plays Iceland at home": a name a sports team plays is the other side;
    a team plays in a town, not the town ("the team will play in Leeds" keeps Leeds). Outside a sports story
    (`sporting`) only "play" names a game, and a name owning what follows ("faced Sanaa's blockade") is never a
    side."""
    if _OWNER.match(text, s.end):
        return False
    window = text[max(0, s.start - 80) : s.start]
    return (_SIDE_PLAYS if sporting else _SIDE_GAMES).search(window) is not None


# A game's noun, then "between": "the final, between Velva and Towner", "Friday's game between Oakdale and Hill".
# Not "clash" or "showdown", which as often name a fight at a border or a political contest.
_GAME_BETWEEN = re.compile(r"\b(?:final|finals|semifinal|semifinals|semi-final|semi-finals|quarterfinal|"
                           r"quarterfinals|quarter-final|quarter-finals|game|games|match|matches|matchup|rematch|"
                           r"derby|fixture|title\s+game)['’]?,?\s+between\s+(?:the\s+)?$")


def game_between_side(text: str, s: NameSpan) -> bool:
    """"The boys' final, between Velva and Towner, was moved", "the game between Oakdale and Hill": in a sports
    story the names a game is played "between" are its sides (the second, after "and", follows the first:
    `associative._mark_coordinated_side`); a road or a border "between" two towns names places."""
    return _GAME_BETWEEN.search(text[max(0, s.start - 40) : s.start]) is not None


# Between two sides of a fixture named outright: "India will play Pakistan", "the West Indies played Ireland".
_PLAYED_BETWEEN = re.compile(r"\s+(?:will\s+|would\s+|next\s+)?(?:play|plays|played)\s+(?:the\s+)?")


def played_pair(text: str, first: NameSpan, second: NameSpan) -> bool:
    """"India will play Pakistan": two names joined by "play" alone, with the first opening its clause. Where
    both are countries (or regions that field a side) the story need not be a sports report to name sides: a
    country plays another only at a game ("play a role", "play host" take no name)."""
    return _PLAYED_BETWEEN.fullmatch(text, first.end, second.start) is not None \
        and _opens_clause(text, first.start)


# "Liverpool moved four points clear", "Oakdale are two games clear at the top": a lead in a league table.
_CLEAR_AFTER = re.compile(r"\s+(?:(?:moved|move|moves|went|go|goes|pulled|pull|pulls|are|is|were|was|stay|stays|"
                          r"stayed|remain|remains|remained|sit|sits|sat)\s+)(?:[\w-]+\s+(?:points?|games?|shots?|"
                          r"strokes?|wins?)\s+)?clear\b")


def clear_side(text: str, s: NameSpan) -> bool:
    """"Liverpool moved four points clear": in a sports story a name that pulls clear of the others is the side
    leading a table or a race; a town moves nowhere so."""
    return _CLEAR_AFTER.match(text, s.end) is not None


def table_side(text: str, s: NameSpan, places: frozenset[str]) -> bool:
    """"with Burnley third", "with Oakdale bottom": in a sports story a name placed in a league table after "with"
    is a side. The place word must end the phrase, so "with Oakdale first in line" still reads it."""
    if not _WITH_BEFORE.search(text[max(0, s.start - 12) : s.start]):
        return False
    m = re.match(r"\s+([a-z-]+)(?=\s*(?:[.,;:!?)]|$|\s+(?:and|on|in|with)\b))", text[s.end : s.end + 30])
    return m is not None and m.group(1) in places
