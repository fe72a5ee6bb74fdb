"""A web page's section label in capitals before a dash ("CRIME —", "WHEAT —", "FASHION —") is no dateline.

A dateline in capitals before a dash names where the story was filed; a section's label there is a common noun.
Which of the two a word is is decided by the word itself (cues.yaml `section_labels`, a closed list of English
section and commodity words), never by the gazetteer's silence: conflict datelines are local transliterations
the gazetteer holds only loosely ("BARDERA" ~ Baardheere, "ATAREB" ~ Al Atarib) or not at all ("KITCHANGA"),
and read as labels they were dropped, with the story's only place.

A section word that is also a town's name (cues.yaml `town_labels`, an explicit list of commodity, sport and news
desk words: "COCOA", "RUGBY", "JUSTICE", "COMMERCE") cannot be decided by the word: it is decided by the story once
its places are read (`unsupported_datelines`). A story that never names the town's country nor a place near it,
nor the town again, while it names places elsewhere, was not filed there. An English word that is no section's
word ("FLINT —", "BURY —") is a dateline whatever the story is about.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional, Sequence

from eventwatch.geo.cue_readers import _DATELINE_DASH
from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.yaml_files import parsed_file

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate
    from eventwatch.geo.name_span import NameSpan
    from eventwatch.geo.resolve import Resolution

# One word in capitals: letters only (a hyphenated or dotted name, "WINSTON-SALEM", "ST. PAUL", is a town's shape).
_CAPITAL_WORD = re.compile(r"[A-Z]{3,}")


def _cue_lists() -> dict:
    return parsed_file(DATA_DIR / "cues.yaml") or {}


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    """The lower-case words cues.yaml lists as section labels."""
    return frozenset(str(w).lower() for w in _cue_lists().get("section_labels") or ())


@lru_cache(maxsize=1)
def _town_labels() -> frozenset[str]:
    """Words that are labels or towns by the story: cues.yaml's `town_labels`, the section words of commodities,
    sports and news desks that also name towns. Never all common English words: a local paper's dateline of a
    town named like one ("FLINT —", "BURY —") often heads a story about events abroad."""
    return frozenset(str(w).lower() for w in _cue_lists().get("town_labels") or ())


# Words of the body that point back to the dateline's town ("settled in the city", "a local charity"). Not "the
# city of X", which names X; not a sports desk's "local side", the home team of wherever the match was played.
_BACK_TO_TOWN = re.compile(r"\b(?:the|this|our)\s+(?:town|city)\b(?!\s+of\s+[A-Z])"
                           r"|\b(?:a|the)\s+local\b(?!\s+(?:side|team|club|outfit|fans|favourites|derby)\b)",
                           re.IGNORECASE)


def section_label(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a listed section word in capitals opening its line before a dash."""
    # (not opening its line: a run-on dateline after a headline is read elsewhere)
    return _opens_a_dash_line(text, start, end) and text[start:end].lower() in _section_words()


def unsupported_datelines(text: str, spans: Sequence["NameSpan"], resolutions: Sequence[Optional["Resolution"]],
                          keep: Sequence[bool]) -> list[int]:
    """Indices of one-word capital "datelines" opening their line before a dash ("JUSTICE —", "COCOA —") read
    as a town in a country the rest of the story never names nor holds a place of, while it names places
    elsewhere: a section's label that happens to be a town's name, not where the story was filed. Only a word
    that names towns and sections (`_town_labels`) may be such a label, never a capital, a seat or a city of
    _WIRE_CITY people.

    Decided by the story, not by the word: a real dateline's story names its country, its state or a place in
    it ("COCOA — ... Florida officials said"), and a conflict dateline the gazetteer holds only loosely or not at
    all ("BARDERA —", "KITCHANGA —") is either supported so or has no reading to judge. A place within _NEAR_KM
    across a border supports the town too (a border town's story names the neighbour: "MANDERA — gunmen who
    crossed from Somalia"). A story with no other place keeps its dateline: nothing says it lies elsewhere."""
    out = []
    for k, s in enumerate(spans):
        r = resolutions[k]
        if not keep[k] or r is None or r.candidate is None or s.j - s.i != 1 \
                or not r.candidate.feature_code.startswith("PPL") or not _opens_a_dash_line(text, s.start, s.end):
            continue
        if r.candidate.feature_code in _SEATS or (r.candidate.population or 0) >= _WIRE_CITY \
                or s.norm not in _town_labels():
            # "LONDON — Oil rose in New York": a wire's bureau city files stories about anywhere, and a town's
            # name that is no English word ("DAVOS —") is no section's label
            continue
        if _body_names_the_town(text, s.start, s.end, _town_starts(spans, resolutions, keep, k)):
            continue  # "BURY — A Bury man was jailed in Spain", "FLINT — ... settled in the city"
        if s.norm in _SPORT_LABELS and _match_report(text, s.end):
            out.append(k)  # "RUGBY — New Zealand beat Wales in Cardiff": the desk's label over a match report
            continue
        town = r.candidate
        elsewhere = False
        for m, o in enumerate(spans):
            ro = resolutions[m]
            if m == k or ro is None or ro.candidate is None or not (keep[m] or o.demonym) \
                    or (o.norm == s.norm and text[o.end :].lstrip()[:1].isupper()):
                # (the word again before a capitalised word is an organisation's name, "The Cocoa Board";
                # before a lower-case noun it is the town's, "Rugby residents")
                continue
            c = ro.candidate
            if c.country_code == town.country_code or _near(town, c):
                break  # the story names the town's country or a place near it ("MANDERA — ... from Somalia")
            elsewhere = elsewhere or keep[m] and o.locational
        else:
            if elsewhere:
                out.append(k)
    return out


# The sports among cues.yaml's `town_labels` that are towns' names too (Rugby, England; Polo, in the
# Philippines): over a match report such a word is the desk's label even where the match was played in the town's
# own country ("RUGBY — New Zealand beat Wales in Cardiff"), for a town's own dateline story tells of the town,
# not of a fixture between two sides. The list's other sports (netball, bowls) name no town, so no town reading
# is at stake for them.
_SPORT_LABELS = frozenset({"rugby", "polo"})
# A result: a side, capitalised, then a verb of winning or losing ("Bath beat Leicester", "Exeter lost to
# Bristol"); a score after "won"; or a score between two capitalised sides ("Saracens 31-17 Harlequins"). Not a
# bare range of numbers, which tells times, ages and counts ("between 10-11pm", "aged 18-25", "2-3 weeks").
_SCORE = r"\d{1,3}\s*[-–]\s*\d{1,3}(?![\w/%-]|\.\d)"
_MATCH_RESULT = re.compile(r"\bwon\s+" + _SCORE + r"|[A-Z][\w'’.-]*\s+" + _SCORE + r"\s+[A-Z]")
# A verb of winning between capitalised names tells a match unless the story tells of a vote ("Councillor Jones
# defeated Labour's candidate by 300 votes" is the town's election), where only a score or a word of sport beside
# it still marks a match.
_RESULT_VERB = re.compile(r"[A-Z][\w'’.-]*\s+(?:beat|beats|defeated|thrashed|edged|drew\s+with|lost\s+to)\s+[A-Z]")
_SPORT_MARK = re.compile(r"(?<![\w-])" + _SCORE + r"|\b(?:match(?:es)?|tries|try|goals?|games?|final|cup|league"
                         r"|season|half-time|points|penalt(?:y|ies)|fixture|championship|tournament|kick-off)\b")
_VOTE_MARK = re.compile(r"\b(?:votes?|voters|ballots?|elections?|by-elections?|polls?|candidates?|councill?ors?"
                        r"|ward|seats?|referendum|majority|re-elected|elected)\b", re.IGNORECASE)
# How far into the story a result is looked for: a match report gives it in its first sentences.
_MATCH_REACH = 400


def _match_report(text: str, end: int) -> bool:
    """Whether a result of a match follows the label ending at `end` in the story's first sentences."""
    hi = end + _MATCH_REACH
    return _MATCH_RESULT.search(text, end, hi) is not None \
        or (_RESULT_VERB.search(text, end, hi) is not None
            and (_VOTE_MARK.search(text, end, hi) is None or _SPORT_MARK.search(text, end, hi) is not None))
# A capital or a seat, or a city this large, is a wire's or a paper's dateline whatever the story is about.
_SEATS = frozenset({"PPLC", "PPLA", "PPLG"})
_WIRE_CITY = 100_000
# A place of the story this close to the dateline's town, across a border, makes the town its dateline; a
# country's or a first-level division's point is its middle, so its reach is wider.
_NEAR_KM = 800.0
_NEAR_AREA_KM = 1500.0


def _near(town: "Candidate", other: "Candidate") -> bool:
    reach = _NEAR_AREA_KM if other.feature_code.startswith(("PCL", "ADM1")) else _NEAR_KM
    return None not in (town.lat, town.lon, other.lat, other.lon) \
        and haversine_km(town.lat, town.lon, other.lat, other.lon) < reach


def _town_starts(spans: Sequence["NameSpan"], resolutions: Sequence[Optional["Resolution"]], keep: Sequence[bool],
                 skip: int) -> list[int]:
    """Where the story's other kept towns begin: a "the city" in their sentence may point at them."""
    out = []
    for m, o in enumerate(spans):
        r = resolutions[m]
        if m != skip and keep[m] and r is not None and r.candidate is not None \
                and r.candidate.feature_code.startswith("PPL"):
            out.append(o.start)
    return out


def _body_names_the_town(text: str, start: int, end: int, towns: Sequence[int] = ()) -> bool:
    """Whether the story after the dateline names its town again as a place, capitalised mid-sentence on its
    own ("A Bury man", "in Flint"), or points back to it ("the city", "a local charity"): a section's label is
    never written so. Not the word inside an organisation's name ("The Justice Ministry", "the Cocoa Board"),
    and not "the city" after another town in its sentence ("Traders in Abidjan said the city ..."): those point
    elsewhere."""
    word, body = text[start:end].lower(), text[end:]
    for m in _BACK_TO_TOWN.finditer(body):
        a = end + m.start()
        open_ = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a), end)
        if not any(open_ <= t < a for t in towns):
            return True  # a town named after it ("a local man back from Lyon") is not the one it points at
    for m in re.finditer(r"\b" + re.escape(word.capitalize()) + r"\b", body):
        before = body[: m.start()].rstrip()
        if not before or before[-1] in ".!?—–-:\n\"“":
            continue  # a sentence's first word: capitalised whatever it is
        prev = before.rsplit(None, 1)[-1]
        nxt = body[m.end() :].lstrip()
        if nxt[:1].isupper() or (prev[:1].isupper() and prev.lower() not in _OPENERS):
            continue  # one word of a longer name: "The Justice Ministry", "Gold Coast Cocoa"
        return True
    return False


# Capitalised words that open a sentence before the town's name ("A Bury man"): no part of a longer name.
_OPENERS = frozenset({"a", "an", "the", "in", "from", "at", "near"})


def _opens_a_dash_line(text: str, start: int, end: int) -> bool:
    """A word in capitals opening its line before a dash: a dateline's or a section label's place."""
    return _CAPITAL_WORD.fullmatch(text, start, end) is not None and _DATELINE_DASH.match(text, end) is not None \
        and not text[text.rfind("\n", 0, start) + 1 : start].strip()
