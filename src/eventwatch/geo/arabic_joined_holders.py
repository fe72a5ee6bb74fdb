"""The division a name just read lies in, written with "in" joined to it: "المكلا بحضرموت" (Mukalla, in Hadramawt).

Arabic reports place a town in its governorate with a bare "ب" on the governorate's name ("عتق بشبوة", "مودية بأبين").
A name the automaton holds is read through the letter already (`arabic_words.preposition_on_name`); a governorate
held in Latin letters only needs the bridge, which is asked only after a cue, and a word right after a name with
"ب" on it is as often the means or manner of what was done there ("قصفت المكلا بقذائف", "بشدة", "بسبب").
So the word is read here only as a first-level division, of a country the report's other names lie in, whose
consonants the word's body writes in full (at least four letters: "بعد", "بسبب", "بدعم" are prepositions and nouns),
and that holds the name before it where that name has readings: "في درعا بحماس" (in Daraa, with enthusiasm) is no
Homs, for Daraa lies in no Homs governorate; a town the gazetteer lacks is taken at its word. A definite adjective of
the shape of a nisba may stand between the name and the joined word ("المكلا الساحلية بحضرموت", coastal Mukalla in
Hadramawt; "الرمثا الحدودية بالمفرق"): the division is then weighed against the name before the adjective.
"""
from __future__ import annotations

from typing import Collection, Optional

from eventwatch.geo.arabic_words import CONJUNCTIONS, definite, nisba
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token

_IN = "ب"
# the fewest letters after the joined "ب": a governorate's name, not a short noun of means or cause
_MIN_BODY = 4


def joined_holder_body(norm: str) -> Optional[str]:
    """The word after a "ب" joined to it ("بحضرموت" → "حضرموت", "وبحضرموت" too), when it may be a division's name
    written without the article (one with the article is `joined_preposition`'s); None otherwise."""
    body = norm[1:] if norm[:1] in CONJUNCTIONS and len(norm) > _MIN_BODY + 1 else norm
    if body[:1] != _IN:
        return None
    body = body[1:]
    if len(body) < _MIN_BODY or body.startswith(ARABIC_ARTICLE):
        return None
    return body


def holds_the_name_before(division: Candidate, before: Optional[NameSpan], countries: frozenset[str]) -> bool:
    """Whether the first-level division a joined "ب" word was read as may be where the name before it lies: in one
    of the report's countries, and, where that name has readings, the division of one of them ("المكلا بحضرموت":
    Mukalla lies in Hadramawt). A name with no reading (a village the gazetteer lacks) is taken at its word."""
    if division.country_code not in countries:
        return False
    if before is None or not before.candidates:
        return True
    return any(c.country_code == division.country_code and c.admin1_code == division.admin1_code
               for c in before.candidates)


def name_end_before(text: str, tokens: list[Token], k: int, name_ends: Collection[int]) -> Optional[int]:
    """The end (token index) of the name a joined "ب" word at k may follow: right before it, or before one definite
    nisba-shaped adjective of that name ("المكلا الساحلية بحضرموت"); None where no name ends there. Only spaces may
    stand between the three words."""
    if k in name_ends:
        return k
    if k < 2 or k - 1 not in name_ends or not definite(tokens[k - 1].norm) or not nisba(tokens[k - 1].norm):
        return None
    if text[tokens[k - 2].end : tokens[k - 1].start].strip(" ") or text[tokens[k - 1].end : tokens[k].start].strip(" "):
        return None
    return k - 1
