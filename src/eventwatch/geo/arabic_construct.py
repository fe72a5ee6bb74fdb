"""The word after a compound place name's head is read with its own first letter.

A head word of a compound name ("بني" sons of, "أبو" father of, "ود" son of, "أم", "عين", "تل": `name_heads`
in data/gazetteer/arabic_report_words.yaml) stands in construct: the word after it is its genitive, and a
genitive never opens with a conjunction or a preposition. So the first letter of that word is the name's own
("بني وليد" is Bani Walid, never "بني" and "ليد"; "أبو فلاح" is never "أبو" in "لاح"), though the
recogniser's reading of a lone word peels a first "و", "ف", "ب", "ك" or "ل" off wherever the peeled word opens
some name. Without this, a compound the gazetteer holds in Arabic ("بني وليد") is never matched whole. The head
itself, written with a joined preposition before the second word ("بأم درمان", in Omdurman), is read as the
head, not as the lone word whose letters it also spells ("بام", an Iranian town).
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.arabic_words import load_arabic_report_words
from eventwatch.geo.normalise import ARABIC_ARTICLE, ARABIC_PROCLITICS, Token, arabic_candidates


def genitive_reading(head_written: str, head_read: str, gap: str, norm: str) -> Optional[str]:
    """The reading of the word `norm` (a folded Arabic token) written right after the token `head_written`
    that the recogniser reads as `head_read` (its proclitics off: "وبني" is "بني" in a list), `gap` the text
    between them, when that token is a compound's head word written without the article ("التل" is a town's
    whole name): the word unpeeled (the first of `arabic_candidates`). None where the word before is no head
    word, or something other than a space stands between them."""
    if gap != " " or not head_written.endswith(head_read):
        return None
    clitics = head_written[: len(head_written) - len(head_read)]
    if clitics.endswith(ARABIC_ARTICLE) or head_read not in load_arabic_report_words().name_heads:
        return None
    return arabic_candidates(norm)[0]


def head_reading(norm: str, reading: str, heads: frozenset[str]) -> Optional[str]:
    """The reading of a token as a compound's head word with a preposition or conjunction joined to it
    ("بأم درمان" in Omdurman, "وبني وليد"), where the recogniser read it otherwise ("بام", a far town's name):
    the peeled reading that is a head word. None where the token is read as a head already or is none."""
    if reading in heads:
        return None
    # a two-letter head ("ام", "ود") with its letter is too short for `arabic_candidates` to peel
    peeled = [*arabic_candidates(norm)[1:], *([norm[1:]] if norm[:1] in ARABIC_PROCLITICS else [])]
    return next((r for r in peeled if r in heads), None)


def read_genitives(text: str, tokens: list[Token], readings: list[str], arabic_at: list[int],
                   cue_words: frozenset[str]) -> None:
    """Set the reading of each Arabic word after a compound's head word to the word unpeeled, and of a head
    word written with a joined letter before another word to the head, in place; a word read as a cue
    (`cue_words`: "مدينة", "في") keeps its reading."""
    at = set(arabic_at)
    heads = load_arabic_report_words().name_heads
    for k in arabic_at:
        if k + 1 in at and readings[k] not in cue_words and text[tokens[k].end : tokens[k + 1].start] == " ":
            reading = head_reading(tokens[k].norm, readings[k], heads)
            if reading is not None:
                readings[k] = reading
    for k in arabic_at:
        if k - 1 not in at or readings[k] in cue_words:
            continue
        reading = genitive_reading(tokens[k - 1].norm, readings[k - 1], text[tokens[k - 1].end : tokens[k].start],
                                   tokens[k].norm)
        if reading is not None:
            readings[k] = reading
