"""A word read whole as a far place that is "in" + a town the division named right after it holds.

The gazetteer holds some Arabic names that open with "ب" ("برشيد", Morocco's Berrechid), and the automaton reads
such a word whole before the "ب" is weighed as the joined preposition "in". A report that goes on to name the
division the word lies in ("مركب تهريب برشيد في محافظة البحيرة": a smuggling boat in Rosetta, in Beheira governorate;
"بنابلس بمحافظة ..." ) says which: where no whole reading lies in that division and the word less its "ب" is a town
of it, the word is "in" + that town. The division must be written as the word's holder, right after it with a
division word ("في محافظة Y", "بمحافظة Y"), and read: a division elsewhere in the report proves nothing.
"""
from __future__ import annotations

from typing import Mapping

from eventwatch.geo.arabic_translit import bridge
from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_candidates, is_arabic

_IN = "ب"
_IN_WORD = "في"
# the fewest letters of the town's name after the joined letter ("رشيد"): shorter bodies are words of the language
_MIN_BODY = 4


def _holder(gaz: Gazetteer, text: str, tokens: list[Token], k: int, starts: Mapping[int, NameSpan],
            words: ArabicReportWords) -> list[Candidate]:
    """The readings of the division written right after token k-1 as what holds it ("في محافظة Y", "بمحافظة Y"):
    the name read there, or the first-level division the bridge finds for it (a governorate held in Latin letters
    only, "Beheira", is bridged later, and then only in the report's countries); [] where none is written."""
    n = len(tokens)
    if k < n and tokens[k].norm == _IN_WORD:
        k += 1
    if k + 1 >= n or any(text[tokens[m - 1].end : tokens[m].start].strip() for m in range(k, k + 2)):
        return []
    if not any(r in words.governorate_words or r in words.division_words for r in arabic_candidates(tokens[k].norm)):
        return []
    read = starts.get(k + 1)
    if read is not None:
        return read.candidates
    got = bridge(gaz, [tokens[k + 1].norm], frozenset(), words.name_countries, divisions_only=True,
                 generic=words.latin_division_words)
    return [got[1]] if got is not None and got[0] == 1 else []


def joined_in_towns(gaz: Gazetteer, text: str, tokens: list[Token], found: list[NameSpan],
                    words: ArabicReportWords) -> None:
    """One-word names opening with "ب" whose readings all lie outside the division written as their holder, read
    instead as "in" + the division's towns of the word's body, where it has any (the span keeps its text, as a
    name with a joined preposition does)."""
    starts = {o.i: o for o in found if o.candidates and o.locational}
    for s in found:
        norm = tokens[s.i].norm if s.j - s.i == 1 else ""
        if not norm.startswith(_IN) or len(norm) - 1 < _MIN_BODY or not s.candidates or not s.locational \
                or s.unknown or not is_arabic(norm):
            continue
        divisions = {c.admin1_code for c in _holder(gaz, text, tokens, s.j, starts, words) if c.admin1_code}
        if not divisions or any(c.admin1_code in divisions for c in s.candidates):
            continue  # a whole reading the division holds
        towns = [c for c in gaz.lookup(norm[1:], limit=10)
                 if c.exact and c.admin1_code in divisions and c.feature_code.startswith("PPL")]
        if towns:
            s.candidates = towns
            s.norm = norm[1:]
