"""Names that end in a possessive "'s" ("St. John's", "St. George's", "King's Lynn" ends elsewhere): the
tokenizer drops the "'s", so the span stopped at "St. George" and scored as a wrong span, and the reading could
fall to a namesake without it (St. George, Utah). The "'s" is the name's when the gazetteer writes one of the
word run's places with it and the text goes on as a name ends: punctuation, the end, a lower-case function word
or adverb, or a date (any word but a content word: "flights to St. John's were cancelled"). Before
a lower-case noun ("St. George's mayor") it stays the possessor's mark, as with "Syria's Idlib".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Sequence, TypeVar

from eventwatch.geo.calendar_words import MONTHS_DAYS_AND_HOLIDAYS
from eventwatch.geo.function_words import FUNCTION_WORDS
from eventwatch.geo.saint_buildings import SAINTS_BUILDING_WORDS
from eventwatch.geo.sentences import mention_sentence
from eventwatch.geo.verb_forms import AUXILIARIES, past_tense

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate

C = TypeVar("C")

# A dateline in capitals writes the mark so too ("ST. JOHN'S, N.L. —").
_MARK = re.compile(r"['’][sS](?![A-Za-z])")
# What follows a name that ends in "'s": a mark that closes a phrase, or the end of the text.
_CLOSES = re.compile(r"\s*(?:$|[,.;:!?)\]—–\"”]|\s-\s)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# Lower-case words that are no possessed noun: the shared function words and auxiliaries, and adverbs of time
# and place that follow a name ("flights to St. John's also stopped", "St. John's last week").
_NO_NOUNS = FUNCTION_WORDS | AUXILIARIES | frozenset({
    "near", "also", "last", "next", "then", "yesterday", "today", "tonight", "again", "now", "until", "through",
    "during", "via", "did", "does", "do", "should", "must", "shall", "so", "because", "if", "how", "whose",
    "overnight", "midday", "later", "too", "instead", "alone", "itself"})
# Capitalised words that end a name rather than start its noun: the weekdays and the months.
_DATES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"})


def _name_ends(text: str, pos: int) -> bool:
    """Whether the text after a "'s" at `pos` goes on as a name ends: a closing mark, the end, a lower-case
    function word or adverb, a past tense ("St. John's reopened"), or a date. A lower-case content word is a possessed noun ("St. George's mayor"),
    and another capitalised word as often a longer name ("St. John's Wood")."""
    if _CLOSES.match(text, pos) is not None:
        return True
    word = _NEXT_WORD.match(text, pos)
    if word is None:
        return False
    w = word.group(1)
    return w.lower() in _DATES if w[:1].isupper() else w in _NO_NOUNS or past_tense(w)


def possessive_end(text: str, end: int, candidates: Sequence[C]) -> Optional[tuple[int, list[C]]]:
    """The span's new end past a "'s" the name owns, with the candidates written with it; None otherwise."""
    mark = _MARK.match(text, end)
    if mark is None or not _name_ends(text, mark.end()):
        return None
    owned = [c for c in candidates if getattr(c, "exact", False)
             and getattr(c, "matched", "").endswith(("'s", "’s"))]
    return (mark.end(), owned) if owned else None


# A "St. X's" is a church, a chapel, a hospital or a school (a building named for its saint, of a kind listed
# in geo/saint_buildings.py) only by the words right beside it: the building noun or a rite held there just
# before "at" ("the chapel at St. George's", "mass at St. Peter's"), the building noun heading the
# apposition after it and closing it ("St. Mary's, the town's oldest hospital,"; not "a university town"), or a rite it was packed or filled for
# ("packed St. Peter's for the Easter mass"). Such a word elsewhere in the sentence says nothing: "the hospital
# in St. George's, Grenada" and "a school bus crashed near St. John's" name the towns.
_RITES = ("mass", "service", "sermon", "funeral", "vigil", "liturgy", "requiem", "wedding", "christening")
_KINDS = "(?:" + "|".join(sorted(SAINTS_BUILDING_WORDS | frozenset(_RITES))) + ")(?:s|es)?"
_BUILDING_BEFORE = re.compile(r"\b" + _KINDS + r"\s+at\s+\Z", re.IGNORECASE)
_BUILDING_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!(?:of|in|with|for|to|at|near|where|which|that|whose)\s)[\w'’-]+\s+){0,4}?"
    + _KINDS + r"(?=\s*[,.;:)—]|\s*$|\s+(?:in|on|at|where|which|that)\s)", re.IGNORECASE)
# Only a church's own rites: a funeral, a wedding, a vigil or a service is held in a town as well ("flew to St.
# John's for the state funeral"), and a name after a preposition of place or motion is the town ("gathered in
# St. George's for the mass"); the building is the object packed or filled ("packed St. Peter's for the mass").
_CHURCH_RITES = ("mass", "sermon", "liturgy", "requiem")
_RITE_AFTER = re.compile(r"\s+for\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+)?(?:" + "|".join(_CHURCH_RITES)
                         + r")(?:s|es)?\b", re.IGNORECASE)
# A patient carried to or cared for at the building: "rushed to St. Mary's", "airlifted to St. Luke's", "treated
# at St. Joseph's". Only verbs of medical care: a town is reached by travel and named in a life ("flew to St.
# John's", "born at St. John's", "brought to St. George's by boat", "transported to St. John's"), not by these.
_CARE_BEFORE = re.compile(r"\b(?:(?:taken|rushed|airlifted|admitted|stretchered)\s+to"
                          r"|(?:treated|recovering|hospitali[sz]ed)\s+(?:at|in))\s+\Z", re.IGNORECASE)
# What a town takes after its name and a hospital does not: its country or division ("St. John's, Antigua") or
# an apposition calling it a settlement ("St. George's, the capital of Grenada").
_TOWN_APPOSITION = re.compile(r",\s+(?:[A-Z]|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:capital|town|city|village|port"
                              r"|island|parish|seat)\b)")
# A capital or a seat of its own name: where care is given as surely as a hospital is, so a bare "airlifted to St.
# John's" may be either; a word of injury, illness or death in the sentence makes the trip a patient's and the
# name the hospital ("airlifted to St. George's with head injuries", "taken to St. John's, where he died").
_SEATS = ("PPLC", "PPLA")
_MEDICAL = re.compile(r"\b(?:injur(?:y|ies|ed)|burns|wound(?:s|ed)?|died|dies|dead|death|critical|serious|stable"
                      r"|condition|crash(?:ed|es)?|collision|stab(?:bed|bing)|shot|shooting|surgery|treatment"
                      r"|victims?|patients?|ambulance|bleeding|fractured?|broken|unconscious|overdose|illness"
                      r"|paramedics|hospital)\b", re.IGNORECASE)
# The trip's other end named right after the seat ("to St. John's from Gander"): a town's journey to the city.
# Not a day's or a month's name ("from Monday's crash"), an owner's ("from Smith's farm"), nor a name that a
# street's, a station's, a common's or a hospital's head closes or follows ("from Wimbledon Common", "from
# Tooting Broadway station", "from King's Road"): a site inside a town, which the trip may end in as well.
_SITE_HEADS = frozenset({"Hospital", "Clinic", "Medical", "Health", "Infirmary", "Common", "Park", "Road", "Street",
                         "Lane", "Avenue", "Square", "Broadway", "Heath", "Green", "Station", "Junction", "Bridge",
                         "Estate", "Beach"})
_FROM_A_TOWN_AFTER = re.compile(
    r"\s+from\s+(?!(?:" + MONTHS_DAYS_AND_HOLIDAYS + r")\b)((?:[A-Z][\w.-]*\s+){0,2}"
    r"[A-Z][\w-]*)(?![\w'’-])(?!['’]s?\b)(?:\s+([A-Za-z]+))?")
_SITE_NOUNS_AFTER = frozenset({"station", "road", "street", "common", "park", "crash", "site", "scene", "junction",
                               "motorway", "bridge", "beach", "estate", "area", "home", "house", "farm", "school"})
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|to|from|into|outside|around|across)\s+\Z", re.IGNORECASE)


def saint_building(text: str, start: int, end: int, cands: Sequence["Candidate"] = ()) -> bool:
    """Whether a name that owns its "'s" is a saint's building by the words beside it: a church, a hospital or
    a school, not the town of the same name in another country ("St. Mary's", Canada's county)."""
    if not text[start:end].lower().startswith(("st.", "st ", "saint ")):
        return False
    return _BUILDING_BEFORE.search(text, max(0, start - 40), start) is not None \
        or _cared_for_at(text, start, end, cands) \
        or _BUILDING_AFTER.match(text, end) is not None \
        or (_RITE_AFTER.match(text, end) is not None
            and _PLACE_PREPOSITION.search(text, max(0, start - 12), start) is None)


def _cared_for_at(text: str, start: int, end: int, cands: Sequence["Candidate"]) -> bool:
    """Whether a verb of medical care before the name makes it a hospital: not where an apposition after it
    names a town ("airlifted to St. John's, Antigua"), nor where the name is a capital's or a seat's, which a
    traveller is flown to as often as a patient to a hospital ("airlifted to St. John's"), unless the sentence
    tells of an injury, an illness or a death and names no town the trip set out from ("airlifted to St. John's
    from Gander" is a trip between towns, which ends in the city whatever befell the traveller)."""
    if _CARE_BEFORE.search(text, max(0, start - 30), start) is None or _TOWN_APPOSITION.match(text, end) is not None:
        return False
    if not any(c.exact and c.feature_code in _SEATS for c in cands):
        return True
    # "airlifted to St. John's from Gander": a trip from a named town ends in the city, whose hospitals it serves
    return _medical_sentence(text, start, end) and not _from_a_town_after(text, end)


def _from_a_town_after(text: str, end: int) -> bool:
    """Whether a town is named as the trip's other end right after the seat (see `_FROM_A_TOWN_AFTER`)."""
    m = _FROM_A_TOWN_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    after = m.group(2)
    return not any(w.rstrip(".") in _SITE_HEADS for w in words) \
        and not (after is not None and (after in _SITE_HEADS or after.lower() in _SITE_NOUNS_AFTER))


def _medical_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding the name tells of an injury, an illness or a death."""
    lo, hi = mention_sentence(text, start, end)
    return _MEDICAL.search(text, lo, hi) is not None
