"""English words and group names that only a loose spelling reads as a place.

Loose spellings exist for transliterated names ("Kafr Nubl" ~ "Kafranbel"), but they also reach from an
ordinary capitalised word to some foreign town: "the Navy" ~ Novy, "the Great Northern Hymnal" ~ Herat. A
one-word name that no place spells exactly is no place when it is an English word: one of the lexicon's
common words, or a word the document itself also writes in lower case (a transliterated village is never
written so). Nor is a name written as a plural possessive ("the Rovers'
win", "the Peoples' camp"): that is a team or a people, whose loose reading is a guess, while a place so
written ("the Philippines' coast") is spelled exactly and kept. Nor is one word of a longer capitalised name
("the Great Northern Hymnal", "the Save Rite lot"): a loose spelling is believed only as a name on its own.

A capitalised code that spells a Latin form of the Arabic article ("US" as "us-", "AS", "AN") is likewise
no article before a word that is not in capitals ("the US Senate"): read as one, it joined the next word into
a loose spelling of some Arabic town ("US Senate" ~ El-Santa) and hid the country.
"""
from __future__ import annotations

from typing import Collection, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.unknown_names import sentence_start

_APOSTROPHES = ("'", "’")
# Between two words of one capitalised name: a space, or a possessive's ending ("Founder's Medal").
_NAME_GAPS = frozenset({" ", "'s ", "’s "})


def plural_possessive(text: str, end: int) -> bool:
    """Whether the word ending at `end` is written as a plural possessive: "Rovers'", not "Rovers's" or "O'Neil"."""
    if end < 1 or text[end - 1 : end].lower() != "s" or text[end : end + 1] not in _APOSTROPHES:
        return False
    after = text[end + 1 : end + 2]
    return not after.isalpha()


def _loose_only(s: NameSpan) -> bool:
    """A one-word name the gazetteer only seems to spell: no exact reading, no user's place."""
    return s.j - s.i == 1 and not s.unknown and not s.facility and bool(s.candidates) \
        and not any(c.exact or c.source == "user" for c in s.candidates)


def loose_word(text: str, tokens: Sequence[Token], s: NameSpan, common_words: Collection[str],
               lower_words: Collection[str]) -> bool:
    """Whether the name s is an English word or a group's name that the gazetteer only seems to spell."""
    if not _loose_only(s) or not tokens[s.i].text[:1].isupper():
        return False
    word = tokens[s.i]
    return word.norm in common_words or word.norm in lower_words or plural_possessive(text, word.end)


def in_longer_name(text: str, tokens: Sequence[Token], s: NameSpan, taken: dict[int, NameSpan],
                   place_words: Collection[str], loose_after: Collection[str] = frozenset()) -> bool:
    """Whether the loosely read one-word name s is a word of a longer capitalised name: "Founder's Medal of
    X", "the Great Northern Hymnal", "the Save Rite lot". Inside a title or a firm's name a loose spelling is
    a guess. Not where the next word is a place word (`place_words`: "X City", "X District"), nor where it is
    a word that is capitalised on its own (`loose_after`: a weekday or a month, as in "shelling hit X
    Monday"; common words are not, "Great Northern" is one name), nor after another name the recogniser read
    ("the Sudanese X state": that name's people); a demonym after it still marks a title ("Great American")."""
    if not _loose_only(s):
        return False
    i = s.i
    if i > 0 and text[tokens[i - 1].end : tokens[i].start] in _NAME_GAPS and tokens[i - 1].text[:1].isupper() \
            and i - 1 not in taken and not sentence_start(text, tokens, i - 1):
        return True
    j = s.j
    if j < len(tokens) and text[tokens[j - 1].end : tokens[j].start] == " " and tokens[j].text[:1].isupper() \
            and tokens[j].norm not in place_words and tokens[j].norm not in loose_after:
        other = taken.get(j)
        return other is None or other.demonym
    return False


def loose_words(text: str, tokens: Sequence[Token], spans: Sequence[NameSpan], common_words: Collection[str],
                lower_words: Collection[str], place_words: Collection[str] = frozenset(),
                months: Collection[str] = frozenset()) -> set[int]:
    """Indices of the names in `spans` that are words only a loose spelling reads as places (`loose_word`,
    `in_longer_name`; `months`: the lexicon's months and weekdays, which open no longer name).

    Dropped only after the recogniser has read every name in context: a capitalised word before a place
    ("Three Ridgeway County residents") still marks it as part of a longer name, as it did before."""
    taken = {k: s for s in spans for k in range(s.i, s.j)}
    return {k for k, s in enumerate(spans) if loose_word(text, tokens, s, common_words, lower_words)
            or in_longer_name(text, tokens, s, taken, place_words, months)}


def capital_code(word: str, following: str) -> bool:
    """Whether a word that spells a Latin form of the Arabic article ("us", "as", "an") is a code written in
    capitals before a word that is not ("the US Senate", "the UN Security Council"): an article opening a
    name is written "As Suwayda" or "as-Suwayda", and a headline in capitals writes the next word so too."""
    return word.isupper() and not following.isupper()
