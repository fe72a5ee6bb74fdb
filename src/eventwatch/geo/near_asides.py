"""When "not far from X" and "Y, close to X" place something within reach of the town X, and which nouns after
"X's" name the ground around X.

"Close to" and "not far from" are as often figurative as spatial: "a militia, close to Tehran" is its ally, "the
proposal was not far from Washington's position" agrees with it. A comma aside places what comes before the
comma, so the phrase is read as "near" only where that is a place the recogniser could not read itself: an
unknown capitalised name ("at Mbolowa, close to Kumba") or a settlement noun ("the camp, close to X"). "Not far
from" is figurative only of a possessive, so after a lower-case word it also places the clause's event ("fired
on a convoy, not far from X"). A town the gazetteer holds before the comma is itself the place, and the aside
only describes it ("deployed to Tubas, not far from Jenin"); a source or an organisation before it ("according
to Al-Watan, close to Damascus") is no place at all. A possessive ("close to Moscow's line") always speaks of
something else.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.cue_readers import _COMMA_GAP
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.town_phrases import SETTLEMENT_KINDS

# Nouns before the comma that are places of their own ("the camp, close to X").
_PLACE_NOUNS = SETTLEMENT_KINDS | {"camp", "camps", "hamlets", "locality", "area", "community", "neighbourhood",
                                   "neighborhood", "quarter", "suburb", "district", "base", "outpost"}
# Words before a capitalised name that make it a source, an author or a speaker, not a place.
_SOURCE_BEFORE = frozenset({"by", "said", "told", "says", "tells", "cited", "quoting"})
# "X's outskirts": only nouns for the ground around a town; "X's edge", "X's periphery partners", "X's outside
# backers", "X's near neighbours" are figurative or political as often as not.
POSSESSED_SURROUNDINGS = frozenset({"outskirts", "suburbs", "suburb", "environs", "vicinity", "hinterland",
                                    "hinterlands"})


def _possessive(text: str, end: int) -> bool:
    return text[end : end + 2] in ("'s", "’s")


def _unknown_place_before(text: str, tokens: list[Token], taken: Optional[list[bool]], k: int) -> bool:
    """Whether the capitalised token k ends an unknown name that stands where a place can ("seized X", "the
    village of X"), not a source's or an organisation's ("according to X", "Hezbollah's X")."""
    if taken is not None and taken[k]:
        return False  # a name the recogniser read: the aside describes it (see the module's docstring)
    st = k
    while st - 1 >= 0 and k - st < 2 and tokens[st - 1].text[:1].isupper() \
            and text[tokens[st - 1].end : tokens[st].start] == " ":
        st -= 1
    if st == 0 or text[tokens[st - 1].end : tokens[st].start] != " ":
        return False  # opening the sentence or after punctuation: a subject, as often an organisation
    prev = tokens[st - 1]
    if not prev.text.islower() or prev.norm in _SOURCE_BEFORE or prev.text[:1] in "'’" \
            or prev.text.endswith(("'s", "’s")):
        return False
    return not (prev.norm == "to" and st >= 2 and tokens[st - 2].norm == "according")


def near_phrase_places(text: str, tokens: list[Token], taken: Optional[list[bool]], s: NameSpan, p: int) -> bool:
    """Whether the phrase opened by token p ("not" of "not far from", "close" of "close to") right before the
    name `s` sets something near it, as the module says."""
    if _possessive(text, s.end):
        return False
    aside = p >= 1 and _COMMA_GAP.fullmatch(text, tokens[p - 1].end, tokens[p].start) is not None
    if not aside:
        return tokens[p].norm == "not"  # "fighting raged not far from X"; "a militia close to X" is its ally
    before = tokens[p - 1]
    if before.text.islower():
        # "a militia, close to X" is its ally; "opened fire on a convoy, not far from X" is spatial
        return before.norm in _PLACE_NOUNS or tokens[p].norm == "not"
    return before.text[:1].isupper() and _unknown_place_before(text, tokens, taken, p - 1)
