"""A two-letter town's name written with its accent ("Pô" and "Tô" in Burkina Faso, "Ōi" in Japan) is a name.

The recogniser holds back one- and two-letter words ("A", "Al", "Ho"): a short word spells some place's
alternate name too often to be read as one. English writes no word of two letters with an accent, so a
capitalised one that some place spells exactly so, accent and all, is that place's name, not an everyday
word. A Vietnamese person's name is written with such syllables ("Lê Văn Thành", "Nguyễn Thị Hà"): the word
counts only standing alone, with no capitalised word written right before or after it. Nor does a foreign common
noun after an article or a possessive ("outside the Sé", the Portuguese cathedral; "its Sé"): a town's name takes
none, save where it names a site or a stretch of ground by the town before a noun that says so ("the Pô area",
"a Tô market", "the Pô crossing": `site_nouns`, the cue words for places and sites). An accent typed as a
combining mark after its letter ("Po" + U+0302) is read as the letter it composes, and the name ends after it.
"""
from __future__ import annotations

import unicodedata
from typing import Iterable, Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import Token

# Words that make what follows them a common noun, not a town's name ("the Sé", "its Sé").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "my", "your"})
# Houses of worship, which a church's own word before them names ("the Sé chapel") as often as a town does: no
# site noun here, though the facility lexicon lists them.
_FAITH_HOUSES = frozenset({"church", "chapel", "cathedral", "basilica", "mosque", "temple", "synagogue", "shrine",
                           "monastery", "convent"})
# Nouns of a people ("the Tô people", an ethnic group) or of an institution ("the Sé court", "the Pô kingdom"),
# which a group's or a realm's own word names before them: no site noun either, though the cue lexicons list them.
_PEOPLE_AND_INSTITUTIONS = frozenset({"people", "peoples", "residents", "citizens", "inhabitants", "townsfolk",
                                      "townspeople", "villagers", "fishermen", "natives", "court", "courts",
                                      "kingdom", "republic", "palace", "empire", "dynasty"})


def site_nouns(words: Iterable[str]) -> frozenset[str]:
    """The lower-case nouns after which an accented short word read after a determiner is still a town's name
    ("the Pô area", "a Tô market"): `words`, the cue lexicons' place, division, junction and facility words,
    less the houses of worship and the nouns of a people or an institution."""
    return frozenset(words) - _FAITH_HOUSES - _PEOPLE_AND_INSTITUTIONS


def _capitalised_beside(text: str, tokens: Sequence[Token], k: int, i: int) -> bool:
    """Whether token k, next to token i, is a capitalised word joined to it by a space or a hyphen."""
    if not 0 <= k < len(tokens) or not tokens[k].text[:1].isupper():
        return False
    a, b = (tokens[k], tokens[i]) if k < i else (tokens[i], tokens[k])
    return text[a.end + len(_marks_at(text, a.end)) : b.start] in (" ", "-")


def _marks_at(text: str, pos: int) -> str:
    """The combining marks written from `pos` on (the tokeniser leaves them out of the word they belong to)."""
    end = pos
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return text[pos:end]


def marks_end(text: str, end: int) -> int:
    """Where a word ending at `end` ends with the combining marks typed after it ("To" + U+0302)."""
    return end + len(_marks_at(text, end))


def site_noun_after(text: str, tokens: Sequence[Token], i: int, nouns: frozenset[str]) -> Optional[Token]:
    """The site noun of `nouns` that lets an accented short name after a determiner be read ("the Pô
    checkpoint": "checkpoint"), which is then its cue as a locative would be; None where no determiner stands
    before token i or no such noun follows it across one space."""
    if i < 1 or tokens[i - 1].norm not in _DETERMINERS or not text[tokens[i - 1].end : tokens[i].start].isspace():
        return None
    k = i + 1
    if k < len(tokens) and tokens[k].norm in nouns and text[marks_end(text, tokens[i].end) : tokens[k].start] == " ":
        return tokens[k]
    return None


def _determined(text: str, tokens: Sequence[Token], i: int, nouns: frozenset[str]) -> bool:
    """Whether token i follows a determiner across plain space ("the Sé") and names no site after it ("the Pô
    area": a noun of `nouns` next, across one space)."""
    if i < 1 or tokens[i - 1].norm not in _DETERMINERS or not text[tokens[i - 1].end : tokens[i].start].isspace():
        return False
    return site_noun_after(text, tokens, i, nouns) is None


def accented_spelling(text: str, tokens: Sequence[Token], i: int,
                      nouns: frozenset[str] = frozenset()) -> Optional[str]:
    """Token i as written, composed ("Pô"), where it is a capitalised two-letter word with a letter English lacks,
    standing alone and after no determiner unless a site noun of `nouns` follows; None elsewhere."""
    tok = tokens[i]
    t = tok.text
    if len(t) != 2:
        return None
    if not t.isascii() or (tok.end < len(text) and unicodedata.combining(text[tok.end])):
        t = unicodedata.normalize("NFC", t + _marks_at(text, tok.end))
    if not (len(t) == 2 and t[:1].isupper() and t[1:].islower() and not t.isascii() and t.isalpha()):
        return None
    if _determined(text, tokens, i, nouns) \
            or _capitalised_beside(text, tokens, i - 1, i) or _capitalised_beside(text, tokens, i + 1, i):
        return None
    return t


def accented_short_word(text: str, tokens: Sequence[Token], i: int, nouns: frozenset[str] = frozenset()) -> bool:
    """Whether token i is a capitalised two-letter word with a letter English lacks ("Pô"), standing alone."""
    return accented_spelling(text, tokens, i, nouns) is not None


def spelled_as_written(cands: Sequence[Candidate], written: str) -> list[Candidate]:
    """The readings whose name is spelt exactly as `written`, accent included ("Pô", not "Po")."""
    return [c for c in cands if c.exact and c.matched == written]
