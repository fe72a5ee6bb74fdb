"""The first sound of a spelling, as transliterations of one Arabic consonant write it.

`gazetteer.similarity` takes ten points off two spellings whose first letters differ: two spellings under
one skeleton key that open with different consonants ("Dadu", "Tadu") are most often different words. Yet qaf is written "q" or "k" ("Qusayr" / "Kusair", "Qalqilya" / "Kalkilya", "Qaraqosh" / "Karakosh"): the
same first consonant in two spellings, which the penalty pushed under the floor a loose spelling must reach.
The skeleton key already folds q and k, so only spellings that share a key meet here. An opening "c" stays
its own letter, though the skeleton folds it to k as well: it opens English words ("Color" ~ "Kolur"), while
"q" opens almost none.
"""
from __future__ import annotations


def first_sound(norm: str) -> str:
    """The opening letter of a folded spelling, with "q" read as the "k" it is also written."""
    return "k" if norm[:1] == "q" else norm[:1]


def same_first_sound(a: str, b: str) -> bool:
    """Whether two folded spellings open with the same sound: the same letter, two vowels, or "q" and "k"."""
    if a[:1] == b[:1] or (a[:1] in "aeiou" and b[:1] in "aeiou"):
        return True
    return first_sound(a) == first_sound(b)
