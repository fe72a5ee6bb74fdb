"""Places that stand for the trade they are home to: "Hollywood" for film, "Broadway" for the stage.

News writes "the Broadway smash", "Hollywood's cowboy films", "the West End musical", "Silicon Valley
investors": the name is the trade, not the place, and nothing in the sentence happens there (Gritta et al.
2019 annotate it metonymic). Only a few names carry a trade, and each trade has its own nouns, so the rule is
a short table: a listed name followed (after an optional "'s" and at most one other lower-case word) by a noun
of its own trade is read as a modifier, non-locational. Wall Street's trade is read by geo/market_streets.py,
with the one list of market words.

What leaves the name a place:
- a place cue before the name, unless a plain noun of its trade follows the name at once: "moved to Hollywood
  to star", "a fire in the West End hit homes", "a leak in Hollywood forced studios to close" set the name as
  where something happens, but in "starred in Broadway musicals" or "in the West End production of" the cue
  opens the noun phrase the name modifies (whether the cue is read here or by the recogniser upstream);
- a function word between the name and the noun ("soaked Silicon Valley as engineers drove home");
- a noun that is just as often a verb ("star", "show", "hit", "run", "film", "smash") where the name is no
  modifier before a noun: only after "the", "a", a possessive, its own "'s" or at a sentence's start is the
  name a noun's modifier ("the Broadway show", "a Hollywood film"); elsewhere the word is the verb of a
  sentence the place is the subject of ("Tourists who visit Hollywood film everything");
- a story that sets the name in a town of its own ("the West End of Aberdeen", "Hollywood, Florida",
  "Glasgow's West End"): that namesake is another place, with no trade, in every mention;
- any other noun ("the Broadway shops") or a longer name ("Hollywood Boulevard", a span of its own).

A list of trade names before one noun ("Hollywood, Bollywood and Nollywood films", "Broadway and West End
musicals") is read as one modifier: the noun after its last member is the noun of each, and only names of the
table make such a list ("Hollywood and Malibu homes" is a list of places). The list is a noun phrase's head, so
no name a place cue governs opens it ("Traffic stopped in Hollywood, and Broadway shows were cancelled": the
comma and "and" join two clauses), and ", and" joins a member only after a first one ("Hollywood, Bollywood,
and Nollywood films"): right after the first name it opens a clause.
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
_TECH = frozenset({
    "startup", "startups", "firm", "firms", "giant", "giants", "executive", "executives", "investor",
    "investors", "entrepreneur", "entrepreneurs", "billionaire", "billionaires", "engineers", "companies"})
_PRESS = frozenset({"tabloid", "tabloids", "editor", "editors", "journalists", "reporters", "papers"})
_ADVERTISING = frozenset({"agency", "agencies", "executive", "executives", "firm", "firms", "adman", "admen"})

# The names, as the recogniser normalises them, and the nouns of their trade.
TRADE_NOUNS: dict[str, frozenset[str]] = {
    "hollywood": _SCREEN, "bollywood": _SCREEN, "nollywood": _SCREEN,
    "broadway": _STAGE, "west end": _STAGE,
    "silicon valley": _TECH,
    "fleet street": _PRESS,
    "madison avenue": _ADVERTISING,
}
# Nouns of a trade that are as often verbs: a trade's noun only after a modifier ("the Broadway show").
VERB_LIKE = frozenset({
    "film", "films", "star", "stars", "show", "shows", "hit", "hits", "run", "smash", "cast", "debut",
    "premiere", "remake", "remakes", "veteran", "papers"})
# After a cued name, the verb-like nouns still read as the verb of a clause the place opens ("a fire in the West
# End hit homes"); their plurals ("in Bollywood films", "in Broadway shows") are far more often the trade's noun.
_CUED_VERBS = frozenset(w for w in VERB_LIKE if not w.endswith("s"))
# Words that cannot stand between a modifier and its noun: prepositions, conjunctions, articles, pronouns and
# auxiliaries ("Hollywood to star", "Silicon Valley as engineers").
_FUNCTION_WORDS = frozenset({
    "to", "in", "into", "near", "on", "onto", "at", "for", "and", "or", "but", "nor", "as", "of", "by", "from",
    "with", "without", "over", "under", "after", "before", "during", "since", "until", "while", "when", "where",
    "than", "if", "because", "so", "that", "this", "these", "those", "the", "a", "an", "its", "their", "his",
    "her", "our", "who", "which", "whose", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did", "not", "also",
    "now", "then", "there", "here", "it", "they", "we", "he", "she", "about", "against", "between", "through",
    "across", "around", "toward", "towards", "via", "per", "all", "each", "every", "some", "more", "most"})
# Cues a listed street's own head word gives it: no place cue of the sentence's.
_OWN_CUES = frozenset({"street"})
# Listed names written with their own article ("in the West End"): an article before any other listed name
# opens a noun phrase the name modifies ("starred in the Broadway smash"), and a cue before it is the phrase's.
_WITH_ARTICLE = frozenset({"west end"})
# Before the name: a preposition of place, then perhaps an article ("on Fleet Street", "in the West End").
_PLACE_BEFORE = re.compile(
    r"\b(?:on|in|at|near|along|off|down|up|from|to|into|onto|across|outside|around|through|past|via|toward|"
    r"towards|inside|behind|beyond)\s+(the\s+|an?\s+)?$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)
# After the name: an optional possessive, then one or two lower-case words.
_AFTER = re.compile(r"(['’]s)? ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?")
# Before the name: a word that makes what follows a noun phrase ("the", "a", "an", "this") or a possessive.
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|['’]s)\s+$")
# Before the name: the start of the text or of a sentence (a quote or bracket may open it).
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"’”)]?\s+)['\"‘“(]?$")
# After a name, the other trade names of a list sharing its noun: ", Bollywood and Nollywood", " and the West End".
_LIST_MEMBER = re.compile(r"(?:,\s+(?P<clause>and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# A list of trade names a writer strings before one noun is short.
_MAX_LIST = 4
# Right after a name, its own town: "of Aberdeen", ", Florida", " (Florida)".
_TOWN_AFTER = re.compile(r"(?:,\s*| \(| of )[A-Z]")
# Right before a name, a town's possessive: "Glasgow's West End".
_OWNER_BEFORE = re.compile(r"([A-Z][A-Za-z-]*)['’]s (?:[Tt]he )?$")


def _modifier_slot(text: str, s: NameSpan, own_possessive: bool) -> bool:
    """Whether the name stands where a noun's modifier stands: after an article or a possessive, with its own
    "'s", or at a sentence's start."""
    before = text[max(0, s.start - 40) : s.start]
    return own_possessive or bool(_MODIFIER_BEFORE.search(before)) or bool(_SENTENCE_START.search(before))


def _placed_by_cue(text: str, s: NameSpan) -> bool:
    """Whether a place cue before the name is the name's own ("moved to Hollywood", "on Fleet Street", "in the
    West End"), not that of a noun phrase the name modifies ("starred in the Broadway smash")."""
    before = text[max(0, s.start - 40) : s.start]
    if s.norm not in _WITH_ARTICLE and _ARTICLE_BEFORE.search(before):
        return False
    return (s.cue is not None and s.cue not in _OWN_CUES) or bool(_PLACE_BEFORE.search(before))


def _set_in_a_town(text: str, s: NameSpan, towns: dict[int, NameSpan], ends: dict[int, NameSpan]) -> bool:
    """Whether the story places this mention in a town of its own ("the West End of Aberdeen", "Glasgow's West
    End"): the name after it or owning it must be a place the recogniser read, no country ("India's Silicon
    Valley startups" is a metaphor) and no trade name ("Hollywood, Bollywood and Nollywood films"); a firm's
    possessive ("Disney's Hollywood studio") is no town."""
    if s.container is not None:
        return True
    after = _TOWN_AFTER.match(text, s.end)
    if after is not None and _a_town(towns.get(after.end() - 1)):
        return True
    owner = _OWNER_BEFORE.search(text, max(0, s.start - 40), s.start)
    return owner is not None and _a_town(ends.get(owner.start() + len(owner.group(1))))


def _a_town(t: NameSpan | None) -> bool:
    """Whether span `t` is a place a trade name's namesake may lie in: read as a place, no trade name of the
    table and no country."""
    return t is not None and t.locational and t.norm not in TRADE_NOUNS \
        and not any(c.exact and c.feature_code.startswith("PCL") for c in t.candidates)


def _list_end(text: str, s: NameSpan) -> int:
    """Where the list of trade names the name opens ends ("Hollywood, Bollywood and Nollywood films": after
    "Nollywood"), the name's own end where no other trade name of the table follows it. The later names need
    not be places the gazetteer holds: a list of trades shares the noun after its last member. A name a place
    cue governs opens no list, and ", and" right after the first name joins a clause, no member."""
    end = s.end
    if _placed_by_cue(text, s):
        return end
    for k in range(_MAX_LIST):
        m = _LIST_MEMBER.match(text, end)
        if m is None or m.group(2).lower() not in TRADE_NOUNS or (k == 0 and m.group("clause")):
            break
        end = m.end()
    return end


def mark_trade_namesakes(text: str, spans: Sequence[NameSpan]) -> None:
    """Read a listed name before a noun of its trade as a modifier ("the Broadway smash")."""
    listed = [s for s in spans if s.norm in TRADE_NOUNS]
    if not listed:
        return
    towns = {t.start: t for t in spans}
    ends = {t.end: t for t in spans}
    namesakes = {s.norm for s in listed if _set_in_a_town(text, s, towns, ends)}
    for s in listed:
        if not s.locational or s.norm in namesakes:
            continue
        listed_end = _list_end(text, s)
        m = _AFTER.match(text, listed_end)
        if m is None:
            continue
        nouns = TRADE_NOUNS[s.norm]
        first, second = m.group(2), m.group(3)
        if first in nouns:
            noun = first
        elif second in nouns and first not in _FUNCTION_WORDS:
            noun = second
        else:
            continue
        # A cue is the name's own unless the noun phrase it opens goes on at once with a noun of the trade.
        if _placed_by_cue(text, s):
            if noun != first or noun in _CUED_VERBS:
                continue
        elif noun in VERB_LIKE and not _modifier_slot(text, s, m.group(1) is not None and listed_end == s.end):
            continue
        s.locational, s.cue, s.vague, s.direction = False, "modifier", None, None
