"""Arabic names the automaton cut short at a name's head word ("بلدة عين" before "ولمان").

Many towns of the Maghreb and the Levant open with a head word ("عين" a spring, "بئر" a well, "تل" a mound)
and are held in Latin letters only ("Aïn Oulmene"). The automaton meets some other row spelled with the head
word alone or with the settlement word before it, the context rules drop that reading, and its tokens stay
taken: the skeleton bridge (geo/arabic_translit.py), which reads only untaken words, never sees the whole
name. A dropped reading that ends on a head word with another Arabic word joined right after it is a name
begun, not a name: its tokens are given back to the bridge.
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import load_arabic_report_words
from eventwatch.geo.normalise import Token, arabic_base, is_arabic


def release_open_heads(text: str, tokens: list[Token], dropped: list, taken: list[bool]) -> None:
    """Mark untaken the tokens of each dropped Arabic reading whose last word is a name head (`name_heads`)
    followed, with only a space between, by an untaken Arabic word."""
    heads = load_arabic_report_words().name_heads
    for s in dropped:
        j = s.j
        if j >= len(tokens) or taken[j] or not is_arabic(tokens[j].norm):
            continue
        if arabic_base(tokens[j - 1].norm) not in heads or text[tokens[j - 1].end : tokens[j].start].strip():
            continue
        for k in range(s.i, j):
            taken[k] = False
